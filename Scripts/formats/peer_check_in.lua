-- Peer Check-in: a short team format.
--
-- Source: BASW / Social Workers Union, "Social Worker Wellbeing and Working Conditions:
-- Good Practice Toolkit" (Ravalier & Allen, version 1.2, November 2020), section 6 "Tools for
-- Teams", "Peer support and coaching in teams and organisations", Fig. 7 "Peer 'Check-in'":
-- "Providing informal and formal support to peers and manager in the team" —
--   ● How are you?
--   ● Lunch / time for a coffee
--   ● Checking in with a colleague after difficult conversation
--   ● Checking in with colleagues returning to work following leave, sickness, compassionate leave
--   ● Students and new staff – making time to make them feel welcome
--
-- Each bullet of the toolkit's row becomes one step, quoting its wording; nothing else is
-- added. The s:say texts only paraphrase the toolkit's surrounding text.

-- Picks, one at a time, the colleagues a check-in is for (handles), until "nobody else".
-- The options never change, so the step reads the same every time; someone picked twice is
-- kept once.
local function pick_people(s, prompt)
  local options = { table.unpack(s.participants) }
  options[#options + 1] = "nobody else"
  local picked, seen = {}, {}
  for _ = 1, #s.participants do
    local person = s:choose(prompt, options)
    if person == "nobody else" then break end
    if not seen[person] then
      seen[person] = true
      picked[#picked + 1] = person
    end
  end
  return picked
end

return format {
  id = "peer-check-in",
  version = 1,
  title = "Peer Check-in",
  summary = "The BASW/SWU toolkit's peer check-in: how are you, checking in after difficult conversations and on return to work, welcoming students and new staff, and time for lunch or a coffee.",
  minutes = 15,
  participants = { min = 2, max = 10 },
  agreement = [[Providing informal and formal support to peers and manager in the team. Anyone may pass. What is said here stays here; only anonymised themes leave the room.]],
  source = "BASW/SWU, Social Worker Wellbeing and Working Conditions: Good Practice Toolkit (v1.2, Nov 2020), section 6 'Tools for Teams', 'Peer support and coaching in teams and organisations', Fig. 7 Peer 'Check-in'",
  suitable = { "team", "short", "wellbeing" },

  run = function(s)
    s:phase("How are you?", { minutes = 4 }, function()
      s:say("A peer check-in: something as simple as a quick 'how are you doing today?'")
      s:round("How are you?")
    end)

    s:phase("Checking in", { minutes = 7 }, function()
      for _, person in ipairs(pick_people(s, "Checking in with a colleague after difficult conversation: who would like a check-in?")) do
        s:say("Checking in with " .. person .. " after a difficult conversation.")
        s:ask(person, "Checking in after a difficult conversation: how are you?")
      end
      for _, person in ipairs(pick_people(s, "Checking in with colleagues returning to work following leave, sickness, compassionate leave: who is returning?")) do
        s:say("Checking in with " .. person .. " on returning to work.")
        s:ask(person, "Checking in on your return to work: how are you?")
      end
      local new = pick_people(s, "Students and new staff – making time to make them feel welcome: who is new?")
      if #new > 0 and #new < #s.participants then
        s:say("Making time to make " .. table.concat(new, ", ") .. " feel welcome.")
        s:round("Students and new staff – making time to make them feel welcome: a welcome from you", { skip = new })
      end
    end)

    s:phase("Lunch / time for a coffee", { minutes = 3 }, function()
      s:say("Take time to have lunch away from the office and have a catch up, or make a hot drink together.")
      s:round("Lunch / time for a coffee: when will you take a break with a colleague?")
    end)
  end,
}
