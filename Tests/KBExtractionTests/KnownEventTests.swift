import Foundation
import Testing
import KBParsing
@testable import KBExtraction

/// Events a text leaves undated that are landmark events of `gazetteer/known-events.tsv` take their date,
/// recorded as known; those that could be several of them, or name too little, stay undated.
@Suite struct KnownEventTests {
    let extraction = ExtractionFixture.extraction
    let report = ExtractionFixture.report
    let gazetteer = ExtractionFixture.extractor.gazetteer

    /// The event of `type` told in the sentence that begins with `opening`.
    func event(_ type: String, told opening: String) -> ExtractedEvent? {
        extraction.events.first { e in e.type == type && e.mentions.contains { report.sentences[$0.sentence].text.hasPrefix(opening) } }
    }

    /// The date of the known event of `type` that an event naming `keys` (and told at `place`) fits, in a text of `date`.
    func knownDate(_ type: String, _ keys: [String], place: String? = nil, at date: String) throws -> String? {
        let named = Set(try keys.map { try #require(gazetteer.index[$0]) })
        let at = try place.map { try #require(gazetteer.index[$0]) }
        return ExtractionFixture.extractor.eventFinder.knownEvents.match(type: type, named: named, place: at, document: EDTF.bounds(date),
                                                                        gazetteer: gazetteer)?.date.edtf
    }

    func keys(_ e: ExtractedEvent) -> Set<String> { Set(e.participants.map { gazetteer.entities[$0.entity].key }) }

    @Test func summitsTheReportNamesByOrganizationAndPlaceTakeTheirDates() throws {
        // « lors des manifestations populaires à Erevan contre le régime russe … le sommet de l’OTSC »: the CSTO
        // summit in Yerevan, a report of February 2023 being its only reach.
        let csto = try #require(event("summit_or_meeting", told: "Mais le niveau de défiance à l’égard de Moscou"))
        #expect(keys(csto).isSuperset(of: ["org:CSTO", "ARM"]))
        #expect(csto.date?.edtf == "2022-11-23" && csto.dateBasis == .known)
        #expect(csto.dateNote == "known event: CSTO summit in Yerevan (2022-11-23) — https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization")
        // « son absence au sommet de la CEI à Saint-Pétersbourg »: the informal summits of 7 October and 26–27 December
        // 2022 both fit the document's date (the CIS meets there every December); two sentences after « le 12 octobre
        // 2022 », the paragraph's time, it is the one of that month.
        let cis = try #require(event("summit_or_meeting", told: "Quant au Kirghizstan, son absence au sommet de la CEI"))
        #expect(cis.date?.edtf == "2022-10-07" && cis.dateBasis == .known)
        // Pelosi in Yerevan, and the talks in Washington her visit opened.
        let visit = try #require(extraction.events.first { $0.type == "summit_or_meeting" && keys($0).contains("person:nancy-pelosi") })
        #expect(visit.date?.edtf == "2022-09-17/2022-09-19")
        let talks = try #require(extraction.events.first { $0.type == "summit_or_meeting" && keys($0) == ["ARM", "AZE", "USA"] })
        #expect(talks.date?.edtf == "2022-11-07" && talks.dateBasis == .known)
        // Charles Michel at the EU–Central Asia summit in Astana, not the CIS or CICA summits held there that month.
        let michel = try #require(extraction.events.first { $0.type == "summit_or_meeting" && keys($0).contains("person:charles-michel") && $0.place != nil })
        #expect(michel.date?.edtf == "2022-10-27")
    }

    @Test func theAnnexationAndWhatReactsToItAreDated() throws {
        let annexation = try #require(event("annexation", told: "En célébrant main dans la main avec les leaders fantoches"))
        #expect(annexation.date?.edtf == "2022-09-30" && annexation.dateBasis == .known)
        #expect(annexation.dateNote?.contains("four Ukrainian oblasts") == true)
        // « le Kazakhstan a refusé de reconnaitre l’annexion des quatre oblasts » is about it: roughly its date.
        let refusal = try #require(event("statement", told: "La douche froide ne s’est pas arrêtée là"))
        #expect(refusal.date?.edtf == "2022-09-30~" && refusal.dateBasis == .event)
        // The Baltic states' ban on Russian tourists and the Finnish and Swedish applications to NATO.
        let ban = try #require(event("sanction_or_ban", told: "Sur le volet politique, la Lituanie, la Lettonie et l’Estonie"))
        #expect(ban.date?.edtf == "2022-09-19")
        let applications = try #require(event("accession_or_candidacy", told: "En gardant ses options ouvertes"))
        #expect(applications.date?.edtf == "2022-05-18")
        // The protests in Yerevan against Moscou during the CSTO summit.
        let protests = try #require(event("protest", told: "Mais le niveau de défiance à l’égard de Moscou"))
        #expect(protests.date?.edtf == "2022-11-23" && protests.dateBasis == .known)
        // Two states agree often: « les accords commerciaux signés entre l’Azerbaïdjan et la Russie » are not their
        // declaration of February 2022 in Moscow — without its place, in a report of February 2023, it stays undated (« les
        // accords trouvés entre les deux pays » are dated by the article of their days they cite:
        // `twoStatesAgreementIsTheOneOfTheMonthBefore`).
        let trade = try #require(event("ceasefire_or_agreement", told: "Parallèlement, les accords commerciaux signés"))
        #expect(trade.date == nil)
    }

    @Test func whatNamesTooLittleOrCouldBeSeveralStaysUndated() throws {
        // « À Samarcande, Pékin … lors de cette réunion étatique annuelle »: a place and China, which the SCO summit alone
        // of the three held there in 2022 brought, and an annual meeting — an organization's, which its place tells.
        let samarkand = try #require(event("summit_or_meeting", told: "À Samarcande, Pékin n’a cessé d’être courtisé"))
        #expect(samarkand.date?.edtf == "2022-09-15/2022-09-16" && samarkand.dateNote?.contains("SCO") == true)
        // « les efforts de médiation opérés par Ankara » name one side: Turkey's mediation keeps the war's span,
        // not the date of the Istanbul talks.
        let mediation = try #require(event("mediation", told: "Durant le conflit russo-ukrainien, les efforts de médiation"))
        #expect(mediation.date?.edtf == "2022-02-24/.." && mediation.dateBasis != .known)
        // « des sanctions à l’égard de la Russie »: one side, many sanctions.
        let sanctions = try #require(event("sanction_or_ban", told: "Pour certains, il s’agira de pérenniser"))
        #expect(sanctions.date == nil)
        // The text's own date comes first: « au sommet de la CEI à Astana le 12 octobre ».
        let astana = try #require(event("summit_or_meeting", told: "Il en va de même pour le président tadjik"))
        #expect(astana.date?.edtf == "2022-10-12" && astana.dateBasis == .text)
    }

    @Test func newsTellsMeetingsByTheirSides() throws {
        let text = """
        Putin meets Aliyev and Pashinyan

        Vladimir Putin and Nikol Pashinyan held talks on the sidelines of the meeting, the Kremlin said. Earlier, Putin met \
        Ilham Aliyev and Nikol Pashinyan in Sochi to discuss a peace treaty between the two countries.
        """
        var report = try ReportParser(lexicon: ExtractionFixture.lexicon).parse(text)
        report.metadata.date = "2022-11-24"
        let events = ExtractionFixture.extractor.extract(report).events.filter { $0.type == "summit_or_meeting" }
        func persons(_ e: ExtractedEvent) -> Set<String> { Set(e.participants.map { gazetteer.entities[$0.entity].key }.filter { $0.hasPrefix("person:") }) }
        // All three sides of the Sochi meeting: its date. Two of them on the sidelines of another: none of it.
        let sochi = try #require(events.first { persons($0).contains("person:ilham-aliyev") })
        #expect(sochi.date?.edtf == "2022-10-31" && sochi.dateBasis == .known)
        let sidelines = try #require(events.first { !persons($0).contains("person:ilham-aliyev") })
        #expect(sidelines.dateBasis != .known)
        // Putin and Erdogan meet often, in Sochi too: neither their meeting "on the sidelines of the conference" nor
        // the one in Sochi is dated as the one of August 2022 (the file leaves such meetings out).
        var twoLeaders = try ReportParser(lexicon: ExtractionFixture.lexicon).parse("""
        Putin and Erdogan

        Vladimir Putin met Turkish President Recep Tayyip Erdogan on the sidelines of the regional conference to discuss \
        Ukrainian grain exports. Putin had earlier met Erdogan in Sochi.
        """)
        twoLeaders.metadata.date = "2022-10-14"
        let meetings = ExtractionFixture.extractor.extract(twoLeaders).events.filter { $0.type == "summit_or_meeting" }
        #expect(meetings.contains { $0.place == nil && $0.date == nil })
        #expect(meetings.contains { $0.place.map { gazetteer.entities[$0].key } == "place:sochi" && $0.date == nil })
    }

    /// What one side does alone is told by that side alone: « Moscou a décrété la mobilisation » is Russia's
    /// mobilization of September 2022; sanctions against Russia, many sides' doing, are no given sanctions.
    @Test func oneSideTellsWhatOneSideDoes() throws {
        var report = try ReportParser(lexicon: ExtractionFixture.lexicon).parse("""
        La mobilisation

        Moscou a décrété la mobilisation partielle de 300 000 réservistes, ce qui a poussé des dizaines de milliers \
        d’hommes à fuir le pays. Les sanctions contre la Russie se sont durcies depuis, selon les diplomates européens.
        """)
        report.metadata.date = "2022-10-05"
        let events = ExtractionFixture.extractor.extract(report).events
        let mobilization = try #require(events.first { $0.type == "mobilization" })
        #expect(mobilization.date?.edtf == "2022-09-21" && mobilization.dateBasis == .known)
        #expect(events.filter { $0.type == "sanction_or_ban" }.allSatisfy { $0.dateBasis != .known })
    }

    /// A review's look-alikes (an independent helper wrote them against the catalogue): what recurs — talks in the
    /// same city, border fire between the same neighbours, an organization's summits, an agreement of two leaders
    /// — is not the catalogue's event years or months later; nor is an application its accession.
    @Test func whatRecursIsNotTheCataloguesEventLater() throws {
        func events(_ text: String, _ date: String) throws -> [ExtractedEvent] {
            var report = try ReportParser(lexicon: ExtractionFixture.lexicon).parse("Title\n\n" + text + "\n")
            report.metadata.date = date
            return ExtractionFixture.extractor.extract(report).events
        }
        func known(_ text: String, _ date: String) throws -> [String] {
            try events(text, date).filter { $0.dateBasis == .known }.map { "\($0.type) \($0.date!.edtf)" }
        }
        /// The text tells an event of `type` (the look-alike is read), and the catalogue dates none of its events.
        func toldButNotKnown(_ text: String, _ date: String, _ type: String) throws -> Bool {
            let told = try events(text, date)
            return told.contains { $0.type == type } && !told.contains { $0.dateBasis == .known }
        }
        // Istanbul hosted Russian–Ukrainian talks in 2022 and in 2025: a city is no date.
        #expect(try toldButNotKnown("Russian and Ukrainian delegations met in Istanbul for their first direct talks in three years.", "2025-05-20", "summit_or_meeting"))
        #expect(try toldButNotKnown("Putin and Aliyev signed a series of agreements in Moscow during the Azerbaijani president's visit.", "2024-04-25", "ceasefire_or_agreement"))
        // Border fire recurs: the clashes of April 2021 or September 2022 are not this week's.
        #expect(try toldButNotKnown("Des gardes-frontières kirghizes et tadjiks ont échangé des tirs dans la région de Batken, faisant deux morts.", "2022-01-30", "armed_clash"))
        #expect(try toldButNotKnown("Azerbaijani and Armenian forces exchanged fire overnight near Sotk, the Armenian defence ministry said.", "2022-11-15", "armed_clash"))
        // ... but they are the news of the days right after them.
        #expect(try known("Azerbaijani and Armenian forces exchanged fire near Sotk, killing dozens of soldiers, the Armenian defence ministry said.", "2022-09-15")
                == ["armed_clash 2022-09-12/2022-09-14"])
        // The European Political Community meets twice a year: named alone, its summit of June is not October's.
        #expect(try toldButNotKnown("Pashinyan attended the summit of the European Political Community, the Armenian government said on its website.", "2023-10-10", "summit_or_meeting"))
        // Applying is not joining, though joining came last.
        #expect(try toldButNotKnown("Finland applied to join NATO, ending decades of military non-alignment, the government said.", "2023-04-20", "accession_or_candidacy"))
        // What one side alone is told doing recurs: people protesting in Minsk in 2022 are not the protests of 2020–2021;
        // in the days after, the protests in Nukus are the unrest of July 2022.
        #expect(try toldButNotKnown("Hundreds of people protested in Minsk against the war on the day of the constitutional referendum.", "2022-03-05", "protest"))
        #expect(try known("The protests in Nukus over planned constitutional changes to Karakalpakstan's autonomy were violently suppressed.", "2022-07-10")
                == ["protest 2022-07-01/2022-07-03"])
        // A territory of it named ties a war at any distance.
        #expect(try known("Russia's war with Georgia over South Ossetia showed that Moscow was ready to use force against its neighbours.", "2022-09-20")
                == ["war 2008-08-07/2008-08-12"])
        // A series listed whole: Michel, Aliyev and Pashinyan in Brussels in May 2023 and again in July are not the
        // meeting of August 2022, though it is within the year.
        #expect(try known("Charles Michel hosted Aliyev and Pashinyan in Brussels, where they recognised each other's territorial integrity.", "2023-05-20")
                == ["summit_or_meeting 2023-05-14"])
        #expect(try known("Charles Michel hosted Aliyev and Pashinyan in Brussels for talks on the peace treaty.", "2023-07-20")
                == ["summit_or_meeting 2023-07-15"])
        // ("Michel again hosted …" says it is another one than a meeting told before: none.)
        #expect(try toldButNotKnown("Michel again hosted Aliyev and Pashinyan in Brussels for talks on the peace treaty.", "2023-07-20", "summit_or_meeting"))
        // A second review's look-alikes: a leader's visit in a summit's city is no summit ("hosted Zelensky in
        // Chisinau", « a reçu Vladimir Poutine à Minsk »); "again", "next", "second", "expected to" tell another
        // occurrence or none yet; "first" is the catalogue's only where it says so.
        #expect(try toldButNotKnown("Maia Sandu hosted Volodymyr Zelensky in Chisinau, where they signed agreements on energy and roads.", "2024-01-15", "summit_or_meeting"))
        #expect(try toldButNotKnown("Alexandre Loukachenko a reçu Vladimir Poutine à Minsk pour une visite d'État de deux jours.", "2024-05-26", "summit_or_meeting"))
        #expect(try toldButNotKnown("Protesters rallied again in Yerevan against Russia, demanding Armenia's withdrawal from the CSTO.", "2022-12-10", "protest"))
        #expect(try toldButNotKnown("Belarus will host the next CSTO summit, Alexander Lukashenko announced.", "2022-11-30", "summit_or_meeting"))
        #expect(try toldButNotKnown("Vladimir Putin met the leaders of the five Central Asian states in Bishkek for the second Russia–Central Asia summit.", "2023-10-14", "summit_or_meeting"))
        #expect(try known("Ilham Aliyev and Vladimir Putin are expected to sign a new economic agreement in Moscow.", "2022-03-10").isEmpty)
        #expect(try events("Vladimir Putin rejected Ukraine's call for new talks in Istanbul, the Kremlin said.", "2022-05-01").map(\.type) == ["statement"])
        #expect(try toldButNotKnown("Russia's first invasion of Ukraine led to the Minsk agreements and eight years of war in Donbas.", "2022-11-15", "invasion"))
        #expect(try known("Lors du premier sommet Russie-Asie centrale, organisé en marge de celui de la CEI, le président tadjik a pris la parole.", "2022-10-15")
                == ["summit_or_meeting 2022-10-14"])
        // The CIS meets in Saint Petersburg every December: the one of the days before.
        #expect(try known("The informal CIS summit in Saint Petersburg brought together Vladimir Putin, Ilham Aliyev and Nikol Pashinyan.", "2022-12-28")
                == ["summit_or_meeting 2022-12-26/2022-12-27"])
        // Two catalogued events of one day give that day: the Prague meeting on the European Political Community's sidelines.
        #expect(try known("À Prague, en marge de la Communauté politique européenne, Aliev et Pachinian ont rencontré Emmanuel Macron et Charles Michel.", "2022-10-20")
                == ["summit_or_meeting 2022-10-06"])
    }

    /// The time a passage is about stands in for the document's: the date its paragraph gave last, the publication date
    /// of a news article backing its sentence. Border fire recurs, so a report of February 2023 dates no clash between
    /// Kyrgyzstan and Tajikistan by itself; told after « le 16 septembre 2022 », or backed by Le Monde of 20 September
    /// 2022 (the report's own footnote on page 7, whose words tell no clash), it is the fighting of that month.
    @Test func thePassagesTimeFindsTheKnownEventOfItsDays() throws {
        func events(_ text: String, footnote: String? = nil) throws -> [ExtractedEvent] {
            var report = try ReportParser(lexicon: ExtractionFixture.lexicon)
                .parse("Titre\n\n" + text + "\n" + (footnote.map { "\n" + $0 + "\n" } ?? ""))
            report.metadata.date = "2023-02"
            return ExtractionFixture.extractor.extract(report).events.filter { $0.type == "armed_clash" }
        }
        // The report: « le soutien militaire … apporté au président kazakh en janvier 2022 pour mater l’insurrection qui le
        // menaçait » — one side's doing, so only news of its days would tell it; its sentence's January 2022 does.
        let uprising = try #require(event("protest", told: "Moscou avait bénéficié d’un gain de prestige certain"))
        #expect(uprising.date?.edtf == "2022-01-02/2022-01-11" && uprising.dateBasis == .known && keys(uprising).contains("KAZ"))
        let clash = "Les affrontements entre le Kirghizstan et le Tadjikistan ont fait des dizaines de morts, selon les deux gouvernements."
        #expect(try events(clash).map(\.date) == [nil])
        let told = try events("Le 16 septembre 2022, Bichkek a accusé Douchanbé. " + clash)
        #expect(told.map { $0.date?.edtf } == ["2022-09-14/2022-09-20"] && told.first?.dateBasis == .known)
        let backed = try events(clash, footnote: "https://www.lemonde.fr/international/article/2022/09/20/dans-l-ancien-empire-sovietique-la-reprise-des-conflits-revele-l-impuissance-de-la-russie_6142346_3210.html")
        #expect(backed.map { $0.date?.edtf } == ["2022-09-14/2022-09-20"] && backed.first?.dateBasis == .known)
        // A paragraph's time reaches no further than its paragraph, and an article of December 2021 knows no clash of 2022.
        #expect(try events("Le 16 septembre 2022, Bichkek a accusé Douchanbé.\n\n" + clash).map(\.date) == [nil])
        #expect(try events(clash, footnote: "https://www.lemonde.fr/international/article/2021/12/10/l-asie-centrale-et-la-russie_6142346_3210.html").map(\.date) == [nil])
    }

    /// A known event's proper name by a trigger of its type (`names` in known-events.tsv) is that event, with no other test:
    /// « lors de la négociation à Istanbul de l’accord « Initiative céréalière de la Mer Noire » » on page 9 of the report,
    /// "the Second Nagorno-Karabakh War" despite its "Second", "pulled out of the Black Sea Grain Initiative".
    @Test func aProperNameTellsItsKnownEvent() throws {
        let grain = try #require(event("ceasefire_or_agreement", told: "En se positionnant comme un acteur géopolitique majeur"))
        #expect(grain.date?.edtf == "2022-07-22" && grain.dateBasis == .known && keys(grain).contains("TUR"))
        #expect(grain.dateNote?.contains("Black Sea Grain Initiative") == true)
        // « l’annonce de la mobilisation partielle » (page 2), its sentence naming Russia: the mobilization of 21 September.
        let mobilization = try #require(event("mobilization", told: "S’il n’existe pas de masse critique"))
        #expect(mobilization.date?.edtf == "2022-09-21" && keys(mobilization) == ["RUS"])
        func events(_ text: String, _ date: String) throws -> [String] {
            var report = try ReportParser(lexicon: ExtractionFixture.lexicon).parse("Title\n\n" + text + "\n")
            report.metadata.date = date
            return ExtractionFixture.extractor.extract(report).events.map { "\($0.type) \($0.date?.edtf ?? "-") \($0.dateBasis?.rawValue ?? "-")" }
        }
        #expect(try events("Armenia lost much of the territory it held in Nagorno-Karabakh during the Second Nagorno-Karabakh War.", "2023-09-01")
                == ["war 2020-09-27/2020-11-10 known"])
        #expect(try events("Russia pulled out of the Black Sea Grain Initiative, accusing the West of blocking its exports.", "2023-08-01")
                == ["withdrawal 2023-07-17 known"])
        // A name standing with no trigger of its type is a mention of its event; not "a new grain deal", and not twice when a
        // trigger tells it already.
        #expect(try events("Belarus and Russia held the Zapad 2021 exercises near the Polish border.", "2021-09-20")
                == ["military_exercise 2021-09-10/2021-09-16 known"])
        #expect(try events("Moscow and Ankara discussed a new grain deal on Tuesday.", "2023-07-25").allSatisfy { !$0.hasSuffix("known") })
        #expect(try events("The Black Sea Grain Initiative was signed in Istanbul on July 22 by Russia and Ukraine.", "2022-11-15")
                .filter { $0.hasPrefix("ceasefire_or_agreement") }.count == 1)
        // What a frame's speaker says about it is not of its time, nor is a clause said months after what it tells of: the
        // speech is no event of 21 September.
        let speech = try events("Lors de son discours devant les députés, Vladimir Poutine a affirmé que la mobilisation partielle était terminée.", "2022-12-20")
        #expect(Set(speech) == ["mobilization 2022-09-21 known", "statement - -"])
        #expect(try events("During his annual press conference, Vladimir Putin said the partial mobilization was over.", "2022-12-20").contains("statement - -"))
        // A name of another type's event tells nothing: there is no accession to the grain deal to know.
        #expect(try events("Le Kazakhstan a demandé à adhérer à l’initiative céréalière de la mer Noire.", "2023-08-01").allSatisfy { !$0.hasSuffix("known") })
    }

    @Test func aKnownEventIsLookedForBeforeTheDocumentAndWithinTheYearBeforeIt() throws {
        func clash(_ date: String) throws -> String? { try knownDate("armed_clash", ["KGZ", "TJK"], at: date) }
        #expect(try clash("2022-10-01") == "2022-09-14/2022-09-20")
        #expect(try clash("2021-05-20") == "2021-04-28/2021-05-01")
        // Before either, a month after the last (border fire recurs), and years after, no clash is the one meant.
        #expect(try clash("2020") == nil)
        #expect(try clash("2022-11-01") == nil)
        #expect(try clash("2025-01-15") == nil)
        // A place ties an event to a known one at any distance: the annexation of Crimea, named.
        #expect(try knownDate("annexation", ["RUS", "place:crimea"], place: "place:crimea", at: "2023-02") == "2014-03-18")
        // Without Crimea named, the annexation of 2022 (a territory is where its event is told).
        #expect(try knownDate("annexation", ["RUS", "UKR"], at: "2023-02") == "2022-09-30")
        // Pashinyan at a CSTO summit, no place named: Moscow in May 2022 and Yerevan in November fit as well. News of
        // 24 November tells the one of its days; a report of February 2023, neither.
        func summit(_ date: String) throws -> String? { try knownDate("summit_or_meeting", ["org:CSTO", "ARM", "person:nikol-pashinyan"], at: date) }
        #expect(try summit("2022-11-24") == "2022-11-23")
        #expect(try summit("2022-05-17") == "2022-05-16")
        #expect(try summit("2023-02") == nil)
    }

    @Test func everyKeyAndTypeOfTheFileIsChecked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-known-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("gazetteer"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let header = "type\tdate\tparticipants\tplace\tlabel_en\tlabel_fr\treference\n"
        let file = folder.appendingPathComponent("gazetteer/known-events.tsv")
        try (header + "summit_or_meeting\t2022-11-23\torg:CSTO|ARM|XYZ\tplace:yerevan\tCSTO summit\tSommet\thttps://example.org\n")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: DataFileError.malformed(path: file.path, line: 2, reason: "unknown gazetteer key 'XYZ'")) {
            try KnownEvents(dataDirectory: folder, gazetteer: gazetteer, types: ["summit_or_meeting"])
        }
        try (header + "parade\t2022-11-23\tARM\t\tParade\tDéfilé\thttps://example.org\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: DataFileError.malformed(path: file.path, line: 2, reason: "unknown event type 'parade'")) {
            try KnownEvents(dataDirectory: folder, gazetteer: gazetteer, types: ["summit_or_meeting"])
        }
        // The repository's own file loads whole, each row with its date, place and participants as keys.
        let catalogue = ExtractionFixture.extractor.eventFinder.knownEvents.events
        let yerevan = try #require(catalogue.first { $0.label == "CSTO summit in Yerevan" })
        #expect(yerevan.date.edtf == "2022-11-23" && yerevan.place.map { gazetteer.entities[$0].key } == "place:yerevan")
        #expect(yerevan.participants.contains(try #require(gazetteer.index["org:CSTO"])) && yerevan.types == ["summit_or_meeting"])
        #expect(catalogue.count == 93)
    }

    /// « Si la frontière commune entre ces républiques d’Asie centrale est le théâtre d’affrontements réguliers, cette nouvelle
    /// éruption de violences est la plus meurtrière depuis trente ans. »: a demonstrative clash (a word of renewal between)
    /// that joins no clash told before is one between the two states its sentence names, « ces républiques » included; the
    /// article of 2022-09-20 that its paragraph cites gives the known clash of those days.
    @Test func aDemonstrativeClashIsBetweenTheStatesItsSentenceNames() throws {
        let clash = try #require(event("armed_clash", told: "Si la frontière commune entre ces républiques"))
        #expect(keys(clash) == ["KGZ", "TJK"])
        #expect(clash.date?.edtf == "2022-09-14/2022-09-20")
        #expect(clash.dateBasis == .known)
    }

    /// "Kyrgyzstan and Tajikistan signed a truce. This new flare-up … ", without two states named in its sentence, a
    /// demonstrative clash that joins nothing founds nothing.
    @Test func aDemonstrativeClashNeedsTwoStatesNamed() throws {
        let x = ExtractionFixture.extractor
        var one = try ReportParser(lexicon: ExtractionFixture.lexicon).parse("Titre\n\nCette nouvelle éruption de violences inquiète Moscou.\n")
        one.metadata.date = "2022-11-30"
        #expect(!x.extract(one).events.contains { $0.type == "armed_clash" })
        var two = try ReportParser(lexicon: ExtractionFixture.lexicon).parse("Titre\n\nSi la frontière entre le Kirghizstan et le Tadjikistan est calme, cette nouvelle éruption de violences inquiète.\n")
        two.metadata.date = "2022-11-30"
        #expect(two.sentences.count == 1)
        #expect(x.extract(two).events.contains { $0.type == "armed_clash" && Set($0.participants.map { gazetteer.entities[$0.entity].key }) == ["KGZ", "TJK"] })
    }

    /// « Récemment renommée l’Organisation des États turciques »: an organization renamed is founded under its new name, and an
    /// organization founded is founded once (`once_per_organization`) — named alone it is the whole event, its known founding
    /// however long before the document (2021-11-12); « le G20 organisé à Bali »: a forum named with the city it met in is its
    /// summit there (2022-11-15/2022-11-16, Indonesia hosting).
    @Test func aRenamedOrganizationAndAForumAtItsCity() throws {
        let renamed = try #require(event("founding", told: "Récemment renommée l’Organisation des États turciques"))
        #expect(renamed.date?.edtf == "2021-11-12" && renamed.participants.map { gazetteer.entities[$0.entity].key } == ["org:OTS"])
        let g20 = try #require(event("summit_or_meeting", told: "Malgré tout, le G20 organisé à Bali"))
        #expect(g20.date?.edtf == "2022-11-15/2022-11-16")
        #expect(Set(g20.participants.map { "\(gazetteer.entities[$0.entity].key):\($0.role.rawValue)" }) == ["org:G20:party", "IDN:host"])
        // (Fame is no renaming: « la renommée de la Russie »; a forum with no city is no meeting.)
        let x = ExtractionFixture.extractor
        var other = try ReportParser(lexicon: ExtractionFixture.lexicon).parse("Titre\n\nLa renommée de l’OTSC a souffert. Le G20 réunit les grandes économies.\n")
        other.metadata.date = "2023-02"
        #expect(x.extract(other).events.isEmpty)
    }

    /// An agreement or a meeting of two states, no organization's, with both named, is the known one only when it ended in the
    /// month before the time the text is of: the report's « les accords trouvés entre les deux pays », cited with an article of
    /// 26 September 2022, is the Kyrgyz–Tajik truce of 16–19 September; a month and a half later, none.
    @Test func twoStatesAgreementIsTheOneOfTheMonthBefore() throws {
        #expect(try knownDate("ceasefire_or_agreement", ["KGZ", "TJK"], at: "2022-09-26") == "2022-09-16/2022-09-19")
        #expect(try knownDate("ceasefire_or_agreement", ["KGZ", "TJK"], at: "2022-11-05") == nil)
        let agreement = try #require(event("ceasefire_or_agreement", told: "Dans ce cadre, les accords trouvés entre les deux pays"))
        #expect(agreement.date?.edtf == "2022-09-16/2022-09-19" && agreement.dateBasis == .known)
    }

    /// « des efforts de médiation déployés par le président du Conseil européen Charles Michel lors des rencontres
    /// tripartites »: the meeting a mediation took place during is held with the sides it mediates between (Armenia and
    /// Azerbaijan), so it is the European Council's last meeting with them before the clashes of September 2022 its paragraph
    /// tells (2022-08-31), which dates the mediation too; it is not the talks in Washington told on page 11 (another third
    /// side, no organization shared).
    @Test func aMeetingAMediationTookPlaceDuringIsWithItsSides() throws {
        let meeting = try #require(event("summit_or_meeting", told: "Tout ceci en dépit des efforts de médiation"))
        #expect(keys(meeting) == ["ARM", "AZE", "org:EUROPEAN_COUNCIL", "person:charles-michel"])
        #expect(meeting.date?.edtf == "2022-08-31" && meeting.dateBasis == .known)
        #expect(!meeting.mentions.contains { report.sentences[$0.sentence].text.contains("Nancy Pelosi") })
        let mediation = try #require(event("mediation", told: "Tout ceci en dépit des efforts de médiation"))
        #expect(mediation.date?.edtf == "2022-08-31")
        let washington = try #require(ExtractionFixture.extraction.events.first { e in
            e.type == "summit_or_meeting" && e.participants.contains { gazetteer.entities[$0.entity].key == "AZE" }
                && e.mentions.contains { report.sentences[$0.sentence].text.hasPrefix("Tandis que la récente visite à Erevan de Nancy Pelosi") }
        })
        #expect(washington.participants.contains { gazetteer.entities[$0.entity].key == "USA" } && washington.date?.edtf == "2022-11-07")
    }

    /// « Dans le Caucase, la « mission civile » européenne envoyée le long de la frontière commune entre l’Azerbaïdjan et
    /// l’Arménie »: the states named right after a border word are where the deployment is (hosts), which with a region that
    /// holds them as its place makes it the EU's known mission of 2022-10-20 — on one side of the border only, so kb relates
    /// the EU to neither; past « avec », "with", a border names the neighbour, no host.
    @Test func theStatesAlongABorderAreWhereItHappens() throws {
        let mission = try #require(event("deployment", told: "Dans le Caucase, la « mission civile » européenne"))
        #expect(Set(mission.participants.map { "\(gazetteer.entities[$0.entity].key):\($0.role.rawValue)" }) == ["org:EU:party", "ARM:host", "AZE:host"])
        #expect(mission.date?.edtf == "2022-10-20" && mission.dateBasis == .known)
        let s = try #require(report.sentences.firstIndex { $0.text.hasPrefix("Dans le Caucase, la « mission civile » européenne") })
        #expect(!ExtractionFixture.extraction.assertions.contains { $0.sentence == s && $0.predicate == "deploys_troops_in" })
        let x = ExtractionFixture.extractor
        func hosts(_ text: String) throws -> Set<String> {
            var r = try ReportParser(lexicon: ExtractionFixture.lexicon).parse("Title\n\n" + text + "\n")
            r.metadata.date = "2022-11-30"
            return Set(x.extract(r).events.flatMap { $0.participants.filter { $0.role == .host }.map { gazetteer.entities[$0.entity].key } })
        }
        #expect(try hosts("The EU deployed a civilian mission along the border between Armenia and Azerbaijan.") == ["ARM", "AZE"])
        #expect(try !hosts("Des soldats russes déployés gardent la frontière arménienne avec la Turquie.").contains("TUR"))
    }
}
