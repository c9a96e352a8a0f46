-- Signposting: where to find support, from the organisation file (`s.organisation`), with the
-- BASW/SWU toolkit's words where it gives them. With no organisation file it says where to find
-- these details (ask your manager, look on the intranet), never nothing.
-- Load it with `local signposting = require("signposting")`.
--
-- Sources: BASW/SWU, "Social Worker Wellbeing and Working Conditions: Good Practice Toolkit"
-- (Ravalier & Allen, v1.2, November 2020): "Seek support from Employee Assistance Programmes or
-- staff counselling if available." and Wellbeing Champions as "a confidential person to talk to
-- regarding your wellbeing, or that of colleagues"; the toolkit leaves boxes for the
-- organisation's Occupational Health and EAP details, which the organisation file fills. The PSDP
-- senior managers' briefing asks that support be "clearly signposted". The framing sentences are
-- Circle's own.

local signposting = {}

---The toolkit's sentence this step quotes (verbatim).
signposting.QUOTE = "Seek support from Employee Assistance Programmes or staff counselling if available."
---The toolkit's words on Wellbeing Champions (verbatim).
signposting.CHAMPIONS = "a confidential person to talk to regarding your wellbeing, or that of colleagues"

local KINDS = {
  { key = "employee_assistance", label = "the Employee Assistance Programme or staff counselling" },
  { key = "occupational_health", label = "occupational health" },
  { key = "wellbeing_champions", label = "wellbeing champions", list = true },
  { key = "safeguarding_lead", label = "the safeguarding lead" },
}

local function listed(names)
  if #names <= 1 then return names[1] or "" end
  return table.concat(names, ", ", 1, #names - 1) .. " and " .. names[#names]
end

---What the step says, as a list of sentences, for `organisation` (s.organisation, or nil).
---@param organisation? table
---@return string[]
function signposting.lines(organisation)
  local out = { "Where to find support. The BASW/SWU wellbeing toolkit says: '" .. signposting.QUOTE .. "'" }
  local support = organisation and organisation.support or {}
  local missing = {}
  if organisation then out[#out + 1] = "At " .. organisation.name .. ":" end
  for _, kind in ipairs(KINDS) do
    local value = support[kind.key]
    if kind.list then
      if value and #value > 0 then
        for _, v in ipairs(value) do out[#out + 1] = v end
        out[#out + 1] = "The toolkit describes a wellbeing champion as '" .. signposting.CHAMPIONS .. "'."
      else
        missing[#missing + 1] = kind.label
      end
    elseif value then
      out[#out + 1] = value
    else
      missing[#missing + 1] = kind.label
    end
  end
  for _, v in ipairs(support.other or {}) do out[#out + 1] = v end
  if not organisation then
    out[#out + 1] = "For " .. listed(missing) .. ", ask your manager or look on your organisation's intranet."
  elseif #missing > 0 then
    out[#out + 1] = "For " .. listed(missing) .. ", ask your manager or look on the intranet."
  end
  out[#out + 1] = "You can also talk to the facilitator after the session, or to your GP."
  return out
end

---Runs the signposting step: says where to find support, one sentence at a time. With no
---organisation file it also reminds the facilitator (privately) that one can be added.
---@param s Session
---@param opts? { intro?: string } `intro`: the format's own sentence before it
function signposting.run(s, opts)
  opts = opts or {}
  if opts.intro then s:say(opts.intro) end
  for _, line in ipairs(signposting.lines(s.organisation)) do s:say(line) end
  if not s.organisation then
    s:remind("Circle has no organisation file here, so it cannot name your organisation's support. Whoever "
      .. "looks after Circle can add one: examples/organisation.yaml is a filled-in example; name it with "
      .. "--organisation FILE or $CIRCLE_ORGANISATION.")
  end
end

return signposting
