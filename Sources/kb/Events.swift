import ArgumentParser
import Foundation
import KnowledgeBase

extension KB {
    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the events the reports tell, in date order, with participants, place, evidence and sources.",
            discussion: """
                Dates are EDTF: 2022-09 is September 2022, 2022-09~ roughly, 1992~/.. a span still running. \
                --from and --to take YYYY, YYYY-MM or YYYY-MM-DD and keep the events that may fall in the range; \
                undated events come last and are left out by a date filter. --type takes a type or its label \
                (armed_clash, "armed clash", summit_or_meeting…).
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "Only the events of this entity (a participant or the place).")
        var entity: String?

        @Option(help: "Only events that may fall on or after this date.")
        var from: String?

        @Option(help: "Only events that may fall on or before this date.")
        var to: String?

        @Option(help: "Only events of this type.")
        var type: String?

        func run() throws {
            try reportingFailure {
                let events = try database.openExisting().events(EventFilter(entity: entity, from: from, to: to, type: type))
                if output.json { return try JSON.print(events) }
                var table = TextTable("date", "event", "participants", "place", "page", "quote", "told")
                table.maximumWidths = [2: 44, 3: 20, 5: 64]
                table.rightAligned = [4, 6]
                for e in events {
                    let participants = e.participants.map { "\($0.name) (\($0.role))" }.joined(separator: ", ")
                    table.add(e.date ?? "undated", e.label, participants, e.place ?? "-", "\(e.page)", e.quote, "\(e.evidence.count)×")
                }
                print(table.render())
                print("\(events.count) event\(events.count == 1 ? "" : "s")")
            }
        }
    }
}
