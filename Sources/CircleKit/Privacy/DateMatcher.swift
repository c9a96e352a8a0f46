/// Dates written with numbers, or with a month's name before or after the day.
extension PIIScanner {
    /// "12/03/2015", "12-03-15", "12.03.2015", "2015-03-12".
    func matchNumericDate(_ i: Int) -> Int? {
        let (first, c1, j1) = number(at: i, max: 4)
        guard j1 < n else { return nil }
        let separator = s[j1]
        guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: ".") else {
            return nil
        }
        let (second, c2, j2) = number(at: j1 + 1, max: 2)
        guard c2 >= 1, j2 < n, s[j2] == separator else { return nil }
        let (third, c3, j3) = number(at: j2 + 1, max: 4)
        guard boundaryAfter(j3) else { return nil }
        // Not the start of a longer run like 1.2.3.4.
        if j3 + 1 < n && s[j3] == separator && PIIScanner.isDigit(s[j3 + 1]) { return nil }
        if c1 == 4 {
            guard c3 >= 1 && c3 <= 2, (1...12).contains(second), (1...31).contains(third) else { return nil }
            return j3
        }
        guard c1 >= 1 && c1 <= 2, c3 == 2 || c3 == 4 else { return nil }
        let dayMonth = (1...31).contains(first) && (1...12).contains(second)
        let monthDay = (1...12).contains(first) && (1...31).contains(second)
        return dayMonth || monthDay ? j3 : nil
    }

    /// "12 March 2015", "12th March", "3rd of May 2019", "12-Mar-2015".
    func matchDayFirstDate(_ i: Int) -> Int? {
        let (day, count, afterDay) = number(at: i, max: 3)
        guard count >= 1 && count <= 2, (1...31).contains(day) else { return nil }
        var j = skipOrdinal(afterDay)
        // Separator: spaces, or a single dash.
        var k = skip(.spaces, from: j)
        if k == j && k < n && s[k] == UInt8(ascii: "-") { k += 1 }
        guard k > j, k < n else { return nil }
        j = k
        // "of "
        if j + 2 < n, (s[j] | 0x20) == UInt8(ascii: "o"), (s[j + 1] | 0x20) == UInt8(ascii: "f"), spaceWidth(j + 2) > 0 {
            j = skip(.spaces, from: j + 2)
        }
        guard let (monthEnd, needsYear) = matchMonth(j) else { return nil }
        if let end = optionalYear(after: monthEnd) { return end }
        return needsYear ? nil : monthEnd
    }

    /// "March 12, 2015", "Mar 12th", "May 3rd 2019".
    func matchMonthFirstDate(_ i: Int, runEnd: Int) -> Int? {
        guard runEnd - i >= 3 && runEnd - i <= 9, let (monthEnd, needsYear) = matchMonth(i) else { return nil }
        let j = skip(.spaces, from: monthEnd)
        guard j > monthEnd else { return nil }
        let (day, count, afterDay) = number(at: j, max: 3)
        guard count >= 1 && count <= 2, (1...31).contains(day) else { return nil }
        let end = skipOrdinal(afterDay)
        guard boundaryAfter(end) else { return nil }
        if let withYear = optionalYear(after: end) { return withYear }
        return needsYear ? nil : end
    }

    /// A month name at `j` (full or abbreviated, with an optional full stop after an
    /// abbreviation), ending at a word boundary, and whether it only counts with a year after it:
    /// a lowercase "may" or abbreviation ("3 may 2019", not "3 may be").
    func matchMonth(_ j: Int) -> (end: Int, needsYear: Bool)? {
        // Month names start with one of j, f, m, a, s, o, n, d.
        guard j < n else { return nil }
        switch s[j] | 0x20 {
        case UInt8(ascii: "j"), UInt8(ascii: "f"), UInt8(ascii: "m"), UInt8(ascii: "a"), UInt8(ascii: "s"),
             UInt8(ascii: "o"), UInt8(ascii: "n"), UInt8(ascii: "d"):
            break
        default:
            return nil
        }
        // Letters packed five bits each: no allocation, one comparison per month.
        var k = j
        var packed: UInt64 = 0
        while k < n && k - j < 10 && PIIScanner.isASCIILetter(s[k]) {
            packed = packed << 5 | UInt64((s[k] | 0x20) &- 96)
            k += 1
        }
        let length = k - j
        guard length >= 3 && length <= 9, k >= n || !PIIScanner.isDigit(s[k]) else { return nil }
        let capitalised = s[j] >= UInt8(ascii: "A") && s[j] <= UInt8(ascii: "Z")
        for (index, month) in PIIScanner.packedFullMonths.enumerated() where month == packed {
            return boundaryAfter(k) ? (k, index == 4 && !capitalised) : nil
        }
        for month in PIIScanner.packedShortMonths where month == packed {
            if k < n && s[k] == UInt8(ascii: ".") { k += 1 }
            return boundaryAfter(k) ? (k, !capitalised) : nil
        }
        return nil
    }

    static func pack(_ word: String) -> UInt64 {
        word.utf8.reduce(0) { $0 << 5 | UInt64($1 &- 96) }
    }
    /// The months' names, packed; the fifth is May, which needs a year when written in lowercase.
    static let packedFullMonths = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ].map(pack)
    static let packedShortMonths = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].map(pack)

    /// ", 2015", " 2015", "-2015" after a day and month.
    func optionalYear(after j: Int) -> Int? {
        var k = j
        var comma = false
        if k < n && s[k] == UInt8(ascii: ",") {
            k += 1
            comma = true
        }
        let afterComma = k
        k = skip(.spaces, from: k)
        if k == afterComma && !comma {
            guard k < n, s[k] == UInt8(ascii: "-") else { return nil }
            k += 1
        }
        let (year, count, end) = number(at: k, max: 5)
        guard count == 4, (1800...2199).contains(year), boundaryAfter(end) else { return nil }
        return end
    }

    func skipOrdinal(_ j: Int) -> Int {
        guard j + 1 < n else { return j }
        let a = s[j] | 0x20
        let b = s[j + 1] | 0x20
        let ordinal = (a == UInt8(ascii: "s") && b == UInt8(ascii: "t")) || (a == UInt8(ascii: "n") && b == UInt8(ascii: "d"))
            || (a == UInt8(ascii: "r") && b == UInt8(ascii: "d")) || (a == UInt8(ascii: "t") && b == UInt8(ascii: "h"))
        guard ordinal, PIIScanner.isASCIILetter(s[j]), j + 2 >= n || !PIIScanner.isASCIIAlnum(s[j + 2]) else { return j }
        return j + 2
    }
}
