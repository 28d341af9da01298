-- CounsellorLoginSucceeded.lua: after a successful login the failure count starts again.
-- KEYS[1]: the account hash (never created here when it is missing)
if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HSET', KEYS[1], 'failed', 0) end
return 0
