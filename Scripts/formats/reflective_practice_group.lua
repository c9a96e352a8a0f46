-- Reflective practice group, in the Balint / work-discussion tradition: a presenter's account of
-- an encounter; the group's associations (feelings, images, thoughts about the people in it) while
-- the presenter steps back and listens, without answering; then the presenter returns.
--
-- What it follows: the tradition of Balint groups (Michael Balint, "The Doctor, His Patient and
-- the Illness", 1957; the case-discussion groups he and Enid Balint led at the Tavistock Clinic,
-- London) and of work discussion (Margaret Rustin and Jonathan Bradley, eds, "Work Discussion:
-- Learning from Reflective Practice in Work with Children and Families", 2008, after Martha
-- Harris's seminars at the Tavistock). Circle has no seed text for either, so the tradition is
-- described in the format's own words and never quoted: one member presents an encounter from
-- their work in their own words; the others say what it stirs in them and what they imagine of the
-- people in it, rather than giving advice or gathering facts; the presenter sits back and listens
-- without answering, then returns to say what struck them; the leader keeps the frame, protects
-- the presenter and the members, and keeps the discussion on the encounter rather than on anyone's
-- own person or past.
--
-- Seed words it uses (verbatim from seeds/psdp-knowledge-briefing-relationship-based-practice.txt,
-- PSDP knowledge briefing "Practising relationship-based social work", G. Ruch): containment as
-- "the need we all have for someone to help us process and manage difficult emotions"; and, from
-- "Containing the container", "It is all about learning from experience, and gradually becoming
-- more comfortable with hearing, taking in, pondering, and making sense of difficult emotional
-- material."
--
-- The format's own wording: every other s:say text, prompt and time box, the stages and their
-- order, the leader's role as stated, the rules protecting members from interpretation (and the
-- "no-interpretation" guard, Scripts/lib/guards/interpretation.lua). The agreement, signposting,
-- check-out, anonymous evaluation and the feedback for senior leaders come from Scripts/lib
-- (Circle's own wording, quoting the BASW toolkit where they say so).

local roles = require("roles")
local agreement = require("agreement")
local signposting = require("signposting")
local checkout = require("checkout")
local evaluation = require("evaluation")
local feedback_up = require("feedback_up")
local advice = require("guards.advice")
local interpretation = require("guards.interpretation")

local BRIEFING = "PSDP knowledge briefing 'Practising relationship-based social work'"

-- The associations the group offers while the presenter listens: three rounds (the format's own).
local ASSOCIATIONS = {
  "What do you notice in yourself as you listen: a feeling, an image, a thought?",
  "What might it have been like to be each person in the encounter?",
  "What seems to be happening in the relationship between them?",
}

local LEADER = "The leader keeps the frame: the time, the ground rules and the stages. The leader protects the "
  .. "presenter and every member, may offer a thought of their own, and is not the expert with the answer."

return format {
  id = "reflective-practice-group",
  version = 1,
  title = "Reflective practice group",
  summary = "In the Balint / work-discussion tradition: a presenter's account of an encounter, the group's "
    .. "associations while the presenter steps back and listens, then the presenter returns.",
  minutes = 75,
  participants = { min = 4, max = 10 },
  roles = { presenter = { count = 1 }, member = { min = 3 } },
  agreement = agreement.field("What is said here stays here; only anonymised themes leave the room. No names of "
    .. "children, families or colleagues. We think about the encounter and the people in it, never about a "
    .. "member's own personality or past: what anyone shares of themselves is theirs to share. While the "
    .. "group talks, the presenter listens and does not answer. Anyone may pass."),
  source = "In the Balint group and work-discussion tradition (M. Balint, 'The Doctor, His Patient and the Illness', "
    .. "1957; M. Rustin and J. Bradley, eds, 'Work Discussion', 2008), described in Circle's own words. With the PSDP knowledge briefing 'Practising "
    .. "relationship-based social work' (G. Ruch): containment and 'Containing the container'.",
  suitable = { "reflective practice", "group supervision", "any team" },
  fidelity = {
    interpretation.rule { rule = "no-interpretation" },
    advice.rule { rule = "no-fixing",
      remind = "That sounds like advice or a solution. In this group we stay with what the encounter stirs and "
        .. "what it might be like for the people in it: invite them to say what they notice or imagine instead." },
  },

  run = function(s)
    local presenter

    s:phase("Agreement", { minutes = 5 }, function()
      agreement.run(s, {
        facilitator = "The group's leader",
        confidentiality = "What is said here stays here; only anonymised themes leave the room.",
        rules = {
          LEADER,
          "No names of children, families or colleagues.",
          "We think about the encounter and the people in it, never about a member's own personality or past. "
            .. "What anyone shares of themselves is theirs to share; nobody interprets it for them.",
          "While the group talks, the presenter sits back, listens and does not answer. They come back in at "
            .. "the end, and need not respond to everything, or to anyone.",
        },
      })
    end)

    s:phase("The encounter", { minutes = 12 }, function()
      presenter = s:choose("Who will bring an encounter today?", s.participants)
      roles.one_and_others(s, "presenter", presenter, "member")
      s:ask(presenter, "Tell us about an encounter from your work that has stayed with you: a child, a parent, a "
        .. "colleague. What happened between you, in your own words, without notes.", { pass = false })
      s:round("Only if you need it to picture the encounter: a short question of fact (not why, not advice)",
        { roles = "member", guard = "no-fixing" })
      s:ask(presenter, "Answer the questions you want to, briefly; leave the others.")
    end)

    s:phase("The presenter steps back", { minutes = 30 }, function()
      s:say(presenter .. " now moves their chair back a little and listens. They do not answer or explain, however "
        .. "much they may want to: what the group says is not a question for them. The group talks to each other.")
      s:say("Members: say what comes to you, however small or odd: feelings, images, thoughts, what you imagine of "
        .. "the people in the encounter. Not advice, and not interpretations of the presenter or of each other.")
      for _, prompt in ipairs(ASSOCIATIONS) do
        s:round(prompt, { roles = "member", guard = { "no-interpretation", "no-fixing" } })
      end
      s:remind("If " .. presenter .. " starts to answer, thank them and invite them to hold it until they come back "
        .. "in. If a member was interpreted, check in with them privately afterwards.")
    end)

    s:phase("The presenter returns", { minutes = 10 }, function()
      s:say(presenter .. " comes back into the group.")
      s:ask(presenter, "Coming back in: what struck you as you listened? You need not respond to everything, or to "
        .. "anyone.")
      s:round("A last thought about the encounter, now that we have heard from the presenter", { roles = "member",
        guard = { "no-interpretation", "no-fixing" } })
    end)

    s:phase("The leader's reflection", { minutes = 5 }, function()
      s:say("Containment is 'the need we all have for someone to help us process and manage difficult emotions' "
        .. "(" .. BRIEFING .. "). The briefing says of it: 'It is all about learning from experience, and gradually "
        .. "becoming more comfortable with hearing, taking in, pondering, and making sense of difficult emotional "
        .. "material.'")
      s:pause("Your reflection as leader, in your own words and tentatively: what the group did with the encounter "
        .. "(the feelings it carried, what was hard to think about), not a verdict on it or on the presenter. Thank "
        .. "the presenter.")
      if s:confirm("Did the group help hold something difficult from the encounter?") then
        s:theme("containment", "the group held something difficult from the encounter")
      end
    end)

    s:phase("For senior leaders", { minutes = 5 }, function()
      if s:confirm("Did anything come up today about the conditions of the work that the group wants senior "
        .. "leaders to hear?") then
        feedback_up.agree(s, "What do senior leaders need to hear about the conditions of the work?")
      end
    end)

    s:phase("Support and check-out", { minutes = 8 }, function()
      signposting.run(s)
      checkout.run(s, { brief = true })
      evaluation.run(s)
    end)
  end,
}
