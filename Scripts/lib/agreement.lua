-- Agreement: the ground rules every format opens with, agreed with the group rather than read out.
-- Load it with `local agreement = require("agreement")`.
--
-- It says, in this order: what stays in the room; the limits of that (a safeguarding concern, a
-- risk to someone's safety or a fitness-to-practise matter is acted on, by whom and how: the
-- organisation file's safeguarding lead when there is one); who facilitates and whether the team
-- manager is here; whether the facilitator keeps notes; that anyone may pass or step out; the
-- format's own ground rules; the group's contract, when it has agreed one (the group supervision
-- contracting session records it as "group-contract", which every format's sessions with the same
-- team code read in s.carried). Then it offers to review them ("Is there anything you would add?")
-- and asks whether the group agrees.
--
-- All of its wording is Circle's own (the seeds do not write a group agreement); a format's
-- `confidentiality` and `rules` are the format's own.

local agreement = {}

-- Raises at the format's line (the caller of agreement.run) unless `ok`.
local function check(ok, message) if not ok then error(message, 3) end end

---The limit every agreement states, for a format's `agreement` field (read before the session,
---so it cannot name the organisation's safeguarding lead; `agreement.run` does).
agreement.LIMITS = "Confidentiality has limits: a safeguarding concern, a risk to someone's safety or a "
  .. "fitness-to-practise matter raised here will be acted on."

---A format's `agreement` field: `text` (what stays in the room) followed by the limits.
---@param text string the format's own confidentiality sentence
---@return string
function agreement.field(text)
  return text .. " " .. agreement.LIMITS
end

local MANAGER = {
  absent = "The team manager is not here today.",
  present = "The team manager is here today, as a member of the group. That can change what feels safe to say: "
    .. "say only what you are comfortable saying with your manager in the room.",
  facilitating = "The facilitator is also the team manager. That can change what feels safe to say: say only what "
    .. "you are comfortable saying with your manager in the room.",
}
local MANAGER_CHOICES = { "not here", "here, as a member of the group", "here, facilitating" }
local MANAGER_CHOSEN = { "absent", "present", "facilitating" }

local NOTES = {
  private = "The facilitator may keep brief private notes, only to follow up with people afterwards. They never "
    .. "go into the session's record; they are shown back to the facilitator at the end and deleted with the "
    .. "session's journal.",
  none = "The facilitator keeps no notes of what is said.",
}

---Who acts when confidentiality has to be broken, and how: the organisation file's
---safeguarding lead when there is one, else the route every organisation has.
---@param organisation? table s.organisation
---@return string
function agreement.who_acts(organisation)
  local lead = organisation and organisation.support and organisation.support.safeguarding_lead
  if lead then
    return "At " .. organisation.name .. ": " .. lead:gsub("[%.%s]+$", "") .. "."
  end
  return "The facilitator will take it, without delay, to the team manager or the designated safeguarding lead, "
    .. "following the organisation's safeguarding procedures."
end

---Runs the agreement step: says the ground rules, offers to review them, and asks whether the
---group agrees (going round for what to change until it does, at most three times).
---@param s Session
---@param opts { facilitator: string, manager?: "absent"|"present"|"facilitating"|"ask", notes?: "private"|"none", confidentiality?: string, rules?: string[], review?: boolean, contract?: boolean }
---  `facilitator`: who facilitates, as a phrase ("The practice supervisor", "The set adviser");
---  `manager`: whether the team manager is here ("ask", the default, asks the facilitator);
---  `notes`: whether the facilitator keeps private notes (default "private");
---  `confidentiality`: the format's own sentence on what stays in the room;
---  `rules`: the format's own further ground rules, one sentence each;
---  `review`: offer the group to add to the ground rules (default true);
---  `contract`: false leaves out the group's contract, which is otherwise read out after the rules
---  when the group has one (`s.carried["group-contract"]`, from the contracting session).
---@return { manager: string, additions: string[], agreed: boolean }
function agreement.run(s, opts)
  check(type(opts) == "table" and type(opts.facilitator) == "string",
    "agreement.run(s, { facilitator = \"The practice supervisor\", ... }): say who facilitates")
  local manager = opts.manager or "ask"
  if manager == "ask" then
    local _, index = s:choose("Is the team manager here today?", MANAGER_CHOICES)
    manager = MANAGER_CHOSEN[index]
  end
  check(MANAGER[manager], "agreement.run: manager must be \"absent\", \"present\", \"facilitating\" or \"ask\"")
  local notes = NOTES[opts.notes or "private"]
  check(notes, "agreement.run: notes must be \"private\" or \"none\"")

  s:say(opts.confidentiality or "What is said here stays here: only anonymised themes, and items the group "
    .. "agrees to send on, leave the room.")
  s:say("There are limits to that. If something said here raises a safeguarding concern, a risk to someone's "
    .. "safety, or a fitness-to-practise matter, it will be acted on. " .. agreement.who_acts(s.organisation)
    .. " Wherever it is safe to, the facilitator will talk to the person who raised it first.")
  s:say(opts.facilitator .. " facilitates this session: keeping time, keeping to the ground rules and looking "
    .. "after the group. " .. MANAGER[manager])
  s:say(notes)
  s:say("Anyone may pass. Anyone may step out for a while, or leave, without giving a reason; the facilitator "
    .. "will check in with you privately afterwards.")
  for _, rule in ipairs(opts.rules or {}) do s:say(rule) end
  local contract = opts.contract ~= false and (s.carried or {})["group-contract"] or {}
  if #contract > 0 then
    s:say("This group has agreed a contract, at its contracting session. It reads:")
    for _, part in ipairs(contract) do s:say(part) end
  end

  local additions = {}
  if opts.review ~= false and s:confirm("Is there anything you would add to these ground rules?") then
    for _, answer in ipairs(s:round("What would you add to the ground rules?")) do
      additions[#additions + 1] = answer.text
    end
  end
  local agreed = s:confirm("Are we agreed on these ground rules?")
  for _ = 1, 2 do
    if agreed then break end
    for _, answer in ipairs(s:round("What would need to change for you to agree?")) do
      additions[#additions + 1] = answer.text
    end
    agreed = s:confirm("Are we agreed on the ground rules now?")
  end
  return { manager = manager, additions = additions, agreed = agreed }
end

return agreement
