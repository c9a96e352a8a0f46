import Testing
@testable import CircleKit

@Suite struct FacilitatorInputTests {
    let ask = SessionRequest.ask(person: "P1", prompt: "How are you?", canPass: true)

    @Test func contributionsPassesAndTags() {
        #expect(FacilitatorInput.parse("Tired #workload but ok #peer-support", for: ask)
            == .answer(.text("Tired but ok", themes: ["workload", "peer-support"])))
        #expect(FacilitatorInput.parse("  PASS ", for: ask) == .answer(.pass))
        #expect(FacilitatorInput.parse("#moral-distress", for: ask) == .tag(["moral-distress"]))
        #expect(FacilitatorInput.parse("", for: ask) == .invalid("type the contribution, or 'pass'"))
        #expect(FacilitatorInput.parse("Issue #3 on the list", for: ask) == .answer(.text("Issue #3 on the list", themes: [])))
        let mustSpeak = SessionRequest.ask(person: "P1", prompt: "Your account", canPass: false)
        #expect(FacilitatorInput.parse("pass", for: mustSpeak) == .invalid("this turn cannot be passed; type the contribution"))
    }

    /// ASCII lines are split as bytes, others by `Character`: the same words, spaces and tags either way.
    @Test func asciiAndUnicodeLinesSplitAlike() throws {
        for (line, text) in [
            ("  Tired   #workload  but ok #peer-support #workload ", "Tired but ok"), ("#a1 x #b-c", "x"), ("a # b #", "a # b #"),
            ("Issue #3 done", "Issue #3 done"), ("#Workload stays", "#Workload stays"),
        ] {
            let ascii = try FacilitatorInput.splitTags(line)
            let unicode = try FacilitatorInput.splitTags(line + " é")
            #expect(ascii.0 == text, "\(line)")
            #expect(unicode.0 == text + " é" && unicode.1 == ascii.1, "\(line)")
        }
        #expect(throws: CircleError.self) { try FacilitatorInput.splitTags("bad #x--y tag") }
    }

    /// A tag may say whether the theme was raised as a strength (`+`) or a concern (`-`); a plain
    /// tag leaves it unstated. The first mention of a theme in a line counts.
    @Test func tagsCarryADirection() throws {
        #expect(FacilitatorInput.parse("Cover from the team #peer-support+ #workload-", for: ask)
            == .answer(.text("Cover from the team", themes: [ThemeMention("peer-support", .strength), ThemeMention("workload", .concern)])))
        #expect(FacilitatorInput.parse("#workload- #workload+ #demands", for: .pause("Quiet"))
            == .tag([ThemeMention("workload", .concern), ThemeMention("demands")]))
        #expect(FacilitatorInput.parse("Gained +5 and -3 #a1+", for: ask) == .answer(.text("Gained +5 and -3", themes: ["a1+"])))
        // The same words split as bytes and as characters.
        let unicode = try FacilitatorInput.splitTags("Café #workload- #successes+")
        #expect(unicode.0 == "Café" && unicode.1 == ["workload-", "successes+"])
        #expect(try ThemeMention(tag: "peer-support+").description == "peer-support+")
        #expect(throws: CircleError.self) { try ThemeMention(tag: "+") }
    }

    @Test func theLinkCommandIsForTheTerminalOfARoomSession() {
        guard case .invalid(let message) = FacilitatorInput.parse("/link", for: ask) else { Issue.record("not refused"); return }
        #expect(message.contains("--room"))
    }

    @Test func tagsThatBreakTheThemeIDRuleAreRefusedWithTheRule() {
        let rule = "use lower-case letters a–z and digits, starting with a letter, with single hyphens between words (no spaces or accents)"
        let keep = "; to keep the words as typed, start the line with \\"
        #expect(FacilitatorInput.parse("Busy week #café", for: ask) == .invalid("\"#café\" is not a theme id: \(rule); e.g. #moral-distress" + keep))
        #expect(FacilitatorInput.parse("#x²", for: ask) == .invalid("\"#x²\" is not a theme id: \(rule); e.g. #moral-distress" + keep))
        #expect(FacilitatorInput.parse("#work--", for: .pause("Quiet")) == .invalid("\"#work-\" is not a theme id: \(rule); e.g. #moral-distress" + keep))
        let long = String(repeating: "a", count: 200)
        #expect(FacilitatorInput.parse("Tired #\(long)", for: SessionRequest.write(prompt: "Write", people: 3))
            == .invalid("\"#\(String(repeating: "a", count: 40))…\" is not a theme id: it has 200 characters; at most 40; e.g. #moral-distress" + keep))
        // Words that never looked like tags stay text, and the escape keeps any line as typed.
        #expect(FacilitatorInput.parse("#Workload and #3, #work.load", for: ask) == .answer(.text("#Workload and #3, #work.load", themes: [])))
        #expect(FacilitatorInput.parse("\\Busy week #café", for: ask) == .answer(.text("Busy week #café", themes: [])))
    }

    @Test func commands() {
        #expect(FacilitatorInput.parse("/skip", for: ask) == .answer(.skipPhase))
        #expect(FacilitatorInput.parse("/END", for: ask) == .answer(.endSession))
        #expect(FacilitatorInput.parse("/extend 5", for: ask) == .extend(minutes: 5))
        #expect(FacilitatorInput.parse("/extend lots", for: ask) == .invalid("say how many minutes, e.g. /extend 5"))
        #expect(FacilitatorInput.parse("/extend 500", for: ask) == .invalid("say how many minutes, e.g. /extend 5"))
        #expect(FacilitatorInput.parse("/note check in with P2 after", for: ask) == .note("check in with P2 after"))
        #expect(FacilitatorInput.parse("/pause", for: ask) == .pause)
        #expect(FacilitatorInput.parse("/help", for: ask) == .help)
        #expect(FacilitatorInput.parse("/fly", for: ask) == .invalid("unknown command /fly; /help lists them"))
    }

    @Test func writtenRounds() {
        let write = SessionRequest.write(prompt: "What are you left feeling?", people: 4)
        #expect(FacilitatorInput.parse("Heavy #anxiety", for: write) == .answer(.text("Heavy", themes: ["anxiety"])))
        #expect(FacilitatorInput.parse("/done", for: write) == .answer(.done))
        #expect(FacilitatorInput.parse("/Aloud", for: write) == .answer(.aloud))
        #expect(FacilitatorInput.parse("/done", for: ask) == .invalid("/done is for a written round"))
        #expect(FacilitatorInput.parse("", for: write) == .invalid("type the written contribution, /done when all are in, or /aloud"))
        // A backslash keeps the rest exactly: how participants' written contributions are kept.
        #expect(FacilitatorInput.parse("\\/end #not-a-tag", for: write) == .answer(.text("/end #not-a-tag", themes: [])))
        #expect(FacilitatorInput.parse("\\pass", for: ask) == .answer(.text("pass", themes: [])))
        #expect(FacilitatorInput.parse("\\", for: write) == .invalid("write the contribution after \\"))
        #expect(FacilitatorInput.parse("\\2", for: .choose(prompt: "Who?", options: ["P1", "P2"])) == .invalid("\\TEXT answers a contribution, not this step"))
    }

    @Test func choicesAndConfirmations() {
        let choose = SessionRequest.choose(prompt: "Who?", options: ["P1", "P2", "nobody else"])
        #expect(FacilitatorInput.parse("2", for: choose) == .answer(.choice(2)))
        #expect(FacilitatorInput.parse("Nobody else", for: choose) == .answer(.choice(3)))
        #expect(FacilitatorInput.parse("4", for: choose) == .invalid("choose a number from 1 to 3"))
        let confirm = SessionRequest.confirm(prompt: "Ready?")
        #expect(FacilitatorInput.parse("Yes", for: confirm) == .answer(.confirm(true)))
        #expect(FacilitatorInput.parse("n", for: confirm) == .answer(.confirm(false)))
        #expect(FacilitatorInput.parse("maybe", for: confirm) == .invalid("answer y or n"))
        #expect(FacilitatorInput.parse("", for: .pause("Quiet")) == .answer(.acknowledged))
    }
}

@Suite struct HostAPIErrorTests {
    func run(_ body: String, participants: Int = 3) throws -> SessionEngine {
        let file = try Fixture.write("api.lua", """
            return format { id = "api", version = 1, title = "API", summary = "s", minutes = 10,
              participants = { min = 1, max = 9 }, roles = { presenter = { count = 1 } }, agreement = "a", source = "test",
              run = function(s)
            \(body)
              end }
            """)
        let engine = try SessionEngine(
            setup: .init(formatPath: file, library: nil, participants: participants, seed: 1), io: ScriptedIO(Array(repeating: "x", count: 20)), journalPath: nil)
        _ = try engine.run()
        return engine
    }

    @Test(arguments: [
        ("s:say(nil)", "api.lua:4: s:say expects text, got nil"),
        ("s:ask('P9', 'Hi')", "api.lua:4: s:ask expects a participant (one of s.participants), got \"P9\""),
        ("s:round('Go', { order = 'alphabetical' })", "api.lua:4: s:round: option 'order' must be seated, reversed, random or chosen, got \"alphabetical\""),
        ("s:round('Go', { colour = 'blue' })", "api.lua:4: s:round: unknown option 'colour'"),
        ("s:choose('Which?', {})", "api.lua:4: s:choose expects a list of option strings, got a table"),
        ("s:assign('chair', 'P1')", "api.lua:4: s:assign expects a role declared in the format's roles, got \"chair\""),
        ("s:theme('Work Load')", "api.lua:4: s:theme expects a kebab-case theme id, got \"Work Load\""),
        ("s:record('k', { 1, 2 })", "api.lua:4: s:record expects text or a list of texts, got a table"),
        ("s:phase('A', function() s:phase('B', function() end) end)", "api.lua:4: s:phase: phases cannot be nested ('B' inside 'A')"),
        ("s:phase('A', { minutes = -1 }, function() end)", "api.lua:4: s:phase: option 'minutes' must be a positive number, got -1"),
        ("coroutine.yield('hello')", "api.lua:4: the format yielded \"hello\" to the host; call the s: functions instead of coroutine.yield"),
        ("while true do end", "api.lua:4: script stopped: it used its budget of 50000000 instructions for one turn (an endless loop?)"),
        ("local f = io.open('/etc/passwd')", "api.lua:4: 'io' is not available in Circle's sandbox"),
    ])
    func wrongCallsGetAuthorFriendlyErrors(body: String, expected: String) throws {
        let error = #expect(throws: CircleError.self) { _ = try run("    " + body) }
        #expect(error?.description.contains(expected) == true, "\(error?.description ?? "no error")")
    }

    @Test func rolesAndMembers() throws {
        let engine = try run("""
                s:assign("presenter", "P2")
                s:record("presenter", s.role.presenter)
                s:record("members", s:members("presenter"))
                s:round("Go", { skip = s.role.presenter })
            """)
        #expect(engine.records.map(\.value) == [["P2"], ["P2"]])
        #expect(engine.contributions == 2)
    }
}

@Suite struct TagAnywhereTests {
    @Test func tagsAloneAreTakenAtAnyStep() {
        #expect(FacilitatorInput.parse("#workload #demands", for: .pause("Quiet")) == .tag(["workload", "demands"]))
        #expect(FacilitatorInput.parse("#celebration", for: .confirm(prompt: "Ready?")) == .tag(["celebration"]))
        #expect(FacilitatorInput.parse("#successes", for: .choose(prompt: "Who?", options: ["P1"])) == .tag(["successes"]))
    }
}
