-- Interpretation: a member interpreting a colleague's own person or past ("you always rescue
-- people", "that's because of your own mum", "it's your childhood coming up", "you're projecting"),
-- anywhere in a sentence. For a reflective practice group in the Balint / work-discussion
-- tradition, where the group thinks about the encounter and the people in it, not about the
-- presenter's or a member's personality or history.
--
-- Quiet on a member speaking of themselves ("I always freeze with shouting dads", "my own
-- childhood came to mind"), on the people in the encounter ("her childhood was chaotic", "the
-- mum's own mother"), on the worker's feelings in the encounter as told ("you said you felt
-- frozen") and on ordinary phrases ("you never know", "thank you").
--
--   local interpretation = require("guards.interpretation")
--   fidelity = { interpretation.rule { rule = "no-interpretation" } }
--
-- The phrases and the reminder are Circle's own.

local words = require("guards.words")

local interpretation = { name = "interpretation" }

interpretation.when = words.join(
  words.phrases({ "you always", "you never", "you're always", "you are always", "you're never", "you are never",
    "you tend to", "you're the kind of person", "you are the kind of person", "you're the type", "you are the type",
    "that's so you", "typical of you", "because of your own", "because you grew up",
    "your childhood", "your own childhood", "your past", "your own past",
    "your upbringing", "your own upbringing", "your own family", "your own mum", "your own mother",
    "your own dad", "your own father", "your own parents", "your own children", "your own kids",
    "your own trauma", "your own history", "your own stuff", "your own issues", "your own baggage",
    "your baggage", "your issues", "your stuff", "your trauma", "your history", "your mum", "your mother",
    "your dad", "your father", "your parents", "your divorce", "your marriage", "your relationship",
    "you're projecting", "you are projecting", "you're transferring", "you are transferring",
    "you're identifying with", "you are identifying with", "you identify with her because",
    "you identify with him because", "you over-identify", "you overidentify", "you're over-identifying",
    "it's triggering you", "it triggered you", "you were triggered", "you're triggered", "triggered something in you",
    "reminds you of your", "reminded you of your", "it's about you", "it's really about you",
    "this is about you", "that's about you", "it's personal for you", "you have a problem with",
    "you've got a problem with", "you can't cope with", "you need to be needed",
    "your defences", "your defence", "you're in denial", "you are in denial", "you're repressing",
    "deep down you", "subconsciously you", "unconsciously you", "what you're really feeling is",
    "what you really feel is", "you're really angry with", "you're actually angry" }))

interpretation.unless = words.join(
  words.phrases({ "you never know", "you never can tell", "you always hear", "you never hear", "thank you",
    "you always said you would", "you said you", "you told us you", "you said that you",
    "you always wonder", "you never quite know", "in your own words", "your own pace", "your own time",
    "your own notes", "your own supervision", "your own caseload", "your own team", "your own manager",
    "your need to be safe", "your need to get home", "your relationship with the family",
    "your relationship with the mum", "your relationship with the dad", "your relationship with her",
    "your relationship with him", "your relationship with them", "your relationship with the child" }),
  {})

interpretation.remind = "That reads as an interpretation of a colleague's own person or past. In this group we "
  .. "think about the encounter and the people in it, not about a member's personality or history: thank them, "
  .. "bring it back to the encounter, and check in privately afterwards with the person it was about."

---The interpretation family as a fidelity rule for `format { fidelity = { ... } }`.
---@param opts? { rule?: string, remind?: string, when?: string[], unless?: string[] }
---@return FidelityRule
function interpretation.rule(opts) return words.rule(interpretation, opts) end

return interpretation
