-- AppendTranscript: adds an entry to a conversation's transcript. Keys: Transcript (list of entry
-- JSON), Conversations, Tickets. Arguments: Entry, Conversation, Author, Counsellor, RetentionMs.
-- Kept without expiry while the conversation has an open ticket, else for the retention period.
-- A counsellor's entry is audited as a reply. Returns the entry's sequence number.
--#include _Audit
local seq = redis.call('RPUSH', @Transcript, @Entry)
local openId = redis.call('HGET', @Conversations, @Conversation)
if openId and redis.call('HEXISTS', @Tickets, openId) == 0 then openId = false end
if openId then
  redis.call('PERSIST', @Transcript)
else
  redis.call('PEXPIRE', @Transcript, @RetentionMs)
end
if @Author == 'counsellor' then
  audit(@Counsellor, 'reply', openId or '', 'seq=' .. seq)
end
if openId then notify('message-added', openId) end
return seq
