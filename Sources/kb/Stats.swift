import ArgumentParser
import Foundation
import KnowledgeBase

extension KB {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Count the rows of each table and list the documents ingested.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try reportingFailure {
                let stats = try database.openExisting().statistics()
                if output.json { return try JSON.print(stats) }
                var tables = TextTable("table", "rows")
                tables.rightAligned = [1]
                for t in stats.tables { tables.add(t.name, "\(t.rows)") }
                print(tables.render())
                print()
                var documents = TextTable("id", "file", "date", "pages", "title")
                documents.maximumWidths = [4: 70]
                documents.rightAligned = [0, 3]
                for d in stats.documents { documents.add("\(d.id)", d.file, d.date ?? "-", "\(d.pages)", d.title ?? "-") }
                print(documents.render())
            }
        }
    }
}
