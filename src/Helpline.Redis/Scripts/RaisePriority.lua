-- RaisePriority: raises an open ticket's priority. Arguments: Id, Priority, Actor.
--#include _Audit
--#include _Queue
--#include _Ticket
requeue_expired()
local t = load(@Id)
if not t then return missing() end
if raise(t, @Priority, @Actor) then return answer('changed', t) end
return answer('unchanged', t)
