-- Advice: giving advice or solutions, as a statement ("I think you should…") or dressed as a
-- question ("Would it help to…", "What if you…", "Wouldn't it be better…", "I wonder if you
-- could…"), anywhere in a sentence. For steps where members ask open questions or reflect on
-- feelings, not fix (an action learning set's questions, a Schwartz-style discussion).
--
-- Quiet on resonance ("I would have cried in that car too", "you must have been exhausted"),
-- open questions ("What about this feels hardest for you?", "What do you need to feel
-- supported?") and vulnerability ("I should have said something").
--
--   local advice = require("guards.advice")
--   fidelity = { advice.rule { rule = "open-questions", remind = "…" } }
--
-- The phrases are Circle's own, from the advice a trained facilitator hears in these groups.

local words = require("guards.words")

local advice = { name = "advice" }

advice.when = words.join(
  words.each({ "you" }, { "should", "shouldn't", "ought to", "need to", "must", "have to", "had better", "'d better",
    "'d be better", "would be better off", "might want to", "may want to", "might try", "might like to" }),
  words.each({ "you could" }, { "try", "always", "just", "ask", "talk", "speak", "ring", "call", "phone", "email",
    "write", "go", "take", "get", "raise", "book", "refer", "escalate", "contact", "say", "tell", "use", "look",
    "check", "do", "maybe", "perhaps", "arrange", "request", "put", "suggest", "consider", "hand" }),
  words.phrases({
    "could you not", "couldn't you", "can't you just", "can you not just",
    "have you thought about", "have you thought of", "have you tried", "have you considered",
    "why don't you", "why do you not", "why not", "what if you", "how about trying", "how about asking",
    "how about if you", "what about asking", "what about trying", "what about if you",
    "would it help to", "would it help if you", "would it not help", "wouldn't it help",
    "wouldn't it be better", "would it not be better", "wouldn't it be easier", "would it be better to",
    "would it be better if you", "it would be better if you", "it might be better to", "it might be better if you",
    "it might be worth", "it would be worth", "it'd be worth", "it's worth trying",
    "i wonder if you could", "i wonder if you might", "i wonder whether you could", "i wonder whether you might",
    "i wonder if you should", "i wonder if it would help", "i wonder if you've tried", "i wonder if you have tried",
    "i wonder if you've thought", "i wonder if you have thought",
    "if i were you", "if i was you", "if it was me", "if it were me", "in your shoes i'd", "in your shoes i would",
    "what i would do", "what i'd do", "what you need to do", "what you should do", "what you want to do is",
    "my advice", "my suggestion", "my tip", "i'd suggest", "i would suggest", "i suggest", "i'd recommend",
    "i would recommend", "i recommend", "i'd advise", "i would advise", "i advise", "the trick is to",
    "the best thing to do", "the best thing you can do", "make sure you", "don't forget to",
  }),
  words.each({ "i'd", "i would" }, { "ring", "call", "phone", "email", "tell", "speak to", "talk to", "ask",
    "refer", "escalate", "just", "go to", "put it in writing" }),
  {
    words.opening("try"), words.opening("just tell"), words.opening("just say"), words.opening("just ring"),
    words.opening("just ask"), words.opening("ask your"), words.opening("ask her"), words.opening("ask him"),
    words.opening("ask them"), words.opening("speak to"), words.opening("talk to your"), words.opening("tell your"),
    words.opening("tell her"), words.opening("tell him"), words.opening("tell them"), words.opening("ring"),
    words.opening("phone"), words.opening("escalate"), words.opening("refer"), words.opening("book"),
    words.opening("put it in writing"), words.opening("push back"), words.opening("say no"),
    words.opening("take it to"), words.opening("remember to"),
  })

advice.unless = words.join(
  words.phrases({
    -- resonance and empathy
    "you should have seen", "you should've seen", "you should have heard", "you should've heard",
    "you must be", "you must have been", "you must have felt", "you must have found", "you must have had",
    "you must've", "you could see", "you could hear", "you could feel",
    "you could tell that", "you could tell from", "you could tell how", "you could tell she",
    "you could tell he", "you could tell they", "you could tell it", "you could tell by",
    -- open questions
    "what do you need to", "what would you need to", "what else do you need to", "do you need to",
    "did you need to", "what might you need to", "do you have to", "did you have to", "you have to laugh", "i wonder if you could say", "i wonder if you could tell us",
    "i wonder if you could tell me", "i wonder if you could describe", "i wonder if you could share",
    "i wonder if you could talk about", "i wonder if you could help us understand",
  }),
  { "%f[%w]why not%s*[%?%.!]*$", "%f[%w]you could say that%f[%W]" })

advice.remind = "That sounds like advice or a solution (perhaps dressed as a question). Invite them to ask "
  .. "it as an open question (what, how, what would…), or to say what they are left feeling, or to hold on to it."

---The advice family as a fidelity rule for `format { fidelity = { ... } }`.
---@param opts? { rule?: string, remind?: string, when?: string[], unless?: string[] }
---@return FidelityRule
function advice.rule(opts) return words.rule(advice, opts) end

return advice
