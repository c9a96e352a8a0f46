-- {{TITLE}}: a Circle session format.
-- Check it with:     circle lint {{FILE}}.lua
-- Try it with:       circle rehearse {{ID}} --rehearsal my_rehearsal.yaml
-- The host API and the Scripts/lib modules are described in docs/authoring.md.
--
-- It starts from Circle's safe-practice modules (Scripts/lib): the agreement with the limits of
-- confidentiality, signposting to support, a check-out and an anonymous evaluation. Keep them;
-- change the middle.

local agreement = require("agreement")
local signposting = require("signposting")
local checkout = require("checkout")
local evaluation = require("evaluation")
local advice = require("guards.advice")

return format {
  id = "{{ID}}",
  version = 1,
  title = "{{TITLE}}",
  summary = "One sentence a facilitator reads in `circle formats`.",
  minutes = 60,
  participants = { min = 3, max = 10 },
  -- roles = { presenter = { count = 1 } },
  agreement = agreement.field("What is said here stays here. Only anonymised themes leave the room."),
  suitable = { "in person", "remote" },
  source = "Which published model this follows, and where it is described.",
  -- Reminds the facilitator when someone gives advice; use it with { guard = "advice" }.
  fidelity = { advice.rule() },

  run = function(s)
    s:phase("Agreement", { minutes = 8 }, function()
      agreement.run(s, { facilitator = "The practice supervisor" })
      signposting.run(s)
    end)

    s:phase("Check-in", { minutes = 7 }, function()
      s:round("How are you arriving today?")
    end)

    s:phase("Reflection", { minutes = 30 }, function()
      local answers = s:round("What would you like to think about together?")
      if #answers > 0 and s:confirm("Take the first issue raised?") then
        s:round("What do you notice as you hear this?", { guard = "advice" })
      end
    end)

    s:phase("Check-out", { minutes = 15 }, function()
      checkout.run(s)
      evaluation.run(s)
    end)
  end,
}
