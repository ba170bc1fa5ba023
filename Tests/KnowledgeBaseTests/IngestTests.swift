import Foundation
import GRDB
import Testing
import KnowledgeBase

/// Ingesting the bundled report: what lands in each table.
@Suite struct IngestTests {
    let kb = Fixture.shared.kb

    @Test func summaryCountsTheReport() {
        let r = Fixture.shared.result
        #expect(r.status == .ingested)
        #expect(r.pages == 13 && r.sentences == 262 && r.footnotes == 135)
        #expect(r.entities >= 30 && r.mentions >= 500)
    }

    @Test func storesTheDocumentMetadata() throws {
        let row = try #require(try kb.writer.read { db in try Row.fetchOne(db, sql: "SELECT title, publisher, issue, date, language, file_name, page_count FROM documents") })
        #expect(row["title"] as String? == "Recompositions géopolitiques dans l’espace post-soviétique : « l’étranger proche » à l’épreuve de la guerre en Ukraine")
        #expect(row["publisher"] as String? == "Réseau d’analyse stratégique")
        #expect(row["issue"] as String? == "22")
        #expect(row["date"] as String? == "2023-02")
        #expect(row["language"] as String? == "fr")
        #expect(row["file_name"] as String? == "ras-nsa-22-2023-02-recompositions-post-sovietiques.txt")
        #expect(row["page_count"] as Int? == 13)
    }

    @Test func knownSentenceIsOnItsPageAndSection() throws {
        let row = try #require(try kb.writer.read { db in try Row.fetchOne(db, sql: """
            SELECT p.page, s.title, substr(d.text, p.start_char + 1, 28) AS raw FROM passages p
            JOIN sections s ON s.id = p.section_id JOIN documents d ON d.id = p.document_id
            WHERE p.text LIKE 'Le meilleur allié de Moscou ne cesse ainsi de s’émanciper%'
            """) })
        #expect(row["page"] as Int? == 6)
        #expect(row["title"] as String? == "La Russie confrontée à un climat de méfiance en Asie centrale")
        // Offsets point into the stored text.
        #expect(row["raw"] as String? == "Le meilleur allié de Moscou ")
    }

    @Test func knownURLIsOnItsPage() throws {
        let row = try #require(try kb.writer.read { db in try Row.fetchOne(db, sql: """
            SELECT f.page, f.ordinal, s.domain FROM footnotes f JOIN sources s ON s.id = f.source_id
            WHERE s.url = 'https://www.rtbf.be/article/guerre-en-ukraine-le-parlement-lituanien-interdit-l-importation-de-gaz-russe-11021321'
            """) })
        #expect(row["page"] as Int? == 4)
        #expect(row["ordinal"] as Int? == 17)
        #expect(row["domain"] as String? == "rtbf.be")
        #expect(try Fixture.int("SELECT sum(line_count) FROM footnotes") == 165)
        #expect(try Fixture.int("SELECT count(DISTINCT page) FROM footnotes") == 9)
    }

    @Test func sectionsAndPages() throws {
        #expect(try Fixture.int("SELECT count(*) FROM pages") == 13)
        #expect(try Fixture.int("SELECT count(*) FROM sections WHERE title IS NOT NULL") == 13)
        #expect(try Fixture.string("SELECT title FROM sections WHERE ordinal = 13") == "Conclusion")
        #expect(try Fixture.int("SELECT count(*) FROM passages p JOIN sections s ON s.id = p.section_id WHERE s.ordinal = 0") == 16)
    }

    @Test func mentionsLinkFrenchNamesCapitalsDemonymsAndMetonyms() throws {
        let armenia: [String] = try kb.writer.read { db in try String.fetchAll(db, sql: """
            SELECT DISTINCT m.surface FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.key = 'ARM' ORDER BY 1
            """) }
        #expect(Set(armenia).isSuperset(of: ["Arménie", "Erevan", "arménien"]))
        #expect(try Fixture.int("SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.key = 'RUS' AND m.surface = 'Kremlin'") >= 10)
        #expect(try Fixture.int("SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.key = 'org:CSTO' AND m.surface = 'OTSC'") >= 10)
        // Mention offsets point into the passage.
        #expect(try Fixture.int("SELECT count(*) FROM mentions m JOIN passages p ON p.id = m.passage_id WHERE substr(p.text, m.start_char + 1, m.end_char - m.start_char) <> m.surface") == 0)
    }

    @Test func coMentionsAreSourcedToTheReportPage() throws {
        // Every assertion is stated in the report at its passage's page.
        #expect(try Fixture.int("""
            SELECT count(*) FROM assertions a JOIN passages p ON p.id = a.passage_id
            WHERE NOT EXISTS (SELECT 1 FROM assertion_sources s WHERE s.assertion_id = a.id AND s.kind = 'report' AND s.page = p.page)
            """) == 0)
        // Typed assertions carry their trigger; co-mentions none.
        #expect(try Fixture.int("SELECT count(*) FROM assertions WHERE (kind = 'extracted') <> (trigger IS NOT NULL)") == 0)
        #expect(try Fixture.string("SELECT label_fr FROM predicates WHERE key = 'armed_conflict_with'") == "en conflit armé avec")
    }

    @Test func reingestingChangesNothingAndReplaceReextracts() throws {
        let kb = try KnowledgeBase.open(path: Fixture.temporaryPath(), resources: Fixture.resources)
        let first = try kb.ingest(files: [Fixture.report])[0]
        let counts = try Fixture.rowCounts(kb)
        let again = try kb.ingest(files: [Fixture.report])[0]
        #expect(again.status == .unchanged && again.documentID == first.documentID)
        #expect(try Fixture.rowCounts(kb) == counts)
        let replaced = try kb.ingest(files: [Fixture.report], options: IngestOptions(replace: true))[0]
        #expect(replaced.status == .replaced)
        #expect(try Fixture.rowCounts(kb) == counts)
        // Extracted with other data (a lexicon edited since): the next ingest extracts it again.
        try kb.writer.write { db in try db.execute(sql: "UPDATE documents SET extraction_hash = 'older data'") }
        let updated = try kb.ingest(files: [Fixture.report])[0]
        #expect(updated.status == .reextracted)
        #expect(try Fixture.rowCounts(kb) == counts)
        #expect(try Fixture.string("SELECT extraction_hash FROM documents", in: kb)?.count == 64)
    }

    /// Dates and events land in their tables, traced to their sentences.
    @Test func storesDatesAndEvents() throws {
        #expect(try Fixture.int("SELECT count(*) FROM dates WHERE edtf = '2022-10-12' AND surface = '12 octobre 2022'") == 1)
        #expect(try Fixture.string("SELECT resolution FROM dates WHERE surface = 'octobre dernier'") == "last month 10 from document date 2023-02")
        #expect(try Fixture.int("""
            SELECT count(*) FROM events e JOIN event_participants p ON p.event_id = e.id JOIN entities x ON x.id = p.entity_id
            JOIN entities pl ON pl.id = e.place_id JOIN dates d ON d.id = e.date_id
            WHERE e.type = 'summit_or_meeting' AND e.date = '2022-10-12' AND e.start_date = '2022-10-12' AND e.cameo = '04'
              AND pl.name = 'Astana' AND x.name = 'Kazakhstan' AND p.role = 'host' AND d.surface = '12 octobre 2022'
            """) == 1)
        #expect(try Fixture.int("""
            SELECT count(DISTINCT v.passage_id) FROM events e JOIN event_evidence v ON v.event_id = e.id
            WHERE e.type = 'invasion' AND e.date = '2022-02-24'
            """) >= 5)
        #expect(try Fixture.string("SELECT label_fr FROM event_types WHERE type = 'armed_clash'") == "affrontements armés")
        // Every event is on a sentence, never a page header or a URL.
        #expect(try Fixture.int("SELECT count(*) FROM events WHERE passage_id IS NULL") == 0)
        #expect(try Fixture.int("SELECT count(*) FROM event_evidence v JOIN passages p ON p.id = v.passage_id WHERE p.text LIKE '%http%'") == 0)
    }

    @Test func metadataOptionsOverrideTheHeader() throws {
        let kb = try KnowledgeBase.inMemory(resources: Fixture.resources)
        _ = try kb.ingest(text: "La Géorgie a condamné l’invasion de l’Ukraine.", fileName: "note.txt",
                          options: IngestOptions(title: "Note", date: "2022-03", publisher: "RAS-NSA", url: "https://ras-nsa.ca/note"))
        let row = try #require(try kb.writer.read { db in try Row.fetchOne(db, sql: "SELECT title, date, publisher, url, page_count FROM documents") })
        #expect(row["title"] as String? == "Note")
        #expect(row["date"] as String? == "2022-03")
        #expect(row["publisher"] as String? == "RAS-NSA")
        #expect(row["url"] as String? == "https://ras-nsa.ca/note")
        #expect(row["page_count"] as Int? == 1)
        #expect(throws: KnowledgeBaseError.invalidDate("March 2022")) {
            try kb.ingest(files: [Fixture.report], options: IngestOptions(date: "March 2022"))
        }
    }
}

/// The views users query instead of joining ids.
@Suite struct ViewTests {
    @Test func relationsEventsAndMentionsReadWithNames() throws {
        #expect(try Fixture.int("""
            SELECT count(*) FROM relations WHERE subject = 'Armenia' AND predicate = 'left'
              AND object = 'Collective Security Treaty Organization' AND polarity = 'negated' AND page = 12
              AND quote LIKE 'L’Arménie n’a pas quitté l’OTSC%'
            """) == 1)
        #expect(try Fixture.string("""
            SELECT participants FROM event_summaries WHERE type = 'summit_or_meeting' AND date = '2022-10-12'
            """)?.contains("Kazakhstan (host)") == true)
        #expect(try Fixture.string("SELECT place FROM event_summaries WHERE type = 'summit_or_meeting' AND date = '2022-10-12'") == "Astana")
        #expect(try Fixture.int("SELECT count(*) FROM entity_mentions WHERE entity = 'Armenia' AND surface = 'Erevan'") >= 1)
        // The sources of a sentence are its aligned footnotes' URLs.
        #expect(try Fixture.string("SELECT sources FROM relations WHERE subject = 'Charles Michel' AND predicate = 'mediates between' LIMIT 1")?
            .hasPrefix("https://www.aa.com.tr/") == true)
    }
}
