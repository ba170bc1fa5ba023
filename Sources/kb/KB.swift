import ArgumentParser
import Foundation
import KnowledgeBase

@main
struct KB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Turn geopolitical reports into a SQLite knowledge base of states, organizations, events and sourced assertions.",
        discussion: """
            Every command works on one database file: --db PATH, else $KB_DB, else ./kb.sqlite.
            Start with `kb ingest` (the bundled report), then `kb relations Armenia`.
            """,
        version: "0.1.0",
        subcommands: [Ingest.self, Relations.self, Assertions.self, Entities.self, Show.self, Events.self, Timeline.self, Sources.self, Graph.self, Search.self, SQL.self, Stats.self, Check.self, Backup.self, Restore.self, Eval.self]
    )
}
