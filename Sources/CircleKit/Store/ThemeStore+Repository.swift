/// The SQLite store is the embedded ``ThemeRepository``: its methods are synchronous, and answer
/// the protocol's asynchronous requirements as they are.
extension ThemeStore: ThemeRepository {
    public var location: String { path }

    public func quarterCounts(_ quarter: Quarter, sets: [String: [String]]) throws -> QuarterCounts {
        try counts(quarter, sets: sets)
    }
}
