-- Peer Check-in: a short team format.
--
-- Source: BASW / Social Workers Union, "Social Worker Wellbeing and Working Conditions:
-- Good Practice Toolkit" (Ravalier & Allen, version 1.2, November 2020), section 6 "Tools for
-- Teams", "Peer support and coaching in teams and organisations", Fig. 7 "Peer 'Check-in'":
-- "Providing informal and formal support to peers and manager in the team" —
--   ● How are you?
--   ● Lunch / time for a coffee
--   ● Checking in with a colleague after difficult conversation
--   ● Checking in with colleagues returning to work following leave, sickness, compassionate leave
--   ● Students and new staff – making time to make them feel welcome
--
-- This is Circle's group adaptation: in the toolkit a check-in is informal, one to one and in
-- the moment ("Having a colleague come over and mention something about the phone call"). Each
-- bullet becomes one step, quoting its wording, except the return to work: reading out who is
-- back from sickness or bereavement would tell the group without their consent, so that bullet is
-- a private reminder to the facilitator (s:remind), never read aloud. The format's own step (not
-- the toolkit's): what senior leaders should hear, said in a round and agreed by the group, each
-- item then kept, edited or dropped by the facilitator at the close (Scripts/lib/feedback_up.lua,
-- which first reads out what leaders did about earlier feedback). The agreement, signposting
-- and check-out come from Scripts/lib (Circle's own wording, quoting the toolkit where marked);
-- the s:say texts paraphrase the toolkit's surrounding text, or say they are Circle's own.

local agreement = require("agreement")
local signposting = require("signposting")
local checkout = require("checkout")
local feedback_up = require("feedback_up")

-- Picks, one at a time, the colleagues a check-in is for (handles), until "nobody else".
-- The options never change, so the step reads the same every time; someone picked twice is
-- kept once.
local function pick_people(s, prompt)
  local options = { table.unpack(s.participants) }
  options[#options + 1] = "nobody else"
  local picked, seen = {}, {}
  for _ = 1, #s.participants do
    local person = s:choose(prompt, options)
    if person == "nobody else" then break end
    if not seen[person] then
      seen[person] = true
      picked[#picked + 1] = person
    end
  end
  return picked
end

return format {
  id = "peer-check-in",
  version = 3,
  title = "Peer Check-in",
  summary = "The BASW/SWU toolkit's peer check-in, adapted for a team: how are you, checking in after difficult conversations, welcoming students and new staff, time for lunch or a coffee; returns to work are checked on privately, one to one.",
  minutes = 30,
  participants = { min = 2, max = 10 },
  agreement = agreement.field("Providing informal and formal support to peers and manager in the team. Anyone may pass. What is said here stays here; only anonymised themes, and feedback the team agrees to send to senior leaders, leave the room."),
  source = "BASW/SWU, Social Worker Wellbeing and Working Conditions: Good Practice Toolkit (v1.2, Nov 2020), section 6 'Tools for Teams', 'Peer support and coaching in teams and organisations', Fig. 7 Peer 'Check-in' (a group adaptation of a one-to-one practice)",
  suitable = { "team", "short", "wellbeing" },

  run = function(s)
    s:phase("Agreement", { minutes = 5 }, function()
      s:say("A peer check-in: something as simple as a quick 'how are you doing today?' In the toolkit it is informal "
        .. "and one to one, in the moment: a colleague coming over after a difficult phone call. Here the team makes a "
        .. "few minutes for it together; anything more personal belongs one to one, afterwards. (This group version is "
        .. "Circle's adaptation.)")
      agreement.run(s, { facilitator = "A colleague chosen by the team" })
    end)

    s:phase("How are you?", { minutes = 4 }, function()
      s:round("How are you?")
    end)

    s:phase("Checking in", { minutes = 7 }, function()
      for _, person in ipairs(pick_people(s, "Checking in with a colleague after difficult conversation: who would like a check-in?")) do
        s:say("Checking in with " .. person .. " after a difficult conversation.")
        s:ask(person, "Checking in after a difficult conversation: how are you?")
        s:remind("If " .. person .. " describes distress (shaking, tearful, not sleeping, dreading the next visit), "
          .. "offer time one to one straight after this check-in, and mention the support signposted at the end.")
        s:ask(person, "Is there anything you need before your next visit or call, from the team or one to one afterwards?")
      end
      s:remind("Checking in with colleagues returning to work following leave, sickness, compassionate leave: if "
        .. "anyone is back today, check in with them one to one, privately, after this meeting. Do not name them or "
        .. "their leave here: that is theirs to tell.")
      local new = pick_people(s, "Students and new staff – making time to make them feel welcome: who is new?")
      if #new > 0 and #new < #s.participants then
        s:say("Making time to make " .. table.concat(new, ", ") .. " feel welcome.")
        s:round("Students and new staff – making time to make them feel welcome: a welcome from you", { skip = new })
      end
    end)

    s:phase("Lunch / time for a coffee", { minutes = 3 }, function()
      s:say("Take time to have lunch away from the office and have a catch up, or make a hot drink together.")
      s:round("Lunch / time for a coffee: when will you take a break with a colleague?")
    end)

    s:phase("What should leaders hear?", { minutes = 5 }, function()
      feedback_up.step(s)
    end)

    s:phase("Support and check-out", { minutes = 6 }, function()
      signposting.run(s)
      checkout.run(s, { brief = true })
    end)
  end,
}
