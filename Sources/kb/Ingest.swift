import ArgumentParser
import Foundation
import KnowledgeBase

extension KB {
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ingest reports into the knowledge base.",
            discussion: """
                With no file, ingests data/reports/*.txt; a directory stands for its .txt files. Each report is one transaction: it is all in, or not \
                at all. A report whose text is already in the knowledge base is left as it is unless \
                --replace is given. Files that are not UTF-8 text are refused and nothing is written.
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("Report text files, or directories of them.", valueName: "file"))
        var files: [String] = []

        @Flag(help: "Re-extract reports that are already ingested.")
        var replace = false

        @Option(help: "Set the report's title.")
        var title: String?

        @Option(help: ArgumentHelp("Set the report's date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
        var date: String?

        @Option(help: "Set the report's publisher.")
        var publisher: String?

        @Option(help: "Set the address where the report is published.")
        var url: String?

        func run() throws {
            try reportingFailure {
                let started = Date()
                // Inputs and options are checked before the database is opened: bad input changes nothing.
                let options = IngestOptions(replace: replace, title: title, date: date, publisher: publisher, url: url)
                try options.validate()
                let resources = try Resources.locate()
                let inputs = try files.isEmpty ? resources.defaultReports() : Resources.reportFiles(files)
                try ReportInput.check(inputs, resources: resources)
                let kb = try KnowledgeBase.open(path: database.path, resources: resources)
                // One document in memory at a time, each told as soon as it is in.
                let results = try kb.ingest(files: inputs, options: options, checked: true) { result in
                    if !output.json { print(Self.describe(result, database: database.path)) }
                }
                if output.json { return try JSON.print(results) }
                let stats = try kb.statistics()
                print(String(format: "%@: %d document%@, %d entities known, %.2f s", database.path, stats.rows("documents"),
                             stats.rows("documents") == 1 ? "" : "s", stats.rows("entities"), Date().timeIntervalSince(started)))
            }
        }

        static func describe(_ r: IngestResult, database: String) -> String {
            switch r.status {
            case .unchanged:
                return "unchanged  \(r.file): already in \(database) as document \(r.documentID); --replace re-extracts it"
            case .ingested, .replaced, .reextracted:
                let title = r.title.map { "\n           \($0)" } ?? ""
                let status = r.status == .reextracted ? "updated" : r.status.rawValue
                return """
                    \(status.padding(toLength: 10, withPad: " ", startingAt: 0)) \(r.file)\(title)
                               pages \(r.pages) · sentences \(r.sentences) · footnotes \(r.footnotes) (\(r.alignedFootnotes) aligned) · \
                    entities \(r.entities) · mentions \(r.mentions) · events \(r.events) (\(r.datedEvents) dated) · assertions \(r.assertions) · \(String(format: "%.2f", r.seconds)) s
                    """
            }
        }
    }
}
