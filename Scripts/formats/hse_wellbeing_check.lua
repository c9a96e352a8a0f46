-- Team wellbeing check on the six HSE Management Standards: a team talks through Demands, Control,
-- Support, Relationships, Role and Change, one at a time, says how each is for them and what would
-- help, and agrees what senior leaders should hear.
--
-- What it follows:
--   Health and Safety Executive, the Management Standards for work-related stress (2004) and HSE's
--   "Talking Toolkit: Preventing work-related stress" (2019). No seed holds the Talking Toolkit's
--   text, so it is described here in the format's own words, and nothing of it is quoted: the
--   toolkit gives a manager one conversation for each of the six standards, to hold with their
--   staff, to find what causes pressure at work and what might help; it is a start, not the whole of
--   an employer's duty to assess and manage the risk of work-related stress, and what staff raise
--   needs a route to the people who can act on it. This format holds those six conversations with a
--   team together, in the standards' order.
--   BASW / Social Workers Union, "Social Worker Wellbeing and Working Conditions: Good Practice
--   Toolkit" (Ravalier & Allen, v1.2, November 2020), section 7, "A checklist for managers"
--   (seeds/basw-wellbeing-working-conditions-toolkit.txt:931): its questions, quoted verbatim and in
--   its order, are the facilitator's private prompts (s:remind), since they are written for managers
--   to reflect on ("Social work managers need to reflect on how well they are able to support social
--   workers in respect of:"). As the toolkit does, Support is taken in two halves, "Managerial support"
--   and "Peer support" (the codebook's manager-support and peer-support themes; see Scripts/themes.lua).
--
-- The format's own (not a source's): every question put to the team and every s:say text (the team's
-- question on support from managers takes up the checklist's "ask social workers what better support
-- could look like"); how the team describes each standard (working well, mixed, a concern) and the
-- round on what would help, asked when it is mixed or a concern; tagging the standard's HSE theme
-- only then, so a middle leader's report counts concerns rather than the fact that a standard was
-- discussed; carrying the descriptions to the team's next check; the reminder against blaming
-- people (quiet when someone says the team is blamed); the note about not naming a person at Relationships. The agreement, signposting,
-- check-out, evaluation and feedback for senior leaders come from Scripts/lib (Circle's own wording,
-- quoting the BASW toolkit where they say so).

local agreement = require("agreement")
local signposting = require("signposting")
local checkout = require("checkout")
local evaluation = require("evaluation")
local feedback_up = require("feedback_up")
local blame = require("guards.blame")
local words = require("guards.words")

-- The BASW/SWU toolkit's checklist for managers: each heading and its questions, word for word.
local CHECKLIST = {
  Demands = {
    "are resources balanced to workload and expectations?",
    "do systems including administrative and technology systems free up social workers to prioritise direct practice and professional work?",
    "are systems and resources in place to manage demand and prevent crises?",
  },
  Control = {
    "are social workers enabled to have as much control as possible over their working day, use of time and appropriate professional decision making?",
    "how could these be extended while maintaining team and organisational standards and collective expectations?",
  },
  ["Managerial support"] = {
    "as a manager, could you ask social workers what better support could look like?",
    "what are you already good at and what do you need to develop in order to be a more supportive manager?",
  },
  ["Peer support"] = {
    "can you create better conditions for social workers to access more peer support?",
    "do you know the types of peer support that social workers value or might find more helpful?",
  },
  Relationships = {
    "what is the 'emotional temperature' of relationships like in your organisation?",
    "where are they most positive and might make them become more positive in other parts of the organisation?",
    "what are your relationships like with staff and how could they be improved?",
  },
  Role = {
    "are social workers clear about and content with their roles?",
    "are their tasks, spheres of accountability, responsibilities, and status clear and appropriate for the level of their work?",
    "What could you do to improve role clarity and satisfaction?",
  },
  Change = {
    "how do you approach change management when it affects staff?",
    "do you know best practice approaches to change management and where can you find out more about them?",
    "what have you learnt from previous change processes to improve the next?",
  },
}

-- The six standards in HSE's order; Support in the toolkit's two halves. Each part: the checklist
-- heading it quotes, the codebook theme it tags, and the team's question (the format's own).
local STANDARDS = {
  { name = "Demands", minutes = 9, parts = {
    { heading = "Demands", theme = "demands",
      prompt = "Demands: how manageable is your work at the moment: the amount, how complex it is, the deadlines, "
        .. "and the systems and paperwork around it? What makes it harder, and what helps?" } } },
  { name = "Control", minutes = 8, parts = {
    { heading = "Control", theme = "control",
      prompt = "Control: how much say do you have in how you organise your work and your time, and in the "
        .. "professional decisions in your work?" } } },
  { name = "Support", minutes = 12, parts = {
    { heading = "Managerial support", theme = "manager-support",
      prompt = "Support from managers: what support do you get from your managers, and what would better support "
        .. "look like?" },
    { heading = "Peer support", theme = "peer-support",
      prompt = "Support from colleagues: how do we support each other in this team, and what kind of peer support "
        .. "would help more?" } } },
  { name = "Relationships", minutes = 9, parts = {
    { heading = "Relationships", theme = "relationships",
      prompt = "Relationships: how are relationships in the team, and with the others we work with? What helps "
        .. "them, and what strains them?" } } },
  { name = "Role", minutes = 8, parts = {
    { heading = "Role", theme = "role",
      prompt = "Role: how clear are you about what is expected of you: your tasks, responsibilities and "
        .. "accountability? How content are you with your role?" } } },
  { name = "Change", minutes = 8, parts = {
    { heading = "Change", theme = "change",
      prompt = "Change: how is change that affects us handled: are we told in good time, asked for our views, "
        .. "and supported through it?" } } },
}

local WELL = "working well"
local MIXED = "mixed: some of it working, some not"
local CONCERN = "a concern for the team"
local DESCRIPTIONS = { WELL, MIXED, CONCERN }

-- One part of a standard: the checklist as a private prompt, the team's round, how the team
-- describes it, and what would help when it is mixed or a concern. Returns "Heading: description".
local function check(s, part)
  local prompts = {}
  for _, question in ipairs(CHECKLIST[part.heading]) do prompts[#prompts + 1] = "'" .. question .. "'" end
  s:remind("The BASW/SWU toolkit's checklist for managers, '" .. part.heading .. "', for the team's manager to "
    .. "reflect on (not to read out): " .. table.concat(prompts, " "))
  s:round(part.prompt, { guard = "conditions-not-people" })
  local description = s:choose("How does the team describe '" .. part.heading .. "' today?", DESCRIPTIONS)
  if description ~= WELL then
    s:theme(part.theme)
    s:round("What would help with '" .. part.heading .. "': in the team, from our manager, or from senior leaders?",
      { guard = "conditions-not-people" })
  end
  return part.heading .. ": " .. description
end

return format {
  id = "hse-team-wellbeing-check",
  version = 1,
  title = "Team wellbeing check (HSE Management Standards)",
  summary = "A team talks through the six HSE Management Standards (Demands, Control, Support, Relationships, "
    .. "Role, Change), as HSE's Talking Toolkit does, says how each is for them and what would help, and agrees "
    .. "what senior leaders should hear. The BASW/SWU checklist for managers is the facilitator's prompt.",
  minutes = 90,
  participants = { min = 3, max = 10 },
  agreement = agreement.field("This check is about our working conditions, not about any one person: no names "
    .. "of colleagues, children or families. Anyone may pass. What is said here stays here; only anonymised "
    .. "themes, how the team describes each standard, and what the team agrees to send to senior leaders leave "
    .. "the room."),
  source = "HSE Management Standards (2004) and HSE's Talking Toolkit: Preventing work-related stress (2019), "
    .. "described in the format's own words; BASW/SWU, Social Worker Wellbeing and Working Conditions: Good "
    .. "Practice Toolkit (v1.2, Nov 2020), section 7, 'A checklist for managers', quoted as the facilitator's "
    .. "prompts",
  suitable = { "team meeting", "wellbeing", "working conditions", "annual check" },
  fidelity = {
    -- Being blamed is a working condition to talk about, not blaming: "we get blamed for delays".
    blame.rule { rule = "conditions-not-people",
      unless = words.phrases({ "get blamed", "gets blamed", "got blamed", "getting blamed", "feel blamed",
        "felt blamed", "blame us", "blamed us", "blame me", "blamed me", "blame the team", "blamed the team" }),
      remind = "That sounds like blaming a person. This check is about working conditions, not individuals: ask "
        .. "what in the work, the systems or the support makes it happen, and offer to hear anything about a "
        .. "person privately afterwards." },
  },

  run = function(s)
    local described = {}

    s:phase("Agreement", { minutes = 8 }, function()
      agreement.run(s, {
        facilitator = "The colleague leading this check (often the team manager)",
        confidentiality = "This check is about our working conditions, not about any one person. What is said "
          .. "here stays here: only anonymised themes, how the team describes each standard, and what the team "
          .. "agrees to send to senior leaders leave the room.",
        rules = { "No names of colleagues, children or families: talk about the work, the systems and the support." },
      })
    end)

    s:phase("About this check", { minutes = 3 }, function()
      s:say("The Health and Safety Executive's Management Standards name six areas of work that, when they are "
        .. "not managed well, go with work-related stress: Demands, Control, Support, Relationships, Role and "
        .. "Change. HSE's Talking Toolkit turns each into a conversation between a manager and their staff, to "
        .. "find what causes pressure and what would help. We hold those conversations as a team, one standard "
        .. "at a time, taking Support in two halves, from managers and from colleagues, as the BASW/SWU toolkit "
        .. "does. (That description is Circle's own, not HSE's words.)")
      s:say("For each, everyone may say how it is for them, or pass; then we say together how it is for the team "
        .. "today: working well, mixed, or a concern. Where it is mixed or a concern we ask what would help. "
        .. "Only the standard and that description are kept, never who said what.")
      local last = s.carried["hse-check"]
      if last and #last > 0 then
        s:say("At our last check the team described: " .. table.concat(last, "; ") .. ".")
      end
    end)

    for _, standard in ipairs(STANDARDS) do
      s:phase(standard.name, { minutes = standard.minutes }, function()
        if standard.name == "Relationships" then
          s:say("If something is about a particular person's behaviour towards you, please don't name them here: "
            .. "talk to the facilitator afterwards, or to the support we signpost at the end.")
          s:remind("If anyone hints at bullying or harassment, follow it up with them privately today, and use the "
            .. "organisation's procedures; don't explore it in the group.")
        end
        for _, part in ipairs(standard.parts) do
          described[#described + 1] = check(s, part)
        end
      end)
    end

    s:phase("What senior leaders should hear", { minutes = 12 }, function()
      s:say("How the team described the standards today: " .. table.concat(described, "; ") .. ".")
      -- Carried to the team's next check, so the team can see what has changed.
      s:record("hse-check", described, { carry = true })
      feedback_up.agree(s, "From this check, what should senior leaders hear, and what would help? One suggestion "
        .. "each, without names.", { guard = "conditions-not-people" })
    end)

    s:phase("Support and check-out", { minutes = 10 }, function()
      signposting.run(s)
      checkout.run(s, { brief = true })
      evaluation.run(s)
    end)
  end,
}
