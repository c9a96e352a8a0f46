-- A phase whose time box (about a second) runs out while the facilitator is still at a step:
-- the terminal and the room's pages say time is up when it happens (the CLI and room tests).
return format {
  id = "short-time-box", version = 1, title = "Short time box (test)",
  summary = "One round in a phase of about a second.",
  minutes = 1, participants = { min = 2, max = 6 },
  agreement = "What is said here stays here.", source = "test",
  run = function(s)
    s:phase("Quick round", { minutes = 0.02 }, function()
      s:round("How are you arriving today?")
    end)
  end,
}
