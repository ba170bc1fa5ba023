import Foundation
import Testing

/// `kb assertions` and `kb sources` through the built binary.
@Suite struct AssertionsCommandTests {
    static var db: String { RelationsCommandTests.db }

    func json(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try CLI.run(arguments + ["--json", "--db", Self.db])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test func assertionsHaveTheDocumentedShape() throws {
        let assertions = try json(["assertions", "--entity", "Arménie"])
        for field in ["id", "subject", "predicate", "object", "date", "polarity", "modality", "quote", "page", "sources"] {
            #expect(assertions.allSatisfy { $0.keys.contains(field) }, "\(field)")
        }
        #expect(!assertions.contains { $0["predicate"] as? String == "co_mention" })
        let left = try #require(assertions.first { $0["predicate"] as? String == "left" })
        #expect(left["subject"] as? String == "Armenia" && left["object"] as? String == "Collective Security Treaty Organization")
        #expect(left["polarity"] as? String == "negated" && left["page"] as? Int == 12)
        #expect((left["quote"] as? String)?.hasPrefix("L’Arménie n’a pas quitté l’OTSC") == true)
        let visit = try #require(assertions.first { $0["predicate"] as? String == "visits" })
        #expect(visit["subject"] as? String == "Nancy Pelosi" && visit["object"] as? String == "Armenia")
        let conflicts = try json(["assertions", "--entity", "Armenia", "--predicate", "armed conflict with"])
        #expect(conflicts.contains { [$0["subject"] as? String, $0["object"] as? String].contains("Azerbaijan") })
        #expect(conflicts.allSatisfy { $0["predicate"] as? String == "armed_conflict_with" })
    }

    @Test func sourcesListEveryFootnoteAlignedOrNot() throws {
        let sources = try json(["sources"])
        #expect(sources.count == 135)
        for field in ["url", "domain", "page", "ordinal", "sentence", "score", "confidence"] {
            #expect(sources.allSatisfy { $0.keys.contains(field) }, "\(field)")
        }
        #expect(sources.contains { $0["sentence"] is NSNull && $0["score"] is NSNull && $0["confidence"] is NSNull })
        // Every aligned footnote carries its confidence, at least the threshold and at most 1.
        #expect(sources.filter { $0["sentence"] is String }.allSatisfy { ($0["confidence"] as? Double).map { $0 >= 0.2 && $0 <= 1 } == true })
        let gazprom = try #require(sources.first { ($0["url"] as? String)?.contains("gazprom-menace-de-reduire") == true })
        #expect(gazprom["page"] as? Int == 5 && gazprom["domain"] as? String == "lemonde.fr")
        let armenia = try json(["sources", "--entity", "Armenia"])
        #expect(armenia.count < sources.count && armenia.allSatisfy { $0["sentence"] is String })
        // The mediation sentence names Armenia (« entre Erevan et Bakou ») and is backed by Anadolu.
        #expect(armenia.contains { ($0["url"] as? String)?.hasPrefix("https://www.aa.com.tr/fr/monde/") == true && $0["page"] as? Int == 7 })
    }
}
