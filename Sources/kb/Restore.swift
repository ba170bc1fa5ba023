import ArgumentParser
import Foundation
import KnowledgeBase

extension KB {
    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace the knowledge base with a backup, after verifying it.",
            discussion: "SRC must pass integrity_check and be a kb database of a schema this kb reads; the swap is atomic."
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The backup to restore.")
        var source: String

        func run() throws {
            try reportingFailure {
                let report = try KnowledgeBase.restore(from: source, to: database.path)
                print(Backup.describe(report, verb: "restored \(source) into"))
            }
        }
    }
}
