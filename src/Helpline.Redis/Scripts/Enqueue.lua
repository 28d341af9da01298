-- Enqueue: opens a ticket for a conversation, or returns its open ticket (raising the priority when
-- the new request is more urgent). Keys: Sequence (counter of ticket ids), Conversations,
-- Transcript, plus _Audit and _Queue's. Arguments: Conversation, Priority, Ticket (JSON of the new
-- ticket without id, times or score).
--#include _Audit
--#include _Queue
local existingId = redis.call('HGET', @Conversations, @Conversation)
if existingId then
  local existing = load(existingId)
  if existing then
    raise(existing, @Priority, 'system')
    return {'existing', cjson.encode(existing)}
  end
  -- An index entry without its ticket (cannot happen through these scripts): replaced below.
end
local t = cjson.decode(@Ticket)
t.id = string.format('%010d', redis.call('INCR', @Sequence))
t.enqueuedMs = num(now)
t.score = num(tonumber(t.priority) * 1e13 + now)
t.positionAtEnqueue = tostring(redis.call('ZCOUNT', @Waiting, '-inf', '(' .. t.score) + 1)
t.claims = '0'
t.status = 'waiting'
save(t)
redis.call('ZADD', @Waiting, t.score, t.id)
redis.call('HSET', @Conversations, @Conversation, t.id)
-- While the ticket is open its transcript never expires.
redis.call('PERSIST', @Transcript)
audit('system', 'enqueue', t.id, 'priority=P' .. t.priority .. ' channel=' .. t.channelId)
notify('enqueued', t.id)
return {'created', cjson.encode(t)}
