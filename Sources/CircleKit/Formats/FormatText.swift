/// Text that came from a format (what it says and asks, its metadata, its error messages)
/// on its way to a terminal or a page: control characters other than newline and tab
/// (C0, DEL, C1) become U+FFFD, so a format cannot move the cursor, retitle the window or
/// hide what it printed.
enum FormatText {
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isControl(scalar) ? "\u{FFFD}" : scalar) }
        return String(scalars)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }
}
