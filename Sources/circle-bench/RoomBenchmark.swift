import AsyncHTTPClient
import CircleKit
import CircleRoom
import Foundation
import NIOCore
import NIOHTTP1
import Synchronization

/// Comparison 7: the room display under a written round's burst. A shared room listens
/// on loopback; the room view follows `/events`; the facilitator's side (a thread
/// standing in for the engine) opens a written round; `people` participants as many
/// concurrent tasks, released together, each POST one contribution to `/j/CODE/write`
/// (over AsyncHTTPClient, already in the package graph through HummingbirdTesting, with
/// a connection per participant). The figure
/// is the worst time from a contribution's send to the room view showing it, beside the
/// worst of the same number of concurrent `GET /static/circle.css` round trips to the
/// same server (the raw HTTP cost on this machine). Then the facilitator reveals over
/// HTTP, and every contribution must come back exactly once, unattributed.
///
/// The figure is the update's own latency: from the moment a batch is due (the room has taken
/// in the contribution that completes it: a listener the benchmark adds to the room before the
/// server's own, so it runs first, notes the time the room's count of waiting contributions
/// reaches each number) to the room-view event showing that count arriving at the client. Beside
/// it, the note gives the same events timed from the c-th earliest send (for a count of c): an
/// upper bound that also holds the POST's own wait for the busy server.
struct RoomBenchmark {
    let people: Int
    let rounds: Int

    /// The figure's name; the results say "worst of", not "median of", for it.
    static let comparison = "room view update, written round"

    /// All clients share 127.0.0.1, so the per-address limits are raised (the defaults, 60 join
    /// requests and 12 contributions a minute, would refuse most of a round).
    static let limitPerMinute = 1_000
    /// And every participant here connects from this machine, which has its own pool of connections
    /// (100 by default): raised to fit `people` and the room's own pages.
    var limits: RoomServer.Limits {
        var limits = RoomServer.Limits()
        limits.joinRequestsPerMinute = Self.limitPerMinute
        limits.contributionsPerMinute = Self.limitPerMinute
        limits.loopbackConnections = max(limits.loopbackConnections, people + 20)
        return limits
    }

    /// What one round measured, in seconds.
    struct Round {
        /// From the batch being due (the room took in its last contribution) to the room view's event.
        var updates: [Double] = []
        /// The same events from the c-th earliest send (an upper bound, with the POST's own wait).
        var fromSend: [Double] = []
        var trips: [Double] = []
        /// Room-view events carrying a count, how often a count was lower than the one before it,
        /// and rounds whose last event (300 ms after the full count first showed) was not the full count.
        var events = 0
        var backwards = 0
        var staleEnds = 0
        /// Counts that were not a whole batch, shown at the server's catch-up.
        var catchUps: [Double] = []
    }

    func run() async throws -> Figure {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = people + 2
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        do {
            let figure = try await run(client)
            try await client.shutdown()
            return figure
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    private func run(_ client: HTTPClient) async throws -> Figure {
        var all = Round()
        for number in 1...rounds {
            let round = try await runRound(number, client: client)
            all.updates += round.updates
            all.fromSend += round.fromSend
            all.trips += round.trips
            all.events += round.events
            all.backwards += round.backwards
            all.staleEnds += round.staleEnds
            all.catchUps += round.catchUps
            progress(
                "room round \(number): \(people)/\(people) arrived once, none attributed; update median \(ms(Timing.median(round.updates))), worst \(ms(round.updates.max()!)) (from the send: worst \(ms(round.fromSend.max()!))); GET median \(ms(Timing.median(round.trips))), worst \(ms(round.trips.max()!))")
        }
        let worst = all.updates.max()!
        let baselineWorst = all.trips.max()!
        var backwards = all.backwards == 0 ? "never went backwards" : "went backwards \(all.backwards) times"
        let catchUp = all.catchUps.isEmpty
            ? "every count was a whole batch"
            : "\(all.catchUps.count) counts that were not a whole batch of \(Room.countBatch) showed at the server's catch-up (every \(RoomServer.Limits().countCatchUpSeconds) s, by design, so no one can tell who just sent): worst \(ms(all.catchUps.max()!))"
        if all.staleEnds > 0 { backwards += ", and in \(all.staleEnds) of \(rounds) rounds it was left showing fewer than \(people) (a stale count shown last)" }
        return Figure(
            Self.comparison, unit: "ms", circle: worst * 1e3, baseline: ("\(people) concurrent GET /static/circle.css", baselineWorst * 1e3),
            target: .atMost(200), repetitions: all.updates.count,
            note: "worst (max) of \(all.updates.count) batch updates and of \(all.trips.count) GETs: \(rounds) rounds, each a fresh shared room and server on 127.0.0.1, \(people) concurrent tasks released together (AsyncHTTPClient, up to a connection each, kept open between requests) each POSTing one contribution; median update \(ms(Timing.median(all.updates))) beside median GET \(ms(Timing.median(all.trips))). The room view's count moves in batches of \(Room.countBatch): each batch's update runs from the moment it was due (the room took in the contribution that completed it, noted by a listener on the room that runs before the server's) to the room-view event (GET /events) showing it; timed instead from the c-th earliest send (an upper bound that includes the POST's own wait for the server), median \(ms(Timing.median(all.fromSend))), worst \(ms(all.fromSend.max()!)); \(catchUp). \(people)/\(people) arrived once, none attributed, in each of \(rounds) rounds (revealed over POST /api/reveal: each line \\ + the text sent, then /done). The room view got \(all.events) counted events for \(all.updates.count) contributions; its count \(backwards). Rate limits raised to \(Figure.number(Double(Self.limitPerMinute))) a minute per address (defaults: 60 join requests, 12 contributions), since every client here is 127.0.0.1")
    }

    private func ms(_ seconds: Double) -> String { "\(Figure.number(seconds * 1e3)) ms" }

    /// One written round on a fresh room and server, with the baseline before or after it (alternating).
    private func runRound(_ number: Int, client: HTTPClient) async throws -> Round {
        let room = Room(share: true)
        guard let code = room.joinCode else { throw BenchError("a shared room has no join code") }
        // Added before the server's listeners, so it notes each count before the room view is sent it.
        let due = Due()
        room.onChange { [weak room] in due.reached(room?.contributionsWaiting ?? 0, at: ContinuousClock.now) }
        let server = try await RoomServer.open(room: room, port: 0, lanAddress: "127.0.0.1", limits: limits)
        let http = Client(client: client, port: server.port)
        do {
            var round = Round()
            if number % 2 == 0 { round.trips = try await baseline(http) }
            try await writtenRound(number, room: room, code: code, http: http, due: due, into: &round)
            if number % 2 == 1 { round.trips = try await baseline(http) }
            await server.close()
            return round
        } catch {
            await server.close()
            throw error
        }
    }

    private func writtenRound(_ number: Int, room: Room, code: String, http: Client, due: Due, into round: inout Round) async throws {
        let clock = ContinuousClock()
        let stream = try await http.follow("/events")
        defer { stream.cancel() }

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

        // Wait until the room view shows the round open (a count of 0); what it shows after that is this round's.
        let opened = clock.now + .seconds(5)
        var start: Int?
        while start == nil {
            guard clock.now < opened else { throw BenchError("the room view never showed the written round open") }
            start = stream.counts.firstIndex { $0.count == 0 }
            if start == nil { try await Task.sleep(for: .milliseconds(5)) }
        }

        // The participants: one task each, released together.
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let gate = Gate(people)
        let posts = try await withThrowingTaskGroup(of: Post.self) { group in
            for index in 1...people {
                group.addTask {
                    let text = "contribution \(index) of \(people) — \(token)"
                    await gate.arrive()
                    let sent = clock.now
                    let outcome: Result<(Int, String), any Error>
                    // Each participant's page has its own token (a page writes once per round).
                    let device = ("X-Circle-Device", (0..<2).map { _ in String(format: "%016llx", UInt64.random(in: 0...UInt64.max)) }.joined())
                    do { outcome = .success(try await http.send(.POST, "/j/\(code)/write", headers: [device], body: text)) } catch { outcome = .failure(error) }
                    return Post(text: text, sent: sent, answered: clock.now, outcome: outcome)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }

        // The room view's counts: until it has shown everyone's, then a little longer (to see whether
        // a stale count arrives after it), or 10 s.
        let deadline = clock.now + .seconds(10)
        var settled: ContinuousClock.Instant?
        while clock.now < (settled ?? deadline) {
            if settled == nil, let full = stream.counts.dropFirst(start! + 1).first(where: { $0.count >= people }) { settled = full.at + .milliseconds(300) }
            try await Task.sleep(for: .milliseconds(5))
        }
        let seen = Array(stream.counts.dropFirst(start! + 1).filter { $0.at < (settled ?? deadline) })

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
        guard shownMost >= people else {
            throw BenchError("round \(number): the room view never showed a count of \(people) (at most \(shownMost), within 10 s)")
        }
        // The room view's count moves in batches of Room.countBatch, or at the server's catch-up
        // (every few seconds) for the rest: each batch's update is timed from when it was due (the
        // room took in the contribution that completed it), and, as an upper bound, from the c-th
        // earliest send. Each count is timed at its first event (a later one repeats it).
        let sends = posts.map(\.sent).sorted()
        var timed = Set<Int>()
        for event in seen where event.count > 0 && event.count <= people && timed.insert(event.count).inserted {
            guard let dueAt = due.at(event.count) else { throw BenchError("round \(number): the room view showed \(event.count) before the room held as many") }
            let latency = Timing.seconds(from: dueAt, to: event.at)
            if event.count % Room.countBatch == 0 {
                round.updates.append(latency)
                round.fromSend.append(Timing.seconds(from: sends[event.count - 1], to: event.at))
            } else {
                round.catchUps.append(latency)
            }
        }
        round.events = seen.count
        round.backwards = zip(seen, seen.dropFirst()).filter { $1.count < $0.count }.count
        if let last = seen.last, last.count != people {
            round.staleEnds = 1
            progress("room round \(number): the room view's last count was \(last.count), not \(people), 300 ms after it first showed \(people)")
        }

        // The facilitator reveals over HTTP, answering the question the facilitator page shows.
        let key = ("X-Circle-Key", room.secret)
        let page = try await http.send(.GET, "/api/facilitator", headers: [key])
        guard page.status == 200, let question = Self.number(after: "data-question=\"", in: page.text) else {
            throw BenchError("GET /api/facilitator answered \(page.status) with no question number")
        }
        let reveal = try await http.send(.POST, "/api/reveal", headers: [key, ("X-Circle-Question", "\(question)")], body: "")
        guard reveal.status == 202 else { throw BenchError("POST /api/reveal answered \(reveal.status): \(reveal.text)") }
        guard let lines = await facilitator.value(timeout: .seconds(10)) else {
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
    private func baseline(_ http: Client) async throws -> [Double] {
        let clock = ContinuousClock()
        let gate = Gate(people)
        return try await withThrowingTaskGroup(of: Double.self) { group in
            for _ in 1...people {
                group.addTask {
                    await gate.arrive()
                    let sent = clock.now
                    let response = try await http.send(.GET, "/static/circle.css")
                    guard response.status == 200, !response.text.isEmpty else {
                        throw BenchError("GET /static/circle.css answered \(response.status)")
                    }
                    return Timing.seconds(from: sent, to: clock.now)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }
}

/// The benchmark's HTTP client for one room server on loopback.
private struct Client: Sendable {
    let client: HTTPClient
    let port: Int

    /// One request: the status and the body as text.
    func send(_ method: HTTPMethod, _ path: String, headers: [(String, String)] = [], body: String? = nil) async throws -> (status: Int, text: String) {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body {
            request.headers.add(name: "Content-Type", value: "text/plain; charset=utf-8")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await client.execute(request, timeout: .seconds(10))
        return (Int(response.status.code), String(buffer: try await response.body.collect(upTo: 1 << 20)))
    }

    /// Follows a page's live stream, noting each event's `data-count` and when it came.
    func follow(_ path: String) async throws -> Counts {
        let response = try await client.execute(HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)"), timeout: .seconds(60))
        guard response.status == .ok else { throw BenchError("GET \(path) answered \(response.status.code)") }
        let counts = Counts()
        counts.reader = Task {
            let clock = ContinuousClock()
            var pending = ""
            do {
                for try await buffer in response.body {
                    pending += String(buffer: buffer)
                    while let end = pending.firstRange(of: "\n\n") {
                        if let count = RoomBenchmark.number(after: "data-count=\"", in: String(pending[..<end.lowerBound])) {
                            counts.add(count, at: clock.now)
                        }
                        pending = String(pending[end.upperBound...])
                    }
                }
            } catch {}  // cancelled at the end of the round
        }
        return counts
    }
}

/// When the room first held each number of contributions: a batch of that count is due then.
private final class Due: Sendable {
    private let times = Mutex<[ContinuousClock.Instant]>([])

    /// The room holds `count` now: each number up to it not yet reached is reached now.
    func reached(_ count: Int, at instant: ContinuousClock.Instant) {
        times.withLock { times in
            while times.count < count { times.append(instant) }
        }
    }

    func at(_ count: Int) -> ContinuousClock.Instant? { times.withLock { count <= $0.count ? $0[count - 1] : nil } }
}

/// The counts a room view was shown, and when.
private final class Counts: Sendable {
    private let seen = Mutex<[(count: Int, at: ContinuousClock.Instant)]>([])
    private let task = Mutex<Task<Void, Never>?>(nil)

    var reader: Task<Void, Never>? {
        get { task.withLock { $0 } }
        set { task.withLock { $0 = newValue } }
    }

    var counts: [(count: Int, at: ContinuousClock.Instant)] { seen.withLock { $0 } }

    func add(_ count: Int, at instant: ContinuousClock.Instant) { seen.withLock { $0.append((count, instant)) } }

    func cancel() { reader?.cancel() }
}

/// One participant's POST: what was sent, when, and the answer (status and text) or the error.
private struct Post: Sendable {
    let text: String
    let sent: ContinuousClock.Instant
    let answered: ContinuousClock.Instant
    let outcome: Result<(Int, String), any Error>
}

/// Holds tasks until `parties` of them have arrived, then lets them all go at once.
private final class Gate: Sendable {
    private let parties: Int
    private let waiting = Mutex<[CheckedContinuation<Void, Never>]>([])

    init(_ parties: Int) { self.parties = parties }

    func arrive() async {
        await withCheckedContinuation { continuation in
            let released = waiting.withLock { waiting -> [CheckedContinuation<Void, Never>] in
                waiting.append(continuation)
                guard waiting.count == parties else { return [] }
                defer { waiting = [] }
                return waiting
            }
            for waiter in released { waiter.resume() }
        }
    }
}

/// `body` on a thread of its own (it blocks, as the engine does), and its result once it finishes.
private final class Joinable<T: Sendable>: Sendable {
    private let result = Mutex<T?>(nil)

    init(_ body: @escaping @Sendable () -> T) {
        Thread.detachNewThread { [self] in
            let value = body()
            result.withLock { $0 = value }
        }
    }

    /// The result, or nil if the thread has not finished within `timeout`.
    func value(timeout: Duration) async -> T? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if let value = result.withLock({ $0 }) { return value }
            try? await Task.sleep(for: .milliseconds(5))
        }
        return nil
    }
}
