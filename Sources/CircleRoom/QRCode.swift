import Synchronization

/// A QR code (ISO/IEC 18004, model 2) of a short text, made here so the room view can show the
/// join link as a code phones scan, with no outside service and no dependency.
///
/// Byte mode (UTF-8, marked as such when it is not plain ASCII), error correction level M (about
/// 15% of the code can be damaged or covered and it still reads), versions 1–10: up to 213 bytes,
/// far more than a join link needs. The mask is
/// chosen by the standard's penalty rules. ``svg`` draws it with a four-module quiet zone.
struct QRCode: Sendable {
    /// Modules per side: 21 for version 1, four more per version.
    let size: Int
    /// Row-major: `dark[y * size + x]`.
    private(set) var dark: [Bool]
    private var reserved: [Bool]

    /// The code for `text`, in the smallest version that holds it; nil when it is longer than
    /// version 10 holds (213 bytes of UTF-8).
    init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard let version = Self.versions.firstIndex(where: { Self.bitsNeeded(bytes, $0) <= $0.dataCapacity * 8 }) else { return nil }
        let shape = Self.versions[version]
        size = 17 + 4 * shape.number
        dark = Array(repeating: false, count: size * size)
        reserved = dark
        drawFunctionPatterns(shape)
        let codewords = Self.interleave(Self.encode(bytes, shape), shape)
        drawCodewords(codewords)
        var best: (mask: Int, penalty: Int, modules: [Bool])?
        for mask in 0..<8 {
            var candidate = self
            candidate.apply(mask: mask)
            candidate.drawFormat(mask: mask)
            let penalty = candidate.penalty()
            if penalty < best?.penalty ?? .max { best = (mask, penalty, candidate.dark) }
        }
        dark = best!.modules
    }

    /// Whether the module in column `x`, row `y` is dark.
    func isDark(_ x: Int, _ y: Int) -> Bool { dark[y * size + x] }

    /// An SVG path drawing every dark module as a unit square, offset by a four-module quiet
    /// zone, for a view box `size + 8` modules wide.
    var path: String {
        var parts: [String] = []
        for y in 0..<size {
            for x in 0..<size where isDark(x, y) { parts.append("M\(x + 4) \(y + 4)h1v1h-1z") }
        }
        return parts.joined()
    }

    // MARK: - The versions this encoder makes (error correction level M)

    struct Version: Sendable {
        let number: Int
        /// Error-correction codewords per block.
        let ecPerBlock: Int
        /// (blocks, data codewords in each): the short blocks first.
        let groups: [(blocks: Int, data: Int)]
        /// Centres of the alignment patterns, along both axes.
        let alignment: [Int]

        var dataCapacity: Int { groups.reduce(0) { $0 + $1.blocks * $1.data } }
    }

    static let versions: [Version] = [
        Version(number: 1, ecPerBlock: 10, groups: [(1, 16)], alignment: []),
        Version(number: 2, ecPerBlock: 16, groups: [(1, 28)], alignment: [6, 18]),
        Version(number: 3, ecPerBlock: 26, groups: [(1, 44)], alignment: [6, 22]),
        Version(number: 4, ecPerBlock: 18, groups: [(2, 32)], alignment: [6, 26]),
        Version(number: 5, ecPerBlock: 24, groups: [(2, 43)], alignment: [6, 30]),
        Version(number: 6, ecPerBlock: 16, groups: [(4, 27)], alignment: [6, 34]),
        Version(number: 7, ecPerBlock: 18, groups: [(4, 31)], alignment: [6, 22, 38]),
        Version(number: 8, ecPerBlock: 22, groups: [(2, 38), (2, 39)], alignment: [6, 24, 42]),
        Version(number: 9, ecPerBlock: 22, groups: [(3, 36), (2, 37)], alignment: [6, 26, 46]),
        Version(number: 10, ecPerBlock: 26, groups: [(4, 43), (1, 44)], alignment: [6, 28, 50]),
    ]

    // MARK: - Data

    /// Whether the text needs an ECI header saying its bytes are UTF-8 (readers assume
    /// ISO 8859-1 without one); plain ASCII, such as a join link, does not.
    static func needsUTF8Header(_ bytes: [UInt8]) -> Bool { bytes.contains { $0 >= 0x80 } }

    static func bitsNeeded(_ bytes: [UInt8], _ version: Version) -> Int {
        (needsUTF8Header(bytes) ? 12 : 0) + 4 + (version.number < 10 ? 8 : 16) + 8 * bytes.count
    }

    /// The data codewords: the UTF-8 header if needed, byte mode, the length, the bytes, a
    /// terminator, then padding.
    static func encode(_ bytes: [UInt8], _ version: Version) -> [UInt8] {
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) {
            for i in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> i) & 1 == 1) }
        }
        if needsUTF8Header(bytes) {
            append(0b0111, 4)  // ECI
            append(26, 8)  // ECI 000026: UTF-8
        }
        append(0b0100, 4)
        append(bytes.count, version.number < 10 ? 8 : 16)
        for byte in bytes { append(Int(byte), 8) }
        let capacity = version.dataCapacity * 8
        append(0, min(4, capacity - bits.count))
        append(0, (8 - bits.count % 8) % 8)
        var codewords = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
        var pad: UInt8 = 0xEC
        while codewords.count < version.dataCapacity {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// Splits the data into blocks, adds each block's Reed–Solomon codewords, and interleaves them.
    static func interleave(_ data: [UInt8], _ version: Version) -> [UInt8] {
        var blocks: [[UInt8]] = []
        var start = 0
        for group in version.groups {
            for _ in 0..<group.blocks {
                blocks.append(Array(data[start..<start + group.data]))
                start += group.data
            }
        }
        let divisor = ReedSolomon.divisor(degree: version.ecPerBlock)
        let corrections = blocks.map { ReedSolomon.remainder($0, divisor) }
        var result: [UInt8] = []
        for i in 0..<(blocks.map(\.count).max() ?? 0) {
            for block in blocks where i < block.count { result.append(block[i]) }
        }
        for i in 0..<version.ecPerBlock {
            for correction in corrections { result.append(correction[i]) }
        }
        return result
    }

    // MARK: - Drawing

    private mutating func set(_ x: Int, _ y: Int, _ value: Bool, reserve: Bool = true) {
        dark[y * size + x] = value
        if reserve { reserved[y * size + x] = true }
    }

    private mutating func drawFunctionPatterns(_ version: Version) {
        for i in 0..<size {
            set(6, i, i % 2 == 0)
            set(i, 6, i % 2 == 0)
        }
        for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4...4 {
                for dx in -4...4 where (0..<size).contains(cx + dx) && (0..<size).contains(cy + dy) {
                    let distance = max(abs(dx), abs(dy))
                    set(cx + dx, cy + dy, distance != 2 && distance != 4)
                }
            }
        }
        let centres = version.alignment
        for (i, cy) in centres.enumerated() {
            for (j, cx) in centres.enumerated() {
                let nearFinder = (i == 0 && j == 0) || (i == 0 && j == centres.count - 1) || (i == centres.count - 1 && j == 0)
                if nearFinder { continue }
                for dy in -2...2 {
                    for dx in -2...2 { set(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1) }
                }
            }
        }
        drawFormat(mask: 0)  // reserves the format areas; the real bits are drawn per mask
        if version.number >= 7 {
            var remainder = version.number
            for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
            let bits = version.number << 12 | remainder
            for i in 0..<18 {
                let bit = (bits >> i) & 1 == 1
                set(size - 11 + i % 3, i / 3, bit)
                set(i / 3, size - 11 + i % 3, bit)
            }
        }
    }

    /// The 15 format bits (level M, `mask`) in both copies, and the dark module.
    private mutating func drawFormat(mask: Int) {
        let data = 0b00 << 3 | mask  // level M is 00
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        let bits = (data << 10 | remainder) ^ 0x5412
        let bit = { (i: Int) in (bits >> i) & 1 == 1 }
        for i in 0...5 { set(8, i, bit(i)) }
        set(8, 7, bit(6))
        set(8, 8, bit(7))
        set(7, 8, bit(8))
        for i in 9..<15 { set(14 - i, 8, bit(i)) }
        for i in 0..<8 { set(size - 1 - i, 8, bit(i)) }
        for i in 8..<15 { set(8, size - 15 + i, bit(i)) }
        set(8, size - 8, true)
    }

    /// Places the codewords in the standard zigzag: two columns at a time from the right,
    /// upwards then downwards, skipping the vertical timing pattern.
    private mutating func drawCodewords(_ codewords: [UInt8]) {
        var i = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = (right + 1) & 2 == 0
            for vertical in 0..<size {
                let y = upward ? size - 1 - vertical : vertical
                for x in [right, right - 1] where !reserved[y * size + x] && i < codewords.count * 8 {
                    set(x, y, (codewords[i >> 3] >> (7 - (i & 7))) & 1 == 1, reserve: false)
                    i += 1
                }
            }
            right -= 2
        }
    }

    private mutating func apply(mask: Int) {
        for y in 0..<size {
            for x in 0..<size where !reserved[y * size + x] {
                let flip: Bool
                switch mask {
                case 0: flip = (x + y) % 2 == 0
                case 1: flip = y % 2 == 0
                case 2: flip = x % 3 == 0
                case 3: flip = (x + y) % 3 == 0
                case 4: flip = (x / 3 + y / 2) % 2 == 0
                case 5: flip = x * y % 2 + x * y % 3 == 0
                case 6: flip = (x * y % 2 + x * y % 3) % 2 == 0
                default: flip = ((x + y) % 2 + x * y % 3) % 2 == 0
                }
                if flip { dark[y * size + x].toggle() }
            }
        }
    }

    // MARK: - Choosing the mask

    /// The standard's penalty: runs of five or more, 2×2 blocks, finder-like patterns, and
    /// imbalance between dark and light. Lower reads better.
    func penalty() -> Int {
        var score = 0
        for line in 0..<size {
            let row = (0..<size).map { isDark($0, line) }
            let column = (0..<size).map { isDark(line, $0) }
            score += Self.runPenalty(row) + Self.finderPenalty(row)
            score += Self.runPenalty(column) + Self.finderPenalty(column)
        }
        for y in 0..<size - 1 {
            for x in 0..<size - 1 {
                let colour = isDark(x, y)
                if colour == isDark(x + 1, y), colour == isDark(x, y + 1), colour == isDark(x + 1, y + 1) { score += 3 }
            }
        }
        let darkCount = dark.filter { $0 }.count
        score += abs(darkCount * 20 - size * size * 10) / (size * size) * 10
        return score
    }

    private static func runPenalty(_ line: [Bool]) -> Int {
        var score = 0
        var run = 1
        for i in 1...line.count {
            if i < line.count, line[i] == line[i - 1] {
                run += 1
            } else {
                if run >= 5 { score += run - 2 }
                run = 1
            }
        }
        return score
    }

    private static let finderLike: [Bool] = [true, false, true, true, true, false, true]

    private static func finderPenalty(_ line: [Bool]) -> Int {
        var score = 0
        let light = [Bool](repeating: false, count: 4)
        for start in 0...(line.count - 7) where Array(line[start..<start + 7]) == finderLike {
            let before = start >= 4 ? Array(line[start - 4..<start]) : nil
            let after = start + 11 <= line.count ? Array(line[start + 7..<start + 11]) : nil
            if before == light || after == light { score += 40 }
        }
        return score
    }
}

/// Reed–Solomon error correction over GF(256) with the QR code's polynomial (x⁸ + x⁴ + x³ + x² + 1).
enum ReedSolomon {
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var z = 0
        for i in stride(from: 7, through: 0, by: -1) {
            z = (z << 1) ^ ((z >> 7) * 0x11D)
            z ^= ((Int(y) >> i) & 1) * Int(x)
        }
        return UInt8(z)
    }

    /// The generator polynomial of `degree`, highest coefficient first, leading 1 dropped.
    static func divisor(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for j in 0..<degree {
                result[j] = multiply(result[j], root)
                if j + 1 < degree { result[j] ^= result[j + 1] }
            }
            root = multiply(root, 0x02)
        }
        return result
    }

    /// The error-correction codewords of `data`.
    static func remainder(_ data: [UInt8], _ divisor: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for i in 0..<result.count { result[i] ^= multiply(divisor[i], factor) }
        }
        return result
    }
}

extension QRCode {
    /// The view-box side and path of the code for `text`, made once while `text` stays the same:
    /// the room view is drawn again on every update, and its join link does not change.
    static func drawing(of text: String) -> (side: Int, path: String)? {
        if let last = lastDrawing.withLock({ $0 }), last.text == text { return last.drawing }
        let drawing = QRCode(text).map { (side: $0.size + 8, path: $0.path) }
        lastDrawing.withLock { $0 = (text, drawing) }
        return drawing
    }

    private static let lastDrawing = Mutex<(text: String, drawing: (side: Int, path: String)?)?>(nil)
}
