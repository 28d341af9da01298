-- EraseTranscript.lua: deletes a conversation's transcript unless the conversation has an open ticket.
-- KEYS[1]: conversations hash (conversation key -> open ticket id); KEYS[2]: the transcript list
-- ARGV[1]: the conversation key
-- Returns 1 when erased (or there was nothing), 0 when kept for an open ticket
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return 0 end
redis.call('DEL', KEYS[2])
return 1
