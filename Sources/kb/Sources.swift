import ArgumentParser
import Foundation
import KnowledgeBase

extension KB {
    struct Sources: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the footnotes: URL, domain, page and marker order, the sentence each backs, the alignment score and confidence.",
            discussion: """
                Footnote markers were lost in the PDF's extraction; kb aligns each page's footnotes, in order, to its \
                sentences by the words and entities the URL shares with them (score), weighing every placement that keeps \
                the order; confidence is the probability of the chosen sentence. A footnote no sentence reaches 0.3 for \
                stays unaligned (sentence null) rather than guessed.
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
                var table = TextTable("page", "#", "domain", "score", "conf", "sentence", "url")
                table.maximumWidths = [5: 60, 6: 60]
                table.rightAligned = [0, 1, 3, 4]
                for s in sources {
                    table.add("\(s.page)", "\(s.ordinal)", s.domain, s.score.map { String(format: "%.2f", $0) } ?? "-",
                              s.confidence.map { String(format: "%.2f", $0) } ?? "-", s.sentence ?? "(unaligned)", s.url)
                }
                print(table.render())
                print("\(sources.count) footnote\(sources.count == 1 ? "" : "s"), \(sources.filter { $0.sentence != nil }.count) aligned")
            }
        }
    }
}
