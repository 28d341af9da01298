-- Cancel: the user withdraws a ticket that no counsellor holds. Arguments: Id.
--#include _Audit
--#include _Queue
--#include _Ticket
--#include _Finish
requeue_expired()
local t = load(@Id)
if not t then return missing() end
if t.status ~= 'waiting' then return answer('not-waiting', t) end
return finish(t, 'cancelled', 'cancelled-by-user', 'user', 'cancel', 'cancelled')
