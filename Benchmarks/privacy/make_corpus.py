#!/usr/bin/env python3
"""Writes the labelled privacy corpus: contributions in the register of a UK children's social
work team meeting, with every kind of identifier the anonymiser removes planted and labelled.

    python3 Benchmarks/privacy/make_corpus.py     # rewrites corpus.jsonl and names.json here

Deterministic (a fixed seed, no third-party packages): the same script always writes the same
files. Each line of corpus.jsonl is one contribution:

    {"id": 7, "text": "...", "spans": [{"start": 12, "end": 22, "kind": "name", "variant": "title"}]}

`start` and `end` count Unicode code points (Python string indices), end exclusive. `kind` is the
anonymiser's placeholder kind (name, email, phone, nhs-number, ni-number, postcode, date, url,
address, place); `variant` says how it was written (plain, title, initial, colleague, spelled,
look-alike, ...). names.json holds the names both tools are given: the team's participants and the
people in the case material. Names that are in neither (a colleague from another team, a
neighbour) are planted too, labelled, and given to no one.

Everything here is invented: names are drawn from lists of common UK given names and surnames,
numbers are generated (NHS numbers with a valid check digit, phone numbers in Ofcom's drama
ranges where they exist, the NI specimen prefix QQ and others), and the towns are a hand-written
list of UK towns and villages, independent of the anonymiser's gazetteer.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
COUNT = 2400
rng = random.Random(13)

PARTICIPANTS = ["Sade Adeyemi", "Tom Nowak", "Priya Sharma", "Gareth Evans", "Niamh O'Connell", "Joanne Hughes",
                "Marcus Bell", "Fatima Rahman"]
CASE_NAMES = ["Keisha Brown", "Tyler Daniels", "Kayden Daniels", "Amira Khan", "Zoë Kowalski", "Lily-Mae Jackson",
              "Mohammed Iqbal", "Callum Reid", "Shanice Walters", "Dariusz Wiśniewski", "Ellie-Rose Turner",
              "Jayden Okafor", "Harvey Simmons", "Precious Mensah", "Aoife Byrne", "Ruby Fletcher"]
# Names nobody gives Circle or Presidio: colleagues from other teams, neighbours, relatives.
OTHER_GIVEN = ["Doreen", "Kwame", "Bartosz", "Siobhan", "Leanne", "Tariq", "Yusuf", "Stacey", "Dwayne", "Agnieszka",
               "Olamide", "Carys", "Ravinder", "Shona", "Declan", "Chantelle", "Imran", "Bronwen", "Thelma", "Kirsty"]
OTHER_SURNAMES = ["Okonkwo", "Fairbairn", "Pemberton", "Chaudhry", "Kaczmarek", "Ogunleye", "Haworth", "McAllister",
                  "Braithwaite", "Nwachukwu", "Szymanski", "Whitfield", "Gallagher", "Ashworth", "Onyango",
                  "Thistlethwaite", "Kowalczyk", "Mahmood", "Dunleavy", "Featherstone"]
TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Dr."]
TOWNS = ["Leeds", "Bradford", "Wakefield", "Halifax", "Huddersfield", "Dewsbury", "Keighley", "Hebden Bridge",
         "Todmorden", "Otley", "Ilkley", "Pudsey", "Castleford", "Pontefract", "Barnsley", "Rotherham", "Doncaster",
         "Sheffield", "Manchester", "Oldham", "Rochdale", "Bolton", "Wigan", "Stockport", "Salford", "Liverpool",
         "Birkenhead", "Blackpool", "Preston", "Blackburn", "Burnley", "Lancaster", "Carlisle", "Newcastle upon Tyne",
         "Gateshead", "Sunderland", "Middlesbrough", "Darlington", "Hartlepool", "York", "Scarborough", "Harrogate",
         "Hull", "Grimsby", "Lincoln", "Nottingham", "Derby", "Leicester", "Coventry", "Birmingham", "Wolverhampton",
         "Walsall", "Dudley", "Stoke-on-Trent", "Shrewsbury", "Telford", "Hereford", "Worcester", "Gloucester",
         "Cheltenham", "Swindon", "Oxford", "Reading", "Slough", "Luton", "Milton Keynes", "Northampton", "Bedford",
         "Peterborough", "Cambridge", "Norwich", "Ipswich", "Colchester", "Chelmsford", "Southend-on-Sea", "Basildon",
         "Croydon", "Bromley", "Brighton", "Hastings", "Eastbourne", "Maidstone", "Canterbury", "Margate", "Dover",
         "Southampton", "Portsmouth", "Bournemouth", "Poole", "Exeter", "Plymouth", "Torquay", "Truro", "Bristol",
         "Bath", "Cardiff", "Swansea", "Newport", "Wrexham", "Glasgow", "Edinburgh", "Dundee", "Aberdeen", "Belfast",
         "Derry", "Mexborough", "Goole", "Selby", "Skipton", "Thirsk", "Whitby", "Penistone", "Holmfirth"]
STREET_WORDS = ["Mill", "Church", "Station", "Park", "Victoria", "Queen", "King", "Oak", "Elm", "Ash", "Chapel",
                "Meadow", "Beech", "Highfield", "Moor", "Springfield", "Albert", "Manor", "Green", "Windsor",
                "Rose", "Holly", "Willow", "Cross", "Hawthorn", "Kirkgate", "Westgate", "Rydal", "Coniston"]
STREET_TYPES = ["Road", "Street", "Lane", "Close", "Avenue", "Drive", "Way", "Crescent", "Grove", "Terrace", "Rd",
                "St", "Ln", "Ave", "Gardens", "Place", "Mews", "Rise", "View"]
BUILDING_WORDS = ["Elm", "Carlton", "Riverside", "Bramley", "Kestrel", "Oakwood", "Ashdown", "Pennine", "Heron",
                  "Lindley", "Cavendish", "Foxglove", "Maple", "Priory", "Wharfedale", "Beechwood"]
BUILDING_TYPES = ["Court", "House", "Lodge", "Centre", "Heights", "Towers", "Mansions", "Hall"]
DOMAINS = ["example.org", "example.com", "leeds.gov.uk", "council.gov.uk", "nhs.net", "outlook.com", "gmail.com",
           "hotmail.co.uk", "school.sch.uk", "cafcass.gov.uk"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
LOOK_ALIKES = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "i": "\u0456",
               "K": "\u041a", "A": "\u0410", "M": "\u041c", "T": "\u0422", "H": "\u041d"}
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad"]


def full_width(text):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in text)


def disguise(word):
    """A name with look-alike letters or a zero-width character inside it."""
    if rng.random() < 0.5:
        positions = [i for i, c in enumerate(word) if c in LOOK_ALIKES]
        if positions:
            i = rng.choice(positions)
            return word[:i] + LOOK_ALIKES[word[i]] + word[i + 1:], "look-alike"
    i = rng.randrange(1, len(word))
    return word[:i] + rng.choice(INVISIBLE) + word[i:], "zero-width"


# --- Identifiers: each returns (text, variant) ---

def name_of(people, other=False, titles=True):
    if other:
        given, family = rng.choice(OTHER_GIVEN), rng.choice(OTHER_SURNAMES)
    else:
        given, family = rng.choice(people).split(" ", 1)
    roll = rng.random()
    if not titles and 0.60 <= roll < 0.85:
        roll = rng.random() * 0.6
    if roll < 0.25:
        return f"{given} {family}", "colleague" if other else "full"
    if roll < 0.50:
        return given, "colleague" if other else "given"
    if roll < 0.60:
        return family, "colleague" if other else "surname"
    if roll < 0.72:
        return f"{rng.choice(TITLES)} {family}", "title"
    if roll < 0.80:
        return f"{given[0]}. {family}", "initial"
    if roll < 0.85:
        return f"{rng.choice(['Mrs', 'Mr', 'Ms'])} {given[0]} {family}", "title-initial"
    if roll < 0.90:
        text, variant = disguise(given)
        return text, variant
    if roll < 0.95:
        return given.upper(), "capitals"
    return given.lower(), "lowercase"


def nhs_number():
    while True:
        digits = [rng.randrange(10) for _ in range(9)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            break
    plain = "".join(map(str, digits + [check]))
    style = rng.randrange(6)
    if style == 0:
        return plain, "plain"
    separator = [" ", "-", ".", "  ", " ", " "][style]
    return separator.join([plain[:3], plain[3:6], plain[6:]]), {".": "dots", "  ": "double-space"}.get(separator, "grouped")


def phone():
    style = rng.randrange(10)
    mobile = "7700 9" + "".join(str(rng.randrange(10)) for _ in range(5))
    city = "113 496 " + "".join(str(rng.randrange(10)) for _ in range(4))
    london = "20 7946 " + "".join(str(rng.randrange(10)) for _ in range(4))
    if style == 0:
        return "0" + mobile, "mobile"
    if style == 1:
        return "+44 " + mobile, "international"
    if style == 2:
        return "0" + mobile.replace(" ", ""), "plain"
    if style == 3:
        return "0" + city, "landline"
    if style == 4:
        return "(0113) " + city[4:], "brackets"
    if style == 5:
        return "0" + city.replace(" ", "."), "dots"
    if style == 6:
        return "0" + mobile.replace(" ", "  "), "double-space"
    if style == 7:
        return "+44 (0)" + london, "international"
    if style == 8:
        return full_width("0" + mobile), "full-width"
    return "0" + mobile.replace(" ", "-"), "dashes"


def ni_number():
    prefix = rng.choice(["AB", "TT", "JG", "CE", "NE", "WP", "ZX", "HL"])
    digits = "".join(str(rng.randrange(10)) for _ in range(6))
    suffix = rng.choice("ABCD")
    style = rng.randrange(5)
    if style == 0:
        return prefix + digits + suffix, "plain"
    if style == 1:
        return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}", "grouped"
    if style == 2:
        return f"{prefix}-{digits[:2]}-{digits[2:4]}-{digits[4:]}-{suffix}", "dashes"
    if style == 3:
        return f"{prefix}.{digits[:2]}.{digits[2:4]}.{digits[4:]}.{suffix}", "dots"
    return (prefix + digits + suffix).lower(), "lowercase"


def postcode():
    areas = ["LS", "BD", "WF", "HX", "HD", "S", "M", "B", "L", "NE", "YO", "HU", "NG", "DN", "SW", "E", "N", "CF", "G"]
    outward = rng.choice(areas) + str(rng.randrange(1, 30))
    inward = str(rng.randrange(10)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
    style = rng.randrange(4)
    if style == 0:
        return outward + inward, "no-space"
    if style == 1:
        return (outward + " " + inward).lower(), "lowercase"
    return outward + " " + inward, "plain"


def date():
    day, month, year = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(2008, 2025)
    name = MONTHS[month - 1]
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    styles = [(f"{day:02d}/{month:02d}/{year}", "numeric"), (f"{day} {name} {year}", "long"), (f"{day}{suffix} {name}", "ordinal"),
              (f"{name} {day}, {year}", "month-first"), (f"{day}.{month}.{year % 100:02d}", "dots"),
              (f"{year}-{month:02d}-{day:02d}", "iso"), (f"{day} {name[:3]} {year}", "short")]
    return rng.choice(styles)


def email(people):
    given, family = rng.choice(people + [f"{g} {s}" for g, s in zip(OTHER_GIVEN, OTHER_SURNAMES)]).split(" ", 1)
    g = "".join(c for c in given.lower() if c.isascii() and c.isalpha())
    f = "".join(c for c in family.lower() if c.isascii() and c.isalpha())
    domain = rng.choice(DOMAINS)
    style = rng.randrange(8)
    if style == 0:
        return f"{g}.{f}@{domain}", "plain"
    if style == 1:
        return f"{g[0]}{f}@{domain}", "plain"
    if style == 2:
        return f"{g[0]} dot {f} at {domain.replace('.', ' dot ')}", "spelled"
    if style == 3:
        return f"{g}.{f} [at] {domain.replace('.', ' [dot] ')}", "spelled"
    if style == 4:
        return f"{g}.{f}(at){domain}", "spelled"
    if style == 5:
        return f"{g}.{f} @ {domain}", "spaced"
    if style == 6:
        return f"{g.upper()}.{f.upper()} AT {domain.upper().replace('.', ' DOT ')}", "spelled"
    return f"{g}_{f}@{domain}", "plain"


def url():
    host = rng.choice(["leeds.gov.uk", "example.org", "padlet.com", "www.example.co.uk", "forms.council.gov.uk",
                       "files.example.net", "teams.example.com"])
    path = rng.choice(["", "/referral", "/s/4f9a2", "/forms/consent?id=" + str(rng.randrange(1000, 99999)), "/child/ky7"])
    style = rng.randrange(4)
    if style == 0:
        return "https://" + host + path, "https"
    if style == 1:
        return host + path, "no-scheme"
    if style == 2:
        return "ftp://" + host + path, "ftp"
    return "http://" + host + path, "http"


def address():
    number = str(rng.randrange(1, 140)) + rng.choice(["", "", "", "a", "b"])
    street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_TYPES)}"
    style = rng.randrange(7)
    if style == 0:
        return f"Flat {rng.randrange(1, 30)}, {number} {street}", "flat"
    if style == 1:
        return f"{rng.choice(BUILDING_WORDS)} {rng.choice(BUILDING_TYPES)}", "building"
    if style == 2:
        return f"Flat {rng.randrange(1, 30)} {rng.choice(BUILDING_WORDS)} {rng.choice(BUILDING_TYPES[:3])}", "flat-building"
    return f"{number} {street}", "street"


# --- Templates: {child} {parent} {worker} {other} are names; the rest are identifiers ---

TEMPLATES = [
    "I went out to see {child} at home on {date} and mum was really struggling with the younger ones.",
    "{worker} picked up the referral from the MASH; the school had rung about {child}'s attendance again.",
    "Can we think about {child}'s contact with dad? He has moved to {place} and wants overnights.",
    "Mum's new number is {phone}, but she doesn't always pick up, so text first.",
    "The school sent the chronology through from {email} and it is a lot to read before the ICPC.",
    "{child}'s NHS number on the health assessment was {nhs}, which didn't match the GP letter.",
    "Dad gave his NI number as {ni} for the housing form, but the benefits team has a different one.",
    "They've been placed at {address}, {place} {postcode}, which is a long way from school.",
    "The family moved to {address} over the summer and the new school hasn't had the file yet.",
    "I spoke to {other} on the duty desk, who said the strategy meeting would be on {date}.",
    "Honestly, {other} from the Leaving Care team was brilliant with {child} last week.",
    "The foster carers at {address} want a meeting before the review; I said I'd ask {worker}.",
    "Grandma lives in {place} and could have {child} at weekends, but the viability assessment isn't done.",
    "The consent form is on {url} if anyone needs it for the pre-birth assessment.",
    "{parent} rang me three times on Friday from {phone}; she was very distressed about court.",
    "I've put the referral form at {url} and emailed the link to {email}.",
    "I'm worried about {child}. The police called at {address} twice this month after DV incidents.",
    "The IRO, {other}, wants {child}'s plan tightened before {date}.",
    "We did the home visit with {worker} and {parent} was much calmer than last time.",
    "Can I bring {child} to group supervision next week? I'm stuck on what the drift is about.",
    "The paediatrician's letter gave {child}'s date of birth as {date} and the NHS number {nhs}.",
    "Nan has been ringing me on {phone}; she says {child} is staying with her in {place} most nights.",
    "{worker} and I did a joint visit with the health visitor to {address}.",
    "The contact centre is at {address}, near the bus station, which really helps {parent}.",
    "{parent} has given a new address, {address}, {postcode}, but the tenancy is in her sister's name.",
    "I emailed {other} at {email} about the child in need review, but nothing yet.",
    "The LADO referral went in on {date}; {other} is the designated officer dealing with it.",
    "Dad's solicitor is {other}, and the court bundle is due on {date}.",
    "{child} told me she wants to live with her aunt in {place}; she was clear about that.",
    "I rang the school, spoke to {other}, and she said {child} has been in the same clothes all week.",
    "The placement at {address} has broken down, so {child} is in an emergency bed tonight.",
    "Mum's partner gave his details as {other}, date of birth {date}, NI {ni}.",
    "The CAMHS worker's email is {email} if anyone is doing the joint work with {child}.",
    "{worker} has been off, so I covered the visit to {address} on {date}.",
    "The GP surgery on {address} says {child} missed two appointments.",
    "There's a padlet at {url} with the group's reflections from last month.",
    "We used the genogram with {child} and {parent}; it helped to see who is actually around.",
    "I went to {address} and nobody answered; a neighbour, {other}, said they had gone to {place}.",
    "The health visitor's number is {phone} and she is happy to join the core group.",
    "The school nurse at {address} noticed bruising on {child}'s arm and rang {worker}.",
    "It came through from {email} with the subject line about {child}'s exclusion.",
    "Dad lives in {place} now and wants to put himself forward; I said we'd need his NI number, {ni}.",
    "{other} from the Youth Justice Service said {child} has been picked up in {place} twice.",
    "Write to {email} if you want the slides from the training on contextual safeguarding.",
    "On {date} the family court listed the final hearing; {parent} has not got a solicitor yet.",
    "The ICPC is booked for {date} at {address}.",
    "Mum's postcode is {postcode}, which is outside our area, so the transfer-in conference is needed.",
    "I don't know how {worker} holds twenty-four cases; I'm drowning at nineteen.",
    "{worker} said it better than I could: the plan is ours, not the family's.",
    "Could we talk about {child}? The school says she's been seen getting into cars near {place}.",
]

FILLERS = [
    "Caseloads are still too high and we keep saying it.",
    "Safeguarding has to come first, but so does the relationship.",
    "Reflective supervision helped me more than the audit did.",
    "I felt stretched this week and I'm not sure it's getting better.",
    "We went to the Family Court and the Crown Court on the same day, which was a lot.",
    "The Children's Centre and the Health Centre have both cut their hours.",
    "He had 3 Court hearings in the last year and each one set him back.",
    "Reading the file took most of Monday.",
    "We may meet in March instead, if the rota allows it.",
    "Working Together says what we should do, but not how to do it well.",
    "Thresholds were discussed at the MASH and nobody agreed.",
    "Referrals rose again after half term.",
    "Visiting felt hard after the last incident.",
    "I think the drift is about us, not the family.",
    "The strategy meeting went well, for once.",
    "I'm worried we're getting used to things we shouldn't get used to.",
    "The core group was small but it was honest.",
    "Nobody had eaten lunch before the meeting started.",
    "The legal planning meeting was moved again.",
    "We talked about how to bring the child's voice into the plan.",
    "The PLO letter went out and mum cried in the car.",
    "It's the third change of social worker for that family this year.",
    "I need to write up the assessment before the deadline on Friday.",
    "The CP plan has fifteen actions and most of them are for mum.",
    "Signs of Safety mapping helped us see what was actually working.",
    "Ofsted are due and everyone is anxious about the audits.",
    "The ASYE group meets on Thursdays, which clashes with duty.",
    "We agreed to step down to Early Help if the next review is positive.",
    "The Independent Reviewing Officer raised drift at the last LAC review.",
    "I'm not sure the SGO support plan is realistic.",
    "It was 2 hours in the car for a 40 minute visit.",
    "Three of us felt stretched; two felt supported.",
    "Next time: how we share the duty rota, and what helps after a difficult visit.",
    "The interpreter was late, so the visit was half as long.",
    "Kinship carers need more than a leaflet.",
    "The Virtual School were helpful about the PEP.",
    "The team manager said to escalate it, so I did.",
    "Supervision got cancelled twice this month.",
    "We need a better way to hand over on a Friday.",
    "The child protection conference was adjourned because the police report wasn't in.",
    "Genograms take time, but they always show something new.",
    "Dad didn't come to the core group again.",
    "The Youth Offending Team and the school are not talking to each other.",
    "I came back from the visit and just sat in the car park for a while.",
    "The new case management system keeps logging me out.",
    "Mum's drinking seems better, but the neighbours say otherwise.",
    "Half the team is agency now, and it shows in the handovers.",
    "It's 10 past 4 and I still haven't had a break.",
    "The baby is 6 weeks old and already known to three services.",
    "Chapter 4 of the guidance is the bit nobody reads.",
]

VALUE_SLOTS = {
    "date": ("date", date), "phone": ("phone", phone), "nhs": ("nhs-number", nhs_number), "ni": ("ni-number", ni_number),
    "postcode": ("postcode", postcode), "url": ("url", url), "address": ("address", address),
}


def fill(template):
    """The template with every slot filled, and the labelled spans."""
    text = ""
    spans = []
    rest = template
    while "{" in rest:
        before, _, after = rest.partition("{")
        slot, _, rest = after.partition("}")
        text += before
        if slot == "child":
            value, variant = name_of(CASE_NAMES, titles=False)
            kind = "name"
        elif slot == "parent":
            value, variant = name_of(CASE_NAMES)
            kind = "name"
        elif slot == "worker":
            value, variant = name_of(PARTICIPANTS)
            kind = "name"
        elif slot == "other":
            value, variant = name_of([], other=True)
            kind = "name"
        elif slot == "place":
            value, variant = rng.choice(TOWNS), "town"
            kind = "place"
        elif slot == "email":
            value, variant = email(PARTICIPANTS + CASE_NAMES)
            kind = "email"
        else:
            kind, generator = VALUE_SLOTS[slot]
            value, variant = generator()
        spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind, "variant": variant})
        text += value
    text += rest
    return text, spans


def contribution(index):
    spans = []
    # About a third of contributions hold no identifier at all: false positives show there.
    with_identifiers = rng.random() < 0.65
    parts = []
    if with_identifiers:
        parts.append(("template", rng.choice(TEMPLATES)))
        if rng.random() < 0.3:
            parts.append(("template", rng.choice(TEMPLATES)))
    for _ in range(rng.randrange(0 if with_identifiers else 1, 3)):
        parts.append(("filler", rng.choice(FILLERS)))
    rng.shuffle(parts)
    text = ""
    for kind, part in parts:
        if text:
            text += " "
        if kind == "filler":
            text += part
            continue
        filled, part_spans = fill(part)
        for span in part_spans:
            span["start"] += len(text)
            span["end"] += len(text)
        spans.extend(part_spans)
        text += filled
    return {"id": index, "text": text, "spans": spans}


def main():
    records = [contribution(index) for index in range(COUNT)]
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.json"), "w", encoding="utf-8") as f:
        json.dump({"participants": PARTICIPANTS, "case": CASE_NAMES}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    kinds = {}
    for record in records:
        for span in record["spans"]:
            kinds[span["kind"]] = kinds.get(span["kind"], 0) + 1
    print(f"{len(records)} contributions, {sum(kinds.values())} labelled spans: {kinds}")


if __name__ == "__main__":
    main()
