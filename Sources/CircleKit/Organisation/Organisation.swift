import Foundation
import Yams

/// What an organisation tells Circle about itself, in one YAML file its IT or principal social
/// worker keeps: its name, where staff find support (the signposting every format reads out), and
/// its teams with the service area each belongs to (the only team codes a session may carry).
///
/// Found, first match wins, at `--organisation FILE`, `$CIRCLE_ORGANISATION`,
/// `$XDG_CONFIG_HOME/circle/organisation.yaml` (`~/.config/circle/organisation.yaml`), then
/// `circle/organisation.yaml` in each of `$XDG_CONFIG_DIRS` (`/etc/xdg`). With no file, Circle
/// runs without one: formats say where staff can find these details, and any team code that
/// passes ``TeamCode``'s pattern is accepted. `examples/organisation.yaml` is a filled-in example.
public struct Organisation: Sendable, Equatable {
    /// The organisation's name, as staff know it: "Northshire Children's Services".
    public var name: String
    /// Where staff find support.
    public var support: Support
    /// The teams that hold sessions. Empty: any code passing ``TeamCode``'s pattern.
    public var teams: [Team]
    /// The file it was read from, for messages; nil when built in code.
    public var path: String?

    /// Where staff find support: each entry is the text a format reads out, as the organisation
    /// wrote it (a name, a phone number, an intranet page). Missing entries are nil or empty.
    public struct Support: Sendable, Equatable {
        /// The Employee Assistance Programme or staff counselling service.
        public var employeeAssistance: String?
        /// Occupational health.
        public var occupationalHealth: String?
        /// Wellbeing champions or peer supporters.
        public var wellbeingChampions: [String]
        /// Who acts on a safeguarding concern raised in a session, and how to reach them.
        public var safeguardingLead: String?
        /// Anything else the organisation wants signposted (a union, a chaplaincy, a helpline).
        public var other: [String]

        public init(
            employeeAssistance: String? = nil, occupationalHealth: String? = nil, wellbeingChampions: [String] = [],
            safeguardingLead: String? = nil, other: [String] = []
        ) {
            self.employeeAssistance = employeeAssistance
            self.occupationalHealth = occupationalHealth
            self.wellbeingChampions = wellbeingChampions
            self.safeguardingLead = safeguardingLead
            self.other = other
        }
    }

    /// One team: its code (on records and in reports) and its service area (the grouping reports and
    /// a service's middle leader see).
    public struct Team: Sendable, Equatable {
        public var code: TeamCode
        public var service: String?

        public init(code: TeamCode, service: String? = nil) {
            self.code = code
            self.service = service
        }
    }

    public init(name: String, support: Support = Support(), teams: [Team] = [], path: String? = nil) {
        self.name = name
        self.support = support
        self.teams = teams
        self.path = path
    }

    /// The team with `code`, or nil.
    public func team(_ code: TeamCode) -> Team? { teams.first { $0.code == code } }

    /// Checks a team code a person typed: with a list of teams, it must be one of them ("did you
    /// mean …?" when one is close); without one, ``TeamCode``'s pattern is the rule.
    public func teamCode(_ text: String) throws -> TeamCode {
        let code = try TeamCode(text)
        guard !teams.isEmpty, team(code) == nil else { return code }
        let known = teams.map(\.code.rawValue)
        let close = Suggestions.closest(to: code.rawValue, among: known)
        var message = "\"\(text)\" is not one of \(name)\(name.hasSuffix("s") ? "'" : "'s") teams"
        if let path { message += " (in \(path))" }
        message += close.map { "; did you mean \($0)?" } ?? "; they are \(known.joined(separator: ", "))."
        message += " Ask whoever keeps the organisation file to add a new team."
        throw CircleError(.input, message)
    }
}
