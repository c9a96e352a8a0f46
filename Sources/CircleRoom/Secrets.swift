import Foundation

/// Random keys and codes, and comparing them without leaking how much matched.
enum Secrets {
    /// `bytes` random bytes as lowercase hex.
    static func token(bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// Letters and digits that cannot be mistaken for one another when read off a screen.
    static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

    /// A join code like "K7QM-3XFP": 8 characters from 31 (about 40 bits), easy to type on a phone.
    static func joinCode() -> String {
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<8).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return String(characters[0..<4]) + "-" + String(characters[4...])
    }

    /// Equal strings, compared in time that depends only on their lengths.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
