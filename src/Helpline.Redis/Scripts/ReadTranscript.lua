-- ReadTranscript: the entries after a sequence number, audited as a read. Keys: Transcript,
-- Conversations, Tickets. Arguments: After, Actor, Conversation.
--#include _Audit
local entries = redis.call('LRANGE', @Transcript, tonumber(@After), -1)
local openId = redis.call('HGET', @Conversations, @Conversation)
if openId and redis.call('HEXISTS', @Tickets, openId) == 0 then openId = false end
audit(@Actor, 'read', openId or '', 'after=' .. @After .. ' count=' .. #entries)
return entries
