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

        @Flag(help: "Include co-mentions (two entities named in one sentence, no trigger).")
        var all = false

        @Option(help: "Only relations of this class (conflict, cooperation, neutral) or predicate (armed_conflict_with, \"member of\"…).")
        var type: String?

        @Option(help: "Only relations their sentence dates on or after this date.")
        var from: String?

        @Option(help: "Only relations their sentence dates on or before this date.")
        var to: String?

        @Flag(help: "Print CSV.")
        var csv = false

        func run() throws {
            try reportingFailure {
                let result = try database.openExisting().relations(of: name, filter: RelationFilter(includeCoMentions: all, type: type, from: from, to: to))
                if output.json { return try JSON.print(result) }
                if csv { return print(Self.csv(result), terminator: "") }
                print("\(result.entity.name) (\(result.entity.kind)): \(result.relations.count) relation\(result.relations.count == 1 ? "" : "s")\(all ? "" : " (co-mentions hidden; --all shows them)")")
                guard !result.relations.isEmpty else { return }
                var table = TextTable("counterpart", "relation", "date", "support", "page", "quote", "sources")
                table.maximumWidths = [0: 28, 1: 56, 5: 64, 6: 24]
                table.rightAligned = [3, 4]
                for r in result.relations {
                    let sources = r.sources.isEmpty ? "-" : Domain.of(r.sources[0]) + (r.sources.count > 1 ? " +\(r.sources.count - 1)" : "")
                    table.add(r.counterpart.name, Self.describe(r), r.date ?? "-", "\(r.support)", "\(r.page)", r.quote, sources)
                }
                print()
                print(table.render())
            }
        }

        /// `→ supports`, `← NOT left`, `↔ in armed conflict with (speculative)`.
        static func describe(_ r: RelationsResult.Relation) -> String {
            let arrow = r.direction == "out" ? "→" : r.direction == "in" ? "←" : "↔"
            var text = "\(arrow) \(r.polarity == "negated" ? "NOT " : "")\(r.label)"
            if r.modality != "asserted" { text += " (\(r.modality))" }
            if let via = r.via { text += ", via \(via.name)" }
            return text
        }

        static func csv(_ result: RelationsResult) -> String {
            var lines = ["entity,counterpart,counterpart_kind,predicate,label,direction,polarity,modality,date,support,page,quote,sources,via"]
            for r in result.relations {
                lines.append([result.entity.name, r.counterpart.name, r.counterpart.kind, r.predicate, r.label, r.direction, r.polarity,
                              r.modality, r.date ?? "", "\(r.support)", "\(r.page)", r.quote, r.sources.joined(separator: " "),
                              r.via?.name ?? ""].map(CSV.field).joined(separator: ","))
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
