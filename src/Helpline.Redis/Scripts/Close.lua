-- Close: a counsellor closes a ticket they hold, with an outcome code. Arguments: Id, Counsellor,
-- Outcome.
--#include _Audit
--#include _Queue
--#include _Ticket
--#include _Finish
requeue_expired()
local t = load(@Id)
if not t then return missing() end
if not held_by(t, @Counsellor) then return answer('not-claimed-by-you', t) end
return finish(t, 'closed', @Outcome, @Counsellor, 'close', 'closed')
