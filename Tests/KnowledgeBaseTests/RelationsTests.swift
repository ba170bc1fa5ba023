import Testing
import KnowledgeBase

/// `relations(of:)` on the bundled report.
@Suite struct RelationsTests {
    let kb = Fixture.shared.kb

    @Test func armeniaHasAzerbaijanAndRussiaWithQuotesAndPages() throws {
        let result = try kb.relations(of: "Armenia")
        #expect(result.entity == RelationsResult.Entity(name: "Armenia", kind: "state"))
        let azerbaijan = try #require(result.relations.first { $0.counterpart.name == "Azerbaijan" })
        #expect(azerbaijan.support >= 8)
        #expect(azerbaijan.quote.contains("Arm") && (azerbaijan.quote.contains("Azerbaïdjan") || azerbaijan.quote.contains("Bakou") || azerbaijan.quote.contains("azerbaïdjanais")))
        #expect((2...13).contains(azerbaijan.page))
        let russia = try #require(result.relations.first { $0.counterpart.name == "Russia" })
        #expect(russia.support >= 5)
        // Most supported first.
        #expect(result.relations.map(\.support) == result.relations.map(\.support).sorted(by: >))
    }

    @Test func frenchNamesCapitalsAndKeysFindTheSameEntity() throws {
        for name in ["Armenia", "Arménie", "armenie", "Erevan", "ARM", "l’Arménie"] {
            #expect(try kb.entity(named: name).key == "ARM", "\(name)")
        }
        #expect(try kb.entity(named: "le Kremlin").key == "RUS")
        #expect(try kb.entity(named: "OTSC").key == "org:CSTO")
    }

    @Test func quotesCarryTheirFootnoteURLs() throws {
        let sourced = try kb.relations(of: "Kazakhstan").relations.filter { !$0.sources.isEmpty }
        #expect(!sourced.isEmpty)
        #expect(sourced.allSatisfy { $0.sources.allSatisfy { $0.hasPrefix("http") } })
    }

    @Test func unknownNameIsAnError() {
        #expect(throws: KnowledgeBaseError.unknownEntity(name: "Atlantis", suggestions: [])) { try kb.relations(of: "Atlantis") }
        #expect(throws: KnowledgeBaseError.unknownEntity(name: "Armenia'; DROP TABLE states; --", suggestions: [])) {
            try kb.relations(of: "Armenia'; DROP TABLE states; --")
        }
    }
}
