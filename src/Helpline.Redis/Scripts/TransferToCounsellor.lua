-- TransferToCounsellor: a held ticket waits for one named counsellor until AssignMs have passed,
-- then returns to the general queue. Arguments: Id, Counsellor, Target, AssignMs.
--#include _Audit
--#include _Queue
--#include _Ticket
requeue_expired()
local t = load(@Id)
if not t then return missing() end
if not held_by(t, @Counsellor) then return answer('not-claimed-by-you', t) end
unqueue(t.id)
t.status = 'waiting'
t.counsellor = ''
t.leaseMs = ''
t.assignedTo = @Target
t.assignedUntilMs = num(now + tonumber(@AssignMs))
save(t)
redis.call('ZADD', @Assigned, t.score, t.id)
redis.call('ZADD', @Deadlines, t.assignedUntilMs, t.id)
audit(@Counsellor, 'transfer', t.id, 'to=' .. @Target)
notify('transferred', t.id)
return answer('changed', t)
