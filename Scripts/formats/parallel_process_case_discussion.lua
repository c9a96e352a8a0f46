-- Parallel-process case discussion.
--
-- A group practice discussion that follows the PSDP knowledge briefing "Practising
-- relationship-based social work" (Research in Practice, Gillian Ruch): the presenter's
-- account; what the group is left feeling (projection, practice study 1: Keisha, Karen and
-- Amy); whose feelings these might be; what is happening in the room (parallel process,
-- practice study 2: Keisha, Mark and Callum); naming it (containment); cultural curiosity
-- ("Practice discussion"); back to action, balancing reflective and directive, authoritative
-- not authoritarian; and the briefing's closing reflective questions.
--
-- With --scenario (e.g. Scenarios/keisha_mark_callum.yaml) the group discusses that case, and the
-- session is a training rehearsal with the briefing's published practice study, said so at the
-- start; without one, the presenter brings a case of their own, with no names.
--
-- What follows the source: every quotation in the s:say texts, the briefing's three reflective
-- prompts after practice study 1 (CULTURE_PROMPTS, verbatim) and its closing reflective questions
-- (verbatim). The format's own wording, and labelled so where the group hears it: the question
-- about homophobia or racism (OWN_CULTURE_QUESTION), written from the briefing's remark about
-- Karen and Amy in "Practice discussion", which is not one of the briefing's prompts; the members'
-- and presenter's prompts in each stage; the care taken with "what has it been like to be on the
-- receiving end of the group" (about the group's process, never an interpretation of the
-- presenter); the training-rehearsal notice; the step "What should leaders hear?" (written
-- anonymously and agreed by the group; Circle's own, Scripts/lib/feedback_up.lua). The agreement, signposting, check-out, anonymous
-- evaluation and the note that decisions about a child belong on the child's record come from
-- Scripts/lib (Circle's own wording, quoting the BASW toolkit where they say so).

local roles = require("roles")
local agreement = require("agreement")
local signposting = require("signposting")
local checkout = require("checkout")
local evaluation = require("evaluation")
local case_decisions = require("case_decisions")
local questions = require("guards.questions")
local action = require("guards.action")
local feedback_up = require("feedback_up")

local BRIEFING = "PSDP knowledge briefing 'Practising relationship-based social work'"

-- The briefing's reflective prompts after practice study 1, word for word.
local CULTURE_PROMPTS = {
  "In your experience, do different cultures express emotions differently and how might you develop your cultural competence in this regard?",
  "How might socioeconomic factors such as immigration, employment and family status impact on an individual's anxiety and professional responses?",
  "As a practice supervisor, how do you enable social workers to understand the impact of diversity and equality issues on their relationships with children and families?",
}

-- The format's own question, after the briefing's remark about Karen and Amy ("Practice discussion").
local OWN_CULTURE_QUESTION = "Might this family have experienced homophobia or racism, which might heighten their anxiety about professional interventions?"
local OWN_LABEL = " (this format's own question, after the briefing's remark about Karen and Amy)"

-- The briefing's closing reflective questions ("Concluding thoughts").
local CLOSING_QUESTIONS = {
  "What do you need as a practice supervisor to help you develop and sustain your emotional awareness and literacy?",
  "What will help you retain a balanced, reflective and active stance as a practice supervisor?",
  "How can you develop the necessary alertness to parallel processes?",
  "How confident, or not, are you about being able to offer containing supervision – at least some of the time?",
  "What might you need to do differently to make sure you are contained?",
}

-- Text from the scenario, or nil when the field is missing or not text.
local function text_of(value)
  if type(value) == "string" and value ~= "" then return value end
  return nil
end

-- A scenario's list field (people, dynamics, prompts), or an empty list.
local function list_of(scenario, key)
  if type(scenario) == "table" and type(scenario[key]) == "table" then return scenario[key] end
  return {}
end

return format {
  id = "parallel-process-case-discussion",
  version = 4,
  title = "Parallel-process case discussion",
  summary = "A presenter's case, then the feelings it leaves in the group, whose they might be, "
    .. "what is being re-enacted in the room, naming it, cultural curiosity and back to action.",
  minutes = 90,
  participants = { min = 3, max = 10 },
  roles = { presenter = { count = 1 }, member = { min = 2 } },
  agreement = agreement.field("What is said here stays here; only anonymised themes, and feedback the group agrees to send to senior leaders, leave the room. No names of children, families or colleagues: say \"the mum\", \"a four-year-old\". We think about the case, not judge the worker. Feelings that arise while we listen are treated as information about the case, to be thought about and named. Anyone may pass."),
  source = "Research in Practice, PSDP - Resources and Tools: Practising relationship-based social work "
    .. "(Knowledge Briefing, G. Ruch): 'Theoretical underpinnings: psychoanalytic insights', practice studies 1 and 2, "
    .. "'Theoretical underpinnings: parallel processes', 'Practice discussion', 'Emotionally intelligent conversations', "
    .. "'Relationship-based, reflective and action-oriented supervision styles', 'Concluding thoughts'",
  suitable = { "case discussion", "practice supervisors", "group supervision" },
  fidelity = {
    questions.rule { rule = "feelings-first",
      remind = "That is a question, not a feeling. In the briefing Mark's 'barrage of questions' re-enacted the pushing Callum felt: invite the member to say what they are left feeling, and notice the pull to ask." },
    action.rule { rule = "action-later",
      remind = "That moves to action. The briefing warns that energising with action plans 'insufficiently acknowledges the emotional challenges parents are facing': stay with feelings for now; action has its own stage." },
  },

  run = function(s)
    local scenario = type(s.scenario) == "table" and s.scenario or nil
    local case_title = scenario and text_of(scenario.title)
    local presenter

    s:phase("Agreement", { minutes = 5 }, function()
      agreement.run(s, {
        facilitator = "The practice supervisor",
        confidentiality = "What is said here stays here; only anonymised themes, and feedback the group agrees to send to senior leaders, leave the room.",
        rules = {
          "No names of children, families or colleagues: say \"the mum\", \"a four-year-old\".",
          "We think about the case, not judge the worker. Feelings that arise while we listen are treated as "
            .. "information about the case, to be thought about and named.",
        },
      })
    end)

    s:phase("The presenter's account", { minutes = 12 }, function()
      if case_title then
        s:say("This is a training rehearsal, not a real case: the case material is the briefing's published "
          .. "practice study, so its people keep the briefing's names. Nothing here is about a family you work with.")
        s:say("Today's case: " .. case_title .. ".")
        local source = text_of(scenario.source)
        if source then s:say("Case material from: " .. source) end
        for _, person in ipairs(list_of(scenario, "people")) do
          if type(person) == "table" and text_of(person.name) then
            s:say("  " .. person.name .. (text_of(person.role) and (" — " .. person.role) or ""))
          end
        end
      else
        s:say("No case material is loaded: the presenter brings a case of their own. No names of the "
          .. "child, the family or colleagues, and no details that would identify them: say \"the mum\", "
          .. "\"a four-year-old\".")
      end
      s:say("This is a practice discussion: 'a small, intensive investment of time' that 'minimises the risk of "
        .. "premature decisions or action plans' (" .. BRIEFING .. ", 'Practice discussion'). "
        .. "Members: listen without interrupting, and notice what you feel as you listen.")

      presenter = s:choose("Who will present the case?", s.participants)
      roles.one_and_others(s, "presenter", presenter, "member")
      s:ask(presenter, "Tell us about the case and your most recent contact with it (a home visit, or a supervision), in your own words.",
        { pass = false })
    end)

    s:phase("What are you left feeling?", { minutes = 10 }, function()
      s:say("The briefing asks: 'Are you ever left with feelings at the end of supervision sessions which you did "
        .. "not have before the session began?' Members: not what should happen — what are you left feeling? "
        .. "Write it down privately: the written answers are shown together, with no names (or go round aloud).")
      if scenario then
        s:say("The briefing's example: Keisha arrived for a home visit 'feeling quite energised', left 'feeling quite "
          .. "satisfied', and on reflection felt 'overwhelmingly tired and despondent' — perhaps what Karen and Amy "
          .. "felt and were unable to acknowledge: 'exhausted, demoralised, defeated and depressed'.")
      end
      s:round("What are you left feeling?",
        { roles = "member", written = true, guard = { "feelings-first", "action-later" } })
      s:ask(presenter, "How did you feel arriving, how did you feel leaving, and how do you feel now?")
    end)

    s:phase("Whose feelings are these?", { minutes = 10 }, function()
      s:say("Projection: 'difficult, unbearable feelings - anger, fear, depression, hate - can be unconsciously "
        .. "relocated into another person, who may not always recognise them and can find themselves unexpectedly "
        .. "experiencing them or acting them out.' Transference and splitting may be at work too. Offer hypotheses, "
        .. "not conclusions: 'More information would be required to confirm such a hypothesis.'")
      s:round("Whose feelings might these be? Offer a hypothesis.",
        { roles = "member", guard = "action-later" })
      s:ask(presenter, "Hearing these hypotheses, which fit your experience of the family, and which do not?")
      if s:confirm("Did the group recognise a projection: feelings in the worker that may belong to someone in the family?") then
        s:theme("projection", "the group recognised feelings that may belong to the family")
      end
    end)

    s:phase("Noticing the room", { minutes = 10 }, function()
      s:say("Parallel process: 'dynamics located in one interpersonal space being re-enacted in another'. In the "
        .. "briefing Mark felt he was 'having to push Keisha to open up', as Keisha had felt with Callum, 'who was "
        .. "reluctant to speak to her'; Mark 'further "
        .. "replicated this dynamic with Keisha in supervision by asking a barrage of questions'. Professionals can "
        .. "also re-enact a family's dynamics in a child protection conference.")
      s:say("Look at this session so far. Has the group been pushing the presenter, or holding back, or taking sides? "
        .. "Is that what someone in the family lives with?")
      s:say("Speak about what we have been doing as a group (our questions, our silences, our pace), not "
        .. "about the presenter as a person: not their personality, history or feelings beyond what they "
        .. "have told us.")
      s:round("What has been happening in this room, between us and the presenter?", { roles = "member" })
      s:say("The next question is about the group's process, not an interpretation of the presenter: what "
        .. "they felt on the receiving end is information about the case. They may answer as much or as "
        .. "little as they like, or pass.")
      s:ask(presenter, "What has it been like to be on the receiving end of the group today?")
      s:remind("If being on the receiving end was hard for " .. presenter .. ", check in with them privately after "
        .. "the session.")
      if s:confirm("Did the group notice a parallel process: the family's dynamic re-enacted in supervision or in this room?") then
        s:theme("parallel-process", "the group noticed a dynamic re-enacted in the room")
      end
    end)

    s:phase("Naming it", { minutes = 8 }, function()
      s:say("Containment is 'the need we all have for someone to help us process and manage difficult emotions'. "
        .. "'Mark's ability to identify and name the dynamic in supervision provides Keisha with an experience of "
        .. "being contained, as well as additional information to inform her next encounter with Callum.'")
      s:say("Now name, in your own words and tentatively, the dynamic the group has noticed, then check it "
        .. "with the presenter.")
      s:ask(presenter, "Now it has been named: how is it for you, and what does it tell you about the family?")
      local dynamics = list_of(scenario, "dynamics")
      if #dynamics > 0 then
        s:say("How the briefing reads this case:")
        for _, d in ipairs(dynamics) do
          if type(d) == "table" and text_of(d.name) and text_of(d.explanation) then
            s:say("  " .. d.name .. ": " .. d.explanation)
          end
        end
      end
      if s:confirm("Did naming the dynamic feel containing for the presenter?") then
        s:theme("containment", "naming the dynamic was containing")
      end
    end)

    s:phase("Cultural curiosity", { minutes = 9 }, function()
      s:say("'The extent to which different cultural contexts permit the expression of emotions does vary': think "
        .. "about 'how cultural factors might be impacting on an individual's behaviour, as well as the responses of "
        .. "professionals'. The briefing's example: a practice discussion about Karen and Amy 'might have been curious "
        .. "about whether the couple had experienced homophobia or racism because of their relationship, which might "
        .. "heighten their anxiety about professional interventions.'")
      local options = { table.unpack(CULTURE_PROMPTS) }
      options[#options + 1] = OWN_CULTURE_QUESTION .. OWN_LABEL
      local _, index = s:choose("Which prompt shall the group take? The first three are the briefing's reflective "
        .. "prompts; the last is this format's own question.", options)
      if index > #CULTURE_PROMPTS then
        s:say("This is the format's own question, not one of the briefing's prompts: it follows the briefing's "
          .. "remark that a practice discussion about Karen and Amy might have been curious about homophobia or racism.")
        s:round(OWN_CULTURE_QUESTION)
      else
        s:round(CULTURE_PROMPTS[index])
      end
      s:ask(presenter, "What are you now curious about, that you would want to understand with the family?")
    end)

    s:phase("Back to action", { minutes = 12 }, function()
      s:say("'A commitment to relationship-based and reflective supervision should never be at the expense of action. "
        .. "Sound, effective practice requires reflection and action to be carefully balanced.' Directive and "
        .. "non-directive, task and process, are not 'either-or'. Workers who have 'difficult feelings listened to and "
        .. "contained' can take 'a more therapeutic, authoritative approach' rather than 'a more bureaucratic, "
        .. "authoritarian style'.")
      s:round("What would keep the next step authoritative rather than authoritarian, reflective as well as directive?",
        { roles = "member" })
      case_decisions.say(s)
      s:say("What is recorded here is only the presenter's own next step, under their handle, with no names.")
      local plan = s:ask(presenter,
        "What will you bring into the next visit: what understanding, and what action? (Or into the next supervision, if you are the supervisor.)",
        { pass = false })
      -- nil only when the presenter has stepped out.
      if plan then s:record("next-visit", presenter .. ": " .. plan) end
      if s:confirm("Did the group find a balance of reflection and action: an authoritative, not authoritarian, next step?") then
        s:theme("authoritative-practice", "reflection and action balanced in the next step")
      end
    end)

    s:phase("Closing reflective questions", { minutes = 4 }, function()
      local prompts = list_of(scenario, "prompts")
      if #prompts > 0 then
        s:say("The briefing's prompts beside this case, to take away:")
        for _, p in ipairs(prompts) do
          if text_of(p) then s:say("  " .. p) end
        end
      end
      local question = s:choose("Which of the briefing's closing reflective questions shall we go round with?",
        CLOSING_QUESTIONS)
      s:round(question)
    end)

    s:phase("What should leaders hear?", { minutes = 4 }, function()
      feedback_up.step(s, { written = true })
    end)

    s:phase("Support and check-out", { minutes = 6 }, function()
      signposting.run(s)
      checkout.run(s, { brief = true })
      evaluation.run(s)
    end)
  end,
}
