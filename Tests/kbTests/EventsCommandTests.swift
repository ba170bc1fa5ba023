import Foundation
import Testing

/// `kb events` and `kb timeline` through the built binary.
@Suite struct EventsCommandTests {
    static var db: String { RelationsCommandTests.db }

    func json(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try CLI.run(arguments + ["--json", "--db", Self.db])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test func jsonHasTheDocumentedShapeInDateOrder() throws {
        let events = try json(["events"])
        #expect(events.count >= 20)
        for field in ["id", "type", "date", "start", "end", "place", "participants", "quote", "page", "evidence", "sources"] {
            #expect(events.allSatisfy { $0.keys.contains(field) }, "\(field)")
        }
        let starts = events.compactMap { $0["start"] as? String }
        #expect(starts == starts.sorted())
        // Undated events come last.
        let firstUndated = events.firstIndex { $0["date"] is NSNull } ?? events.count
        #expect(events[firstUndated...].allSatisfy { $0["date"] is NSNull })
        let summit = try #require(events.first { $0["date"] as? String == "2022-10-12" })
        #expect(summit["type"] as? String == "summit_or_meeting" && summit["place"] as? String == "Astana" && summit["page"] as? Int == 6)
        let participants = try #require(summit["participants"] as? [[String: String]])
        #expect(participants.contains { $0["name"] == "Kazakhstan" && $0["role"] == "host" })
        #expect(participants.contains { $0["name"] == "Commonwealth of Independent States" && $0["role"] == "party" })
        let evidence = try #require(summit["evidence"] as? [[String: Any]])
        #expect(evidence.contains { ($0["quote"] as? String)?.contains("au sommet de la CEI à Astana le 12 octobre 2022") == true })
        // A date from the gazetteer of known events says so, and which.
        let yerevan = try #require(events.first { $0["place"] as? String == "Yerevan" && $0["type"] as? String == "summit_or_meeting" && $0["date"] as? String == "2022-11-23" })
        #expect(yerevan["dateBasis"] as? String == "known" && yerevan["start"] as? String == "2022-11-23")
        #expect((yerevan["dateResolution"] as? String)?.hasPrefix("known event: CSTO summit in Yerevan") == true)
    }

    @Test func filtersByEntityDateAndType() throws {
        let armenia = try json(["events", "--entity", "Erevan", "--from", "2022-09", "--to", "2022-09"])
        #expect(armenia.contains { $0["type"] as? String == "armed_clash" && $0["date"] as? String == "2022-09" })
        #expect(armenia.allSatisfy { ($0["start"] as? String ?? "") <= "2022-09-30" && ($0["end"] as? String ?? "") >= "2022-09-01" })
        let invasions = try json(["events", "--type", "invasion"])
        #expect(!invasions.isEmpty && invasions.allSatisfy { $0["type"] as? String == "invasion" })
        #expect(invasions.contains { $0["date"] as? String == "2022-02-24" })
        // A label works as a type.
        let clashes = try json(["events", "--type", "armed clash"])
        #expect(!clashes.isEmpty && clashes.allSatisfy { $0["type"] as? String == "armed_clash" })
    }

    @Test func badFiltersFailWithOneLine() throws {
        let type = try CLI.run(["events", "--type", "picnic", "--db", Self.db])
        #expect(type.status == 1 && type.stderr.hasPrefix("kb: no event type 'picnic'") && type.stderr.contains("armed_clash"))
        let date = try CLI.run(["events", "--from", "yesterday", "--db", Self.db])
        #expect(date.status == 1 && date.stderr.contains("invalid date 'yesterday'"))
    }

    @Test func tableAndTimelineAreReadable() throws {
        let table = try CLI.run(["events", "--db", Self.db])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("DATE") && table.stdout.contains("2022-02-24") && table.stdout.contains("invasion"))
        let timeline = try CLI.run(["timeline", "Arménie", "--db", Self.db])
        #expect(timeline.status == 0, "\(timeline.stderr)")
        #expect(timeline.stdout.hasPrefix("Armenia (state): "))
        // The date column fits its longest date, a known event's span, and its details sit under the label.
        #expect(timeline.stdout.contains("\n2022-09               armed clash — Armenia as party"))
        #expect(timeline.stdout.contains("\n2022-09-17/2022-09-19 summit or meeting — Armenia as host\n                      with Nancy Pelosi (party)"))
        #expect(timeline.stdout.contains("\n2022-11-23            summit or meeting — Armenia as host"))
        #expect(timeline.stdout.contains("dated as a known event: CSTO summit in Yerevan (2022-11-23) — https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization\n"))
        #expect(timeline.stdout.contains("with Azerbaijan (party)"))
        let ambiguous = try CLI.run(["timeline", "congolais", "--db", Self.db])
        #expect(ambiguous.status == 2)
    }
}
