import Foundation
import Testing

/// `kb relations` through the built binary.
@Suite struct RelationsCommandTests {
    static let db: String = {
        let path = CLI.temporaryFolder().appendingPathComponent("kb.sqlite").path
        _ = try! CLI.run(["ingest", "--db", path])
        return path
    }()

    @Test func tableShowsAzerbaijanAndRussiaWithQuotesAndPages() throws {
        let result = try CLI.run(["relations", "Armenia", "--all", "--db", Self.db])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        #expect(lines[0].hasPrefix("Armenia (state): "))
        #expect(lines[1].hasPrefix("COUNTERPART") && lines[1].contains("SUPPORT") && lines[1].contains("QUOTE"))
        #expect(lines.contains { $0.hasPrefix("Azerbaijan ") && $0.contains("↔ in armed conflict with") })
        #expect(lines.contains { $0.hasPrefix("Azerbaijan ") && $0.contains("↔ co-mentioned with") })
        #expect(lines.contains { $0.hasPrefix("Collective Security Treaty") && $0.contains("→ NOT left") })
        #expect(lines.contains { $0.hasPrefix("Russia ") })
        // Columns are aligned: every row starts its SUPPORT column at the same place.
        let column = lines[1].range(of: "PAGE")!.lowerBound.utf16Offset(in: lines[1])
        #expect(lines.dropFirst(2).allSatisfy { $0.count > column })
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let result = try CLI.run(["relations", "Arménie", "--all", "--json", "--db", Self.db])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let entity = try #require(object["entity"] as? [String: Any])
        #expect(entity["name"] as? String == "Armenia" && entity["kind"] as? String == "state")
        let relations = try #require(object["relations"] as? [[String: Any]])
        let russia = try #require(relations.first { ($0["counterpart"] as? [String: Any])?["name"] as? String == "Russia" && $0["predicate"] as? String == "co_mention" })
        #expect((russia["counterpart"] as? [String: Any])?["kind"] as? String == "state")
        #expect(russia["predicate"] as? String == "co_mention")
        #expect((russia["support"] as? Int ?? 0) >= 5)
        #expect((russia["quote"] as? String)?.isEmpty == false)
        #expect((2...13).contains(russia["page"] as? Int ?? 0))
        #expect(russia["sources"] is [String])
        for field in ["label", "direction", "polarity", "modality", "date", "cameo", "goldstein", "assertions", "via"] {
            #expect(relations.allSatisfy { $0.keys.contains(field) }, "\(field)")
        }
        let left = try #require(relations.first { $0["predicate"] as? String == "left" })
        #expect(left["direction"] as? String == "out" && left["polarity"] as? String == "negated" && left["modality"] as? String == "asserted")
    }

    @Test func defaultHidesCoMentionsAndCSVQuotes() throws {
        let table = try CLI.run(["relations", "Armenia", "--db", Self.db])
        #expect(table.status == 0 && !table.stdout.contains("co-mentioned with") && table.stdout.contains("(co-mentions hidden; --all shows them)"))
        let csv = try CLI.run(["relations", "Armenia", "--csv", "--db", Self.db])
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "entity,counterpart,counterpart_kind,predicate,label,direction,polarity,modality,date,support,page,quote,sources,via")
        #expect(lines.contains { $0.hasPrefix("Armenia,Azerbaijan,state,armed_conflict_with,in armed conflict with,both,affirmed,asserted,") })
        let badType = try CLI.run(["relations", "Armenia", "--type", "friendship", "--db", Self.db])
        #expect(badType.status == 1 && badType.stderr.hasPrefix("kb: no relation type 'friendship'"))
    }

    @Test func peopleActingForTheStateAreShownVia() throws {
        let table = try CLI.run(["relations", "Russia", "--db", Self.db])
        #expect(table.status == 0)
        let summit = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("Emomali Rahmon") && $0.contains("holds a summit with") })
        #expect(summit.contains("via Vladimir Putin"))
        let json = try CLI.run(["relations", "Russia", "--json", "--db", Self.db])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let relations = try #require(object["relations"] as? [[String: Any]])
        #expect(relations.contains { ($0["via"] as? [String: Any])?["name"] as? String == "Vladimir Putin" })
    }

    @Test func unknownNameExitsOneWithOneLine() throws {
        let result = try CLI.run(["relations", "Armenia'; DROP TABLE states; --", "--db", Self.db])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "kb: no entity named 'Armenia'; DROP TABLE states; --'; try its English or French name, e.g. Armenia or Arménie\n")
        #expect(try CLI.run(["relations", "Armenia", "--db", Self.db]).status == 0)
    }

    @Test func queryingAMissingDatabaseDoesNotCreateIt() throws {
        let db = CLI.temporaryFolder().appendingPathComponent("none.sqlite").path
        let result = try CLI.run(["relations", "Armenia", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr == "kb: cannot open \(db): no such file; run `kb ingest` first\n")
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func helpDescribesTheCommands() throws {
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        for command in ["ingest", "relations", "stats"] { #expect(help.stdout.contains(command)) }
        let relations = try CLI.run(["relations", "--help"])
        #expect(relations.stdout.replacingOccurrences(of: "\n", with: " ").contains("Show an entity's relations, with the sentence, page and sources that support each."))
        #expect(relations.stdout.contains("--db <path>") && relations.stdout.contains("--json"))
    }
}
