import Testing
import KBParsing

/// Paragraphs, summary bullets, sentences cut by page breaks, and section headings.
@Suite struct ParagraphTests {
    let report = ReportFixture.report

    @Test(arguments: [
        // (start of the sentence, a words after the page break, page where the sentence starts)
        ("Ce concept développé pour protéger", "d’une sphère d’intérêt vital composée de tous les États souverains", 2),
        ("Mais la critique à peine voilée", "de Xi Jinping envers son homologue russe", 10),
        ("En allant encore plus loin", "interdire l’importation de tous les hydrocarbures provenant de Russie.", 4),
        ("Tandis que la récente visite", "pays rivaux du Caucase à Washington) atteste", 11),
        ("Si ce n’est pas", "Si ce n’est pas déjà le cas, Moscou court le risque", 12),
    ])
    func sentenceCutByAPageBreakIsRejoinedOnItsFirstPage(start: String, joined: String, page: Int) throws {
        let sentence = try #require(report.sentences.first { $0.text.hasPrefix(start) })
        #expect(sentence.text.contains(joined))
        #expect(sentence.page == page)
    }

    @Test func summaryBulletsAreParagraphsOfTheFrontMatter() {
        let summary = report.sentences.filter { $0.section == 0 }
        #expect(report.sections[0].title == nil)
        // The opening paragraph and four bullet points.
        #expect(Set(summary.map(\.paragraph)) == [0, 1, 2, 3, 4])
        #expect(summary.first { $0.paragraph == 1 }?.text.hasPrefix("L’issue de la guerre en Ukraine") == true)
        #expect(summary.first { $0.paragraph == 4 }?.text.hasPrefix("L’usage de la violence armée") == true)
        #expect(summary.allSatisfy { $0.page == 1 })
    }

    @Test func recognizesTheThirteenHeadings() {
        #expect(report.sections.compactMap(\.title) == [
            "Introduction",
            "Le coût politique de la réhabilitation du projet impérial russe",
            "L’Europe de l’Est prise en étau entre les grandes puissances",
            "Des voix dissonantes s’élèvent au sein de la communauté eurasiatique",
            "La Russie confrontée à un climat de méfiance en Asie centrale",
            "L’image russe du médiateur de paix endommagée par l’embrasement du Caucase et de l’Asie centrale",
            "L’inefficacité de l’alliance militaire portée par le Kremlin pour juguler les conflits internes",
            "L’OTSC une coquille vide ? La passivité du Kremlin face à ses obligations d’assistance",
            "Un vide stratégique convoité par les puissances rivales voisines",
            "Une position d’équilibre fragile, mais néanmoins fructueuse pour la Turquie",
            "Vers un réajustement de la position chinoise dans le conflit russo-ukrainien",
            "L’UE et les États-Unis peuvent-ils faire la différence dans la compétition stratégique qui se joue dans l’espace eurasiatique ?",
            "Conclusion",
        ])
        #expect(report.sections.map(\.page) == [1, 2, 2, 4, 5, 5, 7, 7, 7, 8, 9, 10, 11, 12])
        #expect(!report.sentences.contains { $0.text.hasPrefix("Introduction") || $0.text.hasPrefix("Conclusion") })
    }

    @Test func everySentenceKnowsItsSection() {
        #expect(report.sentences.allSatisfy { report.sections.indices.contains($0.section) })
        let question = ReportFixture.sentence(containing: "Deux après la guerre au Haut-Karabakh")
        #expect(question.map { report.sections[$0.section].title } == "L’OTSC une coquille vide ? La passivité du Kremlin face à ses obligations d’assistance")
        let last = report.sentences.last!
        #expect(report.sections[last.section].title == "Conclusion" && last.page == 13)
        #expect(last.text.hasSuffix("par le biais d’une violence décomplexée."))
    }

    @Test func wrappedLinesAreJoinedAndHyphensKept() {
        #expect(ReportFixture.sentence(containing: "traité d’égal à égal avec les États-Unis et plus largement") != nil)
        #expect(ReportFixture.sentence(containing: "ces États vis-à-vis de Moscou") != nil)
        #expect(ReportFixture.sentence(containing: "pour caractériser le non-alignement de nombreux") != nil)
        #expect(report.sentences.allSatisfy { !$0.text.contains("  ") && !$0.text.contains("\n") })
    }
}

/// A text outside the report's layout (a news article: paragraphs separated by empty lines, no
/// whitespace-only line, no page header, no footnotes).
@Suite struct ArticleLayoutTests {
    let article = """
        Armenia and Azerbaijan agree to ceasefire after border clashes

        YEREVAN - Armenia and Azerbaijan agreed to a ceasefire after two days of fighting along their border.

        Russia called on both sides to show restraint. The European Union urged an end to the fighting.

        """

    @Test func emptyLinesEndParagraphsAndTheHeadlineIsTheTitle() throws {
        let report = try ReportParser(lexicon: ReportFixture.lexicon).parse(article)
        #expect(report.metadata.title == "Armenia and Azerbaijan agree to ceasefire after border clashes")
        #expect(report.pages.count == 1)
        #expect(report.sentences.map(\.text) == [
            "YEREVAN - Armenia and Azerbaijan agreed to a ceasefire after two days of fighting along their border.",
            "Russia called on both sides to show restraint.",
            "The European Union urged an end to the fighting.",
        ])
        #expect(report.sentences.map(\.paragraph) == [0, 1, 1])
        #expect(report.metadata.language == "en")
    }

    @Test func theReportsLayoutKeepsItsWrappedLinesTogether() {
        // The report separates its wrapped lines by empty lines: they stay one paragraph there.
        let sentence = ReportFixture.report.sentences.first { $0.text.hasPrefix("Bien que ces démarches stratégiques") }
        #expect(sentence?.text.hasSuffix("les pays baltes se sont coupés de la Russie.") == true)
        #expect(ReportFixture.report.metadata.title?.hasPrefix("Recompositions géopolitiques") == true)
    }
}

extension ArticleLayoutTests {
    @Test func aDateLineBeforeTheFirstSentenceIsTheArticlesDate() throws {
        let parser = ReportParser(lexicon: ReportFixture.lexicon)
        let french = try parser.parse("Poutine signe l’annexion\n\nPublié le 30 septembre 2022 à 18h32\n\nLe président russe a signé vendredi les traités.\n")
        #expect(french.metadata.date == "2022-09-30")
        #expect(french.sentences.map(\.text) == ["Le président russe a signé vendredi les traités."])
        let english = try parser.parse("Truce\n\nPublished September 15, 2022\n\nArmenia and Azerbaijan agreed on a ceasefire on Wednesday.\n")
        #expect(english.metadata.date == "2022-09-15")
        // A sentence that gives a date is no date line.
        let sentence = try parser.parse("Invasion\n\nLe 24 février 2022, la Russie envahit l’Ukraine.\n")
        #expect(sentence.metadata.date == nil && sentence.sentences.count == 1)
    }
}
