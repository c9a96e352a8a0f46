-- Allocation: case allocation coming into a meeting that is kept free of it ("who can pick up
-- the new referral?", "can we allocate the Smith case?"), anywhere in a sentence. For the
-- strengths-based 10-point team meeting, a non-allocation meeting.
--
-- Quiet on workload as a wellbeing concern ("we have thirty unallocated cases", "I'm
-- over-allocated") and on naming the meeting itself ("this is a non-allocation meeting").
--
--   local allocation = require("guards.allocation")
--   fidelity = { allocation.rule { rule = "non-allocation" } }
--
-- The phrases and the reminder are Circle's own.

local words = require("guards.words")

local allocation = { name = "allocation" }

allocation.when = words.join(
  { words.stem("allocat") },
  words.each({ "pick up", "picking up", "take on", "taking on", "take over", "hold", "cover" },
    { "the case", "this case", "that case", "a case", "her case", "his case", "the new case", "the referral",
      "this referral", "that referral", "the new referral", "the family", "this family", "that family",
      "the visit", "her visits", "his visits", "the duty" }),
  words.phrases({ "who can take", "can someone take", "can anyone take", "can you take", "who can pick up",
    "can someone pick up", "can anyone pick up", "who is picking up", "who's picking up", "who's got capacity",
    "who has capacity", "any capacity for", "the duty rota", "case transfer", "transfer the case" }))

allocation.unless = words.join(
  words.phrases({ "non-allocation", "allocation meeting", "allocations meeting", "not an allocation",
    "not about allocation", "over-allocated", "over allocated", "unfairly allocated", "allocated too many",
    "cases allocated to me", "allocated to me", "i've been allocated", "i have been allocated", "i was allocated",
    "i'm allocated", "my allocated", "hold the family in mind", "hold this family in mind", "hold the case in mind" }),
  {})

allocation.remind = "This is a non-allocation meeting: note the case for the allocation meeting and come back to the point."

---The allocation family as a fidelity rule for `format { fidelity = { ... } }`.
---@param opts? { rule?: string, remind?: string, when?: string[], unless?: string[] }
---@return FidelityRule
function allocation.rule(opts) return words.rule(allocation, opts) end

return allocation
