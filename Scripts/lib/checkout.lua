-- Check-out: a closing round before people go back to work.
-- Load it with `local checkout = require("checkout")`.
--
-- Wording: the two questions ("What are you taking away from today?", "Is there anything you
-- need before you go back to work, or into your next visit?") are Circle's own. The reminder
-- quotes the BASW/SWU toolkit's daily wellbeing checklist verbatim: "Anything you need to talk
-- about before you leave – take support from your team/colleagues."

local checkout = {}

checkout.TAKING_AWAY = "What are you taking away from today?"
checkout.NEED = "Is there anything you need before you go back to work, or into your next visit?"
checkout.BRIEF = "What are you taking away from today, and is there anything you need before you go back to work, "
  .. "or into your next visit?"
checkout.QUOTE = "Anything you need to talk about before you leave – take support from your team/colleagues."

---Runs the check-out: the two questions as rounds (one round with `brief`), then the toolkit's
---reminder and an offer to talk one to one. Anyone may pass.
---@param s Session
---@param opts? { brief?: boolean, guard?: string|string[] } `brief`: both questions in one round
---@return Answers[] the rounds' answers, in order
function checkout.run(s, opts)
  opts = opts or {}
  local rounds = {}
  if opts.brief then
    rounds[1] = s:round(checkout.BRIEF, { guard = opts.guard })
  else
    rounds[1] = s:round(checkout.TAKING_AWAY, { guard = opts.guard })
    rounds[2] = s:round(checkout.NEED, { guard = opts.guard })
  end
  s:say("From the BASW/SWU toolkit's daily wellbeing checklist: '" .. checkout.QUOTE .. "' If you would rather "
    .. "talk one to one, stay behind for a minute or tell the facilitator.")
  return rounds
end

return checkout
