-- DirectLineAppend.lua  KEYS: conversation (hash), activities (list)
-- ARGV: activity json, most activities kept, retention ms
-- Returns the new activity's watermark (its 1-based position), or false when the conversation is gone or full.
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
if redis.call('LLEN', KEYS[2]) >= tonumber(ARGV[2]) then return false end
local watermark = redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
return watermark
