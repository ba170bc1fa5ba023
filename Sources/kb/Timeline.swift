import ArgumentParser
import Foundation
import KnowledgeBase

extension KB {
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one entity's events as a timeline: when, what, its role, with whom, where, and the evidence.",
            discussion: "NAME is any name or alias in English or French, an ISO code, an acronym or a key."
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "The entity.")
        var name: String

        func run() throws {
            try reportingFailure {
                let timeline = try database.openExisting().timeline(of: name)
                if output.json { return try JSON.print(timeline) }
                let me = timeline.entity.name, key = timeline.entity.key
                print("\(me) (\(timeline.entity.kind)): \(timeline.events.count) event\(timeline.events.count == 1 ? "" : "s")")
                // The date column fits the longest date (`2022-09-17/2022-09-19`); the details sit under the label.
                let width = max(14, timeline.events.map { ($0.date ?? "undated").count }.max() ?? 0)
                let indent = String(repeating: " ", count: width + 1)
                for e in timeline.events {
                    let roles = Set(e.participants.filter { $0.key == key }.map(\.role)).sorted().joined(separator: ", ")
                    let others = e.participants.filter { $0.key != key }.map { "\($0.name) (\($0.role))" }
                    var line = "\n\((e.date ?? "undated").padding(toLength: width, withPad: " ", startingAt: 0)) \(e.label)"
                    if !roles.isEmpty { line += " — \(me) as \(roles)" } else if e.place == me { line += " — in \(me)" }
                    print(line)
                    if !others.isEmpty { print("\(indent)with \(others.joined(separator: ", "))") }
                    if let place = e.place, place != me { print("\(indent)at \(place)") }
                    if let text = e.dateText, let how = e.dateResolution { print("\(indent)dated by « \(text) »: \(how)") }
                    else if e.dateBasis == "known", let how = e.dateResolution { print("\(indent)dated as a \(how)") }
                    else if let how = e.dateResolution { print("\(indent)dated by \(e.dateBasis ?? "inference"): \(how)") }
                    print("\(indent)p. \(e.page) « \(e.quote) »")
                    if e.evidence.count > 1 { print("\(indent)told \(e.evidence.count) times, on pages \(Set(e.evidence.map(\.page)).sorted().map(String.init).joined(separator: ", "))") }
                    if let source = e.sources.first { print("\(indent)source: \(source)\(e.sources.count > 1 ? " (+\(e.sources.count - 1))" : "")") }
                }
            }
        }
    }
}
