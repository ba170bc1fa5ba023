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
}
