-- Evaluation: an anonymous evaluation of the session, as a written round (cards or phones on the
-- room display), not a named go-round. Load it with `local evaluation = require("evaluation")`.
--
-- The wording is Circle's own.

local evaluation = {}

evaluation.PROMPT = "How was this session for you: what helped, and what would you change?"

---Runs the evaluation: a written round, anonymous (no author is kept anywhere, journal included).
---With `record`, the cards are kept as a record under that key, so they go through the closing
---review (anonymiser and the facilitator's approval) like any other item that leaves the room.
---@param s Session
---@param opts? { prompt?: string, record?: string }
---@return string[] the written cards' texts
function evaluation.run(s, opts)
  opts = opts or {}
  s:say("An anonymous evaluation: write a line or two, without your name. Nobody will know who wrote what.")
  local cards = {}
  for _, card in ipairs(s:round(opts.prompt or evaluation.PROMPT, { written = true })) do
    cards[#cards + 1] = card.text
  end
  if opts.record and #cards > 0 then s:record(opts.record, cards) end
  return cards
end

return evaluation
