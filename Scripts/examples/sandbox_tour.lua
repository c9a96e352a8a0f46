-- A tour of the sandbox every session format runs in.
-- Run it with:  circle sandbox Scripts/examples/sandbox_tour.lua
--
-- Each line below tries one thing and reports whether the sandbox allowed it.
-- Formats get Lua's string, table, math, utf8 and coroutine libraries; they do
-- not get files, the operating system, the clock, or unseeded randomness, and
-- every turn runs under a memory cap and an instruction budget.

local lines = {}

local function try(label, action)
  local ok, result = pcall(action)
  if ok then
    lines[#lines + 1] = "allowed  " .. label .. (result ~= nil and (": " .. tostring(result)) or "")
  else
    lines[#lines + 1] = "refused  " .. label .. ": " .. tostring(result):gsub("^[^:]+:%d+: ", "")
  end
end

try("string functions", function() return ("How am 'I' and how are 'We'?"):upper() end)
try("patterns", function() return ("  what are you left feeling?  "):match("^%s*(.-)%s*$") end)
try("random numbers, seeded by the host", function() return math.random(1, 10) end)
try("reading a file with io", function() return io.open("/etc/passwd") end)
try("running a command with os", function() return os.execute("ls") end)
try("loading bytecode", function() return load("\27Lua", "x", "b") end)
try("changing a shared library", function() string.upper = nil end)
try("reaching the string metatable", function() return getmetatable("").__index end)
try("a pathological pattern", function() return (("a"):rep(200000)):find(".-.-.-b") end)
try("memory bomb", function() return #string.rep("x", 1 << 30) end)
try("an undefined global (typo)", function() return partcipants end)

return lines
