-- Feedback for senior leaders that the group agrees to, not the facilitator alone.
-- Load it with `local feedback_up = require("feedback_up")`.
--
-- Each suggestion is read back to the group, anyone may object or reword it, and only what
-- the group agreed is recorded as "feedback-up" (which the facilitator reviews again, after
-- the anonymiser, before anything leaves the room). An item keeps the theme tagged on the
-- contribution (`... #workload`); only an untagged one has a theme suggested by the codebook's
-- keywords at the close. The steps are Circle's own wording.

local feedback_up = {}

local AGREED = "The group agreed it as worded"
local REWORDED = "The group agreed it, reworded"
local NOT_AGREED = "Not agreed (someone objected, or it names someone): leave it out"
local NO_MORE = "Nothing more to propose"

local RULE = "It goes to senior leaders only if the group agrees: anyone may object, or offer other words, and "
  .. "one objection is enough to leave it out. Nothing that goes up names a person, a family or a team member."

-- The first theme tagged on a contribution, or nil.
local function tagged(themes)
  return type(themes) == "table" and themes[1] or nil
end

---Takes one suggestion to the group; records it as "feedback-up" (reworded by its author if the
---group changed the words), under the theme tagged on it, when the group agreed. Returns the text
---recorded, or nil.
---@param s Session the session
---@param suggestion Contribution|{ text: string, themes?: string[] } a contribution (with no `person` if written)
---@return string|nil
function feedback_up.decide(s, suggestion)
  local options = suggestion.person and { AGREED, REWORDED, NOT_AGREED } or { AGREED, NOT_AGREED }
  s:say("For senior leaders: \"" .. suggestion.text .. "\"")
  local decision = s:choose("What did the group decide?", options)
  if decision == NOT_AGREED then return nil end
  local text, theme = suggestion.text, tagged(suggestion.themes)
  if decision == REWORDED then
    -- nil only when its author has stepped out: then there is nobody to give the words.
    local themes
    text, themes = s:ask(suggestion.person, "The wording the group agreed, for senior leaders", { pass = false })
    if not text then return nil end
    theme = tagged(themes) or theme
  end
  s:record("feedback-up", text, { theme = theme })
  return text
end

-- Takes each suggestion to the group in turn.
local function decide_each(s, suggestions)
  local agreed = {}
  if #suggestions == 0 then return agreed end
  s:say("Each suggestion in turn: read it back. " .. RULE)
  for _, suggestion in ipairs(suggestions) do
    agreed[#agreed + 1] = feedback_up.decide(s, suggestion)
  end
  return agreed
end

---Goes round with `prompt` for suggestions, then takes each to the group (`decide`).
---Returns the items the group agreed.
---@param s Session the session
---@param prompt string the question suggestions answer
---@param opts? { guard?: string|string[] } passed to the round
---@return string[] agreed
function feedback_up.agree(s, prompt, opts)
  return decide_each(s, s:round(prompt, { guard = opts and opts.guard }))
end

---Like `agree`, but the suggestions are written anonymously (`s:round(prompt, { written = true })`:
---on the room display's phones, or typed in by the facilitator), then each is read back and
---decided by the group. Nobody is asked who wrote one, so a written suggestion is agreed as
---worded or left out (the facilitator may still edit it at the close).
---@param s Session the session
---@param prompt string the question suggestions answer
---@param opts? { guard?: string|string[] } passed to the round
---@return string[] agreed
function feedback_up.written(s, prompt, opts)
  return decide_each(s, s:round(prompt, { written = true, guard = opts and opts.guard }))
end

---Reads out "you said, we did": what senior leaders said they did about the themes teams raised
---(`s.responses`, imported by the facilitator). Says nothing when there are none.
---Returns how many were read.
---@param s Session the session
---@return integer
function feedback_up.responses(s)
  local responses = s.responses or {}
  if #responses == 0 then return 0 end
  s:say("You said, we did: what senior leaders told us they did about what teams raised.")
  for _, r in ipairs(responses) do
    s:say("  " .. r.label .. " (after the " .. r.quarter .. " report): " .. r.text)
  end
  return #responses
end

local STEP_PROMPT = "What should senior leaders hear from us?"

---The "what should leaders hear?" step a team format ends with: what leaders did (`responses`),
---then suggestions, written anonymously (`written = true`) or said in a round, each decided by
---the group (`decide`). Returns the items the group agreed.
---@param s Session the session
---@param opts? { written?: boolean, prompt?: string, guard?: string|string[] }
---@return string[] agreed
function feedback_up.step(s, opts)
  opts = opts or {}
  feedback_up.responses(s)
  s:say("Is there anything senior leaders should hear from this session: about the work, what helps, or what "
    .. "gets in the way? Tag it with its theme (#workload) if you can. " .. RULE)
  local prompt = opts.prompt or STEP_PROMPT
  if opts.written then return feedback_up.written(s, prompt, opts) end
  return feedback_up.agree(s, prompt, opts)
end

---After a round (`answers`), lets the facilitator propose the contributions the group wants
---senior leaders to hear, one at a time, and takes each to the group (`decide`).
---Returns the items the group agreed.
---@param s Session the session
---@param answers Answers a round's answers
---@return string[] agreed
function feedback_up.from(s, answers)
  local agreed = {}
  if #answers == 0 then return agreed end
  s:say("Does the team want senior leaders to hear anything said in this round? Propose each such contribution; "
    .. "if nothing, move on. " .. RULE)
  local options = {}
  for i, answer in ipairs(answers) do options[i] = answer.text end
  options[#options + 1] = NO_MORE
  local proposed = {}
  for _ = 1, #answers do
    local _, index = s:choose("Which contribution shall we propose for senior leaders?", options)
    if index > #answers then break end
    if not proposed[index] then
      proposed[index] = true
      agreed[#agreed + 1] = feedback_up.decide(s, answers[index])
    end
  end
  return agreed
end

return feedback_up
