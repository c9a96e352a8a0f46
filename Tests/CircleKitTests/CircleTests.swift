@testable import CircleKit
import Testing

@Suite struct CircleTests {
    @Test func versionIsSemantic() {
        #expect(Circle.version.split(separator: ".").count == 3)
    }
}
