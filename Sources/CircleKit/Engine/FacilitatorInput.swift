import Foundation

/// One line the facilitator typed (or a rehearsal or simulation supplied), understood
/// against the request it answers. The same grammar serves the terminal, rehearsal
/// files and the journal, which stores exactly these lines.
public enum FacilitatorInput: Equatable, Sendable {
    case answer(Answer)
    /// `/extend N`: N more minutes for the current phase.
    case extend(minutes: Int)
    /// `/note text`: a note for the facilitator's own record of the session.
    case note(String)
    /// `#theme …` alone: themes tagged without a contribution.
    case tag([ThemeMention])
    /// `/step-out P3`: P3 pauses or leaves; their turns are skipped, no reason is recorded, and the
    /// facilitator is reminded (privately) to follow up.
    case stepOut(Handle)
    /// `/step-in P3`: P3 is back; their turns are asked again.
    case stepIn(Handle)
    /// `/pause`: save and stop; `circle resume` carries on.
    case pause
    case help
    /// Not understood; the message says what would be.
    case invalid(String)

    /// An answer to the current step.
    public enum Answer: Equatable, Sendable {
        case text(String, themes: [ThemeMention])
        case pass
        case choice(Int)
        case confirm(Bool)
        case acknowledged
        case skipPhase
        case endSession
        /// `/done`: every written contribution to a written round is in.
        case done
        /// `/aloud`: go round the group in turn instead of writing.
        case aloud
    }

    public static let helpText = """
        Type the contribution and press Enter. Add #theme tags anywhere (e.g. #workload);
        end one with + for a strength or - for a concern (#peer-support+, #workload-).
          pass          this person passes
          \\TEXT         TEXT exactly as typed: no commands, no #tags (how written contributions are kept)
          /done         in a written round: every written contribution is in
          /aloud        in a written round: go round the group in turn instead
          /skip         skip to the next phase
          /extend N     give this phase N more minutes
          /note TEXT    keep a note for yourself (stays in the room; shown back to you at the end)
          /step-out P3  P3 steps out: their turns are skipped, no reason recorded; follow up privately
          /step-in P3   P3 is back: their turns are asked again
          /pause        save and stop; carry on later with: circle resume
          /end          end the session now
          /link         with the room display, typed here at the terminal: a new link to the facilitator page
          /help         this list
        """

    /// Typed at the terminal of a session with the room display: prints a new one-time link
    /// to the facilitator page (the terminal reads it; it never reaches the session).
    public static let linkCommand = "/link"

    /// Parses `line` as the input for `request`.
    public static func parse(_ line: String, for request: SessionRequest) -> FacilitatorInput {
        let input = trimmed(line)
        if input.hasPrefix("/") { return command(input, for: request) }
        if input.hasPrefix("\\") {
            let literal = trimmed(String(input.dropFirst()))
            switch request {
            case .ask, .write:
                return literal.isEmpty ? .invalid("write the contribution after \\") : .answer(.text(literal, themes: []))
            default: return .invalid("\\TEXT answers a contribution, not this step")
            }
        }
        let text: String, themes: [ThemeMention]
        if input.hasUTF8Byte(UInt8(ascii: "#")) {
            do { (text, themes) = try splitTags(input) } catch { return .invalid("\(error)") }
        } else {
            (text, themes) = (input, [])
        }
        if text.isEmpty, !themes.isEmpty { return .tag(themes) }
        switch request {
        case .write:
            return text.isEmpty ? .invalid("type the written contribution, /done when all are in, or /aloud") : .answer(.text(text, themes: themes))
        case .ask(_, _, let canPass, _):
            if input.utf8.count == 4, input.lowercased() == "pass" {
                return canPass ? .answer(.pass) : .invalid("this turn cannot be passed; type the contribution")
            }
            if text.isEmpty { return .invalid("type the contribution, or 'pass'") }
            return .answer(.text(text, themes: themes))
        case .choose(_, let options):
            if let n = Int(input), n >= 1, n <= options.count { return .answer(.choice(n)) }
            if let i = options.firstIndex(where: { $0.caseInsensitiveCompare(input) == .orderedSame }) {
                return .answer(.choice(i + 1))
            }
            return .invalid("choose a number from 1 to \(options.count)")
        case .confirm:
            switch input.lowercased() {
            case "y", "yes": return .answer(.confirm(true))
            case "n", "no": return .answer(.confirm(false))
            default: return .invalid("answer y or n")
            }
        default:
            return .answer(.acknowledged)
        }
    }

    private static func command(_ input: String, for request: SessionRequest) -> FacilitatorInput {
        let parts = input.split(separator: " ", maxSplits: 1).map(String.init)
        let rest = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch parts[0].lowercased() {
        case "/skip": return .answer(.skipPhase)
        case "/end": return .answer(.endSession)
        case "/pause": return .pause
        case "/help": return .help
        case linkCommand: return .invalid("\(linkCommand) is typed at the terminal where circle runs with --room: it prints a new link to the facilitator page")
        case "/done", "/aloud":
            guard case .write = request else { return .invalid("\(parts[0]) is for a written round") }
            return .answer(parts[0].lowercased() == "/done" ? .done : .aloud)
        case "/note": return rest.isEmpty ? .invalid("write the note after /note") : .note(rest)
        case "/step-out", "/step-in":
            guard let person = Handle(rawValue: rest.uppercased()) else {
                return .invalid("say who, by their handle, e.g. \(parts[0].lowercased()) P3")
            }
            return parts[0].lowercased() == "/step-out" ? .stepOut(person) : .stepIn(person)
        case "/extend":
            guard let minutes = Int(rest), minutes > 0, minutes <= 120 else {
                return .invalid("say how many minutes, e.g. /extend 5")
            }
            return .extend(minutes: minutes)
        default: return .invalid("unknown command \(parts[0]); /help lists them")
        }
    }

    /// The line without leading and trailing spaces and tabs (a cheap pass: every
    /// turn of a replayed journal comes through here).
    static func trimmed(_ line: String) -> String {
        let bytes = line.utf8
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })!
        if first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) { return line }
        return String(line[first...last])
    }

    /// Separates `#theme-id` tags from the text of a contribution. A word that looks like a tag
    /// (`#` and a lower-case letter, then lower-case letters, digits and hyphens, perhaps a closing
    /// `+`) must be a valid theme id with perhaps a direction (``ThemeMention``): `#café` is refused
    /// with the rule, not kept, since no record could carry it.
    static func splitTags(_ input: String) throws -> (String, [ThemeMention]) {
        var input = input
        // ASCII lines (nearly every turn, and every replayed one) are split as bytes.
        if let split = try input.withUTF8({ bytes in try bytes.allSatisfy({ $0 < 0x80 }) ? splitTags(ascii: bytes) : nil }) {
            return split
        }
        var words: [Substring] = []
        var themes: [ThemeMention] = []
        for word in input.split(separator: " ", omittingEmptySubsequences: true) {
            let tag = word.dropFirst()
            if word.first == "#", looksLikeTag(tag) {
                try add(String(tag), to: &themes)
            } else {
                words.append(word)
            }
        }
        return (words.joined(separator: " "), themes)
    }

    /// `splitTags` over ASCII bytes: the same words and tags, with no `Character` to form
    /// and the text written once.
    private static func splitTags(ascii bytes: UnsafeBufferPointer<UInt8>) throws -> (String, [ThemeMention]) {
        var themes: [ThemeMention] = []
        guard let source = bytes.baseAddress else { return ("", themes) }
        let text = try String(unsafeUninitializedCapacity: bytes.count) { out in
            guard let target = out.baseAddress else { return 0 }
            var written = 0, start = 0
            while start < bytes.count {
                // One word: from `start` up to the next space (runs of spaces are one).
                guard bytes[start] != 0x20 else {
                    start += 1
                    continue
                }
                let stop = memchr(source + start, 0x20, bytes.count - start).map { source.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? bytes.count
                let word = bytes[start..<stop]
                start = stop
                let tag = word.dropFirst()
                if word.first == UInt8(ascii: "#"), looksLikeTag(tag) {
                    try add(String(decoding: UnsafeBufferPointer(rebasing: tag), as: UTF8.self), to: &themes)
                    continue
                }
                if written > 0 {
                    target[written] = 0x20
                    written += 1
                }
                (target + written).update(from: source + word.startIndex, count: word.count)
                written += word.count
            }
            return written
        }
        return (text, themes)
    }

    /// Adds the tag typed as `#tag` to `themes` once (its first mention counts), or refuses it: it
    /// looks like a tag, so it must be a theme id, perhaps with a direction.
    private static func add(_ tag: String, to themes: inout [ThemeMention]) throws {
        let mention: ThemeMention
        do { mention = try ThemeMention(tag: tag) } catch let error as CircleError {
            throw CircleError(.input, error.description + "; to keep the words as typed, start the line with \\")
        }
        if !themes.contains(where: { $0.theme == mention.theme }) { themes.append(mention) }
    }

    /// `#` then a lower-case letter, then lower-case letters, digits and hyphens, perhaps ending in
    /// `+`: what the facilitator meant as a tag.
    private static func looksLikeTag(_ tag: Substring) -> Bool {
        guard let first = tag.first, first.isLetter, first.isLowercase else { return false }
        let id = tag.last == "+" ? tag.dropLast() : tag
        return id.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" }
    }

    /// The same test over ASCII bytes.
    private static func looksLikeTag(_ tag: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = tag.first, (0x61...0x7A).contains(first) else { return false }
        let id = tag.last == UInt8(ascii: "+") ? tag.dropLast() : tag
        for byte in UnsafeBufferPointer(rebasing: id) where !((0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D) {
            return false
        }
        return true
    }
}
