-- TransferToQueue: a held ticket goes back to the general queue at its old place.
-- Arguments: Id, Counsellor.
--#include _Audit
--#include _Queue
--#include _Ticket
requeue_expired()
local t = load(@Id)
if not t then return missing() end
if not held_by(t, @Counsellor) then return answer('not-claimed-by-you', t) end
to_waiting(t)
save(t)
audit(@Counsellor, 'transfer', t.id, 'to=queue')
notify('transferred', t.id)
return answer('changed', t)
