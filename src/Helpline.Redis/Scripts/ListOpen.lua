-- ListOpen: requeues expired leases, then returns every open ticket's JSON.
--#include _Audit
--#include _Queue
requeue_expired()
return redis.call('HVALS', @Tickets)
