extension Report {
    /// One of senior leaders' responses ("you said, we did"), as the next quarter's report shows it.
    public struct Response: Codable, Equatable, Sendable {
        public var theme: String
        public var label: String
        /// The quarter of the report it answers.
        public var quarter: String
        public var text: String
    }

    /// The "What leaders did" section of the Markdown report (nothing when there are no responses).
    var responsesMarkdown: [String] {
        guard let quarter = responses.first?.quarter else { return [] }
        return ["", "## What leaders did", "", "In answer to the \(quarter) report, senior leaders said:", ""]
            + responses.map { "- **\($0.label)**: \($0.text)" }
    }
}

extension ReportCompiler {
    /// Senior leaders' responses to `quarter`'s report, by theme label.
    func responses(to quarter: Quarter) async throws -> [Report.Response] {
        try await store.responses(answering: quarter).map { response in
            Report.Response(
                theme: response.theme.rawValue, label: labels[response.theme.rawValue]?.label ?? response.theme.rawValue,
                quarter: response.quarter, text: response.text)
        }.sorted { ($0.label, $0.text) < ($1.label, $1.text) }
    }
}

extension HTMLReport.Page {
    /// What `responses.mustache` is given.
    struct LeadersDid {
        let quarter: String
        let responses: [Report.Response]

        init?(_ report: Report) {
            guard let quarter = report.responses.first?.quarter else { return nil }
            self.quarter = quarter
            responses = report.responses
        }
    }
}
