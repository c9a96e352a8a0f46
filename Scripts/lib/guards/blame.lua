-- Blame: fault-finding and blaming a person, anywhere in a sentence ("it was her fault", "they
-- should have known", "he's useless"). For steps that ask for a learning culture rather than a
-- blaming one (the middle leaders' "What mistakes have we made?").
--
-- Quiet on vulnerability and owning a mistake ("I felt useless when the inspection feedback came
-- in", "it was my fault", "I dropped the ball"), on reassurance ("it's not your fault"), on
-- talking about blame culture itself ("we have a blame culture") and on words that only contain
-- a blaming one ("the default settings").
--
--   local blame = require("guards.blame")
--   fidelity = { blame.rule { rule = "no-blame" } }
--
-- The phrases are Circle's own; the default reminder quotes the PSDP middle leaders' sheet.

local words = require("guards.words")

local blame = { name = "blame" }

blame.when = words.join(
  words.phrases({ "fault", "faults", "to blame", "blame", "blamed", "blaming", "useless", "hopeless", "lazy",
    "careless", "negligent", "sloppy", "stupid", "idiot", "idiots", "clueless", "dropped the ball", "messed up",
    "screwed up", "let us down", "let the family down", "let the child down", "no excuse", "no excuse for" }),
  { words.stem("incompeten") },
  words.each({ "she", "he", "they", "you", "management", "the manager", "the school", "the police", "health",
    "the iro", "the court", "the agency worker", "the locum", "the duty team", "whoever" },
    { "should have known", "should've known", "should have seen it", "should have spotted", "should have picked it up",
      "should have checked", "never bothered", "can't be trusted", "couldn't be bothered", "didn't bother" }),
  words.phrases({ "whose fault", "who's to blame", "heads should roll", "someone should be held accountable" }))

blame.unless = words.join(
  words.phrases({
    -- vulnerability and owning one's part
    "i felt useless", "i feel useless", "felt so useless", "feel so useless", "made me feel useless",
    "left me feeling useless", "i felt hopeless", "i feel hopeless", "felt so hopeless", "made me feel hopeless",
    "i felt stupid", "i feel stupid", "felt so stupid", "made me feel stupid", "felt like an idiot",
    "feel like an idiot", "i felt incompetent", "i feel incompetent", "made me feel incompetent",
    "feel like i'm to blame", "felt like i was to blame", "i blamed myself", "i blame myself", "blaming myself",
    "my fault", "my own fault", "our fault", "i'm to blame", "i was to blame", "we were to blame", "i messed up",
    "we messed up", "i screwed up", "i dropped the ball", "we dropped the ball",
    -- reassurance
    "not your fault", "wasn't your fault", "isn't your fault", "nobody's fault", "no one's fault", "no-one's fault",
    "not anyone's fault", "not about fault", "not about blame", "no blame", "without blame", "nobody is to blame",
    "no one is to blame", "not to blame", "don't blame yourself", "not blaming",
    -- talking about blame culture
    "blame culture", "blaming culture", "culture of blame", "blaming response", "fear of blame", "fear of being blamed",
    "being blamed", "afraid of being blamed", "scared of being blamed", "worried about being blamed",
  }),
  {})

blame.remind = "The PSDP middle leaders' sheet asks for a culture that 'avoids a blaming response to mistakes', "
  .. "one 'where mistakes are understood, where a blame culture is not allowed to flourish' (Hardy 2017): "
  .. "bring it back to what happened and what we can learn."

---The blame family as a fidelity rule for `format { fidelity = { ... } }`.
---@param opts? { rule?: string, remind?: string, when?: string[], unless?: string[] }
---@return FidelityRule
function blame.rule(opts) return words.rule(blame, opts) end

return blame
