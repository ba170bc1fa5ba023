import Testing
import KBExtraction

/// The hard cases of entity linking, each on a sentence of the report.
@Suite struct HardCasesTests {
    func mentions(_ sentence: String) -> [EntityMention] {
        ExtractionFixture.extractor.matcher.mentions(in: sentence, language: "fr")
    }

    @Test func inflectedDemonyms() {
        #expect(ExtractionFixture.keys("Deux après la guerre au Haut-Karabakh, le Haut-Karabagh et plus récemment le territoire arménien ont été grignotés par Bakou.").contains("ARM"))
        #expect(ExtractionFixture.keys("ne semble plus en mesure de contenir les aspirations territoriales azerbaïdjanaises") == ["AZE"])
        #expect(ExtractionFixture.keys("la tenue d’exercices militaires conjoints ou encore l’envol des exportations chinoises vers la Russie") == ["CHN", "RUS"])
    }

    @Test func longestMatchWins() {
        let found = mentions("Récemment renommée l’Organisation des États turciques (Azerbaïdjan, Kazakhstan, Kirghizistan, Ouzbékistan, Turquie, Turkménistan)")
        #expect(found.first?.key == "org:OTS" && found.first?.surface == "Organisation des États turciques")
        #expect(found.map(\.key) == ["org:OTS", "AZE", "KAZ", "KGZ", "UZB", "TUR", "TKM"])
    }

    @Test func turcIsTurkeyButTurciqueIsNot() {
        #expect(ExtractionFixture.keys("grâce à l’établissement d’un avant-poste turc en Azerbaïdjan") == ["TUR", "AZE"])
        #expect(ExtractionFixture.keys("des pays composés à majorité de musulmans et parlant les langues turciques") == [])
        #expect(ExtractionFixture.keys("qui ne font pas partie de la communauté turcique puisque le Tadjikistan n’est pas turcophone") == ["TJK"])
    }

    @Test func europeanAloneIsNoState() {
        #expect(ExtractionFixture.keys("l’Union européenne pour parvenir à la désescalade") == ["org:EU"])
        #expect(!ExtractionFixture.keys("les voix des pays baltes résonnent davantage au sein des institutions européennes").contains { $0.count == 3 })
    }

    @Test func postSovietNamesNoSovietActor() {
        #expect(!ExtractionFixture.keys("les États post-soviétiques aspirent à plus d’autonomie").contains("SUN"))
        #expect(ExtractionFixture.keys("Lors de l’implosion de l’URSS, Moscou") == ["SUN", "RUS"])
        #expect(ExtractionFixture.keys("l’incapacité de la Russie à prendre en compte les intérêts des petites républiques soviétiques") == ["RUS", "SUN"])
    }

    @Test func combiningFormsNameBothBelligerents() {
        #expect(ExtractionFixture.keys("le conflit russo-ukrainien") == ["RUS", "UKR"])
        #expect(ExtractionFixture.keys("le déséquilibre dans le partenariat sino-russe") == ["CHN", "RUS"])
    }

    @Test func capitalAsActorOrAsPlace() throws {
        let summit = mentions("Il en va de même pour le président tadjik, qui durant une prise de parole au sommet de la CEI à Astana le 12 octobre 2022")
        let astana = try #require(summit.first { $0.surface == "Astana" })
        #expect(astana.function == .location)
        let baku = try #require(mentions("Bakou en est conscient, mais les déboires de la Russie en Ukraine lui offrent une opportunité").first)
        #expect(baku.key == "AZE" && baku.function == .actor && baku.aliasKind == .capital)
        let ukraine = try #require(mentions("les déboires de la Russie en Ukraine").last)
        #expect(ukraine.key == "UKR" && ukraine.function == .location)
        // « à » after a verb addresses the state: an actor.
        let moscow = try #require(mentions("L’Ouzbékistan n’a pas hésité à rappeler à Moscou le principe de non-interférence").last)
        #expect(moscow.key == "RUS" && moscow.function == .actor)
        // A topic, not a place.
        #expect(mentions("Quant au Kirghizstan, son absence au sommet").first?.function == .actor)
    }

    @Test func rolePhrasesNameTheOfficeHolderOrTheState() throws {
        let found = mentions("Cette rencontre multilatérale s’est en effet soldée par le refus du Premier ministre arménien de signer la déclaration commune")
        let role = try #require(found.first { $0.aliasKind == .role })
        #expect(role.surface == "Premier ministre arménien" && role.function == .actor)
        let holder = ExtractionFixture.extractor.gazetteer.entities[role.entity]
        #expect(holder.key == "ARM" || holder.attributes["affiliation"] == "ARM")
        let army = try #require(mentions("l’important recul de l’armée russe").first)
        #expect(army.surface == "armée russe" && army.key == "RUS")
    }
}
