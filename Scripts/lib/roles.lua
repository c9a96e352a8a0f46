-- Roles: giving the group its roles in one step.
-- Load it with `local roles = require("roles")`.

local roles = {}

---Gives `person` the role `role` and every other participant the role `others`:
---e.g. today's presenter, and everyone else a member.
---@param s Session the session
---@param role string a role declared in the format's `roles`
---@param person Handle the one who takes `role`
---@param others string the role everyone else takes
function roles.one_and_others(s, role, person, others)
  s:assign(role, person)
  for _, p in ipairs(s.participants) do
    if p ~= person then s:assign(others, p) end
  end
end

return roles
