---@meta
-- LuaLS definitions of Circle's host API, for editor completion and type checks.
-- Point your editor's Lua language server at this file (e.g. "workspace.library").
-- The full guide is docs/authoring.md. A test keeps this file and the host in step.

---@alias Handle string A participant's handle: "P1", "P2", …, or in a group that carries records a pseudonym from Circle's list ("Alder", "Beech", …); never a name

---@class Contribution
---@field person Handle who spoke
---@field text string what they said (as the facilitator typed it)
---@field themes string[] themes tagged with #id

---@class Answers: Contribution[]
---@field passed Handle[] who passed

---@class RoundOptions
---@field pass? boolean may people pass (default true)
---@field order? "seated"|"reversed"|"random"|"chosen" turn order (default "seated")
---@field skip? Handle|Handle[] leave these people out
---@field roles? string|string[] only people assigned these roles
---@field repeat_until_pass? boolean go round again until a whole round passes
---@field guard? string|string[] fidelity rules to check contributions against
---@field written? boolean an anonymous written round: contributions with no author, revealed together
---@field per_device? integer in a written round, how many contributions one device may send (1 to 10; default 1)

---@class AskOptions
---@field pass? boolean may the person pass (default true)
---@field guard? string|string[] fidelity rules to check the answer against

---@class PhaseOptions
---@field minutes? number the phase's time box

---@class RecordOptions
---@field carry? boolean keep for this team's next session of the format (s.carried); a key beginning "group-" also reaches the team's sessions of every format
---@field theme? string the theme a learning point or feedback item is filed under (a tag typed on the contribution, e.g. `answer.themes[1]`): it keeps it through the closing review; without one the codebook's keywords only suggest a theme

---@class LeadersResponse What senior leaders said they did about a theme teams raised ("you said, we did")
---@field theme string the theme id it answers, e.g. "workload"
---@field label string the theme's label in the codebook (the id when the codebook does not have it)
---@field text string what was done, in the leaders' words (anonymised)
---@field quarter string the quarter of the report it answers, e.g. "2026-Q3"

---@class OrganisationSupport Where staff find support: each entry as the organisation wrote it, nil or empty when missing
---@field employee_assistance string|nil the Employee Assistance Programme or staff counselling
---@field occupational_health string|nil occupational health
---@field wellbeing_champions string[] wellbeing champions or peer supporters
---@field safeguarding_lead string|nil who acts on a safeguarding concern raised in a session, and how to reach them
---@field other string[] anything else the organisation signposts

---@class Organisation The organisation file (docs/organisation.md), as formats see it
---@field name string the organisation's name
---@field support OrganisationSupport where staff find support

---@class Session
---@field participants Handle[] the handles, in seating order
---@field scenario table|nil case material given with --scenario
---@field team string|nil the team code
---@field carried table<string, string[]> records carried from this team's last session of the format
---@field responses LeadersResponse[] senior leaders' responses the facilitator imported (`circle import-responses`), newest quarter first; empty when none
---@field organisation Organisation|nil the organisation file's details (--organisation, $CIRCLE_ORGANISATION or the config folders); nil without one
---@field clock number seconds since the session started, as of the last answer
---@field role table<string, Handle> the first person given each role
local Session = {}

---Text for the facilitator to read out or paraphrase.
---@param text string
function Session:say(text) end

---Text for the facilitator alone: shown on their screen and their page, never read out or put on
---the room view (e.g. "check in privately with anyone back from leave").
---@param text string
function Session:remind(text) end

---Every participant in turn answers (or passes).
---@param prompt string
---@param options? RoundOptions
---@return Answers
function Session:round(prompt, options) end

---One person answers; nil if they passed.
---@param person Handle
---@param prompt string
---@param options? AskOptions
---@return string|nil text
---@return string[]|nil themes
function Session:ask(person, prompt, options) end

---The facilitator picks one option.
---@param prompt string
---@param options string[]
---@return string option
---@return integer index
function Session:choose(prompt, options) end

---A yes/no question to the facilitator.
---@param prompt string
---@return boolean
function Session:confirm(prompt) end

---Waits until the facilitator continues.
---@param text? string
function Session:pause(text) end

---A time-boxed stage; the facilitator can extend or skip it.
---@param name string
---@param options PhaseOptions|fun()
---@param steps? fun()
function Session:phase(name, options, steps) end

---Gives a person a role declared in the format's roles.
---@param role string
---@param person Handle
function Session:assign(role, person) end

---Everyone given a role, in order.
---@param role string
---@return Handle[]
function Session:members(role) end

---Tags a theme for the anonymised theme record: an id of the codebook (`Scripts/themes.lua`) or of the
---format's own `themes`; any other id stops the session at this line ("did you mean …?").
---@param id string
---@param note? string
function Session:theme(id, note) end

---A structured output: an action, a question to feed upward, a pair of handles.
---@param key string
---@param value string|string[]
---@param options? RecordOptions
function Session:record(key, value, options) end

---Like math.random, seeded per session and journalled.
---@param m? integer
---@param n? integer
---@return number
function Session.random(m, n) end

---@class FidelityRule
---@field rule string the rule's name, used by the `guard` option
---@field when string[] Lua patterns, each matched against every sentence of the contribution after it is normalised once (lower case, curly apostrophes straight, one space between words); Scripts/lib/guards/words.lua builds whole-word ones
---@field unless? string[] Lua patterns for exceptions: a `when` match lying inside an `unless` match does not count ("i felt useless" spares that "useless")
---@field remind string what the facilitator is reminded of

---@class FormatTheme
---@field id string kebab-case
---@field label string

---@class FormatDefinition
---@field id string kebab-case, unique
---@field version integer raise it when the steps change
---@field title string
---@field summary string
---@field minutes number the session's length
---@field participants { min: integer, max: integer }
---@field agreement string ground rules read out at the start
---@field source string the published model the format follows, and where
---@field roles? table<string, table>
---@field suitable? string[]
---@field themes? FormatTheme[] themes of this format beyond the codebook: with it, the only ids `s:theme` and `#tags` may name
---@field fidelity? FidelityRule[]
---@field run fun(s: Session)

---Declares a session format; a format file ends with `return format { ... }`.
---@param definition FormatDefinition
---@return FormatDefinition
function format(definition) end
