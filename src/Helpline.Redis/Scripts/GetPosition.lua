-- GetPosition: how many tickets are served before a waiting one, and the recent claim waits.
-- Arguments: Id. Returns nil when the ticket is not waiting, else {ahead, {"waitedMs:position", ...}}.
--#include _Audit
--#include _Queue
requeue_expired()
local t = load(@Id)
if not t or t.status ~= 'waiting' then return false end
local ahead
if t.assignedTo == '' then
  ahead = redis.call('ZRANK', @Waiting, t.id) or 0
else
  -- Its counsellor takes general tickets with a better score first, and their own earlier ones.
  ahead = redis.call('ZCOUNT', @Waiting, '-inf', '(' .. t.score)
  for _, id in ipairs(redis.call('ZRANGEBYSCORE', @Waiting, t.score, t.score)) do
    if id < t.id then ahead = ahead + 1 end
  end
  for _, id in ipairs(redis.call('ZRANGE', @Assigned, 0, -1)) do
    if id == t.id then break end
    local other = load(id)
    if other and other.assignedTo == t.assignedTo then ahead = ahead + 1 end
  end
end
return {ahead, redis.call('LRANGE', @ClaimWaits, 0, -1)}
