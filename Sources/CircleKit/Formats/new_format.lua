-- {{TITLE}}: a Circle session format.
-- Check it with:     circle lint {{FILE}}.lua
-- Try it with:       circle rehearse {{ID}} --rehearsal my_rehearsal.yaml
-- The host API is described in docs/authoring.md.

return format {
  id = "{{ID}}",
  version = 1,
  title = "{{TITLE}}",
  summary = "One sentence a facilitator reads in `circle formats`.",
  minutes = 60,
  participants = { min = 3, max = 10 },
  -- roles = { presenter = { count = 1 } },
  agreement = [[What is said here stays here. Only anonymised themes leave the room.]],
  suitable = { "in person", "remote" },
  source = "Which published model this follows, and where it is described.",

  run = function(s)
    s:phase("Check-in", { minutes = 10 }, function()
      s:say("Welcome. Let's start with a short round; anyone may pass.")
      s:round("How are you arriving today?", { pass = true })
    end)

    s:phase("Reflection", { minutes = 40 }, function()
      local answers = s:round("What would you like to think about together?")
      if #answers > 0 and s:confirm("Take the first issue raised?") then
        s:round("What do you notice as you hear this?")
      end
    end)

    s:phase("Close", { minutes = 10 }, function()
      s:round("One word to take away", { pass = true })
    end)
  end,
}
