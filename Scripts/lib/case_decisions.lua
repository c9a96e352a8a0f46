-- Case decisions: where a case discussion produces a plan, decisions about a child belong on the
-- child's record through the accountable manager, not in Circle.
-- Load it with `local case_decisions = require("case_decisions")`. The wording is Circle's own.

local case_decisions = {}

case_decisions.TEXT = "Any decision about a child or family belongs on the child's record, made or agreed through "
  .. "the accountable manager, not in this session or in Circle: what we take from here is reflection and "
  .. "learning for the presenter to bring to supervision."

---Says where decisions about a child belong.
---@param s Session
function case_decisions.say(s) s:say(case_decisions.TEXT) end

return case_decisions
