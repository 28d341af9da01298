-- CounsellorCreate.lua: creates a counsellor account unless the name is taken.
-- KEYS[1]: the account hash; KEYS[2]: the set of account names
-- ARGV[1]: name, ARGV[2]: role, ARGV[3]: salted password hash, ARGV[4]: created ms
-- Returns 1 when created, 0 when the name exists (the account is left unchanged)
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'name', ARGV[1], 'role', ARGV[2], 'hash', ARGV[3], 'created', ARGV[4], 'failed', 0)
redis.call('SADD', KEYS[2], ARGV[1])
return 1
