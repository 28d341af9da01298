-- RequeueExpired: returns expired leases and lapsed named transfers to the queue; the count moved.
--#include _Audit
--#include _Queue
return requeue_expired()
