-- Certainty: one explanation offered as the truth ("the problem is…", "the real issue is…",
-- "it's obviously because…", "she's just…"), anywhere in a sentence, where a step asks for
-- several hypotheses held lightly, as systemic supervision's hypothesising does.
--
-- Quiet on the same words offered tentatively ("maybe the problem is…", "one hypothesis is that
-- the real issue is…", "I wonder if it's because…"), on doubting them ("I don't think the
-- problem is…", "we don't know that") and on a hypothesis said as one ("one idea might be…").
--
--   local certainty = require("guards.certainty")
--   fidelity = { certainty.rule { rule = "held-lightly" } }
--
-- The phrases and the reminder are Circle's own.

local words = require("guards.words")

local certainty = { name = "certainty" }

-- What a single, certain explanation sounds like.
local CERTAIN = { "the problem is", "the real problem is", "the main problem is", "the problem here is",
  "the issue is", "the real issue is", "the main issue is", "the truth is", "the answer is", "the reason is",
  "the real reason is", "the cause is", "the root cause is", "what's really going on is",
  "what is really going on is", "what's going on is", "it's definitely", "it is definitely", "it's obviously",
  "it is obviously", "it's clearly", "it is clearly", "it's clear that", "it is clear that", "it's all about",
  "it is all about", "it's simply", "it is simply", "it's just because", "it is just because",
  "she's just", "he's just", "they're just", "she is just", "he is just", "they are just", "mum is just",
  "dad is just", "there's no doubt", "there is no doubt", "no doubt about it", "without a doubt",
  "there's only one explanation", "the only explanation", "we know that", "we all know", "i know exactly why",
  "that's why she", "that's why he", "that's why they", "that's exactly why", "this is classic", "it's classic",
  "case closed", "end of story" }

-- Hedges that make the same words a hypothesis among others: everything after one, in the same
-- sentence, is spared ("maybe the problem is…").
local HEDGES = { "maybe", "perhaps", "possibly", "i wonder if", "i wonder whether", "could it be that",
  "might it be that", "it could be that", "it might be that", "one hypothesis is that", "one hypothesis is",
  "one idea is", "another idea is", "another hypothesis is", "i don't think",
  "i'm not sure", "i am not sure", "not sure", "do we think", "do we know", "would we say", "what if",
  "i don't know whether", "i don't know if", "we don't know if", "we don't know whether", "suppose",
  "mum might say", "dad might say", "she might say", "he might say", "they might say", "the school might say", "the family might say",
  "the family would say" }

certainty.when = words.phrases(CERTAIN)

local hedged = {}
for i, hedge in ipairs(HEDGES) do hedged[i] = words.phrase(hedge) .. ".*" end

certainty.unless = words.join(hedged,
  words.phrases({ "we don't know that", "we do not know that", "we can't know that", "don't know what the problem is",
    "don't know what the real problem is", "not sure what the problem is", "not sure what the issue is",
    "whether the problem is", "if the problem is", "thinks the problem is", "think the problem is",
    "says the problem is", "say the problem is",
    "what the problem is", "what the issue is", "what the real issue is", "what the truth is",
    "what the answer is", "no doubt hard", "no doubt it was hard", "no doubt that was hard" }))

certainty.remind = "That sounds like one explanation offered as the truth. Systemic supervision holds several "
  .. "hypotheses lightly: invite them to offer it as one idea among others (\"one hypothesis might be…\", "
  .. "\"perhaps…\"), and ask the group for another, perhaps one that contradicts it."

---The certainty family as a fidelity rule for `format { fidelity = { ... } }`.
---@param opts? { rule?: string, remind?: string, when?: string[], unless?: string[] }
---@return FidelityRule
function certainty.rule(opts) return words.rule(certainty, opts) end

return certainty
