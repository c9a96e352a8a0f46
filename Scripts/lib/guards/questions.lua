-- Questions: fact-finding questions ("Did you ring the school?", "Why didn't she say?", "How many
-- referrals have there been?") while a step asks members to say what they are left feeling, as
-- the feeling stages of a parallel-process case discussion do. Checked at the start of each
-- sentence, plus a few fact-finding phrases anywhere.
--
-- Quiet on open questions about feeling and meaning ("What about this feels hardest for you?",
-- "How was that for you?", "I wonder what that was like"), and on resonance ("Has anyone else
-- felt like that?").
--
--   local questions = require("guards.questions")
--   fidelity = { questions.rule { rule = "feelings-first", remind = "…" } }
--
-- The phrases are Circle's own; the default reminder quotes the PSDP knowledge briefing.

local words = require("guards.words")

local questions = { name = "questions" }

local openings = { "did", "didn't", "has", "hasn't", "have you", "haven't", "was", "wasn't", "were", "weren't",
  "is there a", "is there any", "are there", "does", "doesn't", "do they", "do we know", "do you know", "how many",
  "how long", "how old", "how often", "when did", "when was", "when is", "where", "who", "whose", "which",
  "why did", "why didn't", "why wasn't", "why hasn't", "why haven't", "why was", "why were", "why is", "why are",
  "why would", "why does", "why doesn't", "what happened", "what did", "what was the", "what is the",
  "what's the", "what time", "is she", "is he", "are they", "is mum", "is dad", "can she", "can he", "will she",
  "will he", "could she", "could he" }

questions.when = {}
for _, opening in ipairs(openings) do questions.when[#questions.when + 1] = words.opening(opening) end
questions.when = words.join(questions.when, words.phrases({ "the chronology", "previous referrals",
  "any previous", "the case history", "section 47", "what age", "how many children", "which school" }))

questions.unless = {}
for _, opening in ipairs({ "did you feel", "did it feel", "did that feel", "was it hard", "was that hard",
  "was it lonely", "was that lonely", "was it frightening", "was that frightening", "has anyone else felt",
  "has anyone else had", "has anyone else been", "have you felt", "have you been feeling", "is there anything you need",
  "is there anything that would help you", "how long did it stay with you", "how long has it stayed with you",
  "what was the hardest", "what was the feeling", "what is the feeling", "what's the feeling", "what is the hardest",
  "what's the hardest", "what was the worst", "what did you feel", "what did it feel", "what did that feel",
  "what did it bring up", "what did that bring up", "what did you notice", "what did it stir", "what did that stir",
  "what did you carry", "who did you turn to", "who was there for you", "who supports you", "where did you feel",
  "where do you feel", "where were you when you felt", "does anyone else", "does it feel", "does that feel",
  "do you know what you need", "why does it stay with you", "why does that stay with you", "why is it so hard",
  "why is that so hard" }) do
  questions.unless[#questions.unless + 1] = words.opening(opening)
end

questions.remind = "That is a question for facts, not a feeling. In the PSDP knowledge briefing Mark's 'barrage "
  .. "of questions' re-enacted the pushing Callum felt: invite the member to say what they are left feeling, "
  .. "and notice the pull to ask."

---The questions family as a fidelity rule for `format { fidelity = { ... } }`.
---@param opts? { rule?: string, remind?: string, when?: string[], unless?: string[] }
---@return FidelityRule
function questions.rule(opts) return words.rule(questions, opts) end

return questions
