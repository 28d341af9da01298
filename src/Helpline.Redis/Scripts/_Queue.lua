-- _Queue.lua: ticket helpers shared by the queue scripts (after _Audit). Keys:
--   Tickets (hash id -> ticket JSON, open tickets only), Waiting (zset, general queue),
--   Assigned (zset, waiting for a named counsellor), Deadlines (zset, named-transfer deadline ms),
--   Leases (zset, lease expiry ms), ClaimWaits (list of "waitedMs:positionAtEnqueue").
-- Arguments: LeaseMs, BatchSize, HistorySize. Queue scores are priority * 1e13 + enqueued ms, so
-- the lowest score is the most urgent and, within a priority, the oldest; equal scores fall back
-- to the id, a zero-padded sequence number.
-- Every ticket field is a string; '' means none.

local function load(id)
  local raw = redis.call('HGET', @Tickets, id)
  if not raw then return nil end
  return cjson.decode(raw)
end

local function save(t)
  redis.call('HSET', @Tickets, t.id, cjson.encode(t))
end

local function unqueue(id)
  redis.call('ZREM', @Waiting, id)
  redis.call('ZREM', @Assigned, id)
  redis.call('ZREM', @Deadlines, id)
  redis.call('ZREM', @Leases, id)
end

-- Back to the general queue at its old place (its score keeps the original enqueue time).
local function to_waiting(t)
  unqueue(t.id)
  t.status = 'waiting'
  t.counsellor = ''
  t.leaseMs = ''
  t.assignedTo = ''
  t.assignedUntilMs = ''
  redis.call('ZADD', @Waiting, t.score, t.id)
end

-- Expired leases and lapsed named transfers go back to the general queue (at most BatchSize of each).
local function requeue_expired()
  local moved = 0
  local batch = tonumber(@BatchSize)
  for _, id in ipairs(redis.call('ZRANGEBYSCORE', @Leases, '-inf', now, 'LIMIT', 0, batch)) do
    local t = load(id)
    if t and t.status == 'claimed' then
      local who = t.counsellor
      to_waiting(t)
      save(t)
      audit('system', 'requeue', id, 'lease-expired counsellor=' .. who)
      notify('requeued', id)
      moved = moved + 1
    else
      redis.call('ZREM', @Leases, id)
    end
  end
  for _, id in ipairs(redis.call('ZRANGEBYSCORE', @Deadlines, '-inf', now, 'LIMIT', 0, batch)) do
    local t = load(id)
    if t and t.status == 'waiting' and t.assignedTo ~= '' then
      local who = t.assignedTo
      to_waiting(t)
      save(t)
      audit('system', 'requeue', id, 'assignment-lapsed counsellor=' .. who)
      notify('requeued', id)
      moved = moved + 1
    else
      redis.call('ZREM', @Deadlines, id)
    end
  end
  return moved
end

-- Raises (never lowers) the priority; a waiting ticket moves to its place in the new priority.
-- Raising to P1 ends a named transfer: anyone may take a ticket in immediate danger.
local function raise(t, priority, actor)
  local p = tonumber(priority)
  local old = tonumber(t.priority)
  if p >= old then return false end
  t.priority = tostring(p)
  t.score = num(p * 1e13 + tonumber(t.enqueuedMs))
  if t.status == 'waiting' then
    if t.assignedTo ~= '' and p == 1 then
      to_waiting(t)
    elseif t.assignedTo ~= '' then
      redis.call('ZADD', @Assigned, t.score, t.id)
    else
      redis.call('ZADD', @Waiting, t.score, t.id)
    end
  end
  save(t)
  audit(actor, 'raise', t.id, 'from=P' .. old .. ' to=P' .. p)
  notify('raised', t.id)
  return true
end

local function claim(t, counsellor)
  unqueue(t.id)
  if tonumber(t.claims) == 0 then
    redis.call('LPUSH', @ClaimWaits, num(now - tonumber(t.enqueuedMs)) .. ':' .. t.positionAtEnqueue)
    redis.call('LTRIM', @ClaimWaits, 0, tonumber(@HistorySize) - 1)
  end
  t.claims = tostring(tonumber(t.claims) + 1)
  t.status = 'claimed'
  t.counsellor = counsellor
  t.leaseMs = num(now + tonumber(@LeaseMs))
  t.claimedMs = num(now)
  t.assignedTo = ''
  t.assignedUntilMs = ''
  save(t)
  redis.call('ZADD', @Leases, t.leaseMs, t.id)
  audit(counsellor, 'claim', t.id, 'priority=P' .. t.priority)
  notify('claimed', t.id)
end

local function held_by(t, counsellor)
  return t.status == 'claimed' and t.counsellor == counsellor
end
