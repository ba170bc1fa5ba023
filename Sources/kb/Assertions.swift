import ArgumentParser
import Foundation
import KnowledgeBase

extension KB {
    struct Assertions: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the typed assertions — who does what to whom — in text order, with polarity, modality, quote, page and sources.",
            discussion: "Co-mentions (two entities in one sentence, no trigger) only with --all."
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "Only assertions with this entity as subject or object.")
        var entity: String?

        @Option(help: "Only this predicate (key or label: left, \"member of\"…) or class (conflict, cooperation, neutral).")
        var predicate: String?

        @Flag(help: "Include co-mentions.")
        var all = false

        func run() throws {
            try reportingFailure {
                let assertions = try database.openExisting().assertions(entity: entity, predicate: predicate, includeCoMentions: all)
                if output.json { return try JSON.print(assertions) }
                var table = TextTable("subject", "predicate", "object", "polarity", "modality", "date", "page", "quote")
                table.maximumWidths = [0: 26, 2: 26, 7: 64]
                table.rightAligned = [6]
                for a in assertions {
                    table.add(a.subject, a.label, a.object ?? "-", a.polarity, a.modality, a.date ?? "-", "\(a.page)", a.quote)
                }
                print(table.render())
                print("\(assertions.count) assertion\(assertions.count == 1 ? "" : "s")")
            }
        }
    }
}
