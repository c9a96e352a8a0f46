-- Group supervision contracting session: a new supervision group agrees its supervision agreement,
-- or 'contract', at its first session; run again at the review date, it reads the contract out and
-- the group keeps or re-agrees each part.
--
-- What it follows:
--   Nicola McGeown, PSDP senior managers' briefing "Emotions, relationships and resilience in child
--   and family social work" (Practice Supervisor Development Programme, Research in Practice, 2020),
--   section 1 (seeds/psdp-senior-managers-emotions-relationships-resilience.txt:74): "From the start,
--   roles and responsibilities and professional boundaries and limitations of the relationship have to
--   be made explicit through a supervision agreement or ‘contract’." and (line 79) supervision policy
--   with "specific references to how diversity and difference will be explored and respected".
--   PSDP middle leaders' sheet on culture and a peer session
--   (seeds/psdp-middle-leaders-culture-and-peer-session.txt:46), a self-check statement: "I have clear,
--   regularly reviewed supervision agreements with those I supervise, which include consideration of
--   professional boundaries and the opportunity for me to hear feedback about my supervisory practice."
--   Those are the only words quoted. The briefing writes about one-to-one supervision; carrying the
--   agreement over to a group is the format's own step.
--
-- The format's own (not the sources'): the parts of the contract (who attends, how often,
-- confidentiality and its limits, what is recorded and where, difference and disagreement, a
-- review date); every question and s:say text; a member of the group as scribe, who gives the
-- wording the group settled on, which the group then agrees; limits of confidentiality that the
-- group cannot agree away (added to its confidentiality clause as they stand); the review at the
-- review date, with anonymous feedback for the facilitator (after the middle leaders' sheet's
-- "opportunity ... to hear feedback"); the contract carried as the group's record "group-contract":
-- every later session with the same team code, of any format, reads it out in its agreement
-- (Scripts/lib/agreement.lua), and this format's next session reviews it. The agreement, signposting, check-out, evaluation and the note on
-- decisions about a child come from Scripts/lib (Circle's own wording, quoting the BASW toolkit
-- where they say so).

local agreement = require("agreement")
local signposting = require("signposting")
local checkout = require("checkout")
local evaluation = require("evaluation")
local case_decisions = require("case_decisions")
local roles = require("roles")
local words = require("guards.words")

-- The parts of the contract, in the order they are agreed and read out.
local PARTS = {
  { key = "attends", label = "Who attends" },
  { key = "often", label = "How often we meet" },
  { key = "confidentiality", label = "Confidentiality and its limits" },
  { key = "recorded", label = "What is recorded, and where" },
  { key = "disagreement", label = "Difference and disagreement" },
  { key = "review", label = "Review" },
}
local NOT_AGREED = "not yet agreed"

local MANAGER = {
  "The team manager does not attend the group.",
  "The team manager attends as a member of the group.",
  "The team manager facilitates the group.",
}
local FREQUENCY = { "every two weeks", "every four weeks", "every six weeks" }
local LENGTH = { "60 minutes", "90 minutes", "two hours" }
local REVIEW = { "in three months", "in six months", "in twelve months" }

-- The contract carried from the group's last session of this format: part label -> wording.
-- A draft (not agreed by every member) is carried under its own key.
local function carried_contract(s)
  local lines = s.carried["group-contract"]
  local draft = false
  if not lines then
    lines, draft = s.carried["group-contract-draft"], true
  end
  if not lines then return nil end
  local parts = {}
  for _, line in ipairs(lines) do
    local label, text = line:match("^(.-):%s*(.+)$")
    if label then parts[label] = text end
  end
  return parts, draft, lines
end

-- Agrees one part in words: the scribe gives the wording the group settled on, and the group agrees
-- it or says what would need to change (at most twice more). Returns the wording, or nil.
local function agree_wording(s, label)
  for attempt = 1, 3 do
    -- nil when the scribe has stepped out: then nobody holds the pen and the part waits.
    local wording = s:ask(s.role.scribe, "The wording the group settled on for '" .. label .. "'", { pass = false })
    if not wording then break end
    if s:confirm("Does every member agree to this wording for '" .. label .. "'?") then return wording end
    if attempt < 3 then s:round("What would need to change for you to agree to it?") end
  end
  s:say("'" .. label .. "' is not agreed today: it stays open, and comes back at the group's next session.")
  return nil
end

return format {
  id = "group-supervision-contract",
  version = 1,
  title = "Group supervision contracting session",
  summary = "A new supervision group agrees its contract: who attends, how often, confidentiality and its "
    .. "limits, what is recorded and where, how difference and disagreement are handled, and a review date. "
    .. "Every later session of the group reads it out; run again at the review date, it reviews it.",
  minutes = 75,
  participants = { min = 3, max = 12 },
  roles = { scribe = { count = 1 }, member = { min = 2 } },
  agreement = agreement.field("Today the group agrees how it will work. Nothing about children, families or "
    .. "colleagues is discussed. The contract the group agrees is kept on this laptop for the group's later "
    .. "sessions and its review, never exported; only anonymised themes leave the room."),
  source = "PSDP senior managers' briefing 'Emotions, relationships and resilience in child and family social "
    .. "work' (N. McGeown, Research in Practice, 2020): 'a supervision agreement or ‘contract’'; PSDP middle "
    .. "leaders' sheet: 'clear, regularly reviewed supervision agreements'. The parts of the contract and the "
    .. "steps are the format's own.",
  suitable = { "new group", "first session", "group supervision", "contract review" },
  fidelity = {
    -- The limits of confidentiality are not the group's to agree away.
    { rule = "limits-of-confidentiality",
      when = words.phrases({ "total confidentiality", "complete confidentiality", "absolute confidentiality",
        "full confidentiality", "100% confidential", "completely confidential", "totally confidential",
        "strictly confidential", "no matter what", "whatever is said", "whatever we say", "nothing leaves",
        "never leaves", "goes no further", "go no further", "no exceptions", "never be shared",
        "never tell anyone", "not tell anyone", "won't tell anyone" }),
      unless = words.phrases({ "not total confidentiality", "not complete confidentiality",
        "not absolute confidentiality", "isn't total confidentiality", "no such thing as total confidentiality",
        "can't be total confidentiality" }),
      remind = "That sounds like confidentiality without limits. The limits are not the group's to agree "
        .. "away: a safeguarding concern, a risk to someone's safety or a fitness-to-practise matter raised "
        .. "in the group will be acted on. Say so, and help the group word its clause within them." },
  },

  run = function(s)
    local parts, draft, lines = carried_contract(s)
    local reviewing = parts ~= nil
    local kept = {}
    local agreed = {}

    s:phase("Agreement", { minutes = 8 }, function()
      agreement.run(s, {
        facilitator = "The practice supervisor (or whoever will facilitate the group)",
        contract = false,   -- read out, and reviewed, in the next phase
        confidentiality = "What is said here stays here: only anonymised themes leave the room. The contract we "
          .. "agree is kept on this laptop for our later sessions and our review, and never exported.",
        rules = { "Today is about how we will work together, not about cases: no names of children, families or "
          .. "colleagues." },
      })
      signposting.run(s)
    end)

    s:phase("Our contract", { minutes = 5 }, function()
      if not reviewing then
        s:say("This is the group's first session: we agree our contract. The PSDP senior managers' briefing says "
          .. "that, from the start, roles and responsibilities and professional boundaries and limitations of the "
          .. "relationship \"have to be made explicit through a supervision agreement or ‘contract’\". It was "
          .. "written about supervision one to one; a group needs one just as much.")
        s:say("We take six parts in turn: who attends, how often we meet, confidentiality and its limits, what is "
          .. "recorded and where, difference and disagreement, and when we review the contract. For each, "
          .. "everyone may say what they want the contract to say, or pass; then the scribe gives the wording "
          .. "the group settled on, and we agree it.")
      else
        s:say((draft and "Our draft contract, not yet agreed by every member, reads:" or "Our contract reads:"))
        for _, line in ipairs(lines) do s:say(line) end
        s:say("We review it today. The middle leaders' sheet asks for \"clear, regularly reviewed supervision "
          .. "agreements\", with \"the opportunity for me to hear feedback about my supervisory practice\": so "
          .. "first, anonymous feedback for the facilitator.")
        evaluation.run(s, { prompt = "How is the group working for you, and what would you like the facilitator "
          .. "to do more of, or differently?" })
        for _, part in ipairs(PARTS) do
          local text = parts[part.label]
          if text and text ~= NOT_AGREED and part.key ~= "review"
            and s:confirm("Keep '" .. part.label .. "' as it is: \"" .. text .. "\"?") then
            kept[part.key] = part.label .. ": " .. text
          end
        end
      end
      local scribe = s:choose("Who will be the group's scribe today, giving the wording the group settles on?",
        s.participants)
      roles.one_and_others(s, "scribe", scribe, "member")
      s:remind("You may write the wording with the scribe, but it is the group's: read it back before you ask "
        .. "whether every member agrees.")
    end)

    -- Each part's phase: a part kept at the review is read out; any other is agreed afresh.
    local function part(key, minutes, agree)
      local p
      for _, candidate in ipairs(PARTS) do if candidate.key == key then p = candidate end end
      s:phase(p.label, { minutes = minutes }, function()
        if kept[key] then
          s:say("Kept as it is. " .. kept[key])
          agreed[key] = kept[key]
          return
        end
        local wording = agree(p.label)
        agreed[key] = p.label .. ": " .. (wording or NOT_AGREED)
      end)
    end

    part("attends", 9, function(label)
      s:say("Who belongs to the group: its members and its facilitator; whether it is closed or new members "
        .. "join, and how; students and newly qualified staff; what we expect about coming every time.")
      s:round("Who should belong to this group, and what should we agree about joining, leaving and attending?")
      local manager = s:choose("What does the group agree about the team manager?", MANAGER)
      local wording = agree_wording(s, label)
      return wording and (wording .. " " .. manager) or nil
    end)

    part("often", 6, function()
      s:round("What would make it possible for you to come every time, and what gets in the way?")
      local often = s:choose("How often will the group meet?", FREQUENCY)
      local length = s:choose("How long will each session be?", LENGTH)
      return "We meet " .. often .. ", for " .. length .. ", protected from visits and duty where the team can "
        .. "arrange it."
    end)

    part("confidentiality", 10, function(label)
      s:say("What stays in the group. Its limits are not ours to agree away. " .. agreement.LIMITS .. " "
        .. agreement.who_acts(s.organisation))
      s:round("What should confidentiality mean in this group: what stays here, and what may we take out of the "
        .. "room, and how?", { guard = "limits-of-confidentiality" })
      local wording = agree_wording(s, label)
      return wording and (wording .. " " .. agreement.LIMITS) or nil
    end)

    part("recorded", 8, function(label)
      s:say("What is recorded, and where. Circle keeps no names and no contributions: only anonymised themes, and "
        .. "what the group agrees to send on, after the facilitator has checked them. Whether anything else is "
        .. "kept, by whom and where, is for the group to agree.")
      case_decisions.say(s)
      s:round("What should be recorded of our sessions, by whom, and where?")
      local wording = agree_wording(s, label)
      return wording and (wording .. " Decisions about a child go on the child's record, through the accountable "
        .. "manager.") or nil
    end)

    part("disagreement", 9, function(label)
      s:say("How we handle difference and disagreement. The PSDP senior managers' briefing asks that supervision "
        .. "policy make \"specific references to how diversity and difference will be explored and respected\".")
      s:round("How will we handle disagreement in this group, and make room for difference: in our backgrounds, "
        .. "identities, roles and views?")
      return agree_wording(s, label)
    end)

    part("review", 4, function()
      s:say("A contract is reviewed: the group comes back to it, and the facilitator hears how the group is "
        .. "working for its members.")
      local when = s:choose("When will the group review this contract?", REVIEW)
      s:remind("Put the review in the diary: at that session, run this format again with the same team code; it "
        .. "reads the contract out and the group keeps or re-agrees each part.")
      return "We review this contract " .. when .. ", and the facilitator asks then for feedback on how the group "
        .. "is working."
    end)

    s:phase("Agreeing the contract", { minutes = 8 }, function()
      s:say("Our contract, as agreed part by part:")
      local contract = {}
      for _, p in ipairs(PARTS) do
        contract[#contract + 1] = agreed[p.key] or (p.label .. ": " .. NOT_AGREED)
        s:say(contract[#contract])
      end
      local every = s:confirm("Has every member agreed to this contract, and to coming back to it at the review?")
      if not every then
        s:round("What would need to change for you to agree to the contract?")
        every = s:confirm("Has every member agreed to the contract now?")
      end
      if every then
        s:say("The contract is agreed. It is kept on this laptop: read out at the start of the group's later "
          .. "sessions, and reviewed at the review date.")
        s:record("group-contract", contract, { carry = true })
      else
        s:say("The contract is not agreed yet: it is kept as a draft, and the group comes back to it at its next "
          .. "session of this format.")
        s:record("group-contract-draft", contract, { carry = true })
      end
    end)

    s:phase("Check-out", { minutes = 8 }, function()
      checkout.run(s, { brief = true })
      if not reviewing then evaluation.run(s) end
    end)
  end,
}
