import Foundation

/// The codebook in the REFI-QDA exchange format, so that researchers and quality leads can load
/// Circle's themes into qualitative data analysis software (NVivo, ATLAS.ti, MAXQDA, QualCoder…).
///
/// A codebook file (`.qdc`) follows the REFI-QDA Codebook schema (urn:QDA-XML:codebook:1.0):
/// `<CodeBook origin="…"><Codes><Code guid name isCodable color><Description/><Code …/></Code></Codes></CodeBook>`.
/// Each group is a parent code that cannot be coded; each theme is a codable child. GUIDs are
/// name-based (UUID version 5) on the theme id or group name, so they stay the same from one export
/// to the next and a project coded with one export still matches the next.
public enum QDAExport {
    /// The REFI-QDA codebook (.qdc) XML document for `codebook`.
    public static func codebook(_ codebook: Codebook) -> String {
        var xml = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Circle">"#,
            "  <Codes>",
        ]
        for (group, themes) in codebook.groups {
            let color = color(ofGroup: group)
            xml.append(#"    <Code guid="\#(guid(group: group))" name="\#(attribute(Codebook.title(ofGroup: group)))" isCodable="false" color="\#(color)">"#)
            let about = "Circle theme group '\(group)' (\(themes.count) theme\(themes.count == 1 ? "" : "s"))."
            xml.append("      <Description>\(text(about))</Description>")
            for theme in themes {
                xml.append(#"      <Code guid="\#(guid(theme: theme.id))" name="\#(attribute(theme.label))" isCodable="true" color="\#(color)">"#)
                xml.append("        <Description>\(text(description(of: theme)))</Description>")
                xml.append("      </Code>")
            }
            xml.append("    </Code>")
        }
        xml.append("  </Codes>")
        xml.append("</CodeBook>")
        return xml.joined(separator: "\n") + "\n"
    }

    /// What a researcher reads about a theme: its description, where it comes from, the id
    /// facilitators tag it with, and the words that suggest it.
    static func description(of theme: Codebook.Theme) -> String {
        var lines = [theme.description, "Source: \(theme.source)", "Circle theme: #\(theme.id)"]
        if !theme.keywords.isEmpty { lines.append("Suggested by: \(theme.keywords.joined(separator: ", "))") }
        return lines.joined(separator: "\n")
    }

    // MARK: GUIDs

    /// The URL namespace of RFC 4122 (6ba7b811-9dad-11d1-80b4-00c04fd430c8); Circle's names are URNs.
    static let namespace: [UInt8] = [
        0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8,
    ]

    /// The stable GUID of a theme: UUID v5 of `urn:circle:theme:<id>`.
    public static func guid(theme id: ThemeID) -> String { uuid5(namespace: namespace, name: "urn:circle:theme:\(id)") }

    /// The stable GUID of a group's parent code: UUID v5 of `urn:circle:group:<group>`.
    public static func guid(group: String) -> String { uuid5(namespace: namespace, name: "urn:circle:group:\(group)") }

    /// A name-based UUID (RFC 4122 version 5, SHA-1), upper-case 8-4-4-4-12 as REFI-QDA tools write them.
    static func uuid5(namespace: [UInt8], name: String) -> String {
        var bytes = Array(SHA1.hash(namespace + Array(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte in String(byte, radix: 16, uppercase: true).leftPadded(to: 2) }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]].map { $0.joined() }.joined(separator: "-")
    }

    // MARK: Colours

    /// One colour per group, so a group's themes read together in analysis software.
    static func color(ofGroup group: String) -> String {
        switch group {
        case "wellbeing": return "#2E8B57"
        case "hse": return "#1F6FB2"
        case "relationship-based": return "#7B4FA0"
        case "strengths": return "#E08A1E"
        case "format": return "#6B6B6B"
        default:
            let palette = ["#C0392B", "#16A085", "#8E6C3A", "#B03A8C", "#2C3E91", "#5D8A1E"]
            let seed = SHA1.hash(Array(group.utf8))[0]
            return palette[Int(seed) % palette.count]
        }
    }

    // MARK: Escaping

    static func text(_ string: String) -> String { Markup.escape(string, attribute: false) }

    static func attribute(_ string: String) -> String { Markup.escape(string) }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
