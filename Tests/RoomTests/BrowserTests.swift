import CircleKit
import Foundation
import Testing
import TestSupport

@testable import CircleRoom

/// The room display in a real headless Chromium, driven as people would: a whole
/// rehearsal answered on the facilitator's page, a written round written on a phone,
/// revealed on the projected room view, and "what leaves the room" decided at the end;
/// then hostile texts from every side, shown as text and never run.
///
/// Screenshots go to `$CIRCLE_SCREENSHOTS`, or `<repo>/.build/room-screenshots/`.
@Suite(.serialized) struct BrowserTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let screenshots = ProcessInfo.processInfo.environment["CIRCLE_SCREENSHOTS"].flatMap { $0.isEmpty ? nil : $0 }
        ?? root.appendingPathComponent(".build/room-screenshots").path
    static let firstNames = ["Amira", "Ben", "Chloe", "Dev", "Ewa", "Femi", "Gus", "Hana", "Ivo", "Jun"]

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    static func shot(_ name: String) -> String { (screenshots as NSString).appendingPathComponent(name) }

    // MARK: A whole session

    @Test(.timeLimit(.minutes(5)))
    func aWholeRehearsalRunsThroughTheFacilitatorPageTheRoomViewAndAPhone() async throws {
        let started = Date()
        let formatPath = Self.path("Scripts/formats/parallel_process_case_discussion.lua")
        let library = Self.path("Scripts/lib")
        let io = try RehearsalIO(path: Self.path("Scenarios/rehearsals/parallel_process_case_discussion.yaml"))
        let setup = io.setup(formatPath: formatPath, library: library, scenarioPath: io.scenario.map(Self.path))
        let phases = try #require(SessionEngine.phaseCount(formatPath, library: library, participants: io.participants))
        let handles = (1...io.participants).map { "P\($0)" }
        let names = Dictionary(uniqueKeysWithValues: zip(handles, Self.firstNames))
        let live = try await LiveRoom(setup: setup, share: true, names: names, lanAddress: "127.0.0.1")
        try await withBrowser(live) { browser in
            let joinURL = try #require(live.server.joinURL)
            let roomView = try await Tab.open(browser, live.server.roomURL, "the room view")
            let facilitator = try await Tab.open(browser, live.server.facilitatorURL, "the facilitator page")
            let phone = try await Tab.open(browser, joinURL, "the participant page", phone: true)
            #expect(try await phone.int("window.innerWidth") == 390)

            // The key leaves the address bar as soon as the page opens, and the page still works.
            try await facilitator.wait("the facilitator page's first step", "location.hash === '' && !!document.querySelector('#live [data-question] h2')")
            #expect(try await facilitator.string("location.hash") == "")
            #expect(!(try await facilitator.string("location.href")).contains(live.room.secret))
            #expect(!(try await facilitator.string("document.documentElement.outerHTML")).contains(live.room.secret))

            try await checkKeyboardAndNames(facilitator)

            let spoken = io.answers.map(\.text).filter { $0.count > 12 && !$0.hasPrefix("/") }
            let nameWords = (handles + handles.map { names[$0]! }).map { "\\b\($0)\\b" }.joined(separator: "|")
            /// The participant's phone shows no name and nothing of the facilitator's log.
            func checkPhone(_ when: String) async throws {
                let text = try await phone.string("document.body.textContent")
                #expect(text.range(of: nameWords, options: .regularExpression) == nil, "the participant page shows a name \(when): \(text)")
                #expect(try await phone.bool("!document.querySelector('.log, .person, .turn, .passed')"), "the participant page shows the log \(when)")
                #expect(!text.contains("So far"), "the participant page shows the log \(when)")
                for line in spoken where text.contains(line) { Issue.record("the participant page shows “\(line)” \(when)") }
            }
            try await checkPhone("before the session")

            var last = 0
            var index = 0
            var lastPhase = 0
            var passedBefore: (name: String, prompt: String)?
            var lastPrompt = ""
            var sawPassed = false
            var sawWrittenRound = false
            while index < io.answers.count {
                let answer = io.answers[index]
                let step = try await facilitator.step(after: last)
                #expect(step.notice == nil, "the page rejected the answer before step \(step.id): \(step.notice ?? "")")
                if let expect = answer.expect {
                    if let name = names[expect] {
                        #expect(step.person == name, "answer \(index + 1) is for \(expect) (\(name)); the page asks \(step.heading)")
                    } else {
                        #expect(step.heading.contains(expect), "answer \(index + 1) expects “\(expect)”; the page asks \(step.heading)")
                    }
                }

                // The room view: phase i of n, a countdown, and, in a turn, the prompt and whose turn it is.
                let phase = try await roomView.wait(
                    "the room view's phase",
                    "(() => { const p = document.querySelector('#live .phase'); const c = document.querySelector('#live .clock'); return !!p && !!c && /^Phase \\d+ of \(phases): ./.test(p.textContent) && /^\\+?\\d+:\\d\\d$/.test(c.textContent) ? p.textContent : null })()")
                let phaseIndex = Int(phase.split(separator: " ")[1]) ?? 0
                #expect(phaseIndex >= lastPhase && phaseIndex <= phases, "phase went from \(lastPhase) to \(phase)")
                lastPhase = phaseIndex
                if let person = step.person {
                    let prompt = step.heading.components(separatedBy: " — ").dropFirst().joined(separator: " — ")
                    try await roomView.wait(
                        "the room view to show \(person)’s turn at “\(prompt)”",
                        "document.querySelector('#live .turn')?.textContent === \(js(person + "’s turn")) && document.querySelector('#live .prompt')?.textContent === \(js(prompt))")
                    if let passer = passedBefore?.name, passedBefore?.prompt == prompt {
                        // The pass shows while the same round goes on.
                        try await roomView.wait("“Passed: \(passer)” on the room view", "(document.querySelector('#live .passed')?.textContent ?? '').startsWith('Passed: ') && document.querySelector('#live .passed').textContent.includes(\(js(passer)))")
                        if !sawPassed {
                            try await roomView.screenshot(Self.shot("room-view.png"))
                            try await facilitator.screenshot(Self.shot("facilitator.png"))
                            try await roomView.fullScreenshot(Self.shot("room-view-full.png"))
                            try await facilitator.fullScreenshot(Self.shot("facilitator-full.png"))
                        }
                        sawPassed = true
                    }
                    lastPrompt = prompt
                }
                passedBefore = nil
                try await checkPhone("at step \(step.id)")

                if step.reveal {
                    // A written round: members write on their phones; the facilitator reveals them together.
                    let first = !sawWrittenRound
                    sawWrittenRound = true
                    guard let done = io.answers[index...].firstIndex(where: { $0.text == "/done" }) else {
                        Issue.record("the rehearsal's written round has no /done")
                        return
                    }
                    let texts = io.answers[index..<done].map(\.text)
                    try await writeAndReveal(texts, first: first, roomView: roomView, facilitator: facilitator, phone: phone, joinURL: joinURL, names: names)
                    try await checkPhone("after the reveal")
                    last = step.id
                    index = done + 1
                    continue
                }

                if answer.text == "pass", step.buttons.contains(where: { $0.line == "pass" }) {
                    try await facilitator.click("#live .question button[data-line=\"pass\"]")
                    passedBefore = step.person.map { ($0, lastPrompt) }
                } else if step.buttons.contains(where: { $0.line == answer.text }), step.person == nil {
                    // A choice or a confirmation: the option's button.
                    try await facilitator.click("#live .question button[data-line=\(js(answer.text))]")
                } else {
                    try await facilitator.typeLine(answer.text)
                }
                last = step.id
                index += 1
            }
            #expect(sawWrittenRound, "the written round never opened on the facilitator page")
            #expect(sawPassed, "no pass was shown on the room view during a round")
            #expect(lastPhase == phases)

            // What leaves the room: keep each item, then keep the record; then delete the journal.
            var closingShot = false
            var decided = false
            for _ in 0..<20 where !decided {
                let step = try await facilitator.step(after: last, timeout: 15)
                last = step.id
                if !closingShot {
                    try await facilitator.screenshot(Self.shot("facilitator-closing.png"))
                    try await facilitator.fullScreenshot(Self.shot("facilitator-closing-full.png"))
                    closingShot = true
                    // The room view shows the session's end, never the record being decided.
                    try await roomView.wait("the room view to show the end", "(document.querySelector('#live .prompt')?.textContent ?? '').startsWith('Session complete')")
                    #expect(!(try await roomView.string("document.body.textContent")).contains("What leaves the room"))
                    try await checkPhone("at the closing dialogue")
                    #expect(try await phone.bool("document.body.textContent.includes('The session has ended')"))
                }
                if let keep = step.buttons.first(where: { $0.label == "Keep" }) {
                    try await facilitator.click("#live .question button[data-line=\(js(keep.line ?? "k"))]")
                } else if let record = step.buttons.first(where: { $0.label == "Keep the record" }) {
                    try await facilitator.click("#live .question button[data-line=\(js(record.line ?? "y"))]")
                } else if let delete = step.buttons.first(where: { $0.label == "Delete it" }) {
                    #expect(try FileManager.default.contentsOfDirectory(atPath: live.journals).count == 1)
                    try await facilitator.click("#live .question button[data-line=\(js(delete.line ?? "n"))]")
                    decided = true
                } else {
                    Issue.record("an unexpected closing question: \(step.heading) \(step.buttons.map(\.label))")
                    return
                }
            }
            #expect(decided, "the closing dialogue did not end")
            #expect(try await live.outcome(timeout: 15) == .complete)
            try await facilitator.wait("the record kept", "document.querySelector('#after .log').textContent.includes('Kept in ')")

            #expect(try FileManager.default.contentsOfDirectory(atPath: live.journals).isEmpty, "the journal is deleted")
            let records = try ThemeStore(path: live.store).records()
            #expect(records.count == 1)
            #expect(records.first?.format == "parallel-process-case-discussion")
            #expect(records.first?.participants == io.participants)

            // The written contributions are in the transcript once each, with no handle and no name beside them.
            let transcript = live.engine.transcript
            let written = transcript.filter { $0.hasPrefix("(written): ") }.map { String($0.dropFirst("(written): ".count)) }
            // Every written round's cards: from the round's first answer (the one with an `expect:`) to its /done.
            let expected = io.answers.indices.filter { io.answers[$0].text == "/done" }.flatMap { done in
                let start = io.answers[..<done].lastIndex { $0.expect != nil } ?? done
                return io.answers[start..<done].map(\.text)
            }
            #expect(expected.contains { $0.hasPrefix("Tight in my chest") })
            #expect(written.sorted() == expected.sorted())
            // A card suggested for senior leaders is read back for the group to decide, and recorded if agreed.
            let readBack = ["Facilitator: For senior leaders: ", "[record] feedback-up: "]
            for line in transcript where expected.contains(where: { line.contains($0) }) && !readBack.contains(where: line.hasPrefix) {
                #expect(line.hasPrefix("(written): "), "a written contribution appears as \(line)")
                #expect(line.range(of: nameWords, options: .regularExpression) == nil, "a written line names someone: \(line)")
            }
            #expect(transcript.last?.contains("Session complete: \(phases) phases") == true)
        }
        print("BrowserTests: the whole rehearsal took \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }

    /// From the answer box, Tab reaches Send; every control on the pages has an accessible name.
    func checkKeyboardAndNames(_ facilitator: Tab) async throws {
        try await facilitator.run { page in
            try page.evaluate("document.getElementById('line').focus()")
            try page.press(key: "Tab")
        }
        #expect(try await facilitator.string("(() => { const a = document.activeElement; return a.tagName + ' ' + a.type + ' ' + a.textContent.trim() + ' ' + (a.form ? a.form.id : '') })()") == "BUTTON submit Send answer")
        try await facilitator.run { try $0.press(key: "Tab", shift: true) }
        #expect(try await facilitator.string("document.activeElement.id") == "line")
        let unnamed = try await facilitator.unnamedControls()
        #expect(unnamed.isEmpty, "controls with no accessible name on the facilitator page: \(unnamed)")
        #expect(try await facilitator.int("document.querySelectorAll('#live button').length") >= 5)
    }

    /// The phone's page reloaded, as another phone would open it: a page writes once per round.
    static func anotherPhone(_ phone: Tab) async throws {
        _ = try await phone.string("(location.reload(), '')")
        try await phone.wait("the reloaded page", "document.readyState === 'complete' && !!document.querySelector('#live [data-open]') && !document.getElementById('write').hidden")
    }

    /// Writes each text on a phone (a fresh page for each), checks the counts, previews the cards and
    /// hides one on the facilitator page, reveals, and checks the room view shows them all together, as a
    /// list, with no names, and never the hidden one.
    /// `first`: the rehearsal's first written round ("What are you left feeling?"), screenshotted and its
    /// QR code read; a later one (the anonymous evaluation) only needs to be open.
    func writeAndReveal(_ texts: [String], first: Bool, roomView: Tab, facilitator: Tab, phone: Tab, joinURL: String, names: [String: String]) async throws {
        let prompt = first ? "=== 'What are you left feeling?'" : "?.length > 0"
        try await phone.wait("the written round on the phone", "!!document.querySelector('#live [data-open]') && !document.getElementById('write').hidden && document.querySelector('#live .prompt')?.textContent \(prompt)")
        try await roomView.wait("the room view's count", "document.querySelector('#live .writing .count')?.dataset.count === '0'")
        #expect(try await roomView.string("document.querySelector('#live .join')?.textContent ?? ''").contains(joinURL))
        if first {
            // The QR code beside it, as the projector shows it, read by a real reader back to the exact join link.
            _ = try await roomView.string("(document.querySelector('#live .qr').scrollIntoView(), '')")
            try await roomView.screenshot(Self.shot("room-view-join.png"))
            #expect(try QRCodeTests.decode(Self.shot("room-view-join.png")) == joinURL)
        }
        let unnamed = try await phone.unnamedControls()
        #expect(unnamed.isEmpty, "controls with no accessible name on the participant page: \(unnamed)")
        #expect(try await phone.int("document.querySelectorAll('#write textarea, #write button').length") == 2)
        // One card more than the rehearsal's, naming someone in the room: the facilitator hides it before the reveal.
        let hidden = "Chloe looked like she was going to cry"
        for (k, text) in (texts + [hidden]).enumerated() {
            if k > 0 { try await Self.anotherPhone(phone) }
            try await phone.run { page in
                try page.evaluate("document.getElementById('text').focus()")
                try page.type(text)
            }
            #expect(try await phone.string("document.getElementById('text').value") == text)
            if k == 0 && first { try await phone.screenshot(Self.shot("participant.png")) }
            try await phone.click("#write button[type=submit]")
            try await phone.wait("the phone to say it was sent", "document.getElementById('text').value === '' && document.getElementById('sent').textContent.startsWith('Sent.')")
            // One card per page: the form goes once this page has sent.
            #expect(try await phone.bool("document.getElementById('write').hidden"))
            try await facilitator.wait("the count on the facilitator page", "document.querySelector('#live .question .count')?.dataset.count === '\(k + 1)'")
        }
        // The room view's count moves in batches (every 3 cards, or every 3 s), not on each send.
        try await roomView.wait("“\(texts.count + 1) written so far” on the room view", "document.querySelector('#live .writing .count')?.textContent === '\(texts.count + 1) written so far'")
        // The facilitator sees every card before the reveal, and hides one.
        try await facilitator.wait("the preview of every card", "document.querySelectorAll('#live .preview li').length === \(texts.count + 1)")
        let previewed = try await facilitator.string("JSON.stringify([...document.querySelectorAll('#live .preview .card')].map(p => p.textContent))")
        #expect(try JSONDecoder().decode([String].self, from: Data(previewed.utf8)).sorted() == (texts + [hidden]).sorted())
        try await facilitator.screenshot(Self.shot("facilitator-preview.png"))
        try await facilitator.click("#live .preview li:nth-child(\(try await facilitator.int("[...document.querySelectorAll('#live .preview .card')].findIndex(p => p.textContent === \(js(hidden)))") + 1)) button[data-action=\"hide\"]")
        try await facilitator.wait("the hidden card to go", "document.querySelectorAll('#live .preview li').length === \(texts.count)")
        let before = try await roomView.string("document.body.textContent")
        for text in texts { #expect(!before.contains(text), "“\(text)” shows before the reveal") }

        // Everything the room view shows from now on, in case a later step replaces the list.
        _ = try await roomView.string("""
            (() => { window.__written = []; const record = () => { const items = [...document.querySelectorAll('#live .written li')].map(li => li.textContent);
              if (items.length) window.__written.push({ items, section: document.querySelector('#live .written').textContent }); };
              new MutationObserver(record).observe(document.getElementById('live'), { childList: true, subtree: true }); return '' })()
            """)
        try await facilitator.click("#live .question button[data-action=\"reveal\"]")
        if texts.count < Room.minimumToReveal {
            // With one or two, Reveal first warns that the room may tell who wrote which; pressed again, it reveals.
            try await facilitator.wait("the warning on Reveal", "(document.querySelector('#live .question button[data-action=\"reveal\"]')?.textContent ?? '').startsWith('Only ')")
            try await facilitator.click("#live .question button[data-action=\"reveal\"]")
        }
        let seen = try await roomView.wait(
            "the revealed contributions on the room view",
            "window.__written.find(s => s.items.length === \(texts.count)) ? JSON.stringify(window.__written.find(s => s.items.length === \(texts.count))) : null")
        try await roomView.screenshot(Self.shot("room-view-revealed.png"))
        struct Shown: Decodable { let items: [String]; let section: String }
        let shown = try JSONDecoder().decode(Shown.self, from: Data(seen.utf8))
        #expect(shown.items.sorted() == texts.sorted(), "each contribution is one list item, as written, with nothing beside it")
        #expect(!(try await roomView.string("document.body.textContent")).contains(hidden), "the hidden card reached the room view")
        for name in Array(names.values) + Array(names.keys) where shown.section.range(of: "\\b\(name)\\b", options: .regularExpression) != nil {
            Issue.record("the revealed contributions show the name \(name)")
        }

        // After the feelings round the presenter is asked to respond to them: the group should still see them.
        guard first else { return }
        try await facilitator.wait("the presenter's question after the reveal", "!!document.querySelector('#live .question .person')")
        // The revealed contributions stay on the room view while the presenter's question comes next.
        try await roomView.wait("the revealed contributions to stay on the room view", "document.querySelectorAll('#live .written li').length === \(texts.count)", timeout: 2)
    }

    // MARK: Hostile text

    @Test(.timeLimit(.minutes(3)))
    func hostileTextIsShownAsTextAndNeverRuns() async throws {
        let payloads = XSSCorpus.payloads
        #expect(payloads.count >= 30)
        var limits = RoomServer.Limits()
        limits.contributionsPerMinute = 1000
        limits.joinRequestsPerMinute = 1000
        // The facilitator types the names: they are hostile too.
        let names = ["P1": "<img src=x onerror=\"window.__pwned=1\">", "P2": "\"><svg onload=window.__pwned=1>", "P3": "Chloe"]
        let live = try await LiveRoom(share: true, participants: 3, names: names, limits: limits)
        try await withBrowser(live) { browser in
            let roomView = try await Tab.open(browser, live.server.roomURL, "the room view")
            let facilitator = try await Tab.open(browser, live.server.facilitatorURL, "the facilitator page")
            let phone = try await Tab.open(browser, try #require(live.server.joinURL), "the participant page", phone: true)
            let tabs = [roomView, facilitator, phone]
            var original: [String: (title: String, url: String)] = [:]
            for tab in tabs {
                try await tab.wait("\(tab.name) to load", "document.readyState === 'complete'")
                original[tab.name] = (try await tab.string("document.title"), try await tab.string("location.href"))
            }

            // Facilitator lines: literal contributions (\TEXT), a raw one, and a note; each shows in the log as text.
            let lines = [
                ("P1", "\\" + payloads[18]), ("P2", "\\" + payloads[22]), ("P3", payloads[9]),
            ]
            var last = 0
            for (handle, line) in lines {
                let step = try await facilitator.step(after: last)
                #expect(step.person == names[handle])
                try await roomView.wait("\(handle)’s turn on the room view", "document.querySelector('#live .turn')?.textContent === \(js(names[handle]! + "’s turn"))")
                if handle == "P1" {
                    try await facilitator.run { page in
                        try page.evaluate("document.getElementById('note-text').focus()")
                        try page.type(payloads[35])
                        try page.press(key: "Enter")
                    }
                    try await facilitator.wait("the note in the log", "[...document.querySelectorAll('#after .log li')].some(li => li.textContent === \(js("[note] " + payloads[35])))")
                    last = try await facilitator.step(after: step.id).id
                }
                try await facilitator.typeLine(line)
                let literal = line.hasPrefix("\\") ? String(line.dropFirst()) : line
                let logged = Self.normal(names[handle]! + ": " + Room.clean(literal, limit: Room.lineLimit))
                try await facilitator.wait(
                    "the line in the facilitator's log", "JSON.stringify([...document.querySelectorAll('#after .log li')].map(li => li.textContent))",
                    until: { (try? JSONDecoder().decode([String].self, from: Data($0.utf8)))?.contains { Self.normal($0) == logged } == true })
                try await checkNothingRan(tabs, original)
                last = max(last, step.id)
            }

            // Every payload written on the phone, revealed on the room view.
            let round = try await facilitator.step(after: last)
            #expect(round.reveal)
            try await phone.wait("the written round on the phone", "!!document.querySelector('#live [data-open]')")
            for (k, payload) in payloads.enumerated() {
                if k > 0 { try await Self.anotherPhone(phone) }
                try await phone.run { page in
                    try page.evaluate("document.getElementById('text').value = ''; document.getElementById('text').focus()")
                    try page.type(payload)
                }
                try await phone.click("#write button[type=submit]")
                // The page empties the box when the server answers (the room view may update first).
                try await phone.wait("the phone to empty the box", "document.getElementById('text').value === ''")
                do {
                    try await facilitator.wait("“\(k + 1) written” on the facilitator page", "document.querySelector('#live .question .count')?.dataset.count === '\(k + 1)'")
                } catch {
                    let state = try await phone.string("JSON.stringify({ value: document.getElementById('text').value, sent: document.getElementById('sent').textContent, active: document.activeElement.outerHTML.slice(0, 100), live: document.getElementById('live').innerHTML.slice(0, 200), hidden: document.getElementById('write').hidden })")
                    Issue.record("payload \(k): server has \(live.room.snapshot.writing?.pending.count ?? -1) pending; phone: \(state)")
                    throw error
                }
            }
            try await checkNothingRan(tabs, original)
            try await facilitator.click("#live .question button[data-action=\"reveal\"]")
            try await roomView.wait("the revealed list", "document.querySelectorAll('#live .written li').length === \(payloads.count)")
            let choice = try await facilitator.step(after: round.id, heading: "Which way next?")
            try await Task.sleep(for: .seconds(1))  // a refresh, a focus or a load would have run by now
            try await checkNothingRan(tabs, original)

            let shown = try JSONDecoder().decode(
                [String].self, from: Data(try await roomView.string("JSON.stringify([...document.querySelectorAll('#live .written li')].map(li => li.textContent))").utf8))
            let visible = Set(shown.map(Self.normal))
            let all = Self.normal(try await roomView.string("document.getElementById('live').textContent"))
            for payload in payloads {
                let expected = Self.normal(Room.clean(payload, limit: Room.contributionLimit))
                #expect(visible.contains(expected), "not shown as text on the room view: \(payload.prefix(80))")
                #expect(all.contains(expected))
            }
            let log = try JSONDecoder().decode(
                [String].self, from: Data(try await facilitator.string("JSON.stringify([...document.querySelectorAll('#after .log li')].map(li => li.textContent))").utf8))
            let revealed = Set(payloads.map { Self.normal("(written): " + Room.clean($0, limit: Room.contributionLimit)) })
            #expect(log.filter { $0.hasPrefix("(written): ") }.count >= 10)
            for entry in log where entry.hasPrefix("(written): ") {
                #expect(revealed.contains(Self.normal(entry)), "the facilitator's log shows something else: \(entry.prefix(80))")
            }
            try await roomView.screenshot(Self.shot("xss-room-view.png"))
            try await facilitator.screenshot(Self.shot("xss-facilitator.png"))

            // The session still ends as it should.
            try await facilitator.click("#live .question button[data-line=\"2\"]")
            _ = try await facilitator.step(after: choice.id, heading: "Is everyone ready to close")
            try await facilitator.click("#live .question button[data-line=\"y\"]")
            try await live.keepNothing()
            #expect(try await live.outcome() == .complete)
            try await checkNothingRan(tabs, original)
        }
    }

    /// No payload ran on any page, and none became markup in the part the server fills in.
    func checkNothingRan(_ tabs: [Tab], _ original: [String: (title: String, url: String)]) async throws {
        for tab in tabs {
            #expect(try await tab.string("typeof window.__pwned") == "undefined", "a payload ran on \(tab.name)")
            #expect(try await tab.string("document.title") == original[tab.name]?.title, "the title changed on \(tab.name)")
            #expect(try await tab.string("location.href") == original[tab.name]?.url, "\(tab.name) navigated")
            #expect(try await tab.bool("document.getElementById('pwned') === null"), "an element #pwned exists on \(tab.name)")
            // The one SVG the server draws is the join link's QR code: a rect and a path, inside the join line.
            #expect(try await tab.int("document.querySelectorAll('#live script, #live iframe, #live img, #after script, #after iframe, #after img, #after svg').length") == 0, "a script, frame or image element in #live on \(tab.name)")
            #expect(try await tab.int("[...document.querySelectorAll('#live svg')].filter(e => !(e.matches('div.join > svg.qr') && e.children.length === 2 && e.children[0].tagName === 'rect' && e.children[1].tagName === 'path')).length") == 0, "an SVG element in #live on \(tab.name)")
            // Only the elements the server itself writes into the live part.
            let injected = try await tab.string("""
                (() => { const allowed = new Set(['HEADER', 'H1', 'H2', 'P', 'SECTION', 'UL', 'OL', 'LI', 'BUTTON', 'SPAN', 'DIV', 'A', 'STRONG']);
                  const qr = e => e.closest('div.join > svg.qr') !== null;
                  return [...document.querySelectorAll('#live *, #after *')].filter(e => !qr(e) && (!allowed.has(e.tagName) || (e.tagName === 'SPAN' && e.className !== 'person')
                    || (e.tagName === 'DIV' && e.className !== 'options' && e.className !== 'join' && !e.hasAttribute('data-after')) || e.id !== '')).map(e => e.outerHTML.slice(0, 80)).join(' | ') })()
                """)
            #expect(injected.isEmpty, "markup from a payload on \(tab.name): \(injected)")
            #expect(try await tab.string("[...document.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name)).filter(n => n.startsWith('on')).join(' ')") == "", "an event handler attribute on \(tab.name)")
            #expect(try await tab.string("[...document.querySelectorAll('#live a, #after a')].map(a => a.getAttribute('href')).filter(h => !h.startsWith('http://127.0.0.1:')).join(' ')") == "", "a link from a payload on \(tab.name)")
            #expect(try await tab.int("document.scripts.length") == 1, "a script element was added on \(tab.name)")
        }
    }

    /// Text with whitespace and control characters removed: the server turns control characters into spaces.
    static func normal(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace && $0.properties.generalCategory != .control }))
    }

    /// Runs `body` with a fresh browser, then closes the browser and stops the room, whatever happens.
    func withBrowser(_ live: LiveRoom, _ body: (Handle<HeadlessChromium>) async throws -> Void) async throws {
        let browser: Handle<HeadlessChromium>
        do {
            browser = try await offPool { Handle(try HeadlessChromium(width: 1280, height: 720, timeout: 15)) }
        } catch {
            await live.stop()
            throw error
        }
        do {
            try await body(browser)
        } catch {
            _ = try? await offPool { browser.value.close() }
            await live.stop()
            throw error
        }
        _ = try? await offPool { browser.value.close() }
        await live.stop()
    }
}

/// A JavaScript string literal for `text`.
func js(_ text: String) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: [text])) ?? Data("[\"\"]".utf8)
    return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
}

/// One page of the browser, used from async tests: every call runs off the cooperative pool.
struct Tab: Sendable {
    let page: Handle<BrowserPage>
    let name: String

    /// The step the facilitator page shows, read from its DOM.
    struct Step: Decodable, Sendable {
        struct Button: Decodable, Sendable {
            let line: String?
            let label: String
        }
        let id: Int
        let heading: String
        let person: String?
        let reveal: Bool
        let notice: String?
        let buttons: [Button]
    }

    static func open(_ browser: Handle<HeadlessChromium>, _ url: String, _ name: String, phone: Bool = false) async throws -> Tab {
        let page = try await offPool {
            let page = try browser.value.open(url)
            if phone {
                try page.send("Emulation.setDeviceMetricsOverride", ["width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": true])
            }
            return Handle(page)
        }
        return Tab(page: page, name: name)
    }

    func run<T: Sendable>(_ work: @escaping @Sendable (BrowserPage) throws -> T) async throws -> T {
        let page = self.page
        return try await offPool { try work(page.value) }
    }

    func string(_ expression: String) async throws -> String {
        try await run { page in
            let value = try page.evaluate(expression)
            return value as? String ?? value.map { "\($0)" } ?? ""
        }
    }

    func bool(_ expression: String) async throws -> Bool {
        try await run { (try $0.evaluate("!!(\(expression))") as? Bool) ?? false }
    }

    func int(_ expression: String) async throws -> Int {
        try await run { (try $0.evaluate("Number(\(expression))") as? NSNumber)?.intValue ?? -1 }
    }

    /// Waits until `expression` is true, or (if it returns text) until it returns text; returns that text.
    @discardableResult
    func wait(_ what: String, _ expression: String, timeout: Double = 10) async throws -> String {
        try await wait(what, expression, timeout: timeout) { _ in true }
    }

    /// Waits until `expression` returns text that satisfies `done` (false and null count as not yet); returns it.
    @discardableResult
    func wait(_ what: String, _ expression: String, timeout: Double = 10, until done: @escaping @Sendable (String) -> Bool) async throws -> String {
        let name = name
        return try await run { page in
            let deadline = Date().addingTimeInterval(timeout)
            var last = "nothing yet"
            while true {
                do {
                    let value = try page.evaluate(expression)
                    if let text = value as? String {
                        if done(text) { return text }
                    } else if let yes = value as? Bool, yes, done("true") {
                        return "true"
                    }
                    last = "last result: \(value.map { String("\($0)".prefix(300)) } ?? "null")"
                } catch let error as HeadlessChromiumError where error.kind == .javaScript {
                    last = "last error: \(error.message)"
                }
                guard Date() < deadline else {
                    let connection = (try? page.evaluate("document.getElementById('connection')?.textContent ?? ''") as? String) ?? ""
                    throw CircleError(.room, "timed out after \(timeout) s waiting for \(what) on \(name) (\(last))" + (connection.isEmpty ? "" : "; the page says: \(connection)"))
                }
                usleep(40_000)
            }
        }
    }

    /// Waits until the facilitator page shows a step numbered above `last` (with its question, not "Working…").
    func step(after last: Int, heading: String = "", timeout: Double = 10) async throws -> Step {
        let text = try await wait("a step after \(last)" + (heading.isEmpty ? "" : " asking “\(heading)”"), """
            (() => { const q = document.querySelector('#live section.question[data-question]');
              if (!q || Number(q.dataset.question) <= \(last) || !q.querySelector('h2')) return null;
              if (!q.querySelector('h2').textContent.startsWith(\(js(heading)))) return null;
              return JSON.stringify({ id: Number(q.dataset.question), heading: q.querySelector('h2').textContent,
                person: q.querySelector('.person')?.textContent ?? null, reveal: !!q.querySelector('[data-action=reveal]'),
                notice: document.querySelector('#live .notice')?.textContent ?? null,
                buttons: [...q.querySelectorAll('button')].map(b => ({ line: b.dataset.line ?? null, label: b.textContent })) }) })()
            """, timeout: timeout)
        return try JSONDecoder().decode(Step.self, from: Data(text.utf8))
    }

    /// Types a line into the facilitator's answer box and presses Enter, as a person would.
    func typeLine(_ line: String) async throws {
        try await run { page in
            try page.evaluate("document.getElementById('line').focus()")
            try page.type(line)
            try page.press(key: "Enter")
        }
    }

    /// Clicks the element `selector` finds with the mouse, at its centre, after scrolling it into view;
    /// fails if it is missing, hidden, or covered by something else.
    func click(_ selector: String) async throws {
        let name = name
        try await run { page in
            let found = try page.evaluate("""
                (() => { const e = document.querySelector(\(js(selector))); if (!e) return 'missing';
                  e.scrollIntoView({ block: 'center' }); const r = e.getBoundingClientRect();
                  if (r.width === 0 || r.height === 0) return 'hidden';
                  const x = r.left + r.width / 2, y = r.top + r.height / 2, top = document.elementFromPoint(x, y);
                  if (!top || !(top === e || e.contains(top))) return 'covered by ' + (top ? top.outerHTML.slice(0, 80) : 'nothing');
                  return JSON.stringify([x, y]) })()
                """) as? String ?? "missing"
            guard let point = try? JSONDecoder().decode([Double].self, from: Data(found.utf8)), point.count == 2 else {
                throw CircleError(.room, "cannot click \(selector) on \(name): \(found)")
            }
            for type in ["mouseMoved", "mousePressed", "mouseReleased"] {
                try page.send("Input.dispatchMouseEvent", ["type": type, "x": point[0], "y": point[1], "button": "left", "clickCount": type == "mouseMoved" ? 0 : 1])
            }
        }
    }

    /// The viewport as a person sees it now.
    func screenshot(_ path: String) async throws {
        try await run { try $0.screenshot(to: path) }
    }

    /// The whole page, scrolled or not, as one tall PNG.
    func fullScreenshot(_ path: String) async throws {
        try await run { page in
            let size = try page.evaluate("JSON.stringify([document.documentElement.scrollWidth, document.documentElement.scrollHeight])") as? String ?? "[]"
            let box = try JSONDecoder().decode([Double].self, from: Data(size.utf8))
            let shot = try page.send("Page.captureScreenshot", [
                "format": "png", "captureBeyondViewport": true,
                "clip": ["x": 0, "y": 0, "width": box.first ?? 1280, "height": box.last ?? 720, "scale": 1],
            ])
            guard let data = (shot["data"] as? String).flatMap({ Data(base64Encoded: $0) }) else {
                throw CircleError(.room, "no screenshot of \(path)")
            }
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: path))
        }
    }

    /// Buttons, links and form fields whose accessible name (as Chromium computes it) is empty.
    func unnamedControls() async throws -> [String] {
        try await run { page in
            try page.send("Accessibility.enable")
            let tree = try page.send("Accessibility.getFullAXTree")
            let nodes = tree["nodes"] as? [[String: Any]] ?? []
            let controls: Set<String> = ["button", "link", "textbox", "combobox", "checkbox", "radio", "listbox"]
            return nodes.compactMap { node in
                guard node["ignored"] as? Bool != true, let role = (node["role"] as? [String: Any])?["value"] as? String,
                    controls.contains(role)
                else { return nil }
                let label = ((node["name"] as? [String: Any])?["value"] as? String ?? "").trimmingCharacters(in: .whitespaces)
                return label.isEmpty ? role : nil
            }
        }
    }
}
