-- ClaimNext: the most urgent ticket this counsellor may take, from the general queue or among the
-- tickets transferred to them. Arguments: Counsellor. Returns the ticket JSON or nil.
--#include _Audit
--#include _Queue
requeue_expired()
for _ = 1, 10 do
  local bestId, bestScore = nil, nil
  local head = redis.call('ZRANGE', @Waiting, 0, 0, 'WITHSCORES')
  if #head > 0 then
    bestId = head[1]
    bestScore = tonumber(head[2])
  end
  local assigned = redis.call('ZRANGE', @Assigned, 0, -1, 'WITHSCORES')
  for i = 1, #assigned, 2 do
    local a = load(assigned[i])
    if a and a.assignedTo == @Counsellor then
      local score = tonumber(assigned[i + 1])
      if bestScore == nil or score < bestScore or (score == bestScore and assigned[i] < bestId) then
        bestId = assigned[i]
        bestScore = score
      end
      break
    end
  end
  if not bestId then return false end
  local t = load(bestId)
  if t then
    claim(t, @Counsellor)
    return cjson.encode(t)
  end
  unqueue(bestId)
end
return false
