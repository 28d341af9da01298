-- DirectLineCreate.lua  KEYS: conversation (hash)
-- ARGV: retention ms, then field/value pairs. Creates the conversation only if it does not exist.
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
for i = 2, #ARGV, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 1
