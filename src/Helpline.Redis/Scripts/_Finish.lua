-- _Finish.lua: ends a ticket (after _Ticket). Keys: Conversations (hash conversation -> open
-- ticket id), Transcript (the conversation's list). Arguments: Conversation, RetentionMs.
-- The ticket leaves the open hash and the indexes, and is kept as Closed for the retention
-- period; the transcript, kept without expiry while the ticket was open, now expires with it.
local function finish(t, status, outcome, actor, action, kind)
  unqueue(t.id)
  redis.call('HDEL', @Tickets, t.id)
  if redis.call('HGET', @Conversations, @Conversation) == t.id then
    redis.call('HDEL', @Conversations, @Conversation)
  end
  t.status = status
  t.outcome = outcome
  t.closedMs = num(now)
  t.leaseMs = ''
  t.assignedTo = ''
  t.assignedUntilMs = ''
  local json = cjson.encode(t)
  redis.call('SET', @Closed, json, 'PX', @RetentionMs)
  if redis.call('EXISTS', @Transcript) == 1 then
    redis.call('PEXPIRE', @Transcript, @RetentionMs)
  end
  audit(actor, action, t.id, 'outcome=' .. outcome)
  notify(kind, t.id)
  return {'changed', json}
end
