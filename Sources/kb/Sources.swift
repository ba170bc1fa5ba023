import ArgumentParser
import Foundation
import KnowledgeBase

extension KB {
    struct Sources: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the footnotes: URL, domain, page and marker order, the sentence each backs and the alignment score.",
            discussion: """
                Footnote markers were lost in the PDF's extraction; kb aligns each page's footnotes, in order, to its \
                sentences by the words the URL shares with them, and leaves a footnote unaligned (sentence null) rather than guess.
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "Only the footnotes aligned to sentences that name this entity.")
        var entity: String?

        func run() throws {
            try reportingFailure {
                let sources = try database.openExisting().sources(entity: entity)
                if output.json { return try JSON.print(sources) }
                var table = TextTable("page", "#", "domain", "score", "sentence", "url")
                table.maximumWidths = [4: 60, 5: 60]
                table.rightAligned = [0, 1, 3]
                for s in sources {
                    table.add("\(s.page)", "\(s.ordinal)", s.domain, s.score.map { String(format: "%.2f", $0) } ?? "-", s.sentence ?? "(unaligned)", s.url)
                }
                print(table.render())
                print("\(sources.count) footnote\(sources.count == 1 ? "" : "s"), \(sources.filter { $0.sentence != nil }.count) aligned")
            }
        }
    }
}
