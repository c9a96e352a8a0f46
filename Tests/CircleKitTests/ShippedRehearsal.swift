import Foundation
import Testing
@testable import CircleKit

extension ShippedFormatTests {
    /// Plays a shipped format's rehearsal (`Scenarios/rehearsals/STEM.yaml`, or `rehearsal`) through
    /// the real engine with the shipped library and codebook, `carried` replacing the rehearsal's
    /// carried records when given; every answer must be used.
    static func rehearse(_ stem: String, rehearsal: String? = nil, carried: [String: [String]]? = nil) throws -> SessionEngine {
        let path = rehearsal ?? Fixture.root.appendingPathComponent("Scenarios/rehearsals/\(stem).yaml").path
        let io = try RehearsalIO(path: path)
        var setup = io.setup(formatPath: formats.directory + "/\(stem).lua", library: formats.library, scenarioPath: nil)
        setup.codebook = codebook
        if let carried { setup.carried = carried }
        let total = SessionEngine.phaseCount(setup.formatPath, library: formats.library, participants: io.participants)
        let engine = try SessionEngine(setup: setup, io: io, journalPath: nil, phaseTotal: total)
        #expect(try engine.run() == .complete)
        try io.checkAllUsed()
        return engine
    }
}
