import Testing
import KBParsing

/// French sentence segmentation, on the report's sentences and on the cases it must not break.
@Suite struct SentenceSegmenterTests {
    let segmenter = SentenceSegmenter(abbreviations: ReportFixture.lexicon.abbreviations)

    @Test func reportHasItsSentences() {
        #expect(ReportFixture.report.sentences.count == 262)
    }

    @Test func numbersPercentsAndApostrophesDoNotSplit() {
        let s = ReportFixture.sentence(containing: "environ 9 000 soldats")
        #expect(s?.text == "Les deux dictateurs se sont accordés sur la création d’un « groupe d’armées commun régional » composé d’environ 9 000 soldats.")
        #expect(ReportFixture.sentence(containing: "récupérer 63% du territoire envahi par l’armée russe depuis le 24 février 2022.") != nil)
    }

    @Test func questionMarkWithFrenchSpacingEndsASentence() {
        let sentences = ReportFixture.report.sentences.map(\.text)
        #expect(sentences.contains("L’ambivalence stratégique dont elle fait preuve permettra-t-elle à Ankara de devenir un carrefour diplomatique ?"))
        #expect(sentences.contains("Elle semble en bonne voie puisqu’elle constitue le seul acteur qui parvient à dialoguer avec l’ensemble des parties belligérantes."))
    }

    @Test func closingGuillemetFollowsItsSentence() {
        let sentences = ReportFixture.report.sentences.map(\.text)
        #expect(sentences.contains("« Aujourd’hui, non seulement son hard power voit ses limites, mais son soft power est désormais en déclin »."))
        #expect(sentences.contains { $0.hasSuffix("qu’à assurer leur sécurité ».") })
    }

    @Test func etcFollowedByLowercaseDoesNotSplit() {
        #expect(ReportFixture.sentence(containing: "drones, etc.) et en profondeur tandis que la Russie") != nil)
    }

    @Test func abbreviationsInitialsAndQuotations() {
        #expect(segmenter.sentences("M. Michel est arrivé. Il repart.") == ["M. Michel est arrivé.", "Il repart."])
        #expect(segmenter.sentences("Selon J. Borrell, l’UE agit. Bien.") == ["Selon J. Borrell, l’UE agit.", "Bien."])
        #expect(segmenter.sentences("Il a dit « Non. Jamais. » puis il est parti. Fin.") == ["Il a dit « Non. Jamais. » puis il est parti.", "Fin."])
        #expect(segmenter.sentences("Est-ce la fin ? Non ! Pas encore… Voilà.") == ["Est-ce la fin ?", "Non !", "Pas encore…", "Voilà."])
        #expect(segmenter.sentences("Le taux est de 1.5 point. Ensuite") == ["Le taux est de 1.5 point.", "Ensuite"])
    }
}

