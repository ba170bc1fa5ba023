import ArgumentParser
import Foundation
import KnowledgeBase

extension KB {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the database: integrity, foreign keys, kb's application id and schema version."
        )

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailure {
                let report = try database.openReadOnly().check()
                for line in report.passed { print("ok       \(line)") }
                for line in report.problems { print("PROBLEM  \(line)") }
                if !report.isSound {
                    FileHandle.standardError.write(Data("kb: \(database.path) has \(report.problems.count) problem\(report.problems.count == 1 ? "" : "s")\n".utf8))
                    throw ExitCode(1)
                }
            }
        }
    }
}
