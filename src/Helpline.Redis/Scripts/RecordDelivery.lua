-- RecordDelivery.lua: stores an outbound SMS record and its indexes in one step.
-- KEYS[1]: records hash (id -> json), KEYS[2]: by-sid hash (sid -> id), KEYS[3]: failed zset (id by ms)
-- ARGV[1]: id, ARGV[2]: json, ARGV[3]: MessageSid or "", ARGV[4]: "1" when failed, ARGV[5]: now ms
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if ARGV[3] ~= '' then redis.call('HSET', KEYS[2], ARGV[3], ARGV[1]) end
if ARGV[4] == '1' then
  redis.call('ZADD', KEYS[3], ARGV[5], ARGV[1])
else
  redis.call('ZREM', KEYS[3], ARGV[1])
end
return 1
