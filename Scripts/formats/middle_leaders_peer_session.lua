-- Middle leaders' peer session.
--
-- A peer group session for middle leaders that asks, in order, the questions of the PSDP middle
-- leaders' sheet (the sheet accompanying the senior managers' briefing 'Emotions, relationships
-- and resilience in child and family social work'): "Think about having a peer group session with
-- other middle leaders and ask the following of each other, sharing good practice examples."
-- Items the group agrees to feed back to senior leaders are recorded as "feedback-up".
--
-- What follows the source: the sheet's statements and questions, quoted verbatim and in the
-- sheet's order; the quotations in s:say texts (Drucker, Hardy 2017, Laming 2003 and the sheet's
-- tips), which the sheet prints. The statements are for private reflection, as the sheet asks
-- ("Read the following statements and consider..."): the format gives time to consider them and
-- nothing is said or recorded. The format's own steps: reading out what senior leaders said they
-- did about earlier feedback ("you said, we did", s.responses) and the group agreeing each
-- feedback item, which keeps the theme tagged on it (Scripts/lib/feedback_up.lua); the agreement, signposting, check-out and anonymous evaluation
-- from Scripts/lib (Circle's own wording, quoting the BASW toolkit where they say so).
--
-- With --scenario, a compiled report (`circle compile -o themes.json`: a `themes` list of
-- { label, sessions }, sessions being a number or "suppressed") is read out before
-- "Are there common themes?".

local SHEET = "PSDP middle leaders' sheet"
local agreement = require("agreement")
local signposting = require("signposting")
local checkout = require("checkout")
local evaluation = require("evaluation")
local blame = require("guards.blame")
local feedback_up = require("feedback_up")

-- The sheet's statements, to consider "which apply to you either all, some or none of the time".
local STATEMENTS = {
  "I ensure I am visible and available to my supervisees and practitioners.",
  "I avoid working or sending emails outside office hours.",
  "I discourage staff from working outside office hours.",
  "My team has a system for 'checking in' with staff if after-hours home visits are necessary.",
  "I have clear, regularly reviewed supervision agreements with those I supervise, which include consideration of professional boundaries and the opportunity for me to hear feedback about my supervisory practice.",
  "I know about and regularly encourage staff to take advantage of the agency's wellbeing / occupational health services.",
  "I regularly ask supervisees, peers and practitioners how they are feeling.",
  "I pay attention to the possible impact of remote and online working.",
}

-- The themes given with the scenario, as { label, shown } pairs; empty without one.
local function scenario_themes(scenario)
  local out = {}
  if type(scenario) ~= "table" or type(scenario.themes) ~= "table" then return out end
  for _, t in ipairs(scenario.themes) do
    if type(t) == "table" then
      local label = t.label or t.id
      if type(label) == "string" and label ~= "" then
        local n = t.sessions or t.count
        local shown = math.type(n) and (tostring(n) .. (n == 1 and " session" or " sessions"))
          or (n ~= nil and "withheld (too few sessions)" or nil)
        out[#out + 1] = { label = label, shown = shown }
      end
    end
  end
  return out
end

return format {
  id = "middle-leaders-peer-session",
  version = 3,
  title = "Middle leaders' peer session",
  summary = "Middle leaders ask each other the PSDP sheet's questions: supervision agreements, workloads, "
    .. "common themes, what to feed back to senior leaders, sharing resources, what we did well, "
    .. "our mistakes and what we learn.",
  minutes = 90,
  participants = { min = 3, max = 8 },
  agreement = agreement.field("What is said here stays here. Only anonymised themes, and the items we agree together to feed back to senior leaders, leave the room, and they name no one. We share good practice examples. Mistakes are understood, not blamed."),
  source = "Research in Practice, PSDP: middle leaders' sheet accompanying the senior managers' briefing "
    .. "'Emotions, relationships and resilience in child and family social work' - the statements to consider, "
    .. "and 'Think about having a peer group session with other middle leaders and ask the following of each other'",
  suitable = { "middle leaders", "peer group", "across teams" },
  fidelity = {
    blame.rule { rule = "no-blame",
      remind = "The sheet asks for a culture that 'avoids a blaming response to mistakes', where 'mistakes are understood' (Hardy 2017): bring it back to the mistakes we made and what we can learn." },
  },

  run = function(s)
    s:phase("Agreement", { minutes = 5 }, function()
      agreement.run(s, {
        facilitator = "The middle leader chosen to lead today's session",
        confidentiality = "What is said here stays here. Only anonymised themes, and the items we agree together "
          .. "to feed back to senior leaders, leave the room, and they name no one.",
        rules = { "We share good practice examples. Mistakes are understood, not blamed." },
      })
    end)

    s:phase("Opening", { minutes = 8 }, function()
      s:say("'Culture eats strategy for breakfast' (attributed to Peter Drucker): strategy and culture need to work "
        .. "together. Middle leaders have a vital role in a culture that supports practice supervisors to support "
        .. "practitioners, offers high challenge and high support and 'avoids a blaming response to mistakes', "
        .. "rewards staff for looking after themselves and seeking support, and where learning is continuous.")
      s:say("Read the following statements and consider which apply to you either all, some or none of the time:")
      for _, statement in ipairs(STATEMENTS) do s:say("  " .. statement) end
      s:say("This is for each of us privately: take a few minutes, on paper if you like. Nobody is asked "
        .. "which apply to them, and nothing is recorded.")
      s:pause("Time to consider the statements privately; continue when people are ready")
      s:say("'The likelihood is that some of these apply to you some of the time and that, at others, it is "
        .. "difficult to sustain behaviours which help your staff to express, and you to contain, their anxiety "
        .. "and stress.'")
    end)

    s:phase("Supervision agreements", { minutes = 8 }, function()
      s:round("Have we got supervision agreements with the practice supervisors we supervise that are clear about "
        .. "roles and responsibilities, professional boundaries and the limitations of the relationship, enabling us "
        .. "to effectively promote professional development and challenge poor performance?")
    end)

    s:phase("Workloads", { minutes = 8 }, function()
      s:say("The sheet: high levels of stress will be found in staff who feel unsupported; where there are excessive "
        .. "demands, like high caseloads comprised of complex and difficult situations; where staff feel pressurised "
        .. "in completing work; where people fear making mistakes.")
      s:round("How are workloads in our teams?")
    end)

    s:phase("Common themes", { minutes = 8 }, function()
      local themes = scenario_themes(s.scenario)
      if #themes > 0 then
        s:say("Themes from our teams' sessions (anonymised):")
        for _, t in ipairs(themes) do
          s:say("  " .. t.label .. (t.shown and (" — " .. t.shown) or ""))
        end
      end
      s:round("Are there common themes?")
    end)

    s:phase("Feeding back to senior leaders", { minutes = 12 }, function()
      s:say("'A healthy culture begins with high-quality leadership by senior managers willing to 'walk the talk' and "
        .. "who are anxious to understand the issues facing front-line staff.' (Laming 2003 p358). The sheet also suggests: "
        .. "ask your manager to ask themselves the questions. Items that go upward name no one.")
      feedback_up.responses(s)
      feedback_up.agree(s, "What do we need to feedback to senior leaders about resilience in our teams?")
    end)

    s:phase("Sharing resources", { minutes = 8 }, function()
      s:round("How can we share resources to ensure our staff can develop professional expertise through "
        .. "shadowing, mentoring and coaching outside of their line management structure?")
    end)

    s:phase("What have we done well?", { minutes = 8 }, function()
      s:round("What have we done well?")
    end)

    s:phase("What mistakes have we made?", { minutes = 9 }, function()
      s:say("A healthy organisational culture 'is one where mistakes are understood, where a blame culture is not "
        .. "allowed to flourish and where mutual respect is established.' (Hardy 2017)")
      s:round("What mistakes have we made?", { guard = "no-blame" })
    end)

    s:phase("What can we learn?", { minutes = 8 }, function()
      s:round("What can we learn from each other and from our mistakes and achievements?")
      s:say("To take away, from the " .. SHEET .. ": 'Consider how you can create a healthy culture and reduce the "
        .. "stigma of stress and mental ill-health.' Improve support networks for yourself and your teams. And "
        .. "'ensure you look after yourself through effective, curious, reflective supervision with your manager.'")
    end)

    s:phase("Support and check-out", { minutes = 8 }, function()
      signposting.run(s)
      checkout.run(s, { brief = true })
      evaluation.run(s)
    end)
  end,
}
