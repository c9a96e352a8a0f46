-- A session that ends with one learning point and no theme tagged, so the closing review's
-- theme comes from the codebook's suggestion (used by the CLI's install tests).
return format {
  id = "learning-point", version = 1, title = "Learning point (test)",
  summary = "One learning point, filed under a theme the codebook suggests.",
  minutes = 10, participants = { min = 2, max = 6 },
  agreement = "What is said here stays here.", source = "test",
  run = function(s)
    s:phase("Learning", { minutes = 10 }, function()
      s:record("learning-point", s:ask(s.participants[1], "What have we learned?", { pass = false }))
    end)
  end,
}
