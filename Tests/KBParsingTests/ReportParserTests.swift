import Testing
import KBParsing

/// The parser on the bundled report: pages, page-header noise, footnotes, metadata.
@Suite struct ReportParserTests {
    let report = ReportFixture.report

    @Test func findsTheThirteenPagesWhereTheyStart() {
        #expect(report.pages.map(\.number) == Array(1...13))
        // Lines where each page starts in the text file: after a URL block, after the page-header
        // block (page 5) or at a one-space-indented line following content directly (pages 2, 12, 13).
        #expect(report.pages.map(\.firstLine) == [1, 62, 176, 300, 445, 564, 686, 790, 910, 1026, 1140, 1237, 1335])
    }

    @Test func pageHeaderNumbersThePageThatFollowsIt() {
        let page5 = report.pages[4]
        #expect(page5.number == 5)
        let firstWords = String(report.text.unicodeScalars.dropFirst(page5.start).prefix(17))
        #expect(firstWords == "les hydrocarbures")
    }

    @Test func readsTheMetadataFromThePageHeader() {
        #expect(report.metadata == ReportMetadata(
            title: "Recompositions géopolitiques dans l’espace post-soviétique : « l’étranger proche » à l’épreuve de la guerre en Ukraine",
            publisher: "Réseau d’analyse stratégique", issue: "22", date: "2023-02", language: "fr"))
    }

    @Test func pageHeaderNeverBecomesASentence() {
        for noise in ["Month 2021", "Issue #", "Numéro 22", "ras-nsa.ca", "Queen's University", "Sutherland", "613.533", "http"] {
            #expect(!report.sentences.contains { $0.text.contains(noise) }, "\(noise)")
        }
        #expect(!report.sentences.contains { $0.text == "5." })
    }

    @Test func footnotesCollapseSplitLinksAndKeepTheirOrdinalOnThePage() {
        // 165 URL lines in 9 blocks, at the foot of pages 2 to 10.
        #expect(report.footnotes.reduce(0) { $0 + $1.lineCount } == 165)
        #expect(Set(report.footnotes.map(\.page)) == Set(2...10))
        #expect(report.footnotes.count == 135)
        let first = report.footnotes[0]
        #expect(first.page == 2 && first.ordinal == 1 && first.lineCount == 2 && first.line == 159)
        #expect(first.url == "https://ici.radio-canada.ca/nouvelle/1921596/guerre-ukraine-poutine-annexion-donetsk-lougansk")
        // Three identical lines are one footnote.
        let cairn = report.footnotes.first { $0.page == 3 }!
        #expect(cairn.url == "https://www.cairn.info/revue-defense-nationale-2017-7-page-7.htm" && cairn.lineCount == 3)
        let lastOfPage4 = report.footnotes.last { $0.page == 4 }!
        #expect(lastOfPage4.ordinal == 17)
        #expect(lastOfPage4.url == "https://www.rtbf.be/article/guerre-en-ukraine-le-parlement-lituanien-interdit-l-importation-de-gaz-russe-11021321")
        // Ordinals run 1…n on every page.
        for page in 2...10 {
            let ordinals = report.footnotes.filter { $0.page == page }.map(\.ordinal)
            #expect(ordinals == Array(1...ordinals.count))
        }
    }

    @Test func crlfParsesExactlyLikeLF() throws {
        let crlf = ReportFixture.text.replacingOccurrences(of: "\n", with: "\r\n")
        let parsed = try ReportParser(lexicon: ReportFixture.lexicon).parse(crlf)
        #expect(parsed.sentences == report.sentences)
        #expect(parsed.footnotes == report.footnotes)
        #expect(parsed.pages == report.pages)
    }

    @Test func offsetsPointAtTheSentenceInTheText() {
        let scalars = Array(report.text.unicodeScalars)
        for sentence in report.sentences {
            let first = String(String.UnicodeScalarView(scalars[sentence.start..<sentence.start + 1]))
            let last = String(String.UnicodeScalarView(scalars[sentence.end - 1..<sentence.end]))
            #expect(sentence.text.hasPrefix(first) && sentence.text.hasSuffix(last))
        }
    }

    @Test func aTextWithoutRunningTextIsRefused() {
        #expect(throws: ReportParseError.noText) { try ReportParser(lexicon: ReportFixture.lexicon).parse("\n \nhttps://example.org/a\n") }
    }

    @Test func aTextWithoutLayoutIsOnePage() throws {
        let parsed = try ReportParser(lexicon: ReportFixture.lexicon).parse("L’Arménie n’a pas quitté l’OTSC. Le Kremlin se tait.")
        #expect(parsed.pages.count == 1)
        #expect(parsed.sentences.map(\.text) == ["L’Arménie n’a pas quitté l’OTSC.", "Le Kremlin se tait."])
        #expect(parsed.metadata.language == "fr")
    }
}

extension ReportParserTests {
    /// One sentence is enough to tell its language from its short function words (`stopwords.tsv`).
    @Test func oneSentenceTellsItsLanguage() throws {
        let parser = ReportParser(lexicon: ReportFixture.lexicon)
        #expect(try parser.parse("Dispatch\n\nBelarus could face Western sanctions if it sends troops into Ukraine.\n").metadata.language == "en")
        #expect(try parser.parse("Dépêche\n\nIl a dit ce qu’il pense de la Russie.\n").metadata.language == "fr")
    }
}
