-- Loads a helper module shipped in Scripts/lib (used by the CLI's install tests with `circle sandbox`).
local roles = require("roles")
return type(roles.one_and_others)
