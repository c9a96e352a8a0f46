import ArgumentParser
import CircleKit
import Foundation

/// `circle key new`: the organisation's bundle signing key and its public half.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Make the organisation's key for signing bundles.",
        subcommands: [NewKeyCommand.self])
}

struct NewKeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Make a new signing key (for facilitators) and its public key (for middle leaders).",
        discussion: """
            Run once by whoever looks after Circle for the organisation. Give the signing key to facilitators \
            only (it stays readable by its owner alone), and the public key to middle leaders (it can check a \
            bundle but not make one). Circle never overwrites a key file.
            """)

    @Option(help: "Where to write the signing key (default: $CIRCLE_SIGNING_KEY, else $XDG_CONFIG_HOME/circle/bundle-signing.key).")
    var signingKey: String?

    @Option(help: "Where to write the public key (default: $CIRCLE_PUBLIC_KEY, else $XDG_CONFIG_HOME/circle/bundle-public.key).")
    var publicKey: String?

    func run() throws {
        try reporting {
            let signingPath = BundleKeyPaths.signingKey(override: signingKey)
            let publicPath = BundleKeyPaths.publicKey(override: publicKey, writing: true)
            let key = try BundleSigningKey.create(signingPath: signingPath, publicPath: publicPath)
            print("""
                Made bundle key \(key.publicKey.id).
                Signing key (facilitators only; readable by you alone): \(signingPath)
                Public key (middle leaders):                            \(publicPath)
                """)
        }
    }
}
