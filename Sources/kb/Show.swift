import ArgumentParser
import Foundation
import KnowledgeBase

extension KB {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one entity: names and aliases, identifiers, mentions, pages, and what it is named with.",
            discussion: "NAME is any name or alias in English or French, an ISO code, an acronym or a key."
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "The entity.")
        var name: String

        func run() throws {
            try reportingFailure {
                let d = try database.openExisting().details(of: name)
                if output.json { return try JSON.print(d) }
                print("\(d.name) (\(d.kind), \(d.key))")
                if let fr = d.names.fr { print("  French:      \(fr)") }
                for (key, value) in d.identifiers.sorted(by: { $0.key < $1.key }) {
                    print("  \((key + ":").padding(toLength: 12, withPad: " ", startingAt: 0)) \(value)")
                }
                let functions = d.functions.sorted { $0.key < $1.key }.map { "\($0.value) as \($0.key)" }.joined(separator: ", ")
                print("  mentions:    \(d.mentions)\(functions.isEmpty ? "" : " (\(functions))")")
                if !d.pages.isEmpty {
                    print("  pages:       " + d.pages.map { "\($0.page)" + ($0.mentions > 1 ? "×\($0.mentions)" : "") }.joined(separator: " "))
                }
                print("  aliases:     " + d.aliases.map { "\($0.alias) [\($0.lang) \($0.kind)]" }.joined(separator: ", "))
                if !d.mentionedWith.isEmpty {
                    print("  named with:  " + d.mentionedWith.map { "\($0.name) (\($0.sentences))" }.joined(separator: ", "))
                }
            }
        }
    }
}
