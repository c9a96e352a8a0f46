import ArgumentParser
import CircleKit
import Foundation

/// The organisation file, for `circle run`: the details formats read and the teams `--team` must be one of (see `Organisation`).
struct OrganisationOptions: ParsableArguments {
    @Option(help: "The organisation file: its name, the support details formats signpost, who acts on a safeguarding concern, and its teams (default: $CIRCLE_ORGANISATION, else ~/.config/circle/organisation.yaml, else /etc/xdg/circle/organisation.yaml, if there is one; none: formats say where to find the details).")
    var organisation: String?

    /// The organisation file named here, in the environment or in the configuration folders; nil when there is none.
    func find() throws -> Organisation? { try Organisation.find(explicitly: organisation) }

    /// `text` as a team code: one of the organisation's teams when its file lists them ("did you
    /// mean …?"), else any code that passes the pattern.
    func teamCode(_ text: String?) throws -> TeamCode? {
        guard let text else { return nil }
        return try find()?.teamCode(text) ?? TeamCode(text)
    }
}
