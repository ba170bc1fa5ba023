import ArgumentParser
import Foundation
import KnowledgeBase

extension KB {
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
}
