-- Systemic group supervision: a presenter's question about a family; curious questions; several
-- hypotheses, held lightly; circular questions; then a conversation with the family rehearsed in
-- role-play, which the presenter takes into their next visit.
--
-- Fidelity anchor: Bostock, L., Patrizo, L., Godfrey, T., Munro, E. and Forrester, D. (2019) "How
-- do we assess the quality of group supervision? Developing a coding framework", Children and
-- Youth Services Review 100, 515-524. Circle has no seed text of the paper, so it is described
-- here in Circle's own words and never quoted: from observations of systemic group supervision in
-- children's services, the authors built a framework that sorts sessions into three broad levels,
-- from supervision that is not systemic, through sessions where systemic ideas are starting to
-- appear, to sessions where they run through the discussion; what set the fullest sessions apart
-- was that the group's hypotheses about the family's relationships and the risks to the children
-- became a purposeful conversation to have with the family. This format is built so that a group
-- can do that: hypotheses held lightly, curiosity rather than advice, circular questions, and a
-- rehearsed conversation with the family. The closing reflection asks the facilitator, privately,
-- where today's discussion sat on that range (a reflection, not the framework's coding; nothing
-- of it is recorded).
--
-- Seed that bears on it (quoted verbatim from seeds/psdp-knowledge-briefing-relationship-based-
-- practice.txt, PSDP knowledge briefing "Practising relationship-based social work", G. Ruch):
-- "More information would be required to confirm such a hypothesis" (practice study 2), and a
-- practice discussion "minimises the risk of premature decisions or action plans" ("Practice
-- discussion").
--
-- The format's own wording: every s:say text, prompt and time box, the stages and their order, the
-- examples of circular questions, the role-play's rules (the family's roles played by members as a
-- made-up version of the family; nothing real about a child recorded; stepping out of role), and
-- the closing reflection's three levels (Circle's paraphrase). The agreement, signposting,
-- check-out, anonymous evaluation, the note that decisions about a child belong on the child's
-- record and the feedback for senior leaders come from Scripts/lib (Circle's own wording, quoting
-- the BASW toolkit where they say so).

local roles = require("roles")
local agreement = require("agreement")
local signposting = require("signposting")
local checkout = require("checkout")
local evaluation = require("evaluation")
local case_decisions = require("case_decisions")
local feedback_up = require("feedback_up")
local advice = require("guards.advice")
local certainty = require("guards.certainty")

local BRIEFING = "PSDP knowledge briefing 'Practising relationship-based social work'"
local BOSTOCK = "Bostock and colleagues (2019)"

local NO_MORE_PLAYERS = "No more family roles"
local MAX_PLAYERS = 4

-- The facilitator's private reflection at the end: the three levels, in Circle's own words.
local LEVELS = {
  "Not yet systemic: mostly gathering information or giving advice",
  "Systemic ideas starting to appear: hypotheses or circular questions, not yet a conversation for the family",
  "Systemic throughout: several hypotheses became a conversation rehearsed for the family",
}

return format {
  id = "systemic-group-supervision",
  version = 1,
  title = "Systemic group supervision",
  summary = "A presenter's question about a family, then curious questions, several hypotheses held lightly, "
    .. "circular questions and a conversation with the family rehearsed in role-play.",
  minutes = 90,
  participants = { min = 4, max = 10 },
  roles = { presenter = { count = 1 }, member = { min = 3 }, player = { max = MAX_PLAYERS } },
  agreement = agreement.field("What is said here stays here; only anonymised themes leave the room. No names of "
    .. "children, families or colleagues: say \"the mum\", \"a nine-year-old\". Hypotheses are ideas to be useful, "
    .. "not truths: we hold several, lightly, and stay curious rather than advise. In the role-play members play a "
    .. "made-up version of the family, and nothing real about a child is recorded."),
  source = "Fidelity anchor: Bostock, Patrizo, Godfrey, Munro and Forrester (2019), 'How do we assess the quality "
    .. "of group supervision? Developing a coding framework', Children and Youth Services Review 100, 515-524 "
    .. "(described in Circle's own words). With the PSDP knowledge briefing 'Practising relationship-based social "
    .. "work' (G. Ruch): 'Practice discussion', practice study 2.",
  suitable = { "case discussion", "group supervision", "systemic units" },
  themes = {
    { id = "systemic-hypothesising", label = "Several hypotheses held lightly" },
    { id = "conversation-rehearsed", label = "A conversation with the family rehearsed" },
  },
  fidelity = {
    advice.rule { rule = "curiosity",
      remind = "That sounds like advice or a solution (perhaps dressed as a question). This stage asks for "
        .. "curiosity: invite them to ask it as a curious question about the family's relationships and "
        .. "meanings (who, how, what would… think), or to hold on to it for the rehearsal." },
    certainty.rule { rule = "held-lightly" },
  },

  run = function(s)
    local presenter

    s:phase("Agreement", { minutes = 5 }, function()
      agreement.run(s, {
        facilitator = "The systemic supervisor",
        confidentiality = "What is said here stays here; only anonymised themes leave the room.",
        rules = {
          "No names of children, families or colleagues: say \"the mum\", \"a nine-year-old\".",
          "Hypotheses are ideas to be useful, not truths: we hold several, lightly, and we stay curious rather "
            .. "than advise.",
          "In the role-play, members play a made-up version of the family. Nothing real about a child is "
            .. "recorded, and anyone may decline a role.",
        },
      })
    end)

    s:phase("The presenter's question", { minutes = 10 }, function()
      presenter = s:choose("Who will bring a family today?", s.participants)
      roles.one_and_others(s, "presenter", presenter, "member")
      s:ask(presenter, "What is your question for the group: what would you like to be different after this "
        .. "discussion?", { pass = false })
      s:ask(presenter, "Tell us about the family as a system: who is in it, who matters to whom, who else is "
        .. "involved (school, health, other professionals), and what each might be worried about. No names.",
        { pass = false })
    end)

    s:phase("Curiosity", { minutes = 10 }, function()
      s:say("Members: ask questions that open things up about relationships, beliefs and meanings, not questions "
        .. "that gather facts or carry advice. What would the presenter need to wonder about?")
      s:round("Your curious question for the presenter", { roles = "member", guard = "curiosity" })
      s:ask(presenter, "Which questions caught your interest, and what do they open up?")
    end)

    s:phase("Hypothesising", { minutes = 15 }, function()
      s:say("A hypothesis is a useful idea, not the truth: it explains something about the relationships in the "
        .. "family, and it can be dropped. As the briefing says of its own example: 'More information would be "
        .. "required to confirm such a hypothesis' (" .. BRIEFING .. "). We want several, including ones that "
        .. "contradict each other. Start with \"One hypothesis might be…\".")
      s:round("One hypothesis might be…", { roles = "member", guard = "held-lightly" })
      s:round("Another hypothesis, perhaps one that contradicts those we have heard", { roles = "member",
        guard = "held-lightly" })
      s:ask(presenter, "Which hypotheses are useful to you, and which do not fit? None of them has to be true.")
      if s:confirm("Did the group hold several hypotheses, none of them as the truth?") then
        s:theme("systemic-hypothesising", "several hypotheses held lightly")
      end
    end)

    s:phase("Circular questions", { minutes = 10 }, function()
      s:say("Circular questions ask about relationships and differences, often through someone else's eyes: "
        .. "\"If the dad were here, what would he say the mum worries about most?\", \"Who in the family would be "
        .. "first to notice if things got better?\", \"Who agrees most with the school, and who least?\". Ask the "
        .. "questions you might ask the family.")
      s:round("A circular question you might ask the family", { roles = "member", guard = { "curiosity", "held-lightly" } })
      s:ask(presenter, "Answer one or two as you imagine the family might. What surprised you?")
    end)

    local players = {}
    s:phase("Rehearsing a conversation", { minutes = 20 }, function()
      s:say(BOSTOCK .. " found that what marked the fullest systemic supervision was the move from hypotheses to "
        .. "a purposeful conversation to have with the family (Circle's summary of their paper). Now we rehearse one.")
      s:ask(presenter, "Which conversation with the family would you like to rehearse: who is in it, and what do "
        .. "you hope it will do?", { pass = false })
      s:say("Members play the family, as the presenter describes them: a made-up version, so nothing real about a "
        .. "child is said or recorded. Anyone may decline a role.")
      local options = { table.unpack(s.participants) }
      options[#options + 1] = NO_MORE_PLAYERS
      local chosen = {}
      for _ = 1, #options do
        if #players == MAX_PLAYERS then break end
        local pick = s:choose("Who will play a family member? (Ask them first; they may say no.)", options)
        if pick == NO_MORE_PLAYERS then break end
        if pick == presenter then
          s:say(pick .. " is the presenter, and plays themselves: choose a member.")
        elseif not chosen[pick] then
          chosen[pick] = true
          players[#players + 1] = pick
          s:assign("player", pick)
        end
      end
      if #players == 0 then
        s:say("Nobody is playing a role today: the presenter says aloud how they would open the conversation, and "
          .. "the group says how it might land with each person in the family.")
      end
      s:pause("Run the rehearsal: the presenter tries the conversation, the players answer in role, the others watch. "
        .. "Pause it when it sticks and ask the group for a different way in; swap in another member if useful. "
        .. "Nothing said in role is typed or recorded.")
      if #players > 0 then
        s:say("Players: step out of your role. Say your own name and one thing that is true of you today, not of the "
          .. "family member you played.")
        s:round("Out of role: what was it like to be spoken to like that, as the family member?",
          { roles = "player", guard = "held-lightly" })
      end
      s:ask(presenter, "What did you learn from the rehearsal about how to open the conversation?")
      if s:confirm("Was a conversation with the family rehearsed?") then
        s:theme("conversation-rehearsed", "a conversation with the family rehearsed")
      end
    end)

    s:phase("Into the next visit", { minutes = 7 }, function()
      case_decisions.say(s)
      s:say("What is recorded here is only the presenter's own next step, under their handle, with no names.")
      local next_step = s:ask(presenter, "What conversation will you have with the family, and how will you open it?",
        { pass = false })
      -- nil only when the presenter has stepped out.
      if next_step then s:record("next-conversation", presenter .. ": " .. next_step) end
      s:choose("For your own reflection, not recorded: where did today's discussion sit? (Circle's paraphrase of the "
        .. "range in " .. BOSTOCK .. ")", LEVELS)
    end)

    s:phase("For senior leaders", { minutes = 5 }, function()
      if s:confirm("Does the group want senior leaders to hear anything about what helps or gets in the way of "
        .. "working systemically with families?") then
        feedback_up.agree(s, "What do senior leaders need to hear about what helps or gets in the way of working "
          .. "systemically with families?")
      end
    end)

    s:phase("Support and check-out", { minutes = 8 }, function()
      signposting.run(s)
      checkout.run(s, { brief = true })
      evaluation.run(s)
    end)
  end,
}
