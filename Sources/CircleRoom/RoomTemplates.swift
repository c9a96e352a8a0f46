import CircleKit

/// The room's Mustache templates (`Templates/*.mustache`, embedded in the binary) and
/// its stylesheet and script (`Assets/`). Each template starts with
/// `{{% CONTENT_TYPE: CIRCLE_HTML }}` (see `MarkupTemplates`): values are escaped by
/// `Markup.escape`, and only `{{{live}}}` (a live part already rendered from a template)
/// is shown unescaped.
enum RoomTemplates {
    /// The stylesheet and the script, served at `/static/circle.css` and `/static/circle.js`.
    static let css = String(decoding: PackageResources.circle_css, as: UTF8.self)
    static let js = String(decoding: PackageResources.circle_js, as: UTF8.self)

    private static let templates = MarkupTemplates(
        [
            ("page", PackageResources.page_mustache), ("header", PackageResources.header_mustache),
            ("button", PackageResources.button_mustache), ("room", PackageResources.room_mustache),
            ("facilitator", PackageResources.facilitator_mustache), ("facilitator_forms", PackageResources.facilitator_forms_mustache),
            ("join", PackageResources.join_mustache), ("join_form", PackageResources.join_form_mustache),
            ("qr", PackageResources.qr_mustache), ("written", PackageResources.written_mustache),
        ],
        folder: "Sources/CircleRoom/Templates")

    /// `template` rendered with `view` (a struct whose properties the template names).
    static func render(_ template: String, _ view: Any) -> String { templates.render(template, view) }
}
