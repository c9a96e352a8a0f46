import CircleKit
import Mustache

/// The room's Mustache templates (`Templates/*.mustache`, embedded in the binary) and
/// its stylesheet and script (`Assets/`). Each template starts with
/// `{{% CONTENT_TYPE: CIRCLE_HTML }}`: values are escaped by `Markup.escape`, the
/// one escaping rule the HTML report and the QDA export use too, and only `{{{live}}}`
/// (a live part already rendered from a template) is shown unescaped.
enum RoomTemplates {
    /// The stylesheet and the script, served at `/static/circle.css` and `/static/circle.js`.
    static let css = String(decoding: PackageResources.circle_css, as: UTF8.self)
    static let js = String(decoding: PackageResources.circle_js, as: UTF8.self)

    /// Escapes values as `Markup.escape` does.
    struct HTMLContent: MustacheContentType {
        func escapeText(_ text: String) -> String { Markup.escape(text) }
    }

    private static let library: MustacheLibrary = {
        MustacheContentTypes.register(HTMLContent(), named: "CIRCLE_HTML")
        let files: [(String, [UInt8])] = [
            ("page", PackageResources.page_mustache), ("header", PackageResources.header_mustache),
            ("button", PackageResources.button_mustache), ("room", PackageResources.room_mustache),
            ("facilitator", PackageResources.facilitator_mustache), ("facilitator_forms", PackageResources.facilitator_forms_mustache),
            ("join", PackageResources.join_mustache), ("join_form", PackageResources.join_form_mustache),
        ]
        var library = MustacheLibrary()
        for (name, bytes) in files {
            // A file's last line break is not part of what it renders (a button is followed by the next one directly).
            var text = String(decoding: bytes, as: UTF8.self)
            if text.hasSuffix("\n") { text.removeLast() }
            do {
                try library.register(text, named: name)
            } catch {
                fatalError("Sources/CircleRoom/Templates/\(name).mustache does not parse: \(error); fix the template")
            }
        }
        return library
    }()

    /// `template` rendered with `view` (a struct whose properties the template names).
    static func render(_ template: String, _ view: Any) -> String {
        guard let text = library.render(view, withTemplate: template) else {
            fatalError("no room template named \(template)")
        }
        return text
    }
}
