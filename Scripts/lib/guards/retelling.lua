-- Retelling: prompting someone to recount an incident, or their feelings during it, in detail
-- ("talk us through what happened", "how did it feel when he hit you?", "what was going through
-- your mind?"), anywhere in a sentence. For post-incident support, which is not a psychological
-- debrief: nobody is asked to go over the incident or their feelings about it.
--
-- Quiet on saying that nobody has to ("you don't have to tell us what happened"), on how people
-- are now and what they need ("how are you feeling now?", "what do you need this week?"), and on
-- practical facts about what happens next ("what happens next with the police?").
--
--   local retelling = require("guards.retelling")
--   fidelity = { retelling.rule { rule = "no-debrief" } }
--
-- The phrases are Circle's own. The default reminder describes NICE guideline NG116 (2018,
-- "Post-traumatic stress disorder") in Circle's own words: Circle has no text of it to quote.

local words = require("guards.words")

local retelling = { name = "retelling" }

-- Asking someone to go over what happened: "talk us through" and its like on their own, the
-- looser "tell us", "go over"… with what they point at.
retelling.when = words.join(
  words.phrases({ "talk us through", "talk me through", "take us through", "take me through", "walk us through",
    "walk me through", "run us through", "run me through" }),
  words.each({ "go through", "go over", "tell us", "tell me", "tell everyone", "describe", "share", "say more about" },
    { "what happened", "exactly what happened", "what he did", "what she did", "what they did", "what you saw",
      "the incident", "the attack", "the assault", "that day", "it again", "how it happened" }),
  words.phrases({ "what exactly happened", "what happened exactly", "what happened then", "what happened next",
    "and then what happened", "what did he do next", "what did she do next", "what did they do next",
    "what did you see", "what did you hear", "what were you thinking", "what was going through your mind",
    "what went through your mind", "what was in your head", "how did it feel when", "how did you feel when",
    "how did that feel when", "what did it feel like when", "what did you feel when", "what was it like when he",
    "what was it like when she", "what was it like when they", "what was it like to be hit",
    "what was it like to find", "from the beginning", "from the start", "step by step", "blow by blow",
    "minute by minute", "in detail", "relive", "reliving", "re-live", "describe the scene",
    "where were you standing", "where was he standing", "where was she standing", "how did he hit",
    "how did she hit", "where did he hit", "where did she hit" }))

-- Saying nobody has to, or refusing: everything after these words in the sentence is spared
-- ("you don't have to talk us through what happened").
local NOBODY_HAS_TO = { "you don't have to", "you do not have to", "nobody has to", "no one has to", "no-one has to",
  "nobody needs to", "no one needs to", "no need to", "we won't", "we will not", "we're not going to",
  "we are not going to", "i won't ask", "i'm not going to ask", "not asking you to", "without",
  "i don't want to", "i didn't want to", "i can't", "please don't ask" }
local spared = {}
for i, phrase in ipairs(NOBODY_HAS_TO) do spared[i] = words.phrase(phrase) .. ".*" end

retelling.unless = words.join(spared,
  words.phrases({ "what happens next", "what will happen next", "in detail later", "in detail with occupational health",
    "in detail in the review", "not in detail", "not go into detail", "not going into detail", "no detail",
    "how are you feeling now", "how are you now", "what do you need" }))

retelling.remind = "That asks someone to go over the incident, or their feelings during it, in detail. This "
  .. "session is not a psychological debrief: NICE guideline NG116 (2018) advises against psychologically-focused "
  .. "debriefing to prevent or treat PTSD (Circle's summary, not NICE's words). Thank them, bring it back to "
  .. "what people need now, and offer anyone who wants to talk a conversation one to one."

---The retelling family as a fidelity rule for `format { fidelity = { ... } }`.
---@param opts? { rule?: string, remind?: string, when?: string[], unless?: string[] }
---@return FidelityRule
function retelling.rule(opts) return words.rule(retelling, opts) end

return retelling
