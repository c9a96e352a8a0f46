-- Action: moving to plans and next steps while a step asks the group to stay with feelings and
-- meaning ("she should…", "we need to…", "the action plan"), anywhere in a sentence. For the
-- feeling stages of a case discussion, where action has its own stage later.
--
-- Quiet on feelings about the past ("she should have been protected"), on the presenter's own
-- wish ("I wish I had…") and on open questions ("what do you need?").
--
--   local action = require("guards.action")
--   fidelity = { action.rule { rule = "action-later", remind = "…" } }
--
-- The phrases are Circle's own; the default reminder quotes the PSDP knowledge briefing.

local words = require("guards.words")

local action = { name = "action" }

action.when = words.join(
  words.phrases({ "action plan", "action plans", "next step", "next steps", "the plan should", "the plan is to",
    "the plan needs", "need to be told", "needs to be told", "needs to happen", "need to happen",
    "what needs to happen", "make a referral", "refer her", "refer him", "refer them", "refer the family",
    "escalate it", "escalate this", "step it up", "step up to", "strategy meeting", "convene", "a written agreement",
    "set a deadline", "give her a deadline", "give them a deadline", "to do list", "to-do list", "by friday",
    "by next week", "going forward" }),
  words.each({ "she", "he", "they", "you", "we", "mum", "dad", "the parents", "the family", "the worker",
    "the social worker", "the team" },
    { "should", "shouldn't", "needs to", "need to", "must", "ought to", "has to", "have to", "will have to",
      "should be told", "should be made to" }))

action.unless = words.join(
  words.each({ "she", "he", "they", "you", "we", "mum", "dad", "the parents", "the family", "the worker",
    "the social worker", "the team" },
    { "should have", "should've", "shouldn't have", "must have", "must've", "must be", "must feel", "needs to feel",
      "need to feel", "needs to be heard", "need to be heard", "has to live with", "have to live with",
      "had to" }),
  words.phrases({ "what do you need", "what do we need to understand", "what does she need", "what does he need",
    "what do they need", "we need to sit with", "we need to stay with", "we need to notice", "we have to remember" }))

action.remind = "That moves to action. The PSDP knowledge briefing warns that energising with action plans "
  .. "'insufficiently acknowledges the emotional challenges parents are facing': stay with feelings for now; "
  .. "action has its own stage."

---The action family as a fidelity rule for `format { fidelity = { ... } }`.
---@param opts? { rule?: string, remind?: string, when?: string[], unless?: string[] }
---@return FidelityRule
function action.rule(opts) return words.rule(action, opts) end

return action
