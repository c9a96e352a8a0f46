-- A session in the style of a Schwartz Round. It is NOT a Schwartz Round.
--
-- Model and owner: Schwartz Rounds were developed by the Schwartz Center for Compassionate
-- Healthcare (Boston, USA); in the UK and Ireland they are licensed and supported by the
-- Point of Care Foundation (www.pointofcarefoundation.org.uk/our-work/schwartz-rounds/).
-- Only organisations licensed by the Foundation, with trained facilitators, may run official
-- Schwartz Rounds. This format borrows the well-known shape (a panel tells short stories about
-- the emotional and social side of the work; the room reflects on them; nobody problem-solves)
-- for a team's own reflective session, and says so at the start.
--
-- Seed that mentions it: BASW / Social Workers Union, "Social Worker Wellbeing and Working
-- Conditions: Good Practice Toolkit" (Ravalier & Allen, version 1.2, November 2020),
-- "Pause and Reflect" (seeds/basw-wellbeing-working-conditions-toolkit.txt:368):
--   "Approaches such as mindfulness, ..., Schwartz rounds
--    www.pointofcarefoundation.org.uk/our-work/schwartz-rounds/, peer reflective groups or
--    guided centring provide individual or group approaches to pause and reflection ..."
--
-- What the format takes from that shape (as the Point of Care Foundation describes Schwartz
-- Rounds publicly, not from a seed): a panel chosen and prepared beforehand by the facilitator;
-- short stories; the rest of the hour the audience's, in an open discussion where nobody has to
-- speak; no problem-solving; looking after the panel and the audience afterwards; an anonymous
-- evaluation. Every s:say text, prompt and time box is the format's own wording; the agreement,
-- signposting, check-out and anonymous evaluation come from Scripts/lib (Circle's own wording,
-- quoting the BASW toolkit where they say so).
--
-- Stages: welcome and ground rules; a title; the panel the facilitator prepared beforehand,
-- confirmed at the start (anyone may withdraw, then or later, with no reason given); up to three
-- stories, each in its own time box; open discussion, the facilitator inviting whoever wants to
-- speak (no go-round, nobody has to speak); the facilitator's closing reflection and the themes
-- they named; what senior leaders should hear, written anonymously and agreed by the room (Circle's
-- own step and wording, Scripts/lib/feedback_up.lua, which first reads out what leaders did about
-- earlier feedback: no Schwartz Round does this); looking after the audience; an anonymous
-- evaluation; the panel's private debrief.

local agreement = require("agreement")
local signposting = require("signposting")
local checkout = require("checkout")
local evaluation = require("evaluation")
local advice = require("guards.advice")
local feedback_up = require("feedback_up")

local FACILITATOR_NOTE = "Official Schwartz Rounds are licensed by the Point of Care Foundation. "
  .. "This is a session in the style of a Schwartz Round, not a Schwartz Round."

-- Titles the facilitator can give the session (chosen, so the title is the facilitator's and
-- no free text is needed). The last option covers a title of the group's own, said aloud.
local TITLES = {
  "The family I can't forget",
  "When I didn't know what to say",
  "Is it OK to cry at work?",
  "When it went right",
  "Carrying it home",
  "On the receiving end of anger",
  "A title of our own (say it aloud)",
}

local PANEL_DONE = "That is the whole panel"
local MAX_PANEL = 3

local REFLECTION_PROMPTS = {
  "What struck you?",
  "What did it leave you feeling?",
  "What resonates with you?",
}

-- Themes the facilitator may name in the closing reflection (ids from the shared codebook).
local CLOSING_THEMES = {
  { id = "moral-distress", label = "Moral distress" },
  { id = "secondary-trauma", label = "Secondary trauma" },
  { id = "anxiety", label = "Anxiety" },
  { id = "containment", label = "Containment" },
  { id = "peer-support", label = "Support from peers" },
  { id = "relationships", label = "Relationships" },
  { id = "self-care", label = "Self-care" },
  { id = "successes", label = "Successes" },
}
local NO_MORE_THEMES = "No more themes"

-- An open discussion of `prompt`: no go-round. Each time, the facilitator picks who speaks next
-- from those who want to (anyone may speak again), until nobody else does.
local NOBODY_ELSE = "nobody else"
local function open_discussion(s, prompt)
  local options = { table.unpack(s.participants) }
  options[#options + 1] = NOBODY_ELSE
  for _ = 1, 3 * #s.participants do
    local person = s:choose("Who speaks next?", options)
    if person == NOBODY_ELSE then break end
    s:ask(person, prompt, { guard = "no-fixing" })
  end
end

return format {
  id = "schwartz-round-style-session",
  version = 3,
  title = "Schwartz Round-style session",
  summary = "A session in the style of a Schwartz Round, not a Schwartz Round (official Schwartz Rounds "
    .. "are licensed by the Point of Care Foundation): a panel prepared beforehand tell short stories "
    .. "about how the work feels, then the rest of the hour is the audience's, an open discussion without "
    .. "problem-solving.",
  minutes = 60,
  participants = { min = 5, max = 10 },
  roles = { panel = { max = 3 } },
  agreement = agreement.field("What is said here stays here; only anonymised themes, and feedback the group agrees to send to senior leaders, leave the room. No names of children, families or colleagues: say \"the mum\", \"a seven-year-old\". This is not problem-solving and not case supervision: we talk about what the work is like and how it feels, not what anyone should do. We listen to the storytellers without interrupting and without judging. Anyone may pass."),
  source = "In the style of Schwartz Rounds (Schwartz Center for Compassionate Healthcare; in the UK and "
    .. "Ireland licensed by the Point of Care Foundation, www.pointofcarefoundation.org.uk/our-work/schwartz-rounds/). "
    .. "Not an official Schwartz Round. Mentioned in BASW/SWU, 'Social Worker Wellbeing and Working Conditions: "
    .. "Good Practice Toolkit' (Ravalier & Allen, v1.2, 2020), 'Pause and Reflect'.",
  suitable = { "team", "emotional impact", "after a hard period" },
  fidelity = {
    advice.rule { rule = "no-fixing",
      remind = "The group is starting to fix or advise. Thank them, and steer back gently: today is about "
        .. "what the work is like and how it feels, not what anyone should do." },
  },

  run = function(s)
    s:phase("Welcome and ground rules", { minutes = 5 }, function()
      s:say(FACILITATOR_NOTE)
      s:say("Welcome. In the next hour a few colleagues will tell short stories about a piece of work and "
        .. "what it was like for them. Then the rest of the hour is yours: we reflect on what we heard, "
        .. "the feelings and the human side of the work, not the tasks. Nobody has to speak.")
      agreement.run(s, {
        facilitator = "The facilitator, who met and prepared the panel beforehand,",
        confidentiality = "What is said here stays here; only anonymised themes, and feedback the group agrees to send to senior leaders, leave the room.",
        rules = {
          "No names of children, families or colleagues: say \"the mum\", \"a seven-year-old\".",
          "We are not here to solve problems, give advice or judge anyone's practice: we talk about what the work "
            .. "is like and how it feels. Listen to the storytellers without interrupting.",
        },
      })
    end)

    local panel = {}
    s:phase("Title and panel", { minutes = 2 }, function()
      local title = s:choose("What title will the session go by?", TITLES)
      if title == TITLES[#TITLES] then
        s:record("session-title", "a title of the group's own")
        s:say("Say the session's title aloud for the group.")
      else
        s:record("session-title", title)
        s:say("Today's session: \"" .. title .. "\".")
      end

      s:say("The panel is the storytellers you met and prepared beforehand; nobody is asked on the spot. "
        .. "Choose them in the order they will speak (up to " .. MAX_PANEL .. ").")
      local options = { table.unpack(s.participants) }
      options[#options + 1] = PANEL_DONE
      local chosen = {}
      for _ = 1, #s.participants do
        if #panel == MAX_PANEL then break end
        local pick = s:choose("A storyteller you prepared beforehand, in the order they will speak", options)
        if pick == PANEL_DONE then break end
        if chosen[pick] then
          s:say(pick .. " has already been asked.")
        elseif s:confirm("Ask " .. pick .. " quietly: still happy to tell their story today? They may say no, with no reason given.") then
          chosen[pick] = true
          panel[#panel + 1] = pick
          s:assign("panel", pick)
        else
          chosen[pick] = true
          s:remind(pick .. " would rather not tell a story today: say nothing to the group about it, and check in "
            .. "with them privately afterwards.")
        end
      end
      if #panel == 0 then
        s:say("No stories today: the hour is an open reflection on the session's title.")
      end
    end)

    -- One phase per story, so each storyteller has their own time box.
    for i, storyteller in ipairs(panel) do
      local name = "Story " .. i .. " of " .. #panel
      s:phase(name, { minutes = 4 }, function()
        if i == 1 then
          s:say("Everyone else listens without interrupting. Reflections come later. A storyteller may still "
            .. "withdraw, now or partway through: pass, and we move on.")
        end
        if not s:ask(storyteller, "Your story, in your own words: what happened, and what it was like for you.") then
          s:say("Thank you. We move on; nothing more is asked.")
          s:remind(storyteller .. " withdrew their story: check in with them privately after the session.")
        end
      end)
    end

    s:phase("Open discussion", { minutes = 27 }, function()
      s:say("The rest of the hour is the audience's, storytellers included. We stay with what the stories "
        .. "stirred in us: feelings, the human and social side of the work. We are not here to solve "
        .. "the problems in the stories or to judge the storytellers. There is no go-round: speak when you "
        .. "want to, and nobody has to. Choose each time who speaks next from those who want to.")
      for _, prompt in ipairs(REFLECTION_PROMPTS) do open_discussion(s, prompt) end
    end)

    s:phase("Closing reflection", { minutes = 3 }, function()
      s:say("Now your closing reflection, in your own words, as facilitator: the threads you heard across "
        .. "the stories and the room. Name feelings and themes, not solutions. Thank the panel.")
      s:pause("Your closing reflection; then continue, to tag up to three themes you named")
      local named = {}
      for n = 1, 3 do
        local options = {}
        for i, theme in ipairs(CLOSING_THEMES) do options[i] = theme.label .. " (#" .. theme.id .. ")" end
        options[#options + 1] = NO_MORE_THEMES
        local _, index = s:choose("A theme you named (" .. n .. " of up to 3)", options)
        if index > #CLOSING_THEMES then break end
        local theme = CLOSING_THEMES[index]
        if not named[theme.id] then
          named[theme.id] = true
          s:theme(theme.id, "named in the closing reflection")
        end
      end
    end)

    s:phase("What should leaders hear?", { minutes = 3 }, function()
      feedback_up.step(s, { written = true })
    end)

    s:phase("Looking after the audience", { minutes = 4 }, function()
      s:say("Listening to these stories can stir things up for the audience too, not only the panel. "
        .. "If something today touched something of your own, you do not have to carry it alone.")
      signposting.run(s)
      checkout.run(s, { brief = true })
    end)

    s:phase("Evaluation", { minutes = 2 }, function()
      evaluation.run(s, { prompt = "A quick evaluation: in a word or a line, how was this session for you?" })
    end)

    if #panel > 0 then
      s:phase("Panel debrief", { minutes = 2 }, function()
        s:say("Telling a story can stir things up. Before the storytellers leave, check in with each of them "
          .. "privately: how was it to tell it, and do they need anything more today?")
        s:pause("Debrief the panel (" .. table.concat(panel, ", ") .. ") privately before they go")
      end)
    end
  end,
}
