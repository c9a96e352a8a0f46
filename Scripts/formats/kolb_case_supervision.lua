-- Kolb / 4x4x4 group case supervision: one presenter's case taken round the supervision cycle,
-- experience -> reflection -> analysis -> action planning, with the four stakeholders in the analysis.
--
-- What it follows (described in the format's own words: no seed gives the model's text):
--   Tony Morrison's 4x4x4 model of supervision, in Morrison T (2005) "Staff Supervision in Social
--   Care: Making a Real Difference to Staff and Service Users" (3rd edition, Pavilion) and Morrison T
--   and Wonnacott J (2010) "Supervision: Now or Never. Reclaiming Reflective Supervision in Social
--   Work" (both titles as the PSDP knowledge briefing lists them). In the model, supervision serves
--   four functions (management, development, support, mediation) for four stakeholders (service
--   users, staff, the organisation, partners), and a case is taken round a four-stage cycle adapted
--   from David Kolb's experiential learning cycle (Experiential Learning, 1984): what happened
--   (experience), what it felt like (reflection), what it means (analysis), what to do (action
--   planning). Skipping from experience straight to action is the short cut the cycle guards against.
--   That summary is the format's own; the seeds do not describe the model.
--
-- Seed words quoted: PSDP knowledge briefing "Practising relationship-based social work" (Gillian
--   Ruch; seeds/psdp-knowledge-briefing-relationship-based-practice.txt:240): "In many respects this
--   skills continuum complements the 4 x 4 x 4 model (Morrison and Wonnacot, 2010). Both models
--   underline the importance of a balanced approach that is both reflective and active." (the seed's
--   spelling); and (line 220) practice discussion "minimises the risk of premature decisions or action
--   plans being drawn up that do not fully reflect the specifics of a particular family's
--   circumstances", which the plan-later reminder quotes.
--
-- The format's own (not a source's): every question and s:say text; the members' questions at the
-- experience stage; one round per stakeholder; the presenter's plan with what happens if it does not
-- go to plan; asking where the decisions will be recorded; the fidelity reminders' wording (except the
-- briefing's words above); the "What should leaders hear?" step (Scripts/lib/feedback_up.lua). The agreement, signposting, check-out, evaluation and the note on
-- decisions about a child come from Scripts/lib (Circle's own wording, quoting the BASW toolkit where
-- they say so).

local agreement = require("agreement")
local signposting = require("signposting")
local checkout = require("checkout")
local evaluation = require("evaluation")
local case_decisions = require("case_decisions")
local roles = require("roles")
local action = require("guards.action")
local feedback_up = require("feedback_up")
local advice = require("guards.advice")

-- The four stakeholders of the 4x4x4 model, each with the analysis round's question (the format's own).
local STAKEHOLDERS = {
  { name = "The child and family",
    prompt = "The child and family, who use the service: how might this look from where they stand? What do we "
      .. "know, and what are we assuming?" },
  { name = "The worker and the team",
    prompt = "The worker and the team, the staff: what is this case asking of the presenter, and of us? What "
      .. "knowledge, values and experience are we drawing on?" },
  { name = "The organisation",
    prompt = "The organisation: what do its procedures, resources, thresholds and expectations bring to this "
      .. "case, for good or ill?" },
  { name = "Partners",
    prompt = "Partners: the school, health, the police, others. How do they see it, and what do they bring or "
      .. "hold back?" },
}

-- Where the decisions in the plan will be recorded (the facilitator records the presenter's answer).
local RECORDED = {
  "On the child's record, agreed with the accountable manager",
  "Taken to the presenter's own supervision first, then the child's record",
  "No decision about the child: the plan is the presenter's own learning",
}

local BEFORE_PLANNING = { "no-advice-yet", "plan-later" }

return format {
  id = "kolb-case-supervision",
  version = 2,
  title = "Kolb / 4x4x4 group case supervision",
  summary = "One presenter's case taken round the supervision cycle of Morrison's 4x4x4 model: what happened, "
    .. "what it felt like, what it means for the child and family, the staff, the organisation and partners, "
    .. "and what the presenter will do, and where the decisions are recorded.",
  minutes = 90,
  participants = { min = 3, max = 10 },
  roles = { presenter = { count = 1 }, member = { min = 2 } },
  agreement = agreement.field("No names of children, families or colleagues: say \"the mum\", \"a "
    .. "seven-year-old\". We take the case round the cycle in order: what happened, what it felt like, what it "
    .. "means, and only then what to do. The presenter owns the case and the plan; decisions about the child "
    .. "belong on the child's record, through the accountable manager. Anyone may pass. What is said here stays "
    .. "here; only anonymised themes leave the room."),
  source = "Morrison's 4x4x4 model of supervision (T. Morrison, Staff Supervision in Social Care, 3rd edition, "
    .. "2005; T. Morrison and J. Wonnacott, Supervision: Now or Never, 2010), with its cycle adapted from Kolb's "
    .. "experiential learning cycle (D. Kolb, Experiential Learning, 1984); named in the PSDP knowledge briefing "
    .. "'Practising relationship-based social work' (G. Ruch). The model is described in the format's own words.",
  suitable = { "case discussion", "group supervision", "practice supervisors" },
  fidelity = {
    -- Advice first: a sentence that is both advice and a plan gets the advice reminder.
    advice.rule { rule = "no-advice-yet",
      remind = "That sounds like advice. Until the action-planning stage the group helps the presenter tell, feel "
        .. "and think about the case: invite the member to hold on to it, or to ask it as an open question." },
    action.rule { rule = "plan-later",
      remind = "That moves to a plan before the cycle has got there. The PSDP knowledge briefing says a practice "
        .. "discussion \"minimises the risk of premature decisions or action plans being drawn up that do not "
        .. "fully reflect the specifics of a particular family's circumstances\": hold it for the action-planning "
        .. "stage." },
  },

  run = function(s)
    s:phase("Agreement and check-in", { minutes = 8 }, function()
      agreement.run(s, {
        facilitator = "The practice supervisor",
        rules = {
          "No names of children, families or colleagues: say \"the mum\", \"a seven-year-old\".",
          "We take the case round the cycle in order, and come to what to do only at the end.",
        },
      })
      s:round("How are you arriving today?")
    end)

    s:phase("Choosing the case", { minutes = 5 }, function()
      s:say("Today one case goes round the supervision cycle of the 4x4x4 model: what happened (experience), what "
        .. "it felt like (reflection), what it means (analysis), and what to do (action planning). The PSDP "
        .. "knowledge briefing says the 4x4x4 model and the skills continuum \"underline the importance of a "
        .. "balanced approach that is both reflective and active\".")
      s:round("Briefly, is there a case you would like to bring today?")
      local presenter = s:choose("Who will present today?", s.participants)
      roles.one_and_others(s, "presenter", presenter, "member")
    end)

    s:phase("Experience: what happened", { minutes = 15 }, function()
      s:say("Experience: what happened, as the presenter saw, heard and did it. Members listen without "
        .. "interrupting; no meanings or plans yet.")
      s:ask(s.role.presenter, "Tell the group about the case and a recent piece of work with the family: what "
        .. "happened, what you saw and heard, what you did, and what you would like from the group today.",
        { pass = false })
      s:round("A question to help the presenter tell us more about what happened (not yet what it means, or what "
        .. "to do)", { roles = "member", guard = BEFORE_PLANNING })
      s:ask(s.role.presenter, "Your answers to the members' questions, briefly")
    end)

    s:phase("Reflection: what it felt like", { minutes = 15 }, function()
      s:say("Reflection: the feelings in the work. First the presenter, then the members: what hearing it stirs "
        .. "in us can tell us something about the case.")
      s:ask(s.role.presenter, "What did you feel, before, during and after? What surprised you, or stayed with "
        .. "you?", { guard = BEFORE_PLANNING })
      s:round("Hearing it, what are you left feeling?", { roles = "member", guard = BEFORE_PLANNING })
      s:ask(s.role.presenter, "Hearing the group, what do you notice?", { guard = BEFORE_PLANNING })
    end)

    s:phase("Analysis: what it means", { minutes = 20 }, function()
      s:say("Analysis: what it means. We look at the case from each of the model's four stakeholders in turn: the "
        .. "child and family, the staff, the organisation and partners. Hypotheses, knowledge, research, what we "
        .. "do not yet know. Still no plans: they come next.")
      for _, stakeholder in ipairs(STAKEHOLDERS) do
        s:say(stakeholder.name .. ".")
        s:round(stakeholder.prompt, { guard = BEFORE_PLANNING })
      end
      s:ask(s.role.presenter, "What sense are you making of the case now? What is your best understanding of "
        .. "what is happening, and what do you still need to find out?", { pass = false, guard = "plan-later" })
    end)

    s:phase("Action planning: what to do", { minutes = 13 }, function()
      s:say("Action planning. Members may now offer options, as options: the presenter weighs them and decides.")
      s:round("An option you see for the presenter, or a question about the plan", { roles = "member" })
      local presenter = s.role.presenter
      s:ask(presenter, "What will you do, by when, and with whose help? What will you do if it does not go as "
        .. "planned?", { pass = false })
      case_decisions.say(s)
      local where = s:choose("Where will the decisions in this plan be recorded?", RECORDED)
      s:record("decisions-recorded", where)
      s:ask(presenter, "What support do you need to carry the plan out?")
    end)

    -- Circle's own step (Scripts/lib/feedback_up.lua): what leaders did about earlier feedback,
    -- then anonymous suggestions the group agrees, about the conditions of the work, never the case.
    s:phase("What should leaders hear?", { minutes = 4 }, function()
      feedback_up.step(s, { written = true })
    end)

    s:phase("Support and check-out", { minutes = 10 }, function()
      signposting.run(s)
      checkout.run(s, { brief = true })
      evaluation.run(s, { prompt = "How did the cycle work today: did we give each stage its time? What would "
        .. "you change?" })
    end)
  end,
}
