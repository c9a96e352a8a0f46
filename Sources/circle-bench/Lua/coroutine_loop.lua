-- The bare-Lua side of circle-bench's turn round trip: resumes a coroutine arg[1] times
-- from a Lua loop. arg[2] is the coroutine's body, the same chunk the Swift side resumes.
local n = tonumber(arg[1])
local co = coroutine.create(assert(load(arg[2])))
local resume, sum = coroutine.resume, 0
for i = 1, n do
  local ok, v = resume(co, i)
  sum = sum + v
end
assert(sum == n * (n + 1) // 2 + n)
