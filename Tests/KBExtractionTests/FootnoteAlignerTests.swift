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
}
