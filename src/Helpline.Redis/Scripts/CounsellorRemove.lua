-- CounsellorRemove.lua: removes a counsellor account and its name.
-- KEYS[1]: the account hash; KEYS[2]: the set of account names
-- ARGV[1]: name
-- Returns 1 when an account was removed, 0 when there was none
local removed = redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[2], ARGV[1])
return removed
