import ArgumentParser
import Foundation
import KnowledgeBase

/// The kinds of entity kb knows, for `--kind`.
enum EntityKindOption: String, ExpressibleByArgument, CaseIterable {
    case state, organization, person, place, region
}

extension KB {
    struct Entities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the entities the reports name, most mentioned first.",
            discussion: "Only entities with at least one mention are listed, unless --all is given."
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "Only entities of this kind.")
        var kind: EntityKindOption?

        @Flag(help: "Also list the gazetteer's entities that no report names.")
        var all = false

        func run() throws {
            try reportingFailure {
                let entities = try database.openExisting().entities(kind: kind?.rawValue, includeUnmentioned: all)
                if output.json { return try JSON.print(entities) }
                var table = TextTable("name", "kind", "french", "code", "wikidata", "mentions")
                table.rightAligned = [5]
                table.maximumWidths = [0: 40, 2: 40]
                for e in entities {
                    table.add(e.name, e.kind, e.names.fr ?? "-", e.iso3 ?? e.acronym ?? "-", e.wikidata ?? "-", "\(e.mentions)")
                }
                print(table.render())
            }
        }
    }
}
