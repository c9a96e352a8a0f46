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
-- Stages: check-in; review of the actions agreed at the set's last meeting (carried on this
-- laptop under handles, never exported); bids for time; choosing the presenter; the presenter's
-- uninterrupted account; clarifying questions; open questions only, with a reminder when advice
-- comes dressed as a question; the presenter's reflection and actions (carried to the next
-- meeting); a review of how the set worked.

local roles = require("roles")

-- Whether `person` is one of today's handles.
local function is_here(s, person)
  for _, p in ipairs(s.participants) do
    if p == person then return true end
  end
  return false
end

return format {
  id = "action-learning-set",
  version = 1,
  title = "Action learning set",
  summary = "One meeting of an action learning set: actions from last time reviewed, one presenter brings "
    .. "an issue, the set helps with questions rather than advice, and the presenter agrees actions "
    .. "to report on next time.",
  minutes = 90,
  participants = { min = 4, max = 8 },
  roles = { presenter = { count = 1 }, member = { min = 3 } },
  agreement = [[What is said in the set stays in the set. No names of children, families or colleagues: say "the mum", "a seven-year-old". The presenter owns the issue and decides what to do; members help by asking questions, not by giving advice. Anyone may pass. The actions we agree are kept on this laptop under each owner's pseudonym in the set (Alder, Beech...), never names, for our next meeting, and are never exported.]],
  source = "Action learning (Reg Revans): the action learning set. Mentioned in BASW/SWU, 'Social Worker "
    .. "Wellbeing and Working Conditions: Good Practice Toolkit' (Ravalier & Allen, v1.2, 2020), 'Group and "
    .. "peer supervision'; and in the DfE-funded Practice Supervisor Development Programme (Research in "
    .. "Practice) briefings 'Practising relationship-based social work', 'Emotions, relationships and "
    .. "resilience in child and family social work' and 'Your journey to being a supervisor'.",
  suitable = { "peer group", "regular set", "practice supervisors" },
  fidelity = {
    { rule = "open-questions",
      when = { "^have you thought", "^have you tried", "^have you considered", "^why don't you",
               "^why don’t you", "^could you not", "^couldn't you", "^couldn’t you", "^what about",
               "^you could", "^you should", "^if i were you" },
      remind = "That sounds like advice dressed as a question. Invite the member to ask it as an open "
        .. "question (what, how, what would...), or to hold on to it." },
  },

  run = function(s)
    s:phase("Check-in", { minutes = 10 }, function()
      s:say("Welcome to the set. The ground rules: what is said here stays here; no names of children, "
        .. "families or colleagues; the presenter owns the issue; members ask, they do not advise. "
        .. "Anyone may pass.")
      s:round("How are you arriving today?")
    end)

    s:phase("Review of last meeting's actions", { minutes = 10 }, function()
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

    s:phase("Bids for time", { minutes = 8 }, function()
      s:round("Briefly, what issue would you like to bring today?")
      local presenter = s:choose("Who will present today?", s.participants)
      roles.one_and_others(s, "presenter", presenter, "member")
    end)

    s:phase("The presenter's account", { minutes = 10 }, function()
      s:say("Members listen without interrupting: no questions or comments yet. The time is the presenter's.")
      s:ask(s.role.presenter, "Tell the set about your issue, in your own words: what is happening, and what "
        .. "you would like from the set today.", { pass = false })
    end)

    s:phase("Clarifying questions", { minutes = 10 }, function()
      s:say("Clarifying questions: short questions about the facts, so that members understand the situation. "
        .. "The presenter answers briefly. No advice.")
      s:round("Your clarifying question for the presenter", { roles = "member", guard = "open-questions" })
    end)

    s:phase("Open questions", { minutes = 20 }, function()
      s:say("Now open questions only: questions that help the presenter think, not questions with an answer "
        .. "inside them. The presenter answers, or holds a question to think about. We go round until "
        .. "everyone passes.")
      s:round("Your open question for the presenter",
        { roles = "member", repeat_until_pass = true, guard = "open-questions" })
    end)

    s:phase("Reflection and actions", { minutes = 12 }, function()
      local presenter = s.role.presenter
      s:ask(presenter, "What are you taking away from the questions? What do you see differently now?",
        { pass = false })
      s:say("The presenter's actions before our next meeting: type each one as the presenter says it, "
        .. "without names of children, families or colleagues.")
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

    s:phase("Process review", { minutes = 8 }, function()
      s:round("How did the set work today? What helped, and what got in the way?")
    end)
  end,
}
