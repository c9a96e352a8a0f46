/// A question put to the facilitator outside the session's turns — "what leaves
/// the room", keeping the journal — with the quick answers a screen can offer.
public struct ConsoleQuestion: Equatable, Sendable {
    /// One quick answer: the line it sends, and how a button labels it.
    public struct Choice: Equatable, Sendable {
        public let line: String
        public let label: String
        public init(_ line: String, _ label: String) {
            self.line = line
            self.label = label
        }
    }

    public var text: String
    /// What the question is about (an item being decided, words to check).
    public var detail: [String]
    public var choices: [Choice]
    /// What a typed answer is for, when one is expected.
    public var typed: String?

    public init(_ text: String, detail: [String] = [], choices: [Choice] = [], typed: String? = nil) {
        self.text = text
        self.detail = detail
        self.choices = choices
        self.typed = typed
    }
}

/// Where the facilitator is told things and answers questions outside the turns:
/// the terminal, the room display's facilitator page, or both.
public protocol FacilitatorConsole: AnyObject {
    func tell(_ text: String)
    /// The facilitator's answer, or nil when input has ended.
    func ask(_ question: ConsoleQuestion) -> String?
}
