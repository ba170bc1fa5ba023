import Testing
import KBParsing
import KBExtraction

/// Texts kb has never met — news articles in English and French on the report's events — read with the
/// same rules: what generalizes beyond the report's sentences.
@Suite struct ArticleTests {
    let gazetteer = ExtractionFixture.extractor.gazetteer

    func extract(_ text: String) throws -> (report: ParsedReport, extraction: DocumentExtraction) {
        let report = try ReportParser(lexicon: ExtractionFixture.lexicon).parse(text)
        return (report, ExtractionFixture.extractor.extract(report))
    }

    /// `subject predicate object polarity` of the typed assertions of `text`.
    func assertions(_ text: String) throws -> [String] {
        try extract(text).extraction.assertions.filter { $0.kind == .extracted }.map { a in
            "\(gazetteer.entities[a.subject].key) \(a.predicate) \(a.object.map { gazetteer.entities[$0].key } ?? "-") \(a.polarity.rawValue)"
        }
    }

    /// `type: participant:role …` of the events of `text`.
    func events(_ text: String) throws -> [String] {
        try extract(text).extraction.events.map { e in
            "\(e.type): " + e.participants.map { "\(gazetteer.entities[$0.entity].key):\($0.role.rawValue)" }.joined(separator: " ")
        }
    }

    @Test func coordinatedVerbsShareTheirSubject() throws {
        // Yerevan is what Pelosi visited, not who condemned.
        let english = try assertions("Nancy Pelosi visited Yerevan and condemned the attacks by Azerbaijan.\n")
        #expect(english.contains { $0.hasPrefix("person:nancy-pelosi condemns") })
        #expect(!english.contains { $0.hasPrefix("ARM condemns") })
        let french = try assertions("Le Kazakhstan a quitté la CEI et a rejoint l’OTAN.\n")
        #expect(french.contains("KAZ left org:CIS positive"))
        #expect(!french.contains { $0.hasPrefix("org:CIS") })
    }

    @Test func aDateBetweenARefusalAndItsVerbKeepsTheRefusal() throws {
        let found = try assertions("Le président kazakh a refusé le 17 juin 2022 de reconnaître l’annexion de la Crimée par la Russie.\n")
        #expect(!found.contains { $0.contains(" recognizes ") && $0.hasSuffix(" positive") })
    }

    @Test func theSubjectOfAnotherVerbIsNoPartyToTheFighting() throws {
        let found = try events("The United States and the European Union urged an end to the fighting.\n")
        #expect(!found.contains { $0.hasPrefix("armed_clash") })
        // Named as parties, they are: « entre Bakou et Erevan ».
        let named = try events("Les affrontements survenus en septembre 2022 entre Bakou et Erevan ont fait 200 morts.\n")
        #expect(named.contains { $0.hasPrefix("armed_clash") && $0.contains("ARM:party") && $0.contains("AZE:party") })
    }
}
