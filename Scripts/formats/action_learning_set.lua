-- Action learning set: one meeting of a set, with one presenter.
--
-- Model and owner: action learning, originated by Reg Revans: a small set of peers meets
-- regularly; one member brings a real issue, the others help mainly by asking questions
-- rather than giving advice, and the presenter decides what they will do and reports back
-- at the next meeting.
--
-- Seeds that mention it:
--   BASW / Social Workers Union, "Social Worker Wellbeing and Working Conditions: Good Practice
--   Toolkit" (Ravalier & Allen, v1.2, 2020), "Group and peer supervision"
--   (seeds/basw-wellbeing-working-conditions-toolkit.txt:811): "Supervision is sometimes
--   provided in action learning and/or peer group contexts. These can be powerful and beneficial
--   and can supplement one to one supervision."
--   PSDP Knowledge Briefing, "Practising relationship-based social work"
--   (seeds/psdp-knowledge-briefing-relationship-based-practice.txt:278): "What other channels
--   might provide you with containment? Peer support? Action learning sets?"
--   PSDP Senior Managers' Briefing, "Emotions, relationships and resilience in child and family
--   social work" (seeds/psdp-senior-managers-emotions-relationships-resilience.txt:115):
--   "group supervision and practice development events, action learning sets, ..."
--   PSDP Senior Managers' Briefing, "Your journey to being a supervisor"
--   (seeds/psdp-senior-managers-journey-to-supervisor.txt:113): "Built-in support mechanisms
--   such as peer supervision and action learning sets."
--
-- What follows a source: the shape of action learning (Revans): a closed set meeting over an
-- agreed run of meetings, a set adviser who holds the process, a presenter who owns their issue,
-- members who help by questions rather than advice, actions the presenter reports on next time.
-- Every s:say text and prompt is the format's own wording; the seeds only mention action
-- learning sets, they do not describe one.
--
-- Stages: the agreement and check-in; the set's contract (at its first meeting: closed membership,
-- how many meetings; then carried, with the meeting's number); review of the actions agreed at the last
-- meeting, each asked of the person who agreed it (carried on this laptop under handles, never
-- exported); bids for time, with who has presented at earlier meetings (carried) so airtime
-- rotates; the presenter's uninterrupted account; clarifying questions and the presenter's
-- answers; open questions only, with a reminder when advice comes dressed as a question, and the
-- presenter's reply; the presenter's reflection and actions (carried to the next meeting; a
-- decision about a child is not an action here: it belongs on the child's record); what senior
-- leaders should hear, written anonymously and agreed by the set (Circle's own step and wording,
-- Scripts/lib/feedback_up.lua, which first reads out what leaders did about earlier feedback); a review of how
-- the set worked, as an anonymous written round; signposting and the check-out. The agreement,
-- signposting, check-out, evaluation and the note on decisions about a child come from
-- Scripts/lib (Circle's own wording, quoting the BASW toolkit where they say so).

local roles = require("roles")
local agreement = require("agreement")
local signposting = require("signposting")
local checkout = require("checkout")
local evaluation = require("evaluation")
local case_decisions = require("case_decisions")
local advice = require("guards.advice")
local feedback_up = require("feedback_up")

-- Whether `person` is one of today's handles.
local function is_here(s, person)
  for _, p in ipairs(s.participants) do
    if p == person then return true end
  end
  return false
end

local MEETINGS = { "4", "6", "8", "10" }

-- The set's contract: agreed at its first meeting, then carried. Returns this meeting's
-- number and the number of meetings agreed (both nil when the set did not agree a contract).
local function contract(s)
  local carried = s.carried.contract or {}
  local meeting, of = tonumber(carried[1] or ""), tonumber(carried[2] or "")
  if meeting and of then
    meeting = meeting + 1
    s:say("Our contract, agreed at our first meeting: the set's membership is closed, and we meet " .. of
      .. " times. This is meeting " .. meeting .. " of " .. of .. "." .. (meeting >= of
        and " It is our last: leave time at the end to look back at what the set has done." or ""))
    return meeting, of
  end
  s:say("This is the set's first meeting: agree its contract. A set is closed: the same members each time, "
    .. "nobody joins partway, and what is said stays in the set. The set meets for an agreed number of "
    .. "meetings; each meeting one member presents, and over the run everyone has their turn.")
  local count = tonumber((s:choose("How many meetings will the set hold?", MEETINGS)))
  if s:confirm("Has every member agreed: closed membership, " .. count .. " meetings, and attending each one?") then
    return 1, count
  end
  s:say("Without an agreed contract this is a single meeting. Come back to the contract next time.")
  return nil, nil
end

return format {
  id = "action-learning-set",
  version = 3,
  title = "Action learning set",
  summary = "One meeting of an action learning set: actions from last time reviewed, one presenter brings "
    .. "an issue, the set helps with questions rather than advice, and the presenter agrees actions "
    .. "to report on next time.",
  minutes = 90,
  participants = { min = 4, max = 8 },
  roles = { presenter = { count = 1 }, member = { min = 3 } },
  agreement = agreement.field("The set adviser (the facilitator) holds the process and the time; they do not present or advise. What is said in the set stays in the set; only anonymised themes, and feedback the set agrees to send to senior leaders, leave it. No names of children, families or colleagues: say \"the mum\", \"a seven-year-old\". The presenter owns the issue and decides what to do; members help by asking questions, not by giving advice. Anyone may pass. The actions we agree are kept on this laptop under each owner's pseudonym in the set (Alder, Beech...), never names, for our next meeting, and are never exported."),
  source = "Action learning (Reg Revans): the action learning set. Mentioned in BASW/SWU, 'Social Worker "
    .. "Wellbeing and Working Conditions: Good Practice Toolkit' (Ravalier & Allen, v1.2, 2020), 'Group and "
    .. "peer supervision'; and in the DfE-funded Practice Supervisor Development Programme (Research in "
    .. "Practice) briefings 'Practising relationship-based social work', 'Emotions, relationships and "
    .. "resilience in child and family social work' and 'Your journey to being a supervisor'.",
  suitable = { "peer group", "regular set", "practice supervisors" },
  fidelity = {
    advice.rule { rule = "open-questions",
      remind = "That sounds like advice dressed as a question. Invite the member to ask it as an open "
        .. "question (what, how, what would...), or to hold on to it." },
  },

  run = function(s)
    s:phase("Agreement and check-in", { minutes = 8 }, function()
      agreement.run(s, {
        facilitator = "The set adviser",
        confidentiality = "What is said in the set stays in the set; only anonymised themes, and feedback the set agrees to send to "
          .. "senior leaders, leave the room. The "
          .. "actions we agree are kept on this laptop under handles, never names, for our next meeting, and are "
          .. "never exported.",
        rules = {
          "No names of children, families or colleagues: say \"the mum\", \"a seven-year-old\".",
          "The presenter owns the issue and decides what to do; members ask, they do not advise.",
        },
      })
      s:round("How are you arriving today?")
    end)

    local meeting, of
    s:phase("The set's contract", { minutes = 5 }, function()
      meeting, of = contract(s)
    end)

    s:phase("Review of last meeting's actions", { minutes = 6 }, function()
      local actions = s.carried.actions or {}
      if #actions == 0 then
        s:say("There are no actions carried from the last meeting of this set.")
        return
      end
      s:say("At our last meeting these actions were agreed. Each owner says briefly how it went; the set "
        .. "listens. (Each action names its owner by the pseudonym they keep in this set, whatever seat "
        .. "they take.)")
      for _, action in ipairs(actions) do
        local owner, what = action:match("^(%u[%w]*):%s*(.+)$")
        if owner and is_here(s, owner) then
          s:ask(owner, "Last time you agreed: \"" .. what .. "\". How did it go?")
        else
          s:say("Last time: " .. action .. ". Its owner is not here today: bring it back next time.")
        end
      end
    end)

    local presented = {}
    for _, p in ipairs(s.carried.presented or {}) do presented[#presented + 1] = p end
    s:phase("Bids for time", { minutes = 5 }, function()
      local waiting = {}
      local done = {}
      for _, p in ipairs(presented) do done[p] = true end
      for _, p in ipairs(s.participants) do
        if not done[p] then waiting[#waiting + 1] = p end
      end
      if #presented > 0 and #waiting > 0 then
        s:say("Presented at earlier meetings: " .. table.concat(presented, ", ") .. ". Not yet: "
          .. table.concat(waiting, ", ") .. ". Those who have not yet presented have first call on today's time.")
      elseif #presented > 0 then
        s:say("Everyone here has presented once: the turns start again.")
        presented = {}
      end
      s:round("Briefly, what issue would you like to bring today?")
      local presenter = s:choose("Who will present today?", s.participants)
      roles.one_and_others(s, "presenter", presenter, "member")
      presented[#presented + 1] = presenter
      -- Who has presented, carried so that airtime rotates across the set's meetings.
      s:record("presented", presented, { carry = true })
    end)

    s:phase("The presenter's account", { minutes = 10 }, function()
      s:say("Members listen without interrupting: no questions or comments yet. The time is the presenter's.")
      s:ask(s.role.presenter, "Tell the set about your issue, in your own words: what is happening, and what "
        .. "you would like from the set today.", { pass = false })
    end)

    s:phase("Clarifying questions", { minutes = 10 }, function()
      s:say("Clarifying questions: short questions about the facts, so that members understand the situation. "
        .. "No advice.")
      s:round("Your clarifying question for the presenter", { roles = "member", guard = "open-questions" })
      s:ask(s.role.presenter, "Your answers to the clarifying questions, briefly")
    end)

    s:phase("Open questions", { minutes = 20 }, function()
      s:say("Now open questions only: questions that help the presenter think, not questions with an answer "
        .. "inside them. We go round until everyone passes; the presenter listens, and replies at the end.")
      s:round("Your open question for the presenter",
        { roles = "member", repeat_until_pass = true, guard = "open-questions" })
      s:ask(s.role.presenter, "Your reply to the questions: answer those you want to, and say which you will hold on to and think about")
    end)

    s:phase("Reflection and actions", { minutes = 12 }, function()
      local presenter = s.role.presenter
      s:ask(presenter, "What are you taking away from the questions? What do you see differently now?",
        { pass = false })
      s:say("The presenter's actions before our next meeting: type each one as the presenter says it, "
        .. "without names of children, families or colleagues.")
      if s:confirm("Is the presenter's issue about a child or family they work with?") then case_decisions.say(s) end
      local agreed = {}
      while true do
        local action = s:ask(presenter, "An action you will take before the next meeting (pass when there are no more)")
        if not action then break end
        agreed[#agreed + 1] = presenter .. ": " .. action
      end
      if #agreed == 0 then s:say("No actions were agreed this time.") end
      -- Recorded once, as a list, every time: it replaces what was carried from the last meeting.
      s:record("actions", agreed, { carry = true })
    end)

    s:phase("What should leaders hear?", { minutes = 4 }, function()
      feedback_up.step(s, { written = true })
    end)

    s:phase("Process review and check-out", { minutes = 10 }, function()
      evaluation.run(s, { prompt = "How did the set work today? What helped, and what got in the way?" })
      if meeting and of and meeting < of then
        -- The contract, carried with this meeting's number.
        s:record("contract", { tostring(meeting), tostring(of) }, { carry = true })
      elseif meeting and of then
        s:say("This was the set's last meeting under its contract. If the set wants to go on, agree a new "
          .. "contract at the next meeting.")
      end
      signposting.run(s)
      checkout.run(s, { brief = true })
    end)
  end,
}
