import Testing
import KBParsing
import KBExtraction

/// Texts kb has never met — news articles in English and French on the report's events — read with the
/// same rules: what generalizes beyond the report's sentences.
@Suite struct ArticleTests {
    let gazetteer = ExtractionFixture.extractor.gazetteer

    /// `text` parsed, with `date` as the article's date (what `kb ingest --date` gives).
    func report(_ text: String, date: String? = nil) throws -> ParsedReport {
        var report = try ReportParser(lexicon: ExtractionFixture.lexicon).parse(text)
        if let date { report.metadata.date = date }
        return report
    }

    func extract(_ text: String, date: String? = nil) throws -> (report: ParsedReport, extraction: DocumentExtraction) {
        let report = try self.report(text, date: date)
        return (report, ExtractionFixture.extractor.extract(report))
    }

    /// `subject predicate object polarity` of the typed assertions of `text`.
    func assertions(_ text: String) throws -> [String] {
        try extract(text).extraction.assertions.filter { $0.kind == .extracted }.map { a in
            "\(gazetteer.entities[a.subject].key) \(a.predicate) \(a.object.map { gazetteer.entities[$0].key } ?? "-") \(a.polarity.rawValue)"
        }
    }

    /// The words of the one event of `text` (`type:` and each `participant:role`), order aside; nil unless it tells one.
    func onlyEvent(_ text: String) throws -> Set<Substring>? {
        let found = try events(text)
        return found.count == 1 ? Set(found[0].split(separator: " ")) : nil
    }

    /// `type: participant:role …` of the events of `text`.
    func events(_ text: String) throws -> [String] {
        try extract(text).extraction.events.map { e in "\(e.type): " + participants(e).joined(separator: " ") }
    }

    /// `key:role` of each participant of `e`, in order.
    func participants(_ e: ExtractedEvent) -> [String] { e.participants.map { "\(gazetteer.entities[$0.entity].key):\($0.role.rawValue)" } }

    /// `key:role` of the participants of `e`, order aside.
    func roles(_ e: ExtractedEvent) -> Set<String> { Set(participants(e)) }

    @Test func coordinatedVerbsShareTheirSubject() throws {
        // Yerevan is what Pelosi visited, not who condemned.
        let english = try assertions("Nancy Pelosi visited Yerevan and condemned the attacks by Azerbaijan.\n")
        #expect(english.contains { $0.hasPrefix("person:nancy-pelosi condemns") })
        #expect(!english.contains { $0.hasPrefix("ARM condemns") })
        let french = try assertions("Le Kazakhstan a quitté la CEI et a rejoint l’OTAN.\n")
        #expect(french.contains("KAZ left org:CIS positive"))
        #expect(!french.contains { $0.hasPrefix("org:CIS") })
        // Past a qualified object ("the Russian-led CSTO"), the verb after "but" is still the possessive relative's state's.
        let whose = try assertions("Tokayev, whose country belongs to the Russian-led Collective Security Treaty Organization but has kept its distance from the war, met Putin.\n")
        #expect(whose.contains("KAZ member_of org:CSTO positive"))
        #expect(whose.contains { $0.hasPrefix("KAZ distances_itself_from ") } && !whose.contains { $0.hasPrefix("org:CSTO distances_itself_from") })
    }

    /// "the Eurasian Economic Union or the creation of the CSTO": the union is the noun phrase's sibling, no
    /// founder; "in 1992" is a date, and the state after it no place of the founding.
    @Test func aNameJoinedToANounPhraseAndADatesPrepositionAddNoParticipant() throws {
        let found = try extract("Organizations such as the Eurasian Economic Union or the creation of the CSTO in 1992 helped Russia.\n")
        let founding = try #require(found.extraction.events.first { $0.type == "founding" })
        #expect(founding.participants.map { gazetteer.entities[$0.entity].key } == ["org:CSTO"])
        #expect(founding.place == nil)
        // (The year told gives the organization's known founding of that year.)
        #expect(founding.date?.edtf == "1992-05-15")
    }

    /// "has increasingly looked to the West", "drifting towards Moscow", « se tourne vers l’Occident »: turning to a
    /// named side seeks it; turning to anything else ("looking to expand", "turned to violence") seeks no one.
    @Test func turningToANamedSideSeeksRapprochement() throws {
        #expect(try assertions("Armenia has increasingly looked to the West since the September fighting.\n").contains("ARM seeks_rapprochement_with region:the-west positive"))
        #expect(try assertions("Protesters accused Georgia of drifting towards Moscow.\n").contains("GEO seeks_rapprochement_with RUS positive"))
        #expect(try assertions("L’Arménie se tourne vers l’Occident depuis septembre.\n").contains("ARM seeks_rapprochement_with region:the-west positive"))
        #expect(try assertions("Kazakhstan is looking to expand its oil exports.\n").isEmpty)
        #expect(try !assertions("Moscow turned to violence against Ukraine.\n").contains { $0.contains("seeks_rapprochement_with") })
    }

    /// "Dushanbe, which accused Kyrgyz troops of shelling Tajik villages": an accusation attributes what it tells.
    @Test func anAccusationAttributesWhatItTells() throws {
        let found = try extract("Dushanbe, which accused Kyrgyz troops of shelling Tajik villages, did not give a full toll.\n")
        let clash = try #require(found.extraction.assertions.first { $0.predicate == "armed_conflict_with" })
        #expect(clash.modality == .reported)
        let plain = try extract("Kyrgyz troops were shelling Tajik villages.\n")
        #expect(plain.extraction.assertions.first { $0.predicate == "armed_conflict_with" }?.modality == .asserted)
    }

    /// "stationed in the breakaway regions of Abkhazia and South Ossetia", « en Abkhazie et en Ossétie du Sud »: places
    /// listed together are all where the troops are; a place in another clause still is not ("the war in Ukraine took
    /// place in Tbilisi").
    @Test func placesListedTogetherAreAllTheEventsPlaces() throws {
        let english = try assertions("In Georgia, where Russian troops are stationed in the breakaway regions of Abkhazia and South Ossetia, the influx has caused unease.\n")
        #expect(english.contains("RUS deploys_troops_in place:abkhazia positive") && english.contains("RUS deploys_troops_in place:south-ossetia positive"))
        let french = try assertions("La Russie maintient des soldats en Abkhazie et en Ossétie du Sud.\n")
        #expect(french.contains("RUS deploys_troops_in place:abkhazia positive") && french.contains("RUS deploys_troops_in place:south-ossetia positive"))
    }

    /// "The European Union raised the pressure, by imposing new sanctions on Russia": the gerund's subject is the
    /// main clause's.
    @Test func aGerundAfterACommaTakesTheMainSubject() throws {
        #expect(try assertions("The European Union raised the pressure, by imposing new sanctions on Russia.\n").contains("org:EU sanctions RUS positive"))
    }

    /// "accused each other": a reciprocal phrase by the trigger makes each subject the other's object.
    @Test func aReciprocalPhrasePairsTheSubjects() throws {
        let found = try assertions("Armenia and Azerbaijan accused each other on Tuesday of starting the heaviest fighting since their 2020 war.\n")
        #expect(found.contains("ARM condemns AZE positive") && found.contains("AZE condemns ARM positive"))
        #expect(!found.contains { $0.hasSuffix("condemns - positive") })
    }

    /// A subject pronoun inside a sentence stands for the subject of the clause before it there, not for the sentence
    /// before's: « Gazprom a réduit ses livraisons à Chisinau, et il a menacé … », « …, que Moscou n’a pas reconnue,
    /// mais dont elle soutient l’économie », « Les trois États baltes … à qui ils ont livré des armes ».
    @Test func aPronounInsideASentenceStandsForItsNearestSubject() throws {
        let gas = try assertions("Maia Sandu a dénoncé un chantage énergétique. Depuis le 1er octobre, le géant gazier russe Gazprom a réduit ses livraisons à Chisinau, et il a menacé mardi de les diminuer encore.\n")
        #expect(gas.contains("org:GAZPROM threatens - positive"))
        #expect(!gas.contains { $0.hasPrefix("person:maia-sandu threatens") })
        let economy = try assertions("Chisinau ne reconnaît pas l’indépendance de la Transnistrie, que Moscou n’a pas non plus reconnue, mais dont elle soutient de fait l’économie.\n")
        #expect(economy.contains { $0.hasPrefix("RUS supports") } && !economy.contains { $0.hasPrefix("MDA supports") })
        let arms = try assertions("Les trois États baltes, membres de l’OTAN depuis 2004, comptent parmi les soutiens de Kiev, à qui ils ont livré des armes.\n")
        #expect(arms.contains { $0.hasPrefix("region:baltic-states supplies_arms_to") })
        #expect(!arms.contains { $0.hasPrefix("RUS supplies_arms_to") })
    }

    /// "it has not been isolated by sweeping Western sanctions": the negation bears on the verb, not on the agent
    /// noun after « by », « par » — the sanctions exist.
    @Test func aNegatedPassiveKeepsItsAgentReal() throws {
        #expect(try assertions("Moscow seeks to show that it has not been isolated by sweeping Western sanctions.\n").contains("region:the-west sanctions - positive"))
    }

    /// "will not recognize Russia's annexation of four Ukrainian regions": the owner of the noun is that noun's, not the
    /// verb's object — unless the noun stands for it ("committed to Armenia's security").
    @Test func aNameOwningTheNounAfterItIsThatNouns() throws {
        let annexation = try assertions("Kazakhstan will not recognize Russia's annexation of four Ukrainian regions.\n")
        #expect(!annexation.contains("KAZ recognizes RUS negative"))
        #expect(annexation.contains("KAZ recognizes region:annexed-ukrainian-oblasts negative"))
        #expect(try assertions("She said Washington was committed to Armenia's security and sovereignty.\n").contains("USA supports ARM positive"))
    }

    /// « les relations entre Moscou et Astana, qui s’est gardée de soutenir la guerre »: a singular verb after a
    /// coordinated pair and its relative is the last name's alone; a plural one is the list's.
    @Test func aSingularVerbAfterAPairIsTheLastNamesAlone() throws {
        let found = try assertions("Cet afflux pourrait mettre à l’épreuve les relations entre Moscou et Astana, qui s’est gardée de soutenir la guerre et n’a pas reconnu l’annexion de la Crimée.\n")
        #expect(found.contains { $0.hasPrefix("KAZ supports") } && !found.contains { $0.hasPrefix("RUS supports") })
        #expect(try assertions("La Lituanie, la Lettonie et l’Estonie ont imposé des sanctions à la Russie.\n").filter { $0.hasSuffix("sanctions RUS positive") }.count == 3)
    }

    /// "did not condemn Azerbaijan and instead urged both sides": an adverb after the conjunction keeps the subject.
    @Test func anAdverbAfterAConjunctionKeepsTheSubject() throws {
        let found = try assertions("Moscow, which has also been courting Baku, did not condemn Azerbaijan and instead urged both sides to show restraint.\n")
        #expect(found.contains("RUS condemns AZE negative"))
        #expect(found.contains { $0.hasPrefix("RUS demands_of") } && !found.contains { $0.hasPrefix("AZE demands_of") })
    }

    /// « Des missiles russes se sont abattus sur Kyiv le 10 octobre 2022 »: strikes raining down on a place are a clash there.
    @Test func missilesFallingOnAPlaceAreAClash() throws {
        let found = try extract("Des missiles russes se sont abattus sur Kyiv le 10 octobre 2022. La capitale était sans électricité.\n")
        let strike = try #require(found.extraction.events.first { $0.type == "armed_clash" })
        #expect(strike.date?.edtf == "2022-10-10")
        #expect(Set(strike.participants.map { gazetteer.entities[$0.entity].key }) == ["RUS", "UKR"])
    }

    /// A review's look-alikes of the place list: a name that opens a clause of its own ("and Poland reinforced its
    /// border", « et l’Ukraine craint ») or owns another noun ("Lithuania's response") is no second place; a list of
    /// places after a clause joined by ", and" is no list of subjects; a genitive past a place and another noun
    /// completes that noun ("along the borders of Latvia").
    @Test func aPlaceListEndsWhereAClauseBegins() throws {
        for text in ["Russia deployed troops in Belarus and Poland reinforced its border.",
                     "La Russie a déployé des troupes en Biélorussie et la Pologne a renforcé sa frontière.",
                     "Les troupes russes sont stationnées en Biélorussie et l’Ukraine craint une nouvelle offensive.",
                     "The Russian deployment in Belarus and Lithuania's response worried NATO.",
                     "Russia deployed troops in Belarus and along the borders of Latvia and Lithuania."] {
            let found = try assertions(text + "\n")
            #expect(found.filter { $0.contains("deploys_troops_in") } == ["RUS deploys_troops_in BLR positive"], "\(text): \(found)")
        }
        let clauses = try assertions("NATO keeps troops in Estonia, Latvia and Lithuania, and Russia keeps troops in Belarus.\n")
        #expect(!clauses.contains { $0.hasPrefix("EST") || $0.hasPrefix("LVA") || $0.hasPrefix("LTU") })
        #expect(clauses.contains("RUS deploys_troops_in BLR positive"))
        #expect(try assertions("Estonia, Latvia, and Lithuania have imposed sanctions on Russia.\n").filter { $0.hasSuffix("sanctions RUS positive") }.count == 3)
    }

    /// More look-alikes: « Le Kremlin a menacé la Moldavie, et elle a demandé … » (two names before the pronoun: no
    /// one), "turned to Putin and said" (a person turned to is no rapprochement), "supports the isolation of Russia"
    /// (a noun turned against its complement), "Russia's attack on Ukraine and Georgia's neutrality", "Because Russia
    /// cut gas supplies, Moldova responded, by turning to Romania" (the main clause's subject), « et a au contraire
    /// accusé l’Arménie » (an adverb phrase after the conjunction), "accused each other's allies".
    @Test func reviewedLookAlikesGiveNoWrongPair() throws {
        #expect(try !assertions("Le Kremlin a menacé la Moldavie, et elle a demandé l’aide de l’UE.\n").contains { $0.hasPrefix("RUS demands_of") })
        #expect(try !assertions("Erdogan turned to Putin and said the grain deal would be extended.\n").contains { $0.contains("seeks_rapprochement_with") })
        #expect(try !assertions("The Baltic states backed the suspension of Russia from the council.\n").contains { $0.contains("supports RUS") })
        let attack = try assertions("Russia's attack on Ukraine and Georgia's neutrality worried the EU.\n")
        #expect(attack.contains("RUS armed_conflict_with UKR positive") && !attack.contains { $0.contains("GEO") })
        let gas = try assertions("Because Russia cut gas supplies, Moldova responded, by turning to Romania.\n")
        #expect(gas.contains("MDA seeks_rapprochement_with ROU positive") && !gas.contains { $0.hasPrefix("RUS seeks") })
        let instead = try assertions("La Russie n’a pas condamné l’Azerbaïdjan et a au contraire accusé l’Arménie.\n")
        #expect(instead.contains("RUS condemns ARM positive") && !instead.contains("AZE condemns ARM positive"))
        #expect(try !assertions("Armenia and Azerbaijan accused each other's allies of arming the other side.\n").contains("ARM condemns AZE positive"))
    }

    /// « Le Kazakhstan, que la Russie approvisionne en gaz, a affirmé qu’il soutenait l’Ukraine »: the subject of a
    /// relative incise the main clause resumes after is not what the pronoun stands for; « a affirmé qu’il » reports.
    @Test func aPronounSkipsTheSubjectOfARelativeIncise() throws {
        let found = try extract("Le Kazakhstan, que la Russie approvisionne en gaz, a affirmé qu’il soutenait l’Ukraine.\n")
        let support = try #require(found.extraction.assertions.first { $0.predicate == "supports" })
        #expect(gazetteer.entities[support.subject].key == "KAZ")
        #expect(support.modality == .reported)
    }

    /// "During the January 2022 unrest in Kazakhstan, which followed fuel price hikes in 2021, the CSTO sent troops": the
    /// relative clause's date is its own; the deployment takes the frame's month.
    @Test func aRelativeClausesDateInAFrameIsItsOwn() throws {
        let found = try extract("During the January 2022 unrest in Kazakhstan, which followed fuel price hikes in 2021, the CSTO sent troops to Almaty.\n")
        let deployment = try #require(found.extraction.events.first { $0.type == "deployment" })
        #expect(deployment.date?.edtf == "2022-01")
    }

    /// A second review's look-alikes: a name before « et elle », "and it" is not that verb's subject (« La Russie a menacé
    /// la Lituanie et elle a condamné … »); an offer is no mediation yet (« Moscou a proposé sa médiation »); "which
    /// accuses" agrees with the last name only.
    @Test func secondReviewLookAlikes() throws {
        #expect(try !assertions("La Russie a menacé la Lituanie et elle a condamné le blocus de Kaliningrad.\n").contains { $0.hasPrefix("LTU condemns") })
        let offer = try extract("Moscou a proposé sa médiation entre le Kirghizstan et le Tadjikistan.\n")
        #expect(offer.extraction.assertions.filter { $0.predicate == "mediates_between" }.map(\.modality) == [.speculative, .speculative])
        let accuses = try assertions("Turkey backs Russia and Azerbaijan, which accuses Armenia of shelling its positions.\n")
        #expect(accuses.contains("AZE condemns ARM positive") && !accuses.contains("RUS condemns ARM positive"))
    }

    /// "Pashinyan and Aliyev met in Astana under Russian mediation": Kazakhstan hosts (the event keeps it so) but is no
    /// side of the meeting, and Russia mediates rather than meets; a host the sentence names otherwise stays a side.
    @Test func theHostOfAMeetingIsNoSideOfIt() throws {
        let found = try extract("Pashinyan and Aliyev met in Astana under Russian mediation on Thursday.\n")
        let pairs = found.extraction.assertions.filter { $0.kind == .extracted }.map { "\(gazetteer.entities[$0.subject].key) \($0.predicate) \($0.object.map { gazetteer.entities[$0].key } ?? "-")" }
        #expect(!pairs.contains { $0.contains("KAZ") })
        #expect(!pairs.contains { $0.hasPrefix("RUS holds_summit_with") })
        #expect(pairs.contains { $0.hasPrefix("RUS mediates_between") })
        let meeting = try #require(found.extraction.events.first { $0.type == "summit_or_meeting" })
        #expect(meeting.participants.contains { gazetteer.entities[$0.entity].key == "KAZ" && $0.role == .host })
        #expect(try assertions("Le Kazakhstan a accueilli à Astana un sommet avec la Russie.\n").contains { $0.contains("holds_summit_with") && $0.contains("KAZ") })
    }

    /// "After the SCO summit on September 16, Putin met Erdogan": the date is the summit's; "During the summit on
    /// September 16, Putin met Erdogan" dates the meeting too (an opening frame).
    @Test func aDateAfterAnEarlierEventIsThatEventsOwn() throws {
        func meeting(_ text: String) throws -> ExtractedEvent? {
            try extract(text, date: "2022-10-15").extraction.events.first { $0.type == "summit_or_meeting" && $0.place != nil }
        }
        let after = try #require(try meeting("Title\n\nAfter the SCO summit on September 16, Putin met Erdogan in Sochi. They discussed grain.\n"))
        #expect(after.date == nil)
        let during = try #require(try meeting("Title\n\nDuring the SCO summit on September 16, Putin met Erdogan in Samarkand. They discussed grain.\n"))
        #expect(during.date?.edtf == "2022-09-16")
    }

    @Test func aDateBetweenARefusalAndItsVerbKeepsTheRefusal() throws {
        let found = try assertions("Le président kazakh a refusé le 17 juin 2022 de reconnaître l’annexion de la Crimée par la Russie.\n")
        #expect(found.contains { $0.hasPrefix("KAZ recognizes ") && $0.hasSuffix(" negative") })
        #expect(!found.contains { $0.contains(" recognizes ") && $0.hasSuffix(" positive") })
    }

    @Test func theSameRulesReadEnglish() throws {
        // A noun trigger before a finite auxiliary is that verb's subject.
        #expect(try assertions("Title\n\nThe war in Ukraine has put Central Asia and the Caucasus back on the map.\n").allSatisfy { !$0.hasPrefix("region:central-asia") })
        // "these countries" after "the Baltic states".
        let group = try assertions("Title\n\nThe Baltic states feared Russia. These countries joined NATO in 2004.\n")
        #expect(group.contains("region:baltic-states member_of org:NATO positive"))
        // A list after a comma goes on with its preposition, past "and also".
        let sales = try assertions("Title\n\nTurkey sells arms to Azerbaijan, to Kyrgyzstan and also to Tajikistan.\n")
        for state in ["AZE", "KGZ", "TJK"] { #expect(sales.contains("TUR supplies_arms_to \(state) positive")) }
        // A pronoun before a light verb; dependence and ties.
        let ties = try assertions("Title\n\nTurkmenistan relies on Russia for its security. It wants to maintain close ties with the Kremlin.\n")
        #expect(ties.contains("TKM depends_on RUS positive"))
        #expect(ties.contains("TKM cooperates_with RUS positive"))
        // "by" a noun its demonym qualifies names no agent; armed forces stand for their state.
        let help = try events("Title\n\nThe Ukrainian counteroffensive, boosted by Western military aid, retook Kharkiv.\n")
        #expect(!help.contains { $0.contains("region:the-west:aggressor") })
        let forces = try events("Titre\n\nLa guerre menée par les troupes russes en Ukraine dure depuis un an.\n")
        #expect(forces.contains { $0.hasPrefix("war") && ($0.contains("RUS:aggressor") || $0.contains("RUS:party")) })
        // « rencontre » after a name is the verb: a meeting only with a name after it.
        #expect(try events("Titre\n\nLes difficultés que Moscou rencontre en Ukraine sont grandes.\n").allSatisfy { !$0.hasPrefix("summit_or_meeting") })
        #expect(try events("Titre\n\nLe président russe Vladimir Poutine rencontre Erdogan à Sotchi pour parler de la guerre et des céréales.\n").contains { $0.hasPrefix("summit_or_meeting") && $0.contains("person:recep-tayyip-erdogan") })
        // An accession under way is no membership.
        let bid = try assertions("Title\n\nUkraine pursued its accession process with the European Union.\n")
        #expect(!bid.contains { $0.hasPrefix("UKR member_of") })
    }

    /// Sentences a reviewer wrote against the rules for groups, possessives, light verbs, lists and
    /// parallel infinitives: what they must not claim.
    @Test func whatTheseRulesMustNotClaim() throws {
        func claims(_ sentence: String) throws -> [String] { try assertions("Title\n\n\(sentence)\n") }
        // A light verb governs nothing past « que », "that".
        // (The invasion itself is read: the sentence is not simply ignored.)
        #expect(try claims("La France maintient que l’invasion de l’Ukraine est illégale.").allSatisfy { !$0.hasPrefix("FRA invades") })
        #expect(try events("Titre\n\nLa France maintient que l’invasion de l’Ukraine est illégale.\n").contains { $0.hasPrefix("invasion") && $0.contains("UKR:target") && !$0.contains("FRA") })
        #expect(try claims("France maintained that the invasion of Ukraine was illegal.").allSatisfy { !$0.hasPrefix("FRA invades") })
        // An accession the clause does not date is no membership.
        let blocked = try claims("La Hongrie bloque l’adhésion de l’Ukraine au sein de l’Union européenne.")
        #expect(blocked.allSatisfy { !$0.hasPrefix("UKR member_of") })
        // "its" after any verb is not its subject's.
        #expect(try claims("Georgia's accession stalled after Russia condemned its application to join NATO.").allSatisfy { !$0.hasPrefix("RUS seeks_rapprochement_with") })
        // "these states" after states named past the region stands for no region.
        #expect(try claims("In Central Asia, Kazakhstan and Kyrgyzstan remain loyal to Moscow. These states joined the Eurasian Economic Union in 2015.").allSatisfy { !$0.hasPrefix("region:") })
        // A parallel infinitive shares the refusal.
        let refused = try claims("Kazakhstan refused to recognize the annexation and to endorse Russia.")
        #expect(refused.contains("KAZ supports RUS negative") && !refused.contains("KAZ supports RUS positive"))
        // A capitalized demonym qualifies the noun after it, not the month before.
        let march = try claims("Kyiv said that in March Russian troops invaded Moldova.")
        #expect(march.contains("RUS invades MDA positive") && !march.contains { $0.hasPrefix("UKR invades") })
        // An impersonal « il », "it" carries no one.
        #expect(try claims("The European Union imposed new sanctions on Russia. It will be difficult to maintain economic ties with Moscow.").allSatisfy { !$0.hasPrefix("org:EU cooperates_with") })
        // Against an ally is no ally; a noun trigger after a verb is its object.
        #expect(try claims("Azerbaijan formed a coalition with Turkey against Armenia.").allSatisfy { !$0.contains("ARM") })
        #expect(try claims("The European Union endorsed sanctions against Russia.").allSatisfy { !$0.hasPrefix("org:EU supports RUS") })
        // Severing ties denies them; "severe" denies nothing.
        #expect(try claims("Armenia severed its close ties with Russia.").allSatisfy { !$0.hasSuffix("cooperates_with RUS positive") })
        #expect(try claims("The European Union imposed severe sanctions on Russia after the invasion.").contains("org:EU sanctions RUS positive"))
        // "for help" is the noun.
        #expect(try claims("Yerevan asked Moscow for help after the Azerbaijani attack.").allSatisfy { !$0.contains(" supports ") })
        // A negation of the first infinitive alone is not shared; a refusal is.
        let chose = try claims("Kazakhstan chose not to recognize the annexation of the Ukrainian regions and to condemn the Russian invasion.")
        #expect(chose.contains("KAZ condemns RUS positive") && !chose.contains("KAZ condemns RUS negative"))
        let french = try claims("Le Kazakhstan a choisi de ne pas reconnaître l’annexion des régions ukrainiennes et de condamner l’invasion russe.")
        #expect(french.contains("KAZ condemns RUS positive") && !french.contains { $0.hasPrefix("UKR ") })
        // « ces deux derniers » names the last two states named, not a demonym of the sentence before, and
        // « ces deux derniers mois » names none.
        let latter = try claims("Le Kirghizstan et le Tadjikistan accueillent des bases militaires russes. Ces deux derniers se sont affrontés à leur frontière.")
        #expect(latter.contains { $0.hasPrefix("TJK armed_conflict_with KGZ") || $0.hasPrefix("KGZ armed_conflict_with TJK") } && !latter.contains { $0.contains("armed_conflict_with") && $0.contains("RUS") })
        #expect(try claims("La Russie et la Chine ont signé un accord. Ces deux derniers mois, les échanges ont doublé.").allSatisfy { !$0.contains("RUS") || $0.contains("CHN") })
        // "never … without" grants what it negates.
        #expect(try claims("Analysts say Azerbaijan would never have invaded Armenia without Moscow's approval.").allSatisfy { !$0.hasSuffix("negative") })
        // "that" right before the noun is a determiner.
        #expect(try claims("Armenia still hopes to maintain that alliance with Russia.").contains("ARM ally_of RUS positive"))
    }

    /// "Putin held a trilateral meeting with Aliyev and Pashinyan … to discuss the conflict between Armenia and Azerbaijan": a
    /// meeting of a conflict's two sides and of one side besides is also that side's mediation between them (each person for
    /// the state they act for); who holds a meeting "with" others is a side of it, whatever slot follows their names. A
    /// meeting of three that tells a war with one side among them mediates nothing.
    @Test func aThirdSideAtTheTableOfTwoAtWarMediates() throws {
        let events = try extract("Title\n\nPutin held a trilateral meeting with Aliyev and Pashinyan in Sochi on October 31 to discuss the conflict between Armenia and Azerbaijan.\n", date: "2022-11-05").extraction.events
        let meeting = try #require(events.first { $0.type == "summit_or_meeting" })
        #expect(roles(meeting) == ["person:vladimir-putin:party", "person:ilham-aliyev:party", "person:nikol-pashinyan:party", "RUS:host"])
        let mediation = try #require(events.first { $0.type == "mediation" })
        #expect(roles(mediation) == ["person:vladimir-putin:mediator", "person:ilham-aliyev:party", "person:nikol-pashinyan:party"])
        #expect(mediation.date?.edtf == "2022-10-31")
        let tehran = try extract("Title\n\nThe leaders of Russia, Turkey and Iran met in Tehran on Tuesday to discuss the war in Ukraine.\n", date: "2022-07-21").extraction.events
        #expect(tehran.contains { $0.type == "summit_or_meeting" } && !tehran.contains { $0.type == "mediation" })
    }

    /// From kb's wrong outputs on a blind set: a ministry or an institution is on the side of the state or organization it
    /// belongs to (`part_of`), so Russia's foreign ministry condemns Estonia, not Russia; "paves the way for Finland and
    /// Sweden to join" (a list of names counts as one word in the modality window) is no membership yet; military bloggers
    /// are no state (« plusieurs blogueurs militaires russes »).
    @Test func sidesWindowsAndPrivateGroupsFromABlindSet() throws {
        let ministry = try assertions("Titre\n\nLe ministère russe des affaires étrangères a justifié cette décision par la « russophobie » qu’il reproche aux autorités estoniennes.\n")
        #expect(ministry.contains { $0.hasPrefix("org:RUS_MFA condemns EST") } && !ministry.contains { $0.hasPrefix("org:RUS_MFA condemns RUS") }, "\(ministry)")
        let paved = try extract("Title\n\nStoltenberg said the agreement paves the way for Finland and Sweden to join NATO.\n").extraction.assertions
        #expect(paved.filter { $0.predicate == "member_of" }.count == 2 && paved.filter { $0.predicate == "member_of" }.allSatisfy { $0.modality == .speculative })
        #expect(try assertions("Titre\n\nPlusieurs blogueurs militaires russes ont dénoncé une « trahison ».\n").isEmpty)
        // A negation does not reach past a clause of its own: "did not take place after Aliyev refused to attend" (`scope_end`).
        let refused = try assertions("Title\n\nThe meeting did not take place after Aliyev refused to attend.\n")
        #expect(refused.contains("person:ilham-aliyev refuses - positive"), "\(refused)")
        let refusé = try assertions("Titre\n\nLa rencontre n’a pas eu lieu parce que Bakou a refusé d’y participer.\n")
        #expect(refusé.contains("AZE refuses - positive"), "\(refusé)")
        #expect(try assertions("Title\n\nArmenia did not leave the CSTO.\n").contains("ARM left org:CSTO negative"))
    }

    /// "President Sadyr Japarov and his Tajik counterpart, Emomali Rahmon, who were both attending a regional summit …, met there
    /// on Friday": a role naming the person after its comma is that person's title, a possessive may open it in a list, and
    /// "met" with an adverb after it ("met there") is a meeting — of the two, not of the summit's host.
    @Test func twoLeadersListedWithARoleMet() throws {
        let events = try extract("Title\n\nPresident Sadyr Japarov and his Tajik counterpart, Emomali Rahmon, who were both attending a regional summit in the Uzbek city of Samarkand, met there on Friday.\n", date: "2022-09-19").extraction.events
        #expect(events.contains { $0.type == "summit_or_meeting" && roles($0) == ["person:sadyr-japarov:party", "person:emomali-rahmon:party"] && $0.date?.edtf == "2022-09-16" })
        // The verb may follow the apposition's comma at once.
        let sochi = try extract("Title\n\nPutin and his Turkish counterpart, Recep Tayyip Erdogan, met in Sochi on Friday.\n", date: "2022-08-07").extraction.events
        #expect(sochi.contains { $0.type == "summit_or_meeting" && roles($0).isSuperset(of: ["person:vladimir-putin:party", "person:recep-tayyip-erdogan:party"]) })
        let said = try extract("Title\n\nKazakhstan's interior minister, Marat Akhmetzhanov, said Russians who had fled would not be sent back.\n").extraction.events
        #expect(said.contains { $0.type == "statement" && roles($0).contains("person:marat-akhmetzhanov:party") })
    }

    /// "fired dozens of missiles at Ukrainian cities", « a tiré des dizaines de missiles sur Kyiv »: what arms are fired at is
    /// struck — its state the target, who fires them the aggressor; arms supplied strike nothing.
    @Test func missilesFiredAtACityStrikeItsState() throws {
        for text in ["Russia fired dozens of missiles at Ukrainian cities on Monday.", "La Russie a tiré des dizaines de missiles sur Kyiv lundi."] {
            let strikes = try extract("Title\n\n\(text)\n", date: "2022-10-12").extraction.events.filter { $0.type == "armed_clash" }
            #expect(strikes.count == 1 && strikes.allSatisfy { roles($0) == ["RUS:aggressor", "UKR:target"] && $0.date?.edtf == "2022-10-10" }, "\(text)")
        }
        #expect(try extract("Title\n\nIran supplied drones to Russia.\n").extraction.events.allSatisfy { $0.type != "armed_clash" })
    }

    /// "sent more than 2,000 troops", « qui avait dépêché plus de 2 000 soldats »: a verb of sending followed by armed forces
    /// (`object` = `forces`) is a deployment, where they went the host; "sent a letter" deploys nothing.
    @Test func sendingArmedForcesOfAnySizeIsADeployment() throws {
        func deployment(_ text: String) throws -> Set<String>? {
            try extract("Title\n\n\(text)\n", date: "2022-11-23").extraction.events.first { $0.type == "deployment" }.map(roles)
        }
        #expect(try deployment("Russia sent 3,000 troops to Belarus.") == ["RUS:party", "BLR:host"])
        #expect(try deployment("La Russie a envoyé 3 000 soldats en Biélorussie.") == ["RUS:party", "BLR:host"])
        #expect(try deployment("L’OTSC, qui avait dépêché plus de 2 000 soldats, en majorité russes, les a retirés à la mi-janvier.") == ["org:CSTO:party"])
        #expect(try deployment("Russia sent additional Russian troops to Belarus.") == ["RUS:party", "BLR:host"])
        #expect(try deployment("Russia sent thousands of troops to Belarus.") == ["RUS:party", "BLR:host"])
        #expect(try deployment("Russia sent a letter to NATO about its troops.") == nil)
    }

    /// Praise, promises and appeals are statements with their CAMEO roots: "hailed the decision", « a salué » (05), "pledged",
    /// « ont promis » (03), "called for calm", « a appelé les deux capitales au calme » (02).
    @Test func praisePromisesAndAppealsAreStatements() throws {
        func statement(_ text: String) throws -> (String, String?)? {
            try extract("Title\n\n\(text)\n").extraction.events.first { $0.type == "statement" }.map { e in
                (e.participants.map { gazetteer.entities[$0.entity].key }.sorted().joined(separator: ","), e.cameo)
            }
        }
        #expect(try statement("Ukraine hailed the decision as historic.").map { $0.0 == "UKR" && $0.1 == "05" } == true)
        #expect(try statement("La Turquie a salué la décision de Bruxelles.").map { $0.0 == "TUR" && $0.1 == "05" } == true)
        #expect(try statement("Germany pledged to keep supporting Kyiv.").map { $0.0.hasPrefix("DEU") && $0.1 == "03" } == true)
        #expect(try statement("Pékin a appelé les deux capitales au calme.").map { $0.0 == "CHN" && $0.1 == "02" } == true)
        // Orders, dismissals, appointments and states of emergency are decrees; "dismissed as a sham" is none.
        func decree(_ text: String) throws -> [String] {
            try extract("Title\n\n\(text)\n", date: "2022-01-07").extraction.events.filter { $0.type == "decree" }.map { e in
                e.participants.map { gazetteer.entities[$0.entity].key }.sorted().joined(separator: ",") + " " + (e.date?.edtf ?? "undated")
            }
        }
        #expect(try decree("Tokayev, who on Wednesday sacked the government, asked the CSTO for help.") == ["person:kassym-jomart-tokayev 2022-01-05"])
        #expect(try decree("Le président Tokaïev a décrété l’état d’urgence à Almaty.") == ["person:kassym-jomart-tokayev undated"])
        #expect(try decree("Yerevan dismissed the claim as a provocation.").isEmpty)
        // Past what is said about, a year is that thing's time; a day still dates the saying.
        let praised = try extract("Titre\n\nErdogan a aussi salué la victoire de l’Azerbaïdjan dans le Haut-Karabakh, en 2020.\n", date: "2022-11-12").extraction.events
        #expect(praised.first { $0.type == "statement" }.map { $0.date == nil } == true)
        let monday = try extract("Title\n\nGermany condemned the strikes on Monday.\n", date: "2022-10-12").extraction.events
        #expect(monday.first { $0.type == "statement" }?.date?.edtf == "2022-10-10")
    }

    /// "sparked", "led to", « a conduit à » (`consequence` in event-roles.tsv): the undated brief event right after them
    /// followed from the dated one before and is dated about then; "prompted" dates nothing.
    @Test func whatADatedEventSparkedIsDatedAboutThen() throws {
        let sparked = try extract("Title\n\nThe announcement of Russia's partial mobilization on September 21 sparked protests in Moscow.\n", date: "2022-11-16").extraction.events
        #expect(sparked.first { $0.type == "protest" }?.date?.edtf == "2022-09-21~")
        let prompted = try extract("Title\n\nThe announcement of Russia's partial mobilization on September 21 prompted protests in Moscow.\n", date: "2022-11-16").extraction.events
        #expect(prompted.contains { $0.type == "protest" && $0.date == nil })
    }

    /// "On Monday, Erdogan condemned … He also called on Putin to …": a statement the same speaker goes on with in the next
    /// sentence of the paragraph, undated, is the same statement (`continued` in event-types.tsv), whoever it names besides;
    /// one in another paragraph is another.
    @Test func aSpeakersNextWordsContinueTheStatement() throws {
        let text = "Title\n\nOn Monday, Erdogan condemned the Western sanctions against Russia. He also called on Putin to extend the grain deal.\n\nErdogan called on Putin to return the occupied lands.\n"
        let statements = try extract(text, date: "2022-11-16").extraction.events.filter { $0.type == "statement" }
        let monday = try #require(statements.first { $0.date?.edtf == "2022-11-14" })
        #expect(monday.mentions.count == 2 && roles(monday).contains("person:vladimir-putin:target"))
        #expect(statements.count == 2 && statements.contains { $0.date == nil && $0.mentions.count == 1 })
        // Another speaker of the same state does not go on with the first one's words.
        let two = try extract("Title\n\nOn Monday, Kremlin spokesman Dmitry Peskov condemned the decision of Estonia. Foreign ministry spokeswoman Maria Zakharova also said that Tallinn would regret it.\n", date: "2023-01-25").extraction.events.filter { $0.type == "statement" }
        #expect(two.count == 2 && two.allSatisfy { $0.mentions.count == 1 })
    }

    /// "the Moscow-brokered ceasefire", « l’accord de cessez-le-feu négocié sous l’égide de Moscou »: who brokered an agreement is
    /// its mediator, not a party; an agreement "that ended the 2020 war between Armenia and Azerbaijan" has that war's two
    /// sides, and, its year given, is the known ceasefire of that year. Signed by its sides, it has no mediator.
    @Test func whoBrokeredAnAgreementMediatedIt() throws {
        let english = try extract("Title\n\nThe contingent, deployed under the Moscow-brokered ceasefire that ended the 2020 war between Armenia and Azerbaijan, had become a silent witness to the situation, he said.\n", date: "2023-01-10").extraction.events
        let ceasefire = try #require(english.first { $0.type == "ceasefire_or_agreement" })
        #expect(roles(ceasefire) == ["RUS:mediator", "ARM:party", "AZE:party"] && ceasefire.date?.edtf == "2020-11-10")
        #expect(english.first { $0.type == "war" }?.date?.edtf == "2020-09-27/2020-11-10")
        let french = try extract("Titre\n\nLes affrontements entre l’Arménie et l’Azerbaïdjan ont repris en septembre 2022 malgré les efforts de la communauté internationale. Aujourd’hui, la violation du fragile accord de cessez-le-feu négocié sous l’égide de Moscou revient à bafouer l’autorité du Kremlin.\n").extraction
        let accord = try #require(french.events.first { $0.type == "ceasefire_or_agreement" })
        // Its sides are those of the conflict told before, as its mediation's.
        #expect(roles(accord) == ["RUS:mediator", "ARM:party", "AZE:party"])
        // The mediation itself is still between the sides of the conflict told before.
        #expect(Set(french.assertions.filter { $0.predicate == "mediates_between" }.compactMap { $0.object.map { gazetteer.entities[$0].key } }) == ["ARM", "AZE"])
        let signed = try extract("Title\n\nArmenia and Azerbaijan signed a ceasefire in Moscow after two days of fighting along their border.\n").extraction.events
        #expect(signed.first { $0.type == "ceasefire_or_agreement" }.map(roles)?.contains { $0.hasSuffix(":mediator") } == false)
    }

    /// « depuis le début de l’invasion, le 24 février », « la « mobilisation partielle » décrétée le 21 septembre »: an event
    /// the text refers to without having told it, giving its day, is the one known event of its type that day — with the
    /// state it took place in and the participants its sentence names. Another day founds nothing.
    @Test func anUntoldEventGivenItsDayIsTheKnownOne() throws {
        let text = "Titre\n\nCe redéploiement, qui traduit les pertes subies par l’armée russe depuis le début de l’invasion, le 24 février, intervient alors que la région est plus instable que jamais. Depuis la « mobilisation partielle » décrétée le 21 septembre, Moscou recrute aussi parmi les travailleurs migrants d’Asie centrale.\n"
        let found = try extract(text, date: "2022-11-20").extraction.events
        let invasion = try #require(found.first { $0.type == "invasion" })
        #expect(invasion.date?.edtf == "2022-02-24" && invasion.dateBasis == .known)
        #expect(roles(invasion) == ["RUS:aggressor", "UKR:target"])
        #expect(found.first { $0.type == "mobilization" }.map { $0.date?.edtf == "2022-09-21" && $0.participants.contains { gazetteer.entities[$0.entity].key == "RUS" } } == true)
        let otherDay = try extract("Titre\n\nLes pertes subies par l’armée russe depuis le début de l’invasion, le 25 mars, restent inconnues selon les experts militaires.\n", date: "2022-11-20").extraction.events
        #expect(!otherDay.contains { $0.type == "invasion" })
    }

    /// « Quatorze ans jour pour jour après le début de la guerre éclair qui l’avait opposée à la Russie, la Géorgie commémore
    /// ce lundi 8 août 2022 »: the day counted back is the known war's; "a week after the invasion", counted roughly from
    /// 3 March, is the known invasion, and so is the relation its sentence states.
    @Test func anEventCountedBackFromTheSentencesDate() throws {
        let war = try extract("Titre\n\nQuatorze ans jour pour jour après le début de la guerre éclair qui l’avait opposée à la Russie, la Géorgie commémore ce lundi 8 août 2022 ses morts avec un sentiment mêlé.\n", date: "2022-08-08").extraction.events
        #expect(war.first { $0.type == "war" }.map { $0.date?.edtf == "2008-08-07/2008-08-12" && Set($0.participants.map { gazetteer.entities[$0.entity].key }) == ["GEO", "RUS"] } == true)
        let applied = try extract("Titre\n\nLa Géorgie avait déposé sa demande d’adhésion le 3 mars, une semaine après l’invasion russe de l’Ukraine.\n", date: "2022-06-24").extraction
        #expect(applied.events.first { $0.type == "invasion" }?.date?.edtf == "2022-02-24")
        #expect(applied.assertions.first { $0.predicate == "invades" }?.date?.edtf == "2022-02-24")
    }

    /// "in the western oil town of Zhanaozen", "in the ancient Silk Road city of Samarkand": the words qualifying a town's
    /// noun do not keep the town from being where it happened.
    @Test func aTownQualifiedAtLengthIsStillWhere() throws {
        let unrest = try extract("Title\n\nThe unrest began on Jan. 2 in the western oil town of Zhanaozen over a sharp rise in the price of liquefied petroleum gas.\n", date: "2022-01-06").extraction.events
        #expect(unrest.first { $0.type == "protest" }.map { $0.place.map { gazetteer.entities[$0].key } == "place:zhanaozen" && $0.participants.contains { gazetteer.entities[$0.entity].key == "KAZ" } } == true)
        let summit = try extract("Title\n\nPutin acknowledged that China had concerns, a rare admission at a summit of the Shanghai Cooperation Organisation (SCO) in the ancient Silk Road city of Samarkand.\n", date: "2022-09-16").extraction.events
        #expect(summit.first { $0.type == "summit_or_meeting" }?.date?.edtf == "2022-09-15/2022-09-16")
    }

    /// A second read of a blind set's wrong outputs: "sanctions that the European Union imposed on Russia after it invaded
    /// Ukraine" (no organization invades: `subject_kinds` in predicates.tsv); "talks brokered by Macron and European Council
    /// President Charles Michel, Pashinyan and Aliyev agreed" (the names « et », "and" adds to a passive's agent are agents, and
    /// the list ends there); « même si Charles Michel a reçu MM. Aliev et Pachinian » (a meeting verb's objects never meet one
    /// another by it).
    @Test func aBlindSetsWrongOutputs() throws {
        let sanctions = try assertions("Title\n\nLithuanian officials insisted they were only applying sanctions that the European Union imposed on Russia after it invaded Ukraine on Feb. 24.\n")
        #expect(!sanctions.contains { $0.hasPrefix("org:EU invades") }, "\(sanctions)")
        let prague = try extract("Title\n\nAt talks in Prague on Oct. 6 brokered by French President Emmanuel Macron and European Council President Charles Michel, Pashinyan and Aliyev agreed to the deployment of an EU civilian mission.\n").extraction
        let mediation = try #require(prague.events.first { $0.type == "mediation" })
        let mediators = roles(mediation)
        #expect(mediators.contains("person:emmanuel-macron:mediator") && mediators.contains("org:EUROPEAN_COUNCIL:mediator"), "\(mediators)")
        #expect(!mediators.contains { $0.hasPrefix("person:nikol-pashinyan") } && !mediators.contains("org:EUROPEAN_COUNCIL:party"), "\(mediators)")
        let received = try assertions("Titre\n\nLes deux voisins se disputent toujours ce territoire, même si le président du Conseil européen, Charles Michel, a reçu MM. Aliev et Pachinian à Bruxelles en avril.\n")
        #expect(!received.contains { $0.hasPrefix("person:ilham-aliyev holds_summit_with person:nikol-pashinyan") || $0.hasPrefix("person:nikol-pashinyan holds_summit_with person:ilham-aliyev") }, "\(received)")
    }

    /// A blind review's cases of the session's rules: a duration counted back from a date told after it ("Exactly one month
    /// after Russia invaded Ukraine, NATO leaders gathered in Brussels on March 24"); a noun's year lends a month no year
    /// ("since their 2020 war, … in Sochi on Oct. 31") and dates that noun alone ("called on Baku to respect the 2020
    /// ceasefire brokered by Russia between Armenia and Azerbaijan": no sanctions of 2020, and the sides after "between" are
    /// no mediators); no organization is an invasion's aggressor; the agent of « par l’OTSC » is no target of « l’insurrection
    /// qui le menaçait »; "the OSCE Minsk Group" names no Belarus.
    @Test func aBlindReviewOfCountingBackAndBrokering() throws {
        let nato = try extract("Title\n\nExactly one month after Russia invaded Ukraine, NATO leaders gathered in Brussels on March 24 for an extraordinary summit.\n", date: "2022-03-25").extraction.events
        #expect(nato.first { $0.type == "invasion" }?.date?.edtf == "2022-02-24")
        let sochi = try extract("Title\n\nSix weeks after the worst fighting since their 2020 war, Armenia and Azerbaijan held talks in Sochi on Oct. 31.\n", date: "2022-11-01").extraction.events
        #expect(sochi.first { $0.type == "summit_or_meeting" }?.date?.edtf == "2022-10-31")
        let baku = try extract("Title\n\nThe EU, which imposed sanctions on Moscow, called on Baku to respect the 2020 ceasefire brokered by Russia between Armenia and Azerbaijan.\n", date: "2022-12-20").extraction
        #expect(baku.events.first { $0.type == "sanction_or_ban" }?.date == nil)
        let mediation = try #require(baku.events.first { $0.type == "mediation" })
        #expect(roles(mediation).contains("RUS:mediator") && !roles(mediation).contains("AZE:mediator"), "\(roles(mediation))")
        // (A participle right after a noun, its agent named, qualifies that noun: Baku, named before it, mediates nothing.)
        #expect(!baku.assertions.contains { $0.predicate == "mediates_between" && gazetteer.entities[$0.subject].key != "RUS" })
        #expect(Set(baku.assertions.filter { $0.predicate == "mediates_between" }.compactMap { $0.object.map { gazetteer.entities[$0].key } }) == ["ARM", "AZE"])
        // (Where a subject stands, the clause's subject is a side still: "Russia and Ukraine signed a deal brokered by Ankara".)
        let grain = try assertions("Title\n\nRussia and Ukraine signed a deal brokered by Ankara and the UN to reopen Black Sea ports to grain exports, officials said on Saturday.\n")
        #expect(grain.contains("TUR mediates_between RUS positive") && grain.contains("TUR mediates_between UKR positive"), "\(grain)")
        // The agreement that ended "the 2020 war" is of 2020, its sides named or not.
        let ended = try extract("Title\n\nThe ceasefire that ended the 2020 war between Armenia and Azerbaijan has been repeatedly violated, according to international observers.\n", date: "2022-09-14").extraction.events
        #expect(ended.first { $0.type == "ceasefire_or_agreement" }?.date?.edtf.hasPrefix("2020") == true)
        // « reconnaître les annexions russes »: the demonym is the annexation's doer, not what is (not) recognized.
        let annexations = try assertions("Titre\n\nL’Ouzbékistan et le Kazakhstan ont refusé de reconnaître les annexions russes, selon les ministères des affaires étrangères des deux pays.\n")
        #expect(!annexations.contains { $0.contains(" recognizes RUS") } && annexations.contains("RUS annexes_territory_of - positive"), "\(annexations)")
        // « …, a déclaré jeudi le président ukrainien », "…, said Charles Michel": a verb of saying opening the sentence's
        // short last segment has its speaker after it (no target); "Tokayev, whose government …, said that …" speaks first.
        let inverted = try extract("Titre\n\nTrois mois après l’annexion des régions ukrainiennes, les frappes russes continuent, a déclaré jeudi le président ukrainien.\n", date: "2022-12-30").extraction.events
        #expect(inverted.first { $0.type == "statement" }.map(roles) == ["person:volodymyr-zelensky:party", "UKR:party"])
        let michel = try extract("Title\n\nArmenia and Azerbaijan will sign a peace deal by the end of the year, said Charles Michel.\n").extraction.events
        #expect(michel.first { $0.type == "statement" }.map(roles) == ["person:charles-michel:party"])
        let analyst = try extract("Title\n\n\"They cannot afford to anger Russia, but they cannot afford secondary sanctions either,\" said an Almaty-based political analyst who asked not to be named.\n").extraction.events
        #expect(!analyst.contains { $0.type == "statement" && roles($0).contains("KAZ:party") })
        // "clearing the way for the two Nordic countries to join NATO", « ouvrant la voie à »: not joined yet.
        let cleared = try extract("Title\n\nTurkey lifted its veto after a meeting with Sweden and Finland in Madrid on Tuesday, clearing the way for the two Nordic countries to join NATO.\n", date: "2022-06-29").extraction.assertions
        #expect(!cleared.contains { $0.predicate == "member_of" && $0.modality == .asserted }, "\(cleared.map { "\($0.predicate) \($0.modality)" })")
        // "was avoided only narrowly": no war.
        let avoided = try extract("Title\n\nKyrgyzstan's war with Tajikistan was avoided only narrowly, and Bishkek later reached an agreement with Dushanbe on a ceasefire, officials said.\n").extraction
        #expect(!avoided.events.contains { $0.type == "war" } && !avoided.assertions.contains { $0.predicate == "armed_conflict_with" && $0.polarity == .positive })
        let invaded = try extract("Title\n\nLithuanian officials insisted they were only applying sanctions that the European Union imposed on Russia after it invaded Ukraine on Feb. 24.\n").extraction.events
        #expect(!invaded.contains { e in e.type == "invasion" && roles(e).contains("org:EU:aggressor") })
        let uprising = try extract("Titre\n\nLe Kremlin rappelle volontiers le soutien apporté au président kazakh Tokaïev par l’OTSC face à l’insurrection qui le menaçait en janvier 2022.\n").extraction.events
        #expect(uprising.first { $0.type == "protest" }.map(roles) == ["person:kassym-jomart-tokayev:target"])
        let minsk = try extract("Title\n\nArmenia and Azerbaijan agreed to resume talks under the auspices of the OSCE Minsk Group, the foreign ministry in Yerevan said on Tuesday.\n").extraction
        #expect(!minsk.mentions.flatMap { $0 }.contains { $0.key == "BLR" })
        #expect(minsk.events.contains { roles($0).contains("org:OSCE_MINSK_GROUP:mediator") })
    }

    /// "since their 2020 war": the year before a noun dates it, and "their" names the pair listed before — the known war of
    /// that year between them, whose days it takes (no territory need be named when the text gives the year).
    @Test func theirWarIsBetweenThePairNamedBefore() throws {
        let text = "Title\n\nArmenia and Azerbaijan agreed on a ceasefire after two days of fighting, in the worst flare-up between the two former Soviet republics since their 2020 war.\n"
        let (report, extraction) = try extract(text)
        let war = try #require(extraction.events.first { $0.type == "war" })
        #expect(war.date?.edtf == "2020-09-27/2020-11-10" && war.dateBasis == .known)
        #expect(Set(war.participants.map { gazetteer.entities[$0.entity].key }) == ["ARM", "AZE"])
        // "after two days" is not counted from the 2020 told after it.
        #expect(!ExtractionFixture.dateFinder.dates(in: report).flatMap { $0 }.contains { $0.surface.contains("two days") && $0.value.edtf.hasPrefix("2020") })
        // The pair may take words between its number and its noun.
        let pair = extraction.mentions.flatMap { $0 }.filter { $0.aliasKind == .description }.map(\.key)
        #expect(pair == ["ARM", "AZE"])
        // Three listed with « leurs revendications … sur les pays voisins » are no pairwise dispute.
        let claims = try assertions("Titre\n\nQue ce soit le Tadjikistan, le Kirghizstan et l’Azerbaïdjan, tous profitent du flou frontalier pour légitimer leurs revendications territoriales sur les pays voisins.\n")
        #expect(!claims.contains { $0.contains("territorial_dispute_with") })
    }

    /// A month without a year, paragraphs after a date of another year, is the one before the article's date.
    @Test func aMonthInAnotherParagraphCountsFromTheArticle() throws {
        let text = "Title\n\nThe fighting is the worst since clashes in April 2021 killed about 50 people.\n\nPutin met Xi for the first time since Moscow invaded Ukraine in February.\n"
        let dated = try report(text, date: "2022-09-16")
        let february = ExtractionFixture.dateFinder.dates(in: dated).flatMap { $0 }.first { $0.surface.contains("February") }
        #expect(february?.value.edtf == "2022-02")
        // In the same paragraph, the year told before still counts.
        let sameDated = try report("Title\n\nClashes broke out in April 2021. Another round followed in June.\n", date: "2022-09-16")
        #expect(ExtractionFixture.dateFinder.dates(in: sameDated).flatMap { $0 }.contains { $0.surface.contains("June") && $0.value.edtf == "2021-06" })
    }

    /// News dates and places: a weekday before a date is part of it; the date after the verb wins a tie
    /// with one closing a relative clause; a protest is where its protesters rally.
    @Test func newsDatesAndPlaces() throws {
        let report = try self.report(
            "Titre\n\nLe géant russe Gazprom, qui a déjà réduit ses livraisons de gaz depuis le 1er octobre, a menacé mardi 22 novembre la Moldavie.\n\nLes Etats-Unis ont d’ailleurs sanctionné fin octobre la Russie.\n",
            date: "2022-11-23")
        let x = ExtractionFixture.extractor.extract(report)
        let threat = try #require(x.events.first { $0.type == "statement" && $0.participants.contains { gazetteer.entities[$0.entity].key == "org:GAZPROM" } })
        #expect(threat.date?.edtf == "2022-11-22")
        #expect(ExtractionFixture.dateFinder.dates(in: report).flatMap { $0 }.contains { $0.surface == "mardi 22 novembre" })
        let sanction = try #require(x.events.first { $0.type == "sanction_or_ban" })
        #expect(sanction.date?.edtf == "2022-10~" && sanction.participants.contains { gazetteer.entities[$0.entity].key == "USA" })
        // Past an auxiliary, only a meeting takes the verb's place: "the invasion … was discussed in Astana"
        // is not in Astana, nor does a protest's city say who protests ("Russians protested in Tbilisi").
        #expect(try events("Title\n\nThe invasion of Ukraine was discussed in Astana.\n").allSatisfy { !$0.contains("KAZ") })
        #expect(try events("Title\n\nThe summit of the CSTO was held in Yerevan.\n").contains { $0.hasPrefix("summit_or_meeting") && $0.contains("ARM:host") })
        // A place opening the sentence is only a meeting's: "In Washington, officials condemned the Russian
        // invasion" invades no United States.
        #expect(try assertions("Title\n\nIn Washington, officials condemned the Russian invasion.\n").allSatisfy { !$0.contains("invades USA") })
        // « sans » after a plain negation denies still; a date of a span after the trigger does not beat the
        // year that opens the sentence; "sanctioned" without a name after it is no sanction.
        #expect(try assertions("Titre\n\nLa Turquie n’a jamais reconnu l’annexion de la Crimée, sans surprise pour les observateurs.\n").contains { $0.hasPrefix("TUR recognizes") && $0.hasSuffix("negative") })
        #expect(try assertions("Titre\n\nL’Arménie n’a pas quitté l’OTSC sans pour autant participer à ses exercices.\n").contains("ARM left org:CSTO negative"))
        let (_, held) = try extract("Title\n\nIn 2020, Azerbaijan violently attacked Armenian positions held since 1994.\n")
        #expect(held.events.allSatisfy { $0.date?.edtf.hasPrefix("1994") != true })
        #expect(try events("Title\n\nThe Kremlin sanctioned the operation in Kazakhstan in January 2022.\n").allSatisfy { !$0.hasPrefix("sanction_or_ban") })
        // One place per event: "took place in Tbilisi" is the protests', not the war's.
        #expect(try events("Title\n\nProtests against the war in Ukraine took place in Tbilisi.\n").allSatisfy { !$0.contains("GEO") })
        // A span that runs on dates a brief event only right after it.
        let (_, controlled) = try extract("Titre\n\nLe 27 septembre 2020, l’Azerbaïdjan a lancé une attaque contre le Haut-Karabakh, contrôlé depuis 1994 par les Arméniens.\n")
        #expect(controlled.events.contains { $0.type == "armed_clash" && $0.date?.edtf == "2020-09-27" })
    }

    /// What a source says is attributed to it: "said", « a déclaré que »; « a déclaré la guerre » is an act.
    @Test func whatASourceSaysIsAttributed() throws {
        let (_, said) = try extract("Title\n\nArmenia's defence ministry said that the Azerbaijani forces had attacked Armenia on the border with the help of drones.\n")
        #expect(said.assertions.contains { $0.kind == .extracted && $0.modality == .reported })
        let (_, war) = try extract("Titre\n\nLa Russie a déclaré la guerre à la Géorgie en août 2008.\n")
        #expect(war.assertions.filter { $0.kind == .extracted }.allSatisfy { $0.modality != .reported })
    }

    /// « son pays » is the state named before it in its sentence, and only there.
    @Test func hisCountryIsTheStateNamedBefore() throws {
        let found = try assertions("Titre\n\nQuelques heures après la cérémonie, le président ukrainien, Volodymyr Zelensky, a annoncé que son pays déposait une demande d’adhésion accélérée à l’OTAN.\n")
        #expect(found.contains("UKR seeks_rapprochement_with org:NATO positive"))
        let (_, x) = try extract("Titre\n\nLa Russie a reçu le président tadjik. Après ce parallèle, il a demandé à Vladimir Poutine de faire preuve de plus de respect envers son pays.\n")
        #expect(!x.mentions.flatMap { $0 }.contains { $0.surface == "pays" })
    }

    /// "their disputed border", "Both countries host …", "committed to Armenia's security".
    @Test func bordersBasesAndCommitments() throws {
        let found = try assertions("Title\n\nKyrgyzstan and Tajikistan agreed on Friday to a ceasefire after heavy fighting along their disputed border.\n\nBoth countries host Russian military bases, and analysts said Moscow could be asked to mediate.\n\nShe said Washington was committed to Armenia's security and sovereignty.\n")
        #expect(found.contains("KGZ territorial_dispute_with TJK positive") || found.contains("TJK territorial_dispute_with KGZ positive"))
        #expect(found.contains("RUS deploys_troops_in KGZ positive") && found.contains("RUS deploys_troops_in TJK positive"))
        #expect(found.contains("USA supports ARM positive"))
        // A pronoun after « que » is the subject of the clause governing it, not the last sentence's.
        let promise = try assertions("Titre\n\nL’Ukraine a demandé de l’aide. Le Kazakhstan, hôte du sommet, a assuré qu’il n’aiderait pas la Russie à contourner les sanctions.\n")
        #expect(promise.contains("KAZ supports RUS negative") && !promise.contains { $0.hasPrefix("UKR supports") })
    }

    @Test func theSubjectOfAnotherVerbIsNoPartyToTheFighting() throws {
        let found = try events("The United States and the European Union urged an end to the fighting.\n")
        #expect(!found.contains { $0.hasPrefix("armed_clash") })
        // Named as parties, they are: « entre Bakou et Erevan ».
        let named = try events("Les affrontements survenus en septembre 2022 entre Bakou et Erevan ont fait 200 morts.\n")
        #expect(named.contains { $0.hasPrefix("armed_clash") && $0.contains("ARM:party") && $0.contains("AZE:party") })
    }
}

/// English dates as news articles write them.
@Suite struct EnglishDateTests {
    func dates(_ sentence: String) throws -> [String] {
        let report = try ReportParser(lexicon: ExtractionFixture.lexicon).parse("Fighting on the border\n\n\(sentence)\n")
        return ExtractionFixture.dateFinder.dates(in: report).flatMap { $0 }.map { "\($0.surface)=\($0.value.edtf)" }
    }

    @Test func theMonthBeforeTheDayAndAbbreviatedMonths() throws {
        #expect(try dates("Fighting broke out on September 13, 2022 along the border, the Armenian defence ministry said.") == ["September 13, 2022=2022-09-13"])
        #expect(try dates("Fighting broke out on Sept. 13, 2022 along the border, the Armenian defence ministry said.") == ["Sept. 13, 2022=2022-09-13"])
        #expect(try dates("The troops arrived in Kazakhstan in Jan. 2022 at the request of its president.") == ["Jan. 2022=2022-01"])
        #expect(try dates("Fighting broke out on 13 September 2022 along the border, the ministry said.") == ["13 September 2022=2022-09-13"])
    }
}

extension ArticleTests {
    @Test func sendingTroopsIsADeployment() throws {
        let french = try assertions("Titre\n\nEn janvier 2022, la Russie avait envoyé des parachutistes au Kazakhstan pour aider le pouvoir.\n")
        #expect(french.contains("RUS deploys_troops_in KAZ positive"))
        let english = try assertions("Title\n\nIn January 2022, Russia sent troops to Kazakhstan to help the government.\n")
        #expect(english.contains("RUS deploys_troops_in KAZ positive"))
        #expect(try events("Title\n\nIn January 2022, Russia sent troops to Kazakhstan to help the government.\n").contains { $0.hasPrefix("deployment:") && $0.contains("RUS:") && $0.contains("KAZ:") })
    }
}

extension ArticleTests {
    @Test func aNegativeSubjectDeniesItsVerbHoweverFar() throws {
        let french = try assertions("Titre\n\nAucun des cinq États d’Asie centrale n’a reconnu l’annexion de la Crimée par la Russie.\n")
        #expect(french.contains { $0.contains(" recognizes ") && $0.hasSuffix(" negative") })
        #expect(!french.contains { $0.contains(" recognizes ") && $0.hasSuffix(" positive") })
        let english = try assertions("Title\n\nNone of the five Central Asian states has recognized the annexation of Crimea by Russia.\n")
        #expect(english.contains { $0.contains(" recognizes ") && $0.hasSuffix(" negative") })
        // Past « que », the negative subject's verb is behind: Russia's invasion is not denied.
        let behind = try assertions("Titre\n\nRien n’indique que la Russie a envahi la Géorgie.\n")
        #expect(!behind.contains { $0.contains(" invades ") && $0.hasSuffix(" negative") })
    }

    @Test func aDenialCancelsWhatIsDenied() throws {
        let found = try assertions("Title\n\nAzerbaijan denied attacking Armenia and said it had responded to provocations.\n")
        #expect(!found.contains { $0.contains("armed_conflict_with") && $0.hasSuffix(" positive") })
    }
}

extension ArticleTests {
    @Test func aNounInAppositionTellsWhatTheNameIs() throws {
        let french = try assertions("Titre\n\nLe Kazakhstan, membre de l’OTSC et de l’Union économique eurasiatique, refuse de reconnaître l’annexion.\n")
        #expect(french.contains("KAZ member_of org:CSTO positive"))
        let english = try assertions("Title\n\nArmenia, a member of the CSTO, asked for help after the attack by Azerbaijan.\n")
        #expect(english.contains("ARM member_of org:CSTO positive"))
    }
}

extension ArticleTests {
    @Test func aNameQualifyingTheNextNounActsInNothing() throws {
        let found = try assertions("Title\n\nThe last troops from a Russian-led alliance left Kazakhstan on Wednesday. Armenia may leave the Russian-led CSTO.\n")
        // Leaving a country is no leaving of an organization, and Russia is not who leaves or is left.
        #expect(!found.contains { $0.contains(" left KAZ") || $0.hasPrefix("RUS left") || $0.contains(" left RUS") })
        #expect(found.contains { $0.hasPrefix("ARM left org:CSTO") })
    }

    @Test func whatIsDemandedIsNotDone() throws {
        let found = try extract("Title\n\nProtesters demanded that Armenia leave the Russian-led CSTO.\n").extraction.assertions
        let left = try #require(found.first { $0.predicate == "left" })
        #expect(left.modality == .speculative)
    }
}

extension ArticleTests {
    @Test func aHostCountryIsWhereTheBaseStands() throws {
        #expect(try assertions("Title\n\nArmenia hosts a Russian military base in Gyumri.\n").contains("RUS deploys_troops_in ARM positive"))
        #expect(try assertions("Titre\n\nLe Tadjikistan abrite la plus grande base militaire russe à l’étranger.\n").contains("RUS deploys_troops_in TJK positive"))
    }
}

extension ArticleTests {
    @Test func aFailureIsNotADeed() throws {
        let found = try assertions("Title\n\nProtesters accused the CSTO of failing to defend Armenia.\n")
        #expect(!found.contains { $0.contains(" supports ") && $0.hasSuffix(" positive") })
    }
}

extension ArticleTests {
    @Test func coordinatedSubjectsMeetAndAgree() throws {
        let met = try events("Title\n\nKyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon met on Friday.\n")
        #expect(met.contains { $0.hasPrefix("summit_or_meeting") && $0.contains("person:sadyr-japarov:party") && $0.contains("person:emomali-rahmon:party") })
        let agreed = try events("Title\n\nKyrgyzstan and Tajikistan agreed on Friday to a ceasefire after heavy fighting.\n")
        #expect(agreed.contains { $0.hasPrefix("ceasefire_or_agreement") && $0.contains("KGZ:party") && $0.contains("TJK:party") })
        // A symmetric verb needs both sides.
        #expect(!(try events("Title\n\nRussian troops met fierce resistance near Kyiv.\n")).contains { $0.hasPrefix("summit_or_meeting") })
    }
}

/// Sentences a reviewer found the rules above could misread.
extension ArticleTests {
    @Test func twoDenialsStillAffirm() throws {
        let found = try assertions("Titre\n\nLa Moldavie ne refuse pas de reconnaître l’annexion de la Crimée par la Russie.\n")
        #expect(found.contains { $0.hasPrefix("MDA recognizes ") && $0.hasSuffix(" positive") })
        #expect(!found.contains { $0.contains(" recognizes ") && $0.hasSuffix(" negative") })
    }

    @Test func wordsWithAnotherSenseStayQuiet() throws {
        // "declined" as "went down", "occupied" as an adjective, "met" as "encountered".
        let trade = try assertions("Title\n\nTrade with Russia declined after the invasion of Ukraine.\n")
        #expect(!trade.contains { $0.contains(" refuses ") })
        #expect(!trade.contains { $0.contains(" invades ") && $0.hasSuffix(" negative") })
        // The invasion stays a fact.
        #expect(try events("Title\n\nTrade with Russia declined after the invasion of Ukraine.\n").contains { $0.hasPrefix("invasion") && $0.contains("UKR:target") })
        #expect(!(try assertions("Title\n\nAzerbaijan regained the occupied districts around Nagorno-Karabakh.\n")).contains { $0.hasPrefix("AZE invades") })
        #expect(!(try events("Title\n\nRussian forces met Ukrainian resistance near Kharkiv.\n")).contains { $0.hasPrefix("summit_or_meeting") })
    }

    @Test func hostingAndAppositionsNeedTheirShape() throws {
        // A preposition between the hosting verb and the noun: the noun is not hosted.
        #expect(!(try events("Title\n\nGeorgia hosted refugees after the Russian invasion of Ukraine.\n")).contains { $0.contains("GEO:") && $0.hasPrefix("invasion") })
        // « Unlike Belarus, » is no apposition.
        #expect(!(try assertions("Title\n\nUnlike Belarus, the invasion of Ukraine shocked Kazakhstan.\n")).contains { $0.hasPrefix("BLR invades") })
        // An adverb is no noun: the passive agent still is the subject.
        #expect(try assertions("Title\n\nArmenia was criticized sharply by Russia.\n").contains("RUS condemns ARM positive"))
    }
}

extension EnglishDateTests {
    @Test func aMonthBeforeANumberIsNotAlwaysADate() throws {
        #expect(try dates("In March 24 soldiers were killed on the border, the ministry said.").isEmpty)
    }
}

extension ArticleTests {
    @Test func bothCountriesAreThePairNamedBefore() throws {
        let found = try events("Title\n\nArmenia and Azerbaijan fought a war in 2020. Both countries agreed on a ceasefire.\n")
        #expect(found.contains { $0.hasPrefix("ceasefire_or_agreement") && $0.contains("ARM:party") && $0.contains("AZE:party") })
    }
}

extension ArticleTests {
    @Test func anOrganizationGroupingAListHasThemAsMembers() throws {
        let english = try assertions("Title\n\nIt was the first time the CSTO, which groups Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan, had deployed troops in Kazakhstan.\n")
        for member in ["RUS", "BLR", "ARM", "KAZ", "KGZ", "TJK"] { #expect(english.contains("\(member) member_of org:CSTO positive")) }
        // The list inside the relative clause is not who deployed: the CSTO is (a deployment needs where).
        #expect(english.contains { $0.hasPrefix("org:CSTO deploys_troops_in KAZ") })
        #expect(!english.contains { $0.hasPrefix("TJK deploys_troops_in") })
        let french = try assertions("Titre\n\nL’OTSC, qui regroupe la Russie, la Biélorussie, l’Arménie, le Kazakhstan, le Kirghizstan et le Tadjikistan, n’a pas réagi.\n")
        #expect(french.contains("KGZ member_of org:CSTO positive") && french.contains("RUS member_of org:CSTO positive"))
    }
}

extension ArticleTests {
    @Test func byAfterANounPhraseIsThatNounsAgent() throws {
        let found = try assertions("Title\n\nNancy Pelosi on Sunday condemned what she called illegal and deadly attacks by Azerbaijan on Armenian territory.\n")
        #expect(found.contains { $0.hasPrefix("person:nancy-pelosi condemns") })
        #expect(!found.contains { $0.contains(" condemns ARM") || $0.hasPrefix("AZE condemns") })
    }
}

extension ArticleTests {
    @Test func thePartiesOfAnotherEventNounAreNotTheObject() throws {
        let found = try assertions("Title\n\nArmenia and Azerbaijan clashed in 2020. Nancy Pelosi condemned the attacks, days after the worst fighting between the two neighbors in two years.\n")
        #expect(!found.contains { $0.hasPrefix("person:nancy-pelosi condemns ARM") || $0.hasPrefix("person:nancy-pelosi condemns AZE") })
        #expect(found.contains { $0.contains("armed_conflict_with") && $0.contains("ARM") && $0.contains("AZE") })
    }
}

extension EnglishDateTests {
    @Test func aWeekdayIsTheLastOneBeforeTheArticlesDate() throws {
        var report = try ReportParser(lexicon: ExtractionFixture.lexicon).parse(
            "Truce\n\nArmenia and Azerbaijan agreed on a ceasefire late on Wednesday, officials said.\n")
        // Without the article's date a weekday is no date.
        #expect(ExtractionFixture.dateFinder.dates(in: report).flatMap { $0 }.isEmpty)
        report.metadata.date = "2022-09-15"     // a Thursday
        let found = ExtractionFixture.dateFinder.dates(in: report).flatMap { $0 }
        #expect(found.map { "\($0.surface)=\($0.value.edtf)" } == ["Wednesday=2022-09-14"])
        var french = try ReportParser(lexicon: ExtractionFixture.lexicon).parse(
            "Sommet\n\nLe président tadjik a créé la surprise, vendredi 14 octobre, à Astana, puis a quitté la ville samedi.\n")
        french.metadata.date = "2022-10-16"     // a Sunday
        let dates = ExtractionFixture.dateFinder.dates(in: french).flatMap { $0 }.map { "\($0.surface)=\($0.value.edtf)" }
        #expect(dates == ["vendredi 14 octobre=2022-10-14", "samedi=2022-10-15"])
    }
}

extension ArticleTests {
    @Test func metIsAMeetingOnlyWithANameAfterIt() throws {
        #expect(try assertions("Title\n\nOn Sunday, Nancy Pelosi met Prime Minister Nikol Pashinyan in Yerevan.\n").contains { $0.contains("holds_summit_with") && $0.contains("person:nancy-pelosi") && $0.contains("person:nikol-pashinyan") })
        #expect(!(try events("Title\n\nRussian forces met Ukrainian resistance near Kharkiv.\n")).contains { $0.hasPrefix("summit_or_meeting") })
        #expect(!(try events("Title\n\nArmenia met its obligations to the CSTO.\n")).contains { $0.hasPrefix("summit_or_meeting") })
    }
}

extension ArticleTests {
    /// A simple tense puts « pas » after the verb: « ne reconnaît pas » is as negated as « n’a pas reconnu ».
    @Test func aSimpleTenseNegationFollowsTheVerb() throws {
        let found = try assertions("Titre\n\nLa Russie ne reconnaît pas l’indépendance de la Géorgie. L’Arménie ne quitte pas l’OTSC. Le Kazakhstan ne soutient plus la Russie.\n")
        #expect(found.contains("ARM left org:CSTO negative"))
        #expect(found.contains("KAZ supports RUS negative"))
        #expect(found.contains { $0.hasPrefix("RUS recognizes") && $0.hasSuffix(" negative") })
        #expect(!found.contains { $0.hasSuffix(" positive") && ($0.hasPrefix("ARM left") || $0.hasPrefix("KAZ supports") || $0.hasPrefix("RUS recognizes")) })
    }
}

extension ArticleTests {
    /// A ceasefire "after two days of fighting" ends fighting between its own two sides; a shelling is a clash.
    @Test func fightingBeforeATruceIsBetweenTheTruceSides() throws {
        let english = try events("Title\n\nArmenia and Azerbaijan agreed on a ceasefire late on Wednesday after two days of fighting along their border.\n")
        #expect(english.contains("armed_clash: ARM:party AZE:party"))
        let french = try events("Titre\n\nLe Kirghizstan et le Tadjikistan ont conclu une trêve après trois jours de combats à la frontière.\n")
        #expect(french.contains("armed_clash: KGZ:party TJK:party"))
        // Without a temporal word, or with a truce that is denied, the fighting has no sides of its own.
        let denied = try events("Titre\n\nLe Kirghizstan et le Tadjikistan n’ont pas conclu de trêve après des combats à la frontière.\n")
        #expect(!denied.contains { $0.hasPrefix("armed_clash") })
        let shelled = try events("Title\n\nAzerbaijani forces shelled the town of Jermuk inside Armenia on Sept. 13, the ministry said.\n")
        #expect(shelled.contains { $0.hasPrefix("armed_clash:") && $0.contains("AZE:") && $0.contains("ARM:") })
        let bombarde = try events("Titre\n\nLes forces azerbaïdjanaises ont bombardé la ville de Jermuk en Arménie le 13 septembre.\n")
        #expect(bombarde.contains { $0.hasPrefix("armed_clash:") && $0.contains("AZE:") && $0.contains("ARM:") })
    }

    /// What a hostile verb strikes is its target, even named by a demonym closing a short noun phrase, and even
    /// with no one named as striking; who strikes is then the aggressor. A reciprocal verb keeps two parties.
    @Test func whatAStrikeHitsIsItsTarget() throws {
        let cities = try events("Titre\n\nDes missiles se sont abattus sur les principales villes ukrainiennes en octobre 2022.\n")
        #expect(cities == ["armed_clash: UKR:target"])
        #expect(try onlyEvent("Titre\n\nLes forces azerbaïdjanaises ont bombardé des villes arméniennes le 13 septembre 2022.\n") == ["armed_clash:", "AZE:aggressor", "ARM:target"])
        #expect(try onlyEvent("Title\n\nRussian missiles bombarded Kyiv on 10 October 2022.\n") == ["armed_clash:", "RUS:aggressor", "UKR:target"])
        #expect(try onlyEvent("Title\n\nArmenian and Azerbaijani troops exchanged fire overnight on 13 September 2022.\n") == ["armed_clash:", "ARM:party", "AZE:party"])
        // A place struck makes its state the target, in the active and the passive (a review's cases).
        #expect(try onlyEvent("Title\n\nRussian forces shelled Zaporizhzhia overnight, the regional governor said on 10 October 2022.\n") == ["armed_clash:", "RUS:aggressor", "UKR:target"])
        #expect(try onlyEvent("Titre\n\nSelon les autorités locales, Jermuk a été bombardée par les forces azerbaïdjanaises le 13 septembre 2022.\n") == ["armed_clash:", "AZE:aggressor", "ARM:target"])
        // Nothing named struck, no strike: « a pilonné l’opposition dans un discours ».
        let speech = try events("Titre\n\nLe président Tokaïev a pilonné l’opposition dans un discours virulent mardi à Astana, selon la presse kazakhe.\n")
        #expect(!speech.contains { $0.hasPrefix("armed_clash") })
        // Reciprocal fighting near a place of one side keeps both sides named before the verb.
        let near = try events("Title\n\nOn September 16, Kyrgyz and Tajik forces exchanged fire near Vorukh, the border service said.\n")
        #expect(near.contains { $0.hasPrefix("armed_clash:") && $0.contains("KGZ:party") && $0.contains("TJK:party") })
        // "clashed" is the verb, whose coordinated subjects are all parties; "attacked" strikes, and armed forces or a
        // state strike even what has no name ("border posts and villages", "it").
        let clashed = try events("Title\n\nKyrgyz and Tajik forces clashed on Friday along the disputed border, officials said.\n")
        #expect(clashed.contains { $0.hasPrefix("armed_clash:") && $0.contains("KGZ:party") && $0.contains("TJK:party") })
        #expect(try onlyEvent("Title\n\nTajik troops attacked Kyrgyz border posts on 14 September 2022, officials said.\n") == ["armed_clash:", "TJK:aggressor", "KGZ:target"])
        let unnamed = try events("Title\n\nBishkek said Tajik troops had attacked border posts and villages with tanks on 14 September 2022.\n")
        #expect(unnamed.contains("armed_clash: TJK:aggressor"))
        // « ont attaqué »: French too; struck by no one named, only arms or armed forces strike in the active voice.
        #expect(try onlyEvent("Titre\n\nDans la nuit du 12 au 13 septembre, les forces azerbaïdjanaises ont attaqué des positions arméniennes.\n") == ["armed_clash:", "AZE:aggressor", "ARM:target"])
        let critics = try events("Titre\n\nLes critiques ont attaqué le gouvernement kazakh le 3 mars 2022.\n")
        #expect(!critics.contains { $0.hasPrefix("armed_clash") })
        let passiveOnly = try events("Title\n\nLocal officials said that Jermuk was shelled on 13 September 2022, and that two people were killed.\n")
        #expect(passiveOnly.contains("armed_clash: ARM:target"))
        // "hit", « ont frappé »: strikes too; a demonym on something else strikes nothing ("Western sanctions hit the
        // Russian economy"), nor does a crisis (a second review's cases).
        #expect(try onlyEvent("Title\n\nRussian missiles hit Kyiv on 10 October 2022, killing at least 19 people.\n") == ["armed_clash:", "RUS:aggressor", "UKR:target"])
        #expect(try onlyEvent("Titre\n\nDes missiles russes ont frappé Kiev le 10 octobre 2022, faisant au moins 19 morts.\n") == ["armed_clash:", "RUS:aggressor", "UKR:target"])
        let sanctions = try events("Title\n\nWestern sanctions hit the Russian economy hard in 2022, officials said.\n")
        #expect(!sanctions.contains { $0.hasPrefix("armed_clash") })
        let crisis = try events("Titre\n\nLa crise a frappé la Russie en 2022, selon les analystes.\n")
        #expect(!crisis.contains { $0.hasPrefix("armed_clash") })
        // A meeting verb still needs both sides: "met fierce resistance" meets no one.
        let resistance = try events("Title\n\nRussian troops met fierce resistance near Kyiv in March 2022.\n")
        #expect(!resistance.contains { $0.hasPrefix("summit_or_meeting") })
    }
}

extension ArticleTests {
    /// What an event states between its sides is a relation of its sentence (event-types.tsv `relation`): fighting
    /// told as the time of a truce between two states is their armed conflict; no region is a side ("the Western
    /// sanctions imposed over the war in Ukraine" puts the West in no war).
    @Test func aClashIsAnArmedConflictBetweenItsSides() throws {
        let truce = try assertions("Title\n\nKyrgyzstan and Tajikistan agreed on Friday to a ceasefire after heavy fighting along their disputed border.\n")
        #expect(truce.contains { $0.hasPrefix("KGZ armed_conflict_with TJK") || $0.hasPrefix("TJK armed_conflict_with KGZ") })
        let west = try assertions("Title\n\nAnalysts said the ruling looked like a warning to Nur-Sultan, which has refused to help Moscow get around the Western sanctions imposed over the war in Ukraine.\n")
        #expect(!west.contains { $0.contains("region:the-west armed_conflict_with") || $0.contains("armed_conflict_with region:the-west") })
    }
}

extension ArticleTests {
    /// "pro-Russian protesters", « des manifestants prorusses »: a stance names Russia (a mention still), which takes no
    /// part in what they do (a second review's cases).
    @Test func aStanceNamesAStateThatTakesNoPart() throws {
        let english = try extract("Title\n\nPro-Russian protesters rallied in Chisinau on 12 March 2023, demanding the government's resignation.\n", date: "2023-03-15")
        #expect(english.extraction.mentions.joined().contains { $0.key == "RUS" && $0.stance })
        #expect(!english.extraction.events.contains { $0.participants.contains { gazetteer.entities[$0.entity].key == "RUS" } })
        #expect(!english.extraction.assertions.contains { a in
            a.kind == .extracted && ([a.subject] + (a.object.map { [$0] } ?? [])).contains { gazetteer.entities[$0].key == "RUS" }
        })
        let french = try extract("Titre\n\nDes manifestants prorusses ont défilé à Chisinau le 12 mars 2023 pour réclamer la démission du gouvernement.\n", date: "2023-03-15")
        #expect(french.extraction.mentions.joined().contains { $0.key == "RUS" && $0.stance })
        #expect(!french.extraction.events.contains { $0.participants.contains { gazetteer.entities[$0.entity].key == "RUS" } })
    }

    @Test func aNumberOfPeopleActsAndADemandIsNoDeed() throws {
        // "Hundreds of thousands of Russians fled", « des milliers de Russes ont fui »: a number of people acts through
        // its complement; "demanding Armenia leave the CSTO" is a demand, no departure.
        for text in ["Title\n\nHundreds of thousands of Russians fled to Kazakhstan and Georgia after the mobilisation was announced on 21 September 2022.\n",
                     "Titre\n\nDes milliers de Russes ont fui vers le Kazakhstan après l’annonce de la mobilisation le 21 septembre 2022.\n"] {
            let fled = try extract(text, date: "2022-11-15")
            #expect(fled.extraction.events.contains { $0.type == "exodus" && $0.participants.contains { gazetteer.entities[$0.entity].key == "RUS" && $0.role == .party } }, "\(text)")
        }
        let demand = try extract("Title\n\nArmenians protested outside the Russian embassy in Yerevan on 20 September 2022, demanding Armenia leave the CSTO.\n", date: "2022-11-15")
        let left = demand.extraction.assertions.filter { $0.predicate == "left" }
        #expect(!left.isEmpty && left.allSatisfy { $0.modality == .speculative })
    }
}

extension ArticleTests {
    /// What is to come or unlikely is no fact: « la future appartenance de l’Ukraine à l’OTAN » is speculative, "a war
    /// between Kazakhstan and Russia remains highly unlikely" too; the Council of Europe is an organization one is a
    /// member of (a second review's cases).
    @Test func whatIsToComeOrUnlikelyIsNoFact() throws {
        let future = try extract("Titre\n\nLa future appartenance de l’Ukraine à l’OTAN reste un sujet de division entre les alliés.\n")
        let membership = future.extraction.assertions.filter { $0.predicate == "member_of" }
        #expect(!membership.isEmpty && membership.allSatisfy { $0.modality == .speculative })
        let unlikely = try extract("Title\n\nAnalysts say a war between Kazakhstan and Russia remains highly unlikely in 2023.\n")
        let war = unlikely.extraction.assertions.filter { $0.predicate == "armed_conflict_with" }
        #expect(!war.isEmpty && war.allSatisfy { $0.modality == .speculative })
        #expect(!unlikely.extraction.events.contains { $0.type == "war" })
        let council = try assertions("Title\n\nGeorgia's membership of the Council of Europe has not protected it from Russian occupation, analysts said in 2022.\n")
        #expect(council.contains("GEO member_of org:CoE positive"))
    }
}

extension ArticleTests {
    /// "the breakaway republics of Donetsk and Luhansk", « les républiques séparatistes de Donetsk et de Louhansk »: the
    /// territory a republic or a separatist noun stands for is what is recognized (event-roles.tsv transparent).
    @Test func separatistRepublicsStandForTheirTerritory() throws {
        let english = try assertions("Title\n\nKazakhstan did not recognise the breakaway republics of Donetsk and Luhansk in 2022, Tokayev said.\n")
        #expect(english.contains("KAZ recognizes place:donetsk negative") && english.contains("KAZ recognizes place:luhansk negative"))
        let french = try assertions("Titre\n\nAstana n’a reconnu ni les républiques séparatistes de Donetsk et de Louhansk, ni l’annexion par Moscou de quatre régions ukrainiennes.\n")
        #expect(french.contains("KAZ recognizes place:donetsk negative") && french.contains("KAZ recognizes place:luhansk negative"))
        #expect(!french.contains { $0.hasPrefix("KAZ recognizes") && $0.hasSuffix(" positive") })
    }
}

extension ArticleTests {
    /// "During the summit, Armenians protested against Russia": the summit a frame names is the one told before, whatever
    /// the rest of the sentence names, and what happens in its time takes its date; English plural demonyms name the
    /// people's state ("Armenians"); « des manifestants ont protesté contre » is a protest (a review's cases).
    @Test func whatHappensDuringATakenSummitTakesItsDate() throws {
        let english = try extract("Title\n\nArmenia hosted the CSTO summit in Yerevan on November 23, 2022. During the summit, Armenians protested against Russia outside the venue.\n", date: "2022-11-30")
        let protest = try #require(english.extraction.events.first { $0.type == "protest" })
        #expect(protest.date?.edtf == "2022-11-23")
        #expect(roles(protest) == ["ARM:party", "RUS:target"])
        let french = try extract("Titre\n\nL’Arménie a accueilli le sommet de l’OTSC à Erevan le 23 novembre 2022. Pendant le sommet, des manifestants ont protesté contre l’OTSC.\n", date: "2022-11-30")
        #expect(french.extraction.events.contains { $0.type == "protest" && $0.date?.edtf == "2022-11-23" })
        // "On the sidelines of the summit", « en marge du sommet »: a frame too; a summit of two days dates what happened
        // during it by its two days.
        for text in ["Title\n\nThe SCO summit was held in Samarkand on 15-16 September 2022. On the sidelines of the summit, Putin met Xi Jinping.\n",
                     "Titre\n\nLe sommet de l’OCS s’est tenu à Samarcande les 15 et 16 septembre 2022. En marge du sommet, Vladimir Poutine a rencontré Xi Jinping.\n"] {
            let found = try extract(text, date: "2022-09-30")
            let meeting = found.extraction.assertions.first { $0.predicate == "holds_summit_with" }
            #expect(meeting?.date?.edtf == "2022-09-15/2022-09-16", "\(text)")
        }
        // « aux parties au conflit » is no conflict told before: no date of another one.
        let parties = try extract("Titre\n\nLe conflit russo-ukrainien dure depuis le 24 février 2022. Le Kirghizstan et le Tadjikistan se sont affrontés à la frontière. Moscou a finalement demandé aux parties au conflit de trouver une solution.\n", date: "2022-11-30")
        #expect(!parties.extraction.assertions.contains { $0.predicate == "demands_of" && $0.date != nil })
    }
}

extension ArticleTests {
    /// "met Putin again": another occurrence founds its own event — it is never the one told before, nor takes its
    /// date (a review's case).
    @Test func anotherOccurrenceIsAnotherEvent() throws {
        let found = try extract("Title\n\nPutin visited Tehran on July 19, 2022, where he met Erdogan. Erdogan later travelled to Sochi and met Putin again.\n")
        let meetings = found.extraction.events.filter { $0.type == "summit_or_meeting" }
        #expect(meetings.count == 2)
        #expect(meetings.contains { $0.date == nil && found.report.sentences[$0.mentions[0].sentence].text.contains("again") })
        let undated = found.extraction.assertions.filter { $0.predicate == "holds_summit_with" && found.report.sentences[$0.sentence].text.contains("again") }
        #expect(!undated.isEmpty && undated.allSatisfy { $0.date == nil })
    }
}

extension ArticleTests {
    /// « l’appartenance de l’Arménie à l’OTSC », "Armenia's membership in/of the CSTO": what only an organization can be
    /// the object of takes it from « à », "in", "of", whichever preposition; the state is the member.
    @Test func membershipNamesTheMemberAndTheOrganization() throws {
        let french = try assertions("Titre\n\nIl est déprimant que l’appartenance de l’Arménie à l’OTSC n’ait pas dissuadé l’Azerbaïdjan de mener des actions agressives.\n")
        #expect(french.contains("ARM member_of org:CSTO positive"))
        for english in ["Analysts in Yerevan said that Armenia's membership in the CSTO did not deter Azerbaijan.",
                        "Analysts in Yerevan said that Armenia's membership of the CSTO did not deter Azerbaijan.",
                        "Analysts in Yerevan said that the membership of Armenia in the CSTO did not deter Azerbaijan."] {
            let found = try assertions("Title\n\n" + english + "\n")
            #expect(found.contains("ARM member_of org:CSTO positive"), "\(english)")
            #expect(!found.contains { $0.hasPrefix("org:CSTO member_of") })
        }
    }
}

extension ArticleTests {
    /// A mediation names its sides through the event it tells ("the fighting", which names no one, is the clash told
    /// before), or — its sentence telling none — those of the conflict the text has told most so far.
    @Test func aMediationTakesTheSidesOfTheConflictTold() throws {
        let text = """
            Title

            Kyrgyzstan and Tajikistan agreed on a ceasefire after heavy fighting along their border. Russian President Vladimir Putin met Chinese President Xi Jinping for the first time since Moscow invaded Ukraine. Both countries host Russian military bases, and analysts said Moscow could be asked to mediate.

            """
        let found = try assertions(text).filter { $0.contains(" mediates_between ") }
        #expect(found == ["RUS mediates_between KGZ positive", "RUS mediates_between TJK positive"])
        let fighting = try assertions("Title\n\nArmenia and Azerbaijan clashed along their border on 13 September 2022. Western diplomats said the fighting could derail peace talks mediated by the European Union.\n")
            .filter { $0.contains(" mediates_between ") }
        #expect(Set(fighting) == ["org:EU mediates_between ARM positive", "org:EU mediates_between AZE positive"] && fighting.count == 2)
        // With no conflict told, a mediation has no sides.
        let alone = try assertions("Title\n\nTurkey said it was ready to mediate.\n").filter { $0.contains(" mediates_between ") }
        #expect(alone == ["TUR mediates_between - positive"])
        // Two conflicts: the one told in the mediation's own paragraph (a review's case).
        let two = try assertions("Title\n\nArmenia and Azerbaijan clashed along their border on 13 September 2022. The fighting between Armenia and Azerbaijan killed more than 200 soldiers.\n\nOn 16 September, Kyrgyz and Tajik forces exchanged fire in Batken. Kazakhstan offered to mediate to end the fighting in Batken.\n")
            .filter { $0.hasPrefix("KAZ mediates_between ") }
        #expect(Set(two) == ["KAZ mediates_between KGZ positive", "KAZ mediates_between TJK positive"])
        // A request's object is whom it asks: "asked the CSTO for help against Azerbaijan" asks nothing of Azerbaijan.
        let asked = try assertions("Title\n\nArmenia clashed with Azerbaijan in September 2022, and Armenia asked the CSTO for help against Azerbaijan.\n")
        #expect(asked.contains("ARM demands_of org:CSTO positive") && !asked.contains { $0.hasPrefix("ARM demands_of AZE") })
    }

    /// « entre l’Arménie et l’Azerbaïdjan à Bruxelles »: past the pair, a capital is where — Belgium is no side of Charles
    /// Michel's mediation; a capital after « à » still receives what is sold (« vend ses drones à Bakou »).
    @Test func aCapitalPastThePairIsWhere() throws {
        let brussels = try assertions("Titre\n\nCharles Michel a joué les médiateurs entre l’Arménie et l’Azerbaïdjan à Bruxelles le 14 mai 2023.\n")
        #expect(Set(brussels.filter { $0.contains(" mediates_between ") }) == ["person:charles-michel mediates_between ARM positive", "person:charles-michel mediates_between AZE positive"])
        let baku = try assertions("Titre\n\nLa Turquie vend ses drones à Bakou depuis 2020.\n")
        #expect(baku.contains("TUR supplies_arms_to AZE positive"))
    }

    /// « a servi de médiateur », « jouer les médiateurs », "acted as a mediator" mediate; « prête à », "offered to",
    /// "offered its mediation" make it an offer (speculative), no mediation event.
    @Test func mediatorsByTheirRole() throws {
        let served = try extract("Titre\n\nAprès les combats entre l’Arménie et l’Azerbaïdjan en septembre 2022, Moscou a servi de médiateur.\n")
        let mediations = served.extraction.assertions.filter { $0.kind == .extracted && $0.predicate == "mediates_between" }
        #expect(Set(mediations.compactMap { $0.object.map { gazetteer.entities[$0].key } }) == ["ARM", "AZE"])
        #expect(mediations.allSatisfy { gazetteer.entities[$0.subject].key == "RUS" && $0.modality == .asserted })
        #expect(served.extraction.events.contains { $0.type == "mediation" && $0.participants.contains { gazetteer.entities[$0.entity].key == "RUS" && $0.role == .mediator } })
        let acted = try assertions("Title\n\nTurkey has acted as a mediator between Moscow and Kyiv since the start of the war in February 2022.\n")
        #expect(acted.contains("TUR mediates_between RUS positive") && acted.contains("TUR mediates_between UKR positive"))
        let ready = try extract("Titre\n\nAprès les combats entre l’Arménie et l’Azerbaïdjan en septembre 2022, l’Union européenne s’est dite prête à jouer les médiateurs.\n")
        let offers = ready.extraction.assertions.filter { $0.kind == .extracted && $0.predicate == "mediates_between" }
        #expect(offers.count == 2 && offers.allSatisfy { $0.modality == .speculative })
        #expect(!ready.extraction.events.contains { $0.type == "mediation" })
        let offered = try extract("Title\n\nAfter the fighting between Armenia and Azerbaijan in September 2022, Kazakhstan offered its mediation.\n")
        #expect(offered.extraction.assertions.filter { $0.predicate == "mediates_between" }.map(\.modality) == [.speculative, .speculative])
    }
}

extension ArticleTests {
    /// Past « que », "that", a clause of its own: its « entre »/"between" names no patient of the verb before.
    @Test func betweenPastThatIsAnotherClauses() throws {
        let english = try assertions("Title\n\nAzerbaijan's Foreign Ministry rejected her remarks as \"unfounded and unfair,\" warning that they could undermine efforts to normalize relations between Baku and Yerevan.\n")
        #expect(english.contains("AZE refuses - positive") && !english.contains { $0.hasPrefix("AZE refuses ARM") })
        let french = try assertions("Titre\n\nLe ministère azerbaïdjanais a rejeté ses propos, estimant qu’ils pourraient nuire à la normalisation des relations entre Bakou et Erevan.\n")
        #expect(!french.contains { $0.hasPrefix("AZE refuses ARM") })
        // Before it, « entre » still names who a mediation is between.
        let mediation = try assertions("Titre\n\nLe président du Conseil européen Charles Michel a mené des efforts de médiation entre Erevan et Bakou.\n")
        #expect(mediation.contains { $0.contains("mediates_between ARM") })
    }
}

extension ArticleTests {
    /// The people the news names on these events are known, and titles name them ("Chinese leader Xi
    /// Jinping", « la présidente moldave »); a ceremonial head of state is not "the Armenian leader".
    @Test func theLeadersNewsNamesAreKnown() throws {
        let met = try assertions("Title\n\nRussian President Vladimir Putin met Chinese leader Xi Jinping on Thursday.\n")
        #expect(met.contains { $0.hasPrefix("person:xi-jinping holds_summit_with person:vladimir-putin") || $0.hasPrefix("person:vladimir-putin holds_summit_with person:xi-jinping") })
        let (_, extraction) = try extract("Titre\n\nLa présidente moldave a rencontré le chancelier allemand, puis le dirigeant arménien a parlé à Antony Blinken et à Maria Zakharova.\n")
        let named = Set(extraction.mentions.flatMap { $0 }.map { gazetteer.entities[$0.entity].key })
        #expect(named.isSuperset(of: ["person:maia-sandu", "person:olaf-scholz", "person:antony-blinken", "person:maria-zakharova", "ARM"]))
        #expect(!named.contains("person:vahagn-khachaturyan"))
    }
}

extension ArticleTests {
    /// "X is a member of Y", « X est membre de Y »: a copula close before a noun makes its subject the
    /// noun's doer; a verb after « and » shares that subject ("… and host Russian military bases"); "both"
    /// with qualifying words is the pair named before ("Both former Soviet republics").
    @Test func copulasCoordinatedVerbsAndQualifiedPairs() throws {
        let english = try assertions("Title\n\nKyrgyzstan and Tajikistan fought in September. Both former Soviet republics are members of the Moscow-led CSTO and host Russian military bases.\n")
        for state in ["KGZ", "TJK"] {
            #expect(english.contains("\(state) member_of org:CSTO positive"))
            #expect(english.contains("RUS deploys_troops_in \(state) positive"))
        }
        // The CSTO a preposition governs hosts nothing; the post-Soviet space the pair's words name is no actor.
        #expect(!english.contains { $0.contains("deploys_troops_in org:CSTO") || $0.hasPrefix("region:post-soviet-space") })
        let french = try assertions("Titre\n\nL’Arménie est membre de l’OTSC depuis 1992.\n")
        #expect(french.contains("ARM member_of org:CSTO positive"))
        // Only close after it: « Poutine est désormais largement distrait par le conflit » makes him no party.
        let far = try events("Titre\n\nVladimir Poutine est désormais largement distrait par le conflit qui s’éternise en Ukraine.\n")
        #expect(!far.contains { $0.contains("person:vladimir-putin") })
    }

    /// "on Sept. 14" is a date wherever it stands; a city before a noun trigger is no party to it.
    @Test func onADayAndACityBeforeANoun() throws {
        let (_, x) = try extract("Title\n\nPublished September 19, 2022\n\nClashes erupted on Sept. 14 in Kyrgyzstan's southern Batken region.\n")
        #expect(x.dates.flatMap { $0 }.contains { $0.surface == "Sept. 14" && $0.value.edtf == "2022-09-14" })
        #expect(x.events.contains { $0.type == "armed_clash" && $0.date?.edtf == "2022-09-14" })
        let summit = try events("Title\n\nSadyr Japarov and Emomali Rahmon were attending a summit in the Uzbek city of Samarkand as the fighting raged.\n")
        #expect(!summit.contains { $0.hasPrefix("armed_clash") && $0.contains("UZB") })
    }
}

extension ArticleTests {
    /// Who pairs with whom, and objects that must be there.
    @Test func pairsHostsAndRecognitionsOfTerritories() throws {
        // A leader met is paired with the leader who met him, not with his state.
        let met = try assertions("Title\n\nRussian President Vladimir Putin met Chinese leader Xi Jinping on Thursday.\n")
        #expect(!met.contains { $0.hasPrefix("CHN holds_summit_with person:vladimir-putin") || $0.hasPrefix("person:vladimir-putin holds_summit_with CHN") })
        // « qui abrite »: the antecedent hosts.
        let base = try assertions("Titre\n\nLe Tadjikistan, qui abrite la plus grande base militaire russe à l’étranger, dépend de Moscou.\n")
        #expect(base.contains("RUS deploys_troops_in TJK positive"))
        // Recognizing a breakaway region's independence recognizes that region, not the state it lies in.
        let recognized = try assertions("Titre\n\nMoscou, qui a reconnu dès le 26 août 2008 l’indépendance de l’Abkhazie, y maintient des troupes.\n")
        #expect(recognized.contains("RUS recognizes place:abkhazia positive") && !recognized.contains { $0.hasPrefix("RUS recognizes GEO") })
        // A predicate that needs an organization as object says nothing without one.
        let leave = try assertions("Title\n\nKazakh President Kassym-Jomart Tokayev said most of them were being forced to leave.\n")
        #expect(!leave.contains { $0.contains(" left ") })
        // "the two neighbours" after one state, a paragraph after another pair with it, is no pair.
        let neighbours = try assertions("Title\n\nRussians fled to Kazakhstan and Georgia.\n\nLong queues formed at the border. Officials counted the arrivals. Georgia has reported arrivals at the only crossing between the two neighbours, which fought a war in 2008.\n")
        #expect(!neighbours.contains { $0.contains("KAZ") && $0.contains("GEO") && $0.contains("armed_conflict_with") })
    }
}

extension ArticleTests {
    /// Criticism is disapproval; talks are a meeting; a short incise leaves a subject its verb.
    @Test func criticismTalksAndIncises() throws {
        let sermon = try assertions("Titre\n\nVendredi, le président tadjik, Emomali Rahmon, a sermonné Vladimir Poutine devant les dirigeants d’Asie centrale.\n")
        #expect(sermon.contains("person:emomali-rahmon condemns person:vladimir-putin positive"))
        let talks = try assertions("Titre\n\nJeudi, le président russe s’était entretenu avec son homologue turc, Recep Tayyip Erdogan.\n")
        #expect(talks.contains { $0.contains("holds_summit_with") && $0.contains("TUR") })
        let incise = try assertions("Titre\n\nErevan, pour sa part, critique Moscou.\n")
        #expect(incise.contains("ARM condemns RUS positive"))
        #expect(try assertions("Titre\n\nLa Russie, pour sa part, n’a pas critiqué l’Azerbaïdjan.\n").contains("RUS condemns AZE negative"))
        #expect(try assertions("Title\n\nYerevan, for its part, openly criticised Moscow.\n").contains("ARM condemns RUS positive"))
        let english = try assertions("Title\n\nMoscow, for its part, criticised Armenia.\n")
        #expect(english.contains("RUS condemns ARM positive"))
        // An incise longer than four words, or of content words, is no incise.
        let long = try assertions("Titre\n\nErevan, selon plusieurs diplomates occidentaux très bien informés, a critiqué Moscou.\n")
        #expect(!long.contains("ARM condemns RUS positive"))
    }
}

extension ArticleTests {
    /// A subject reaches into the next paragraph from a short one, as news writes them; "Xi" alone is Xi
    /// Jinping; "where he …" is the main clause's subject.
    @Test func newsParagraphsCarryTheirSubject() throws {
        let found = try assertions("Title\n\nDuring the two-day gathering, Putin also held talks with the host.\n\nOn Friday, he met Turkish President Recep Tayyip Erdogan.\n")
        #expect(found.contains { $0.contains("holds_summit_with") && $0.contains("person:vladimir-putin") && $0.contains("person:recep-tayyip-erdogan") })
        let xi = try assertions("Title\n\nBefore arriving in Samarkand, Xi stopped in Kazakhstan, where he held talks with President Kassym-Jomart Tokayev.\n")
        #expect(xi.contains { $0.contains("holds_summit_with") && $0.contains("person:xi-jinping") && $0.contains("person:kassym-jomart-tokayev") })
    }
}

/// Sentences the second reviewer of session 6 found the new rules misread.
extension ArticleTests {
    @Test func aTitleBeforeAnotherNameIsThatPersons() throws {
        let medvedev = try assertions("Title\n\nIn August 2008, Russian President Dmitry Medvedev recognized the independence of Abkhazia and South Ossetia.\n")
        #expect(!medvedev.contains { $0.hasPrefix("person:vladimir-putin") })
        let hu = try assertions("Title\n\nKazakh leader Nursultan Nazarbayev met Chinese leader Hu Jintao in Astana in 2013.\n")
        #expect(!hu.contains { $0.contains("person:xi-jinping") || $0.contains("person:kassym-jomart-tokayev") })
        // A weekday after a title is no name: "The Uzbek president Tuesday condemned …" is Mirziyoyev.
        let (_, tuesday) = try extract("Title\n\nThe Uzbek president Tuesday condemned the annexation.\n")
        #expect(tuesday.mentions.flatMap { $0 }.contains { gazetteer.entities[$0.entity].key == "person:shavkat-mirziyoyev" })
        // The office holder's own title stays his: "Chinese President Xi Jinping".
        let xi = try assertions("Title\n\nRussian President Vladimir Putin and Chinese President Xi Jinping met on Thursday.\n")
        #expect(xi.contains { $0.contains("holds_summit_with") && $0.contains("person:xi-jinping") && $0.contains("person:vladimir-putin") })
    }

    @Test func aCopulaBeforeAPrepositionMakesNoDoer() throws {
        let english = try assertions("Title\n\nHungary is opposed to sanctions against Russia. Armenia remains neutral in the war in Ukraine. Kazakhstan is worried by the war in Ukraine.\n")
        #expect(!english.contains { $0.hasPrefix("HUN sanctions") || $0.hasPrefix("ARM armed_conflict") || $0.hasPrefix("KAZ armed_conflict") })
        let french = try assertions("Titre\n\nLa Hongrie est opposée aux sanctions contre la Russie. Le Kazakhstan est hostile à l’invasion de l’Ukraine.\n")
        #expect(!french.contains { $0.hasPrefix("HUN sanctions") || $0.hasPrefix("KAZ invades") })
    }

    @Test func onlyWhatEndsFightingGivesItItsSides() throws {
        let met = try assertions("Title\n\nPutin and Erdogan met in Sochi after weeks of fighting in Idlib.\n")
        #expect(!met.contains { $0.contains("armed_conflict_with") })
        let before = try events("Title\n\nBelarus and Russia held joint military exercises days before the fighting began.\n")
        #expect(!before.contains { $0.hasPrefix("armed_clash") })
    }

    @Test func monthsOfTheFuture() throws {
        let (_, x) = try extract("Titre\n\nPublié le 15 octobre 2022\n\nLe sommet se tiendra en décembre à Minsk.\n")
        #expect(x.dates.flatMap { $0 }.map(\.value.edtf) == ["2022-12"])
    }
}

extension ArticleTests {
    /// What happens "during" another event is of its time: the summit the refusal was told during is dated
    /// by it; « cet avertissement » is a statement the text is telling.
    @Test func anEventDuringAnotherSharesItsDate() throws {
        let (_, x) = try extract("Title\n\nPublished November 24, 2022\n\nArmenian Prime Minister Nikol Pashinyan refused on Wednesday to sign the final declaration during the CSTO summit in Yerevan.\n")
        let summit = try #require(x.events.first { $0.type == "summit_or_meeting" })
        #expect(summit.date?.edtf == "2022-11-23" && summit.dateBasis == .event)
        // Not from a war: what happens during it is no war-long event, nor the war one-day.
        let (_, war) = try extract("Title\n\nPublished November 24, 2022\n\nArmenia and Azerbaijan met on Wednesday during the war in Nagorno-Karabakh.\n")
        #expect(war.events.first { $0.type == "war" }?.date == nil)
    }
}

/// Sentences the third reviewer of session 6 found the rules misread.
extension ArticleTests {
    @Test func secondReviewOfSessionSix() throws {
        // A slot word after the copula: the target of sanctions imposes none.
        #expect(!(try assertions("Titre\n\nLa Biélorussie reste la cible des sanctions européennes.\n")).contains { $0.hasPrefix("BLR sanctions") })
        // A partnership agreement ends no war; a ceasefire does.
        #expect(!(try events("Title\n\nArmenia and the EU signed a partnership agreement after the war.\n")).contains { $0.hasPrefix("war") && $0.contains("org:EU") })
        // "this invasion" is the invasion the text is telling, whoever the sentence names.
        let (_, x) = try extract("Title\n\nRussia invaded Ukraine on February 24, 2022. Kazakhstan refused to support this invasion.\n")
        #expect(x.events.filter { $0.type == "invasion" }.count == 1)
        // A source in an incise is no subject; a present « critique » needs a name after it.
        let source = try assertions("Titre\n\nMoscou, selon Erevan, a critiqué l’OTSC.\n")
        #expect(!source.contains { $0.hasPrefix("ARM condemns") })
        #expect(try events("Titre\n\nLa situation reste critique pour l’Arménie face à l’Azerbaïdjan.\n").isEmpty)
        // A title after a comma names a listed man only in apposition.
        let (_, listed) = try extract("Title\n\nThe summit brought together Putin, the Kazakh president, Erdogan and Aliyev.\n")
        #expect(listed.mentions.flatMap { $0 }.contains { gazetteer.entities[$0.entity].key == "person:kassym-jomart-tokayev" })
        // A future word in a clause "that" opens tells nothing of the date's year.
        let (_, past) = try extract("Title\n\nPublished October 15, 2022\n\nIn December, Putin demanded guarantees that NATO will not expand.\n")
        #expect(past.dates.flatMap { $0 }.map(\.value.edtf) == ["2021-12"])
    }
}

extension ArticleTests {
    /// "They" opening a sentence stands for the sides of the two-sided event the sentence before told; not
    /// in a subordinate clause, whose antecedent is its own sentence's.
    @Test func theyAreTheSidesJustTold() throws {
        let english = try events("Title\n\nPutin met Tokayev in Astana on Monday. They signed an agreement on gas supplies.\n")
        #expect(english.contains { $0.hasPrefix("ceasefire_or_agreement") && $0.contains("person:vladimir-putin") && $0.contains("person:kassym-jomart-tokayev") })
        let french = try events("Titre\n\nVladimir Poutine a rencontré Kassym-Jomart Tokaïev à Astana lundi. Ils ont signé un accord sur le gaz.\n")
        #expect(french.contains { $0.hasPrefix("ceasefire_or_agreement") && $0.contains("person:vladimir-putin") && $0.contains("person:kassym-jomart-tokayev") })
        let subordinate = try events("Titre\n\nLa Russie et l’Ukraine sont en guerre. Les pays d’Asie centrale restent prudents puisqu’ils refusent toute sanction.\n")
        #expect(!subordinate.contains { $0.hasPrefix("statement") && $0.contains("UKR") })
    }
}

extension ArticleTests {
    /// A subject pronoun after a subordinating conjunction (« même si », "because") is the main clause's
    /// subject, not the previous sentence's.
    @Test func aPronounInASubordinateClauseIsTheMainSubject() throws {
        let french = try assertions("Titre\n\nL’Azerbaïdjan a attaqué l’Arménie. L’Arménie cherche à se rapprocher de l’UE, même si elle dépend de la Russie.\n")
        #expect(french.contains("ARM depends_on RUS positive"))
        #expect(!french.contains { $0.hasPrefix("AZE depends_on") })
        let english = try assertions("Title\n\nAzerbaijan attacked Armenia. Armenia wants to get closer to the EU, although it relies on Russia.\n")
        #expect(english.contains("ARM depends_on RUS positive"))
    }

    /// Troops are deployed in the territory named, not in the state it lies in.
    @Test func troopsAreDeployedInTheTerritory() throws {
        let found = try assertions("Title\n\nRussia, which deployed peacekeepers in Nagorno-Karabakh in November 2020, said it had brokered a truce.\n")
        #expect(found.contains("RUS deploys_troops_in place:nagorno-karabakh positive"))
        #expect(!found.contains { $0.hasPrefix("RUS deploys_troops_in AZE") })
    }
}

extension ArticleTests {
    /// A protest's place names the state whose people protest (event-types place_role); « ont manifesté »,
    /// "rallied" tell one.
    @Test func aProtestIsByThePeopleOfItsPlace() throws {
        let english = try events("Title\n\nDays earlier, hundreds of protesters had rallied in Yerevan to demand that Armenia leave the alliance.\n")
        #expect(english.contains { $0.hasPrefix("protest") && $0.contains("ARM:party") })
        let french = try events("Titre\n\nLe 20 juin, des dizaines de milliers de personnes ont manifesté à Tbilissi contre le gouvernement.\n")
        #expect(french.contains { $0.hasPrefix("protest") && $0.contains("GEO:party") })
        // « manifesté » with its object is "shown": no protest.
        let shown = try events("Titre\n\nLe Kazakhstan et l’Ouzbékistan ont manifesté leur désaccord avec la Russie.\n")
        #expect(!shown.contains { $0.hasPrefix("protest") })
    }
}

extension ArticleTests {
    /// A name inside a quotation is not the subject its sentence carries to the next: « « … l’Azerbaïdjan … »,
    /// a déclaré le Premier ministre arménien. Il a également rejeté … » — he is the Armenian prime minister.
    @Test func aQuotedNameIsNotTheCarriedSubject() throws {
        let found = try assertions("Titre\n\n« Il est déprimant que l’OTSC n’ait pas dissuadé l’Azerbaïdjan », a déclaré le Premier ministre arménien. Il a également rejeté la déclaration finale de l’OTSC.\n")
        #expect(found.contains { $0.hasPrefix("person:nikol-pashinyan refuses") })
        #expect(!found.contains { $0.hasPrefix("AZE refuses") })
    }
}

extension ArticleTests {
    /// « son homologue turc » after a foreign minister is Turkey's foreign minister, not its president; after a
    /// president, the president.
    @Test func aPeerHoldsTheOfficeOfThePersonBefore() throws {
        let minister = try events("Titre\n\nSergueï Lavrov s’est entretenu avec son homologue turc à Ankara.\n").joined(separator: " ")
        #expect(minister.contains("summit_or_meeting") && minister.contains("person:sergey-lavrov:party"), "\(minister)")
        #expect(!minister.contains("erdogan"))
        let english = try events("Title\n\nThe Russian defence minister met with his Kazakh counterpart in Astana on Tuesday.\n").joined(separator: " ")
        #expect(english.contains("person:sergei-shoigu:party"), "\(english)")
        #expect(!english.contains("tokayev"))
        let president = try events("Titre\n\nLe président russe s’est entretenu avec son homologue turc à Ankara.\n").joined(separator: " ")
        #expect(president.contains("person:recep-tayyip-erdogan"))
        // A prime minister leads too (lexicon/offices.tsv): his counterpart is the other state's leader.
        let premier = try events("Titre\n\nLe Premier ministre arménien s’est entretenu avec son homologue azerbaïdjanais à Prague.\n").joined(separator: " ")
        #expect(premier.contains("person:ilham-aliyev"), "\(premier)")
    }
}

extension ArticleTests {
    /// A mediation is between the sides of the event of its own clause, and never between its mediator and
    /// another; a pronoun after a subordinator inside a « que », "that" clause is not the main subject.
    @Test func mediationSidesAndSubordinateClauses() throws {
        let two = try assertions("Titre\n\nAprès les affrontements entre l’Arménie et l’Azerbaïdjan, la Turquie a proposé sa médiation, alors que la guerre entre la Russie et l’Ukraine se poursuivait.\n")
        #expect(two.contains("TUR mediates_between ARM positive") && two.contains("TUR mediates_between AZE positive"))
        #expect(!two.contains { $0.hasPrefix("TUR mediates_between RUS") })
        let without = try assertions("Title\n\nThe ceasefire between Kyrgyzstan and Tajikistan was reached without outside mediation.\n")
        #expect(without.contains("KGZ mediates_between - negative"), "\(without)")
        #expect(!without.contains { $0.hasPrefix("KGZ mediates_between TJK") || $0.hasPrefix("TJK mediates_between KGZ") })
        let warned = try assertions("Title\n\nArmenia protested on Monday. Russia warned Moldova that it would face consequences if it joined NATO.\n")
        #expect(!warned.contains { $0.hasPrefix("RUS member_of") })
        let warnedEvents = try events("Title\n\nArmenia protested on Monday. Russia warned Moldova that it would face consequences if it joined NATO.\n")
        #expect(warnedEvents.contains { $0.hasPrefix("statement") && $0.contains("RUS:party") && $0.contains("MDA:target") }, "\(warnedEvents)")
    }
}

extension ArticleTests {
    /// « entre X et Y » closes its parties: the subject after the comma is no side of the clash.
    @Test func aPairClosedByAndEndsTheParties() throws {
        let french = try assertions("Titre\n\nAprès les affrontements entre l’Arménie et l’Azerbaïdjan, la Turquie a proposé sa médiation.\n")
        #expect(french.contains("ARM armed_conflict_with AZE positive"))
        #expect(!french.contains { $0.contains("armed_conflict_with TUR") || $0.hasPrefix("TUR armed_conflict_with") })
        let english = try assertions("Title\n\nAfter clashes between Armenia and Azerbaijan, Russia called for restraint.\n")
        #expect(english == ["ARM armed_conflict_with AZE positive"])
        // A list before « et » still goes on past its commas.
        let list = try assertions("Titre\n\nLes combats entre la Russie, l’Ukraine et la Biélorussie ont repris.\n")
        #expect(list.contains("RUS armed_conflict_with BLR positive"))
    }
}

extension ArticleTests {
    /// Meetings told by a verb: « a rencontré », « a reçu » (a person only), "met his … counterpart".
    @Test func meetingVerbsPairTheLeaders() throws {
        let english = try assertions("Title\n\nPashinyan met his Azerbaijani counterpart in Prague on Thursday.\n")
        #expect(english.contains { $0.contains("person:nikol-pashinyan holds_summit_with person:ilham-aliyev") || $0.contains("person:ilham-aliyev holds_summit_with person:nikol-pashinyan") }, "\(english)")
        let french = try assertions("Titre\n\nVladimir Poutine a rencontré ses homologues tadjik et kirghize à Astana.\n")
        func met(_ found: [String], _ a: String, _ b: String) -> Bool {
            found.contains("\(a) holds_summit_with \(b) positive") || found.contains("\(b) holds_summit_with \(a) positive")
        }
        #expect(met(french, "person:vladimir-putin", "person:emomali-rahmon") && met(french, "person:vladimir-putin", "person:sadyr-japarov"))
        // The role phrase is the subject, not only its demonym.
        let received = try assertions("Titre\n\nLe président ouzbek a reçu son homologue kazakh à Tachkent.\n")
        #expect(met(received, "person:shavkat-mirziyoyev", "person:kassym-jomart-tokayev"))
        let arms = try assertions("Titre\n\nL’Arménie a reçu des armes de l’Inde.\n")
        #expect(!arms.contains { $0.contains("holds_summit_with") })
    }
}

extension ArticleTests {
    /// « sous l’égide de X », "under the auspices of X" name the mediator, between the sides of the agreement.
    @Test func underTheAegisOfAMediator() throws {
        let french = try assertions("Titre\n\nLe fragile accord de cessez-le-feu entre l’Arménie et l’Azerbaïdjan, négocié sous l’égide de Moscou, a été violé.\n")
        #expect(french.contains("RUS mediates_between ARM positive") && french.contains("RUS mediates_between AZE positive"))
        let english = try assertions("Title\n\nArmenia and Azerbaijan held talks in Prague under the auspices of the European Union.\n")
        #expect(english.contains("org:EU mediates_between ARM positive") && english.contains("org:EU mediates_between AZE positive"))
    }
}

extension ArticleTests {
    /// In a gerund phrase opening a sentence, the subject is the main clause's: its verb's, and the doer of a
    /// noun right after a light verb's participle — not of the object of another verb ("By condemning the
    /// invasion, Kazakhstan" invades nothing).
    @Test func aGerundPhraseTakesTheMainSubject() throws {
        let french = try assertions("Titre\n\nL’Arménie a protesté. En condamnant l’invasion de l’Ukraine, le Kazakhstan s’est éloigné de Moscou.\n")
        #expect(french.contains("KAZ condemns RUS positive") || french.contains("KAZ condemns - positive"), "\(french)")
        #expect(!french.contains { $0.hasPrefix("ARM condemns") })
        let english = try assertions("Title\n\nBy condemning the invasion of Ukraine, Kazakhstan distanced itself from Moscow.\n")
        #expect(english.contains { $0.hasPrefix("KAZ condemns") }, "\(english)")
        #expect(!english.contains { $0.hasPrefix("KAZ invades") } && !french.contains { $0.hasPrefix("KAZ invades") })
    }

    /// A verb after « et », "and" shares the subject of the verb before, also when that verb's object is a noun
    /// completed by a name ("condemned the invasion of Ukraine and distanced itself": Ukraine distances nothing).
    @Test func aCoordinatedVerbAfterANounObject() throws {
        let english = try assertions("Title\n\nKazakhstan condemned the invasion of Ukraine and distanced itself from Moscow.\n")
        #expect(english.contains("KAZ distances_itself_from RUS positive"), "\(english)")
        #expect(!english.contains { $0.hasPrefix("UKR distances_itself_from") })
    }

    /// A peer after a role kb knows no holder of (a minister) names no leader.
    @Test func aPeerOfAnUnknownMinisterIsNoLeader() throws {
        let found = try events("Titre\n\nLe ministre turc des Affaires étrangères a rencontré son homologue russe à Ankara.\n").joined(separator: " ")
        #expect(found.contains("summit_or_meeting") && found.contains("TUR:host"), "\(found)")
        #expect(!found.contains("vladimir-putin"), "\(found)")
    }
}

extension ArticleTests {
    /// « dont », "of which": the antecedent completes the noun of the relative clause (« l’OTSC, dont l’Arménie est
    /// membre »), and « il », "it" after it is the sentence's subject, not an impersonal one.
    @Test func ofWhichItIsAMember() throws {
        let french = try assertions("Titre\n\nErevan critique ouvertement Moscou et l’Organisation du traité de sécurité collective (OTSC), dont l’Arménie est membre.\n")
        #expect(french.contains("ARM member_of org:CSTO positive"))
        let english = try assertions("Title\n\nYerevan asked the Collective Security Treaty Organization, a Moscow-led military alliance of which it is a member, for help.\n")
        #expect(english.contains("ARM member_of org:CSTO positive"), "\(english)")
        #expect(!english.contains { $0.hasPrefix("RUS member_of") || $0.contains("member_of RUS") })
        // The antecedent right before « dont », "of which", and a pronoun after it.
        #expect(try assertions("Titre\n\nLe Kirghizstan critique l’OTSC, dont il est pourtant membre.\n").contains("KGZ member_of org:CSTO positive"))
        #expect(try assertions("Title\n\nKyrgyzstan criticised the CSTO, of which it is a member.\n").contains("KGZ member_of org:CSTO positive"))
        // A plain relative is no genitive one: "the CSTO, which it joined" names no member of Armenia.
        let plain = try assertions("Title\n\nArmenia criticised the CSTO, which is a member of nothing.\n")
        #expect(!plain.contains { $0.contains("member_of ARM") })
    }
}

extension ArticleTests {
    /// Public calls and warnings are statements ("urged", "warned", « a exhorté », « a mis en garde »); a relative
    /// followed by a subject pronoun is that pronoun's verb's object, not its subject.
    @Test func callsWarningsAndTheirSpeakers() throws {
        let urged = try events("Title\n\nU.S. Secretary of State Antony Blinken urged both sides to show restraint on Wednesday.\n")
        #expect(urged.contains { $0.hasPrefix("statement") && $0.contains("person:antony-blinken:party") }, "\(urged)")
        let french = try events("Titre\n\nLe président kazakh a mis en garde la Russie contre toute ingérence.\n")
        #expect(french.contains { $0.hasPrefix("statement") && $0.contains("person:kassym-jomart-tokayev:party") }, "\(french)")
        let accused = try events("Title\n\nProtesters rallied in Yerevan against the CSTO, which they accused of failing to defend Armenia.\n")
        #expect(!accused.contains { $0.hasPrefix("statement") && $0.contains("org:CSTO:party") }, "\(accused)")
    }
}

extension ArticleTests {
    /// « mutuellement », "mutually": several subjects and no object — each does it to the others.
    @Test func reciprocalPredicatesPairTheirSubjects() throws {
        let french = try assertions("Titre\n\nPar cette déclaration, l’Arménie et l’Azerbaïdjan reconnaissent mutuellement leur intégrité territoriale.\n")
        #expect(french.contains("ARM recognizes AZE positive") && french.contains("AZE recognizes ARM positive"), "\(french)")
        // Without the reciprocal word, no object is made up.
        let plain = try assertions("Titre\n\nL’Arménie et l’Azerbaïdjan reconnaissent leur intégrité territoriale.\n")
        #expect(!plain.contains { $0.contains("recognizes AZE") || $0.contains("recognizes ARM") }, "\(plain)")
        #expect(try assertions("Title\n\nArmenia belongs to the Collective Security Treaty Organization.\n").contains("ARM member_of org:CSTO positive"))
        // « n’appartient pas à »: the simple tense puts « pas » inside the trigger, which denies.
        #expect(try assertions("Titre\n\nLa Géorgie n’appartient plus à la CEI.\n").contains("GEO member_of org:CIS negative"))
    }
}

extension ArticleTests {
    /// A trigger opening with an auxiliary is read past an adverb after it (« a ensuite rencontré », the report's
    /// « Moscou a finalement demandé aux parties au conflit »).
    @Test func anAdverbAfterTheAuxiliary() throws {
        let met = try assertions("Titre\n\nVladimir Poutine a ensuite rencontré le président kazakh à Astana.\n")
        #expect(met.contains { $0.contains("holds_summit_with") && $0.contains("person:vladimir-putin") && $0.contains("person:kassym-jomart-tokayev") }, "\(met)")
        let report = ExtractionFixture.extraction.events.filter { e in
            e.mentions.contains { ExtractionFixture.report.sentences[$0.sentence].text.hasPrefix("Moscou a finalement demandé aux parties") }
        }
        #expect(report.contains { $0.type == "statement" && $0.participants.contains { gazetteer.entities[$0.entity].key == "RUS" } })
    }
}

extension ArticleTests {
    /// « « … », a déclaré X »: the speaker after a quotation is the statement's subject, not its target.
    @Test func theSpeakerAfterAQuotation() throws {
        let found = try events("Titre\n\n« Nous voulons du respect », a déclaré Emomali Rahmon.\n")
        #expect(found.contains { $0.hasPrefix("statement") && $0.contains("person:emomali-rahmon:party") }, "\(found)")
        #expect(!found.contains { $0.contains("person:emomali-rahmon:target") })
    }
}

extension ArticleTests {
    /// "whose country", « dont le gouvernement »: the antecedent's state does the clause's verb; past the comma
    /// closing a « dont » clause, the main verb is the antecedent's.
    @Test func whoseCountryAndTheVerbAfterADontClause() throws {
        let english = try assertions("Title\n\nTokayev, whose country belongs to the Russian-led Collective Security Treaty Organization, met Putin in June.\n")
        #expect(english.contains("KAZ member_of org:CSTO positive"), "\(english)")
        let french = try assertions("Titre\n\nNarendra Modi, dont le gouvernement a refusé de condamner l’invasion de l’Ukraine, a rencontré Vladimir Poutine.\n")
        #expect(french.contains { $0.hasPrefix("IND condemns") && $0.hasSuffix("negative") }, "\(french)")
        #expect(french.contains { $0.contains("holds_summit_with") && $0.contains("person:narendra-modi") && $0.contains("person:vladimir-putin") }, "\(french)")
        // A « dont » clause's own verb keeps its own subject.
        let own = try assertions("Titre\n\nL’OTSC, dont l’Arménie est membre, a refusé d’intervenir.\n")
        #expect(own.contains("ARM member_of org:CSTO positive") && !own.contains { $0.hasPrefix("ARM refuses") }, "\(own)")
    }
}

extension ArticleTests {
    /// « Moscou, son allié traditionnel »: a two-sided noun after a possessive, in apposition to a name, relates
    /// that name to the clause's subject; « critique ouvertement » before a name is a criticism.
    @Test func anAllyInApposition() throws {
        let found = try assertions("Titre\n\nErevan, pour sa part, critique ouvertement Moscou, son allié traditionnel.\n")
        #expect(found.contains("ARM ally_of RUS positive") || found.contains("RUS ally_of ARM positive"), "\(found)")
        #expect(found.contains("ARM condemns RUS positive"), "\(found)")
        // A partner in apposition cooperates ("China, its main partner").
        #expect(try assertions("Title\n\nKazakhstan increased its exports to China, its main partner.\n").contains("KAZ cooperates_with CHN positive"))
        // Not an apposition: « son allié » as a subject names no pair with a name before a verb.
        let subject = try assertions("Titre\n\nSelon Moscou, son allié n’a rien fait.\n")
        #expect(!subject.contains { $0.contains("ally_of") }, "\(subject)")
    }
}

extension ArticleTests {
    /// Review fixes: "warned that X" makes X no target; "each" alone is no reciprocal; an ally in apposition
    /// past another actor, or a former one, is no ally; a quotation's negation denies no speech verb; a verb
    /// after a quotation that does not open the sentence keeps the subject before it.
    @Test func reportingVerbsQuotationsAndAppositionsReviewed() throws {
        let found = try assertions("""
            Title

            Kazakhstan and Uzbekistan each condemned the annexation. Moscow criticised Yerevan for turning to Paris, its new ally. \
            Yerevan is drifting away from Moscow, its former ally.

            “We do not accept this,” warned Pashinyan on Wednesday.

            """)
        #expect(!found.contains { $0.hasPrefix("KAZ condemns UZB") || $0.hasPrefix("UZB condemns KAZ") }, "\(found)")
        #expect(found.contains("RUS condemns ARM positive"), "\(found)")
        #expect(!found.contains { $0.contains("ally_of") }, "\(found)")
        let warned = try events("Title\n\nPutin warned that Russia would use all available means. Then he left.\n")
        #expect(warned.contains { $0.hasPrefix("statement") && $0.contains("person:vladimir-putin:party") && !$0.contains("RUS:target") }, "\(warned)")
        let quoted = try events("Titre\n\n« Nous ne céderons pas », a dénoncé Nikol Pachinian mercredi.\n")
        #expect(quoted.contains { $0.hasPrefix("statement") && $0.contains("person:nikol-pashinyan:party") }, "\(quoted)")
    }
}

extension ArticleTests {
    /// "Russia and the other members of the CSTO": "other" makes Russia a member; without it, no one is.
    @Test func theOtherMembersInEnglish() throws {
        #expect(try assertions("Title\n\nRussia and the other members of the Collective Security Treaty Organization stayed silent.\n").contains("RUS member_of org:CSTO positive"))
        #expect(!(try assertions("Title\n\nRussia and the members of the Collective Security Treaty Organization stayed silent.\n")).contains("RUS member_of org:CSTO positive"))
    }
}

extension ArticleTests {
    /// Against whom a cooperation is turned is not its object: "supports Baku against Yerevan" (event-roles adversative).
    @Test func supportAgainstSomeone() throws {
        let found = try assertions("Title\n\nThe minister said that Ankara supports Baku against Yerevan in the conflict.\n")
        #expect(found.contains("TUR supports AZE positive"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("TUR supports ARM") }, "\(found)")
        // A conflict keeps its object after « contre »: « les sanctions contre la Russie ».
        #expect(try assertions("Titre\n\nL’Union européenne a adopté des sanctions contre la Russie.\n").contains("org:EU sanctions RUS positive"))
    }
}

extension ArticleTests {
    /// Adverbs between a verb and its object, or inside a verb trigger, change nothing (event-roles `adverb`);
    /// after a preposition « des » is the indefinite; a demonym after the object's noun names the object.
    @Test func adverbsIndefinitesAndDemonymObjects() throws {
        let moldova = try assertions("""
            Titre

            La Moldavie, qui dépend presque entièrement du gaz russe, pourrait se tourner vers la Roumanie. \
            Washington a aussitôt annoncé de nouvelles sanctions contre des responsables russes. \
            L’Arménie reste très dépendante de la Russie.

            """)
        #expect(moldova.contains("MDA depends_on RUS positive"), "\(moldova)")
        #expect(moldova.contains("USA sanctions RUS positive"), "\(moldova)")
        #expect(moldova.contains("ARM depends_on RUS positive"), "\(moldova)")
        let english = try assertions("""
            Title

            Moldova depends heavily on Russian gas, and the government has been struggling with the crisis for months. \
            Armenia relies largely on Russia for its security.

            """)
        #expect(english.contains("MDA depends_on RUS positive"), "\(english)")
        #expect(english.contains("ARM depends_on RUS positive"), "\(english)")
    }

    /// A name completing a noun is no verb's subject (the report's « la fin de non-recevoir de l’alliance militaire et
    /// de nombreux États restent dépendants de Moscou »), unless the noun acts for it (event-roles `agent_noun`).
    @Test func theComplementOfANounIsNoSubject() throws {
        let found = try assertions("""
            Titre

            L’Arménie n’a pas quitté l’OTSC malgré la fin de non-recevoir de l’alliance militaire et de nombreux États restent dépendants de Moscou. \
            Les autorités de la Moldavie ont condamné la Russie. \
            Aucun des cinq États d’Asie centrale n’a reconnu l’annexion de quatre régions ukrainiennes.

            """)
        #expect(!found.contains { $0.contains("depends_on") && !$0.hasPrefix("ARM") }, "\(found)")
        #expect(found.contains("MDA condemns RUS positive"), "\(found)")
        #expect(found.contains { $0.hasPrefix("region:central-asia recognizes") && $0.hasSuffix("negative") }, "\(found)")
    }
}

extension ArticleTests {
    /// Armed forces where they stand (predicate-triggers `troupes`, "troops"): their state deploys troops in that
    /// place, through a light verb (« maintient », "keeps", « a déployé ») or a demonym; with no place, nothing.
    @Test func troopsWhereTheyStand() throws {
        let french = try assertions("""
            Titre

            Ce rapprochement irrite Moscou, qui maintient quelque 1 500 soldats en Transnistrie. \
            Le Kremlin, qui a déployé quelque 2 000 soldats de la paix au Haut-Karabakh en novembre 2020, entend rester l’arbitre du conflit. \
            Les troupes russes ont envahi l’Ukraine.

            """)
        #expect(french.contains("RUS deploys_troops_in place:transnistria positive"), "\(french)")
        #expect(french.contains("RUS deploys_troops_in place:nagorno-karabakh positive"), "\(french)")
        #expect(!french.contains { $0.hasPrefix("RUS deploys_troops_in UKR") }, "\(french)")
        let english = try assertions("""
            Title

            In Georgia, where Russian troops are stationed in the breakaway regions of Abkhazia and South Ossetia, the influx has caused unease. \
            Russia, which deployed peacekeepers in Nagorno-Karabakh in November 2020, said it had brokered a truce. \
            Putin met Xi Jinping on Thursday at a summit of the Shanghai Cooperation Organization.

            """)
        #expect(english.contains("RUS deploys_troops_in place:abkhazia positive"), "\(english)")
        #expect(english.contains("RUS deploys_troops_in place:nagorno-karabakh positive"), "\(english)")
        #expect(!english.contains { $0.contains("holds_summit_with org:SCO") || $0.hasPrefix("org:SCO holds_summit_with") }, "\(english)")
    }

    /// The name completing the one noun a verb takes is that verb's object (« a dénoncé la volonté de l’Union
    /// européenne »); a demonym there is not (« la mort de soldats arméniens »).
    @Test func theComplementOfAVerbsNoun() throws {
        let found = try assertions("""
            Titre

            La porte-parole de la diplomatie russe, Maria Zakharova, a dénoncé la volonté de l’Union européenne d’évincer la Russie du Caucase. \
            L’Arménie a rejeté la proposition de Bakou. \
            La France a condamné la mort de soldats arméniens.

            """)
        #expect(found.contains("RUS condemns org:EU positive"), "\(found)")
        #expect(found.contains("ARM refuses AZE positive"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("FRA condemns ARM") }, "\(found)")
    }
}

extension ArticleTests {
    /// A relative clause right after an event's noun tells where it took place ("The protests, which erupted … in the
    /// oil town of Zhanaozen"; « ville », "town" stand for their name, event-roles `transparent`); a city stands
    /// for its state as a predicate's object (gazetteer/place-kinds.tsv), a territory for itself.
    @Test func whereARelativeClauseAndACitySay() throws {
        let report = try extract("""
            Title

            The protests, which erupted on Jan. 2 in the oil town of Zhanaozen over a sharp rise in gas prices, spread within days to other cities. \
            The invasion, which was condemned in Astana, went on.

            """).extraction
        let protests = report.events.filter { $0.type == "protest" }
        #expect(protests.contains { e in e.participants.contains { gazetteer.entities[$0.entity].key == "KAZ" } && e.place.map { gazetteer.entities[$0].key } == "place:zhanaozen" },
                "\(protests)")
        #expect(!report.events.contains { $0.type == "invasion" && $0.place != nil })
        let base = try assertions("Title\n\nRussia keeps thousands of troops in the town of Gyumri. Russian troops are also stationed in the breakaway region of Abkhazia.\n")
        #expect(base.contains("RUS deploys_troops_in ARM positive"), "\(base)")
        #expect(!base.contains { $0.contains("place:gyumri") }, "\(base)")
        #expect(base.contains("RUS deploys_troops_in place:abkhazia positive"), "\(base)")
    }
}

extension ArticleTests {
    /// Calls for help (« a sollicité l’aide de », "appealed to"), "the bloc" / « l’Alliance » for the organization named
    /// in reach, "stopped short of" as a refusal, and "whose country keeps a base" for the antecedent's state.
    @Test func appealsBlocsAndBases() throws {
        let english = try assertions("""
            Title

            Tokayev appealed to the Collective Security Treaty Organization (CSTO) for help. \
            The Collective Security Treaty Organization held a summit in Yerevan, and protesters demanded that Armenia quit the bloc. \
            Ned Price said the United States stopped short of condemning Russia. \
            Putin, whose country keeps a base in the city of Gyumri, told reporters the alliance would keep working.

            """)
        #expect(english.contains("person:kassym-jomart-tokayev demands_of org:CSTO positive"), "\(english)")
        #expect(english.contains("ARM left org:CSTO positive"), "\(english)")
        #expect(english.contains("USA condemns RUS negative") && !english.contains("USA condemns RUS positive"), "\(english)")
        #expect(english.contains("RUS deploys_troops_in ARM positive"), "\(english)")
        let french = try assertions("Titre\n\nLors des affrontements de septembre, Erevan avait sollicité l’aide de l’OTSC.\n")
        #expect(french.contains("ARM demands_of org:CSTO positive"), "\(french)")
    }
}

extension ArticleTests {
    /// The agent of a participle is no antecedent of « dont » (« l’alliance militaire dominée par Moscou dont l’Arménie
    /// est membre »); "is X's ally" through a copula; « a achevé une visite » through a light verb.
    @Test func participleAgentsPossessiveCopulasAndCompletedVisits() throws {
        let french = try assertions("""
            Titre

            Le contraste est saisissant avec l’attitude de l’Organisation du traité de sécurité collective (OTSC), l’alliance militaire dominée par Moscou dont l’Arménie est membre. \
            Nancy Pelosi a achevé, lundi 19 septembre, une visite de trois jours en Arménie.

            """)
        #expect(french.contains("ARM member_of org:CSTO positive") && !french.contains("ARM member_of RUS positive"), "\(french)")
        #expect(french.contains("person:nancy-pelosi visits ARM positive"), "\(french)")
        let english = try assertions("Title\n\nPutin, whose country is Armenia's main military ally, told reporters the alliance would keep working.\n")
        #expect(english.contains("RUS ally_of ARM positive") || english.contains("ARM ally_of RUS positive"), "\(english)")
    }
}

extension ArticleTests {
    /// A list in apposition gathered by « tous deux », "both" (event-roles `gathering`) is the noun's agent; the agent of
    /// a participle qualifying the noun's complement is not, unless that participle performs the noun (light verbs).
    @Test func gatheredListsAndParticipleAgents() throws {
        let french = try assertions("""
            Titre

            A la mi-septembre, le Tadjikistan et le Kirghizstan, tous deux membres de l’Organisation du traité de sécurité collective (OTSC) dominée par Moscou, se sont affrontés. \
            Aucun des cinq États d’Asie centrale n’a reconnu l’annexion de quatre régions ukrainiennes proclamée par le Kremlin le 30 septembre.

            """)
        #expect(french.contains("TJK member_of org:CSTO positive") && french.contains("KGZ member_of org:CSTO positive"), "\(french)")
        #expect(!french.contains("RUS member_of org:CSTO positive"), "\(french)")
        #expect(french.contains { $0.hasPrefix("RUS annexes_territory_of") && $0.hasSuffix("positive") }, "\(french)")
        let english = try assertions("Title\n\nKyrgyzstan and Tajikistan, both members of the Collective Security Treaty Organization, clashed on their border last week.\n")
        #expect(english.contains("KGZ member_of org:CSTO positive") && english.contains("TJK member_of org:CSTO positive"), "\(english)")
        // « du Tadjikistan et du Kirghizstan » are a pair for « ces deux pays ».
        let pair = try assertions("Titre\n\nLes transferts représentent un tiers du PIB du Tadjikistan et du Kirghizstan, ce qui rend ces deux pays très dépendants de Moscou.\n")
        #expect(pair.contains("TJK depends_on RUS positive") && pair.contains("KGZ depends_on RUS positive"), "\(pair)")
    }
}

extension ArticleTests {
    /// What the second review found wrong: "neither … nor" denies both verbs; "a possible invasion" is speculative;
    /// "wants to join" is no membership; « ne s’est pas gardé de » affirms; a hyphenated "-backed" has the name before
    /// it as agent; demonyms on private groups name no state; « avec », "with" after a border name no participant; a
    /// noun past a temporal word keeps its facts under a negation.
    @Test func secondReviewRound() throws {
        let english = try assertions("""
            Title

            The European Union condemned the Russian-backed separatists in Transnistria on Monday, and Armenia neither condemned nor supported Russia's invasion of Ukraine. \
            Pashinyan did not comment on a possible invasion of southern Armenia by Azerbaijan. \
            Georgia wants to join NATO and the EU. \
            The Russian ambassador in Tbilisi heavily criticized the Georgian opposition.

            """)
        #expect(!english.contains { $0.hasPrefix("org:EU supports") }, "\(english)")
        #expect(english.contains("ARM supports RUS negative") && !english.contains("ARM supports RUS positive"), "\(english)")
        #expect(!english.contains { $0.hasPrefix("RUS condemns GEO") }, "\(english)")
        let claims = try extract("Title\n\nGeorgia wants to join NATO and the EU, its leaders have said for years.\n").extraction.assertions
        #expect(claims.filter { $0.predicate == "member_of" }.allSatisfy { $0.modality != .asserted }, "\(claims)")
        let invasion = try extract("Title\n\nPashinyan did not comment on a possible invasion of southern Armenia by Azerbaijan.\n").extraction
        #expect(!invasion.events.contains { $0.type == "invasion" }, "\(invasion.events)")
        let french = try assertions("""
            Titre

            Le président turc ne s’est pas gardé de critiquer la Russie. \
            Des soldats russes gardent la frontière arménienne avec la Turquie depuis 1992. \
            Les soldats russes ne sont pas intervenus lors de l’attaque azerbaïdjanaise contre Jermuk. \
            Les autorités géorgiennes ont refusé l’entrée à des citoyens russes opposés à la guerre.

            """)
        #expect(french.contains("TUR condemns RUS positive"), "\(french)")
        #expect(!french.contains { $0.contains("deploys_troops_in TUR") }, "\(french)")
        #expect(french.contains { $0.contains("armed_conflict_with") && $0.contains("AZE") && $0.hasSuffix("positive") }, "\(french)")
        #expect(!french.contains { $0.hasPrefix("GEO refuses RUS") }, "\(french)")
    }
}

extension ArticleTests {
    /// A place opening the sentence places the clause's protest or meeting (« Dans les rues d’Erevan, des manifestants »);
    /// "would" after "said" is a told plan, not a hypothetical; a conference is a meeting, a press conference a statement.
    @Test func frontedPlacesToldPlansAndConferences() throws {
        let french = try extract("""
            Titre

            Dans les rues d’Erevan, des manifestants ont réclamé ces derniers jours la sortie de l’Arménie de l’OTSC. \
            La troisième conférence de soutien à la Moldavie s’est tenue à Paris.

            """).extraction.events
        #expect(french.contains { $0.type == "protest" && $0.participants.contains { gazetteer.entities[$0.entity].key == "ARM" } }, "\(french)")
        #expect(french.contains { $0.type == "summit_or_meeting" && $0.participants.contains { gazetteer.entities[$0.entity].key == "MDA" } }, "\(french)")
        let english = try extract("Title\n\nThe Collective Security Treaty Organization said on Thursday it would send troops to Kazakhstan after days of protests in the country.\n").extraction
        #expect(english.events.contains { $0.type == "deployment" }, "\(english.events)")
        #expect(english.assertions.contains { $0.predicate == "deploys_troops_in" && $0.modality != .speculative }, "\(english.assertions)")
    }
}

extension ArticleTests {
    /// "applied to join" is a bid, no membership; "the two former Soviet republics" with no pair in reach names no
    /// post-Soviet space and no Soviet Union.
    @Test func applicationsAndUnresolvedPairs() throws {
        let found = try assertions("""
            Title

            Finland and Sweden formally applied to join NATO on Wednesday, ending decades of military non-alignment.

            The corridor is patrolled by Russian peacekeepers, who were deployed under a ceasefire that Moscow brokered in November 2020 to end six weeks of war between the two former Soviet republics.

            """)
        #expect(found.contains("FIN seeks_rapprochement_with org:NATO positive") && !found.contains("FIN member_of org:NATO positive"), "\(found)")
        #expect(!found.contains { $0.contains("region:post-soviet-space") || $0.contains("SUN") }, "\(found)")
    }
}

extension ArticleTests {
    /// A verb of saying ("said", « a affirmé »; event-triggers object `clause`) is a statement by its speaker; what it
    /// says is a clause, none of whose names is its target; no speaker named, no statement.
    @Test func sayingVerbsAreStatementsOfTheirSpeaker() throws {
        let events = try extract("""
            Title

            Kazakh President Kassym-Jomart Tokayev said on Tuesday that Russia would remain the main transit country for years. \
            Analysts said Moscow could be asked to mediate between the two capitals.

            """).extraction.events
        let statements = events.filter { $0.type == "statement" }
        #expect(statements.contains { e in e.participants.contains { gazetteer.entities[$0.entity].key == "person:kassym-jomart-tokayev" && $0.role == .party } }, "\(statements)")
        #expect(!statements.contains { e in e.participants.contains { gazetteer.entities[$0.entity].key == "RUS" } }, "\(statements)")
    }
}

extension ArticleTests {
    /// "A Russian-led military alliance" is the CSTO (aliases.tsv), and the "Russian" inside it no actor of its own
    /// (unlike « le ministère des Affaires étrangères russes », a body of Russia's: `part_of`); "an alliance of which
    /// it is a member" is the subject's membership.
    @Test func namesInsideOrganizationsAndAskedTo() throws {
        let found = try assertions("""
            Title

            A Russian-led military alliance said on Thursday it would send troops to Kazakhstan. \
            Tokayev asked the Collective Security Treaty Organization (CSTO) to help restore order. \
            Opposition politicians asked why the bloc was rushing to help.

            Yerevan asked the Collective Security Treaty Organization, a Moscow-led military alliance of which it is a member, for help.

            """)
        #expect(found.contains("org:CSTO deploys_troops_in KAZ positive") && !found.contains { $0.hasPrefix("RUS deploys_troops_in") }, "\(found)")
        // Asking a named organization for help is a request of it ("asked why" asks no one).
        #expect(found.contains("person:kassym-jomart-tokayev demands_of org:CSTO positive") && found.contains("ARM demands_of org:CSTO positive"), "\(found)")
        #expect(found.filter { $0.contains("demands_of") }.count == 2, "\(found)")
        #expect(found.contains("ARM member_of org:CSTO positive"), "\(found)")
        let ministry = try extract("Titre\n\nLe ministère des Affaires étrangères russes a fait part de ses préoccupations à l’égard des exercices de l’OTAN.\n").extraction
        #expect(ministry.mentions.flatMap { $0 }.contains { gazetteer.entities[$0.entity].key == "RUS" })
    }
}

extension ArticleTests {
    /// A name before an apposition that closes right before the verb is the verb's subject.
    @Test func theSubjectBeforeAnApposition() throws {
        let found = try assertions("""
            Titre

            A la mi-septembre, le Tadjikistan et le Kirghizstan, tous deux membres de l’Organisation du traité de sécurité collective (OTSC) dominée par Moscou, se sont affrontés à leur frontière.

            """)
        #expect(found.contains("KGZ armed_conflict_with TJK positive") || found.contains("TJK armed_conflict_with KGZ positive"), "\(found)")
        #expect(!found.contains { $0.contains("armed_conflict_with") && $0.contains("RUS") }, "\(found)")
    }
}

extension ArticleTests {
    /// The third review's wrong outputs: « a demandé à rejoindre » and « candidate à l’adhésion à » are bids; French
    /// « les deux anciennes républiques soviétiques » unresolved names nobody; "recognised neither … nor" denies;
    /// "the Russian Orthodox Church" is no Russia; « a annoncé que … seraient » is a told plan.
    @Test func thirdReviewRound() throws {
        let french = try assertions("""
            Titre

            La Moldavie a demandé à rejoindre l’Union européenne en mars. \
            La Géorgie est candidate à l’adhésion à l’UE. \
            Les deux anciennes républiques soviétiques se sont affrontées en septembre. \
            Moscou a annoncé que des troupes russes seraient envoyées au Kazakhstan.

            """)
        #expect(french.contains("MDA seeks_rapprochement_with org:EU positive") && !french.contains { $0.hasPrefix("MDA member_of") }, "\(french)")
        #expect(french.contains("GEO seeks_rapprochement_with org:EU positive"), "\(french)")
        #expect(!french.contains { $0.contains("region:post-soviet-space") || $0.contains("SUN") }, "\(french)")
        let told = try extract("Titre\n\nMoscou a annoncé que des troupes russes seraient envoyées au Kazakhstan.\n").extraction.assertions
        #expect(told.contains { $0.predicate == "deploys_troops_in" && $0.modality == .reported }, "\(told)")
        let english = try assertions("""
            Title

            Russia recognised neither Abkhazia nor South Ossetia before 2008, officials in the region said on Monday. \
            The Russian Orthodox Church condemned Ukraine's ban on its branch.

            """)
        #expect(english.contains("RUS recognizes place:abkhazia negative") && !english.contains("RUS recognizes place:abkhazia positive"), "\(english)")
        #expect(!english.contains { $0.hasPrefix("RUS condemns") }, "\(english)")
    }
}

extension ArticleTests {
    /// "EU member Romania": an organization right before « member » is joined by the state right after it.
    @Test func organizationMemberCompounds() throws {
        let found = try assertions("Title\n\nMoldova, wedged between Ukraine and EU member Romania, hosts about 1,500 Russian troops in its breakaway region.\n")
        #expect(found.contains("ROU member_of org:EU positive"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("MDA member_of") || $0.hasPrefix("UKR member_of") }, "\(found)")
    }
}

extension ArticleTests {
    /// Where troops stand is a place, not a nationality: "stationed near the Georgian border in North Ossetia" puts
    /// no troops in Georgia (a demonym stays an object of predicates that take organizations or persons).
    @Test func aDemonymIsNoDeploymentPlace() throws {
        let found = try assertions("Title\n\nRussian troops are stationed near the Georgian border in North Ossetia, officials said on Monday.\n")
        #expect(!found.contains { $0.hasPrefix("RUS deploys_troops_in GEO") }, "\(found)")
    }
}

extension ArticleTests {
    /// A place or a person before a comma is no title of the name after it ("In Sochi, Aliyev said"; "in front of
    /// Russian President Vladimir Putin, Pashinyan told"); a state's title is (« La porte-parole de la diplomatie
    /// russe, Maria Zakharova, a dénoncé »).
    @Test func titlesBeforeACommaAreAStatesOnly() throws {
        let sochi = try extract("Title\n\nIn Sochi, Aliyev said Azerbaijan wanted peace with its neighbour, officials said on Monday.\n").extraction.events
        #expect(!sochi.contains { e in e.type == "statement" && e.participants.contains { gazetteer.entities[$0.entity].key == "RUS" } }, "\(sochi)")
        let zakharova = try assertions("Titre\n\nLa porte-parole de la diplomatie russe, Maria Zakharova, a dénoncé la volonté de l’Union européenne d’évincer la Russie.\n")
        #expect(zakharova.contains("RUS condemns org:EU positive"), "\(zakharova)")
    }
}

extension ArticleTests {
    /// A date closing a relative clause that opens with its own verb is that clause's: "Turkey, which has been a
    /// member of the alliance since 1952, said" dates no statement to 1952 (the report's « le président tadjik, qui
    /// durant une prise de parole … le 12 octobre 2022, a imputé » still dates « a imputé »).
    @Test func aRelativeClauseKeepsItsDate() throws {
        let text = "Finland and Sweden applied to join NATO in May, officials said.\n\nBut the bids ran into trouble: Turkey, which has been a member of the alliance since 1952, said it would not approve them.\n"
        let events = try extract(text).extraction.events
        #expect(!events.contains { $0.date?.edtf.hasPrefix("1952") == true }, "\(events.map { ($0.type, $0.date?.edtf) })")
        let report = ExtractionFixture.report
        let imputed = try #require(ExtractionFixture.extraction.events.first { e in
            e.type == "statement" && e.mentions.contains { report.sentences[$0.sentence].text.hasPrefix("Il en va de même pour le président tadjik") }
        })
        #expect(imputed.date?.edtf == "2022-10-12")
    }
}

extension ArticleTests {
    /// What a review of the session's rules broke, each fixed by a general rule: an ambiguous pronoun after « si »,
    /// "if" (two actors before it) is no one; a condition after a trigger makes it hypothetical (not « même si »);
    /// the complements of a two-sided noun never pair; past an object and a noun, "with" completes that noun; an
    /// organization complementing a noun takes no parenthesized members; an invitation to join is no membership;
    /// "Western Balkans", "Western Europe" name no West.
    @Test func whatTheReviewBroke() throws {
        let french = try assertions("""
            Titre

            La Russie menace la Finlande de représailles si elle rejoint l’OTAN. \
            La Russie sanctionnera la Moldavie si elle rejoint l’Union européenne. \
            L’Azerbaïdjan coopère avec la Turquie, alliée de l’Ukraine et de la Géorgie. \
            La Turquie soutient l’Azerbaïdjan dans son différend avec l’Arménie. \
            La Turquie a longtemps bloqué l’élargissement de l’OTAN (Suède, Finlande) avant de céder en juin. \
            L’OTAN a invité la Suède et la Finlande à rejoindre l’Alliance lors du sommet de Madrid.

            """)
        #expect(!french.contains { $0.hasPrefix("RUS member_of") }, "\(french)")
        #expect(!french.contains { $0.contains("UKR") && $0.contains("GEO") }, "\(french)")
        #expect(!french.contains { $0.hasPrefix("TUR supports ARM") }, "\(french)")
        // A two-sided noun in apposition relates the name it follows to its complements — not those complements to one
        // another, nor the names of that side to one another, nor anyone to the organization they are allies within.
        let apposed = try assertions("Titre\n\nLa Turquie, alliée de l’Ukraine et de la Géorgie, a protesté. Le Royaume-Uni et la France, alliés des États-Unis au sein de l’Alliance atlantique, ont protesté.\n")
        #expect(apposed.filter { $0.contains(" ally_of ") }.sorted() == ["FRA ally_of USA positive", "GBR ally_of USA positive", "TUR ally_of GEO positive", "TUR ally_of UKR positive"], "\(apposed)")
        let invited = try extract("Titre\n\nL’OTAN a invité la Suède et la Finlande à rejoindre l’Alliance lors du sommet de Madrid.\n").extraction.assertions
        #expect(!invited.contains { $0.predicate == "member_of" && $0.modality == .asserted }, "\(invited)")
        let conditional = try extract("Titre\n\nLa Russie sanctionnera la Moldavie si elle rejoint l’Union européenne.\n").extraction.assertions
        #expect(conditional.contains { $0.predicate == "sanctions" && $0.modality == .speculative }, "\(conditional)")
        let english = try assertions("""
            Title

            Russia warned Finland that it would retaliate if it joined NATO. \
            China will not sanction Russia because it depends on Russian energy. \
            Serbia and the Western Balkans still depend on Russian gas, officials said.

            """)
        #expect(!english.contains { $0.hasPrefix("RUS member_of") || $0.hasPrefix("CHN depends_on") }, "\(english)")
        #expect(!english.contains { $0.contains("region:the-west") }, "\(english)")
        // « même si » is a concession: Armenia's dependence is asserted.
        let concession = try extract("Titre\n\nL’Azerbaïdjan a attaqué l’Arménie. L’Arménie cherche à se rapprocher de l’UE, même si elle dépend de la Russie.\n").extraction.assertions
        #expect(concession.contains { $0.predicate == "depends_on" && $0.modality == .asserted })
    }
}

extension ArticleTests {
    /// A count on a description names only an organization of that size (organizations.tsv member_count); an
    /// infinitive after a verb opens another verb phrase, none of whose names is the verb's object.
    @Test func sizesAndInfinitives() throws {
        let found = try assertions("""
            Title

            NATO warned Moscow against any escalation on Monday. The 27-nation bloc, however, sanctioned Belarus again. \
            The CSTO met in Yerevan on Tuesday. The six-member bloc did not condemn Azerbaijan. \
            Turkey has refused to sanction Russia over the war, officials said.

            """)
        #expect(!found.contains { $0.hasPrefix("org:NATO sanctions") }, "\(found)")
        #expect(found.contains("org:CSTO condemns AZE negative"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("TUR refuses RUS") }, "\(found)")
    }
}

extension ArticleTests {
    /// Arriving somewhere is visiting it; who poses as a mediator between two sides mediates between them.
    @Test func arrivalsAndSelfAppointedMediators() throws {
        let english = try assertions("Title\n\nPelosi, who arrived in the Armenian capital on Saturday, is the highest-ranking American official to visit the country.\n")
        #expect(english.contains("person:nancy-pelosi visits ARM positive"), "\(english)")
        let stop = try assertions("Title\n\nBefore arriving in Samarkand, Xi stopped in Kazakhstan, where he held talks with President Tokayev.\n")
        #expect(stop.contains("person:xi-jinping visits KAZ positive"), "\(stop)")
        // Taking a side supports it (an adverb of two words inside the trigger).
        let side = try assertions("Titre\n\nLa Biélorussie s’est rangée d’emblée aux côtés de la Russie.\n")
        #expect(side.contains("BLR supports RUS positive"), "\(side)")
        let french = try assertions("Titre\n\nVladimir Poutine a rencontré le président turc, Recep Tayyip Erdogan, qui se pose en médiateur entre Moscou et Kiev depuis le début de l’invasion russe.\n")
        #expect(french.contains("person:recep-tayyip-erdogan mediates_between RUS positive") && french.contains("person:recep-tayyip-erdogan mediates_between UKR positive"), "\(french)")
    }
}

extension ArticleTests {
    /// "whose country is Armenia's main ally and keeps a base": the verb after « and » is the possessive relative's
    /// state's too; going around a state (« contourner la Russie ») distances from it, around sanctions from no one.
    @Test func coordinatedPossessiveRelativesAndBypasses() throws {
        let base = try assertions("Title\n\nPutin, whose country is Armenia's main military ally and keeps a base in the city of Gyumri, told reporters the alliance would keep working.\n")
        #expect(base.contains("RUS deploys_troops_in ARM positive"), "\(base)")
        let french = try assertions("Titre\n\nLe Kazakhstan cherche à contourner la Russie pour l’exportation de son pétrole. Il n’aiderait pas la Russie à contourner les sanctions.\n")
        #expect(french.contains("KAZ distances_itself_from RUS positive"), "\(french)")
        #expect(!french.contains { $0.hasPrefix("RUS distances_itself_from") }, "\(french)")
    }
}

extension ArticleTests {
    /// « des touristes russes » names Russia among the sentence's mentions, but Russia does not act in it.
    @Test func privateGroupsAreMentionsNotActors() throws {
        let extraction = try extract("Titre\n\nLa Lituanie, la Lettonie et l’Estonie ont interdit l’entrée des touristes russes sur leur territoire.\n").extraction
        let keys = extraction.mentions.flatMap { $0 }.map { gazetteer.entities[$0.entity].key }
        #expect(keys.contains("RUS"), "\(keys)")
        let russian = try #require(gazetteer.index["RUS"])
        #expect(!extraction.assertions.contains { $0.kind == .extracted && ($0.subject == russian || $0.object == russian) })
        #expect(!extraction.events.contains { $0.participants.contains { $0.entity == russian } })
    }
}

extension ArticleTests {
    /// "cooperates with neither Russia nor China": a preposition may stand between the verb and "neither".
    @Test func neitherAfterAPreposition() throws {
        let found = try assertions("Title\n\nKyrgyzstan cooperates with neither Russia nor China on border security, officials said.\n")
        #expect(found.contains { $0.contains("cooperates_with") && $0.contains("RUS") && $0.hasSuffix("negative") }, "\(found)")
        #expect(!found.contains { $0.contains("cooperates_with") && $0.hasSuffix("positive") }, "\(found)")
        // "nor" goes on with the list.
        #expect(found.contains { $0.contains("cooperates_with") && $0.contains("CHN") && $0.hasSuffix("negative") }, "\(found)")
        let recognised = try assertions("Title\n\nGeorgia recognised neither Abkhazia nor South Ossetia as independent states, officials said.\n")
        #expect(recognised.contains("GEO recognizes place:south-ossetia negative"), "\(recognised)")
    }
}

extension ArticleTests {
    /// "condemned what she called illegal and deadly attacks by Azerbaijan": past a naming frame, the event named is
    /// the condemned one, and a two-sided event's doer is the one the text gives ("by Azerbaijan").
    @Test func whatSheCalledAttacks() throws {
        let found = try assertions("Title\n\nU.S. House Speaker Nancy Pelosi on Sunday condemned what she called illegal and deadly attacks by Azerbaijan on Armenian territory.\n")
        #expect(found.contains("person:nancy-pelosi condemns AZE positive"), "\(found)")
        #expect(!found.contains("person:nancy-pelosi condemns ARM positive"), "\(found)")
    }
}

extension ArticleTests {
    /// "granted candidate status to Ukraine and Moldova": through a granting verb the recipients are the candidates,
    /// the granter the organization they would join.
    @Test func grantedStatusGoesToItsRecipients() throws {
        let found = try assertions("Title\n\nEuropean Union leaders granted candidate status to Ukraine and Moldova on Thursday, officials said.\n")
        #expect(found.contains("UKR seeks_rapprochement_with org:EU positive") && found.contains("MDA seeks_rapprochement_with org:EU positive"), "\(found)")
        let events = try self.events("Titre\n\nLe 23 juin, les dirigeants des Vingt-Sept ont accordé le statut de pays candidat à l’Ukraine et à la Moldavie.\n")
        #expect(events.contains { $0.hasPrefix("accession_or_candidacy") && $0.contains("UKR:member") && $0.contains("MDA:member") }, "\(events)")
    }
}

extension ArticleTests {
    /// Talks between two sides in conflict (told in the text) in a third state's capital, or at a place in it, are that
    /// state's mediation; the host is no side of the talks. Where the host is one of the sides, or named as the one who
    /// hosts, it mediates nothing; nor between sides the text tells in no conflict.
    @Test func talksHostedByAThirdStateAreItsMediation() throws {
        let war = "Armenia and Azerbaijan fought a war in 2020. "
        for text in ["Des pourparlers ont eu lieu à Washington entre l’Arménie et l’Azerbaïdjan.\n",
                     "Les pourparlers entre l’Arménie et l’Azerbaïdjan à Washington ont commencé.\n",
                     "Talks between Armenia and Azerbaijan in Washington began on Monday.\n",
                     "Talks were held in Washington between Armenia and Azerbaijan.\n"] {
            let found = try assertions("Title\n\n" + (text.hasPrefix("T") ? war : "L’Arménie et l’Azerbaïdjan se sont affrontés en 2020. ") + text)
            #expect(found.contains { $0.hasPrefix("ARM holds_summit_with AZE") || $0.hasPrefix("AZE holds_summit_with ARM") }, "\(text): \(found)")
            #expect(found.contains("USA mediates_between ARM positive") && found.contains("USA mediates_between AZE positive"), "\(text): \(found)")
            #expect(!found.contains { $0.contains("holds_summit_with") && $0.contains("USA") }, "\(text): \(found)")
        }
        // At a place of the state: Istanbul is Turkey's.
        #expect(try assertions("Title\n\nRussia invaded Ukraine in February. Russia and Ukraine held talks in Istanbul on Tuesday.\n").contains("TUR mediates_between UKR positive"))
        // Two sides in no conflict told: "Tokayev and Mirziyoyev held talks in Moscow" is no Russian mediation.
        #expect(try !assertions("Title\n\nTokayev and Mirziyoyev held talks in Moscow on the sidelines of a summit.\n").contains { $0.contains("mediates_between") })
        // The host is a side: no mediation.
        let sochi = try assertions("Title\n\nPutin and Erdogan held talks in Sochi.\n")
        #expect(sochi.contains { $0.contains("holds_summit_with") } && !sochi.contains { $0.contains("mediates_between") }, "\(sochi)")
        // A meeting is no negotiation: "met in Astana" hosts, mediates nothing.
        #expect(!(try assertions("Title\n\nPashinyan and Aliyev met in Astana.\n")).contains { $0.contains("mediates_between") })
        // Named as the one who hosts, it holds the talks with both.
        let moscow = try assertions("Title\n\nMoscou a accueilli des pourparlers entre l’Arménie et l’Azerbaïdjan.\n")
        #expect(moscow.contains("RUS holds_summit_with ARM positive") && !moscow.contains { $0.contains("mediates_between") }, "\(moscow)")
    }

    /// « Mi-septembre, le Tadjikistan et le Kirghizstan, tous deux membres de l’OTSC, se sont affrontés »: a date opening
    /// the sentence is the main verb's; an incise between the subject and its verb neither takes it nor keeps it off.
    /// A rough date (« mi-septembre ») that a known event of the type fits gives way to that event's days.
    @Test func anInciseNeitherTakesNorBlocksAFrontedDate() throws {
        let found = try extract("Titre\n\nA la mi-septembre, le Tadjikistan et le Kirghizstan, tous deux membres de l'Organisation du traité de sécurité collective (OTSC) dominée par Moscou, se sont affrontés à leur frontière lors de combats qui ont fait une centaine de morts.\n", date: "2022-10-20")
        let clash = try #require(found.extraction.events.first { $0.type == "armed_clash" })
        // (« à la mi-septembre », 2022-09~, is the known clash of those days, whose days it takes.)
        #expect(clash.date?.edtf == "2022-09-14/2022-09-20" && clash.dateBasis == .known, "\(String(describing: clash.date))")
        let membership = found.extraction.assertions.filter { $0.predicate == "member_of" }
        #expect(membership.count == 2 && membership.allSatisfy { $0.date == nil }, "\(membership.map { String(describing: $0.date) })")
    }
}

extension ArticleTests {
    /// A pronoun opening a clause inside its sentence ("when it", after "why" opened one) stands for a name of that
    /// sentence or for no one — never the subject of the sentence before. At the sentence's start it still carries it.
    @Test func aPronounInsideAClauseIsNotThePreviousSubject() throws {
        let found = try assertions("Title\n\nTokayev asked the CSTO to help restore order. Opposition politicians asked why the bloc was rushing to Tokayev's aid when it had declined to help Yerevan.\n")
        // Tokayev is read in his own sentence, not in the next one's clause.
        #expect(found.contains("person:kassym-jomart-tokayev demands_of org:CSTO positive") && !found.contains { $0.hasPrefix("person:kassym-jomart-tokayev refuses") }, "\(found)")
        #expect(try assertions("Titre\n\nLa Moldavie est neutre. Puisqu’elle ne fait pas partie de l’OTAN, la Moldavie refuse de sanctionner la Russie.\n").contains("MDA member_of org:NATO negative"))
    }

    /// A place opening the sentence places the first thing its clause tells (a verb of saying aside), not a noun further
    /// on: "In Washington, … stopped short of condemning the deployment" deploys nothing in Washington.
    @Test func anOpeningPlaceIsNotANounsFurtherOn() throws {
        let events = try self.events("Title\n\nIn Washington, State Department spokesman Ned Price said the United States had questions about the request but stopped short of condemning the deployment.\n")
        #expect(!events.contains { $0.hasPrefix("deployment") && $0.contains("USA") }, "\(events)")
        let summit = try self.events("Title\n\nIn Moscow, President Vladimir Putin said on Monday, at a summit of the Russian-led Collective Security Treaty Organization, that the bloc would act.\n")
        #expect(summit.contains { $0.hasPrefix("summit_or_meeting") && $0.contains("RUS:host") }, "\(summit)")
    }
}

extension ArticleTests {
    /// A number is one phrase: a comma inside it ("2,000") closes no clause, and the words that make it approximate
    /// ("about", « près de », « quelque ») are no content words between a verb and its object.
    @Test func anApproximateNumberIsPartOfTheObject() throws {
        for text in ["Moscow signed the deal and deployed about 2,000 peacekeepers in Nagorno-Karabakh.\n",
                     "Moscow, which brokered the 2020 ceasefire and deployed some 2,000 peacekeepers in Nagorno-Karabakh, watched with irritation.\n",
                     "La Russie a déployé près de 2 000 soldats au Haut-Karabakh.\n",
                     "La Russie a signé l’accord et a déployé des soldats au Haut-Karabakh.\n"] {
            #expect(try assertions("Title\n\n" + text).contains("RUS deploys_troops_in place:nagorno-karabakh positive"), "\(text)")
        }
        let events = try self.events("Titre\n\nLa Russie a déployé près de 2 000 soldats au Haut-Karabakh.\n")
        #expect(events.contains { $0.hasPrefix("deployment") && $0.contains("RUS:party") }, "\(events)")
    }

    /// « dès le 26 août 2008 » right after a verb is a date, no « des »: the recognition keeps Georgia as the state whose
    /// territories it is about, not a party.
    @Test func desWithAnAccentIsNoArticle() throws {
        let events = try self.events("Titre\n\nMoscou, qui a reconnu dès le 26 août 2008 l’indépendance de l’Abkhazie et de l’Ossétie du Sud, soutient les séparatistes.\n")
        #expect(events.contains { $0.hasPrefix("statement") && $0.contains("RUS:party") } && !events.contains { $0.contains("GEO:party") }, "\(events)")
    }
}

extension ArticleTests {
    /// The host of talks mediates only between two sides, states or their people, with no one else named: an
    /// organization's talks may be at its seat, and a leader named with the sides is who brings them together.
    @Test func aHostMediatesOnlyBetweenTwoStates() throws {
        let eu = try assertions("Title\n\nTalks between the EU and Russia in Brussels ended without progress.\n")
        #expect(eu.contains("org:EU holds_summit_with RUS positive") && !eu.contains { $0.contains("mediates_between") }, "\(eu)")
        let prague = try assertions("Title\n\nPashinyan and Aliyev held talks in Prague on the sidelines of the European Political Community summit, with Macron and Michel.\n")
        #expect(!prague.contains { $0.hasPrefix("CZE") }, "\(prague)")
    }

    /// « Vendredi, l’Arménie, membre de l’OTSC, a annoncé … », "On Friday, Armenia, a member of the CSTO, said …": the
    /// apposition is no event of Friday, whatever the verb after it tells.
    @Test func aSingularAppositionTakesNoFrontedDate() throws {
        for (text, date) in [("Titre\n\nVendredi, l’Arménie, membre de l’OTSC, a annoncé geler sa participation à l’alliance.\n", "2024-02-24"),
                             ("Title\n\nOn Friday, Armenia, a member of the CSTO, said it would freeze its participation.\n", "2024-02-24")] {
            let found = try extract(text, date: date).extraction.assertions.filter { $0.predicate == "member_of" }
            #expect(found.count == 1 && found[0].date == nil, "\(text)")
        }
    }

    /// "remain outside the alliance": a preposition between a copula and a noun trigger makes no one its doer; "postponed
    /// a meeting" holds none; "their bids to join NATO" are candidacies, no membership.
    @Test func outsidePostponedAndBids() throws {
        let outside = try assertions("Title\n\nAustria and Ireland remain outside the alliance while belonging to the European Union.\n")
        #expect(!outside.contains { $0.contains("ally_of") }, "\(outside)")
        let postponed = try assertions("Title\n\nTurkey on Tuesday postponed a meeting with Sweden and Finland on their bids to join NATO.\n")
        #expect(!postponed.contains { $0.contains("holds_summit_with") && $0.hasSuffix("positive") }, "\(postponed)")
        #expect(!postponed.contains { $0.contains("member_of") && $0.hasSuffix("positive") }, "\(postponed)")
        #expect(postponed.contains("SWE seeks_rapprochement_with org:NATO positive") && postponed.contains("FIN seeks_rapprochement_with org:NATO positive"), "\(postponed)")
        let reported = try assertions("Titre\n\nAnkara a reporté la réunion avec la Suède et la Finlande.\n")
        #expect(reported.contains { $0.contains("holds_summit_with") && $0.hasSuffix("negative") }
                && !reported.contains { $0.contains("holds_summit_with") && $0.hasSuffix("positive") }, "\(reported)")
        // Who puts it off would have held it, with each named after « avec », "with" — never they with one another.
        for found in [postponed, reported] {
            #expect(found.contains("TUR holds_summit_with SWE negative") && found.contains("TUR holds_summit_with FIN negative"), "\(found)")
            #expect(!found.contains { $0.hasPrefix("SWE holds_summit_with") || $0.hasPrefix("FIN holds_summit_with") }, "\(found)")
        }
        // "held separate talks with Pashinyan and Aliyev": who holds them meets each.
        let held = try assertions("Title\n\nPutin also held separate talks with Pashinyan and Aliyev before the trilateral summit.\n")
        let pairs = Set(held.filter { $0.contains(" holds_summit_with ") }.map { Set($0.split(separator: " ").filter { $0.hasPrefix("person:") }) })
        #expect(pairs == [["person:vladimir-putin", "person:nikol-pashinyan"], ["person:vladimir-putin", "person:ilham-aliyev"]], "\(held)")
        // "friction with Beijing at a summit of the SCO": a name after "with" completes another noun, no side of the summit.
        let friction = try assertions("Title\n\nPutin acknowledged that China had questions about the war, a rare admission of friction with Beijing at a summit of the Shanghai Cooperation Organisation.\n")
        #expect(!friction.contains { $0.contains("holds_summit_with") }, "\(friction)")
    }
}

extension ArticleTests {
    /// « entre », "between" names its pair through the people or forces who act for them ("the foreign ministers of
    /// Armenia and Azerbaijan", "the armies of …"), never through a count of members (« deux États membres de l’OTSC »);
    /// its second name is the pair's even before a past ("clashes between Armenia and Azerbaijan killed dozens").
    @Test func betweenThePeopleWhoActForThePair() throws {
        let talks = try assertions("Title\n\nArmenia and Azerbaijan fought a war in 2020. Talks between the foreign ministers of Armenia and Azerbaijan in Geneva ended without agreement.\n")
        #expect(talks.contains("ARM holds_summit_with AZE positive") && talks.contains("CHE mediates_between ARM positive"), "\(talks)")
        for text in ["Clashes between the armies of Armenia and Azerbaijan killed dozens of soldiers.\n", "Clashes between Armenia and Azerbaijan killed dozens of soldiers.\n"] {
            #expect(try assertions("Title\n\n" + text).contains("ARM armed_conflict_with AZE positive"), "\(text)")
        }
        let members = try self.events("Titre\n\nEnfin, un conflit ouvert entre deux États membres de l’OTSC n’est pas prévu par la charte.\n")
        #expect(!members.contains { $0.contains("org:CSTO:party") }, "\(members)")
    }
}

extension ArticleTests {
    /// "asked the CSTO for help", "requested help from", « a sollicité »: a request of the name right after the verb
    /// ("asked why", "asked reporters" ask no one); "the Russia-led CSTO" is the CSTO.
    @Test func askingANameIsARequest() throws {
        #expect(try assertions("Title\n\nTokayev asked the CSTO for help on Wednesday.\n").contains("person:kassym-jomart-tokayev demands_of org:CSTO positive"))
        #expect(try assertions("Title\n\nTokayev requested help from the CSTO.\n").contains("person:kassym-jomart-tokayev demands_of org:CSTO positive"))
        #expect(try assertions("Titre\n\nTokaïev a sollicité l’OTSC pour rétablir l’ordre.\n").contains("person:kassym-jomart-tokayev demands_of org:CSTO positive"))
        let led = try assertions("Title\n\nArmenia formally asked the Russia-led Collective Security Treaty Organization to help restore its territorial integrity.\n")
        #expect(led.contains("ARM demands_of org:CSTO positive") && !led.contains { $0.hasPrefix("ARM demands_of RUS") }, "\(led)")
        #expect(try assertions("Title\n\nOpposition politicians in Yerevan asked why the bloc was rushing to Kazakhstan's aid.\n").allSatisfy { !$0.contains("demands_of") })
    }

    /// "Armenia's prime minister", "Kazakhstan's president": the office holder the gazetteer gives, as "the Armenian
    /// prime minister" is.
    @Test func aStatesOfficeByItsPossessive() throws {
        let found = try assertions("Title\n\nArmenia's prime minister on Wednesday refused to sign a joint declaration of the CSTO.\n")
        #expect(found.contains { $0.hasPrefix("person:nikol-pashinyan refuses") }, "\(found)")
    }
}

extension ArticleTests {
    /// Dates that belong to another clause than the event's: a relative clause's ("which fought … in 2008"), a reported
    /// clause's (« a assuré que la mobilisation décrétée en septembre … », "… last week, they said"), a running span's
    /// (« sa première visite … depuis 2019 », « au pouvoir depuis 1992, reprochant »). A weekday with its day tells the
    /// year, whatever year the paragraph named before.
    @Test func datesOfAnotherClause() throws {
        func dates(_ text: String, _ date: String, _ type: String) throws -> [String] {
            try extract("Titre\n\n" + text + "\n", date: date).extraction.events.filter { $0.type == type }.map { $0.date?.edtf ?? "-" }
        }
        #expect(try dates("Georgia, which fought a five-day war with Russia in 2008, condemned the annexation as a gross violation of international law.", "2022-10-01", "statement") == ["-"])
        #expect(try dates("Lors de sa conférence de presse finale, M. Poutine a assuré que la mobilisation partielle décrétée en septembre s’achèverait bientôt.", "2022-10-15", "statement") == ["-"])
        #expect(try dates("Pour sa première visite en Biélorussie depuis 2019, Vladimir Poutine a choisi de mettre en scène son alliance avec Alexandre Loukachenko.", "2022-12-20", "summit_or_meeting") == ["-"])
        #expect(try dates("« Nous voulons du respect », a lancé le dirigeant, au pouvoir depuis 1992, reprochant à Moscou de traiter les pays de la région comme des vassaux.", "2022-10-15", "statement") == ["-"])
        let minsk = try dates("Pour sa première visite en Biélorussie depuis 2019, Vladimir Poutine a choisi Minsk. Reçu lundi 19 décembre à Minsk, le président russe a assuré que Moscou continuerait de former des équipages biélorusses.", "2022-12-20", "statement")
        #expect(minsk.contains("2022-12-19"), "\(minsk)")
        // One opening the sentence is the saying's.
        #expect(try dates("Le 12 octobre, Rahmon a déclaré que la Russie devait respecter les petits pays.", "2022-11-15", "statement") == ["2022-10-12"])
        // A date owning the noun after it ("Friday's attack") is that noun's, not the verb's before it.
        #expect(try dates("On Monday the Kremlin condemned Friday's attack on the Russian embassy in Kyiv.", "2022-10-12", "statement") == ["2022-10-10"])
        #expect(try dates("Tuesday's clashes between Armenia and Azerbaijan killed dozens of soldiers.", "2022-09-15", "armed_clash") == ["2022-09-13"])
    }
}

extension ArticleTests {
    /// Review of 2026-11-29 (second round): Brussels hosts the EU's mediation, not Belgium's (`seat_of` in places.tsv);
    /// "asked Macron why" is a question, no request; "the last week of the talks" is no last week.
    @Test func seatsQuestionsAndFinalWeeks() throws {
        let brussels = try assertions("Title\n\nArmenia and Azerbaijan fought a war in 2020. Armenia and Azerbaijan held talks in Brussels on a peace treaty.\n")
        #expect(brussels.contains("org:EU mediates_between ARM positive") && !brussels.contains { $0.hasPrefix("BEL") }, "\(brussels)")
        #expect(!(try assertions("Title\n\nAliyev asked Macron why France was arming Armenia, officials said.\n")).contains { $0.contains("demands_of") })
        #expect(try assertions("Title\n\nAliyev asked Macron for help, officials said.\n").contains("person:ilham-aliyev demands_of person:emmanuel-macron positive"))
        let week = try extract("Title\n\nThe last week of the talks in Brussels produced no agreement between Armenia and Azerbaijan, diplomats said.\n", date: "2023-07-20")
        #expect(week.extraction.events.contains { $0.type == "summit_or_meeting" } && week.extraction.events.allSatisfy { $0.date == nil },
                "\(week.extraction.events.map { String(describing: $0.date) })")
    }
}

extension ArticleTests {
    /// « a retiré 2 000 soldats du Tadjikistan pour les envoyer en Ukraine »: after a verb of taking away (event-roles
    /// `ablative`), « du Tadjikistan » is where the soldiers leave, not whose they are.
    @Test func soldiersWithdrawnFromAPlaceAreNotItsOwn() throws {
        let found = try assertions("Titre\n\nLa Russie a retiré près de 2 000 soldats du Tadjikistan pour les envoyer en Ukraine.\n")
        #expect(!found.contains { $0.hasPrefix("TJK") }, "\(found)")
        // Deployed there, they are Russia's troops in Tajikistan.
        #expect(try assertions("Titre\n\nLa Russie a déployé près de 2 000 soldats au Tadjikistan.\n").contains("RUS deploys_troops_in TJK positive"))
    }
}

extension ArticleTests {
    /// "cancelled a planned meeting": a word saying it was scheduled (event-roles `scheduled`) keeps the cancellation on
    /// the meeting: no meeting event.
    @Test func aCancelledPlannedMeetingIsNone() throws {
        let events = try self.events("Title\n\nPashinyan cancelled a planned meeting with Aliyev in Brussels, his office said.\n")
        #expect(!events.contains { $0.hasPrefix("summit_or_meeting") }, "\(events)")
        // Held, the same planned meeting is one.
        #expect(try assertions("Title\n\nPashinyan held a planned meeting with Aliyev in Brussels, his office said.\n")
            .contains("person:nikol-pashinyan holds_summit_with person:ilham-aliyev positive"))
    }
}

extension ArticleTests {
    /// A request (modality `request`: "asked", "urged", « a exhorté ») makes only the infinitive it governs hypothetical:
    /// "was asked by Putin to recognise the Donbas republics" recognizes nothing yet, while "asked the CSTO for help after
    /// Azerbaijan attacked its territory" keeps the attack.
    @Test func aRequestMakesItsInfinitiveHypothetical() throws {
        let asked = try extract("Title\n\nTokayev was asked by Putin to recognise the Donbas republics, but refused.\n").extraction.assertions
        #expect(asked.filter { $0.predicate == "recognizes" }.allSatisfy { $0.modality != .asserted })
        let attack = try self.events("Title\n\nArmenia asked the CSTO for help after Azerbaijan attacked its territory.\n")
        #expect(attack.contains { $0.hasPrefix("armed_clash") && $0.contains("AZE") }, "\(attack)")
    }
}

extension ArticleTests {
    /// « le sommet de Bucarest », « le sommet de Moscou »: a capital completing a meeting is where it was held, not a side.
    @Test func aCapitalCompletingAMeetingIsItsPlace() throws {
        #expect(!(try assertions("Titre\n\nLa Géorgie souhaite adhérer à l’OTAN depuis le sommet de Bucarest en 2008.\n")).contains { $0.hasPrefix("ROU") || $0.contains(" ROU ") })
        let moscow = try extract("Titre\n\nLe sommet de Moscou a réuni Poutine et Tokaïev.\n").extraction.events.first { $0.type == "summit_or_meeting" }
        #expect(moscow.flatMap { $0.place }.map { gazetteer.entities[$0].key } == "place:moscow")
    }
}

extension ArticleTests {
    /// « À la demande de Moscou, les forces de l’OTSC ont été déployées au Kazakhstan »: who asked is no place of the
    /// deployment (event-roles `request`); « Dans les rues d’Erevan » still is.
    @Test func whoAskedIsNoPlace() throws {
        let events = try self.events("Titre\n\nÀ la demande de Moscou, les forces de l’OTSC ont été déployées au Kazakhstan.\n")
        #expect(events.contains { $0.hasPrefix("deployment") && $0.contains("KAZ") } && !events.contains { $0.contains("RUS") }, "\(events)")
        #expect(try self.events("Titre\n\nDans les rues d’Erevan, des manifestants ont réclamé la sortie de l’OTSC.\n").contains { $0.hasPrefix("protest") && $0.contains("ARM") })
    }
}

extension ArticleTests {
    /// "exchanged fire", « ont échangé des tirs », « des échanges de tirs entre … »: a clash between both sides.
    @Test func exchangingFireIsAClash() throws {
        #expect(try assertions("Title\n\nArmenian and Azerbaijani troops exchanged fire overnight on the border, the defence ministry said.\n").contains { $0.contains("armed_conflict_with") && $0.contains("ARM") && $0.contains("AZE") })
        #expect(try assertions("Titre\n\nLes forces kirghizes et tadjikes ont échangé des tirs à la frontière, selon Bichkek.\n").contains { $0.contains("armed_conflict_with") && $0.contains("KGZ") && $0.contains("TJK") })
        #expect(try assertions("Titre\n\nDes échanges de tirs entre l’Arménie et l’Azerbaïdjan ont été signalés dans la nuit.\n").contains("ARM armed_conflict_with AZE positive"))
    }
}

extension ArticleTests {
    /// A plan is no deed (a review's look-alikes): "denied any plan to invade Ukraine", "the opposition plans
    /// protests", « Moscou prévoit de déployer »: no event, and the relation, where one is told, is speculative.
    @Test func aPlanIsNoDeed() throws {
        let denied = try extract("Title\n\nThe Kremlin has denied any plan to invade Ukraine, calling the Western reports hysteria.\n", date: "2022-01-20")
        #expect(!denied.extraction.events.contains { $0.type == "invasion" })
        let invades = try #require(denied.extraction.assertions.first { $0.predicate == "invades" })
        #expect(invades.modality == .speculative)
        let protests = try extract("Title\n\nKazakhstan will hold a snap presidential election on 20 November, and the opposition plans protests in Almaty.\n", date: "2022-11-15")
        #expect(!protests.extraction.events.contains { $0.type == "protest" })
        // (Held, they are: "the opposition held protests in Almaty".)
        let held = try extract("Title\n\nKazakhstan held a snap presidential election on 20 November, and the opposition held protests in Almaty.\n", date: "2022-11-25")
        #expect(held.extraction.events.contains { $0.type == "protest" })
        let deployment = try extract("Titre\n\nSelon la presse, Moscou prévoit de déployer des milliers de soldats en Biélorussie avant l’hiver.\n", date: "2022-10-15")
        #expect(!deployment.extraction.events.contains { $0.type == "deployment" })
        #expect(deployment.extraction.assertions.contains { $0.predicate == "deploys_troops_in" && $0.modality == .speculative })
        // What was done stays done: « Moscou a déployé des milliers de soldats en Biélorussie ».
        let done = try extract("Titre\n\nSelon la presse, Moscou a déployé des milliers de soldats en Biélorussie avant l’hiver.\n", date: "2022-10-15")
        #expect(done.extraction.events.contains { $0.type == "deployment" })
    }
}

extension ArticleTests {
    /// "hosted", "welcomed", « a accueilli », « a réuni » with a name after them tell a meeting (a review found news
    /// told this way left without an event); with no name after them ("hosted refugees", "welcomed the decision"), none.
    @Test func hostingANameIsAMeeting() throws {
        func meetings(_ text: String) throws -> [ExtractedEvent] {
            try extract("Title\n\n" + text + "\n", date: "2022-11-05").extraction.events.filter { $0.type == "summit_or_meeting" }
        }
        let sochi = try #require(try meetings("Putin hosted Aliyev and Pashinyan in Sochi, but the three leaders failed to agree on a peace treaty.").first)
        #expect(Set(sochi.participants.map { gazetteer.entities[$0.entity].key })
                    .isSuperset(of: ["person:vladimir-putin", "person:ilham-aliyev", "person:nikol-pashinyan"]))
        #expect(sochi.place.map { gazetteer.entities[$0].key } == "place:sochi")
        let istanbul = try #require(try meetings("Erdogan a accueilli Vladimir Poutine à Istanbul pour discuter des exportations de céréales.").first)
        #expect(istanbul.place.map { gazetteer.entities[$0].key } == "place:istanbul")
        #expect(try meetings("Charles Michel a réuni Ilham Aliev à Bruxelles pour relancer les négociations de paix.").contains {
            $0.participants.contains { gazetteer.entities[$0.entity].key == "person:ilham-aliyev" } })
        #expect(try meetings("Turkey has hosted refugees from Syria for a decade, and the government welcomed the decision of the court.").isEmpty)
        // The relation too: whom the host met.
        let summits = try assertions("Title\n\nPutin hosted Aliyev and Pashinyan in Sochi, but the three leaders failed to agree on a peace treaty.\n")
        #expect(summits.contains("person:ilham-aliyev holds_summit_with person:vladimir-putin positive"))
    }
}

extension ArticleTests {
    /// "for the first time since February", "their first direct talks since 2022": the span opened after `first` is
    /// the last time before — it dates no event and lends no other date its year (a review's cases).
    @Test func theFirstSinceIsTheLastTimeBefore() throws {
        let istanbul = try extract("Title\n\nRussian and Ukrainian delegations met in Istanbul on 16 May, their first direct talks since 2022.\n", date: "2025-05-20")
        let talks = try #require(istanbul.extraction.events.first { $0.type == "summit_or_meeting" })
        #expect(talks.date?.edtf == "2025-05-16")
        let since = try #require(istanbul.extraction.dates.flatMap { $0 }.first { $0.surface == "since 2022" })
        #expect(since.tellsThePreviousTime && since.value.edtf == "2022/..")
        let visit = try extract("Titre\n\nVladimir Poutine s’est rendu en Biélorussie, sa première visite dans le pays depuis 2019, a annoncé le Kremlin.\n", date: "2022-12-20")
        #expect(visit.extraction.events.first { $0.type == "summit_or_meeting" }?.date == nil)
        // Without `first`, « depuis juin » still tells when it began.
        let candidate = try extract("Titre\n\nLa Moldavie est candidate à l’adhésion à l’Union européenne depuis juin, a rappelé la présidente.\n", date: "2022-11-20")
        #expect(candidate.extraction.events.first { $0.type == "accession_or_candidacy" }?.date?.edtf == "2022-06")
    }
}

extension ArticleTests {
    /// A date opening the sentence, closed by its comma, is the time of the first brief event its clause tells,
    /// however long the subject before it ("In December 2010, riot police broke up protests", "Last month, Russian
    /// and Belarusian troops held joint drills"); not a war's, nor through an incise (« Le 10 octobre, deux jours
    /// après … » keeps the 10th).
    @Test func anOpeningDateIsItsClausesFirstEvent() throws {
        func dated(_ text: String, _ date: String) throws -> [String] {
            try extract("Title\n\n" + text + "\n", date: date).extraction.events.map { "\($0.type) \($0.date?.edtf ?? "undated")" }
        }
        #expect(try dated("In December 2010, riot police broke up protests in Minsk after Lukashenko's re-election.", "2021-12-05") == ["protest 2010-12"])
        #expect(try dated("Last month, Russian and Belarusian troops held joint drills in Belarus.", "2023-01-10") == ["military_exercise 2022-12"])
        // A lasting event is not dated by it: « À Astana en octobre dernier, alors que … » dates no war.
        #expect(try !dated("En octobre dernier, alors que la guerre en Ukraine durait depuis huit mois, les dirigeants se sont réunis à Astana.", "2023-02")
            .contains { $0.hasPrefix("war 2022-10") })
    }
}

extension ArticleTests {
    /// A date's word is no modality cue: "On 25 May, Putin hosted …" is May the month, not the modal "may".
    @Test func aMonthIsNoModal() throws {
        let found = try extract("Title\n\nOn 25 May, Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan in Moscow.\n", date: "2023-05-28")
        let summit = try #require(found.extraction.assertions.first { $0.predicate == "holds_summit_with" })
        #expect(summit.modality == .asserted && summit.date?.edtf == "2023-05-25")
        // The modal still is one: "Putin may visit Minsk for a summit" is no deed, "visited" is.
        let modal = try extract("Title\n\nOfficials said Vladimir Putin may visit Minsk for a summit of the CSTO later this year.\n", date: "2023-05-28")
        #expect(!modal.extraction.events.contains { $0.type == "summit_or_meeting" })
        let done = try extract("Title\n\nOfficials said Vladimir Putin visited Minsk for a summit of the CSTO earlier this year.\n", date: "2023-05-28")
        #expect(done.extraction.events.contains { $0.type == "summit_or_meeting" })
    }
}

extension ArticleTests {
    /// "Yesterday", « hier »: the day before the document's date, when that date gives its day.
    @Test func yesterdayIsTheDayBefore() throws {
        let english = try extract("Title\n\nYesterday, Nikol Pashinyan refused to sign the CSTO declaration at the summit in Yerevan.\n", date: "2022-11-24")
        #expect(english.extraction.dates.flatMap { $0 }.map(\.value.edtf) == ["2022-11-23"])
        let french = try extract("Titre\n\nHier, le président kazakh a reçu son homologue ouzbek à Astana pour des entretiens.\n", date: "2022-11-24")
        #expect(french.extraction.events.first { $0.type == "summit_or_meeting" }?.date?.edtf == "2022-11-23")
        // A document dated to its month alone gives no day to count from.
        let month = try extract("Titre\n\nHier, le président kazakh a reçu son homologue ouzbek à Astana pour des entretiens.\n", date: "2022-11")
        #expect(month.extraction.dates.flatMap { $0 }.isEmpty)
    }
}

extension ArticleTests {
    /// After a noun trigger, its predicate tells whether it happened: « Une nouvelle guerre … reste possible » is
    /// hypothetical, "The meeting … was cancelled" denied — no event either way; what happened stays asserted.
    @Test func aNounsPredicateTellsWhetherItHappened() throws {
        let possible = try extract("Titre\n\nUne nouvelle guerre entre l'Arménie et l'Azerbaïdjan au Haut-Karabakh reste possible selon les experts.\n", date: "2022-11-15")
        #expect(possible.extraction.events.isEmpty)
        #expect(possible.extraction.assertions.contains { $0.predicate == "armed_conflict_with" && $0.modality == .speculative })
        for text in ["La rencontre entre Ilham Aliev et Nikol Pachinian prévue à Bruxelles a été annulée par Bakou.\n",
                     "The meeting between Aliyev and Pashinyan in Brussels was cancelled by Baku, officials said.\n"] {
            let cancelled = try extract("Title\n\n" + text, date: "2022-11-15")
            #expect(!cancelled.extraction.events.contains { $0.type == "summit_or_meeting" }, "\(text)")
            #expect(cancelled.extraction.assertions.contains { $0.predicate == "holds_summit_with" && $0.polarity == .negative }, "\(text)")
        }
        let held = try extract("Title\n\nThe meeting between Aliyev and Pashinyan in Brussels was held on Monday, officials said.\n", date: "2022-11-15")
        #expect(held.extraction.events.contains { $0.type == "summit_or_meeting" })
    }
}

extension ArticleTests {
    /// Coordinated peers share their office: "Lavrov met his Turkish and Iranian counterparts" names the foreign
    /// ministers, whom kb does not know — not Erdogan and Raisi; a leader's « ses homologues tadjik et kirghize » are
    /// the two presidents (a review's case).
    @Test func coordinatedCounterpartsShareTheirOffice() throws {
        let ministers = try extract("Title\n\nSergei Lavrov met his Turkish and Iranian counterparts in Tehran on Tuesday to discuss Syria.\n", date: "2022-07-20")
        let persons = ministers.extraction.mentions.flatMap { $0 }.map(\.key).filter { $0.hasPrefix("person:") }
        #expect(persons == ["person:sergey-lavrov"], "\(persons)")
        let leaders = try assertions("Titre\n\nVladimir Poutine a reçu ses homologues tadjik et kirghize à Astana pour discuter de la frontière.\n")
        #expect(leaders.contains("person:emomali-rahmon holds_summit_with person:vladimir-putin positive")
                && leaders.contains("person:sadyr-japarov holds_summit_with person:vladimir-putin positive"), "\(leaders)")
    }
}

extension ArticleTests {
    /// Names that belong to another phrase than the one before them: the main clause after an opening time phrase ("Before
    /// the war Germany relied on Russia"), a clause after its comma ("After the war between Armenia and Azerbaijan, Russia
    /// deployed"), a noun an organization qualifies ("a NATO member"), a clause after « que », "that" past the object, and
    /// the name an owner's noun stands in apposition to ("Belarus, Russia's closest ally").
    @Test func namesOfAnotherPhrase() throws {
        func events(_ text: String) throws -> [String] {
            try extract("Title\n\n" + text + "\n").extraction.events.map { e in
                "\(e.type) " + e.participants.map { "\(gazetteer.entities[$0.entity].key):\($0.role.rawValue)" }.sorted().joined(separator: ",")
            }
        }
        #expect(try !assertions("Title\n\nBefore the war Germany relied on Russia for more than half of its gas.\n").contains { $0.contains("armed_conflict_with") })
        #expect(try events("Avant la guerre l’Allemagne dépendait de la Russie pour son gaz.").allSatisfy { !$0.contains("DEU") })
        let deployment = try events("After the war between Armenia and Azerbaijan, Russia deployed peacekeepers in Nagorno-Karabakh.")
        #expect(deployment.contains { $0.hasPrefix("deployment") && $0.contains("RUS:party") && !$0.contains("ARM") }, "\(deployment)")
        let member = try assertions("Title\n\nTurkey is a NATO member but depends on Russian gas.\n")
        #expect(member.contains("TUR depends_on RUS positive") && !member.contains { $0.hasPrefix("org:NATO depends_on") }, "\(member)")
        // (A description after its indefinite article is the subject still: "A Russian-led military alliance said".)
        #expect(try assertions("Title\n\nLavrov demanded of the OSCE that the votes of Poland and Lithuania be annulled.\n")
                == ["person:sergey-lavrov demands_of org:OSCE positive"])
        #expect(try assertions("Title\n\nBelarus, Russia's closest ally, did not comment on the strikes.\n").contains("RUS ally_of BLR positive"))
        // (An apposition ends at its comma: "sells gas to Italy" makes Italy no ally.)
        #expect(try assertions("Title\n\nAzerbaijan, Turkey's closest ally, sells gas to Italy.\n") == ["TUR ally_of AZE positive"])
    }
}

extension ArticleTests {
    /// "since it", "after it": the pronoun of a clause opened by a temporal conjunction stands for its sentence's subject
    /// when one is named before it, else for the sentence before's.
    @Test func aPronounAfterATemporalConjunction() throws {
        let own = try assertions("Title\n\nPoland said a missile killed two farmers near the border. Russia fired dozens of missiles at Ukrainian cities in the heaviest barrage since it invaded its neighbour in February.\n")
        #expect(own.contains("RUS invades - positive") && !own.contains { $0.hasPrefix("POL invades") }, "\(own)")
        let carried = try assertions("Title\n\nRussia left the Council of Europe in March. Its standing in Strasbourg had fallen after it annexed Crimea from Ukraine in 2014.\n")
        #expect(carried.contains { $0.hasPrefix("RUS annexes_territory_of UKR") }, "\(carried)")
        // "as Russia fired …": « as » opens a clause whose subject is a subject, past a demonym of another noun ("near the
        // Ukrainian border"); "Kuleba said Russia …": so does a verb of saying.
        let adverbial = try assertions("Title\n\nThe missile struck a farm near the Ukrainian border, as Russia fired dozens of missiles at Ukrainian cities in the heaviest barrage since it invaded its neighbour in February.\n")
        #expect(adverbial.contains("RUS invades - positive") && !adverbial.contains { $0.hasPrefix("UKR invades") }, "\(adverbial)")
        let said = try extract("Title\n\nForeign Minister Dmytro Kuleba said Russia had no place in European institutions as long as it waged war on its neighbour.\n").extraction.events
        #expect(said.first { $0.type == "war" }.map { Set($0.participants.map { gazetteer.entities[$0.entity].key }).contains("RUS") } == true)
    }
}

extension ArticleTests {
    /// "their meeting" with no pair listed before it: the two sides its clause names (a person standing for their state);
    /// two meetings of two sides each with a side apart are two; a frame dates only the event told right before it.
    @Test func theirMeetingAndTwoBilateralMeetings() throws {
        let modi = try assertions("Title\n\nIndian Prime Minister Narendra Modi, whose government has refused to condemn the war, told Putin during their meeting that this was no era of war.\n")
        #expect(modi.contains { $0.hasPrefix("person:narendra-modi holds_summit_with person:vladimir-putin") }, "\(modi)")
        let sochi = try assertions("Title\n\nErdogan told Putin at their meeting in Sochi that Turkey wanted a ceasefire.\n")
        #expect(sochi.contains { $0.hasPrefix("person:recep-tayyip-erdogan holds_summit_with person:vladimir-putin") }, "\(sochi)")
        let events = try extract("Title\n\nOn Friday, Putin met Turkish President Recep Tayyip Erdogan in Samarkand. Indian Prime Minister Narendra Modi, whose government has refused to condemn the invasion of February, told Putin during their meeting that this was no era of war.\n", date: "2022-09-17")
            .extraction.events.filter { $0.type == "summit_or_meeting" }
        let keys = events.map { Set($0.participants.map { gazetteer.entities[$0.entity].key }) }
        #expect(keys.contains { $0.contains("person:narendra-modi") && !$0.contains("person:recep-tayyip-erdogan") }, "\(keys)")
        #expect(events.allSatisfy { $0.date?.edtf != "2022-02" }, "\(events.map { $0.date?.edtf ?? "-" })")
    }
}

extension ArticleTests {
    /// A blind review's cases (eval/review/session-rules-2026-11-30b.tsv): another occurrence before a known event's name, an
    /// actor outside it or a document older than it keep the name from dating; « s’opposer à », « le bras de fer qui oppose »
    /// are no armed conflict; the European Court of Human Rights is no EU; a date owning its noun wins over the verb's; a
    /// pronoun in a clause opening the sentence stands for the main clause's subject.
    @Test func aReviewsCasesOfTheSessionsRules() throws {
        func events(_ text: String, _ date: String) throws -> [String] {
            try extract("Title\n\n" + text + "\n", date: date).extraction.events.map { "\($0.type) \($0.date?.edtf ?? "-")" }
        }
        #expect(try !events("Pashinyan warned that another 44-day war would be a catastrophe for Armenia.", "2022-11-15").contains { $0.hasPrefix("war 2020") })
        #expect(try !events("Le Kremlin dément toute nouvelle mobilisation partielle.", "2023-01-05").contains("mobilization 2022-09-21"))
        #expect(try !events("L’Ukraine a annoncé une mobilisation partielle dès mars 2014, rappelle le ministre.", "2022-11-15").contains("mobilization 2022-09-21"))
        #expect(try !events("La Russie a suspendu sa participation à l’initiative céréalière de la mer Noire après une attaque contre sa flotte.", "2022-11-15")
                .contains { $0.hasSuffix("2023-07-17") })
        #expect(try !assertions("Titre\n\nLe Kremlin, qui s’oppose à l’adhésion de la Finlande à l’OTAN, a promis une riposte.\n").contains { $0.contains("armed_conflict_with") })
        #expect(try assertions("Titre\n\nLe bras de fer qui oppose Bruxelles à Budapest sur l’État de droit se durcit.\n").isEmpty)
        #expect(try assertions("Titre\n\nLa Cour européenne des droits de l’homme a condamné la Russie.\n").allSatisfy { !$0.hasPrefix("org:EU ") })
        let madrid = try extract("Title\n\nLavrov criticized last week's NATO summit in Madrid on Tuesday.\n", date: "2022-07-05").extraction.events
        #expect(madrid.first { $0.type == "summit_or_meeting" }?.date?.edtf == "2022-06-28/2022-06-30")
        // ("joined the sanctions" joins no organization.)
        #expect(try !events("Norway, which is outside the EU, joined the sanctions against Russia.", "2022-11-15").contains { $0.hasPrefix("accession") })
        let kherson = try extract("Title\n\nKyiv has regained control of Kherson. Since it withdrew, Russia has shelled the city every day.\n").extraction.events
        let withdrawal = try #require(kherson.first { $0.type == "withdrawal" })
        #expect(withdrawal.participants.map { "\(gazetteer.entities[$0.entity].key):\($0.role.rawValue)" } == ["RUS:member"])
    }
}

extension ArticleTests {
    /// A duration counts from the last day told before it, its year given by the context or not ("On 1 September, … Two
    /// weeks later"); a clash the catalogue places at Kherson is told there ("attack Kyiv" in November 2022 is none of it).
    @Test func countingFromTheLastDayTold() throws {
        let clash = try extract("Title\n\nOn 1 September, Japarov warned that the border remained tense. Two weeks later, fighting erupted between Kyrgyzstan and Tajikistan, killing dozens.\n", date: "2022-09-20")
            .extraction.events.first { $0.type == "armed_clash" }
        #expect(clash?.date?.edtf.hasPrefix("2022-09") == true, "\(String(describing: clash?.date?.edtf))")
        let kyiv = try extract("Title\n\nBelarus allowed Russian troops to attack Kyiv from its territory.\n", date: "2022-11-15").extraction.events
        #expect(kyiv.allSatisfy { $0.dateBasis != .known }, "\(kyiv.map { $0.date?.edtf ?? "-" })")
    }
}

extension ArticleTests {
    /// « l’accord de cessez-le-feu négocié sous l’égide de Moscou et garanti par une force d’interposition de 2000 soldats
    /// russes »: the force upholding an agreement began with it (`guarantee`), and two counts of troops that differ are two
    /// deployments — not the redeployment « de 1500 militaires russes présents au Tadjikistan » told three paragraphs on.
    @Test func aForceUpholdingAnAgreementBeganWithIt() throws {
        let report = ExtractionFixture.report
        let deployments = ExtractionFixture.extraction.events.filter { $0.type == "deployment" }
        let force = try #require(deployments.first { e in
            e.mentions.contains { report.sentences[$0.sentence].text.hasPrefix("Aujourd’hui, la violation du fragile accord de cessez-le-feu") }
        })
        #expect(force.date?.edtf == "2020-11-10~" && force.dateBasis == .event)
        #expect(!force.mentions.contains { report.sentences[$0.sentence].text.contains("1500 militaires russes") })
        let english = try extract("Title\n\nRussia deployed peacekeepers to monitor the ceasefire that Armenia and Azerbaijan signed on 10 November 2020.\n",
                                  date: "2022-11-15").extraction.events
        #expect(english.first { $0.type == "deployment" }?.date?.edtf == "2020-11-10~")
        // (Without the word that links them, the deployment keeps no date of the agreement's.)
        let apart = try extract("Title\n\nRussia deployed peacekeepers after the ceasefire that Armenia and Azerbaijan signed on 10 November 2020.\n",
                                date: "2022-11-15").extraction.events
        #expect(apart.first { $0.type == "deployment" }?.date == nil)
    }

    /// « la « mission civile » européenne »: the demonym right after a quoted noun is its doer, past the closing quotation mark.
    @Test func aDemonymAfterAQuotedNounIsItsDoer() throws {
        #expect(try events("Titre\n\nLa « mission civile » européenne s’installe.\n").contains("deployment: org:EU:party"))
    }
}

extension ArticleTests {
    /// A noun or verb of selling or delivering is an arms sale with arms right after it (`arms`): « la vente de 32 drones
    /// Bayraktar TB2 », "sold drones"; « ses livraisons de gaz », "the sale of its gas" are none.
    @Test func aSaleOfArmsIsAnArmsSale() throws {
        #expect(try events("Title\n\nTurkey sold drones to Ukraine.\n").contains { $0.hasPrefix("arms_sale:") && $0.contains("TUR:supplier") })
        #expect(try events("Title\n\nThe sale of Turkish drones to Ukraine worried Moscow.\n").contains { $0.hasPrefix("arms_sale:") && $0.contains("TUR:supplier") })
        #expect(try events("Titre\n\nLa vente de 32 drones par la Turquie à l’Ukraine inquiète Moscou.\n").contains { $0.hasPrefix("arms_sale:") })
        #expect(try !events("Titre\n\nLa Russie a réduit la vente de gaz à la Moldavie.\n").contains { $0.hasPrefix("arms_sale:") })
        #expect(try !events("Title\n\nRussia sold gas to Moldova.\n").contains { $0.hasPrefix("arms_sale:") })
    }
}

extension ArticleTests {
    /// Talks (event-triggers.tsv `host`) between two sides in conflict — told as rivals, or at war in the sentence — held in a
    /// third state are its mediation, on the talks' date (one occasion): the report's « des pourparlers entre les deux pays
    /// rivaux du Caucase à Washington » is the United States' mediation of 2022-11-07; Putin's talks with Erdogan in Tehran
    /// are no Iranian mediation.
    @Test func talksOfRivalsInAThirdStateAreItsMediation() throws {
        let report = ExtractionFixture.report
        let mediation = try #require(ExtractionFixture.extraction.events.first { e in
            e.type == "mediation" && e.mentions.contains { report.sentences[$0.sentence].text.hasPrefix("Tandis que la récente visite à Erevan de Nancy Pelosi") }
        })
        #expect(Set(participants(mediation)) == ["ARM:party", "AZE:party", "USA:mediator"])
        #expect(mediation.date?.edtf == "2022-11-07" && mediation.dateBasis == .event)
        let english = try extract("Title\n\nTalks between the rivals Armenia and Azerbaijan took place in Washington on 7 November 2022.\n", date: "2022-11-20").extraction.events
        #expect(english.contains { $0.type == "mediation" && participants($0).contains("USA:mediator") && $0.date?.edtf == "2022-11-07" })
        #expect(try !events("Title\n\nPutin held talks with Erdogan in Tehran.\n").contains { $0.hasPrefix("mediation") })
    }
}

extension ArticleTests {
    /// What a blind review of the session's rules broke, each fixed by a general rule: a demonstrative clash takes the states
    /// of another comma group only, and « n'ont jamais eu lieu » denies it; a state's troops along a border are on a side the
    /// text does not tell; "that time of the year" is no time told before; talks are a third state's mediation only between
    /// sides in conflict, and at an organization's seat its mediation; what a sale goes to receives it.
    @Test func whatTheReviewOfTheSessionsRulesBroke() throws {
        #expect(try !events("Titre\n\nLa Russie et la Turquie ont appelé au calme après ces affrontements entre séparatistes et forces gouvernementales.\n").contains { $0.hasPrefix("armed_clash") })
        #expect(try !events("Titre\n\nSelon Bakou et Erevan, ces affrontements n'ont jamais eu lieu.\n").contains { $0.hasPrefix("armed_clash") })
        #expect(try !events("Titre\n\nLa Russie a déployé des troupes le long de la frontière entre la Biélorussie et l'Ukraine.\n").contains { $0.contains("UKR:host") })
        let season = try extract("Title\n\nSanctions were imposed on Russia in 2014. At that time of the year, Belarus usually holds military exercises with Russia.\n").extraction.events
        #expect(!season.contains { $0.type == "military_exercise" && $0.date != nil })
        #expect(try !events("Title\n\nTokayev and Mirziyoyev held talks in Moscow on the sidelines of a summit.\n").contains { $0.hasPrefix("mediation") })
        #expect(try !assertions("Tokayev and Mirziyoyev held talks in Moscow on the sidelines of a summit.\n").contains { $0.contains("mediates_between") })
        let brussels = try events("Title\n\nThe rivals Armenia and Azerbaijan held talks in Brussels.\n")
        #expect(brussels.contains { $0.hasPrefix("mediation") && $0.contains("org:EU:mediator") } && !brussels.contains { $0.contains("BEL:mediator") })
        #expect(try events("Title\n\nIran sold drones to Russia.\n").contains { $0.hasPrefix("arms_sale") && $0.contains("RUS:recipient") })
        // "this new flare-up" is a clash, as « cette nouvelle éruption de violences » (not the verb: "Protests flare up").
        #expect(try events("Title\n\nWhile the border between Kyrgyzstan and Tajikistan has long been tense, this new flare-up is the deadliest in decades.\n")
                .contains { $0.hasPrefix("armed_clash") && $0.contains("KGZ:party") && $0.contains("TJK:party") })
        #expect(try !events("Title\n\nProtests flare up in Tbilisi.\n").contains { $0.hasPrefix("armed_clash") })
        // Who upholds an agreement is no party of it: "Russia guarantees the ceasefire between Armenia and Azerbaijan".
        #expect(try events("Title\n\nRussia guarantees the ceasefire between Armenia and Azerbaijan.\n").contains {
            $0.hasPrefix("ceasefire_or_agreement") && $0.contains("RUS:mediator") && $0.contains("ARM:party") && !$0.contains("RUS:party") })
        #expect(try events("Title\n\nTurkey violated the ceasefire.\n").contains { $0.contains("TUR:party") })
        // The city after a verb of meeting is where it was, no party: « se sont entretenus à Paris », "met in Prague".
        let paris = try events("Titre\n\nLes dirigeants arménien et géorgien se sont entretenus à Paris.\n")
        #expect(paris.contains { $0.hasPrefix("summit_or_meeting") } && !paris.contains { $0.contains("FRA:party") })
        #expect(try !events("Title\n\nAliyev and Pashinyan met in Prague.\n").contains { $0.contains("CZE:party") })
        // The state of the forces a passive's subject names does it: "Russian troops were deployed in Kazakhstan".
        #expect(try events("Title\n\nRussian troops were deployed in Kazakhstan.\n").contains { $0.hasPrefix("deployment") && $0.contains("RUS:party") && $0.contains("KAZ:host") })
        #expect(try events("Title\n\nArmenian positions were shelled by Azerbaijani forces.\n").contains { $0.contains("AZE:aggressor") && $0.contains("ARM:target") })
    }
}
