-- Strengths Based Team Meeting (non-allocation): the 10-point discussion model.
--
-- Source: BASW / Social Workers Union, "Social Worker Wellbeing and Working Conditions:
-- Good Practice Toolkit" (Ravalier & Allen, version 1.2, November 2020), section 6 "Tools for
-- Teams", "Make time for team and peers": "Strengths Based Team Meeting (non-allocation) -
-- The 10-point discussion model".
--
-- The ten points below are quoted verbatim and in the toolkit's order; each is one round in
-- which everyone may speak (or pass). The s:say texts only paraphrase the toolkit's own
-- surrounding text. Point 6 records buddy pairs by handle; point 7 runs only if team members
-- want help, as the toolkit says.

-- The toolkit's ten points, word for word.
local POINTS = {
  "How am 'I' and how are 'We'?",
  "What strengths and wisdom do I bring to the team and how can this be shared?",
  "What are our collective strengths?",
  "How can 'we' value and support each other better?",
  "What needs to change to make this happen individually, in the team and the organisation?",
  "Buddy System – creating who is 'my'/'our' go to person inside or outside of the team?",
  "What are my/our signs of wellbeing and what can 'we' do to help – if team members want help",
  "Non mandatory options of team engagement and support (what works for one person may not work for someone else)",
  "Celebrating our successes",
  "How can we improve our resilience and wellbeing?",
}

-- Goes round the whole team with point n.
local function point(s, n)
  return s:round(POINTS[n], { guard = "non-allocation" })
end

return format {
  id = "strengths-based-team-meeting",
  version = 1,
  title = "Strengths Based Team Meeting (non-allocation)",
  summary = "The BASW/SWU toolkit's 10-point discussion model: a team meeting about how we are, our strengths, support, buddies and successes, not about allocating work.",
  minutes = 90,
  participants = { min = 3, max = 10 },
  agreement = [[This is a non-allocation meeting: no work is allocated here. We take the toolkit's ten points in order, listen actively to each other, and anyone may pass. What is said here stays here; only anonymised themes leave the room.]],
  source = "BASW/SWU, Social Worker Wellbeing and Working Conditions: Good Practice Toolkit (v1.2, Nov 2020), section 6 'Tools for Teams', 'Strengths Based Team Meeting (non-allocation) - The 10-point discussion model'",
  suitable = { "team meeting", "non-allocation", "wellbeing" },
  fidelity = {
    { rule = "non-allocation",
      when = { "allocat", "pick up [%w%s]-case", "pick up [%w%s]-referral", "take on [%w%s]-case" },
      remind = "This is a non-allocation meeting: note the case for the allocation meeting and come back to the point." },
  },

  run = function(s)
    s:phase("1. How am I, how are we", { minutes = 8 }, function()
      s:say("This is dedicated time as a team, outside the allocation meeting: time for the professional identity, wisdom, experience, skills and knowledge of colleagues, and for actively listening to each other. We go round for each of the ten points; anyone may pass.")
      point(s, 1)
    end)

    s:phase("2. Strengths and wisdom I bring", { minutes = 9 }, function()
      s:say("Every team member brings strengths and contributions, regardless of role. The team can use different models to identify strengths.")
      point(s, 2)
    end)

    s:phase("3. Our collective strengths", { minutes = 8 }, function()
      point(s, 3)
    end)

    s:phase("4. Valuing and supporting each other", { minutes = 8 }, function()
      point(s, 4)
    end)

    s:phase("5. What needs to change", { minutes = 9 }, function()
      point(s, 5)
    end)

    s:phase("6. Buddy system", { minutes = 14 }, function()
      point(s, 6)
      s:say("Now record the buddy pairs the team has agreed: first the person, then their go-to person.")
      local outside = "someone outside the team"
      local stop = "no more buddy pairs"
      local first_options = { table.unpack(s.participants) }
      first_options[#first_options + 1] = stop
      local go_to_options = { table.unpack(s.participants) }
      go_to_options[#go_to_options + 1] = outside
      local recorded = {}
      -- At most one go-to person named per team member.
      for _ = 1, #s.participants do
        local person = s:choose("Buddy system: whose go-to person shall we record?", first_options)
        if person == stop then break end
        local go_to = s:choose("Buddy system: who is their go-to person?", go_to_options)
        if go_to == person then
          s:say("A buddy pair needs two people; choose again.")
        elseif go_to == outside then
          if not recorded[person .. ">outside"] then
            recorded[person .. ">outside"] = true
            s:record("go-to-outside-team", person)
          end
        elseif not recorded[person .. ">" .. go_to] then
          recorded[person .. ">" .. go_to] = true
          s:record("buddy-pair", { person, go_to })
        end
      end
    end)

    s:phase("7. Signs of wellbeing", { minutes = 8 }, function()
      if s:confirm("Do team members want help with their signs of wellbeing today?") then
        point(s, 7)
      else
        s:say("Nobody wants help with this today; we move on to point 8.")
      end
    end)

    s:phase("8. Non-mandatory options", { minutes = 8 }, function()
      point(s, 8)
    end)

    s:phase("9. Celebrating our successes", { minutes = 8 }, function()
      s:say("Praise peers and your manager and celebrate individual and team successes.")
      point(s, 9)
    end)

    s:phase("10. Resilience and wellbeing", { minutes = 8 }, function()
      point(s, 10)
    end)
  end,
}
