import Foundation
import KBParsing

/// A calendar date at the precision the text gives: a year, a month or a day, or a decade.
public struct DatePoint: Sendable, Equatable {
    public var year: Int
    public var month: Int?
    public var day: Int?
    /// `199X`: the decade of `year`.
    public var decade = false
    /// EDTF `~`: the text gives it roughly (« depuis trente ans », « début 2022 »).
    public var approximate = false

    public init(year: Int, month: Int? = nil, day: Int? = nil, decade: Bool = false, approximate: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.decade = decade
        self.approximate = approximate
    }

    /// `2022-09-24`, `2022-09`, `2022`, `199X`, with `~` when approximate.
    public var edtf: String {
        var s: String
        if decade {
            s = String(format: "%03dX", year / 10)
        } else {
            s = String(format: "%04d", year)
            if let month { s += String(format: "-%02d", month) }
            if let month, let day { _ = month; s += String(format: "-%02d", day) }
        }
        return approximate ? s + "~" : s
    }

    /// This point moved by `amount` units, at the precision the unit allows.
    /// The Gregorian calendar in UTC, in which every date of kb is counted.
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// With `inDays`, weeks and days from a day count in days (« il y a deux semaines »); otherwise roughly, in months.
    func shifted(by amount: Int, _ unit: DateUnit, inDays: Bool = false) -> DatePoint {
        switch unit {
        case .year: return DatePoint(year: year + amount)
        case .decade: return DatePoint(year: year + 10 * amount)
        case .month, .week, .day:
            // From a year alone, a count of months, weeks or days gives that year, roughly.
            guard month != nil else { return DatePoint(year: year, approximate: true) }
            // From a day, weeks and days count in days (« il y a deux semaines » of 3 November: 20 October, roughly).
            if inDays, unit != .month, let month, let day {
                let calendar = Self.calendar
                if let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
                   let moved = calendar.date(byAdding: .day, value: unit == .week ? 7 * amount : amount, to: date) {
                    let c = calendar.dateComponents([.year, .month, .day], from: moved)
                    return DatePoint(year: c.year!, month: c.month, day: c.day, approximate: true)
                }
            }
            let months = unit == .month ? amount : (unit == .week ? amount / 4 : amount / 30)
            let m0 = (month ?? 1) - 1 + months
            let y = year + Int((Double(m0) / 12).rounded(.down))
            let m = ((m0 % 12) + 12) % 12 + 1
            return DatePoint(year: y, month: m, approximate: unit != .month)
        }
    }
}

public enum DateUnit: String, Sendable {
    case year, month, week, day, decade
}

/// A date as the text gives it: one point, or a span whose ends may be open (`1991/..`).
public enum DateValue: Sendable, Equatable {
    case point(DatePoint)
    case span(DatePoint?, DatePoint?)

    /// EDTF (`2022-09`, `1992~/..`, `2020/2022`).
    public var edtf: String {
        switch self {
        case .point(let p): return p.edtf
        case .span(let a, let b): return "\(a?.edtf ?? "..")/\(b?.edtf ?? "..")"
        }
    }

    /// The earliest and latest ISO dates it allows (an open end is `0000-01-01` or `9999-12-31`).
    public var bounds: (start: String, end: String) { EDTF.bounds(edtf) ?? ("0000-01-01", "9999-12-31") }

    /// The point an anaphoric date is counted from: a point itself, a span's start.
    var anchorPoint: DatePoint? {
        switch self {
        case .point(let p): return p
        case .span(let a, let b): return a ?? b
        }
    }
}

/// One date expression of a sentence.
public struct DateMention: Sendable, Equatable {
    /// Offsets in the sentence, in code points.
    public var start: Int
    public var end: Int
    public var surface: String
    public var value: DateValue
    /// Whether the text states it outright (`absolute`) or it was counted from an anchor.
    public var isRelative: Bool
    /// How a relative date was resolved: `2022-09 − 2 year (same sentence)`, `document date 2023-02`.
    public var resolution: String?
    /// Token range in the sentence (for attaching the date to an event).
    public var tokenRange: Range<Int>
    /// How a relative date is counted from its anchor.
    public var relation: DateRelation?
    /// "for the first time since February", « une première depuis 2022 »: the time of the last such event
    /// before, not this one's — it dates no event and anchors no other date.
    public var tellsThePreviousTime = false
    /// « quatorze ans après le début de la guerre », "five weeks after the clashes": the time, counted back from the
    /// sentence's own date, of the event told right after it — that event's date only.
    public var datesItsComplement = false
    /// "the 2020 ceasefire", « la guerre de 2020 »: the year of the noun right by it, no other event's.
    public var qualifiesANoun = false
    /// "Saturday's blast": the date of the noun after its possessive, not of the words before it.
    public var ownsTheNounAfter = false

    /// This date counted again from another anchor (an event's date: « la décennie qui a suivi
    /// l’effondrement de l’URSS »), described as `what`.
    public func reanchored(on anchor: DatePoint, _ what: String) -> DateMention {
        guard let relation, !relation.isDeictic else { return self }
        var copy = self
        copy.value = relation.resolve(anchor)
        copy.resolution = "\(relation.description) from \(what)"
        return copy
    }
}

/// The words of date expressions for each language, from `data/lexicon/dates.tsv` and `months.tsv`.
public struct DateLexicon: Sendable {
    struct Words: Sendable {
        var numbers: [String: Int] = [:]
        var units: [String: DateUnit] = [:]
        /// Each kind → its word sequences (folded), longest first.
        var phrases: [String: [[String]]] = [:]
        /// Folded year-introducing word sequences → whether they make the date approximate.
        var yearIntros: [[String]: Bool] = [:]
        /// The same, longest first, sorted once when the lexicon is read.
        var yearIntroList: [(words: [String], approximate: Bool)] = []
        var months: [String: Int] = [:]
        /// Articles that may stand between a preposition and a date, or before a unit
        /// (« depuis le 24 février », « la décennie »); the plural ones make an unnumbered unit vague
        /// (« les années qui ont précédé »).
        var articles: Set<String> = []
        var pluralArticles: Set<String> = []
        /// `1er`, `1st`: what may follow a day's digits.
        var ordinalSuffixes: [String] = []
        /// `1990s`: what may follow a decade's year.
        var decadeSuffixes: [String] = []
        /// The language also writes the day after the month (`September 13, 2022`, `Sept. 13`).
        var dayAfterMonth = false
        /// Folded weekday names → 1 (Monday) … 7 (Sunday).
        var weekdays: [String: Int] = [:]
        /// "yesterday", « hier »: days from the document's date (−1).
        var dayShifts: [String: Int] = [:]
        /// Words that tell the future ("will", « prévu »): a month in their sentence is not last year's.
        var futureMarkers: Set<String> = []
        /// Endings of a future tense (« accueillera », « se tiendra »): a word ending so tells the future too.
        var futureEndings: [String] = []
        /// « que », "that": a future word past one is another clause's.
        var clauseOpeners: Set<String> = []
        /// "war", « guerre »: a bare four-digit number between an article and one of them, or after one and « de », "of",
        /// is the year of what they name ("the 2020 war", « la guerre de 2020 »; not "the 2000 soldiers").
        var yearNouns: Set<String> = []
        /// Year intros that make the year a noun's ("their 2020 war"): the time of that noun, which lends no year to a
        /// month told without one ("… since their 2020 war, … on Oct. 31").
        var nounYearIntros: Set<[String]> = []
    }

    var languages: [String: Words] = [:]

    /// The languages it has words for (`fr`, `en`).
    public var languageCodes: [String] { languages.keys.sorted() }

    /// Language → folded number word (« six », "six") → its value.
    public var numberWords: [String: [String: Int]] { languages.mapValues(\.numbers) }

    public init() {}

    public init(dataDirectory: URL, lexicon: ParsingLexicon) throws {
        let table = try TSVTable(contentsOf: dataDirectory.appendingPathComponent("lexicon/dates.tsv"))
        try table.require("lang", "kind", "words", "value")
        for row in table.rows {
            let words = Tokenizer.tokens(row["words"]).map(\.folded)
            guard !words.isEmpty else { throw DataFileError.malformed(path: table.origin, line: row.line, reason: "no words") }
            var entry = languages[row["lang"], default: Words()]
            switch row["kind"] {
            case "number":
                guard let n = Int(row["value"]) else { throw DataFileError.malformed(path: table.origin, line: row.line, reason: "number needs a value") }
                entry.numbers[words.joined(separator: " ")] = n
            case "unit":
                guard let unit = DateUnit(rawValue: row["value"]) else { throw DataFileError.malformed(path: table.origin, line: row.line, reason: "unknown unit '\(row["value"])'") }
                entry.units[words.joined(separator: " ")] = unit
            case "year_intro":
                entry.yearIntros[words] = row["value"] == "approximate"
                if row["value"] == "noun" { entry.nounYearIntros.insert(words) }
            case "year_noun":
                entry.yearNouns.insert(words[0])
            case "article":
                entry.articles.insert(words[0])
                if row["value"] == "plural" { entry.pluralArticles.insert(words[0]) }
            case "ordinal_suffix":
                entry.ordinalSuffixes.append(words[0])
            case "decade_suffix":
                entry.decadeSuffixes.append(words[0])
            case "weekday":
                guard let n = Int(row["value"]), (1...7).contains(n) else {
                    throw DataFileError.malformed(path: table.origin, line: row.line, reason: "a weekday's value is 1 (Monday) to 7 (Sunday)")
                }
                entry.weekdays[words.joined(separator: " ")] = n
            case "day_shift":
                guard let n = Int(row["value"]), (-7...0).contains(n) else {
                    throw DataFileError.malformed(path: table.origin, line: row.line, reason: "a day shift's value is −7 to 0 days")
                }
                entry.dayShifts[words.joined(separator: " ")] = n
            case "future":
                entry.futureMarkers.insert(words.joined(separator: " "))
            case "future_ending":
                entry.futureEndings.append(words[0])
            case "clause_opener":
                entry.clauseOpeners.insert(words.joined(separator: " "))
            case "order":
                guard words == ["month", "day", "year"] else {
                    throw DataFileError.malformed(path: table.origin, line: row.line, reason: "the only other order kb reads is 'month day year'")
                }
                entry.dayAfterMonth = true
            case "since", "until", "ago", "later", "after", "last", "next", "decades", "following", "preceding", "this_year", "last_year", "same_time",
                 "this_unit", "this_unit_end", "ago_before", "unit_complement", "first",
                 "month_intro", "and", "day_intro", "exactly", "possessive":
                entry.phrases[row["kind"], default: []].append(words)
            default:
                throw DataFileError.malformed(path: table.origin, line: row.line, reason: "unknown kind '\(row["kind"])'")
            }
            languages[row["lang"]] = entry
        }
        for (name, number) in lexicon.months {
            let lang = lexicon.monthLanguage[name] ?? ""
            languages[lang, default: Words()].months[name] = number
        }
        for lang in languages.keys {
            for kind in languages[lang]!.phrases.keys { languages[lang]!.phrases[kind]!.sort { $0.count > $1.count } }
            languages[lang]!.yearIntroList = languages[lang]!.yearIntros.map { ($0.key, $0.value) }
                .sorted { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.words.lexicographicallyPrecedes($1.words) }
        }
    }
}

/// Finds and resolves the date expressions of a report (French first; other languages as data).
///
/// Absolute dates are read as written: `le 12 octobre 2022` → `2022-10-12`, `en septembre 2022` →
/// `2022-09`, `en 2008` → `2008`, `les années 1990` → `199X`, `depuis 1991` → `1991/..`. A four-digit
/// number is a year only after a year-introducing word or before punctuation (`de 2000 soldats` is no
/// year). Relative dates are counted from an anchor and say so in ``DateMention/resolution``:
/// `octobre dernier` from the document's date; `deux ans auparavant`, `depuis trente ans`,
/// `la décennie qui a suivi`, a month without a year, from the nearest absolute date of the sentence,
/// else the last of the section before it, else the document's date.
public struct DateFinder: Sendable {
    public let lexicon: DateLexicon

    public init(lexicon: DateLexicon) {
        self.lexicon = lexicon
    }

    /// Whether `token` names a weekday or a month ("Tuesday", « mars »).
    public func isDateWord(_ token: Token, language: String?) -> Bool {
        guard let words = language.flatMap({ lexicon.languages[$0] }) else { return false }
        return words.weekdays[token.folded] != nil || words.months[token.folded] != nil
    }

    /// The weekday of a day, 1 (Monday) … 7 (Sunday).
    static func weekday(year: Int, month: Int, day: Int?) -> Int? {
        guard let day else { return nil }
        let calendar = DatePoint.calendar
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        return (calendar.component(.weekday, from: date) + 5) % 7 + 1
    }

    /// How many words may stand between a month and a later year of its sentence that gives it its year.
    static let closeYearDistance = 4
    /// How many words before a `since` span a `first` word makes it the last time before ("the first talks since").
    static let firstReach = 6

    /// The date mentions of every sentence of `report`, indexed like its sentences.
    public func dates(in report: ParsedReport) -> [[DateMention]] {
        let documentDate = report.metadata.date.flatMap(Self.point(edtf:))
        var result: [[DateMention]] = []
        var lastAbsolute: (value: DateValue, section: Int, page: Int, paragraph: Int)? = nil
        var lastDay: (value: DateValue, section: Int, page: Int, paragraph: Int)? = nil
        for sentence in report.sentences {
            let context = lastAbsolute.flatMap { $0.section == sentence.section ? ($0.value, "page \($0.page), before") : nil }
            let countingContext = lastDay.flatMap { $0.section == sentence.section ? ($0.value, "page \($0.page), before") : nil }
            let found = dates(in: sentence.text, language: report.metadata.language, documentDate: documentDate, context: context,
                              contextInParagraph: lastAbsolute?.paragraph == sentence.paragraph, countingContext: countingContext)
            result.append(found)
            if let last = found.last(where: { !$0.isRelative }) { lastAbsolute = (last.value, sentence.section, sentence.page, sentence.paragraph) }
            // (A day or a month whose year the context gives is as good an anchor to count from: "On 1 September, … Two
            // weeks later" — though not to give a later month its year.)
            if let last = found.last(where: { d in
                if !d.isRelative { return true }
                if case .inAnchorYear = d.relation, case .point(let p) = d.value, !p.approximate { return true }
                return false
            }) { lastDay = (last.value, sentence.section, sentence.page, sentence.paragraph) }
        }
        return result
    }

    /// The dates of one sentence. `context` is the last absolute date before it and where it stands.
    /// `contextInParagraph`: whether that date is in the sentence's paragraph. `countingContext`: the last day or month told
    /// before it, its year from its context or not, which a duration counts from. A month without a year takes
    /// its year from a date of another paragraph only when the document has no month of its own: "since
    /// Moscow invaded Ukraine in February", paragraphs after "clashes in April 2021", is the February
    /// before the article's date.
    public func dates(in sentence: String, language: String?, documentDate: DatePoint?,
                      context: (DateValue, String)? = nil, contextInParagraph: Bool = true,
                      countingContext: (DateValue, String)? = nil) -> [DateMention] {
        guard let language, let words = lexicon.languages[language] else { return [] }
        let scalars = Array(sentence.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars)
        var parser = SentenceDates(tokens: tokens, words: words, text: scalars)
        var raw = parser.parse()
        guard !raw.isEmpty else { return [] }
        // "their first direct talks since 2022", « pour la première fois depuis février »: a span opened a few words
        // after `first` is the last time before.
        for i in raw.indices where parser.phrase("since", at: raw[i].range.lowerBound) != nil {
            let start = raw[i].range.lowerBound
            raw[i].tellsThePreviousTime = (max(0, start - Self.firstReach)..<start).contains { parser.phrase("first", at: $0) != nil }
        }
        // "Saturday's blast", "last week's summit": a date owning the noun after it is that noun's.
        for i in raw.indices {
            let end = raw[i].range.upperBound
            guard end < tokens.count, parser.phrase("possessive", at: end) != nil,
                  scalars[tokens[end - 1].end..<tokens[end].start].contains(where: { $0 == "'" || $0 == "’" }) else { continue }
            raw[i].qualifiesANoun = true
            raw[i].ownsTheNounAfter = true
        }
        /// Whether a word of the future bears on the date `r`: in its sentence, with no « que », "that" or
        /// semicolon between them ("In December, Putin demanded guarantees that NATO will not expand" tells
        /// the past).
        func tellsFuture(_ r: RawDate) -> Bool {
            tokens.indices.contains { j in
                let w = tokens[j].folded
                guard words.futureMarkers.contains(w) || words.futureEndings.contains(where: { w.hasSuffix($0) && w.count >= $0.count + 4 }) else { return false }
                guard !r.range.contains(j) else { return false }
                let before = j < r.range.lowerBound
                let between = before ? j..<r.range.lowerBound : r.range.upperBound..<j
                let gap = before ? tokens[j].end..<tokens[r.range.lowerBound].start : tokens[r.range.upperBound - 1].end..<tokens[j].start
                return !between.contains { words.clauseOpeners.contains(tokens[$0].folded) } && !scalars[gap].contains(";")
            }
        }
        /// The weekday written at the start of a date (« mardi 22 novembre »), 1 (Monday) … 7.
        func weekdayGiven(_ r: RawDate) -> Int? { words.weekdays[tokens[r.range.lowerBound].folded] }
        // Anaphoric dates count from the nearest absolute date of the sentence, else the context.
        // (A duration counted back from the sentence's own time comes last, once the others are resolved: "One month after
        // Russia invaded Ukraine, NATO leaders gathered on March 24" counts from the 24th of March of its year.)
        for i in raw.indices.filter({ !raw[$0].datesItsComplement }) + raw.indices.filter({ raw[$0].datesItsComplement }) {
            guard let relation = raw[i].relation else { continue }
            // A duration counts from what was told before it: in "after two days of fighting …, since their
            // 2020 war", the days are not counted from 2020. « depuis trente ans » runs up to the time the
            // sentence tells, on either side. A month takes a year told after it only from close by, in a
            // list or a span (« en janvier et en février 2022 », "from Sept 13 to Oct 2, 2022"): the year
            // of a later clause is another time ("YEREVAN, Sept 15 (Reuters) - … since their 2020 war").
            func usable(_ j: Int) -> Bool {
                // (Counted back: any date of the sentence resolved before, itself no such count.)
                if raw[i].datesItsComplement {
                    return raw[j].value != nil && !raw[j].datesItsComplement && !raw[j].tellsThePreviousTime
                        && (raw[j].relation == nil || raw[j].relation?.monthOfYear != nil)
                }
                // ("Six weeks after the worst fighting since their 2020 war, … talks in Sochi on Oct. 31": a noun's year lends
                // a month no year.)
                if raw[j].qualifiesANoun && relation.monthOfYear != nil { return false }
                // ("Protests broke out on January 4, and Russia sent troops two days later": a day of the anchor's year
                // already resolved before it anchors a duration counted from it.)
                if j < i, raw[j].value != nil, let earlier = raw[j].relation, earlier.monthOfYear != nil {
                    switch relation {
                    case .shift, .after, .following, .preceding: return true
                    default: return false
                    }
                }
                guard raw[j].relation == nil, !raw[j].tellsThePreviousTime else { return false }
                if j < i { return true }
                switch relation {
                case .since: return true
                case .inAnchorYear, .daysInAnchorYear: return raw[j].range.lowerBound - raw[i].range.upperBound <= Self.closeYearDistance
                default: return false
                }
            }
            // « Sur cette même période », "over the same period": the time told last — before it in its sentence, else in the
            // sentences before in its section — whole, as told (« à partir de 2014 » → 2014/..).
            if case .sameTime = relation {
                if let j = raw.indices.last(where: { $0 < i && raw[$0].value != nil && raw[$0].relation == nil && !raw[$0].tellsThePreviousTime }) {
                    raw[i].value = raw[j].value
                    raw[i].resolution = "\(relation.description), \(raw[j].value!.edtf) (same sentence)"
                } else if let (value, place) = context {
                    raw[i].value = value
                    raw[i].resolution = "\(relation.description), \(value.edtf) (\(place))"
                }
                continue
            }
            let nearest = raw.indices.filter(usable).min { abs($0 - i) < abs($1 - i) }
            let anchor: (DatePoint, String)?
            if relation.isDeictic {
                anchor = documentDate.map { ($0, "document date \($0.edtf)") }
            } else if let j = nearest, let p = raw[j].value?.anchorPoint {
                anchor = (p, "\(raw[j].value!.edtf) (same sentence)")
            } else if let d = documentDate, let m = relation.monthOfYear, let w = weekdayGiven(raw[i]),
                      let y = [d.year, d.year - 1, d.year + 1].first(where: { Self.weekday(year: $0, month: m, day: relation.dayOfMonth) == w }) {
                // « Reçu lundi 19 décembre à Minsk », after « depuis 2019 » in the paragraph: the weekday with its day tells
                // the year, the one of the document's date or next to it where that day is that weekday.
                anchor = (DatePoint(year: y), "the year near the document date \(d.edtf) whose \(m)/\(relation.dayOfMonth ?? 0) is that weekday")
            } else if case .shift = relation, let (value, place) = countingContext ?? context, let p = value.anchorPoint {
                // ("Two weeks later", after « le 1er septembre »: counted from the last day told.)
                anchor = (p, "\(value.edtf) (\(place))")
            } else if let (value, place) = context, let p = value.anchorPoint,
                      !(relation.monthOfYear != nil && !contextInParagraph && documentDate?.month != nil) {
                anchor = (p, "\(value.edtf) (\(place))")
            } else if let d = documentDate, let m = relation.monthOfYear, let current = d.month,
                      m > current || (m == current && (relation.dayOfMonth ?? 0) > (d.day ?? 31)), !tellsFuture(raw[i]),
                      // (A weekday given with the day tells the year: « mardi 22 novembre » is 2022's.)
                      !(weekdayGiven(raw[i]).map { Self.weekday(year: d.year, month: m, day: relation.dayOfMonth) == $0 } ?? false) {
                // A month after the document's (or a later day of its month), told with no year: the last one
                // before it (« en octobre », in a report of February 2023, is October 2022) — unless the
                // sentence tells the future (« se tiendra en décembre », "will hold elections in November").
                anchor = (DatePoint(year: d.year - 1), "document date \(d.edtf), the last such month")
            } else {
                anchor = documentDate.map { ($0, "document date \($0.edtf)") }
            }
            guard let (point, description) = anchor else { continue }
            // (Counted back from the sentence's own time only: "whose country applied four days after the invasion" gives none.)
            // (Nor from a date inside what it introduces — "six weeks after the worst fighting … since their 2020 war" — but
            // from one before it or past a comma; and weeks or days from a day or a month, not a year.)
            if raw[i].datesItsComplement {
                guard !relation.isDeictic, let j = nearest, raw[j].value?.anchorPoint != nil,
                      j < i || (raw[i].range.upperBound..<raw[j].range.lowerBound).contains(where: { k in
                          tokens[k].end < tokens[k + 1].start && scalars[tokens[k].end..<tokens[k + 1].start].contains(",") }),
                      !(point.month == nil && { if case .shift(_, let u) = relation { return u == .day || u == .week }; return false }()) else { continue }
            }
            // A weekday needs a day to count from.
            if case .weekday = relation, point.day == nil { continue }
            if case .dayShift = relation, point.day == nil { continue }
            raw[i].value = relation.resolve(point)
            if raw[i].roughly, case .point(var p)? = raw[i].value {
                p.approximate = true
                raw[i].value = .point(p)
            }
            // « quatorze ans jour pour jour après » a day: that day, so many years before.
            if raw[i].datesItsComplement, !raw[i].roughly, case .shift(let n, .year) = relation, let m = point.month, let d = point.day,
               d <= EDTF.daysIn(month: m, year: point.year + n) {
                raw[i].value = .point(DatePoint(year: point.year + n, month: m, day: d))
            }
            raw[i].resolution = "\(relation.description) from \(description)"
        }
        return raw.compactMap { r in
            guard let value = r.value else { return nil }
            let start = tokens[r.range.lowerBound].start, end = tokens[r.range.upperBound - 1].end
            var mention = DateMention(start: start, end: end, surface: Tokenizer.text(scalars, start..<end), value: value,
                                      isRelative: r.relation != nil, resolution: r.resolution, tokenRange: r.range, relation: r.relation)
            mention.tellsThePreviousTime = r.tellsThePreviousTime
            mention.datesItsComplement = r.datesItsComplement
            mention.qualifiesANoun = r.qualifiesANoun
            mention.ownsTheNounAfter = r.ownsTheNounAfter
            return mention
        }
    }

    /// `2023-02` → a point.
    static func point(edtf: String) -> DatePoint? {
        let parts = edtf.split(separator: "-").map { Int($0) }
        guard let y = parts.first ?? nil else { return nil }
        return DatePoint(year: y, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
    }
}

/// How a relative date is counted from its anchor.
public enum DateRelation: Sendable, Equatable {
    /// `en janvier`, `le 12 octobre`: a month (and day) of the anchor's year.
    case inAnchorYear(month: Int, day: Int?, approximate: Bool)
    /// « les 13 et 14 septembre »: days of a month of the anchor's year, a span.
    case daysInAnchorYear(month: Int, first: Int, last: Int)
    /// `octobre dernier`, `mars prochain`: counted from the document's date.
    case lastMonth(Int), nextMonth(Int)
    case thisYear, lastYear
    /// « la semaine dernière », "last month": the unit before the document's date's (a week: seven days before it,
    /// roughly); « ce mois-ci », "earlier this month": the document's date's own.
    case lastUnit(DateUnit), thisUnit(DateUnit)
    /// `mercredi`, "on Wednesday" (1 = Monday … 7 = Sunday): the last such day on or before the
    /// document's date, which must give its day.
    case weekday(Int)
    /// "yesterday", « hier »: that many days from the document's date, which must give its day.
    case dayShift(Int)
    /// `depuis trente ans`: a span from roughly that long before the anchor, still running.
    case since(Int, DateUnit)
    /// `après dix mois de conflit`: roughly that long after the anchor.
    case after(Int, DateUnit)
    /// `deux ans auparavant` (negative), `trois mois plus tard` (positive).
    case shift(Int, DateUnit)
    /// `la décennie qui a suivi`, `les deux années qui ont précédé`: the span after or before the anchor.
    case following(Int, DateUnit), preceding(Int, DateUnit, approximate: Bool)
    /// « sur cette même période », "over the same period": the time told last, as told.
    case sameTime

    /// Counted from the document's date, never from the context.
    public var isDeictic: Bool {
        switch self {
        case .lastMonth, .nextMonth, .thisYear, .lastYear, .weekday, .dayShift, .lastUnit, .thisUnit: return true
        default: return false
        }
    }

    /// The (first) day of a month of the anchor's year, when given.
    var dayOfMonth: Int? {
        switch self {
        case let .inAnchorYear(_, d, _): return d
        case let .daysInAnchorYear(_, first, _): return first
        default: return nil
        }
    }

    /// The month of a month of the anchor's year.
    var monthOfYear: Int? {
        switch self {
        case let .inAnchorYear(m, _, _), let .daysInAnchorYear(m, _, _): return m
        default: return nil
        }
    }

    /// The date it gives from `anchor`.
    public func resolve(_ anchor: DatePoint) -> DateValue {
        switch self {
        case let .inAnchorYear(month, day, approximate):
            // « le 29 février » of a year that has none is the month alone (found by fuzzing).
            let day = day.flatMap { $0 <= EDTF.daysIn(month: month, year: anchor.year) ? $0 : nil }
            return .point(DatePoint(year: anchor.year, month: month, day: day, approximate: approximate))
        case let .daysInAnchorYear(month, first, last):
            guard last <= EDTF.daysIn(month: month, year: anchor.year) else { return .point(DatePoint(year: anchor.year, month: month)) }
            return .span(DatePoint(year: anchor.year, month: month, day: first), DatePoint(year: anchor.year, month: month, day: last))
        case .lastMonth(let m):
            return .point(DatePoint(year: m < (anchor.month ?? 13) ? anchor.year : anchor.year - 1, month: m))
        case .nextMonth(let m):
            return .point(DatePoint(year: m > (anchor.month ?? 12) ? anchor.year : anchor.year + 1, month: m))
        case .weekday(let n):
            let calendar = DatePoint.calendar
            guard let month = anchor.month, let day = anchor.day,
                  let date = calendar.date(from: DateComponents(year: anchor.year, month: month, day: day)) else { return .point(anchor) }
            let monday1 = (calendar.component(.weekday, from: date) + 5) % 7 + 1
            let back = (monday1 - n + 7) % 7
            let found = calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: -back, to: date)!)
            return .point(DatePoint(year: found.year!, month: found.month, day: found.day))
        case .dayShift(let n):
            var day = anchor.shifted(by: n, .day, inDays: true)
            day.approximate = false
            return .point(day)
        case .thisYear: return .point(DatePoint(year: anchor.year))
        case .lastYear: return .point(DatePoint(year: anchor.year - 1))
        case .lastUnit(let unit):
            // A week: seven days before the document's date, roughly, at its precision.
            return .point(anchor.shifted(by: -1, unit, inDays: true))
        case .thisUnit(let unit):
            return .point(unit == .year || anchor.month == nil ? DatePoint(year: anchor.year) : DatePoint(year: anchor.year, month: anchor.month))
        case let .since(n, unit):
            var start = anchor.shifted(by: -n, unit)
            start.approximate = true
            return .span(start, nil)
        case let .after(n, unit):
            var p = anchor.shifted(by: n, unit)
            p.approximate = true
            return .point(p)
        case let .shift(n, unit): return .point(anchor.shifted(by: n, unit, inDays: true))
        case let .following(n, unit):
            return .span(DatePoint(year: anchor.year), DatePoint(year: anchor.shifted(by: n, unit).year))
        case let .preceding(n, unit, approximate):
            return .span(DatePoint(year: anchor.shifted(by: -n, unit).year, approximate: approximate), DatePoint(year: anchor.year))
        case .sameTime: return .point(anchor)
        }
    }

    /// `− 2 year`, `span since − 30 year`.
    public var description: String {
        switch self {
        case let .inAnchorYear(m, d, _): return d.map { "day \($0) of month \(m) in the year" } ?? "month \(m) in the year"
        case let .daysInAnchorYear(m, first, last): return "days \(first) to \(last) of month \(m) in the year"
        case .lastMonth(let m): return "last month \(m)"
        case .nextMonth(let m): return "next month \(m)"
        case .weekday(let n): return "last weekday \(n) (1 = Monday) on or before"
        case .dayShift(let n): return "\(n) day\(abs(n) == 1 ? "" : "s")"
        case .thisYear: return "this year"
        case .lastYear: return "last year"
        case .lastUnit(let u): return "last \(u.rawValue)"
        case .thisUnit(let u): return "this \(u.rawValue)"
        case let .since(n, u): return "since − \(n) \(u.rawValue)"
        case let .after(n, u): return "+ \(n) \(u.rawValue)"
        case let .shift(n, u): return n < 0 ? "− \(-n) \(u.rawValue)" : "+ \(n) \(u.rawValue)"
        case let .following(n, u): return "\(n) \(u.rawValue) after"
        case let .preceding(n, u, _): return "\(n) \(u.rawValue) before"
        case .sameTime: return "the time told before"
        }
    }
}

/// A date being read: either its value, or how to count it from an anchor.
struct RawDate {
    var range: Range<Int>
    var value: DateValue?
    var relation: DateRelation? = nil
    var resolution: String? = nil
    var tellsThePreviousTime = false
    var datesItsComplement = false
    /// Counted roughly: « cinq semaines après » (EDTF `~`).
    var roughly = false
    /// The year of a noun ("the 2020 war", « la guerre de 2020 »): no year for a month told without one.
    var qualifiesANoun = false
    var ownsTheNounAfter = false
}

/// Reads the date expressions of one sentence's tokens, left to right.
struct SentenceDates {
    let tokens: [Token]
    let words: DateLexicon.Words
    /// The sentence the tokens were read from (what stands between them: « 15-16 septembre »).
    let text: [Unicode.Scalar]

    init(tokens: [Token], words: DateLexicon.Words, text: [Unicode.Scalar] = []) {
        self.tokens = tokens
        self.words = words
        self.text = text
    }

    /// What joins the day at token `i` to the next as a span: a word of kind `and` (« les 13 et 14 », « du 20 au 22 »,
    /// "13 and 14", "from 20 to 22") and its length, or a dash right between them (« 15-16 septembre »,
    /// "September 15–16"), length 0.
    func dayJoiner(after i: Int) -> Int? {
        if let n = phrase("and", at: i + 1) { return n }
        guard i + 1 < tokens.count, tokens[i].end < tokens[i + 1].start, tokens[i + 1].start <= text.count else { return nil }
        let between = text[tokens[i].end..<tokens[i + 1].start]
        return between.count == 1 && ["-", "–", "‐", "‑"].contains(between.first!) ? 0 : nil
    }

    mutating func parse() -> [RawDate] {
        var found: [RawDate] = []
        var i = 0
        while i < tokens.count {
            if let date = read(at: i) {
                found.append(date)
                i = date.range.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    // MARK: words

    func phrase(_ kind: String, at i: Int) -> Int? {
        for p in words.phrases[kind] ?? [] where i >= 0 && i + p.count <= tokens.count {
            if zip(p, tokens[i..<(i + p.count)]).allSatisfy({ $0 == $1.folded }) { return p.count }
        }
        return nil
    }

    /// A phrase of `kind` that ends just before token `i`: its first token.
    func phrase(_ kind: String, endingBefore i: Int) -> Int? {
        for p in words.phrases[kind] ?? [] where i - p.count >= 0 {
            if zip(p, tokens[(i - p.count)..<i]).allSatisfy({ $0 == $1.folded }) { return i - p.count }
        }
        return nil
    }

    func year(at i: Int) -> Int? {
        guard i < tokens.count, tokens[i].folded.count == 4, let y = Int(tokens[i].folded), (1000...2199).contains(y) else { return nil }
        return y
    }

    func day(at i: Int) -> Int? {
        guard i < tokens.count else { return nil }
        let w = tokens[i].folded
        let suffix = words.ordinalSuffixes.first { w.hasSuffix($0) && w.count > $0.count }
        let digits = suffix.map { String(w.dropLast($0.count)) } ?? w
        guard digits.count <= 2, let d = Int(digits), (1...31).contains(d) else { return nil }
        return d
    }

    func month(at i: Int) -> Int? { i >= 0 && i < tokens.count ? words.months[tokens[i].folded] : nil }

    func number(at i: Int) -> Int? {
        guard i >= 0, i < tokens.count else { return nil }
        if let n = words.numbers[tokens[i].folded] { return n }
        if tokens[i].folded.count <= 3, let n = Int(tokens[i].folded) { return n }
        return nil
    }

    func unit(at i: Int) -> DateUnit? { i >= 0 && i < tokens.count ? words.units[tokens[i].folded] : nil }

    /// The year-introducing words just before token `i`: (first token, approximate).
    func yearIntro(before i: Int) -> (Int, Bool)? {
        for (p, approximate) in words.yearIntroList where i - p.count >= 0 {
            if zip(p, tokens[(i - p.count)..<i]).allSatisfy({ $0 == $1.folded }) { return (i - p.count, approximate) }
        }
        return nil
    }

    /// Token `i` ends its clause: nothing but punctuation follows it before the next word.
    func endsClause(_ i: Int, next: Int) -> Bool { next >= tokens.count || tokens[next].start > tokens[i].end + 1 }

    // MARK: expressions

    func read(at i: Int) -> RawDate? {
        if let date = readAbsolute(at: i) { return widen(date) }
        // « mardi 22 novembre »: the weekday is part of the date that follows it.
        if words.weekdays[tokens[i].folded] != nil, i + 1 < tokens.count, var date = readAbsolute(at: i + 1) {
            date.range = i..<date.range.upperBound
            return widen(date)
        }
        // « mercredi », "on Wednesday" — not « vendredi 30 septembre », whose day and month say more.
        if let n = words.weekdays[tokens[i].folded], day(at: i + 1) == nil, month(at: i + 1) == nil {
            return RawDate(range: i..<(i + 1), value: nil, relation: .weekday(n))
        }
        // "yesterday", « hier ».
        if let n = words.dayShifts[tokens[i].folded] {
            return RawDate(range: i..<(i + 1), value: nil, relation: .dayShift(n))
        }
        return readRelative(at: i)
    }

    /// `depuis` before a date opens a span; `jusqu’en` closes one; « de 2014 à 2022 » is a span.
    func widen(_ date: RawDate) -> RawDate {
        var date = date
        var first = date.range.lowerBound
        // Articles between the preposition and the date (« depuis le 24 février 2022 »).
        if first > 0, words.articles.contains(tokens[first - 1].folded) { first -= 1 }
        if let s = phrase("since", endingBefore: first), let v = date.value, case .point(let p) = v {
            date.value = .span(p, nil)
            date.range = s..<date.range.upperBound
        } else if let s = phrase("until", endingBefore: first), let v = date.value, case .point(let p) = v {
            date.value = .span(nil, p)
            date.range = s..<date.range.upperBound
        }
        return date
    }

    func readAbsolute(at i: Int) -> RawDate? {
        // « les 13 et 14 septembre 2022 », "13 and 14 September": the days from the first to the last.
        if let d = day(at: i), let n = dayJoiner(after: i), let last = day(at: i + 1 + n), last > d,
           let m = month(at: i + 2 + n) {
            return days(d, last, month: m, at: i, end: i + 3 + n)
        }
        // le 12 octobre 2022 / 12 octobre (year from the anchor)
        if let d = day(at: i), let m = month(at: i + 1) {
            if let y = year(at: i + 2) {
                // « le 31 février 2022 » is no day: the month is what the text gives.
                guard d <= EDTF.daysIn(month: m, year: y) else { return RawDate(range: (i + 1)..<(i + 3), value: .point(DatePoint(year: y, month: m))) }
                return RawDate(range: i..<(i + 3), value: .point(DatePoint(year: y, month: m, day: d)))
            }
            return RawDate(range: i..<(i + 2), value: nil, relation: .inAnchorYear(month: m, day: d, approximate: false))
        }
        if let m = month(at: i) {
            // September 13, 2022 / Sept. 13 (year from the anchor), where the language writes it so.
            // Without a year the day must end the phrase: "In March 24 soldiers were killed" is no date.
            // "Sept. 13 and 14, 2022"
            if words.dayAfterMonth, let d = day(at: i + 1), let n = dayJoiner(after: i + 1), let last = day(at: i + 2 + n), last > d,
               year(at: i + 3 + n) != nil || endsClause(i + 2 + n, next: i + 3 + n) {
                return days(d, last, month: m, at: i, end: i + 3 + n)
            }
            if words.dayAfterMonth, let d = day(at: i + 1), d <= EDTF.daysIn(month: m, year: 2000) {
                if let y = year(at: i + 2), d <= EDTF.daysIn(month: m, year: y) {
                    return RawDate(range: i..<(i + 3), value: .point(DatePoint(year: y, month: m, day: d)))
                }
                // ("on Sept. 14 in Batken": after « on » it is a date wherever it stands.)
                if year(at: i + 2) == nil && (endsClause(i + 1, next: i + 2) || phrase("day_intro", endingBefore: i) != nil) {
                    return RawDate(range: i..<(i + 2), value: nil, relation: .inAnchorYear(month: m, day: d, approximate: false))
                }
            }
            if let y = year(at: i + 1) {
                var p = DatePoint(year: y, month: m)
                if let (_, approximate) = yearIntro(before: i), approximate { p.approximate = true }
                return RawDate(range: i..<(i + 2), value: .point(p))
            }
            // octobre dernier / last October: the last such month before the document's date.
            if let n = phrase("last", at: i + 1) {
                return lastMonth(m, range: i..<(i + 1 + n))
            }
            if let s = phrase("last", endingBefore: i) {
                return lastMonth(m, range: s..<(i + 1))
            }
            if let n = phrase("next", at: i + 1) {
                return RawDate(range: i..<(i + 1 + n), value: nil, relation: .nextMonth(m))
            }
            // en janvier: a month of the anchor's year. Needs a preposition: « mai » alone is ambiguous.
            if let (s, approximate) = yearIntro(before: i) {
                return RawDate(range: s..<(i + 1), value: nil, relation: .inAnchorYear(month: m, day: nil, approximate: approximate))
            }
            // « l’agression azerbaïdjanaise de septembre », "the clashes of September": a month after « de »,
            // "of" (never a year: « de 2000 soldats »).
            if let s = phrase("month_intro", endingBefore: i) {
                return RawDate(range: s..<(i + 1), value: nil, relation: .inAnchorYear(month: m, day: nil, approximate: false))
            }
            return nil
        }
        if let y = year(at: i) {
            // les années 1990 → 199X
            if y % 10 == 0, let s = phrase("decades", endingBefore: i) {
                return RawDate(range: s..<(i + 1), value: .point(DatePoint(year: y, decade: true)))
            }
            if let (s, approximate) = yearIntro(before: i) {
                var raw = RawDate(range: i..<(i + 1), value: .point(DatePoint(year: y, approximate: approximate)))
                raw.qualifiesANoun = words.nounYearIntros.contains(tokens[s..<i].map(\.folded))
                return raw
            }
            // "the 2020 war", "a 2015 agreement": between an article and a noun of the lexicon's `year_noun`; « la guerre de
            // 2020 », "the clashes of 2008": after such a noun and « de », "of".
            if i >= 1, i + 1 < tokens.count, words.articles.contains(tokens[i - 1].folded), words.yearNouns.contains(tokens[i + 1].folded) {
                var raw = RawDate(range: i..<(i + 1), value: .point(DatePoint(year: y)))
                raw.qualifiesANoun = true
                return raw
            }
            if let s = phrase("month_intro", endingBefore: i), s >= 1, words.yearNouns.contains(tokens[s - 1].folded) {
                var raw = RawDate(range: s..<(i + 1), value: .point(DatePoint(year: y)))
                raw.qualifiesANoun = true
                return raw
            }
            // « de 2014 à 2022 », « entre 2014 et 2022 »: each year of a span reads on its own;
            // a year standing before punctuation is a year (« (OTSC) en 1992 – »).
            // « de 2014 à 2022 »: the first year of a span whose second ends its clause
            // (« entre 1500 et 2000 soldats » is no span of years).
            if endsClause(i, next: i + 1) || (year(at: i + 2) != nil && endsClause(i + 2, next: i + 3)) || (i >= 2 && year(at: i - 2) != nil && endsClause(i, next: i + 1)) {
                return RawDate(range: i..<(i + 1), value: .point(DatePoint(year: y)))
            }
            return nil
        }
        let w = tokens[i].folded
        // the 1990s
        if let suffix = words.decadeSuffixes.first(where: { w.count == 4 + $0.count && w.hasSuffix($0) }),
           let y = Int(w.dropLast(suffix.count)), (1000...2199).contains(y), y % 10 == 0 {
            return RawDate(range: i..<(i + 1), value: .point(DatePoint(year: y, decade: true)))
        }
        return nil
    }

    /// Days `first` to `last` of month `m`, written from token `i` up to token `end` (excluded); the
    /// year right after them (« septembre 2022 », "Sept. 13 and 14, 2022"), else the anchor's.
    func days(_ first: Int, _ last: Int, month m: Int, at i: Int, end: Int) -> RawDate? {
        if let y = year(at: end) {
            guard last <= EDTF.daysIn(month: m, year: y) else { return nil }
            return RawDate(range: i..<(end + 1), value: .span(DatePoint(year: y, month: m, day: first), DatePoint(year: y, month: m, day: last)))
        }
        guard last <= EDTF.daysIn(month: m, year: 2000) else { return nil }
        return RawDate(range: i..<end, value: nil, relation: .daysInAnchorYear(month: m, first: first, last: last))
    }

    func lastMonth(_ m: Int, range: Range<Int>) -> RawDate {
        RawDate(range: range, value: nil, relation: .lastMonth(m))
    }

    func readRelative(at i: Int) -> RawDate? {
        if let n = phrase("this_year", at: i) { return RawDate(range: i..<(i + n), value: nil, relation: .thisYear) }
        // ("at that time of the year", « à cette époque de l’année »: a season, no time told before.)
        if let n = phrase("same_time", at: i), i + n >= tokens.count || phrase("unit_complement", at: i + n) == nil {
            return RawDate(range: i..<(i + n), value: nil, relation: .sameTime)
        }
        if let n = phrase("last_year", at: i) { return RawDate(range: i..<(i + n), value: nil, relation: .lastYear) }
        // "last week", "last month"; « la semaine dernière », « le mois dernier » (after an article).
        // (Not "the last week of the talks", « la dernière semaine des pourparlers »: a unit « de », "of" completes.)
        func completed(_ k: Int) -> Bool { k < tokens.count && phrase("unit_complement", at: k) != nil }
        if let n = phrase("last", at: i), let u = unit(at: i + n), u == .week || u == .month, !completed(i + n + 1),
           !(i > 0 && words.articles.contains(tokens[i - 1].folded)) {
            return RawDate(range: i..<(i + n + 1), value: nil, relation: .lastUnit(u))
        }
        if let u = unit(at: i), u == .week || u == .month, i > 0, words.articles.contains(tokens[i - 1].folded), let n = phrase("last", at: i + 1),
           !completed(i + 1 + n) {
            return RawDate(range: i..<(i + 1 + n), value: nil, relation: .lastUnit(u))
        }
        // "this month", "earlier this week"; « ce mois-ci », « cette semaine ».
        if let n = phrase("this_unit", at: i), let u = unit(at: i + n), u == .week || u == .month {
            let end = i + n + 1
            return RawDate(range: i..<(end < tokens.count && phrase("this_unit_end", at: end) != nil ? end + 1 : end), value: nil, relation: .thisUnit(u))
        }
        // « il y a deux semaines »: before a duration, counts back as "ago" after one does.
        if let s = phrase("ago_before", endingBefore: i), let n = number(at: i), let u = unit(at: i + 1) {
            return RawDate(range: s..<(i + 2), value: nil, relation: .shift(-n, u))
        }
        // [since|after] NUMBER? UNIT [ago|later|following|preceding]
        var count = 1
        var counted = false
        var k = i
        if let n = number(at: k), unit(at: k + 1) != nil {
            count = n
            counted = true
            k += 1
        } else if unit(at: k) == nil || !(i > 0 && words.articles.contains(tokens[i - 1].folded)) {
            // A unit without a number counts one only after an article: « la décennie qui a suivi ».
            return nil
        }
        guard let unit = unit(at: k) else { return nil }
        // « les années qui ont précédé »: some years, two at least — an approximate span.
        let vague = !counted && i > 0 && words.pluralArticles.contains(tokens[i - 1].folded)
        if vague { count = 2 }
        let afterUnit = k + 1
        // « après dix mois de conflit » counts forward; « depuis trente ans » opens a span.
        if let s = phrase("after", endingBefore: i) { return RawDate(range: s..<afterUnit, value: nil, relation: .after(count, unit)) }
        if let s = phrase("since", endingBefore: i) { return RawDate(range: s..<afterUnit, value: nil, relation: .since(count, unit)) }
        if let n = phrase("ago", at: afterUnit) { return RawDate(range: i..<(afterUnit + n), value: nil, relation: .shift(-count, unit)) }
        // « quatorze ans (jour pour jour) après le début de la guerre », "five weeks after the clashes", "four months after
        // Russia invaded Ukraine": before what it introduces, that event took place that long before the time its sentence
        // gives — roughly, unless told to the day.
        // (Not ending its clause: « trois mois après, la Russie … » counts forward.)
        let exact = phrase("exactly", at: afterUnit) ?? 0
        if counted, let n = phrase("later", at: afterUnit + exact), afterUnit + exact + n < tokens.count,
           !endsClause(afterUnit + exact + n - 1, next: afterUnit + exact + n) {
            var raw = RawDate(range: i..<(afterUnit + exact + n), value: nil, relation: .shift(-count, unit))
            raw.datesItsComplement = true
            raw.roughly = exact == 0
            return raw
        }
        // (A preposition counts forward only closing its clause: "in the week after the announcement" is no week later.)
        if let n = phrase("later", at: afterUnit),
           phrase("after", at: afterUnit) == nil || afterUnit + n >= tokens.count || endsClause(afterUnit + n - 1, next: afterUnit + n) {
            return RawDate(range: i..<(afterUnit + n), value: nil, relation: .shift(count, unit))
        }
        if let n = phrase("following", at: afterUnit) { return RawDate(range: i..<(afterUnit + n), value: nil, relation: .following(count, unit)) }
        if let n = phrase("preceding", at: afterUnit) {
            return RawDate(range: i..<(afterUnit + n), value: nil, relation: .preceding(count, unit, approximate: vague))
        }
        return nil
    }
}
