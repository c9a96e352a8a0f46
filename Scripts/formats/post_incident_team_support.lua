-- Post-incident team support: a team meeting in the days after an assault, a death or another
-- serious incident. Practical needs now, a plan for keeping an eye on each other (active
-- monitoring), a follow-up date and where to find support. It is NOT a psychological debrief.
--
-- What it follows, and how:
-- - BASW / Social Workers Union, "Social Worker Wellbeing and Working Conditions: Good Practice
--   Toolkit" (Ravalier & Allen, version 1.2, November 2020), quoted verbatim from the seed
--   (seeds/basw-wellbeing-working-conditions-toolkit.txt): among the working conditions that put
--   social workers at risk of stress, "Inadequate support following serious incidents (such as an
--   assault or a death)"; and "One highly stressful experience with a person we work with – a poor
--   outcome, a death, a conflict, an injury – can also undermine ‘resilience’ and confidence for
--   the future, particularly if skilled support for reflection and recovery is not available."
-- - PSDP senior managers' briefing "Emotions, relationships and resilience in child and family
--   social work" (N. McGeown), 3. "Responding to the impact of trauma", after Dr Karen Treisman,
--   quoted verbatim from the seed: "Recognise when practitioners might be showing signs of trauma
--   that require more specialist input, and ensure that this input is easily accessible from one
--   place."
-- - NICE guideline NG116 (2018), "Post-traumatic stress disorder": it advises against
--   psychologically-focused debriefing for preventing or treating PTSD. Circle has no text of the
--   guideline, so this is described in Circle's own words and never quoted; the format keeps to
--   it by asking nobody to recount the incident or their feelings about it (the "no-debrief"
--   guard, Scripts/lib/guards/retelling.lua, reminds the facilitator when someone is prompted to).
--   "Active monitoring" is used here in the format's own sense: a named person keeps in touch with
--   each member over the coming weeks and a follow-up date is set; it is not NICE's clinical
--   definition.
--
-- The format's own wording: every s:say text, prompt, choice and time box, the kinds of incident,
-- the practical needs offered as examples and the follow-up choices. The agreement, signposting,
-- check-out and anonymous evaluation come from Scripts/lib (Circle's own wording, quoting the BASW
-- toolkit where they say so).
--
-- No "feedback for senior leaders" step: days after an incident, asking the team to compose and
-- agree messages upward would press people to go back over it and to speak for the team when
-- they may not want to. What the team needs from the organisation is a practical need, taken on by
-- the facilitator; the organisation's learning belongs in its own review of the incident.

local agreement = require("agreement")
local signposting = require("signposting")
local checkout = require("checkout")
local evaluation = require("evaluation")
local retelling = require("guards.retelling")

local BASW = "BASW/SWU wellbeing toolkit"

-- The kinds of incident, for the facilitator's choice at the start; a sentence for each that the
-- format says to the team (the format's own wording). Nothing about the incident is recorded.
local INCIDENTS = {
  { choice = "An assault on, or a threat to, a member of staff",
    say = "Something frightening happened to one of us. Being assaulted or threatened at work is not part of the "
      .. "job anyone should have to accept, and nobody here is to blame for it." },
  { choice = "The death of a child or a family member we work with",
    say = "A child or a family member we work with has died. Grief, shock and questions about our own part are "
      .. "common after a death, and there may be a review: that is the place for what happened, not this room." },
  { choice = "The death or serious injury of a colleague",
    say = "We have lost, or nearly lost, a colleague. People will be affected in different ways, and some of us "
      .. "knew them far better than others." },
  { choice = "Another serious incident",
    say = "A serious incident has affected the team. People will be affected in different ways, and all of them "
      .. "are normal." },
}

local INCIDENT_CHOICES = {}
for i, incident in ipairs(INCIDENTS) do INCIDENT_CHOICES[i] = incident.choice end

local FOLLOW_UP = { "In a week", "In two weeks", "In about a month" }

return format {
  id = "post-incident-team-support",
  version = 1,
  title = "Post-incident team support",
  summary = "In the days after an assault, a death or a serious incident: practical needs now, keeping an eye "
    .. "on each other, a follow-up date and where to find support. Not a psychological debrief: nobody is asked "
    .. "to go over what happened.",
  minutes = 45,
  participants = { min = 2, max = 12 },
  agreement = agreement.field("This is not a debrief: nobody will be asked to go over what happened or how it "
    .. "felt, and anyone may say as little as they like. We talk about what people need now. What is said here "
    .. "stays here; nothing about the incident is recorded."),
  source = "BASW/SWU, 'Social Worker Wellbeing and Working Conditions: Good Practice Toolkit' (Ravalier & Allen, "
    .. "v1.2, 2020): 'Inadequate support following serious incidents (such as an assault or a death)'; PSDP senior "
    .. "managers' briefing 'Emotions, relationships and resilience' (N. McGeown), 3. 'Responding to the impact of "
    .. "trauma'. Not a psychological debrief, after NICE guideline NG116 (2018), 'Post-traumatic stress disorder', "
    .. "which advises against psychologically-focused debriefing (described in Circle's own words).",
  suitable = { "team", "after a serious incident", "within days of an incident" },
  fidelity = {
    retelling.rule { rule = "no-debrief" },
  },

  run = function(s)
    s:phase("Before we start", { minutes = 3 }, function()
      s:remind("Check before you begin: have you spoken one to one with anyone most directly involved (coming is "
        .. "their choice, and so is leaving early), and agreed with your manager what can be said about the "
        .. "incident and what the organisation is doing? Do not ask anyone to recount it, here or in front of others.")
      local _, kind = s:choose("What kind of incident was it? (Nothing about it is recorded.)", INCIDENT_CHOICES)
      s:say("Thank you for coming. " .. INCIDENTS[kind].say)
      s:say("This is not a debrief. Nobody will be asked to go over what happened, or how it felt at the time: "
        .. "NICE's guideline on post-traumatic stress disorder advises against that kind of debriefing. If you want to talk "
        .. "about it, you can, one to one, with me or with the support I will read out. Today is about what you "
        .. "need now and how we look after each other over the next few weeks.")
    end)

    s:phase("Agreement", { minutes = 5 }, function()
      agreement.run(s, {
        facilitator = "The facilitator (the team manager, or a senior colleague not involved in the incident)",
        confidentiality = "What is said here stays here. Nothing about the incident, and nothing anyone says "
          .. "about how they are, is recorded; only anonymised themes leave the room.",
        rules = {
          "Nobody is asked to go over what happened or how it felt, and we do not ask each other to. Say as much "
            .. "or as little as you like; saying nothing is fine.",
          "No names of children, families or colleagues, and no speculation about what happened or who was to "
            .. "blame: if there is a review, that is its work.",
        },
      })
    end)

    s:phase("What we know, and support now", { minutes = 7 }, function()
      s:pause("Give the short, factual update you agreed beforehand: what is known, what the organisation is doing, "
        .. "whether there will be a review or police involvement and who will contact people about it. Take "
        .. "practical questions; do not add detail about the incident, and do not speculate.")
      s:say("In the toolkit social workers name, among the conditions that put them at risk of stress, "
        .. "'Inadequate support following serious incidents (such as an assault or a death)' (" .. BASW .. "). "
        .. "This session is one part of that support. Here is where to find the rest.")
      signposting.run(s)
    end)

    s:phase("Practical needs now", { minutes = 12 }, function()
      s:say("What would make the next few days manageable? For example: cover for visits or court, not visiting "
        .. "that address or family for now, a co-worker on visits, working from the office, time off, a lift, "
        .. "someone to tell the other agencies. Anyone may pass.")
      s:round("What do you need, practically, this week?", { guard = "no-debrief" })
      s:say("Say which of these you can arrange today, and who will take on the rest, and by when. Keep any "
        .. "notes about individuals' needs in your own notes (/note), not in the record.")
      s:pause("Agree the practical support with the team; note privately what you have taken on")
    end)

    s:phase("Looking out for each other", { minutes = 8 }, function()
      s:say("In the days and weeks after an incident many people notice something: poor sleep, going over it, "
        .. "feeling on edge or flat, not wanting to go out on visits. For most people it eases with time and "
        .. "ordinary support. Keeping an eye on each other is how we notice if it is not easing.")
      s:round("How can we look out for each other over the next few weeks?", { guard = "no-debrief" })
      s:say("Active monitoring, as this session means it: I will check in with each of you one to one over the "
        .. "coming weeks, whether or not you came today. If something is not easing after a few weeks, or is "
        .. "getting worse, I will help you get more support: your GP, occupational health or the Employee "
        .. "Assistance Programme.")
      s:say("The senior managers' briefing asks us to 'Recognise when practitioners might be showing signs of "
        .. "trauma that require more specialist input, and ensure that this input is easily accessible from one "
        .. "place.'")
      s:remind("Plan your one-to-one check-ins now, including with anyone absent today and anyone who stepped out.")
    end)

    s:phase("Follow-up", { minutes = 3 }, function()
      local when = s:choose("When will the team meet again to see how people are?", FOLLOW_UP)
      s:record("follow-up", "The team meets again " .. when:lower() .. " to see how people are.")
      s:say("We will meet again " .. when:lower() .. ", to see how people are and what is still needed. That "
        .. "meeting is not a debrief either.")
    end)

    s:phase("Check-out", { minutes = 7 }, function()
      checkout.run(s, { brief = true, guard = "no-debrief" })
      evaluation.run(s, { prompt = "Was this the right kind of support for now? What would you change?" })
    end)
  end,
}
