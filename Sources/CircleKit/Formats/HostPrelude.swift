/// The Lua half of the host API, `format { ... }` and the session object `s`, kept in
/// `prelude.lua` beside this file and embedded in the binary at build time.
///
/// It runs in the format's sandbox. Every function checks its arguments and raises
/// author-friendly errors at the caller's line; every call that needs the host yields
/// one request table to Swift and returns the answer Swift resumes with. Swift never
/// yields or raises across Lua.
enum HostPrelude {
    /// The prelude's source text.
    static let source = String(decoding: PackageResources.prelude_lua, as: UTF8.self)
    /// The chunk name it is loaded as: messages show it as `[circle]`, which the prelude
    /// moves to the author's line.
    static let chunkName = "=[circle]"
}
