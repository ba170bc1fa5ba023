import ArgumentParser
import Foundation
import KnowledgeBase

extension KB {
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the knowledge base to one file with SQLite's online backup, and verify the copy.",
            discussion: "Safe while another kb ingests. DEST must not exist unless --force."
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The backup file.")
        var destination: String

        @Flag(help: "Replace DEST if it exists.")
        var force = false

        func run() throws {
            try reportingFailure {
                let report = try database.openReadOnly().backup(to: destination, force: force)
                print(Self.describe(report, verb: "backed up \(database.path) to"))
            }
        }

        static func describe(_ r: CopyReport, verb: String) -> String {
            let rows = ["documents", "passages", "entities", "mentions", "events", "assertions"].map { "\($0) \(r.rows[$0] ?? 0)" }.joined(separator: " · ")
            return "\(verb) \(r.path): \(r.bytes / 1024) KiB, integrity ok\n  \(rows)"
        }
    }
}
