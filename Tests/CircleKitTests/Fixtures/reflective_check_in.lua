-- A test format that uses every part of the host API. Not shipped.
return format {
  id = "reflective-check-in",
  version = 2,
  title = "Reflective check-in (test)",
  summary = "Exercises the host API for Circle's tests.",
  minutes = 30,
  participants = { min = 2, max = 6 },
  roles = { presenter = { count = 1 }, member = { min = 1 } },
  agreement = "What is said here stays here.",
  suitable = { "test" },
  source = "Circle's test suite",
  themes = { { id = "test-theme", label = "A theme for tests" } },
  fidelity = {
    { rule = "open-questions", when = { "^have you thought", "^why don't you" },
      remind = "That sounds like advice: invite an open question instead." },
  },

  run = function(s)
    s:phase("Arriving", { minutes = 5 }, function()
      s:say("Welcome. Anyone may pass.")
      local answers = s:round("How are you arriving today?")
      s:record("arrivals", tostring(#answers))
    end)

    s:phase("Choosing", { minutes = 5 }, function()
      local presenter = s:choose("Who will present?", s.participants)
      s:assign("presenter", presenter)
      for _, p in ipairs(s.participants) do
        if p ~= presenter then s:assign("member", p) end
      end
      s:ask(s.role.presenter, "What would you like to bring?")
    end)

    s:phase("Questions", { minutes = 10 }, function()
      s:round("Your open question", { roles = "member", repeat_until_pass = true, guard = "open-questions" })
      if s:confirm("Has the presenter heard enough questions?") then
        s:theme("test-theme", "questions came easily")
      end
    end)

    s:phase("Closing", { minutes = 5 }, function()
      s:pause("A minute of quiet")
      s:round("One word to take away", { order = "reversed" })
    end)
  end,
}
