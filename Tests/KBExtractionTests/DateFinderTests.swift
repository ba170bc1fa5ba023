import Testing
import KBExtraction

/// Dates of the report, read and resolved as an analyst would.
@Suite struct DateFinderTests {
    let finder = ExtractionFixture.dateFinder
    let february2023 = DatePoint(year: 2023, month: 2)

    func dates(_ sentence: String) -> [DateMention] {
        finder.dates(in: sentence, language: "fr", documentDate: february2023)
    }

    /// Every date of the report with the page it is on.
    var all: [(page: Int, date: DateMention)] {
        ExtractionFixture.dates.enumerated().flatMap { i, ds in ds.map { (ExtractionFixture.report.sentences[i].page, $0) } }
    }

    @Test func fullDatesMonthsAndYears() throws {
        let summit = dates("au sommet de la CEI à Astana le 12 octobre 2022, a imputé l’effondrement de l’URSS")
        #expect(summit.map(\.value.edtf) == ["2022-10-12"] && summit.first?.surface == "12 octobre 2022")
        #expect(dates("les exercices militaires conjoints entre Tbilissi et l’OTAN organisés en septembre 2022").map(\.value.edtf) == ["2022-09"])
        #expect(dates("la guerre en Géorgie en 2008").map(\.value.edtf) == ["2008"])
        #expect(dates("au sein de l’OTAN et de l’UE en 2004, le conflit").map(\.value.edtf) == ["2004"])
    }

    @Test func spansSinceAndFrom() {
        #expect(dates("territoire envahi par l’armée russe depuis le 24 février 2022").map(\.value.edtf) == ["2022-02-24/.."])
        #expect(dates("la politique étrangère de la Russie depuis 1991").map(\.value.edtf) == ["1991/.."])
        #expect(dates("à partir de 1990").map(\.value.edtf) == ["1990/.."])
        let span = DateValue.span(DatePoint(year: 1991), nil)
        #expect(span.bounds.start == "1991-01-01" && span.bounds.end == "9999-12-31")
    }

    /// « de 2000 soldats », « 1500 militaires », « 3 000 parachutistes » are numbers, not years.
    @Test func countsAreNoYears() {
        #expect(dates("garanti par une force d’interposition de 2000 soldats russes").isEmpty)
        #expect(dates("le redéploiement stratégique de 1500 militaires russes présents au Tadjikistan").isEmpty)
        #expect(dates("à hauteur de 3 000 parachutistes russes et de militaires de l’OTSC apporté au président kazakh en janvier 2022").map(\.value.edtf) == ["2022-01"])
    }

    @Test func relativeDatesRecordTheirResolution() throws {
        // Deictic: from the document's date (February 2023).
        let october = try #require(dates("À Astana en octobre dernier, alors que les leaders").first)
        #expect(october.value.edtf == "2022-10" && october.isRelative)
        #expect(october.resolution == "last month 10 from document date 2023-02")
        // Anaphoric: from the absolute date of the same sentence.
        let thirty = try #require(dates("le conflit qui couve depuis trente ans entre Bakou et Erevan interroge désormais par le niveau d’intensité des affrontements survenus en septembre 2022").first)
        #expect(thirty.value.edtf == "1992~/.." && thirty.resolution?.contains("2022-09 (same sentence)") == true)
    }

    /// « deux ans auparavant » on page 8 counts from September 2022, the last date before it (page 7).
    /// « Sur cette même période », two sentences after « à partir de 2014 »: the time told last, whole (2014/..), in the
    /// report; in one sentence, the date before it; with none told before, no date.
    @Test func theSamePeriodIsTheTimeToldBefore() throws {
        let report = ExtractionFixture.report
        let i = try #require(report.sentences.firstIndex { $0.text.hasPrefix("Sur cette même période, la vente de 32 drones") })
        let same = try #require(ExtractionFixture.dates[i].first)
        #expect(same.surface == "cette même période" && same.value.edtf == "2014/.." && same.isRelative)
        #expect(same.resolution?.contains("the time told before") == true)
        let english = finder.dates(in: "Turkey sold drones in 2019 and, over the same period, trained pilots.", language: "en", documentDate: february2023)
        #expect(english.map(\.value.edtf) == ["2019", "2019"])
        #expect(dates("Sur cette même période, la Turquie a vendu des drones.").isEmpty)
    }

    @Test func relativeDatesCountFromTheContext() throws {
        let before = try #require(all.first { $0.date.surface == "deux ans auparavant" })
        #expect(before.page == 8 && before.date.value.edtf == "2020")
        #expect(before.date.resolution == "− 2 year from 2022-09 (page 7, before)")
    }

    @Test func theReportsDatesAreAllFound() {
        let found = Set(all.map { "\($0.page) \($0.date.value.edtf)" })
        for expected in ["2 2022-02-24/..", "2 1991/..", "5 2022-06", "5 2004", "6 2022-10-12", "6 2022-01", "7 2022-09", "8 2020", "10 2022-10"] {
            #expect(found.contains(expected), "\(expected)")
        }
        // No date from page headers or URLs: the header's « Février 2023 » is not a sentence.
        #expect(!all.contains { $0.date.value.edtf.hasPrefix("2023") && !$0.date.isRelative })
    }

    @Test func edtfBoundsOfDecadesAndOpenSpans() {
        #expect(EDTF.bounds("199X")! == ("1990-01-01", "1999-12-31"))
        #expect(EDTF.bounds("1992~/..")! == ("1992-01-01", "9999-12-31"))
        #expect(EDTF.bounds("../2020")! == ("0000-01-01", "2020-12-31"))
        #expect(EDTF.bounds("2022-09/2022-08") == nil)
        #expect(DatePoint(year: 1990, decade: true).edtf == "199X")
    }

    @Test func impossibleDatesSpansAndBounds() throws {
        // « le 31 février 2022 » is no day: the month stands.
        #expect(dates("le 31 février 2022").map(\.value.edtf) == ["2022-02"])
        // Nor is « le 29 février » of the year it is counted in, when that year has none (found by fuzzing).
        #expect(dates("En 2014, puis le 29 février, la Crimée").map(\.value.edtf) == ["2014", "2014-02"])
        #expect(dates("En 2016, puis le 29 février, la Crimée").map(\.value.edtf) == ["2016", "2016-02-29"])
        // Counts are no span of years.
        #expect(dates("entre 1500 et 2000 soldats russes").isEmpty)
        #expect(dates("de 2014 à 2022.").map(\.value.edtf) == ["2014", "2022"])
        // « avant 2015 » is up to 2015, « après 2015 » from it on.
        #expect(dates("avant 2015, la Russie").map(\.value.edtf) == ["../2015"])
        #expect(dates("après 2015, la Russie").map(\.value.edtf) == ["2015/.."])
        // Weeks after a year alone give that year, roughly — no invented month.
        let weeks = dates("En 2015, un accord. Deux semaines plus tard, un autre").map(\.value.edtf)
        #expect(weeks == ["2015", "2015~"])
    }

    /// Two days of one month are a span; a month after « de », "of" is a month; a year told later in a
    /// sentence, far from a month, is no year of that month; a month after the document's is last year's.
    @Test func dayListsBareMonthsAndTheirYears() throws {
        #expect(dates("Lors des affrontements des 13 et 14 septembre, Erevan avait sollicité l’aide de l’OTSC").map(\.value.edtf) == ["2022-09-13/2022-09-14"])
        #expect(dates("les combats des 13 et 14 septembre 2022").map(\.value.edtf) == ["2022-09-13/2022-09-14"])
        let english = finder.dates(in: "Fighting on Sept. 13 and 14, 2022 killed hundreds.", language: "en", documentDate: february2023)
        #expect(english.map(\.value.edtf) == ["2022-09-13/2022-09-14"])
        // A dash between the days, « du … au … », "from … to …": a span too (a review's cases).
        #expect(dates("Le sommet s’est tenu à Samarcande les 15-16 septembre 2022.").map(\.value.edtf) == ["2022-09-15/2022-09-16"])
        #expect(dates("Xi Jinping s’est rendu à Moscou du 20 au 22 mars 2023.").map(\.value.edtf) == ["2023-03-20/2023-03-22"])
        for text in ["The summit was held in Samarkand on 15-16 September 2022.", "The summit was held in Samarkand on September 15–16, 2022.",
                     "Xi was in Moscow from 20 to 22 March 2023."] {
            let found = finder.dates(in: text, language: "en", documentDate: february2023).map(\.value.edtf)
            #expect(found == [text.contains("Xi") ? "2023-03-20/2023-03-22" : "2022-09-15/2022-09-16"], "\(text)")
        }
        // A dash is no span where the second number is no later day, nor a hyphenated word.
        #expect(dates("le 16-15 septembre 2022").map(\.value.edtf) != ["2022-09-16/2022-09-15"])
        // « de septembre » without a year, in a report of February 2023: September 2022.
        let september = try #require(dates("de ne pas avoir condamné l’agression azerbaïdjanaise de septembre.").first)
        #expect(september.value.edtf == "2022-09" && september.resolution == "month 9 in the year from document date 2023-02, the last such month")
        // "the 2020 war", "a 2015 agreement": a bare year between an article and a noun of `year_noun`; "the 2000 soldiers"
        // stays a number.
        let en = { (text: String) in finder.dates(in: text, language: "en", documentDate: february2023).map(\.value.edtf) }
        #expect(en("The ceasefire ended the 2020 war between Armenia and Azerbaijan.") == ["2020"])
        #expect(en("Both sides broke a 2015 agreement on the border.") == ["2015"])
        #expect(en("Moscow sent the 2000 soldiers of its peacekeeping force.").isEmpty)
        // « quatorze ans jour pour jour après le début de la guerre », "five weeks after the clashes", "four months after
        // Russia invaded Ukraine": counted back from the sentence's own date, the time of what follows — to the day when told
        // so, else roughly; with no date of its own in the sentence, none. Closing its clause (« trois mois après, … ») or with
        // no count ("in the week after the announcement") it counts nothing back.
        let november = DatePoint(year: 2022, month: 11)
        let counted = { (text: String, language: String) in
            finder.dates(in: text, language: language, documentDate: november).filter { $0.surface.contains("apr") || $0.surface.contains("after") }.map(\.value.edtf)
        }
        #expect(counted("Quatorze ans jour pour jour après le début de la guerre éclair, la Géorgie commémore ce lundi 8 août 2022 ses morts.", "fr") == ["2008-08-08"])
        #expect(counted("Les observateurs ont commencé, jeudi 20 octobre, à patrouiller, cinq semaines après les combats les plus meurtriers.", "fr") == ["2022-09-15~"])
        #expect(counted("The decision, taken on June 23, 2022, four months after Russia invaded Ukraine, was welcomed.", "en") == ["2022-02~"])
        #expect(counted("Zelenskiy, whose country applied four days after the invasion, welcomed the decision.", "en").isEmpty)
        #expect(counted("Some 98,000 Russians entered the country in the week after the announcement.", "en").isEmpty)
        // (Not from a date inside what it introduces, nor weeks from a year.)
        #expect(counted("The summit came six weeks after the worst fighting between the two neighbours since their 2020 war.", "en").isEmpty)
        #expect(finder.dates(in: "Trois mois après, la Russie a renforcé sa présence le long de la frontière.", language: "fr", documentDate: november).map(\.value.edtf) == ["2023-02"])
        // « de 2000 soldats » stays a number.
        #expect(dates("une force de 2000 soldats russes").isEmpty)
        // A dateline's month takes the document's year, not that of a war told later in the sentence.
        let dateline = finder.dates(in: "YEREVAN, Sept 15 (Reuters) - Armenia and Azerbaijan agreed on a ceasefire, in the worst flare-up since their 2020 war over Nagorno-Karabakh.",
                                    language: "en", documentDate: DatePoint(year: 2022, month: 9, day: 15))
        #expect(dateline.map(\.value.edtf) == ["2022-09-15", "2020"])
        // Close by, a later year gives the month its year: « en janvier et en février 2022 ».
        #expect(dates("en janvier et en février 2022").map(\.value.edtf) == ["2022-01", "2022-02"])
    }

    /// A later day of the document's month is last year's; a month told in the future is the coming one.
    @Test func laterDaysAndTheFuture() {
        let mid = DatePoint(year: 2023, month: 2, day: 15)
        #expect(finder.dates(in: "On Feb. 24, Russian troops crossed the border.", language: "en", documentDate: mid).map(\.value.edtf) == ["2022-02-24"])
        #expect(finder.dates(in: "Le sommet se tiendra en décembre à Minsk.", language: "fr", documentDate: DatePoint(year: 2022, month: 10, day: 15)).map(\.value.edtf) == ["2022-12"])
        #expect(finder.dates(in: "Moldova will hold local elections in November.", language: "en", documentDate: mid).map(\.value.edtf) == ["2023-11"])
        // "two days later" counts from the day the sentence gave before it, not from the document's date.
        let later = finder.dates(in: "Protests broke out on January 4, and Russia sent troops two days later.", language: "en", documentDate: DatePoint(year: 2022, month: 10, day: 15))
        #expect(later.map(\.value.edtf).first == "2022-01-04" && later.last?.value.bounds.start.hasPrefix("2022-01") == true, "\(later.map(\.value.edtf))")
        // A future tense tells it too (« accueillera »; the ending, `future_ending` in dates.tsv).
        #expect(finder.dates(in: "L’Arménie accueillera le sommet de l’OTSC le 23 novembre.", language: "fr", documentDate: DatePoint(year: 2022, month: 10, day: 15)).map(\.value.edtf) == ["2022-11-23"])
        // A weekday with the day tells the year: Tuesday 22 November is 2022's, in an article of the 20th.
        #expect(finder.dates(in: "Gazprom a menacé mardi 22 novembre de réduire ses livraisons.", language: "fr", documentDate: DatePoint(year: 2022, month: 11, day: 20)).map(\.value.edtf) == ["2022-11-22"])
    }
}

extension DateFinderTests {
    /// The weeks and months of news: counted from the document's date.
    @Test func lastWeekThisMonthAndWeeksAgo() {
        let day = DatePoint(year: 2022, month: 11, day: 3)
        func edtf(_ text: String, _ language: String) -> [String] { finder.dates(in: text, language: language, documentDate: day).map(\.value.edtf) }
        // Seven days before, roughly; at month precision, the month before; the document's month.
        #expect(edtf("Putin met Erdogan in Sochi last week.", "en") == ["2022-10-27~"])
        #expect(edtf("Poutine a rencontré Erdogan à Sotchi la semaine dernière.", "fr") == ["2022-10-27~"])
        #expect(edtf("Putin met Erdogan in Sochi last month.", "en") == ["2022-10"])
        #expect(edtf("Poutine a rencontré Erdogan à Sotchi le mois dernier.", "fr") == ["2022-10"])
        #expect(edtf("The clashes with Azerbaijan earlier this month shook the alliance.", "en") == ["2022-11"])
        #expect(edtf("Poutine a rencontré Erdogan ce mois-ci.", "fr") == ["2022-11"])
        // Weeks and days back from a day count in days (« il y a », "ago").
        #expect(edtf("Poutine a rencontré Erdogan il y a deux semaines.", "fr") == ["2022-10-20~"])
        #expect(edtf("Putin met Erdogan in Sochi three days ago.", "en") == ["2022-10-31~"])
        // "the last two months" and « les derniers mois » are no last month.
        #expect(edtf("Russia lost ground over the last two months.", "en").isEmpty)
    }
}
