import Foundation
import Testing

/// Lua, CSS, JavaScript and word lists live in their own files, never in Swift string literals:
/// every `.swift` file under `Sources/` and `Packages/LuaKit/Sources` is read for literals that
/// look like one of them.
@Suite struct NoEmbeddedLanguagesTests {
    static let scanned = ["Sources", "Packages/LuaKit/Sources"]

    @Test func noSwiftStringLiteralHoldsLuaCSSJavaScriptOrAWordList() throws {
        var findings: [String] = []
        for folder in Self.scanned {
            let root = Fixture.root.appendingPathComponent(folder)
            let files = try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }
            for file in files.sorted() where file.hasSuffix(".swift") {
                let source = try String(contentsOfFile: root.appendingPathComponent(file).path, encoding: .utf8)
                for finding in EmbeddedText.findings(in: source) {
                    findings.append("\(folder)/\(file):\(finding.line): a string literal that looks like \(finding.kind)")
                }
            }
        }
        #expect(findings.isEmpty, """
            Move these into their own files (.lua, .css, .js, .txt) and embed them with SwiftPM \
            (`resources:` or `.embedInCode`):
            \(findings.joined(separator: "\n"))
            """)
    }

    @Test(arguments: [
        (Planted.lua, "Lua", 3), (Planted.css, "CSS", 2), (Planted.javaScript, "JavaScript", 4),
        (Planted.wordList, "a word list", 2), (Planted.wordArray, "a word list", 3), (Planted.rawLua, "Lua", 2),
    ])
    func aPlantedSampleIsCaughtAtItsLine(source: String, kind: String, line: Int) {
        let findings = EmbeddedText.findings(in: source)
        #expect(findings.map(\.kind) == [kind])
        #expect(findings.map(\.line) == [line])
    }

    @Test func ordinarySwiftIsNotFlagged() {
        #expect(EmbeddedText.findings(in: Planted.ordinary).isEmpty)
    }
}

/// Small Swift sources with something planted in a string literal.
enum Planted {
    static let lua = #"""
        import Foundation
        let x = 1
        let prelude = """
            local function greet(name)
              return "hello " .. name
            end
            """
        """#

    static let rawLua = ##"""
        // A raw string is no hiding place.
        let script = #"function M.run(s) if s then return 1 end end -- and a \"quote\" in it, long enough"#
        """##

    static let css = #"""
        enum Assets {
            static let style = """
                body { margin: 0; }
                @media (max-width: 600px) { .log { display: none; } }
                """
        }
        """#

    static let javaScript = #"""
        enum Assets {
            static let title = "Room"
            /* a "comment" is skipped */
            static let script = """
                const box = document.getElementById("answer");
                box.addEventListener("input", () => send(box.value));
                """
        }
        """#

    static let wordList = #"""
        enum Lists {
            static let exempt = """
                monday tuesday wednesday thursday friday saturday sunday january february march april
                june july august september october november december court school council hospital
                academy college university nursery police surgery clinic centre service team unit ward
                """
        }
        """#

    static let wordArray = #"""
        enum Lists {
            static let particles: Set<String> = [
                "de", "da", "di", "du", "des", "del", "della", "van", "von", "der", "den", "ter", "ten",
                "la", "le", "el", "al", "bin", "bint", "ibn", "ben", "mac", "st", "dos", "das", "y",
            ]
        }
        """#

    static let ordinary = #"""
        func usage() {
            print("""
                usage: circle run FORMAT [--room] [--participants N]

                Runs a session format turn by turn. The facilitator reads each question aloud, and the
                group answers; what leaves the room is what the facilitator approves, and nothing else.
                Use --room to show it on a projector: phones in the room can then write anonymously.
                """)
            let message = "cannot read \(path): the file is missing; check --formats, or run from the checkout"
            let names = ["Amira Khan", "Ben O'Neill", "Chloe Brown", "Dev Patel"]
            let months = ["january", "february", "march", "april", "may", "june", "july", "august"]
        }
        """#
}

/// Finds Swift string literals that hold another language or a word list.
enum EmbeddedText {
    struct Finding: Equatable {
        var line: Int
        var kind: String
    }

    /// A string literal's text (interpolations left in), the line it starts on, whether it is
    /// multi-line, and whether only commas and whitespace separate it from the literal before.
    struct Literal {
        var line: Int
        var text: String
        var multiline: Bool
        var continuesList: Bool
    }

    /// Single-line literals shorter than this are not looked at for code.
    static let longLiteral = 60
    /// A run of this many one-word lowercase literals (`["de", "da", …]`) is a word list.
    static let wordArrayRun = 25

    static func findings(in source: String) -> [Finding] {
        var findings: [Finding] = []
        var run: [Literal] = []
        func endRun() {
            if run.count >= wordArrayRun { findings.append(Finding(line: run[0].line, kind: "a word list")) }
            run = []
        }
        for literal in literals(in: source) {
            if literal.continuesList && isLowercaseWord(Substring(literal.text)) {
                run.append(literal)
            } else {
                endRun()
                if isLowercaseWord(Substring(literal.text)) { run = [literal] }
            }
            guard literal.multiline || literal.text.count >= longLiteral, let kind = kind(of: literal.text) else { continue }
            findings.append(Finding(line: literal.line, kind: kind))
        }
        endRun()
        return findings.sorted { $0.line < $1.line }
    }

    /// What `text` looks like, if it looks like Lua, CSS, JavaScript or a word list.
    static func kind(of text: String) -> String? {
        let luaEnd = text.contains(#/(?m)^\s*end[\s,)]*$|\bend\s+end\b|\bthen\b.*\bend\b/#)
        if text.contains(#/\blocal\s+function\b/#)
            || (luaEnd && (text.contains(#/\bfunction\b[\w.: ]*\(/#) || text.contains(#/(?m)^\s*local\s+\w+\s*=/#))) {
            return "Lua"
        }
        if text.contains(#/@media\b|@keyframes\b|@font-face\b/#)
            || text.contains(#/[\w\])*-]\s*\{\s*[a-z-]+\s*:\s*[^;{}"]+;/#) {
            return "CSS"
        }
        if text.contains(#/addEventListener|document\.(getElementById|querySelector)|\b(const|let|var)\s+\w+\s*=\s*[^=]|=>/#)
            && text.contains(#/[;{}()]/#) {
            return "JavaScript"
        }
        let tokens = text.split(whereSeparator: { $0 == "," || $0.isWhitespace })
        if tokens.count >= 30 {
            let words = tokens.filter(isLowercaseWord)
            if Double(words.count) >= 0.95 * Double(tokens.count) && Double(Set(words).count) >= 0.9 * Double(words.count) {
                return "a word list"
            }
        }
        return nil
    }

    static func isLowercaseWord(_ token: Substring) -> Bool {
        guard let first = token.first, first.isLowercase, token.count <= 20 else { return false }
        return token.allSatisfy { $0.isLowercase || $0 == "'" || $0 == "’" || $0 == "-" }
    }

    /// The string literals of a Swift source, skipping comments.
    static func literals(in source: String) -> [Literal] {
        let s = Array(source.unicodeScalars)
        var literals: [Literal] = []
        var i = 0
        var line = 1
        var sinceLast = ""
        func at(_ j: Int, _ text: String) -> Bool {
            let t = Array(text.unicodeScalars)
            return j + t.count <= s.count && Array(s[j..<(j + t.count)]) == t
        }
        while i < s.count {
            if at(i, "//") {
                while i < s.count && s[i] != "\n" { i += 1 }
                continue
            }
            if at(i, "/*") {
                var depth = 0
                repeat {
                    if at(i, "/*") { depth += 1; i += 2 } else if at(i, "*/") { depth -= 1; i += 2 } else {
                        if s[i] == "\n" { line += 1 }
                        i += 1
                    }
                } while depth > 0 && i < s.count
                continue
            }
            var hashes = 0
            while i + hashes < s.count && s[i + hashes] == "#" { hashes += 1 }
            guard i + hashes < s.count, s[i + hashes] == "\"" else {
                if s[i] == "\n" { line += 1 }
                sinceLast.unicodeScalars.append(s[i])
                i += max(hashes, 1)
                continue
            }
            let multiline = at(i + hashes, "\"\"\"")
            let startLine = line
            let delimiter = String(repeating: "#", count: hashes)
            let close = (multiline ? "\"\"\"" : "\"") + delimiter
            let escape = "\\" + delimiter
            i += hashes + (multiline ? 3 : 1)
            var text = String.UnicodeScalarView()
            while i < s.count && !at(i, close) {
                if at(i, escape) {
                    // An escape, or an interpolation skipped to its closing bracket.
                    i += escape.unicodeScalars.count
                    if i < s.count && s[i] == "(" {
                        var depth = 0
                        repeat {
                            if s[i] == "(" { depth += 1 } else if s[i] == ")" { depth -= 1 }
                            i += 1
                        } while depth > 0 && i < s.count
                        text.append("x")
                    } else if i < s.count {
                        text.append(s[i])
                        i += 1
                    }
                    continue
                }
                if s[i] == "\n" { line += 1 }
                text.append(s[i])
                i += 1
            }
            i += close.unicodeScalars.count
            let continuesList = sinceLast.allSatisfy { $0 == "," || $0.isWhitespace }
            literals.append(Literal(line: startLine, text: String(text), multiline: multiline, continuesList: continuesList))
            sinceLast = ""
        }
        return literals
    }
}
