import ArgumentParser
import Foundation
import KnowledgeBase

extension KB {
    struct Relations: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an entity's relations, with the sentence, page and sources that support each.",
            discussion: """
                NAME is an English or French name, an alias or a key: Armenia, Arménie, Erevan, ARM, OTSC. \
                Each line is a counterpart and a kind of relation, with how many sentences support it and \
                the best of them.
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "The entity.")
        var name: String

        func run() throws {
            try reportingFailure {
                let result = try database.openExisting().relations(of: name)
                if output.json { return try JSON.print(result) }
                print("\(result.entity.name) (\(result.entity.kind)): \(result.relations.count) relation\(result.relations.count == 1 ? "" : "s")")
                guard !result.relations.isEmpty else { return }
                var table = TextTable("counterpart", "kind", "relation", "support", "page", "quote", "sources")
                table.maximumWidths = [0: 28, 5: 72, 6: 28]
                table.rightAligned = [3, 4]
                for r in result.relations {
                    let sources = r.sources.isEmpty ? "-" : Domain.of(r.sources[0]) + (r.sources.count > 1 ? " +\(r.sources.count - 1)" : "")
                    table.add(r.counterpart.name, r.counterpart.kind, r.label, "\(r.support)", "\(r.page)", r.quote, sources)
                }
                print()
                print(table.render())
            }
        }
    }
}
