-- _Audit.lua: helpers included by RedisScripts at the top of the scripts that write
-- the audit stream or announce a change. Names in this file are filled in by RedisScripts:
--   Audit (stream key), Now (ms, the service's clock), AuditMaxAgeMs, Channel (pub/sub channel name).
local now = tonumber(@Now)

-- Integers as plain digits (Lua would print large numbers with an exponent).
local function num(n) return string.format('%.0f', n) end

-- One audit entry. The stream is trimmed by entry age (MINID, approximate) on the server's clock,
-- which is the clock of the stream's own ids; the entry's time field is the service's clock.
local function audit(actor, action, id, detail)
  local clock = redis.call('TIME')
  local serverMs = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
  redis.call('XADD', @Audit, 'MINID', '~', num(serverMs - tonumber(@AuditMaxAgeMs)), '*',
    'time', num(now), 'actor', actor, 'action', action, 'ticket', id, 'detail', detail)
end

-- A change notice: "kind|ticketId". Best effort; the state itself is in the keys.
local function notify(kind, id)
  redis.call('PUBLISH', @Channel, kind .. '|' .. id)
end
