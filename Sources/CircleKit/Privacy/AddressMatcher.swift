/// Street addresses and buildings: "22 Mill Lane", "Flat 3, 22 Mill Ln", "Mill Lane", "Elm Court".
extension PIIScanner {
    /// A house number ("22", "14a", "12-14"), an optional comma, then capitalised words ending in
    /// a street type or a building's last word, starting at the digit at `i`.
    mutating func matchStreetAddress(_ i: Int) -> Int? {
        let (_, count, afterNumber) = number(at: i, max: 4)
        guard count >= 1 && count <= 4 else { return nil }
        var j = afterNumber
        if j < n && PIIScanner.isASCIILetter(s[j]) && boundaryAfter(j + 1) { j += 1 }
        if j + 1 < n && s[j] == UInt8(ascii: "-") && PIIScanner.isDigit(s[j + 1]) {
            let (_, second, secondEnd) = number(at: j + 1, max: 4)
            guard second <= 4 else { return nil }
            j = secondEnd
        }
        if j < n && s[j] == UInt8(ascii: ",") { j += 1 }
        let k = skip(.spaces, from: j, atMost: 2)
        guard k > j, k < n, PIIScanner.isASCIIUpper(s[k]) else { return nil }
        let end = wordEnd(from: k)
        fold(k, possessiveStart(k, end))
        return streetEnd(firstKey: scratchKey, firstEnd: end, numbered: true)
    }

    /// Capitalised words from the one at `a` (ending at `e`, folded `key`) ending in a street type
    /// or a building's last word: "Mill Lane", "Elm Court", "Riverside Family Centre".
    mutating func matchNamedStreet(_ a: Int, _ e: Int, key: String) -> Int? {
        let k = skip(.spaces, from: e, atMost: 2)
        guard k > e, k < n, PIIScanner.isASCIIUpper(s[k]) else { return nil }
        guard !WordLists.titles.contains(key), !WordLists.honorifics.contains(key) else { return nil }
        guard e - a > 3 || !isAllCaps(a, e) else { return nil }
        return streetEnd(firstKey: key, firstEnd: e, numbered: false)
    }

    /// "Flat 3, 22 Mill Ln", "Apartment 4 Carlton House": a flat's number, then a street address
    /// or a building. The word at `a` ends at `e`, followed by a space and a digit.
    mutating func matchAddressLead(_ a: Int, _ e: Int) -> Int? {
        guard e - a >= 3 && e - a <= 10 else { return nil }
        fold(a, e)
        guard WordLists.addressLeads.contains(scratchKey) else { return nil }
        let (_, count, afterNumber) = number(at: e + 1, max: 4)
        guard count >= 1 && count <= 4 else { return nil }
        var j = afterNumber
        if j < n && PIIScanner.isASCIILetter(s[j]) && boundaryAfter(j + 1) { j += 1 }
        if j < n && s[j] == UInt8(ascii: ",") { j += 1 }
        let k = skip(.spaces, from: j, atMost: 2)
        guard k > j, k < n else { return nil }
        if PIIScanner.isDigit(s[k]) { return matchStreetAddress(k) }
        guard PIIScanner.isASCIIUpper(s[k]) else { return nil }
        let end = wordEnd(from: k)
        fold(k, end)
        let key = scratchKey
        return matchNamedStreet(k, end, key: key)
    }

    /// Reads up to four more capitalised words after the first and returns the end of the last
    /// one that ends a street or building name with a name before it, or nil. A building's last
    /// word ("Court", "Centre"), or any street type without a house number, needs a word before
    /// it that is not generic ("Family Court", "Health Centre", "High Street" are kinds of place).
    mutating func streetEnd(firstKey: String, firstEnd: Int, numbered: Bool) -> Int? {
        var keys = [firstKey]
        var ends = [firstEnd]
        var j = firstEnd
        while keys.count < 5 {
            let k = skip(.spaces, from: j, atMost: 2)
            guard k > j, k < n, PIIScanner.isASCIIUpper(s[k]) else { break }
            let end = wordEnd(from: k)
            // "PL9 2OU": letters run into digits; "NI CL 40…": a short acronym. Codes, not words of a name.
            guard end == n || !PIIScanner.isDigit(s[end]) else { break }
            guard end - k > 3 || !isAllCaps(k, end) else { break }
            fold(k, possessiveStart(k, end))
            keys.append(scratchKey)
            ends.append(end)
            j = end
        }
        var index = keys.count - 1
        while index >= 1 {
            let key = keys[index]
            let street = WordLists.streetSuffixes.contains(key)
            let building = WordLists.buildingSuffixes.contains(key)
            if street || building {
                let before = keys[..<index]
                let needsName = building || !numbered
                if !needsName || before.contains(where: { !WordLists.buildingGeneric.contains($0) && !WordLists.titles.contains($0) }) {
                    return ends[index]
                }
            }
            index -= 1
        }
        return nil
    }
}
