-- A short format for the room display's tests: a spoken round, a written round, a choice and a confirmation.
return format {
  id = "room-test",
  version = 1,
  title = "Room display test",
  summary = "A short session that touches every kind of step the room display shows.",
  minutes = 20,
  participants = { min = 2, max = 40 },
  agreement = "What is said here stays here; anyone may pass.",
  source = "Circle's own tests",
  run = function(s)
    s:phase("Arriving", { minutes = 5 }, function()
      s:round("How are you arriving today?")
    end)
    s:phase("Left feeling", { minutes = 10 }, function()
      s:round("What are you left feeling?", { written = true })
      local _, n = s:choose("Which way next?", { "Reflect", "Close" })
      if n == 1 then s:ask(s.participants[1], "What stays with you?") end
      if s:confirm("Is everyone ready to close?") then s:record("learning-point", "Amira noticed the group closed together.") end
    end)
  end,
}
