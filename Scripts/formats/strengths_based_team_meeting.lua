-- Strengths Based Team Meeting (non-allocation): the 10-point discussion model.
--
-- Source: BASW / Social Workers Union, "Social Worker Wellbeing and Working Conditions:
-- Good Practice Toolkit" (Ravalier & Allen, version 1.2, November 2020), section 6 "Tools for
-- Teams", "Make time for team and peers": "Strengths Based Team Meeting (non-allocation) -
-- The 10-point discussion model".
--
-- What follows the source: the ten points, quoted verbatim and in the toolkit's order, each one
-- round in which everyone may speak (or pass); the s:say texts at points 1, 2 and 9, which
-- paraphrase the toolkit's own surrounding text ("Make time for team and peers", "Team to use
-- different models to identify strengths"). Point 7 is asked of everyone: in the toolkit the
-- condition "– if team members want help" belongs to the help ("what can 'we' do to help"),
-- not to the signs of wellbeing.
--
-- The format's own wording and steps (not the toolkit's): offering to spread the ten points over
-- two meetings; the opt-in help after point 7; buddy pairs recorded only when both people agree,
-- and carried to the next meeting; at point 5, reading out what senior leaders said they did about
-- earlier feedback ("you said, we did", s.responses); feedback for senior leaders that the group
-- agrees at points 5 and 10, the meeting's "what should leaders hear?" step, each item keeping the
-- theme tagged on it (Scripts/lib/feedback_up.lua); the agreement, signposting, check-out and anonymous
-- evaluation from Scripts/lib (Circle's own wording, quoting the toolkit where they say so).

local agreement = require("agreement")
local signposting = require("signposting")
local checkout = require("checkout")
local evaluation = require("evaluation")
local allocation = require("guards.allocation")
local words = require("guards.words")
local feedback_up = require("feedback_up")

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

-- Each point's phase: its name and its time box when all ten are taken in one meeting
-- (80 minutes between them; the agreement and the check-out have the other 10). Spread over two
-- meetings, each half is given the 80 minutes, so each point has about twice the time.
local PHASES = {
  { name = "1. How am I, how are we", minutes = 7 },
  { name = "2. Strengths and wisdom I bring", minutes = 8 },
  { name = "3. Our collective strengths", minutes = 7 },
  { name = "4. Valuing and supporting each other", minutes = 7 },
  { name = "5. What needs to change", minutes = 8 },
  { name = "6. Buddy system", minutes = 12 },
  { name = "7. Signs of wellbeing", minutes = 8 },
  { name = "8. Non-mandatory options", minutes = 7 },
  { name = "9. Celebrating our successes", minutes = 8 },
  { name = "10. Resilience and wellbeing", minutes = 8 },
}
local POINTS_MINUTES = 80

local ONE_MEETING = "All ten points in this meeting"
local TWO_MEETINGS = "Points 1 to 5 now, points 6 to 10 at our next meeting"
local OUTSIDE = "someone outside the team"
local NO_MORE_PAIRS = "no more buddy pairs"

-- Goes round the whole team with point n.
local function point(s, n)
  return s:round(POINTS[n], { guard = "non-allocation" })
end

-- Point 6: last meeting's buddy pairs, kept if both still agree, then new pairs, each recorded
-- only when both people have said yes. All are carried to the next meeting as one list.
local function buddy_pairs(s)
  point(s, 6)
  local pairs_kept = {}
  local carried = s.carried["buddy-pairs"] or {}
  if #carried > 0 then
    s:say("At our last meeting the team agreed these buddy pairs: " .. table.concat(carried, "; ") .. ".")
    for _, pair in ipairs(carried) do
      if s:confirm("Do both people still want the pair " .. pair .. "?") then pairs_kept[#pairs_kept + 1] = pair end
    end
  end
  s:say("Now any new buddy pairs. A pair is recorded only when both people have said yes to it here; "
    .. "a go-to person outside the team needs only the team member's yes.")
  local first_options = { table.unpack(s.participants) }
  first_options[#first_options + 1] = NO_MORE_PAIRS
  local go_to_options = { table.unpack(s.participants) }
  go_to_options[#go_to_options + 1] = OUTSIDE
  local seen = {}
  for _, pair in ipairs(pairs_kept) do seen[pair] = true end
  for _ = 1, #s.participants do
    local person = s:choose("Buddy system: whose go-to person shall we record?", first_options)
    if person == NO_MORE_PAIRS then break end
    local go_to = s:choose("Buddy system: who is their go-to person?", go_to_options)
    local pair
    if go_to == person then
      s:say("A buddy pair needs two people; choose again.")
    elseif go_to == OUTSIDE then
      if s:confirm(person .. " has a go-to person outside the team: has " .. person .. " said yes to recording it?") then
        pair = person .. " with a go-to person outside the team"
      end
    elseif s:confirm("Have both " .. person .. " and " .. go_to .. " said yes to being buddies?") then
      pair = person .. " with " .. go_to
    else
      s:say("Not recorded: a buddy pair needs both people's yes. They can agree it between themselves later.")
    end
    if pair and not seen[pair] then
      seen[pair] = true
      pairs_kept[#pairs_kept + 1] = pair
    end
  end
  -- Recorded once, as a list: it replaces what was carried from the last meeting.
  s:record("buddy-pairs", pairs_kept, { carry = true })
end

-- Point 7: everyone is asked about signs of wellbeing; help is only for those who want it.
local function signs_of_wellbeing(s)
  s:say("Everyone is asked about their signs of wellbeing. The help is only for those who want it: "
    .. "anyone may say what would help them, or pass.")
  point(s, 7)
  if s:confirm("Does anyone want help from the team with what they named?") then
    s:round("What can 'we' do to help? (Those who asked for help say what would help; others may offer.)")
  end
end

-- What each point does besides its round, if anything.
local EXTRAS = {
  [1] = function(s)
    s:say("This is dedicated time as a team, outside the allocation meeting: time for the professional identity, "
      .. "wisdom, experience, skills and knowledge of colleagues, and for actively listening to each other. "
      .. "We go round for each point; anyone may pass.")
  end,
  [2] = function(s)
    s:say("Every team member brings strengths and contributions, regardless of role. The team can use different "
      .. "models to identify strengths.")
  end,
  [9] = function(s)
    s:say("Praise peers and your manager and celebrate individual and team successes.")
  end,
}

return format {
  id = "strengths-based-team-meeting",
  version = 3,
  title = "Strengths Based Team Meeting (non-allocation)",
  summary = "The BASW/SWU toolkit's 10-point discussion model: a team meeting about how we are, our strengths, support, buddies and successes, not about allocating work; in one meeting or spread over two.",
  minutes = 90,
  participants = { min = 3, max = 10 },
  agreement = agreement.field("This is a non-allocation meeting: no work is allocated here. We take the toolkit's ten points in order, listen actively to each other, and anyone may pass. What is said here stays here; only anonymised themes, and feedback the team agrees to send to senior leaders, leave the room."),
  source = "BASW/SWU, Social Worker Wellbeing and Working Conditions: Good Practice Toolkit (v1.2, Nov 2020), section 6 'Tools for Teams', 'Strengths Based Team Meeting (non-allocation) - The 10-point discussion model'",
  suitable = { "team meeting", "non-allocation", "wellbeing" },
  fidelity = {
    -- The allocation family, plus handing over one's own work ("if someone could pick up my new referral").
    allocation.rule { rule = "non-allocation",
      when = words.each({ "pick up", "take on", "cover" }, { "my referral", "my new referral", "my case", "my new case",
        "my visit", "my visits", "my duty" }) },
  },

  run = function(s)
    local first, last = 1, 10
    local next_point = (s.carried["next-point"] or {})[1]
    if next_point == "6" then
      first = 6
    end

    s:phase("Agreement", { minutes = 5 }, function()
      agreement.run(s, {
        facilitator = "The colleague leading this meeting (often the team manager)",
        confidentiality = "This is a non-allocation meeting: no work is allocated here. What is said here stays "
          .. "here; only anonymised themes, and feedback the team agrees to send to senior leaders, leave the room.",
        rules = { "We take the toolkit's ten points in order and listen actively to each other." },
      })
      if first == 6 then
        s:say("At our last meeting we took points 1 to 5; today we take points 6 to 10.")
      else
        s:say("Ten rounds in one meeting leave each person under a minute a point in a large team. "
          .. "We can take all ten today, or points 1 to 5 now and 6 to 10 at our next meeting.")
        if s:choose("Take the ten points in one meeting, or spread them over two?", { ONE_MEETING, TWO_MEETINGS }) == TWO_MEETINGS then
          last = 5
          s:record("next-point", "6", { carry = true })
        end
      end
    end)

    local total = 0
    for n = first, last do total = total + PHASES[n].minutes end
    for n = first, last do
      local minutes = math.floor(PHASES[n].minutes * POINTS_MINUTES / total)
      s:phase(PHASES[n].name, { minutes = minutes }, function()
        if EXTRAS[n] then EXTRAS[n](s) end
        if n == 6 then
          buddy_pairs(s)
        elseif n == 7 then
          signs_of_wellbeing(s)
        elseif n == 5 or n == 10 then
          if n == 5 then feedback_up.responses(s) end
          -- What needs to change, and how to improve resilience: the team may send some of it up.
          feedback_up.from(s, point(s, n))
        else
          point(s, n)
        end
      end)
    end

    -- Buddy pairs not revisited in this meeting are carried on unchanged.
    if last < 6 and s.carried["buddy-pairs"] then
      s:record("buddy-pairs", s.carried["buddy-pairs"], { carry = true })
    end

    s:phase("Support and check-out", { minutes = 5 }, function()
      signposting.run(s)
      checkout.run(s, { brief = true })
      evaluation.run(s)
    end)
  end,
}
