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
-- Stages: welcome and ground rules; a title for the session; a panel of two to four storytellers
-- chosen by the facilitator, each telling a short story in its own time box; open reflection on
-- the emotional and social side ("What struck you?", "What did it leave you feeling?", "What
-- resonates with you?") with a reminder when the group starts fixing; the facilitator's closing
-- reflection and the themes they name; a quick evaluation; a reminder to debrief the panel.

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

local ORDINALS = { "first", "second", "third", "fourth" }
local PANEL_DONE = "No more stories: the panel is complete"

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
  { id = "peer-support", label = "Peer support" },
  { id = "relationships", label = "Relationships" },
  { id = "self-care", label = "Self-care" },
  { id = "successes", label = "Successes" },
}
local NO_MORE_THEMES = "No more themes"

-- The participants in seating order, starting at seat `first` and going round.
-- Each storyteller slot lists everyone, starting one seat further round than the slot before.
-- (A fixed list per slot, not "everyone not yet chosen", keeps every choice's options the same
-- from session to session, which is what `circle lint` needs to try each option.)
local function round_from(s, first)
  local list, n = {}, #s.participants
  for i = 0, n - 1 do list[#list + 1] = s.participants[(first - 1 + i) % n + 1] end
  return list
end

return format {
  id = "schwartz-round-style-session",
  version = 1,
  title = "Schwartz Round-style session",
  summary = "A session in the style of a Schwartz Round, not a Schwartz Round (official Schwartz Rounds "
    .. "are licensed by the Point of Care Foundation): a panel of two to four tell short stories about "
    .. "how the work feels, then the group reflects together, without problem-solving.",
  minutes = 60,
  participants = { min = 5, max = 10 },
  roles = { panel = { min = 2, max = 4 } },
  agreement = [[What is said here stays here; only anonymised themes leave the room. No names of children, families or colleagues: say "the mum", "a seven-year-old". This is not problem-solving and not case supervision: we talk about what the work is like and how it feels, not what anyone should do. We listen to the storytellers without interrupting and without judging. Anyone may pass.]],
  source = "In the style of Schwartz Rounds (Schwartz Center for Compassionate Healthcare; in the UK and "
    .. "Ireland licensed by the Point of Care Foundation, www.pointofcarefoundation.org.uk/our-work/schwartz-rounds/). "
    .. "Not an official Schwartz Round. Mentioned in BASW/SWU, 'Social Worker Wellbeing and Working Conditions: "
    .. "Good Practice Toolkit' (Ravalier & Allen, v1.2, 2020), 'Pause and Reflect'.",
  suitable = { "team", "emotional impact", "after a hard period" },
  fidelity = {
    { rule = "no-fixing",
      when = { "^you should", "^have you tried", "^why don't", "^why don’t", "^what you need to do",
               "^i would", "^if i were you" },
      remind = "The group is starting to fix or advise. Thank them, and steer back gently: today is about "
        .. "what the work is like and how it feels, not what anyone should do." },
  },

  run = function(s)
    s:phase("Welcome and ground rules", { minutes = 4 }, function()
      s:say(FACILITATOR_NOTE)
      s:say("Welcome. In the next hour a few colleagues will tell short stories about a piece of work and "
        .. "what it was like for them. Then we all reflect on what we heard: the feelings and the human "
        .. "side of the work, not the tasks.")
      s:say("Ground rules: what is said here stays here. No names of children, families or colleagues. "
        .. "We are not here to solve problems, give advice or judge anyone's practice. "
        .. "Listen without interrupting. Anyone may pass.")
    end)

    local panel = {}
    s:phase("Title and panel", { minutes = 3 }, function()
      local title = s:choose("What title will the session go by?", TITLES)
      if title == TITLES[#TITLES] then
        s:record("session-title", "a title of the group's own")
        s:say("Say the session's title aloud for the group.")
      else
        s:record("session-title", title)
        s:say("Today's session: \"" .. title .. "\".")
      end

      s:say("Choose the panel: two to four storytellers, in the order they will speak.")
      local chosen = {}
      for slot = 1, 4 do
        local options = round_from(s, slot)
        local prompt = "Who will tell the " .. ORDINALS[slot] .. " story?"
        if slot > 2 then
          options[#options + 1] = PANEL_DONE
          prompt = prompt .. " (or finish the panel)"
        end
        local pick
        repeat
          pick = s:choose(prompt, options)
          if chosen[pick] then s:say(pick .. " is already on the panel: choose someone else.") end
        until not chosen[pick]
        if pick == PANEL_DONE then break end
        chosen[pick] = true
        panel[#panel + 1] = pick
        s:assign("panel", pick)
      end
    end)

    -- One phase per story, so each storyteller has their own time box.
    for i, storyteller in ipairs(panel) do
      local name = "Story " .. i .. " of " .. #panel
      s:phase(name, { minutes = 5 }, function()
        if i == 1 then
          s:say("Everyone else listens without interrupting. Questions and reflections come later.")
        end
        s:ask(storyteller, "Your story, in your own words: what happened, and what it was like for you.",
          { pass = false })
      end)
    end

    s:phase("Open reflection", { minutes = 20 }, function()
      s:say("The session is now open to everyone, storytellers included. We stay with what the stories "
        .. "stirred in us: feelings, the human and social side of the work. We are not here to solve "
        .. "the problems in the stories or to judge the storytellers. Anyone may pass.")
      for _, prompt in ipairs(REFLECTION_PROMPTS) do
        s:round(prompt, { order = "random", guard = "no-fixing" })
      end
    end)

    s:phase("Closing reflection", { minutes = 5 }, function()
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

    s:phase("Evaluation", { minutes = 5 }, function()
      s:round("A quick evaluation: in a word or a line, how was this session for you?")
    end)

    s:phase("Panel debrief", { minutes = 3 }, function()
      s:say("Telling a story can stir things up. Before the storytellers leave, check in with each of them "
        .. "privately: how was it to tell it, and do they need anything more today?")
      s:pause("Debrief the panel (" .. table.concat(panel, ", ") .. ") before they go")
    end)
  end,
}
