-- Circle's theme codebook: the themes a facilitator tags in a session (by typing #id in or
-- after a contribution, or a format's s:theme(id)), and that middle leaders compile across
-- teams into feedback for senior leaders. Only theme ids and counts leave the room.
--
-- Every theme comes from the source material in ../shared/seeds/ and says where:
--   BASW     basw-wellbeing-working-conditions-toolkit.txt
--            BASW/SWU, Social Worker Wellbeing and Working Conditions: Good Practice Toolkit
--            (Ravalier and Allen, version 1.2, November 2020)
--   RBP      psdp-knowledge-briefing-relationship-based-practice.txt
--            PSDP knowledge briefing, Practising relationship-based social work (G. Ruch)
--   SM-ERR   psdp-senior-managers-emotions-relationships-resilience.txt
--            PSDP senior managers' briefing, Emotions, relationships and resilience in child and
--            family social work (N. McGeown)
--   SM-JTS   psdp-senior-managers-journey-to-supervisor.txt
--            PSDP senior managers' briefing, Your journey to being a supervisor (N. McGeown)
--   ML       psdp-middle-leaders-culture-and-peer-session.txt
--            PSDP middle leaders' sheet: culture, self-check and peer group session
--
-- Fields (all required):
--   id           kebab-case, unique; formats and rehearsals use it (#workload)
--   label        how people read it
--   group        "wellbeing", "hse" (the HSE Management Standards, see below), "relationship-based" or
--                "strengths"
--   description  one line, quoting the seed briefly
--   source       which seed, which section
--   keywords     lower-case words or short phrases (plain text, not Lua patterns) that SUGGEST the
--                theme when they occur as whole words in a contribution; the facilitator confirms
--
-- Authors may add themes here; `circle themes` lists them and `circle themes --export-qdc FILE`
-- writes a REFI-QDA codebook for qualitative analysis software.

local BASW = "BASW/SWU Social Worker Wellbeing and Working Conditions: Good Practice Toolkit (2020)"
local RBP = "PSDP knowledge briefing 'Practising relationship-based social work'"
local SM_ERR = "PSDP senior managers' briefing 'Emotions, relationships and resilience'"
local SM_JTS = "PSDP senior managers' briefing 'Your journey to being a supervisor'"
local ML = "PSDP middle leaders' sheet (culture, self-check and peer session)"
local HSE = "HSE Management Standards (www.hse.gov.uk/stress/standards/, cited in the BASW toolkit's Appendix One)"

return {
  -- Wellbeing and working conditions -------------------------------------------------------

  {
    id = "workload",
    label = "Workload and caseload",
    group = "wellbeing",
    description = "Caseload: 'having too many cases (quantitative workload) or smaller number of cases which are extremely complex (qualitative workload)'.",
    source = BASW .. ", 7. Tools for managers, 'Manageable workloads'; " .. ML .. ", peer session: 'How are workloads in our teams?'",
    keywords = {
      "workload", "workloads", "caseload", "caseloads", "case load", "too many cases", "too much work",
      "complex cases", "overloaded", "snowed under", "backlog", "piled up", "overtime", "busy",
      "heavy week", "no time", "allocation", "allocated", "unmanageable",
    },
  },
  {
    id = "moral-distress",
    label = "Moral distress",
    group = "wellbeing",
    description = "'The psychological distress of being in a situation in which one is constrained from acting on what one knows to be right' (Jameton).",
    source = BASW .. ", 2. The evidence behind the toolkit, 'Moral distress'",
    keywords = {
      "moral distress", "moral dilemma", "moral dilemmas", "ethical dilemma", "ethical dilemmas", "ethics",
      "ethical", "against my values", "not what i came into social work", "eligibility", "threshold",
      "thresholds", "gatekeeping", "can't help", "couldn't help", "not allowed to", "constrained",
      "dissonance", "no time for direct work", "direct work", "powerless",
    },
  },
  {
    id = "secondary-trauma",
    label = "Secondary (vicarious) trauma",
    group = "wellbeing",
    description = "'The potential for practitioners and practice supervisors to experience secondary / vicarious trauma' from work with families affected by trauma.",
    source = SM_ERR .. ", 3. 'Responding to the impact of trauma'; " .. BASW .. ", 5. 'Practice supervision' ('reduce the risk of vicarious or direct trauma')",
    keywords = {
      "secondary trauma", "vicarious trauma", "trauma", "traumatic", "traumatised", "traumatising",
      "distressing", "disturbing", "harrowing", "disclosure", "disclosed", "shaken", "rattled",
      "can't stop thinking", "carrying it home", "took it home", "nightmares", "flashbacks",
      "decompress", "serious incident", "child death",
    },
  },
  {
    id = "self-care",
    label = "Self-care",
    group = "wellbeing",
    description = "Looking after your own wellbeing in and out of work: social workers 'can neglect their own wellbeing needs while going the extra mile'.",
    source = BASW .. ", 4. Tools for social workers, 'Self-care at work' and 'Self-care outside of work'",
    keywords = {
      "self-care", "self care", "wellbeing", "well-being", "lunch break", "lunchbreak", "a break",
      "breaks", "walk", "exercise", "sleep", "rest and recharge", "recharge", "switch off", "switching off",
      "look after myself", "looking after myself", "time off", "annual leave", "sick leave",
      "burnout", "burn out", "burnt out", "exhausted", "tired", "occupational health", "counselling",
      "employee assistance",
    },
  },
  {
    id = "out-of-hours",
    label = "Out-of-hours working",
    group = "wellbeing",
    description = "Working or sending emails outside office hours, and after-hours home visits: 'I discourage staff from working outside office hours'.",
    source = ML .. ", self-check statements; " .. BASW .. ", 2. 'Risks of chronic stress' ('an average of 11 additional (unpaid) hours each week')",
    keywords = {
      "out of hours", "out-of-hours", "after hours", "after-hours", "outside office hours",
      "outside working hours", "evening", "evenings", "weekend", "weekends", "at night",
      "late at night", "working late", "stayed late", "emails at night", "unpaid hours",
      "extra hours", "long hours", "on call", "on-call", "emergency duty", "always on",
    },
  },
  {
    id = "remote-working",
    label = "Remote and online working",
    group = "wellbeing",
    description = "'The possible impact of remote and online working': working from home 'brings new risks of isolation and lack of team connectedness'.",
    source = ML .. ", self-check statements; " .. BASW .. ", 1. Introduction, 'Covid-19 issues'",
    keywords = {
      "remote", "remotely", "remote working", "working from home", "work from home", "wfh",
      "home working", "online", "video call", "video calls", "on camera", "teams call", "zoom",
      "virtual", "hybrid", "isolated", "isolation", "on my own at home", "connection dropped",
    },
  },
  {
    id = "blame-culture",
    label = "Blame culture",
    group = "wellbeing",
    description = "'Blame' and 'scapegoating', 'where individuals seem to carry responsibility for problems or failures with many contributory factors'.",
    source = BASW .. ", 5. 'A learning culture vs blame culture'; " .. ML .. ", 'High levels of stress will be found ... where people fear making mistakes' (Hardy 2017)",
    keywords = {
      "blame", "blamed", "blaming", "blame culture", "scapegoat", "scapegoated", "scapegoating",
      "fault", "my fault", "witch hunt", "hung out to dry", "finger pointing", "cover my back",
      "covering myself", "in trouble", "fear of getting it wrong", "afraid of getting it wrong",
      "fear making mistakes",
    },
  },
  {
    id = "learning-culture",
    label = "Learning culture",
    group = "wellbeing",
    description = "'A commitment to learn and reflect when things go wrong and when they go right'; a culture 'where learning is continuous'.",
    source = BASW .. ", 5. 'A learning culture vs blame culture'; " .. ML .. ", 'Culture eats strategy for breakfast'",
    keywords = {
      "learning culture", "learn", "learned", "learnt", "learning", "lesson", "lessons",
      "mistake", "mistakes", "what went wrong", "what we learned", "near miss", "reflect",
      "reflected", "reflective", "learn from each other",
    },
  },
  {
    id = "bullying",
    label = "Bullying and harassment",
    group = "wellbeing",
    description = "Social workers need 'to be free from bullying and harassment at work'.",
    source = BASW .. ", 3. Fig. 3 'Priority areas for change'; 4. 'Bullying and discrimination'",
    keywords = {
      "bully", "bullied", "bullying", "bullies", "harassment", "harassed", "intimidated",
      "intimidating", "belittled", "humiliated", "undermined", "picked on", "singled out", "toxic",
    },
  },
  {
    id = "discrimination",
    label = "Discrimination and racism",
    group = "wellbeing",
    description = "'Discriminatory language, attitudes and discriminatory actions at work', including 'institutional racism', against protected characteristics.",
    source = BASW .. ", 2. 'Inequality at work: issues for black and minority ethnic social workers'; 4. 'Self-care, rights and protected characteristics'",
    keywords = {
      "discrimination", "discriminated", "discriminatory", "racism", "racist", "institutional racism",
      "sexism", "sexist", "homophobia", "homophobic", "transphobia", "transphobic", "ableism",
      "ableist", "ageism", "prejudice", "microaggression", "microaggressions", "micro-aggression",
      "micro-aggressions", "protected characteristic", "protected characteristics",
      "overlooked for promotion",
    },
  },
  {
    id = "equality-diversity-inclusion",
    label = "Equality, diversity and inclusion",
    group = "wellbeing",
    description = "'Commitment to equality, diversity and inclusion is embedded into practice at all levels of the organisation'.",
    source = SM_ERR .. ", 1. 'Helping practice supervisors develop strong and purposeful relationships'; " .. BASW .. ", 2. 'Inequality at work'",
    keywords = {
      "equality", "equalities", "diversity", "diverse", "inclusion", "inclusive", "excluded",
      "exclusion", "cultural", "cultural competence", "heritage", "minority ethnic",
      "black and minority ethnic", "global majority", "faith", "religion", "interpreter",
      "reasonable adjustments", "neurodivergent", "disability", "disabled", "power and difference",
    },
  },
  {
    id = "supervision-quality",
    label = "Quality of supervision",
    group = "wellbeing",
    description = "Whether supervision is 'accessible, sufficient, timely; reflective, skilled, knowledgeable; consistent, reliable, safe'.",
    source = BASW .. ", 5. Tools for practice supervisors, 'Practice supervision'; " .. RBP .. ", 'Relationship-based, reflective and action-oriented supervision styles'",
    keywords = {
      "supervision", "supervisions", "supervisor", "supervisors", "reflective supervision",
      "group supervision", "supervision cancelled", "cancelled supervision", "case management",
      "tick box", "tick-box", "supervision agreement", "protected time", "case discussion",
    },
  },
  {
    id = "career-progression",
    label = "Career, progression and development",
    group = "wellbeing",
    description = "'A clear developmental pathway for staff progression', 'fair pay and career opportunities', and continuing professional development.",
    source = SM_JTS .. ", 1. 'The importance of having a clear developmental pathway for staff progression'; " .. BASW .. ", 3. Fig. 3 and 4. 'Continuing Professional Development'",
    keywords = {
      "career", "careers", "progression", "progress in my career", "promotion", "promoted",
      "cpd", "professional development", "training", "a course", "courses", "pathway", "acting up",
      "mentoring", "mentor", "coaching", "shadowing", "asye", "fair pay", "pay rise", "salary",
      "step up", "stepping up", "new practice supervisor", "retention", "leaving social work",
      "thinking of leaving", "new job",
    },
  },

  -- The HSE Management Standards --------------------------------------------------------------
  --
  -- The Health and Safety Executive's Management Standards are SIX: Demands, Control, Support,
  -- Relationships, Role and Change. The BASW toolkit (section 2, Fig. 2 'HSE Standards', and its
  -- 'checklist for managers' in section 7) counts "7 key factors" because it splits HSE's Support
  -- into 'Managerial support' and 'Peer support'. Circle keeps that split, since teams talk about
  -- the two differently, as two themes that are both HSE 'Support': support-from-managers'
  -- id is manager-support and support-from-peers' is peer-support. So this group holds seven
  -- themes for six standards; the other five themes are one standard each.
  -- Which is whose: the six standards and their names are HSE's; the split of Support in two, and
  -- the checklist questions quoted in the descriptions, are BASW's.

  {
    id = "demands",
    label = "Demands",
    group = "hse",
    description = "HSE Management Standard 'Demands'. The BASW toolkit's checklist asks: 'are resources balanced to workload and expectations?'",
    source = HSE .. ", 'Demands'; " .. BASW .. ", 2. Fig. 2 'HSE Standards'; 7. 'A checklist for managers', 'Demands'",
    keywords = {
      "demand", "demands", "pressure", "pressures", "pressured", "deadline", "deadlines",
      "short-staffed", "short staffed", "understaffed", "vacancies", "agency staff", "resources",
      "capacity", "referrals", "duty", "crisis", "admin", "paperwork", "recording", "it system",
      "stretched", "too much",
    },
  },
  {
    id = "control",
    label = "Control",
    group = "hse",
    description = "HSE Management Standard 'Control'. The BASW toolkit's checklist: 'as much control as possible over their working day, use of time and appropriate professional decision making'.",
    source = HSE .. ", 'Control'; " .. BASW .. ", 2. Fig. 2 'HSE Standards'; 7. 'A checklist for managers', 'Control'",
    keywords = {
      "control", "in control", "out of control", "autonomy", "no say", "a say", "my own diary",
      "decision making", "decision-making", "professional judgement", "professional judgment",
      "told what to do", "micromanaged", "micro-managed", "flexible working", "flexibility",
    },
  },
  {
    id = "manager-support",
    label = "Support from managers",
    group = "hse",
    description = "HSE Management Standard 'Support', its managers' half: the BASW toolkit counts 'Managerial support' as a factor of its own, so social workers feel their managers 'have their backs'.",
    source = HSE .. ", 'Support'; split out by " .. BASW .. ", 2. Fig. 2 'HSE Standards'; 7. 'A checklist for managers', 'Managerial support'",
    keywords = {
      "manager", "managers", "my manager", "team manager", "line manager", "management",
      "managerial", "senior leaders", "leadership", "had my back", "has my back", "have my back",
      "backed me", "unsupported", "not supported", "open door",
    },
  },
  {
    id = "peer-support",
    label = "Support from peers",
    group = "hse",
    description = "HSE Management Standard 'Support', its colleagues' half: the BASW toolkit counts 'Peer support' as a factor of its own; 'feeling supported by colleagues is a key factor in preventing stress-related ill health'.",
    source = HSE .. ", 'Support'; split out by " .. BASW .. ", 2. Fig. 2 'HSE Standards'; 6. Tools for teams, 'Peer support and coaching in teams and organisations'",
    keywords = {
      "peer support", "peer", "peers", "colleague", "colleagues", "check in", "check-in",
      "checked in", "checking in", "cup of tea", "coffee", "cuppa", "lunch together",
      "support each other", "supported each other", "team support", "action learning",
      "wellbeing champion", "teammates", "group lunch", "bake sale", "birthday",
    },
  },
  {
    id = "relationships",
    label = "Relationships",
    group = "hse",
    description = "HSE Management Standard 'Relationships'. The BASW toolkit's checklist asks: 'what is the 'emotional temperature' of relationships like in your organisation?'",
    source = HSE .. ", 'Relationships'; " .. BASW .. ", 2. Fig. 2 'HSE Standards'; 6. 'Teams are built on relationships'; 7. 'A checklist for managers', 'Relationships'",
    keywords = {
      "relationship", "relationships", "conflict", "tension", "tensions", "fell out", "falling out",
      "argument", "arguments", "trust", "respect", "respected", "atmosphere", "morale", "silos",
      "emotional temperature", "multi-agency", "partner agencies",
    },
  },
  {
    id = "role",
    label = "Role",
    group = "hse",
    description = "HSE Management Standard 'Role'. The BASW toolkit's checklist asks: 'are social workers clear about and content with their roles?'",
    source = HSE .. ", 'Role'; " .. BASW .. ", 2. Fig. 2 'HSE Standards' and 'Lack of role clarity and boundaries'; 7. 'A checklist for managers', 'Role'",
    keywords = {
      "role", "roles", "role clarity", "my role", "responsibility", "responsibilities",
      "accountability", "accountable", "not my job", "whose job", "job description", "remit",
      "boundaries", "expectations", "status",
    },
  },
  {
    id = "change",
    label = "Change",
    group = "hse",
    description = "HSE Management Standard 'Change'. The BASW toolkit's checklist asks: 'how do you approach change management when it affects staff?'",
    source = HSE .. ", 'Change'; " .. BASW .. ", 2. Fig. 2 'HSE Standards'; 7. 'A checklist for managers', 'Change'",
    keywords = {
      "change", "changes", "changing", "restructure", "restructuring", "reorganisation",
      "re-organisation", "new system", "new model", "practice model", "transition", "merger",
      "new manager", "moving teams", "inspection", "ofsted", "redundancy", "consultation",
    },
  },

  -- Relationship-based practice ------------------------------------------------------------------

  {
    id = "anxiety",
    label = "Anxiety",
    group = "relationship-based",
    description = "'A foundational emotional response from which other responses come', which 'can trigger powerful feelings, particularly of shame and guilt'.",
    source = RBP .. ", 'Recognising and responding to emotions'",
    keywords = {
      "anxiety", "anxious", "anxieties", "worried", "worry", "worrying", "nervous", "scared", "fear",
      "afraid", "frightened", "panic", "dread", "on edge", "shame", "ashamed", "guilt", "guilty",
      "stress", "stressed", "stressful", "uncertain",
    },
  },
  {
    id = "containment",
    label = "Containment",
    group = "relationship-based",
    description = "'The need we all have for someone to help us process and manage difficult emotions'; feeling 'full up', 'overwhelmed and uncontained'.",
    source = RBP .. ", 'Theoretical underpinnings: psychoanalytic insights' and 'Containing the container'",
    keywords = {
      "containment", "contained", "containing", "uncontained", "full up", "head too full",
      "head full", "overwhelmed", "held in mind", "offload", "off-load", "debrief", "debriefed",
      "talk it through", "talked it through", "someone to talk to", "space to think",
      "thinking space", "better for saying it",
    },
  },
  {
    id = "projection",
    label = "Projection",
    group = "relationship-based",
    description = "Difficult, unbearable feelings 'can be unconsciously relocated into another person', who 'can find themselves unexpectedly experiencing them or acting them out'.",
    source = RBP .. ", 'Theoretical underpinnings: psychoanalytic insights' and practice study 1",
    keywords = {
      "projection", "projected", "projecting", "not my feeling", "not my feelings", "whose feeling",
      "whose feelings", "left feeling", "left me feeling", "came away feeling", "despondent",
      "drained", "hopeless", "hopelessness", "demoralised", "defeated",
    },
  },
  {
    id = "splitting",
    label = "Splitting",
    group = "relationship-based",
    description = "A 'split' response that cannot hold good and bad together: parents 'might only see their social worker as interfering and bad'.",
    source = RBP .. ", 'Theoretical underpinnings: psychoanalytic insights'",
    keywords = {
      "splitting", "split", "good cop", "bad cop", "good guy", "bad guy", "the baddie", "the enemy",
      "all good", "all bad", "black and white", "taking sides", "takes sides", "us and them",
      "hero", "villain", "interfering",
    },
  },
  {
    id = "transference",
    label = "Transference",
    group = "relationship-based",
    description = "'The re-enactment in a contemporary context of behaviours associated with earlier significant, usually parental, relationships'.",
    source = RBP .. ", 'Theoretical underpinnings: psychoanalytic insights'",
    keywords = {
      "transference", "countertransference", "counter-transference", "reminds me of", "reminded me of",
      "like her mother", "like his mother", "like her father", "like his father", "like a parent",
      "like a child", "treated me like", "punitive", "disapproving", "not like me", "out of character",
      "surprised by my own",
    },
  },
  {
    id = "parallel-process",
    label = "Parallel process",
    group = "relationship-based",
    description = "'Dynamics located in one interpersonal space being re-enacted in another', e.g. a family's dynamics replayed in supervision.",
    source = RBP .. ", 'Theoretical underpinnings: parallel processes' and practice study 2",
    keywords = {
      "parallel process", "parallel processes", "mirror", "mirrors", "mirrored", "mirroring",
      "re-enact", "re-enacted", "re-enacting", "re-enactment", "replicated", "replicating",
      "same dynamic", "same dynamics", "in the room", "conflict by proxy", "pushed", "pushing",
    },
  },
  {
    id = "reflection-in-action",
    label = "Reflection in action",
    group = "relationship-based",
    description = "Recognising and naming feelings 'in the moment' (Schön), 'sensitively attuned to their own responses to the behaviours of others'.",
    source = RBP .. ", practice study 1 ('reflection in action') and practice study 2",
    keywords = {
      "reflection in action", "reflection-in-action", "reflect in action", "reflecting in action",
      "in the moment", "there and then", "named it", "naming it",
      "name it", "stopped and thought", "attuned",
    },
  },
  {
    id = "authoritative-practice",
    label = "Authoritative, not authoritarian",
    group = "relationship-based",
    description = "A 'therapeutic, authoritative approach' with families, rather than 'a more bureaucratic, authoritarian style'.",
    source = RBP .. ", 'Theoretical underpinnings: parallel processes' (and its prompt 'authoritative or authoritarian practice culture?')",
    keywords = {
      "authoritative", "authoritarian", "heavy-handed", "heavy handed", "directive", "bureaucratic",
      "process-driven", "compliance", "high support", "high challenge", "high expectations",
      "firm but fair", "clear and kind", "reflective and active", "reflection and action",
    },
  },

  -- Strengths ------------------------------------------------------------------------------------

  {
    id = "successes",
    label = "Successes",
    group = "strengths",
    description = "'Celebrating our successes'; 'however small, identify and reflect on three things that went well'.",
    source = BASW .. ", 6. Tools for teams, 'Strengths Based Team Meeting' point 9; 4. 'Simple daily wellbeing checklist'",
    keywords = {
      "success", "successes", "successful", "went well", "went really well", "good outcome",
      "good news", "proud", "achievement", "achievements", "achieved", "breakthrough",
      "made a difference", "positive", "strength", "strengths", "what we did well",
    },
  },
  {
    id = "buddy-system",
    label = "Buddy system",
    group = "strengths",
    description = "'Buddy System – creating who is my/our go to person inside or outside of the team?'",
    source = BASW .. ", 6. Tools for teams, 'Strengths Based Team Meeting' point 6",
    keywords = {
      "buddy", "buddies", "buddy system", "buddied", "buddy up", "go to person", "go-to person",
      "pair up", "paired", "paired up", "partner up", "look out for each other", "someone to call",
    },
  },
  {
    id = "celebration",
    label = "Praise and celebration",
    group = "strengths",
    description = "'Praise and celebration of successes and achievements can have a positive impact on the morale, wellbeing, and energy within a team.'",
    source = BASW .. ", 6. Tools for teams, 'Praise and celebration of achievements'; " .. SM_ERR .. ", 2. ('celebration events')",
    keywords = {
      "celebrate", "celebrated", "celebrating", "celebration", "praise", "praised", "well done",
      "thanked", "recognition", "recognised", "appreciated", "appreciation",
      "award", "awards", "nominate", "nominated", "shout out", "shout-out",
    },
  },

  -- Required by the seeds beyond the fixed list ---------------------------------------------------

  {
    id = "violence-aggression",
    label = "Violence and aggression",
    group = "wellbeing",
    description = "Social workers need 'to be protected from violence and aggression', and support 'following serious incidents (such as an assault or a death)'.",
    source = BASW .. ", 3. Fig. 3 'Priority areas for change'; 2. 'What is workplace stress?'",
    keywords = {
      "violence", "violent", "aggression", "aggressive", "assault", "assaulted", "attacked",
      "threat", "threats", "threatened", "threatening", "shouted at", "shouting", "screamed at",
      "verbal abuse", "verbally abused", "abusive", "hostile", "hostility", "unsafe", "lone working",
    },
  },
  {
    id = "resilience",
    label = "Resilience",
    group = "wellbeing",
    description = "Resilience 'arises through the interaction of an individual's personal coping strategies, self-development and self-care and the context in which people work'.",
    source = ML .. ", peer session: 'What do we need to feedback to senior leaders about resilience in our teams?'; " .. SM_ERR .. ", 2. 'The importance of promoting emotional resilience and self-care'; " .. BASW .. ", 4. 'Resilience and social work'",
    keywords = {
      "resilience", "resilient", "coping", "cope", "not coping", "bounce back", "keep going",
      "running on empty", "sustain", "sustainable",
    },
  },
}
