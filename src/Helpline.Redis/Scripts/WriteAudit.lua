-- WriteAudit: one audit entry written by the service (view, reveal-number). Arguments: Actor,
-- Action, Id, Detail; Now is the entry's time.
--#include _Audit
audit(@Actor, @Action, @Id, @Detail)
return true
