import Testing
import KBParsing
import KBExtraction

/// Footnotes aligned, in order, to the sentences of their page.
@Suite struct FootnoteAlignerTests {
    let report = ExtractionFixture.report
    let alignments = ExtractionFixture.extraction.alignments

    func alignedSentence(page: Int, ordinal: Int) -> String? {
        guard let i = report.footnotes.firstIndex(where: { $0.page == page && $0.ordinal == ordinal }),
              let a = alignments[i] else { return nil }
        return report.sentences[a.sentence].text
    }

    @Test func urlsWithTheSentencesWordsAlignToIt() {
        // « …le-parlement-lituanien-interdit-l-importation-de-gaz-russe… » backs the Lithuanian ban.
        #expect(alignedSentence(page: 4, ordinal: 17)?.hasPrefix("En allant encore plus loin que ses pays voisins, la Lituanie") == true)
        // « …gazprom-menace-de-reduire-ses-livraisons-de-gaz-a-la-moldavie… »
        #expect(alignedSentence(page: 5, ordinal: 6)?.contains("Gazprom a menacé Chisinau") == true)
        // « …le-kazakhstan-cherche-a-contourner-la-russie-pour-l-exportation-de-son-petrole »
        #expect(alignedSentence(page: 6, ordinal: 6)?.contains("contournement de la principale route d’exportation de son pétrole") == true)
    }

    @Test func entitiesCountHoweverTheyAreNamed() {
        // « l'azerbaidjan-est-le-meilleur-allie-de-l'ukraine » with its apostrophes dropped, against
        // « …s’aliéner l’Azerbaïdjan qui se trouve être … un allié de Kyiv »: the glued elisions come off
        // (`lazerbaidjan`, `lukraine`) and Kyiv names Ukraine.
        #expect(alignedSentence(page: 8, ordinal: 6)?.contains("un allié de Kyiv et le protégé de la Turquie") == true)
        // An English slug on a French sentence: « russia-troops-tajik-base-redeployed-ukraine ».
        #expect(alignedSentence(page: 8, ordinal: 15)?.hasPrefix("Cette perte de vitesse dans la sous-région s’illustre également par le redéploiement") == true)
    }

    /// A URL word that names both a state and a city counts as both: `…-vont-evoquer-a-astana-…` is Kazakhstan
    /// (its capital standing for it) and the city of « À Astana en octobre dernier ».
    @Test func aURLNameCountsInEveryReading() {
        let aligner = ExtractionFixture.extractor.aligner
        let evidence = aligner.urlEvidence("https://www.courrierinternational.com/article/vu-de-russie-poutine-et-erdogan-vont-evoquer-a-astana-une-grande-concertation",
                                           report: report, matcher: ExtractionFixture.extractor.matcher)
        #expect(evidence.entities.isSuperset(of: ["KAZ", "place:astana"]))
        #expect(alignedSentence(page: 10, ordinal: 4)?.hasPrefix("À Astana en octobre dernier") == true)
    }

    @Test func cliticsComeOffOnlyWhereTheRestIsAWordOfTheDocument() {
        let aligner = ExtractionFixture.extractor.aligner
        let words = aligner.urlEvidence("https://www.example.org/lazerbaidjan-et-larmenie-russias-monde", report: report,
                                        matcher: ExtractionFixture.extractor.matcher)
        #expect(words.entities.isSuperset(of: ["AZE", "ARM", "RUS"]))
        // « monde » is no « m’onde »: no clitic of the lexicon comes off it.
        #expect(!words.words.contains("onde"))
    }

    @Test func theOrderPlacesAFootnoteItsURLSaysNothingAbout() {
        let aligner = ExtractionFixture.extractor.aligner
        // Footnote 2 says nothing, but footnotes 1 and 3 are sure of sentences 0 and 2: the order leaves it sentence 1.
        let p = aligner.posterior(scores: [[8, 0, 0], [0, 0, 0], [0, 0, 8]], odds: [1, 1, 1])
        #expect(aligner.bestExpectedAlignment(p) == [0, 1, 2])
        #expect(p[1][1] > 0.9)
        // With a sentence more between them, either may be its: too unsure to align (below the threshold).
        let q = aligner.posterior(scores: [[8, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 8]], odds: [1, 1, 1, 1])
        #expect(q[1][1] < 0.6 && q[1][2] < 0.6 && abs(q[1][1] - q[1][2]) < 0.01)
        // Every row is a probability distribution.
        for row in p + q { #expect(abs(row.reduce(0, +) - 1) < 1e-9) }
    }

    @Test func confidenceIsTheAlignmentsProbability() {
        let aligned = alignments.compactMap { $0 }
        #expect(aligned.allSatisfy { $0.confidence >= ExtractionFixture.extractor.aligner.threshold && $0.confidence <= 1 })
        // The Gazprom footnote shares many rare words with its sentence: kb is sure of it.
        let i = try! #require(report.footnotes.firstIndex { $0.url.contains("gazprom-menace-de-reduire") })
        #expect((alignments[i]?.confidence ?? 0) > 0.95)
        // Some footnotes stay unaligned rather than guessed.
        #expect(alignments.contains { $0 == nil })
    }

    @Test func alignmentsKeepTheFootnotesOrder() {
        for page in Set(report.footnotes.map(\.page)) {
            let sentences = report.footnotes.indices.filter { report.footnotes[$0].page == page }.compactMap { alignments[$0]?.sentence }
            #expect(sentences == sentences.sorted(), "page \(page)")
        }
    }

    @Test func urlWordsComeFromThePathNotTheHost() {
        let aligner = ExtractionFixture.extractor.aligner
        #expect(aligner.urlWords("https://desk-russie.eu/2022/04/16/defederaliser-la-russie.html") == ["defederaliser", "russie"])
        #expect(aligner.urlWords("https://www.rfi.fr/fr/europe/20221031-haut-karabagh-la-russie-en-m%C3%A9diateur-du-conflit").isSuperset(of: ["karabagh", "mediateur", "conflit"]))
    }

    /// A number of three or four digits is evidence, a year is not: the Forbes article on the « 700 000 »
    /// who left Russia after 21 September backs the sentence on the exodus of « environ 700 000 Russes »,
    /// while a URL filed under `/2022/10/05/` says nothing of a sentence on « septembre 2022 ».
    @Test func aNumberTellsAYearDoesNot() {
        let aligner = ExtractionFixture.extractor.aligner
        #expect(aligner.urlWords("https://www.forbes.ru/society/478827-rossiu-posle-21-sentabra-pokinuli-okolo-700-000-grazdan").isSuperset(of: ["700", "000"]))
        #expect(!aligner.urlWords("https://www.forbes.ru/society/478827-rossiu-posle-21-sentabra-pokinuli-okolo-700-000-grazdan").contains("478827"))
        #expect(aligner.urlWords("https://legrandcontinent.eu/fr/2022/10/05/la-banalisation-de-la-violence-entre-etats/") == ["banalisation", "violence", "entre", "etats"])
        #expect(alignedSentence(page: 2, ordinal: 6)?.contains("un exode d’environ 700 000 Russes") == true)
        // The two articles on the exodus after the mobilization back the same sentence.
        #expect(alignedSentence(page: 2, ordinal: 7)?.contains("un exode d’environ 700 000 Russes") == true)
    }

    /// A URL that shares no word with any sentence (`nato.int/…/news_193089.htm`) is placed by the order
    /// alone when the footnotes around it leave it few sentences: on page 9, between the article on Ankara's
    /// rapprochement with Washington and the one on Turkey as the war's arbiter, it backs Turkey's
    /// commitment to NATO's collective security.
    @Test func aWordlessURLTakesTheSentenceTheOrderLeavesIt() {
        #expect(alignedSentence(page: 9, ordinal: 7)?.hasPrefix("Son engagement envers la sécurité collective") == true)
    }

    /// A word matches another sharing a prefix only when the prefix is half the longer word at least: a
    /// journalist's name in a tweet's URL (`twitter.com/peter__leonard/…`) is no « Saint-Pétersbourg ».
    @Test func aShortWordIsNoPrefixOfALongOne() {
        #expect(alignedSentence(page: 6, ordinal: 8)?.contains("Saint-Pétersbourg") != true)
    }
}

extension FootnoteAlignerTests {
    /// Page 6: the RFI article of 1 October 2022 on the former Soviet republics worried « après l’annexion » backs
    /// Uzbekistan's condemnation of the annexation; its date is no date of the annexation (the URL tells of what
    /// came after it), while the Gazprom live blog of 22 November 2022 dates the threat its sentence tells.
    @Test func aURLWrittenAfterAnEventDatesNoneOfIt() throws {
        let i = try #require(report.footnotes.firstIndex { $0.url.contains("20221001-les-ex-r") })
        let sentence = try #require(alignments[i]).sentence
        #expect(report.sentences[sentence].text.hasPrefix("L’Ouzbékistan n’a pas hésité à ouvertement condamner l’annexion"))
        let events = ExtractionFixture.extraction.events
        let annexation = try #require(events.first { $0.type == "annexation" && $0.mentions.contains { $0.sentence == sentence } })
        #expect(annexation.dateBasis != .footnote, "\(String(describing: annexation.date))")
        #expect(events.contains { $0.dateBasis == .footnote && $0.date?.edtf == "2022-11-22~" })
    }
}
