import Foundation
import Testing

@testable import CircleRoom

/// The join link's QR code, decoded back by a real reader (zbarimg, from Debian's zbar-tools):
/// first drawn as an image straight from the modules at every version the encoder makes, then as
/// the room view shows it, in headless Chromium.
@Suite struct QRCodeTests {
    /// `zbarimg`'s reading of the image at `path`, or a failure that says how to install it.
    static func decode(_ path: String) throws -> String {
        guard let zbarimg = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first(where: FileManager.default.isExecutableFile) else {
            throw QRFailure("zbarimg is not installed: `apt-get install zbar-tools` (make test installs it)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: zbarimg)
        process.arguments = ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw QRFailure("zbarimg found no QR code in \(path) (status \(process.terminationStatus))") }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    struct QRFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// The code as a plain black-and-white image (PBM), each module `scale` pixels, with its quiet zone.
    static func pbm(_ code: QRCode, scale: Int = 4) -> Data {
        let side = (code.size + 8) * scale
        var text = "P1\n\(side) \(side)\n"
        for py in 0..<side {
            let y = py / scale - 4
            for px in 0..<side {
                let x = px / scale - 4
                let dark = (0..<code.size).contains(x) && (0..<code.size).contains(y) && code.isDark(x, y)
                text += dark ? "1 " : "0 "
            }
            text += "\n"
        }
        return Data(text.utf8)
    }

    @Test func everyVersionDecodesBackToItsText() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var versions = Set<Int>()
        // Lengths at and around each version's capacity (14, 26, 42, 62, 84, 106, 122, 152, 180, 213 bytes).
        for length in [1, 14, 15, 26, 27, 42, 43, 62, 63, 84, 85, 106, 107, 122, 123, 152, 153, 180, 181, 213] {
            let base = "https://circle.northshire.example/j/K7QF2M?room=1&x="
            let text = String((base + String(repeating: "ab9-", count: 60)).prefix(length))
            let code = try #require(QRCode(text))
            versions.insert((code.size - 17) / 4)
            let path = directory.appendingPathComponent("\(length).pbm").path
            try Self.pbm(code).write(to: URL(fileURLWithPath: path))
            #expect(try Self.decode(path) == text, "\(length) bytes, version \((code.size - 17) / 4)")
        }
        #expect(versions == Set(1...10))
        #expect(QRCode(String(repeating: "a", count: 214)) == nil)
        let accents = try #require(QRCode("http://10.0.0.7:8123/j/ÉCOLE"))
        let path = directory.appendingPathComponent("utf8.pbm").path
        try Self.pbm(accents).write(to: URL(fileURLWithPath: path))
        #expect(try Self.decode(path) == "http://10.0.0.7:8123/j/ÉCOLE")
    }

    @Test func reedSolomonMatchesTheStandardsWorkedExample() {
        // ISO/IEC 18004 Annex I: "01234567" at version 1-M has these 16 data and 10 error-correction codewords.
        let data: [UInt8] = [0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11]
        #expect(ReedSolomon.remainder(data, ReedSolomon.divisor(degree: 10)) == [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55])
    }
}
