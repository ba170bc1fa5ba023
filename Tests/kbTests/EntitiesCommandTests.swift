import Foundation
import Testing

/// `kb entities`, `kb show` and name resolution through the built binary.
@Suite struct EntitiesCommandTests {
    static let db = RelationsCommandTests.db

    @Test func entitiesListsTheReportsStatesMostMentionedFirst() throws {
        let result = try CLI.run(["entities", "--kind", "state", "--db", Self.db])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("NAME") && lines[0].hasSuffix("MENTIONS"))
        #expect(lines[1].hasPrefix("Russia "))
        let names = lines.dropFirst().map { $0.components(separatedBy: "  ")[0] }
        for state in ["Armenia", "Azerbaijan", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Turkmenistan",
                      "Georgia", "Moldova", "Belarus", "Lithuania", "Latvia", "Estonia", "Ukraine", "Turkey", "China", "United States"] {
            #expect(names.contains(state), "\(state)")
        }
        // States the report never names are left out unless --all.
        #expect(!names.contains("Peru"))
        let all = try CLI.run(["entities", "--kind", "state", "--all", "--json", "--db", Self.db])
        let states = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
        #expect(states.count >= 195)
    }

    @Test func entitiesJSONHasTheDocumentedFields() throws {
        let result = try CLI.run(["entities", "--json", "--db", Self.db])
        let entities = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let armenia = try #require(entities.first { $0["name"] as? String == "Armenia" })
        #expect(armenia["kind"] as? String == "state" && armenia["iso3"] as? String == "ARM" && armenia["wikidata"] as? String == "Q399")
        #expect((armenia["names"] as? [String: String]) == ["en": "Armenia", "fr": "Arménie"])
        #expect((armenia["mentions"] as? Int ?? 0) >= 15)
        #expect(armenia["id"] is Int)
        let csto = try #require(entities.first { $0["name"] as? String == "Collective Security Treaty Organization" })
        #expect(csto["acronym"] as? String == "CSTO")
    }

    @Test func showResolvesAnyNameAndListsAliasesPagesAndNeighbors() throws {
        for name in ["Erevan", "armenia", "ARM", "Arménie", "arménienne"] {
            let result = try CLI.run(["show", name, "--json", "--db", Self.db])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(object["name"] as? String == "Armenia", "\(name)")
        }
        let result = try CLI.run(["show", "Arménie", "--json", "--db", Self.db])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for field in ["id", "kind", "name", "names", "aliases", "mentions", "pages"] { #expect(object[field] != nil, "\(field)") }
        let aliases = (object["aliases"] as? [[String: String]] ?? []).map { $0["alias"] ?? "" }
        #expect(Set(aliases).isSuperset(of: ["Arménie", "Armenia", "Erevan", "arménienne"]))
        let pages = (object["pages"] as? [[String: Any]] ?? []).compactMap { $0["page"] as? Int }
        #expect(pages.contains(8))
        let neighbors = (object["mentionedWith"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(neighbors.prefix(2).contains("Azerbaijan"))
    }

    /// The report's « Biélorussie » is the entity's French name; ISO's French form is kept beside it.
    @Test func showGivesTheISOFrenchName() throws {
        let result = try CLI.run(["show", "Bélarus", "--json", "--db", Self.db])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["names"] as? [String: String])?["fr"] == "Biélorussie")
        #expect((object["identifiers"] as? [String: String])?["iso_name_fr"] == "Bélarus")
    }

    @Test func ambiguousNameListsCandidatesAndExitsTwo() throws {
        let result = try CLI.run(["show", "congolais", "--db", Self.db])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'congolais' names several entities:") && result.stderr.contains("(COD)") && result.stderr.contains("(COG)"))
    }

    @Test func unknownNameSuggestsTheClosest() throws {
        let result = try CLI.run(["relations", "Armenai", "--db", Self.db])
        #expect(result.status == 1)
        #expect(result.stderr == "kb: no entity named 'Armenai'; did you mean Armenia?\n")
    }
}
