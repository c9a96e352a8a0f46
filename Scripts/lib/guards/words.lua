-- Words: building the Lua patterns a guard family matches with.
-- Load it with `local words = require("guards.words")`.
--
-- The host matches a fidelity rule's patterns against each sentence of a contribution after
-- normalising it once (lower case, curly apostrophes straight, one space between words; see
-- FidelityRule in Scripts/circle.d.lua), so patterns are written in lower case with a plain
-- apostrophe and single spaces. These helpers add word boundaries (Lua's frontier pattern
-- %f), so "fault" never matches inside "default".

local words = {}

-- `text` with Lua's pattern characters escaped, so it matches literally.
local function literal(text)
  return (text:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0"))
end

---A pattern matching `phrase` as whole words anywhere in a sentence:
---`words.phrase("you should")` is `"%f[%w]you should%f[%W]"`, which matches "i think you
---should" but not "you shouldered". A boundary is added only at an end that is a letter or digit.
---@param phrase string lower case, single spaces, plain apostrophes
---@return string
function words.phrase(phrase)
  local pattern = literal(phrase)
  if phrase:find("^[%w]") then pattern = "%f[%w]" .. pattern end
  if phrase:find("[%w]$") then pattern = pattern .. "%f[%W]" end
  return pattern
end

---A pattern matching words that begin with `stem` ("incompeten" matches "incompetent" and
---"incompetence", not "competent").
---@param stem string
---@return string
function words.stem(stem)
  return "%f[%w]" .. literal(stem)
end

---A pattern matching `phrase` only at the start of a sentence (an imperative: "try", "ring").
---@param phrase string
---@return string
function words.opening(phrase)
  return "^" .. words.phrase(phrase):gsub("^%%f%[%%w%]", "")
end

---Whole-word patterns for every phrase made of one choice from each list, in order:
---`words.each({ "you", "we" }, { "should", "ought to" })` gives the patterns for "you should",
---"you ought to", "we should" and "we ought to".
---@param ... string[]
---@return string[]
function words.each(...)
  local phrases = { "" }
  for _, choices in ipairs({ ... }) do
    local longer = {}
    for _, start in ipairs(phrases) do
      for _, choice in ipairs(choices) do
        longer[#longer + 1] = start == "" and choice or (start .. " " .. choice)
      end
    end
    phrases = longer
  end
  local patterns = {}
  for i, phrase in ipairs(phrases) do patterns[i] = words.phrase(phrase) end
  return patterns
end

---Whole-word patterns for each phrase of `list`.
---@param list string[]
---@return string[]
function words.phrases(list)
  local patterns = {}
  for i, phrase in ipairs(list) do patterns[i] = words.phrase(phrase) end
  return patterns
end

---The lists given, joined into one.
---@param ... string[]
---@return string[]
function words.join(...)
  local out = {}
  for _, list in ipairs({ ... }) do
    for _, v in ipairs(list) do out[#out + 1] = v end
  end
  return out
end

---A fidelity rule (the `fidelity` entries of `format { }`) from a family's defaults and
---`opts`: `opts.rule` renames it (e.g. "open-questions", so existing `guard = ...` options keep
---working), `opts.remind` replaces its reminder, `opts.when` and `opts.unless` add patterns.
---@param family { name: string, when: string[], unless: string[], remind: string }
---@param opts? { rule?: string, remind?: string, when?: string[], unless?: string[] }
---@return FidelityRule
function words.rule(family, opts)
  opts = opts or {}
  return {
    rule = opts.rule or family.name,
    when = words.join(family.when, opts.when or {}),
    unless = words.join(family.unless, opts.unless or {}),
    remind = opts.remind or family.remind,
  }
end

return words
