-- DirectLineMarkStarted.lua  KEYS: conversation (hash)
-- Returns 1 the first time for an existing conversation, 0 after that or when it does not exist.
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
return redis.call('HSETNX', KEYS[1], 'started', '1')
