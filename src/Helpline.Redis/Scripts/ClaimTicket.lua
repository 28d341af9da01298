-- ClaimTicket: claims one ticket; claiming one's own ticket again renews the lease.
-- Arguments: Id, Counsellor.
--#include _Audit
--#include _Queue
--#include _Ticket
requeue_expired()
local t = load(@Id)
if not t then return missing() end
if t.status == 'claimed' then
  if t.counsellor ~= @Counsellor then return answer('held-by-another', t) end
  t.leaseMs = num(now + tonumber(@LeaseMs))
  save(t)
  redis.call('ZADD', @Leases, t.leaseMs, t.id)
  return answer('changed', t)
end
if t.assignedTo ~= '' and t.assignedTo ~= @Counsellor then return answer('held-by-another', t) end
claim(t, @Counsellor)
return answer('changed', t)
