import Mustache

/// Mustache templates for HTML, embedded in the binary: the room display's pages and the
/// HTML report. A template that starts with `{{% CONTENT_TYPE: CIRCLE_HTML }}` escapes
/// every value with `Markup.escape`, the one escaping rule of the project; `{{{…}}}` shows
/// a value as it is, and only already-rendered markup is ever shown so.
public struct MarkupTemplates: Sendable {
    private let library: MustacheLibrary

    /// Escapes values as `Markup.escape` does.
    struct HTMLContent: MustacheContentType {
        func escapeText(_ text: String) -> String { Markup.escape(text) }
    }

    private static let contentType: Void = MustacheContentTypes.register(HTMLContent(), named: "CIRCLE_HTML")

    /// `files` are each template's name and bytes (a file's last line break is not part of what
    /// it renders); `folder` names where they are kept, for the message if one does not parse.
    public init(_ files: [(name: String, bytes: [UInt8])], folder: String) {
        _ = Self.contentType
        var library = MustacheLibrary()
        for (name, bytes) in files {
            var text = String(decoding: bytes, as: UTF8.self)
            if text.hasSuffix("\n") { text.removeLast() }
            do {
                try library.register(text, named: name)
            } catch {
                fatalError("\(folder)/\(name) does not parse as a Mustache template: \(error); fix the template")
            }
        }
        self.library = library
    }

    /// The template `name` rendered with `view` (a value whose properties the template names).
    public func render(_ name: String, _ view: Any) -> String {
        guard let text = library.render(view, withTemplate: name) else { fatalError("no template named \(name)") }
        return text
    }
}
