-- A short format for the room tests of what the room view holds up: a written round that takes two
-- contributions from each device, a spoken round (whose turn, and who is next up), a read-aloud
-- phase (lines to read, nothing asked) that waits for the facilitator, and a closing round.
return format {
  id = "read-aloud",
  version = 1,
  title = "Read-aloud test",
  summary = "A written round of two each, a round, a phase of lines to read, and a closing round.",
  minutes = 20,
  participants = { min = 2, max = 10 },
  agreement = "What is said here stays here; anyone may pass.",
  source = "Circle's own tests",
  run = function(s)
    s:phase("Helped", { minutes = 5 }, function()
      s:round("Up to two things that helped this week", { written = true, per_device = 2 })
    end)
    s:phase("Arriving", { minutes = 5 }, function()
      s:round("How are you arriving today?")
    end)
    s:phase("Statements", { minutes = 5 }, function()
      s:say("Read these statements and consider which apply to you all, some or none of the time:")
      s:say("I am visible and available to the people I supervise.")
      s:say("I avoid sending emails outside office hours.")
    end)
    s:phase("Closing", { minutes = 5 }, function()
      s:round("One word to close?")
    end)
  end,
}
