/// The SQLite store is the embedded ``ThemeRepository``: its methods are synchronous, and answer
/// the protocol's asynchronous requirements as they are.
extension ThemeStore: ThemeRepository {
    public var location: String { path }
}
