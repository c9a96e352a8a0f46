/// Escaping text for XML and HTML (the QDA codebook and the HTML report).
public enum Markup {
    /// Escapes `&`, `<`, `>` and carriage returns, and drops characters XML 1.0 cannot
    /// hold; with `attribute`, also quotes, apostrophes, tabs and line feeds, so the
    /// text is safe inside a double-quoted attribute (and anywhere in HTML).
    public static func escape(_ string: String, attribute: Bool = true) -> String {
        var out = ""
        for scalar in string.unicodeScalars where isXMLCharacter(scalar) {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#13;"
            case "\"" where attribute: out += "&quot;"
            case "'" where attribute: out += "&apos;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
