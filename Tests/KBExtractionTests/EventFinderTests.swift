import Testing
import KBExtraction

/// Events of the report: dated, typed, with participants in roles, one event for all its mentions.
@Suite struct EventFinderTests {
    let report = ExtractionFixture.report
    let events = ExtractionFixture.extraction.events
    let gazetteer = ExtractionFixture.extractor.gazetteer

    func key(_ entity: Int) -> String { gazetteer.entities[entity].key }
    func roles(_ e: ExtractedEvent) -> Set<String> { Set(e.participants.map { "\(key($0.entity)):\($0.role.rawValue)" }) }
    func pages(_ e: ExtractedEvent) -> Set<Int> { Set(e.mentions.map { report.sentences[$0.sentence].page }) }
    func told(_ e: ExtractedEvent, _ words: String) -> Bool { e.mentions.contains { report.sentences[$0.sentence].text.contains(words) } }

    /// The invasion of 24 February 2022 is one event, told on several pages (« l’invasion russe »,
    /// « l’invasion de l’Ukraine », « envahi par l’armée russe »).
    @Test func theInvasionIsOneDatedEvent() throws {
        let invasions = events.filter { $0.type == "invasion" && roles($0).contains("RUS:aggressor") }
        #expect(invasions.count == 1)
        let invasion = try #require(invasions.first)
        #expect(invasion.date?.edtf == "2022-02-24" && invasion.dateBasis == .text)
        #expect(roles(invasion).isSuperset(of: ["RUS:aggressor", "UKR:target"]))
        #expect(told(invasion, "l’invasion de l’Ukraine a finalement pérennisé") && told(invasion, "l’invasion russe rebat les cartes"))
        #expect(pages(invasion).isSuperset(of: [1, 2, 5]))
        #expect(invasion.mentions.count >= 5)
    }

    /// « le sommet de la CEI à Astana le 12 octobre 2022 »: the CIS convenes, Kazakhstan hosts.
    @Test func theAstanaSummitHasItsHostAndPlace() throws {
        let summit = try #require(events.first { $0.type == "summit_or_meeting" && $0.date?.edtf == "2022-10-12" })
        #expect(summit.place.map(key) == "place:astana")
        #expect(roles(summit).isSuperset(of: ["org:CIS:party", "KAZ:host"]))
        #expect(summit.mentions.allSatisfy { report.sentences[$0.sentence].page == 6 })
    }

    @Test func theSeptember2022ClashesOpposeArmeniaAndAzerbaijan() throws {
        let clash = try #require(events.first { $0.type == "armed_clash" && $0.date?.edtf == "2022-09" })
        #expect(Set(clash.participants.map { key($0.entity) }).isSuperset(of: ["ARM", "AZE"]))
        #expect(told(clash, "affrontements survenus en septembre 2022"))
    }

    /// « la violation du fragile accord de cessez-le-feu négocié sous l’égide de Moscou », a sentence after « En 2020, sous la
    /// pression de Vladimir Poutine, … »: the agreement Moscow brokered is between the sides of the conflict the section
    /// tells, Armenia and Azerbaijan, and so, in a passage about 2020, the known ceasefire of November 2020 — not the trade
    /// agreements Baku and Moscow signed, told further on, where Russia is a side.
    @Test func theCeasefireMoscowBrokeredIsBetweenArmeniaAndAzerbaijan() throws {
        let ceasefire = try #require(events.first { $0.type == "ceasefire_or_agreement" && told($0, "fragile accord de cessez-le-feu") })
        #expect(roles(ceasefire) == ["RUS:mediator", "ARM:party", "AZE:party"])
        #expect(ceasefire.date?.edtf == "2020-11-10" && ceasefire.dateBasis == .known)
        #expect(!told(ceasefire, "accords commerciaux"))
        let trade = try #require(events.first { $0.type == "ceasefire_or_agreement" && told($0, "accords commerciaux") })
        #expect(roles(trade) == ["AZE:party", "RUS:party"] && trade.date == nil)
        // The mediation is of the agreement it brought about, and dated as it.
        let mediation = try #require(events.first { $0.type == "mediation" && told($0, "fragile accord de cessez-le-feu") })
        #expect(mediation.date?.edtf == "2020-11-10" && mediation.dateBasis == .event)
    }

    /// « … au sommet de la CEI à Astana le 12 octobre 2022, a imputé l’effondrement de l’URSS … » then « Après ce parallèle
    /// lourd de sens, il a demandé à Vladimir Poutine … »: one statement of Rahmon's, dated 2022-10-12, with Putin its target.
    /// « Or cet avertissement est intervenu lors de la rencontre trilatérale entre le président russe et ses homologues tadjik
    /// et kirghize pour … au conflit frontalier qui oppose ces deux derniers »: the meeting it came during is of that day, and
    /// is also Russia's mediation between Kyrgyzstan and Tajikistan.
    @Test func theTrilateralMeetingInAstanaIsPutinsMediation() throws {
        let statement = try #require(events.first { $0.type == "statement" && told($0, "a imputé l’effondrement de l’URSS") })
        #expect(statement.date?.edtf == "2022-10-12" && told(statement, "il a demandé à Vladimir Poutine") && told(statement, "Or cet avertissement"))
        #expect(roles(statement).isSuperset(of: ["person:emomali-rahmon:party", "person:vladimir-putin:target"]))
        let meeting = try #require(events.first { $0.type == "summit_or_meeting" && told($0, "rencontre trilatérale") })
        #expect(meeting.date?.edtf == "2022-10-12")
        let mediation = try #require(events.first { $0.type == "mediation" && told($0, "rencontre trilatérale") })
        #expect(mediation.date?.edtf == "2022-10-12")
        #expect(roles(mediation) == ["RUS:mediator", "person:vladimir-putin:mediator", "KGZ:party", "TJK:party",
                                     "person:emomali-rahmon:party", "person:sadyr-japarov:party"])
    }

    /// « L’Ouzbékistan n’a pas hésité à ouvertement condamner l’annexion des provinces ukrainiennes »: about the annexation of
    /// 2022-09-30, and backed by an article of the next day (`…/20221001-les-ex-republiques-sovietiques-inquietes-apres-l-annexion…`),
    /// the condemnation is dated by that article, 2022-10-01~, not by the annexation's day.
    @Test func aStatementAboutAnEventIsDatedByTheArticleReportingIt() throws {
        let condemnation = try #require(events.first { $0.type == "statement" && told($0, "L’Ouzbékistan n’a pas hésité") })
        #expect(condemnation.date?.edtf == "2022-10-01~" && condemnation.dateBasis == .footnote)
        #expect(condemnation.dateNote?.contains("20221001-les-ex-r") == true && condemnation.dateNote?.contains("annexation") == true)
    }

    /// « l’annonce de la mobilisation partielle a conduit à des mouvements de résistance durement réprimés, se soldant par un
    /// exode d’environ 700 000 Russes »: the exodus followed from the mobilization (2022-09-21) and is dated about then;
    /// « Cette rencontre multilatérale s’est en effet soldée par le refus du Premier ministre arménien … »: the refusal, about
    /// the day of the CSTO summit in Yerevan.
    @Test func whatAnEventLedToIsDatedAboutThen() throws {
        let exodus = try #require(events.first { $0.type == "exodus" && told($0, "se soldant par un exode") })
        #expect(exodus.date?.edtf == "2022-09-21~" && exodus.dateBasis == .event && exodus.dateNote?.hasPrefix("followed from the mobilization") == true)
        let refusal = try #require(events.first { $0.type == "statement" && told($0, "s’est en effet soldée par le refus") })
        #expect(refusal.date?.edtf == "2022-11-23~" && roles(refusal).contains("ARM:party"))
    }

    /// « Le ministère des Affaires étrangères russes a fait part de ses préoccupations à l’égard des exercices militaires conjoints
    /// entre Tbilissi et l’OTAN organisés en septembre 2022 »: the month is the exercises'; the statement is dated about then by
    /// them, and is not « Moscou a finalement demandé aux parties au conflit … », told two pages on about another conflict.
    @Test func aStatementIsNotAnotherSectionsStatementOfTheSameSpeaker() throws {
        let worry = try #require(events.first { $0.type == "statement" && told($0, "a fait part de ses préoccupations") })
        #expect(worry.date?.edtf == "2022-09~" && !told(worry, "Moscou a finalement demandé"))
        #expect(events.first { $0.type == "military_exercise" && told($0, "a fait part de ses préoccupations") }?.date?.edtf == "2022-09")
    }

    /// « le déluge de missiles et les drones kamikazes qui se sont abattus sur les principales métropoles
    /// ukrainiennes durant le mois d’octobre 2022 »: what the missiles struck names the target, Ukraine, alone —
    /// an October strike of its own, not the Ukrainian counter-offensive told undated on page 1.
    @Test func theOctoberStrikesTargetUkraine() throws {
        let strikes = try #require(events.first { $0.type == "armed_clash" && $0.date?.edtf == "2022-10" })
        #expect(roles(strikes) == ["UKR:target"])
        #expect(told(strikes, "se sont abattus sur les principales métropoles ukrainiennes") && pages(strikes) == [4])
        #expect(!told(strikes, "contre-offensive"))
    }

    /// « Les deux dictateurs se sont accordés sur la création d’un « groupe d’armées commun régional » composé d’environ
    /// 9 000 soldats »: its footnote `…/2022-10-17/…/jusqu-a-9000-soldats-russes-seront-deployes-en-bielorussie.php` shares
    /// no word of the trigger but the count, 9000 — it tells the agreement; at its date, the agreement of two states is their
    /// known one of the month before (the joint grouping agreed on 10 October 2022).
    @Test func aFootnoteSharingACountDatesTheEvent() throws {
        let agreement = try #require(events.first { $0.type == "ceasefire_or_agreement" && told($0, "Les deux dictateurs se sont accordés") })
        let url = try #require(report.footnotes.first { $0.url.contains("jusqu-a-9000-soldats") }).url
        let sentence = try #require(report.sentences.first { $0.text.hasPrefix("Les deux dictateurs se sont accordés") }).text
        #expect(ExtractionFixture.extractor.urlTells(url, agreement, sentence: sentence))
        #expect(!ExtractionFixture.extractor.urlTells(url, agreement, sentence: "Les deux dictateurs se sont accordés."))
        #expect(agreement.date?.edtf == "2022-10-10" && agreement.dateBasis == .known)
        // "000" alone (« 700 000 Russes ») is no count: a sentence's numbers are its own.
        #expect(Extractor.tellingNumbers("un exode d’environ 700 000 Russes et 9 000 soldats") == ["700", "9000"])
    }

    /// « À Samarcande, Pékin n’a cessé d’être courtisé lors de cette réunion étatique annuelle »: the subject of the
    /// clause a frame closes took part in the meeting — China, with Uzbekistan hosting in Samarkand (« À » is no auxiliary).
    @Test func whoIsCourtedAtAMeetingTookPartInIt() throws {
        let meeting = try #require(events.first { $0.type == "summit_or_meeting" && told($0, "À Samarcande, Pékin n’a cessé d’être courtisé") })
        #expect(roles(meeting).isSuperset(of: ["CHN:party", "UZB:host"]))
        #expect(meeting.place.map(key) == "place:samarkand")
    }

    /// « la Moldavie a acquis le statut de pays candidat à l’adhésion de l’UE en juin 2022 »: through
    /// the light verb, Moldova is the candidate.
    @Test func moldovasCandidacy() throws {
        let candidacy = try #require(events.first { $0.type == "accession_or_candidacy" && $0.date?.edtf == "2022-06" })
        #expect(roles(candidacy).isSuperset(of: ["MDA:member", "org:EU:host"]))
    }

    @Test func georgiaAndNATOExercises() throws {
        let exercise = try #require(events.first { $0.type == "military_exercise" && $0.date?.edtf == "2022-09" })
        #expect(Set(exercise.participants.map { key($0.entity) }).isSuperset(of: ["GEO", "org:NATO"]))
    }

    /// Crimea (2014) and the four oblasts (2022, undated in the text) are two annexations.
    @Test func twoAnnexationsStayApart() throws {
        let crimea = try #require(events.first { $0.type == "annexation" && $0.place.map(key) == "place:crimea" })
        #expect(crimea.date?.edtf == "2014" && roles(crimea).contains("UKR:target"))
        #expect(!told(crimea, "quatre oblasts ukrainiens"))
        let oblasts = try #require(events.first { $0.type == "annexation" && told($0, "quatre oblasts ukrainiens") })
        #expect(oblasts.date?.edtf != "2014")
        // A territory taken is taken once: each annexation is one event wherever it is told.
        #expect(events.filter { $0.type == "annexation" && $0.place.map(key) == "place:crimea" }.count == 1)
        #expect(pages(crimea) == [3, 5] && told(crimea, "traumatisme de l’annexion de la Crimée"))
        #expect(pages(oblasts) == [2, 6] && told(oblasts, "quatre provinces ukrainiennes bordant") && told(oblasts, "L’Ouzbékistan n’a pas hésité"))
        // « … bordant la mer d’Azov » qualifies the provinces: the sea is no place of the annexation.
        #expect(oblasts.place.map(key) != "place:sea-of-azov")
    }

    /// The war in Ukraine, undated where it is named, begins with the invasion: 2022-02-24/.. .
    @Test func theWarBeginsWithTheInvasion() throws {
        let war = try #require(events.first { $0.type == "war" && told($0, "guerre en Ukraine a remis en question") })
        #expect(war.date?.edtf == "2022-02-24/..")
        #expect(war.dateBasis == .event && war.dateNote?.hasPrefix("begins with the invasion of 2022-02-24") == true)
    }

    /// Relative dates that name an event count from that event's date.
    @Test func relativeDatesCountFromTheEventTheyName() throws {
        let all = ExtractionFixture.extraction.dates.flatMap { $0 }
        let twoYears = try #require(all.first { $0.surface == "deux années qui ont précédé" })
        #expect(twoYears.value.edtf == "2020/2022")
        let tenMonths = try #require(all.first { $0.surface == "Après dix mois" })
        #expect(tenMonths.value.edtf == "2022-12~" && tenMonths.resolution?.contains("the war it names") == true)
    }

    /// A sentence that only qualifies (« sa marge de manœuvre ») or a word in a name (« l’Organisation du
    /// traité de sécurité collective ») announces no event; no event comes from a URL.
    @Test func noEventFromNamesOrNoise() {
        #expect(events.count >= 30)
        let triggers = events.flatMap { $0.mentions.map { $0.trigger.lowercased() } }
        #expect(!triggers.contains("traité") && !triggers.contains("manœuvre"))
        #expect(events.allSatisfy { e in e.mentions.allSatisfy { !report.sentences[$0.sentence].text.contains("http") } })
        #expect(events.allSatisfy { !$0.participants.isEmpty })
    }

    /// What the text says did not happen, might happen or happens habitually is no event
    /// (`data/lexicon/modality.tsv`); a refusal to recognize leaves the annexation a fact.
    @Test func negatedHypotheticalAndHabitualMentionsAreNoEvents() {
        let sentences = events.flatMap { e in e.mentions.map { (e.type, report.sentences[$0.sentence].text) } }
        #expect(!sentences.contains { $0.0 == "withdrawal" && $0.1.hasPrefix("L’Arménie n’a pas quitté l’OTSC") })
        #expect(!sentences.contains { $0.0 == "sanction_or_ban" && $0.1.contains("refuse d’imposer l’arsenal de sanctions") })
        #expect(!sentences.contains { $0.0 == "invasion" && $0.1.contains("Bakou ne serait jamais intervenu militairement") })
        // (The habit is none; « cette nouvelle éruption de violences » in the same sentence is.)
        let clashes = events.filter { $0.type == "armed_clash" }.flatMap(\.mentions).filter { report.sentences[$0.sentence].text.contains("le théâtre d’affrontements réguliers") }
        #expect(clashes.map(\.trigger) == ["éruption de violences"])
        // Reluctance is no deed: « Minsk était en premier lieu réticente à l’idée d’intervenir militairement ».
        #expect(!sentences.contains { $0.0 == "invasion" && $0.1.hasPrefix("Minsk était en premier lieu réticente") })
        #expect(sentences.contains { $0.0 == "annexation" && $0.1.contains("a refusé de reconnaitre l’annexion des quatre oblasts") })
        #expect(sentences.contains { $0.0 == "statement" && $0.1.contains("a refusé de reconnaitre l’annexion des quatre oblasts") })
    }

    /// « la double adhésion de ces pays au sein de l’OTAN et de l’UE en 2004 »: two accessions, one per
    /// organization joined; « le processus d’adhésion de l’Ukraine au sein de l’UE » (undated) is another.
    /// « les affrontements » alone joins a clash its sentence does not contradict, and in another section
    /// only one the text keeps telling: « Moscou a finalement demandé aux parties au conflit … les
    /// affrontements n’avaient pas atteint un niveau d’intensité suffisant » is about Kyrgyzstan and
    /// Tajikistan, not the Ukrainian counter-offensive.
    @Test func aMentionAloneJoinsOnlyAnEventItsSentenceFits() throws {
        let offensive = try #require(events.first { $0.type == "armed_clash" && told($0, "la contre-offensive des forces armées ukrainiennes") })
        // Told by the same doer across sections, it stays one event.
        #expect(told(offensive, "la reconquête ukrainienne dopée") && told(offensive, "En poursuivant sa reconquête"))
        #expect(!told(offensive, "les affrontements n’avaient pas atteint"))
        #expect(!told(offensive, "escalade militaire dans le Sud Caucase"))
        // « dopée par l’assistance militaire occidentale »: the West does not fight; Ukraine does.
        #expect(roles(offensive).contains("UKR:aggressor") && !roles(offensive).contains { $0.hasPrefix("region:the-west") })
        // A statement told again four pages on is another statement.
        let rahmon = try #require(events.first { $0.type == "statement" && told($0, "il a demandé à Vladimir Poutine") })
        #expect(!told(rahmon, "la critique à peine voilée de Xi Jinping"))
        // « les difficultés que Moscou rencontre en Ukraine » is no meeting.
        #expect(!events.contains { $0.type == "summit_or_meeting" && told($0, "les difficultés que Moscou rencontre") })
    }

    /// « le double jeu du Kremlin entre l’Arménie et l’Azerbaïdjan et le soutien … aux mouvements séparatistes en
    /// Géorgie ont conduit ces deux derniers à quitter l’OTSC en 1999 »: the latter two are Azerbaijan and Georgia.
    @Test func theLatterTwoLeftTheCSTOIn1999() throws {
        // (« en 1999 »: the known withdrawal of that year, April 1999, when they did not renew the treaty.)
        let withdrawal = try #require(events.first { $0.type == "withdrawal" && $0.date?.edtf.hasPrefix("1999") == true })
        #expect(withdrawal.date?.edtf == "1999-04" && withdrawal.dateNote?.isEmpty == false)
        #expect(roles(withdrawal).isSuperset(of: ["AZE:member", "GEO:member", "org:CSTO:host"]))
        #expect(!roles(withdrawal).contains { $0.hasPrefix("ARM") })
    }

    /// « apporté au président kazakh en janvier 2022 pour mater l’insurrection qui le menaçait »: the object clitic after
    /// « qui » is the actor named last before the noun — the uprising is turned against Tokayev, not against Moscow or
    /// the CSTO named earlier in the sentence.
    @Test func theInsurrectionThatThreatenedHimTargetsHim() throws {
        let uprising = try #require(events.first { $0.type == "protest" && told($0, "pour mater l’insurrection qui le menaçait") })
        #expect(roles(uprising).contains("person:kassym-jomart-tokayev:target"))
        #expect(!roles(uprising).contains { $0.hasPrefix("RUS") || $0.hasPrefix("org:CSTO") })
    }

    /// « le nouveau décret signé par Vladimir Poutine en septembre 2022 fournit au Kremlin un prétexte »: Putin's decree
    /// does not target his own state (the Kremlin is what another verb gives to).
    @Test func whoDoesItIsNotItsOwnTarget() throws {
        let decree = try #require(events.first { $0.type == "decree" && $0.date?.edtf == "2022-09" })
        #expect(roles(decree) == ["person:vladimir-putin:party"])
    }

    /// « Durant le conflit russo-ukrainien, les efforts de médiation opérés par Ankara … »: a frame opening the
    /// sentence dates the first event after its comma — within the war, from its start on.
    @Test func anOpeningFrameDatesTheEventAfterIt() throws {
        let mediation = try #require(events.first { $0.type == "mediation" && told($0, "Durant le conflit russo-ukrainien, les efforts de médiation") })
        #expect(mediation.date?.edtf == "2022-02-24/..")
        #expect(mediation.dateBasis == .event)
        #expect(roles(mediation).contains("TUR:mediator"))
    }

    /// « Pékin … se mêle dorénavant des questions de sécurité sous-régionale – … – en proposant un processus de paix
    /// entre Kyiv et Moscou »: a gerund after a dash is the main clause's subject's; Beijing mediates, and its
    /// peace process is not Turkey's mediation told before.
    @Test func aGerundInsideTheSentenceTakesTheMainSubject() throws {
        let peace = try #require(events.first { $0.type == "mediation" && told($0, "en proposant un processus de paix") })
        #expect(roles(peace).isSuperset(of: ["CHN:mediator", "RUS:party", "UKR:party"]))
        #expect(!roles(peace).contains("TUR:mediator"))
    }

    /// « À travers des organisations comme la Communauté des États indépendants (CEI) ou la création de
    /// l’Organisation de sécurité collective (OTSC) en 1992 »: the CIS is joined to « la création », not its founder
    /// nor founded with the CSTO in 1992 (it dates from December 1991).
    @Test func aNameCoordinatedWithANounPhraseIsNotItsParty() throws {
        // (Its year told, it is the CSTO's known founding of that year.)
        let founding = try #require(events.first { $0.type == "founding" && $0.date?.edtf == "1992-05-15" })
        #expect(roles(founding) == ["org:CSTO:party"])
    }

    /// « lors de la dernière rencontre de l’OTSC dans cette même capitale », after « à Erevan »: the meeting
    /// is in Yerevan, Armenia hosting.
    @Test func thisSameCapitalIsTheOneJustNamed() throws {
        let meeting = try #require(events.first { $0.type == "summit_or_meeting" && told($0, "dans cette même capitale") })
        #expect(meeting.place.map(key) == "place:yerevan" && roles(meeting).isSuperset(of: ["org:CSTO:party", "ARM:host"]))
    }

    /// « À Samarcande, Pékin n’a cessé d’être courtisé lors de cette réunion étatique annuelle »: the place
    /// the sentence opens with is the meeting's; Uzbekistan hosts.
    @Test func aPlaceOpeningTheSentenceIsTheMeetings() throws {
        let meeting = try #require(events.first { $0.type == "summit_or_meeting" && told($0, "À Samarcande, Pékin") })
        #expect(meeting.place.map(key) == "place:samarkand" && roles(meeting).contains("UZB:host"))
    }

    @Test func joiningTwoOrganizationsIsTwoEvents() {
        let accessions = events.filter { $0.type == "accession_or_candidacy" && $0.date?.edtf == "2004" }
        #expect(Set(accessions.flatMap { $0.participants.filter { $0.role == .host }.map { key($0.entity) } }) == ["org:NATO", "org:EU"])
        #expect(accessions.count == 2)
        #expect(!accessions.contains { told($0, "processus d’adhésion de l’Ukraine") })
    }

    /// « Pour ces raisons, elle s’est empressée de condamner l’invasion de l’Ukraine »: Georgia's statement,
    /// about the invasion, is dated roughly by it — and is not merged with Russia's statement of the same page.
    @Test func aStatementIsDatedByTheEventItIsAbout() throws {
        let condemnation = try #require(events.first { $0.type == "statement" && told($0, "s’est empressée de condamner") })
        #expect(condemnation.date?.edtf == "2022-02-24~" && condemnation.dateBasis == .event)
        #expect(roles(condemnation).contains("GEO:party"))
        #expect(!told(condemnation, "a fait part de ses préoccupations"))
    }

    /// « Or cet avertissement est intervenu lors de la rencontre trilatérale entre le président russe et ses
    /// homologues tadjik et kirghize »: the warning is the Tajik president's statement told just before, the
    /// one sharing most with the sentence's names — not Kyrgyzstan's refusal, told last.
    @Test func aDemonstrativeJoinsTheEventItsNamesFitBest() throws {
        let warning = try #require(events.first { $0.type == "statement" && told($0, "cet avertissement est intervenu") })
        #expect(roles(warning).contains("person:emomali-rahmon:party"))
        #expect(!roles(warning).contains { $0.hasPrefix("KGZ") })
    }

    /// « Le premier conflit en question ici oppose le Kirghizstan et le Tadjikistan »: « opposer » names the conflict's
    /// sides right after it. « du conflit qui les oppose), la Géorgie a également fait preuve … » names none: Georgia is
    /// its own sentence's subject, still seeking the EU.
    @Test func aConflictOpposesTheNamesRightAfterIt() throws {
        let conflict = try #require(events.first { $0.type == "war" && told($0, "Le premier conflit en question ici oppose") })
        #expect(roles(conflict) == ["KGZ:party", "TJK:party"])
        #expect(!events.contains { told($0, "en raison du conflit qui les") && roles($0).contains { $0.hasPrefix("GEO") } && $0.type == "war" })
        let candidacy = try #require(events.first { $0.type == "accession_or_candidacy" && roles($0).contains("GEO:member") })
        #expect(candidacy.date?.edtf == "2022-03-03")
    }
}
