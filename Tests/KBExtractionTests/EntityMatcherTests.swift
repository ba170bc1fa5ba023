import Testing
import KBExtraction

/// Entity mentions in the report's sentences: names after elision, capitals, demonyms, metonyms,
/// acronyms, and the cases that must not match.
@Suite struct EntityMatcherTests {
    @Test func namesAfterElisionCapitalsAndMetonyms() {
        #expect(ExtractionFixture.keys("Quant à l’Arménie, elle s’est logiquement tournée vers ses alliés pour préserver son intégrité territoriale.") == ["ARM"])
        #expect(ExtractionFixture.keys("le conflit qui couve depuis trente ans entre Bakou et Erevan") == ["AZE", "ARM"])
        #expect(ExtractionFixture.keys("la réaction limitée du Kremlin pour enrayer la montée des tensions") == ["RUS"])
        #expect(ExtractionFixture.keys("la création de l’Organisation de sécurité collective (OTSC) en 1992") == ["org:CSTO", "org:CSTO"])
    }

    @Test func theReportsOwnSpellings() {
        #expect(ExtractionFixture.keys("Quant au Kirghizstan, son absence au sommet de la CEI") == ["KGZ", "org:CIS"])
        #expect(ExtractionFixture.keys("entre le Tadjikistan et le Kirghizistan") == ["TJK", "KGZ"])
        #expect(ExtractionFixture.keys("(Biélorussie, Lituanie, Lettonie, Estonie, Moldavie et Ukraine)") == ["BLR", "LTU", "LVA", "EST", "MDA", "UKR"])
        #expect(ExtractionFixture.keys("la tentative ratée de conquête de Kyiv") == ["UKR"])
    }

    @Test func demonymsInAnyCaseNamesOnlyCapitalized() {
        #expect(ExtractionFixture.keys("un exode d’environ 700 000 Russes vers l’étranger") == ["RUS"])
        #expect(ExtractionFixture.keys("le territoire arménien") == ["ARM"])
        #expect(ExtractionFixture.keys("the turkey was roasted in china plates") == [])
        #expect(ExtractionFixture.keys("Turkey and China met") == ["TUR", "CHN"])
    }

    /// « européen(ne)(s) », "European" are the EU's adjectives (« l’embargo européen », « la « mission civile »
    /// européenne »); the longer names of Europe keep countries, actors and markets on the continent.
    @Test func europeanIsTheUnionsAdjectiveAndEuropeanCountriesAreEurope() {
        #expect(ExtractionFixture.keys("depuis l’embargo européen") == ["org:EU"])
        #expect(ExtractionFixture.keys("Dans le Caucase, la « mission civile » européenne envoyée le long de la frontière") == ["region:caucasus", "org:EU"])
        #expect(ExtractionFixture.keys("pour la relier aux marchés européens") == ["region:europe"])
        #expect(ExtractionFixture.keys("les équilibres fragiles entre les acteurs européens et russes") == ["region:europe", "RUS"])
        #expect(ExtractionFixture.keys("European sanctions on Russian oil") == ["org:EU", "RUS"])
        #expect(ExtractionFixture.keys("the European Council and European countries") == ["org:EUROPEAN_COUNCIL", "region:europe"])
    }

    @Test func acronymsOnlyInCapitals() {
        #expect(ExtractionFixture.keys("l’engagement diplomatique de l’UE et des États-Unis") == ["org:EU", "USA"])
        #expect(ExtractionFixture.keys("il a eu un ue") == [])
    }

    @Test func longestAliasWinsAndOffsetsPointAtTheSurface() throws {
        let sentence = "le président du Conseil européen Charles Michel et l’Union européenne"
        let mentions = ExtractionFixture.extractor.matcher.mentions(in: sentence)
        #expect(mentions.map(\.key) == ["org:EUROPEAN_COUNCIL", "person:charles-michel", "org:EU"])
        let scalars = Array(sentence.unicodeScalars)
        for m in mentions {
            #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.surface)
        }
        #expect(mentions.map(\.surface) == ["Conseil européen", "Charles Michel", "Union européenne"])
    }

    /// A plural role noun with coordinated demonyms names one leader per demonym, in French after the noun
    /// (the report's « ses homologues tadjik et kirghize », a comma list too) and in English before it; a
    /// word that makes no role phrase stops the list.
    @Test func coordinatedDemonymsOfARoleNameEachLeader() {
        #expect(ExtractionFixture.keys("la rencontre trilatérale entre le président russe et ses homologues tadjik et kirghize pour tenter")
                == ["person:vladimir-putin", "RUS", "person:emomali-rahmon", "TJK", "person:sadyr-japarov", "KGZ"])
        #expect(ExtractionFixture.keys("les présidents russe, turc et iranien se sont réunis")
                == ["person:vladimir-putin", "RUS", "person:recep-tayyip-erdogan", "TUR", "person:ebrahim-raisi", "IRN"])
        #expect(ExtractionFixture.matcher(en: "the Kyrgyz and Tajik leaders met") == ["person:sadyr-japarov", "KGZ", "person:emomali-rahmon", "TJK"])
        // Not a role phrase: the list stops, the state stays a state.
        #expect(ExtractionFixture.keys("le président kazakh et la Russie") == ["person:kassym-jomart-tokayev", "KAZ", "RUS"])
    }

    @Test func wordsOfAnAliasMustFollowEachOther() {
        // (« européenne » alone is the Union's adjective; « Union, européenne » is no « Union européenne ».)
        #expect(ExtractionFixture.keys("l’Union, européenne ou non") == ["org:EU"])
        #expect(ExtractionFixture.keys("la Communauté, politique européenne") == ["org:EU"])
    }

    @Test func coMentionsPairEachEntityOnce() throws {
        let ordinal = try #require(ExtractionFixture.report.sentences.first { $0.text.hasPrefix("Le premier conflit en question ici oppose") }?.ordinal)
        let assertions = ExtractionFixture.extraction.assertions.filter { $0.sentence == ordinal }
        let gazetteer = ExtractionFixture.extractor.gazetteer
        let coMentions = assertions.filter { $0.kind == .coMention }
        #expect(coMentions.map { [gazetteer.entities[$0.subject].key, gazetteer.entities[$0.object!].key] } == [["KGZ", "TJK"]])
        #expect(coMentions.allSatisfy { $0.predicate == "co_mention" })
        // « conflit » and « oppose » tell one armed conflict: one assertion per sentence.
        let typed = assertions.filter { $0.kind == .extracted }
        #expect(typed.map { "\(gazetteer.entities[$0.subject].key) \($0.predicate) \(gazetteer.entities[$0.object!].key)" } == ["KGZ armed_conflict_with TJK"])
    }
}
