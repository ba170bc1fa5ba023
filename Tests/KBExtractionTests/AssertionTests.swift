import Testing
import KBExtraction

/// Typed assertions of the report: who does what to whom, signed and hedged as the text says.
@Suite struct AssertionTests {
    let report = ExtractionFixture.report
    let gazetteer = ExtractionFixture.extractor.gazetteer

    /// `subject predicate object polarity modality` of the typed assertions of the sentence starting with `start`.
    func assertions(_ start: String) -> [String] {
        ExtractionFixture.extraction.assertions.filter { a in
            a.kind == .extracted && report.sentences[a.sentence].text.hasPrefix(start)
        }.map { a in
            "\(gazetteer.entities[a.subject].key) \(a.predicate) \(a.object.map { gazetteer.entities[$0].key } ?? "-") \(a.polarity.rawValue) \(a.modality.rawValue)"
        }
    }

    @Test func negationIsPolarityNeverTheOpposite() {
        #expect(assertions("L’Arménie n’a pas quitté l’OTSC").contains("ARM left org:CSTO negative asserted"))
        #expect(!assertions("L’Arménie n’a pas quitté l’OTSC").contains { $0.hasPrefix("ARM left org:CSTO positive") })
        // A refusal denies what it refuses to do.
        #expect(assertions("Puisqu’elle ne fait pas partie de l’OTAN, la Moldavie refuse").contains("MDA sanctions RUS negative asserted"))
        // « écartant de fait la médiation russe »
        #expect(assertions("Dans ce cadre, les accords trouvés").contains("RUS mediates_between - negative asserted"))
        // What is avoided is neither asserted nor denied: « des sanctuaires pour éviter les sanctions occidentales ».
        #expect(!assertions("Quant aux puissances régionales voisines").contains { $0.contains(" sanctions ") })
        // Two denials affirm: « n’a pas hésité à ouvertement condamner ».
        #expect(assertions("L’Ouzbékistan n’a pas hésité").contains("UZB condemns - positive asserted"))
    }

    /// « de X » right after a verb is its complement; « de » before a verb makes an infinitive whose
    /// subject stands further left, at the head of its clause.
    @Test func verbComplementsAndInfinitives() {
        #expect(assertions("Toutefois, le Kazakhstan a finalement décidé de s’éloigner").contains("KAZ distances_itself_from RUS positive asserted"))
        #expect(assertions("Mais en étant en possession des quatrièmes réserves").contains("TKM seeks_rapprochement_with TUR positive hedged"))
        // « la Géorgie a également fait preuve d’une volonté réaffirmée de se rapprocher de l’UE »
        #expect(assertions("Concernant le Caucase").contains("GEO seeks_rapprochement_with org:EU positive asserted"))
        // « condamner l’invasion de l’Ukraine »: « de » completes the noun, Ukraine is not condemned —
        // the invader is (object_from_event); an annexation whose doer the text leaves unnamed gives none.
        #expect(!assertions("Pour ces raisons, elle s’est empressée").contains { $0.hasPrefix("GEO condemns UKR") })
        #expect(assertions("Pour ces raisons, elle s’est empressée").contains("GEO condemns RUS positive asserted"))
        #expect(assertions("L’Ouzbékistan n’a pas hésité").contains("UZB condemns - positive asserted"))
    }

    /// A trilateral meeting pairs its leaders and its states, not a leader with another's state.
    @Test func meetingsPairLikeWithLike() {
        let summit = assertions("Or cet avertissement est intervenu lors de la rencontre trilatérale")
        #expect(summit.contains("person:vladimir-putin holds_summit_with person:emomali-rahmon positive asserted"))
        #expect(summit.contains("RUS holds_summit_with TJK positive asserted") && summit.contains("TJK holds_summit_with KGZ positive asserted"))
        #expect(!summit.contains { $0.hasSuffix(" holds_summit_with TJK positive asserted") && !$0.hasPrefix("RUS") })
        #expect(summit.count == 4, "\(summit)")
    }

    /// The complement of a noun naming another actor does not act (« le meilleur allié de Moscou ne
    /// cesse de s’émanciper »), and « à l’égard de » introduces an object.
    @Test func whoActsIsNotTheComplementOfAnAlly() {
        #expect(!assertions("Le meilleur allié de Moscou ne cesse").contains { $0.hasPrefix("RUS ") })
        #expect(!assertions("Il peut être le signe de l’émergence").contains { $0.hasPrefix("RUS depends_on") })
        // A name in a prepositional phrase is no subject (« vers le front ukrainien afin de soutenir »), nor
        // is the complement of what follows « avec » (« son rapprochement avec les pays de l’orbite russe »);
        // « et » still coordinates subjects.
        #expect(!assertions("Cette perte de vitesse dans la sous-région").contains { $0.hasPrefix("UKR ") })
        #expect(!assertions("Finalement, le Kremlin n’a pas d’allié de rechange").contains { $0.hasPrefix("RUS seeks_rapprochement_with") })
        // « déclarant soutenir l’intégrité territoriale du Kazakhstan »: the integrity stands for the state.
        #expect(assertions("Avec un zèle qui n’est pas sans rappeler").contains("CHN supports KAZ positive asserted"))
    }

    /// « Pour ne citer que quelques exemples, la guerre éclair menée par la Russie » denies nothing: « ne »
    /// negates only with « pas », « plus », « jamais »…; « ne cesse de s’émanciper » keeps on.
    @Test func aLoneNeIsNoNegation() {
        #expect(assertions("Pour ne citer que quelques exemples").contains { $0.hasPrefix("RUS armed_conflict_with GEO positive") || $0.hasPrefix("GEO armed_conflict_with RUS positive") })
        #expect(!assertions("Le meilleur allié de Moscou ne cesse").contains { $0.contains("negative") })
    }

    @Test func modalityIsRecorded() {
        // « Bakou ne serait jamais intervenu militairement en Arménie »: denied, and only supposed.
        #expect(assertions("Bien que plusieurs spécialistes estiment que Bakou").contains("AZE invades ARM negative speculative"))
        // « la Turquie fait mine de condamner l’invasion »: hedged.
        #expect(assertions("Dans le cas du conflit russo-ukrainien, la Turquie").contains("TUR condemns RUS positive hedged"))
        // « devaient prêter main-forte à l’Arménie »: an obligation, not a deed.
        #expect(assertions("En vertu de la clause de solidarité de l’OTSC").contains("RUS supports ARM positive speculative"))
    }

    /// « Pour ces raisons, elle s’est empressée de condamner l’invasion » carries Georgia, the subject of
    /// the sentence before (not Armenia, named in its parenthesis).
    @Test func aPronounCarriesThePreviousSubject() {
        #expect(assertions("Pour ces raisons, elle s’est empressée").contains("GEO condemns RUS positive asserted"))
        // « Quant à l’Arménie, elle s’est logiquement tournée vers ses alliés »: the topic.
        #expect(assertions("Quant à l’Arménie, elle").contains("ARM seeks_rapprochement_with - positive asserted"))
    }

    @Test func keyRelationsOfArmenia() {
        #expect(assertions("Tout ceci en dépit des efforts de médiation").contains("org:EUROPEAN_COUNCIL mediates_between ARM positive asserted"))
        #expect(assertions("Tandis que la récente visite à Erevan de Nancy Pelosi").contains("person:nancy-pelosi visits ARM positive asserted"))
        #expect(assertions("En vertu de la clause de solidarité de l’OTSC").contains("RUS supports ARM positive speculative"))
        #expect(assertions("Deux après la guerre au Haut-Karabakh").contains("AZE armed_conflict_with ARM positive asserted"))
        // « ne semble pas en mesure de se passer du soutien russe »: cannot do without, so depends on (hedged).
        #expect(assertions("L’Arménie ne semble pas en mesure").contains("ARM depends_on RUS positive hedged"))
        // « n’a pas quitté l’OTSC »: a negated `left`, and still a member.
        #expect(assertions("L’Arménie n’a pas quitté l’OTSC").contains("ARM member_of org:CSTO positive asserted"))
        // « les manifestations populaires à Erevan contre le régime russe »: the place names who protests.
        #expect(assertions("Mais le niveau de défiance à l’égard de Moscou").contains("ARM protests_against RUS positive asserted"))
    }
}
