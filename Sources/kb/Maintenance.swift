import ArgumentParser
import Foundation
import KnowledgeBase

extension KB {
    struct SQL: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sql",
            abstract: "Run one read-only SQL query (SELECT) on the knowledge base and print its rows.",
            discussion: """
                The query runs on a read-only connection: writes, ATTACH, PRAGMA that sets a value and extension \
                loading are refused, and the file is never changed. Named parameters: --param name=Armenia for :name. \
                The tables and views are described in schema/README.md.
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "The query.")
        var query: String

        @Option(name: .customLong("param"), help: ArgumentHelp("A named parameter, name=value (repeatable).", valueName: "name=value"))
        var parameters: [String] = []

        @Flag(help: "Print CSV.")
        var csv = false

        func run() throws {
            try reportingFailure {
                var named: [String: String] = [:]
                for p in parameters {
                    guard let eq = p.firstIndex(of: "=") else { throw ValidationError("--param takes name=value, not '\(p)'") }
                    named[String(p[..<eq])] = String(p[p.index(after: eq)...])
                }
                let result = try database.openReadOnly().sql(query, parameters: named)
                if output.json {
                    // Two columns of one name (« p.id, d.id »): the second is id_2.
                    var names: [String] = []
                    for column in result.columns {
                        var name = column, n = 1
                        while names.contains(name) { n += 1; name = "\(column)_\(n)" }
                        names.append(name)
                    }
                    let objects = result.rows.map { row in Dictionary(uniqueKeysWithValues: zip(names, row)) }
                    return try JSON.print(objects)
                }
                if csv {
                    print(CSV.line(result.columns))
                    for row in result.rows { print(CSV.line(row.map(\.text))) }
                    return
                }
                var table = TextTable(result.columns)
                table.maximumWidths = Dictionary(uniqueKeysWithValues: result.columns.indices.map { ($0, 80) })
                for row in result.rows { table.add(row.map { $0 == .null ? "NULL" : $0.text }) }
                print(table.render())
                print("\(result.rows.count) row\(result.rows.count == 1 ? "" : "s")")
            }
        }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search the sentences, accent- and case-blind, with their page and section.",
            discussion: """
                WORDS is an FTS5 query: words (armenie finds Arménie), "a phrase", prefix* , AND / OR / NOT, NEAR(…). \
                Matching words are shown between [ and ].
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "The words to find.")
        var words: [String]

        @Option(help: "At most this many sentences.")
        var limit = 50

        func run() throws {
            try reportingFailure {
                let hits = try database.openReadOnly().search(words.joined(separator: " "), limit: limit)
                if output.json { return try JSON.print(hits) }
                var table = TextTable("page", "section", "sentence")
                table.maximumWidths = [1: 36, 2: 110]
                table.rightAligned = [0]
                for h in hits { table.add("\(h.page)", h.section ?? "(summary)", h.snippet) }
                print(table.render())
                print("\(hits.count) sentence\(hits.count == 1 ? "" : "s")")
            }
        }
    }

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
