-- RenewLease: extends the lease of a ticket the counsellor holds. An expired lease is requeued
-- first, so it cannot be renewed. Not audited, not announced. Arguments: Id, Counsellor.
--#include _Audit
--#include _Queue
--#include _Ticket
requeue_expired()
local t = load(@Id)
if not t then return missing() end
if not held_by(t, @Counsellor) then return answer('not-claimed-by-you', t) end
t.leaseMs = num(now + tonumber(@LeaseMs))
save(t)
redis.call('ZADD', @Leases, t.leaseMs, t.id)
return answer('changed', t)
