import Foundation
import Testing

@testable import CircleKit

/// The variant set that got past the anonymiser (issue 13, item 5): each spelling here once
/// survived scrubbing. Every test states what must go and, where it matters, what must stay.
@Suite struct AnonymiserVariantTests {
    let anonymiser = Anonymiser(names: ["Keisha", "Sade Adeyemi"], scenarioNames: ["Tomasz Nowak"])

    private func expectScrubbed(_ text: String, _ expected: String, _ comment: Comment? = nil,
                                sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(anonymiser.scrub(text).text == expected, comment, sourceLocation: sourceLocation)
    }

    // MARK: Normalisation

    @Test func lookAlikeLettersZeroWidthAndBidiControlsDoNotHideANameOrANumber() {
        expectScrubbed("K\u{0435}isha came.", "[name] came.")               // Cyrillic е
        expectScrubbed("\u{041A}\u{0435}i\u{0455}ha came.", "[name] came.")  // Cyrillic К, е, ѕ
        expectScrubbed("Kei\u{200B}sha came.", "[name] came.")              // zero-width space
        expectScrubbed("Kei\u{200D}sha and Ad\u{2060}eyemi came.", "[name] and [name] came.")
        expectScrubbed("\u{202E}Keisha\u{202C} came.", "[name] came.")      // bidi override
        expectScrubbed("Ｋｅｉｓｈａ came.", "[name] came.")                  // full-width letters
        expectScrubbed("Ring ０７７００ ９００１２３ now.", "Ring [phone] now.")  // full-width digits
        expectScrubbed("NHS 943\u{200B}476\u{200B}5919.", "NHS [nhs-number].")
        expectScrubbed("NI ＱＱ１２３４５６Ｃ.", "NI [ni-number].")
    }

    @Test func normalisedTextStillReadsAsWritten() {
        // Accents, other scripts and emoji are text, not tricks: they stay as typed.
        for text in ["The café staff and the naïve plan.", "She said привет to the team.", "Good week 👍🏽 👨‍👩‍👧", "the straße"] {
            #expect(anonymiser.scrub(text).text == text)
        }
        // A zero-width space between ordinary words goes; the words stay.
        #expect(anonymiser.scrub("We\u{200B} met.").text == "We met.")
    }

    // MARK: Titles and initials

    @Test(arguments: ["Ms Adeyemi", "J. Adeyemi", "Dr. Adeyemi", "Mrs S Adeyemi", "Mrs S. Adeyemi", "S Adeyemi",
                      "Dr Sade Adeyemi", "Ms. J. K. Adeyemi"])
    func titlesAndInitialsGoWithTheSurname(_ name: String) {
        let result = anonymiser.scrub("We called \(name) today.")
        #expect(result.text == "We called [name] today.")
        #expect(result.removed == ["name": 1])
    }

    @Test func aColleaguesSurnameThatNoOneGaveIsRemovedAndListed() {
        let result = anonymiser.scrub("I asked Okonkwo about it, and Ms Okafor agreed.")
        #expect(result.text == "I asked [name] about it, and [name] agreed.")
        #expect(result.flagged == ["Okonkwo", "Okafor"])
    }

    @Test func aRemovedWordTheFacilitatorRestoresComesBack() {
        let text = "Then Jasmine arrived; Ofstead rang."
        let first = anonymiser.scrub(text)
        #expect(first.text == "Then [name] arrived; [name] rang.")
        let second = anonymiser.scrub(text, restoring: ["Ofstead"])
        #expect(second.text == "Then [name] arrived; Ofstead rang.")
        #expect(second.flagged == ["Jasmine"])
    }

    @Test func theClosingReviewRestoresAWordTheFacilitatorPicksAndNoKnownName() throws {
        let review = try ClosingReview(names: ["Keisha"], scenario: nil, codebook: nil)
        let draft = review.draft(kind: "learning-point", text: "Keisha said Ofstead helped.")
        #expect(draft.text == "[name] said [name] helped.")
        #expect(draft.flagged == ["Ofstead"])
        let restored = review.restoring("Ofstead", in: draft)
        #expect(restored.text == "[name] said Ofstead helped.")
        #expect(restored.flagged.isEmpty)
        // A name the group gave is removed whatever is restored.
        #expect(review.restoring("Keisha", in: draft).text == "[name] said [name] helped.")
    }

    @Test func commonWordsStartingASentenceStay() {
        let text = """
            Caseloads are high. Safeguarding came up. Thresholds were discussed. Referrals rose. \
            Visiting felt hard. Reflective supervision helped.
            """
        let result = anonymiser.scrub(text)
        #expect(result.text == text)
        #expect(result.flagged.isEmpty)
    }

    // MARK: Obfuscated emails

    @Test(arguments: ["s dot adeyemi at example dot org", "s.adeyemi [at] example [dot] org", "s.adeyemi(at)example.org",
                      "s.adeyemi (at) example.org", "S.Adeyemi AT example DOT org", "s.adeyemi @ example.org",
                      "sade_a {at} council dot gov dot uk"])
    func obfuscatedEmailsAreRemoved(_ email: String) {
        let result = anonymiser.scrub("Write to \(email) please.")
        #expect(result.text == "Write to [email] please.")
        #expect(result.removed == ["email": 1])
    }

    @Test func wordsAroundAtAndDotAreNotEmails() {
        for text in ["We met at home and talked.", "Look at the dot on the map.", "She is at school dot every day."] {
            #expect(anonymiser.scrub(text).text == text)
        }
    }

    // MARK: Separators

    @Test(arguments: [("943.476.5919", "[nhs-number]"), ("943  476  5919", "[nhs-number]"), ("943 - 476 - 5919", "[nhs-number]"),
                      ("07700  900123", "[phone]"), ("07700.900.123", "[phone]"), ("0161  496  0000", "[phone]"),
                      ("QQ-12-34-56-C", "[ni-number]"), ("QQ.12.34.56.C", "[ni-number]"), ("QQ  12  34  56  C", "[ni-number]"),
                      ("ab-123456-c", "[ni-number]")])
    func numbersWithDotsDashesAndDoubleSpacesAreRemoved(_ number: String, _ placeholder: String) {
        #expect(anonymiser.scrub("It was \(number) on the form.").text == "It was \(placeholder) on the form.")
    }

    // MARK: Addresses and places

    @Test(arguments: ["22 Mill Lane", "Flat 3, 22 Mill Ln", "14a Church Road", "7 St John's Close", "22 Mill Rd",
                      "3 Oak Tree Avenue", "Flat 12 Carlton House", "Elm Court", "Carlton House", "Riverside Family Centre",
                      "Apartment 4, 9 Queen St"])
    func streetAddressesAndBuildingNamesAreRemoved(_ address: String) {
        let result = anonymiser.scrub("She lives at \(address) now.")
        #expect(result.text == "She lives at [address] now.")
        #expect(result.removed == ["address": 1])
    }

    @Test func aPostcodeAfterACapitalisedWordIsNotAStreet() {
        // "PL" is Place's abbreviation, but "PL9" is half a postcode.
        #expect(anonymiser.scrub("Postcode PL9 2OU on the letter.").text == "Postcode [postcode] on the letter.")
        // "CL" is Close's abbreviation, but "NI CL 40 25 80 B" is a National Insurance number.
        #expect(anonymiser.scrub("NI CL 402580 B was quoted.").text == "NI [ni-number] was quoted.")
    }

    @Test func aWordRemovedOnceIsRemovedWhereverItIsCapitalised() {
        // "Jasmine" is a common word starting a sentence, but this text already used it as a name.
        #expect(anonymiser.scrub("Then Jasmine arrived. Jasmine's mum left.").text == "Then [name] arrived. [name]'s mum left.")
    }

    @Test func institutionsAndCountsAreNotAddresses() {
        for text in ["We went to the Family Court and the Crown Court.", "The Children's Centre and the Health Centre helped.",
                     "He had 3 Court hearings.", "Court was adjourned.", "2 Family Group Conferences were held."] {
            #expect(anonymiser.scrub(text).text == text, "\(text)")
        }
    }

    @Test(arguments: ["Leeds", "Milton Keynes", "Stoke-on-Trent", "Newcastle upon Tyne", "Birmingham", "Swansea", "Bath"])
    func townsAndCitiesAreRemoved(_ town: String) {
        let result = anonymiser.scrub("They moved to \(town) last year.")
        #expect(result.text == "They moved to [place] last year.")
        #expect(result.removed == ["place": 1])
    }

    @Test func commonWordsThatAreAlsoTownsStayWhereTheyAreOrdinaryWords() {
        for text in ["Reading is hard for him.", "She loves reading.", "We met in March.", "A deal was done."] {
            #expect(anonymiser.scrub(text).text == text, "\(text)")
        }
    }

    // MARK: URLs

    @Test(arguments: ["example.org/forms", "council.gov.uk", "ftp://files.example.org/x", "www.example.com",
                      "forms.example.co.uk/a?b=c", "sftp://host.example.net"])
    func urlsWithoutAWebSchemeAreRemoved(_ url: String) {
        let result = anonymiser.scrub("See \(url) for it.")
        #expect(result.text == "See [url] for it.")
        #expect(result.removed == ["url": 1])
    }

    @Test func abbreviationsAndDecimalsAreNotUrls() {
        for text in ["Use e.g. a walk, i.e. time out, etc. as needed.", "It took 3.5 hours.", "We finished.It was late."] {
            #expect(anonymiser.scrub(text).removed["url"] == nil, "\(text)")
        }
    }

    // MARK: Where each finding is, in the text as given

    @Test func findingsPointIntoTheOriginalText() {
        let text = "Kei\u{200B}sha rang 07700 900123 from Leeds."
        let found = anonymiser.findings(in: text).map { (String(text[$0.range]), $0.kind) }
        #expect(found.map(\.0) == ["Kei\u{200B}sha", "07700 900123", "Leeds"])
        #expect(found.map(\.1) == ["name", "phone", "place"])
    }
}
