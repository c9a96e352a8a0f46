import CircleKit
import CircleRoom
import Foundation
import HTTPProbe

/// Comparison 7: the room display under a written round's burst. A shared room listens
/// on loopback; the room view follows `/events`; the facilitator's side (a thread
/// standing in for the engine) opens a written round; `people` participants on as many
/// threads, released together, each POST one contribution to `/j/CODE/write`. The figure
/// is the worst time from a contribution's send to the room view showing it, beside the
/// worst of the same number of concurrent `GET /static/circle.css` round trips to the
/// same server (the raw HTTP cost on this machine). Then the facilitator reveals over
/// HTTP, and every contribution must come back exactly once, unattributed.
///
/// Latency of one contribution (an upper bound: contributions are anonymous, so which one
/// the room view's count just took in cannot be seen): from just before its connection
/// opens, to the first room-view event whose count is at least R, where R is the number
/// of accepted contributions sent before this one's 202 came back. The server takes a
/// contribution in before answering it, so no contribution sent later can be ahead of it:
/// its place in the server's order is at most R, and a count of R or more includes it.
/// This never under-reports; under a burst it reads close to "from this send until the
/// room showed everyone's".
struct RoomBenchmark {
    let people: Int
    let rounds: Int

    /// The figure's name; the results say "worst of", not "median of", for it.
    static let comparison = "room view update, written round"

    /// All clients share 127.0.0.1, so the per-address limits are raised (the defaults, 60 join
    /// requests and 12 contributions a minute, would refuse most of a round).
    static let limitPerMinute = 1_000
    static var limits: RoomServer.Limits {
        var limits = RoomServer.Limits()
        limits.joinRequestsPerMinute = limitPerMinute
        limits.contributionsPerMinute = limitPerMinute
        return limits
    }

    /// What one round measured, in seconds.
    struct Round {
        var updates: [Double] = []
        var trips: [Double] = []
        /// Room-view events carrying a count, how often a count was lower than the one before it,
        /// and rounds whose last event (300 ms after the full count first showed) was not the full count.
        var events = 0
        var backwards = 0
        var staleEnds = 0
    }

    func run() throws -> Figure {
        var all = Round()
        for number in 1...rounds {
            let round = try runRound(number)
            all.updates += round.updates
            all.trips += round.trips
            all.events += round.events
            all.backwards += round.backwards
            all.staleEnds += round.staleEnds
            progress(
                "room round \(number): \(people)/\(people) arrived once, none attributed; update median \(ms(Timing.median(round.updates))), worst \(ms(round.updates.max()!)); GET median \(ms(Timing.median(round.trips))), worst \(ms(round.trips.max()!))")
        }
        let worst = all.updates.max()!
        let baselineWorst = all.trips.max()!
        var backwards = all.backwards == 0 ? "never went backwards" : "went backwards \(all.backwards) times"
        if all.staleEnds > 0 { backwards += ", and in \(all.staleEnds) of \(rounds) rounds it was left showing fewer than \(people) (a stale count shown last)" }
        return Figure(
            Self.comparison, unit: "ms", circle: worst * 1e3, baseline: ("\(people) concurrent GET /static/circle.css", baselineWorst * 1e3),
            target: .atMost(200), repetitions: all.updates.count,
            note: "worst (max) of \(all.updates.count) contributions and of \(all.trips.count) GETs: \(rounds) rounds, each a fresh shared room and server on 127.0.0.1, \(people) threads released together each POSTing one contribution; median update \(ms(Timing.median(all.updates))) beside median GET \(ms(Timing.median(all.trips))). An update's latency runs from just before the POST's connection opens to the first room-view event (GET /events) whose count is at least the number of accepted contributions sent before its 202 came back: an upper bound, as anonymous contributions cannot be told apart. \(people)/\(people) arrived once, none attributed, in each of \(rounds) rounds (revealed over POST /api/reveal: each line \\ + the text sent, then /done). The room view got \(all.events) counted events for \(all.updates.count) contributions; its count \(backwards). Rate limits raised to \(Figure.number(Double(Self.limitPerMinute))) a minute per address (defaults: 60 join requests, 12 contributions), since every client here is 127.0.0.1")
    }

    private func ms(_ seconds: Double) -> String { "\(Figure.number(seconds * 1e3)) ms" }

    /// One written round on a fresh room and server, with the baseline before or after it (alternating).
    private func runRound(_ number: Int) throws -> Round {
        let room = Room(share: true)
        guard let code = room.joinCode else { throw BenchError("a shared room has no join code") }
        let server = try RoomServer.open(room: room, port: 0, lanAddress: "127.0.0.1", limits: Self.limits)
        defer { server.close() }
        var round = Round()
        if number % 2 == 0 { round.trips = try baseline(port: server.port) }
        try writtenRound(number, room: room, code: code, port: server.port, into: &round)
        if number % 2 == 1 { round.trips = try baseline(port: server.port) }
        return round
    }

    private func writtenRound(_ number: Int, room: Room, code: String, port: Int, into round: inout Round) throws {
        let clock = ContinuousClock()
        let stream = try EventStream(port: port, path: "/events", timeout: 5)
        defer { stream.close() }
        guard stream.status == 200 else { throw BenchError("GET /events answered \(stream.status)") }

        // The engine's side: asks for the written round, then takes the revealed lines one by one.
        let prompt = "What stays with you from this case? (round \(number))"
        let context = TurnContext(title: "circle-bench", step: 1, phase: "Written round", phaseIndex: 1, phaseTotal: 1, secondsLeft: nil)
        let people = people
        let facilitator = Joinable<[String]> {
            var lines: [String] = []
            while let line = try? room.line(for: .write(prompt: prompt, people: people), context: context) {
                lines.append(line)
                if line == "/done" { break }
            }
            return lines
        }

        // Wait until the room view shows the round open (a count of 0).
        let opened = clock.now + .seconds(5)
        while true {
            guard clock.now < opened else { throw BenchError("the room view never showed the written round open") }
            if let event = try stream.next(timeout: 0.5), Self.number(after: "data-count=\"", in: event.data) == 0 { break }
        }

        // The room view's reader: every count it sees and when, until it has shown everyone's
        // (then a little longer, to see whether a stale count arrives after it), or 10 s.
        let reader = Joinable<[(count: Int, at: ContinuousClock.Instant)]>({ [stream = Unchecked(stream)] in
            var seen: [(count: Int, at: ContinuousClock.Instant)] = []
            let deadline = clock.now + .seconds(10)
            var settled: ContinuousClock.Instant?
            while clock.now < (settled ?? deadline) {
                let next: (event: String?, data: String)?
                do { next = try stream.value.next(timeout: 0.05) } catch { break }
                guard let event = next, let count = Self.number(after: "data-count=\"", in: event.data) else { continue }
                seen.append((count, clock.now))
                if count >= people, settled == nil { settled = clock.now + .milliseconds(300) }
            }
            return seen
        })

        // The participants: one thread each, released together.
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let gate = Gate(people)
        let clients = (1...people).map { index in
            Joinable<Post> {
                let text = "contribution \(index) of \(people) — \(token)"
                gate.arrive()
                let sent = clock.now
                let outcome = Result {
                    try HTTPProbe.send(
                        "POST", port: port, path: "/j/\(code)/write", headers: [("Content-Type", "text/plain; charset=utf-8")],
                        body: Array(text.utf8), timeout: 10)
                }
                return Post(text: text, sent: sent, answered: clock.now, outcome: outcome.map { ($0.status, $0.text) })
            }
        }
        var posts: [Post] = []
        for client in clients {
            guard let post = client.join(timeout: 20) else { throw BenchError("a participant's POST did not finish within 20 s") }
            posts.append(post)
        }
        guard let seen = reader.join(timeout: 20) else { throw BenchError("the room view's reader did not finish") }

        let refused = posts.compactMap { post -> String? in
            switch post.outcome {
            case .success(let (status, _)) where status == 202: return nil
            case .success(let (status, text)): return "\(status) \(text)"
            case .failure(let error): return "\(error)"
            }
        }
        guard refused.isEmpty else {
            throw BenchError("round \(number): \(refused.count) of \(people) contributions were refused: \(Set(refused).sorted().joined(separator: "; "))")
        }
        let shownMost = seen.map(\.count).max() ?? 0
        for post in posts {
            let bound = posts.filter { $0.sent < post.answered }.count
            guard let shown = seen.first(where: { $0.count >= bound }) else {
                throw BenchError("round \(number): the room view never showed a count of \(bound) (at most \(shownMost), within 10 s)")
            }
            round.updates.append(Timing.seconds(from: post.sent, to: shown.at))
        }
        round.events = seen.count
        round.backwards = zip(seen, seen.dropFirst()).filter { $1.count < $0.count }.count
        if let last = seen.last, last.count != people {
            round.staleEnds = 1
            progress("room round \(number): the room view's last count was \(last.count), not \(people), 300 ms after it first showed \(people)")
        }

        // The facilitator reveals over HTTP, answering the question the facilitator page shows.
        let key = ("X-Circle-Key", room.secret)
        let page = try HTTPProbe.send("GET", port: port, path: "/api/facilitator", headers: [key], timeout: 5)
        guard page.status == 200, let question = Self.number(after: "data-question=\"", in: page.text) else {
            throw BenchError("GET /api/facilitator answered \(page.status) with no question number")
        }
        let reveal = try HTTPProbe.send(
            "POST", port: port, path: "/api/reveal", headers: [key, ("X-Circle-Question", "\(question)")], timeout: 5)
        guard reveal.status == 202 else { throw BenchError("POST /api/reveal answered \(reveal.status): \(reveal.text)") }
        guard let lines = facilitator.join(timeout: 10) else {
            throw BenchError("round \(number): the revealed lines did not all reach the session within 10 s")
        }
        try Self.check(revealed: lines, sent: posts.map(\.text), round: number)
    }

    /// Every contribution exactly once, as literal text (`\` + exactly what was sent, so no
    /// handle or author can have been added), then `/done`.
    static func check(revealed lines: [String], sent: [String], round: Int) throws {
        func fail(_ reason: String) -> BenchError { BenchError("round \(round): the reveal was wrong: \(reason)") }
        guard lines.last == "/done" else { throw fail("it did not end with /done (last line: \(lines.last ?? "none"))") }
        let revealed = lines.dropLast()
        let notLiteral = revealed.filter { !$0.hasPrefix("\\") }
        guard notLiteral.isEmpty else { throw fail("\(notLiteral.count) lines were not literal text (\\…): \(notLiteral.prefix(3))") }
        var counts: [String: Int] = [:]
        for line in revealed { counts[String(line.dropFirst()), default: 0] += 1 }
        let missing = sent.filter { counts[$0] == nil }
        let twice = counts.filter { $0.value > 1 }.keys.sorted()
        let strangers = counts.keys.filter { !sent.contains($0) }.sorted()
        guard missing.isEmpty, twice.isEmpty, strangers.isEmpty, revealed.count == sent.count else {
            throw fail("\(revealed.count) lines for \(sent.count) contributions; missing \(missing.count), repeated \(twice.count), altered or attributed \(strangers.count)\(strangers.first.map { " (e.g. \($0.debugDescription))" } ?? "")")
        }
    }

    /// The whole number right after `marker` in `text`.
    static func number(after marker: String, in text: String) -> Int? {
        guard let range = text.range(of: marker) else { return nil }
        return Int(text[range.upperBound...].prefix(while: \.isNumber))
    }

    /// `people` concurrent `GET /static/circle.css` round trips, released together: seconds each.
    private func baseline(port: Int) throws -> [Double] {
        let clock = ContinuousClock()
        let gate = Gate(people)
        let clients = (1...people).map { _ in
            Joinable<Result<Double, any Error>> {
                gate.arrive()
                let sent = clock.now
                return Result {
                    let response = try HTTPProbe.send("GET", port: port, path: "/static/circle.css", timeout: 10)
                    guard response.status == 200, !response.body.isEmpty else {
                        throw BenchError("GET /static/circle.css answered \(response.status)")
                    }
                    return Timing.seconds(from: sent, to: clock.now)
                }
            }
        }
        return try clients.map { client in
            guard let result = client.join(timeout: 20) else { throw BenchError("a GET /static/circle.css did not finish within 20 s") }
            return try result.get()
        }
    }
}

/// One participant's POST: what was sent, when, and the answer (status and text) or the error.
private struct Post: Sendable {
    let text: String
    let sent: ContinuousClock.Instant
    let answered: ContinuousClock.Instant
    let outcome: Result<(Int, String), any Error>
}

/// Holds threads until `parties` of them have arrived, then lets them all go at once.
private final class Gate: @unchecked Sendable {
    private let condition = NSCondition()
    private let parties: Int
    private var arrived = 0

    init(_ parties: Int) { self.parties = parties }

    func arrive() {
        condition.lock()
        defer { condition.unlock() }
        arrived += 1
        if arrived == parties { condition.broadcast() }
        while arrived < parties { condition.wait() }
    }
}

/// `body` on a thread of its own, and its result once it finishes.
private final class Joinable<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var value: T?

    init(_ body: @escaping @Sendable () -> T) {
        let thread = Thread { [self] in
            value = body()
            done.signal()
        }
        thread.start()
    }

    /// The result, or nil if the thread has not finished within `timeout` seconds.
    func join(timeout: Double) -> T? {
        guard done.wait(timeout: .now() + timeout) == .success else { return nil }
        return value
    }
}

/// Hands a value used by one thread at a time to another thread.
private final class Unchecked<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
