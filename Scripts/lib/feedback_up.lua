-- Feedback for senior leaders that the group agrees to, not the facilitator alone.
-- Load it with `local feedback_up = require("feedback_up")`.
--
-- Each suggestion is read back to the group, anyone may object or reword it, and only what
-- the group agreed is recorded as "feedback-up" (which the facilitator reviews again, after
-- the anonymiser, before anything leaves the room). The steps are Circle's own wording.

local feedback_up = {}

local AGREED = "The group agreed it as worded"
local REWORDED = "The group agreed it, reworded"
local NOT_AGREED = "Not agreed (someone objected, or it names someone): leave it out"

---Goes round with `prompt` for suggestions, then takes each suggestion back to the group and
---records as "feedback-up" only the items the group agreed. Returns the agreed items.
---@param s Session the session
---@param prompt string the question suggestions answer
---@param opts? { guard?: string|string[] } passed to the round
---@return string[] agreed
function feedback_up.agree(s, prompt, opts)
  local suggestions = s:round(prompt, { guard = opts and opts.guard })
  local agreed = {}
  if #suggestions == 0 then return agreed end
  s:say("Each suggestion in turn: read it back. It goes to senior leaders only if the group agrees: "
    .. "anyone may object, or offer other words, and one objection is enough to leave it out. "
    .. "Nothing that goes up names a person, a family or a team member.")
  for _, suggestion in ipairs(suggestions) do
    local options = { AGREED, NOT_AGREED }
    if suggestion.person then options = { AGREED, REWORDED, NOT_AGREED } end
    local decision = s:choose("For senior leaders: \"" .. suggestion.text .. "\". What did the group decide?", options)
    local text = suggestion.text
    if decision == REWORDED then
      text = s:ask(suggestion.person, "The wording the group agreed, for senior leaders", { pass = false })
    end
    if decision ~= NOT_AGREED then
      agreed[#agreed + 1] = text
      s:record("feedback-up", text)
    end
  end
  return agreed
end

return feedback_up
