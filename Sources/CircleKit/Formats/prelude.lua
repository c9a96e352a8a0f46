-- The Lua half of Circle's host API: `format { ... }` and the session object `s`.
--
-- It runs in the format's sandbox, loaded once per state as the chunk "=[circle]".
-- Every function checks its arguments and raises author-friendly errors at the
-- caller's line (`error(message, 3)`); every call that needs the host yields one
-- request table to Swift and returns the answer Swift resumes with. Swift never
-- yields or raises across Lua. It returns two functions: `start` (the session's
-- coroutine body) and `format`. Editor definitions of this API: Scripts/circle.d.lua.

local LIMITS = ...   -- the sizes the host accepts (Formats/HostLimits.swift)
local yield, type, error, pairs, ipairs, tostring, next, rawlen = coroutine.yield, type, error, pairs, ipairs, tostring, next, rawlen
local SKIP, END = {}, {}   -- raised when the facilitator skips a phase or ends the session

local function describe(v)
  if type(v) == "string" then
    if #v > 60 then return string.format("%q", v:sub(1, 60)) .. " (" .. #v .. " bytes)" end
    return string.format("%q", v)
  end
  if v ~= v then return "NaN" end
  return type(v) == "table" and "a table" or tostring(v)
end

-- "file.lua:12: ", the innermost frame outside this prelude: the sandbox has no debug
-- library, so error() is asked for each level's position in turn.
local function author_where()
  for level = 2, 60 do
    local _, where = pcall(error, "", level)
    if type(where) == "string" and where ~= "" and not where:find("^=?%[circle%]") then return where end
  end
  return ""
end

-- Moves an error raised inside this prelude ("[circle]:334: ...") to the author's line.
local function relocate(err)
  if type(err) == "string" and err:find("^=?%[circle%]:%d+: ") then
    return author_where() .. err:gsub("^=?%[circle%]:%d+: ", "", 1)
  end
  return err
end

-- A positive, finite number no larger than `max` (NaN, inf and 1e300 are not).
local function is_amount(v, max)
  return type(v) == "number" and v == v and v > 0 and v <= max
end

-- A theme id or format id: the rule of ThemeID and FormatID (Sources/CircleKit/Vocabulary), which
-- VocabularyTests holds this function to: lower-case a-z and digits, starting with a letter,
-- single hyphens between words, at most 40 characters.
local function is_kebab(id)
  return type(id) == "string" and #id <= 40 and id:match("^[a-z][a-z0-9%-]*$") ~= nil and not id:find("%-%-") and not id:find("%-$")
end

-- Raises at the format's line: depth counts helper frames between the API function and fail.

local function fail(message, depth) error(message, 3 + (depth or 0)) end

-- A plain copy of a list of strings, read raw (rawlen, next) so no metamethod can make it
-- lie, or nil when `t` is not one: not a table, a hole or a non-string, more than
-- LIMITS.list entries, or an entry longer than LIMITS.text.
local function string_list(t)
  if type(t) ~= "table" then return nil end
  local n = rawlen(t)
  if n > LIMITS.list then return nil end
  local copy = {}
  for k, v in next, t do
    if math.type(k) == "integer" and k >= 1 and k <= n then copy[k] = v end
  end
  for i = 1, n do
    if type(copy[i]) ~= "string" or #copy[i] > LIMITS.text then return nil end
  end
  return copy
end

local function is_list_of_strings(t) return string_list(t) ~= nil end

-- Raises at the format's line unless `v` is text of at most `max` bytes.
local function check_text(what, v, max, depth)
  if type(v) ~= "string" then fail(what .. ", got " .. describe(v), (depth or 0) + 1) end
  if #v > max then fail(what .. " of at most " .. max .. " bytes, got " .. #v .. " bytes", (depth or 0) + 1) end
end

---------------------------------------------------------------- format { }
local known = {
  id = true, version = true, title = true, summary = true, minutes = true, participants = true,
  roles = true, agreement = true, suitable = true, source = true, themes = true, fidelity = true, run = true,
}

local function field_error(name, problem, fix)
  error("format: field '" .. name .. "' " .. problem .. (fix and ("; " .. fix) or ""), 3)
end

local function format(def)
  if type(def) ~= "table" then error("format expects a table: return format { id = ..., run = function(s) ... end }", 2) end
  for key in pairs(def) do
    if not known[key] then field_error(tostring(key), "is not a format field", "known fields: id, version, title, summary, minutes, participants, roles, agreement, suitable, source, themes, fidelity, run") end
  end
  if not is_kebab(def.id) then
    field_error("id", "must be kebab-case, got " .. describe(def.id) .. " (lower-case a-z, digits, single hyphens, at most 40 characters)", 'e.g. id = "action-learning-set"')
  end
  if math.type(def.version) ~= "integer" or def.version < 1 then
    field_error("version", "must be a whole number from 1, got " .. describe(def.version), "raise it whenever the steps change")
  end
  for _, name in ipairs({ "title", "summary", "agreement", "source" }) do
    if type(def[name]) ~= "string" or def[name] == "" or #def[name] > LIMITS.text then
      field_error(name, "must be non-empty text, got " .. describe(def[name]), "at most " .. LIMITS.text .. " bytes")
    end
  end
  if not is_amount(def.minutes, LIMITS.minutes) then
    field_error("minutes", "must be the session's length in minutes, got " .. describe(def.minutes), "e.g. minutes = 90 (more than 0, at most " .. LIMITS.minutes .. ")")
  end
  local p = def.participants
  if type(p) ~= "table" or math.type(p.min) ~= "integer" or math.type(p.max) ~= "integer" or p.min < 1 or p.max < p.min or p.max > LIMITS.participants then
    field_error("participants", "must give the group size as { min = 3, max = 10 }, got " .. describe(p), "at most " .. LIMITS.participants .. " people")
  end
  if def.roles ~= nil then
    if type(def.roles) ~= "table" then field_error("roles", "must be a table of role names") end
    local count = 0
    for role, spec in pairs(def.roles) do
      count = count + 1
      if count > LIMITS.list then field_error("roles", "has more than " .. LIMITS.list .. " roles") end
      if type(role) ~= "string" or #role > LIMITS.name or not role:match("^[%a_][%w_]*$") then field_error("roles", "has a role name that is not an identifier: " .. describe(role)) end
      if type(spec) ~= "table" then field_error("roles", "role '" .. role .. "' must be a table like { count = 1 }") end
    end
  end
  if def.suitable ~= nil and not is_list_of_strings(def.suitable) then
    field_error("suitable", "must be a list of tags", 'e.g. suitable = { "remote", "new team" }')
  end
  if def.themes ~= nil then
    if type(def.themes) ~= "table" or rawlen(def.themes) > LIMITS.list then field_error("themes", "must be a list of at most " .. LIMITS.list .. " { id = ..., label = ... }") end
    for i, t in ipairs(def.themes) do
      if i > LIMITS.list or type(t) ~= "table" or not is_kebab(t.id) or type(t.label) ~= "string" or #t.label > LIMITS.name then
        field_error("themes", "entry " .. i .. " must be { id = \"kebab-case-id\", label = \"Label\" }")
      end
    end
  end
  if def.fidelity ~= nil then
    if type(def.fidelity) ~= "table" or rawlen(def.fidelity) > LIMITS.list then field_error("fidelity", "must be a list of at most " .. LIMITS.list .. " { rule = ..., when = { patterns }, remind = ... }") end
    for i, r in ipairs(def.fidelity) do
      if i > LIMITS.list or type(r) ~= "table" or type(r.rule) ~= "string" or #r.rule > LIMITS.name or not is_list_of_strings(r.when) or (r.unless ~= nil and not is_list_of_strings(r.unless)) or type(r.remind) ~= "string" or #r.remind > LIMITS.text then
        field_error("fidelity", "entry " .. i .. ' must be { rule = "advice", when = { "%f[%w]you should%f[%W]" }, unless = { patterns }, remind = "..." }')
      end
    end
  end
  if type(def.run) ~= "function" then
    field_error("run", "must be a function", "run = function(s) ... end")
  end
  return def
end

---------------------------------------------------------------- the session
local Session = {}
Session.__index = Session

local function request(s, req)
  local answer = yield(req)
  if type(answer) == "table" then
    if answer.clock then s.clock = answer.clock end
    if answer.away then
      -- Who has stepped out (/step-out P3), as of this answer: their turns are skipped
      -- until they step back in. Nothing about it reaches the format's answers.
      local away = {}
      for _, person in ipairs(answer.away) do away[person] = true end
      s._away = away
    end
    local control = answer.control
    if control then
      if control == "skip" then error(SKIP, 0) end
      if control == "end" then error(END, 0) end
      if control == "stop" then error(author_where() .. answer.message, 0) end
    end
  end
  return answer
end

local function check_self(s, name)
  if type(s) ~= "table" or getmetatable(s) ~= Session then
    error("s:" .. name .. " must be called with a colon: s:" .. name .. "(...), not s." .. name .. "(...)", 3)
  end
end

local function check_person(s, name, person, what)
  if type(person) ~= "string" or not s._seated[person] then
    fail("s:" .. name .. " expects " .. what .. " (one of s.participants), got " .. describe(person), 1)
  end
end

-- What a call without options reads: one table for every such call (a turn makes none),
-- read-only so that no call can leave an option behind for the next.
local NO_OPTIONS = setmetatable({}, { __newindex = function() error("the host's empty options are read-only", 2) end })

local function check_opts(name, opts, allowed)
  if opts == nil then return NO_OPTIONS end
  if type(opts) ~= "table" then fail("s:" .. name .. " expects an options table, got " .. describe(opts), 1) end
  for key in pairs(opts) do
    if not allowed[key] then fail("s:" .. name .. ": unknown option '" .. tostring(key) .. "'", 1) end
  end
  return opts
end

-- A contribution as fidelity rules see it, worked out once for all of them: lower-case, curly
-- and modifier apostrophes made straight (so "don’t" and "don't" read the same), runs of space
-- made one, cut into sentences (after . ! ? ; and at line breaks), each keeping its end mark.
local APOSTROPHES = { "\u{2019}", "\u{2018}", "\u{02BC}", "\u{2032}", "`" }
local function sentences(text)
  local t = text:lower()
  for _, a in ipairs(APOSTROPHES) do t = t:gsub(a, "'") end
  t = t:gsub("[ \t\r\f\v]+", " ")
  local out = {}
  for piece in t:gmatch("[^\n]+") do
    for sentence in piece:gmatch("[^%.!%?;]+[%.!%?;]*") do
      sentence = sentence:match("^%s*(.-)%s*$")
      if sentence ~= "" then out[#out + 1] = sentence end
    end
  end
  return out
end

-- Whether `sentence` has a match of one of `rule.when` that no match of `rule.unless` covers:
-- an exception silences only the words it spans ("i felt useless" spares that "useless", not
-- another in the same sentence).
local function breaks(rule, sentence)
  local spared = {}
  for _, pattern in ipairs(rule.unless or {}) do
    local from = 1
    while true do
      local a, b = sentence:find(pattern, from)
      if not a then break end
      spared[#spared + 1] = { a, b }
      from = math.max(b, a) + 1
    end
  end
  for _, pattern in ipairs(rule.when) do
    local from = 1
    while true do
      local a, b = sentence:find(pattern, from)
      if not a then break end
      local covered = false
      for _, span in ipairs(spared) do
        if span[1] <= a and b <= span[2] then covered = true break end
      end
      if not covered then return true end
      from = math.max(b, a) + 1
    end
  end
  return false
end

-- Reminds the facilitator when a contribution breaks one of the format's fidelity rules.
local function guard(s, rules, text)
  if not rules or type(text) ~= "string" then return end
  local said = sentences(text)
  for _, rule in ipairs(s._format.fidelity or {}) do
    if rules[rule.rule] then
      for _, sentence in ipairs(said) do
        if breaks(rule, sentence) then
          request(s, { op = "flag", rule = rule.rule, text = rule.remind })
          return
        end
      end
    end
  end
end

local function rule_set(name, value)
  if value == nil then return nil end
  if type(value) == "string" then return { [value] = true } end
  local list = string_list(value)
  if not list then fail("s:" .. name .. ": option 'guard' must be a rule name or a list of them", 1) end
  local set = {}
  for _, v in ipairs(list) do set[v] = true end
  return set
end

function Session:say(text)
  check_self(self, "say")
  check_text("s:say expects text", text, LIMITS.text)
  request(self, { op = "say", text = text })
end

local ask_options = { pass = true, guard = true }

-- One person's turn: their text and themes; nil when they passed; nil, nil, true when they
-- have stepped out (before the turn, or during it), which is not a pass. `next_up`: whose turn
-- follows in the round, if known (the room view's "next up").
local function turn(s, person, prompt, opts, rules, next_up)
  if s._away[person] then return nil, nil, true end
  local answer = request(s, { op = "ask", person = person, prompt = prompt, pass = opts.pass ~= false, next = next_up })
  if answer.away_turn then return nil, nil, true end
  if answer.passed then return nil end
  if rules then guard(s, rules, answer.text) end
  return answer.text, answer.themes
end

function Session:ask(person, prompt, opts)
  check_self(self, "ask")
  check_person(self, "ask", person, "a participant")
  check_text("s:ask expects a prompt string", prompt, LIMITS.text)
  opts = check_opts("ask", opts, ask_options)
  return turn(self, person, prompt, opts, rule_set("ask", opts.guard))
end

local round_options = { pass = true, order = true, skip = true, roles = true, repeat_until_pass = true, guard = true, written = true, per_device = true }
local orders = { seated = true, reversed = true, random = true, chosen = true }

local function as_set(s, name, value, what)
  local set = {}
  if value == nil then return set end
  if type(value) == "string" then value = { value } end
  local list = string_list(value)
  if not list then fail("s:round: option '" .. name .. "' must be " .. what, 1) end
  for _, v in ipairs(list) do set[v] = true end
  return set
end

function Session:round(prompt, opts)
  check_self(self, "round")
  check_text("s:round expects a prompt string", prompt, LIMITS.text)
  opts = check_opts("round", opts, round_options)
  local order = opts.order or "seated"
  if not orders[order] then fail("s:round: option 'order' must be seated, reversed, random or chosen, got " .. describe(order)) end
  local skip = as_set(self, "skip", opts.skip, "a participant or a list of them")
  local roles = opts.roles and as_set(self, "roles", opts.roles, "a role name or a list of them")
  local rules = rule_set("round", opts.guard)
  local per_device = opts.per_device
  if per_device ~= nil then
    if not opts.written then fail("s:round: option 'per_device' is for written rounds; add written = true, or leave per_device out") end
    if math.type(per_device) ~= "integer" or per_device < 1 or per_device > LIMITS.per_device then
      fail("s:round: option 'per_device' must be a whole number from 1 to " .. LIMITS.per_device .. " (contributions one device may send), got " .. describe(per_device))
    end
  end
  local people = {}
  for _, person in ipairs(self.participants) do
    local in_role = not roles
    if roles then
      for role in pairs(roles) do
        for _, member in ipairs(self._members[role] or {}) do if member == person then in_role = true end end
      end
    end
    if in_role and not skip[person] then people[#people + 1] = person end
  end
  local answers, passed = {}, {}
  if opts.written then
    -- Anonymous written contributions: no author is asked for or kept. The facilitator
    -- ends them with /done, or answers /aloud to go round the group in turn instead.
    while true do
      local present = 0
      for _, person in ipairs(people) do if not self._away[person] then present = present + 1 end end
      local answer = request(self, { op = "write", prompt = prompt, people = present, per_device = per_device })
      if answer.aloud then break end
      if answer.done then
        answers.passed, answers.written = passed, true
        return answers
      end
      guard(self, rules, answer.text)
      answers[#answers + 1] = { text = answer.text, themes = answer.themes }
    end
  end
  repeat
    local seq = {}
    for i, person in ipairs(people) do seq[i] = person end
    if order == "reversed" then
      for i = 1, #seq // 2 do seq[i], seq[#seq - i + 1] = seq[#seq - i + 1], seq[i] end
    elseif order == "random" then
      for i = #seq, 2, -1 do local j = math.random(i) seq[i], seq[j] = seq[j], seq[i] end
    end
    local spoke = false
    local function take(person, next_up)
      local text, themes, away = turn(self, person, prompt, opts, rules, next_up)
      if text then
        spoke = true
        answers[#answers + 1] = { person = person, text = text, themes = themes }
      elseif not away then
        passed[#passed + 1] = person
      end
    end
    if order == "chosen" then
      local waiting = seq
      while true do
        for i = #waiting, 1, -1 do if self._away[waiting[i]] then table.remove(waiting, i) end end
        if #waiting == 0 then break end
        local choices = { table.unpack(waiting) }
        choices[#choices + 1] = "nobody else"
        local _, index = self:choose("Who speaks next?", choices)
        if index > #waiting then break end
        take(table.remove(waiting, index))
      end
    else
      for i, person in ipairs(seq) do
        local j = i + 1
        while seq[j] and self._away[seq[j]] do j = j + 1 end
        take(person, seq[j])
      end
    end
  until not opts.repeat_until_pass or not spoke
  answers.passed = passed
  return answers
end

function Session:choose(prompt, options)
  check_self(self, "choose")
  check_text("s:choose expects a prompt string", prompt, LIMITS.text)
  local list = string_list(options)
  if not list or #list == 0 then
    fail("s:choose expects a list of option strings, got " .. describe(options) .. " (1 to " .. LIMITS.list .. " options, each at most " .. LIMITS.text .. " bytes)")
  end
  local answer = request(self, { op = "choose", prompt = prompt, options = list })
  return list[answer.index], answer.index
end

function Session:confirm(prompt)
  check_self(self, "confirm")
  check_text("s:confirm expects a prompt string", prompt, LIMITS.text)
  return request(self, { op = "confirm", prompt = prompt }).yes == true
end

function Session:remind(text)
  check_self(self, "remind")
  check_text("s:remind expects text", text, LIMITS.text)
  request(self, { op = "remind", text = text })
end

function Session:pause(text)
  check_self(self, "pause")
  if text ~= nil then check_text("s:pause expects text or nothing", text, LIMITS.text) end
  request(self, { op = "pause", text = text or "Pause" })
end

function Session:phase(name, opts, fn)
  check_self(self, "phase")
  check_text("s:phase expects a name string", name, LIMITS.name)
  if type(opts) == "function" and fn == nil then opts, fn = {}, opts end
  opts = check_opts("phase", opts, { minutes = true })
  if opts.minutes ~= nil and not is_amount(opts.minutes, LIMITS.minutes) then
    fail("s:phase: option 'minutes' must be a positive number, got " .. describe(opts.minutes) .. " (at most " .. LIMITS.minutes .. ")")
  end
  if type(fn) ~= "function" then fail("s:phase expects a function for the phase's steps, got " .. describe(fn)) end
  if self._in_phase then fail("s:phase: phases cannot be nested ('" .. name .. "' inside '" .. self._in_phase .. "')") end
  self._in_phase = name
  request(self, { op = "phase", name = name, minutes = opts.minutes })
  local ok, err = xpcall(fn, relocate)
  self._in_phase = nil
  if not ok and err ~= SKIP then error(err, 0) end
  request(self, { op = "phase_end", name = name, skipped = not ok })
end

function Session:assign(role, person)
  check_self(self, "assign")
  if type(role) ~= "string" or not (self._format.roles or {})[role] then
    fail("s:assign expects a role declared in the format's roles, got " .. describe(role))
  end
  check_person(self, "assign", person, "a participant")
  local members = self._members[role] or {}
  members[#members + 1] = person
  self._members[role] = members
  self.role[role] = members[1]
  request(self, { op = "assign", role = role, person = person })
end

function Session:members(role)
  check_self(self, "members")
  if type(role) ~= "string" then fail("s:members expects a role name, got " .. describe(role)) end
  local out = {}
  for i, person in ipairs(self._members[role] or {}) do out[i] = person end
  return out
end

function Session:theme(id, note)
  check_self(self, "theme")
  if not is_kebab(id) then
    fail("s:theme expects a kebab-case theme id, got " .. describe(id) .. " (lower-case a-z, digits, single hyphens, at most 40 characters)")
  end
  if note ~= nil then check_text("s:theme expects the note as text", note, LIMITS.text) end
  request(self, { op = "theme", id = id, note = note })
end

function Session:record(key, value, opts)
  check_self(self, "record")
  if type(key) ~= "string" or key == "" or #key > LIMITS.name then fail("s:record expects a key string of at most " .. LIMITS.name .. " bytes, got " .. describe(key)) end
  local list = type(value) == "table" and string_list(value)
  if not list and (type(value) ~= "string" or #value > LIMITS.text) then
    fail("s:record expects text or a list of texts, got " .. describe(value) .. " (at most " .. LIMITS.list .. " texts, each at most " .. LIMITS.text .. " bytes)")
  end
  value = list or value
  opts = check_opts("record", opts, { carry = true, theme = true })
  if opts.theme ~= nil and not is_kebab(opts.theme) then
    fail("s:record: option 'theme' must be a kebab-case theme id, got " .. describe(opts.theme))
  end
  request(self, { op = "record", key = key, value = value, carry = opts.carry == true, theme = opts.theme })
end

function Session.random(m, n)
  if m == nil then return math.random() end
  if n == nil then return math.random(m) end
  return math.random(m, n)
end

---------------------------------------------------------------- entry point
-- Called by the host as a coroutine: runs the format and reports how it ended.
local function start(fmt, participants, scenario, team, carried, organisation, responses)
  local s = setmetatable({
    participants = participants, scenario = scenario, team = team, clock = 0, carried = carried,
    organisation = organisation, responses = responses or {},
    role = {}, _members = {}, _seated = {}, _format = fmt, _away = {},
  }, Session)
  for _, p in ipairs(participants) do s._seated[p] = true end
  local ok, err = xpcall(fmt.run, relocate, s)
  if not ok and err ~= END then error(err, 0) end
  return ok and "complete" or "ended"
end

return start, format
