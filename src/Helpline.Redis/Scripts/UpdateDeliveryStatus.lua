-- UpdateDeliveryStatus.lua: applies a status callback to an outbound SMS record in one step.
-- KEYS[1]: records hash (id -> json), KEYS[2]: by-sid hash (sid -> id), KEYS[3]: failed zset (id by ms)
-- ARGV[1]: MessageSid, ARGV[2]: status, ARGV[3]: error code or "", ARGV[4]: now (ISO 8601), ARGV[5]: now ms,
-- ARGV[6]: "1" when the status means the message did not arrive
-- Returns 1, or 0 when the MessageSid is unknown.
local id = redis.call('HGET', KEYS[2], ARGV[1])
if not id then return 0 end
local json = redis.call('HGET', KEYS[1], id)
if not json then return 0 end
local record = cjson.decode(json)
record['status'] = ARGV[2]
if ARGV[3] ~= '' then record['errorCode'] = ARGV[3] end
record['updatedAt'] = ARGV[4]
redis.call('HSET', KEYS[1], id, cjson.encode(record))
if ARGV[6] == '1' then
  redis.call('ZADD', KEYS[3], ARGV[5], id)
else
  redis.call('ZREM', KEYS[3], id)
end
return 1
