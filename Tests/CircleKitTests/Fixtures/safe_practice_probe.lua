-- For SafePracticeTests: the Scripts/lib safe-practice modules in one short session, and rounds
-- to step out of and back into.
local agreement = require("agreement")
local signposting = require("signposting")
local checkout = require("checkout")
local evaluation = require("evaluation")

return format {
  id = "safe-practice-probe",
  version = 1,
  title = "Safe practice probe",
  summary = "The safe-practice modules, end to end.",
  minutes = 30,
  participants = { min = 3, max = 3 },
  agreement = agreement.field("What is said here stays here."),
  source = "Tests/CircleKitTests/SafePracticeTests.swift",
  run = function(s)
    s:phase("Agreement", function()
      agreement.run(s, { facilitator = "The practice supervisor", rules = { "No names of children or families." } })
      signposting.run(s)
    end)
    s:phase("Rounds", function()
      s:round("First round")
      s:round("Second round")
      local text = s:ask("P2", "Just you, P2")
      s:say("P2's turn: " .. (text or "not taken"))
    end)
    s:phase("Close", function()
      checkout.run(s, { brief = true })
      evaluation.run(s)
    end)
  end,
}
