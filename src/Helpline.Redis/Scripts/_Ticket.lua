-- _Ticket.lua: for scripts about one ticket (after _Queue). Keys: Closed (string, the closed
-- ticket's JSON, kept for the retention period). Arguments: Id.

-- The answer when the ticket is not open: closed (still kept) or unknown.
local function missing()
  local closed = redis.call('GET', @Closed)
  if closed then return {'not-open', closed} end
  return {'not-found'}
end

local function answer(code, t)
  return {code, cjson.encode(t)}
end
