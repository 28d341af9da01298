-- CounsellorFailedLogin.lua: counts a failed login; the threshold-th in a row locks the account.
-- KEYS[1]: the account hash
-- ARGV[1]: threshold, ARGV[2]: locked-until ms (used when this failure locks)
-- Returns {failures (-1 when there is no account), locked-until ms or 0}
if redis.call('EXISTS', KEYS[1]) == 0 then return {-1, 0} end
local failed = redis.call('HINCRBY', KEYS[1], 'failed', 1)
if failed >= tonumber(ARGV[1]) then
  redis.call('HSET', KEYS[1], 'failed', 0, 'locked-until', ARGV[2])
  return {failed, tonumber(ARGV[2])}
end
return {failed, 0}
