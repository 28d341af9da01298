-- BeginDelivery.lua: claims a delivery key for one run, or returns the stored reply.
-- KEYS[1]: the delivery string ("" while a run holds it, else the reply)
-- ARGV[1]: lease ms
-- Returns {'started'} | {'in-progress'} | {'completed', reply}
local value = redis.call('GET', KEYS[1])
if value == false then
  redis.call('SET', KEYS[1], '', 'PX', ARGV[1])
  return {'started'}
end
if value == '' then return {'in-progress'} end
return {'completed', value}
