/// NHS numbers with a valid check digit.
extension PIIScanner {
    /// Ten digits, plain or 3-3-4 with up to three spaces, dashes or dots between the groups
    /// ("943 476 5919", "943.476.5919", "943  476  5919"), with a valid modulus-11 check digit.
    func matchNHS(_ i: Int) -> Int? {
        let (_, plain, plainEnd) = number(at: i, max: 10)
        var end: Int
        var spaced = false
        if plain == 10 {
            end = plainEnd
        } else if plain == 3 {
            let k1 = skipNHSSeparators(plainEnd)
            guard k1 > plainEnd else { return nil }
            let (_, second, secondEnd) = number(at: k1, max: 3)
            guard second == 3 else { return nil }
            let k2 = skipNHSSeparators(secondEnd)
            guard k2 > secondEnd else { return nil }
            let (_, third, thirdEnd) = number(at: k2, max: 4)
            guard third == 4 else { return nil }
            end = thirdEnd
            spaced = true
        } else {
            return nil
        }
        guard boundaryAfter(end) else { return nil }
        // "943 476 5919 2": part of a longer run of numbers, not an NHS number.
        if spaced {
            let k = skipNHSSeparators(end)
            if k > end && k < n && PIIScanner.isDigit(s[k]) { return nil }
        }
        var digits: [Int] = []
        digits.reserveCapacity(10)
        for index in i..<end where PIIScanner.isDigit(s[index]) { digits.append(Int(s[index] - 48)) }
        return PIIScanner.nhsChecksumValid(digits) ? end : nil
    }

    func skipNHSSeparators(_ j: Int) -> Int {
        skip([.spaces, .dashes, .dots], from: j, atMost: 3)
    }

    /// The NHS modulus-11 check: weights 10…2 on the first nine digits; check digit
    /// 11 − (sum mod 11), where 11 means 0 and 10 means the number is invalid.
    static func nhsChecksumValid(_ digits: [Int]) -> Bool {
        guard digits.count == 10 else { return false }
        var sum = 0
        for index in 0..<9 { sum += digits[index] * (10 - index) }
        var check = 11 - sum % 11
        if check == 11 { check = 0 }
        return check != 10 && check == digits[9]
    }
}
