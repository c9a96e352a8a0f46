-- For GuardFamilyTests: every guard family of Scripts/lib/guards as a fidelity rule; the test
-- picks a family, then gives one sentence per turn (pass to pick the next family).
local families = { "advice", "blame", "action", "questions", "allocation", "retelling", "certainty", "interpretation" }
local fidelity = {}
for i, name in ipairs(families) do fidelity[i] = require("guards." .. name).rule() end
local options = { table.unpack(families) }
options[#options + 1] = "done"

return format {
  id = "guard-probe",
  version = 1,
  title = "Guard probe",
  summary = "Runs each guard family over the sentences a test gives it.",
  minutes = 60,
  participants = { min = 1, max = 1 },
  agreement = "A test.",
  source = "Tests/CircleKitTests/GuardFamilyTests.swift",
  fidelity = fidelity,
  run = function(s)
    while true do
      local family = s:choose("Which guard family?", options)
      if family == "done" then return end
      while s:ask("P1", "A sentence", { guard = family }) do end
    end
  end,
}
