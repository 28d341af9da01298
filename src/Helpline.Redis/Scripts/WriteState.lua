-- WriteState.lua: optimistic write of a state document.
-- KEYS[1]: the state hash {json, etag}
-- ARGV[1]: expected etag ("" = the key must not exist, "*" = unconditional); ARGV[2]: json; ARGV[3]: ttl ms
-- Returns the new etag, or false when the stored etag differs (another turn wrote first).
local current = redis.call('HGET', KEYS[1], 'etag')
local expected = ARGV[1]
if expected ~= '*' then
  if expected == '' then
    if current then return false end
  elseif current ~= expected then
    return false
  end
end
local etag = tostring((tonumber(current) or 0) + 1)
redis.call('HSET', KEYS[1], 'json', ARGV[2], 'etag', etag)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return etag
