import Foundation
import KBParsing

/// Runs extraction over a parsed report: entity mentions in every sentence, the assertions they
/// give, and the alignment of footnotes to sentences. Pure: no database.
public struct Extractor: Sendable {
    public let matcher: EntityMatcher
    public let aligner: FootnoteAligner
    public let descriptions: Descriptions
    public let dateFinder: DateFinder
    public let eventFinder: EventFinder
    /// The same machinery over the predicate lexicon, keeping what the text denies or supposes.
    public let relationFinder: EventFinder

    public init(matcher: EntityMatcher, aligner: FootnoteAligner, descriptions: Descriptions = Descriptions(),
                dateFinder: DateFinder = DateFinder(lexicon: DateLexicon()), events: EventLexicon = EventLexicon(),
                modality: ModalityLexicon = ModalityLexicon(), predicates: EventLexicon = EventLexicon(),
                knownEvents: KnownEvents = KnownEvents()) {
        self.matcher = matcher
        self.aligner = aligner
        self.descriptions = descriptions
        self.dateFinder = dateFinder
        var eventFinder = EventFinder(lexicon: events, gazetteer: matcher.gazetteer, modality: modality)
        eventFinder.knownEvents = knownEvents
        self.eventFinder = eventFinder
        var relations = EventFinder(lexicon: predicates, gazetteer: matcher.gazetteer, modality: modality)
        relations.keepsNonFacts = true
        self.relationFinder = relations
    }

    /// Loads what extraction needs from `data/`.
    public init(dataDirectory: URL, lexicon: ParsingLexicon) throws {
        let gazetteer = try Gazetteer(dataDirectory: dataDirectory)
        let dates = try DateLexicon(dataDirectory: dataDirectory, lexicon: lexicon)
        let events = try EventLexicon(dataDirectory: dataDirectory)
        self.init(matcher: EntityMatcher(gazetteer: gazetteer, locatives: try Locatives(dataDirectory: dataDirectory),
                                         prefixes: try WordPrefixes(dataDirectory: dataDirectory)),
                  aligner: try FootnoteAligner(dataDirectory: dataDirectory, lexicon: lexicon),
                  descriptions: try Descriptions(dataDirectory: dataDirectory, gazetteer: gazetteer, numbers: dates.numberWords),
                  dateFinder: DateFinder(lexicon: dates),
                  events: events,
                  modality: try ModalityLexicon(dataDirectory: dataDirectory),
                  predicates: try EventLexicon(predicatesIn: dataDirectory),
                  knownEvents: try KnownEvents(dataDirectory: dataDirectory, gazetteer: gazetteer, types: Set(events.types.keys),
                                               oncePerOrganization: Set(events.types.values.filter(\.oncePerOrganization).map(\.name))))
    }

    public var gazetteer: Gazetteer { matcher.gazetteer }
    /// How many sentences back « les deux pays » may find the pair named together.
    public var pairWindow = 8

    /// The last two states a sentence names side by side with a conjunction between them (articles
    /// aside): « le Kirghizstan et le Tadjikistan », « entre Bakou et Erevan », "Armenia and Azerbaijan".
    /// A combining form names a pair too (« le partenariat sino-russe »: China and Russia). `before`
    /// limits them to the pairs ending before that offset.
    func coordinatedStates(_ mentions: [EntityMention], tokens: [Token], language: String?, before: Int = .max) -> (Int, Int)? {
        let lexicon = eventFinder.lexicon
        let states = namedStates(mentions, before: before)
        for (a, b) in zip(states, states.dropFirst()).reversed() where a.entity != b.entity {
            if a.start == b.start && a.end == b.end { return (a.entity, b.entity) }
            let between = tokens.indices.filter { tokens[$0].start >= a.end && tokens[$0].end <= b.start }
            // (« du Tadjikistan et du Kirghizstan »: a repeated « de » as well.)
            guard between.contains(where: { lexicon.isWord(tokens[$0], .conjunction, language: language) }),
                  between.allSatisfy({ k in lexicon.isWord(tokens[k], .conjunction, language: language) || lexicon.isArticle(tokens[k], language: language)
                      || lexicon.slots(at: k, in: tokens, language: language).map { $0.slots == ["genitive"] && $0.length == 1 } == true })
            else { continue }
            return (a.entity, b.entity)
        }
        return nil
    }

    /// The mentions of states as actors by their own names (not by a description), ending before `before`.
    func namedStates(_ mentions: [EntityMention], before: Int = .max) -> [EntityMention] {
        mentions.filter { $0.aliasKind != .description && $0.function == .actor && gazetteer.entities[$0.entity].kind == .state && $0.end <= before }
    }

    public func extract(_ report: ParsedReport) -> DocumentExtraction {
        var mentions: [[EntityMention]] = []
        mentions.reserveCapacity(report.sentences.count)
        var assertions: [ExtractedAssertion] = []
        let language = report.metadata.language
        // Entity → (index of the sentence that named it last, its section), for descriptions.
        var lastNamed: [Int: (sentence: Int, section: Int, start: Int)] = [:]
        // The last two states named together (« le Kirghizstan et le Tadjikistan »), for « les deux pays ».
        var lastPair: (pair: (Int, Int), sentence: Int, section: Int)? = nil
        // The demonyms of private groups each sentence names (« des touristes russes »), apart from its actors.
        var privateGroups: [[EntityMention]] = []
        for (index, sentence) in report.sentences.enumerated() {
            let scalars = Array(sentence.text.unicodeScalars)
            let tokens = Tokenizer.tokens(scalars)
            var found = Self.withoutTitlesOfOthers(matcher.mentions(in: scalars, tokens: tokens, language: language),
                                                   scalars: scalars, tokens: tokens, gazetteer: gazetteer,
                                                   isDateWord: { dateFinder.isDateWord($0, language: language) })
            found = Self.withPeersOfTheirOffice(found, tokens: tokens, gazetteer: gazetteer,
                                                isPeer: { eventFinder.lexicon.isWord($0, .peer, language: language) },
                                                isConjunction: { eventFinder.lexicon.isWord($0, .conjunction, language: language) })
            let named = found
            found = Self.withoutPrivateGroups(found, tokens: tokens, gazetteer: gazetteer,
                                              isPrivate: { eventFinder.lexicon.isWord($0, .privateGroup, language: language) },
                                              isFunctionWord: { eventFinder.lexicon.isFunctionWord($0, language: language) })
            // (« des civils russes » still names Russia — kept among the sentence's mentions — but no actor of its events.)
            privateGroups.append(named.filter { !found.contains($0) })
            found = Self.withoutNamesInsideOrganizations(found, gazetteer: gazetteer)
            var recent: [Int: Int] = [:]
            for (entity, seen) in lastNamed where seen.section == sentence.section && index - seen.sentence <= descriptions.window {
                recent[entity] = seen.sentence * Descriptions.sentenceStride + seen.start
            }
            // The two states this sentence names before it (« l’envol des exportations chinoises vers la
            // Russie … l’alliance informelle entre les deux pays »), else the pair named together last.
            let pair = { (position: Int) -> (Int, Int)? in
                var before: [Int] = []
                for m in self.namedStates(found, before: position) where !before.contains(m.entity) { before.append(m.entity) }
                if let coordinated = self.coordinatedStates(found, tokens: tokens, language: language, before: position) { return coordinated }
                // ("granted candidate status to Ukraine and Moldova. The decision, taken four months after Russia invaded
                // Ukraine, … could see both countries join the EU": a pair named together in the sentence right before
                // goes before two states this one names apart.)
                if before.count == 2, let last = lastPair, last.section == sentence.section, index - last.sentence == 1,
                   Set([last.pair.0, last.pair.1]) != Set(before) { return last.pair }
                if before.count == 2 { return (before[0], before[1]) }
                // With one state named before it, an earlier pair that has that state tells the pair only from the
                // sentence right before ("fled to Kazakhstan and Georgia" a paragraph before "Georgia has reported
                // … between the two neighbours" does not); a pair without it is still the one a third party speaks
                // of (« Moscou a demandé aux deux pays »).
                return lastPair.flatMap { last in
                    let withIt = before.count == 1 && (last.pair.0 == before[0] || last.pair.1 == before[0])
                    guard last.section == sentence.section, index - last.sentence <= (withIt ? 1 : self.pairWindow) else { return nil }
                    return last.pair
                }
            }
            var unresolvedPairs: [Range<Int>] = []
            let described = descriptions.mentions(tokens: tokens, scalars: scalars, named: found, recent: recent, pair: pair,
                                                  gazetteer: matcher.gazetteer, language: language, unresolved: { unresolvedPairs.append($0) })
            // "the two former Soviet republics" with no pair in reach names no post-Soviet space, no Soviet Union: nor a
            // name overlapping it (« les deux anciennes républiques soviétiques »), nor one inside that name.
            let unnamed = found.filter { m in unresolvedPairs.contains { $0.lowerBound < m.end && m.start < $0.upperBound } }
            found = found.filter { m in !unnamed.contains { $0.start <= m.start && m.end <= $0.end } }
            if !described.isEmpty {
                // A description stands for the names within it ("Both former Soviet republics"), or starting within it
                // (« ces républiques d’Asie centrale », whose region's name opens with the group's noun).
                found = found.filter { m in !described.contains { $0.start <= m.start && (m.end <= $0.end || m.start < $0.end) } }
                found = (found + described).sorted { $0.start < $1.start }
            }
            // A state's demonym is an adjective (« des bases militaires russes »): no antecedent for « ces deux
            // derniers » or « ces pays ».
            for m in found where m.aliasKind != .description && !(m.aliasKind == .demonym && matcher.gazetteer.entities[m.entity].kind == .state) {
                lastNamed[m.entity] = (index, sentence.section, m.start)
            }
            if let coordinated = coordinatedStates(found, tokens: tokens, language: language) {
                lastPair = (coordinated, index, sentence.section)
            }
            mentions.append(found)
            assertions += Self.coMentions(found, sentence: sentence.ordinal)
        }
        var (events, dates) = eventFinder.events(in: report, mentions: mentions, dates: dateFinder.dates(in: report))
        assertions += typedAssertions(report: report, mentions: mentions, dates: dates, events: events)
        let alignments = aligner.align(report, mentions: mentions, matcher: matcher)
        dateByKnownEventsOfFootnotes(&events, report: report, alignments: alignments)
        let footnotes = Self.footnotesBySentence(alignments)
        dateFromFootnotes(&events, report: report, footnotesBySentence: footnotes)
        dateByObjectFromFootnotes(&events, report: report, footnotesBySentence: footnotes)
        assertions += assertionsFromEvents(events, told: assertions, report: report)
        dateByEvents(&assertions, events: events)
        let stored = zip(mentions, privateGroups).map { ($0 + $1).sorted { $0.start < $1.start } }
        return DocumentExtraction(mentions: stored, assertions: assertions, alignments: alignments,
                                  dates: dates, events: events)
    }

    /// What an event states between its sides (event-types.tsv `relation`), in each sentence that tells it naming two
    /// of them, when no assertion of that sentence links them already by that predicate: « les combats entre le
    /// Kirghizstan et le Tadjikistan » told as the time of a truce. Sides are those the sentence names in a role of
    /// their own (parties; aggressor and target; a mediator and each party), no region; persons pair with persons,
    /// states and organizations with their like.
    func assertionsFromEvents(_ events: [ExtractedEvent], told: [ExtractedAssertion], report: ParsedReport) -> [ExtractedAssertion] {
        var result: [ExtractedAssertion] = []
        var linked = Set<String>()
        func key(_ sentence: Int, _ predicate: String, _ a: Int, _ b: Int) -> String { "\(sentence) \(predicate) \(min(a, b)) \(max(a, b))" }
        for a in told where a.kind == .extracted { if let o = a.object { linked.insert(key(a.sentence, a.predicate, a.subject, o)) } }
        let isPerson = { (e: Int) in self.gazetteer.entities[e].kind == .person }
        /// (A region is no side: "the Western sanctions imposed over the war in Ukraine" puts the West in no war.)
        let isSide = { (e: Int) in [.state, .organization, .person].contains(self.gazetteer.entities[e].kind) }
        for event in events {
            guard let type = eventFinder.lexicon.types[event.type], let predicate = type.relation, relationFinder.lexicon.types[predicate] != nil else { continue }
            for m in event.mentions where !m.anaphoric && !m.negated && m.cues.isDisjoint(with: [.hypothetical, .purpose, .avoiding]) {
                var pairs: [(Int, Int)] = []
                if type.symmetric {
                    let roles: Set<EventRole> = type.hostile ? [.party, .aggressor, .target] : [.party]
                    var sides: [Int] = []
                    for p in m.participants where roles.contains(p.role) && isSide(p.entity) && !sides.contains(p.entity) { sides.append(p.entity) }
                    for (i, a) in sides.enumerated() { for b in sides[(i + 1)...] where isPerson(a) == isPerson(b) && !sameSide(a, b) { pairs.append((a, b)) } }
                } else {
                    for a in m.participants where a.role == type.agentRole && isSide(a.entity) {
                        // (Not to the states along whose border it happens: on which side is not told.)
                        for b in m.participants where b.role == type.patientRole && isSide(b.entity) && b.entity != a.entity && isPerson(a.entity) == isPerson(b.entity)
                            && !sameSide(a.entity, b.entity) && !m.alongBorder.contains(b.entity) {
                            pairs.append((a.entity, b.entity))
                        }
                    }
                }
                for (a, b) in pairs where linked.insert(key(m.sentence, predicate, a, b)).inserted {
                    var assertion = ExtractedAssertion(sentence: m.sentence, subject: a, predicate: predicate, object: b, kind: .extracted)
                    assertion.trigger = m.trigger
                    assertion.date = event.date
                    assertion.triggerTokens = m.tokenRange
                    assertion.modality = Self.modality(of: m, in: report.sentences[m.sentence].text)
                    result.append(assertion)
                }
            }
        }
        return result
    }

    /// An assertion its sentence leaves undated takes the date of the event its trigger tells, when that event is
    /// dated (by its text, its context, a known event or a footnote) and has both its sides among its participants:
    /// « la récente visite à Erevan de Nancy Pelosi » — Pelosi visits Armenia, 2022-09-17/2022-09-19, as the visit. One its
    /// sentence dates roughly, by counting, takes the date of the known event its trigger tells.
    func dateByEvents(_ assertions: inout [ExtractedAssertion], events: [ExtractedEvent]) {
        var told: [Int: [(range: Range<Int>, event: Int)]] = [:]
        for (e, event) in events.enumerated() where event.date != nil {
            for m in event.mentions { told[m.sentence, default: []].append((m.tokenRange, e)) }
        }
        /// A date counted roughly ("three months after Russia invaded Ukraine": 2022-02~).
        func rough(_ d: DateValue?) -> Bool { if case .point(let p)? = d { return p.approximate }; return false }
        for i in assertions.indices where (assertions[i].date == nil || rough(assertions[i].date)) && assertions[i].kind == .extracted {
            guard let range = assertions[i].triggerTokens, let candidates = told[assertions[i].sentence] else { continue }
            let a = assertions[i]
            let found = candidates.first { c in
                guard c.range.overlaps(range) else { return false }
                // (A rough date gives way only to the known event it was counted to: the invasion of 2022-02-24.)
                if a.date != nil && events[c.event].dateBasis != .known { return false }
                let sides = eventFinder.identities(events[c.event].participants)
                return [a.subject, a.object].compactMap { $0 }.allSatisfy { x in sides.contains { $0 == x || sameSide($0, x) } }
            }
            if let found { assertions[i].date = events[found.event].date }
        }
    }

    /// An event still undated is looked for among the known events as the news articles backing its sentences
    /// would tell it: at each footnote's publication date (`…/2022/09/20/…`), its events of those days — its sentence's
    /// footnotes first, then those of the rest of its paragraph (a marker may close the sentence after the one it backs:
    /// « Si la frontière commune entre ces républiques … cette nouvelle éruption de violences » and the article of
    /// 2022-09-20 on the clashes).
    func dateByKnownEventsOfFootnotes(_ events: inout [ExtractedEvent], report: ParsedReport, alignments: [FootnoteAlignment?]) {
        var own: [Int: [(start: String, end: String)]] = [:], ofParagraph: [Int: [(sentence: Int, time: (start: String, end: String))]] = [:]
        for (k, a) in alignments.enumerated() {
            guard let a, let point = URLDate.of(report.footnotes[k].url), let bounds = EDTF.bounds(point.edtf) else { continue }
            own[a.sentence, default: []].append(bounds)
            ofParagraph[report.sentences[a.sentence].paragraph, default: []].append((a.sentence, bounds))
        }
        var references = own
        for (s, sentence) in report.sentences.enumerated() {
            let others = (ofParagraph[sentence.paragraph] ?? []).filter { $0.sentence != s }.map(\.time)
            if !others.isEmpty { references[s, default: []] += others }
        }
        guard !references.isEmpty, eventFinder.dateByKnownEvents(&events, report: report, references: references, undatedOnly: true) else { return }
        eventFinder.dateByNeighbours(&events, report: report)
    }

    /// The footnotes aligned to each sentence, in order.
    static func footnotesBySentence(_ alignments: [FootnoteAlignment?]) -> [Int: [Int]] {
        var result: [Int: [Int]] = [:]
        for (k, a) in alignments.enumerated() { if let a { result[a.sentence, default: []].append(k) } }
        return result
    }

    /// A punctual event its text leaves undated takes, as an approximate date, the publication date in the URL
    /// of a footnote aligned to one of its sentences (`…/2022/11/22/…` → `2022-11-22~`), best evidence first.
    func dateFromFootnotes(_ events: inout [ExtractedEvent], report: ParsedReport, footnotesBySentence: [Int: [Int]]) {
        // A war is no day: only punctual events take a publication date.
        for e in events.indices where events[e].date == nil && eventFinder.lexicon.types[events[e].type]?.durative == false {
            let event = events[e]
            guard let (k, point) = event.mentionsBestFirst.lazy.compactMap({ m in
                (footnotesBySentence[m.sentence] ?? []).lazy
                    .filter { k in self.urlTells(report.footnotes[k].url, event, sentence: report.sentences[m.sentence].text) }
                    .compactMap { k in URLDate.of(report.footnotes[k].url).map { (k, $0) } }.first
            }).first else { continue }
            date(&events[e], byFootnote: k, published: point, report: report)
        }
    }

    /// Dates `event` by the publication date `point` of footnote `k`, approximately, noting which and, when given, why.
    func date(_ event: inout ExtractedEvent, byFootnote k: Int, published point: DatePoint, report: ParsedReport, because reason: String? = nil) {
        var approximate = point
        approximate.approximate = true
        let f = report.footnotes[k]
        event.date = .point(approximate)
        event.dateBasis = .footnote
        event.dateNote = "publication date in footnote \(f.ordinal) of page \(f.page)\(reason.map { ", \($0)" } ?? ""): \(f.url)"
    }

    /// A statement dated only roughly by what it is about (`dated_by_object`: « n’a pas hésité à ouvertement condamner
    /// l’annexion des provinces ukrainiennes » → 2022-09-30~) came after that event and before the news articles that report
    /// it: a footnote of its sentence published in the month after that event (`…/20221001-les-ex-republiques-sovietiques-
    /// inquietes-apres-l-annexion…`) dates it closer, as `2022-10-01~`. An article published before the event, or long
    /// after it, says nothing of when the statement was made.
    func dateByObjectFromFootnotes(_ events: inout [ExtractedEvent], report: ParsedReport, footnotesBySentence: [Int: [Int]]) {
        for e in events.indices where events[e].dateBasis == .event && eventFinder.lexicon.types[events[e].type]?.datedByObject == true {
            guard case .point(let about)? = events[e].date, about.approximate, let from = EDTF.bounds(about.edtf)?.start else { continue }
            let found = events[e].mentionsBestFirst.flatMap { footnotesBySentence[$0.sentence] ?? [] }.lazy.compactMap { k -> (Int, DatePoint)? in
                guard let point = URLDate.of(report.footnotes[k].url), let day = EDTF.bounds(point.edtf)?.start,
                      case let days = self.eventFinder.daysBetween(from, day), days >= 0, days <= Self.reportingWindow else { return nil }
                return (k, point)
            }.first
            guard let (k, point) = found else { continue }
            let reason = "after the event it is \(events[e].dateNote ?? "about")"
            date(&events[e], byFootnote: k, published: point, report: report, because: reason)
        }
    }

    /// How many days after an event a news article still dates what was said about it.
    static let reportingWindow = 31

    /// Whether a footnote's URL is about the event: a word of its path shares its first five letters
    /// with the event's trigger (`gazprom-menace-la-moldavie` for « a menacé »), not only with a
    /// participant's name (an article on « la guerre en Ukraine » dates no annexation).
    /// Nor when a word of the `subsequent` class stands right before it: `…-inquietes-apres-l-annexion-…` was
    /// written after the annexation, its date is not the annexation's.
    /// So does one that shares a telling number with the sentence (`…-jusqu-a-9000-soldats-russes-…` for « un groupe
    /// d’armées … composé d’environ 9 000 soldats »): a count reports that very fact.
    public func urlTells(_ url: String, _ event: ExtractedEvent, sentence: String = "") -> Bool {
        var words = Set<String>()
        for m in event.mentions { words.formUnion(Tokenizer.tokens(m.trigger).map(\.folded)) }
        let stems = Set(words.filter { $0.count >= 5 }.map { String($0.prefix(5)) })
        let path = (url.removingPercentEncoding ?? url).split(separator: "/").dropFirst(2).joined(separator: " ")
        let tokens = Tokenizer.tokens(path)
        let lexicon = eventFinder.lexicon
        let numbers = Self.tellingNumbers(sentence)
        let tells = tokens.indices.filter { (tokens[$0].folded.count >= 5 && stems.contains(String(tokens[$0].folded.prefix(5))))
            || (FootnoteAligner.isTellingNumber(tokens[$0].folded) && numbers.contains(tokens[$0].folded)) }
        return !tells.isEmpty && !tells.contains { i in
            (max(0, i - 3)..<i).contains { k in lexicon.languages.keys.contains { lexicon.isWord(tokens[k], .subsequent, language: $0) } }
        }
    }

    /// How a mention's sentence tells it: a question (the sentence ends in « ? »), speculative (hypothetical, a purpose),
    /// reported, hedged (a hedge, a generic statement), or asserted.
    static func modality(of m: EventMention, in sentence: String) -> ExtractedAssertion.Modality {
        if sentence.trimmingBlanks().hasSuffix("?") { return .question }
        if !m.cues.isDisjoint(with: [.hypothetical, .purpose]) { return .speculative }
        if m.cues.contains(.reported) { return .reported }
        if m.cues.contains(.hedge) || m.cues.contains(.generic) { return .hedged }
        return .asserted
    }

    /// The numbers of three or four digits a sentence gives, a thousands group joined (« 9 000 » → 9000, "2,000" → 2000),
    /// no year among them, nor a group alone (« 000 »).
    public static func tellingNumbers(_ sentence: String) -> Set<String> {
        let tokens = Tokenizer.tokens(sentence).map(\.folded)
        var found = Set<String>()
        for (i, t) in tokens.enumerated() where t.allSatisfy(\.isNumber) {
            if (1...3).contains(t.count), i + 1 < tokens.count, tokens[i + 1].count == 3, tokens[i + 1].allSatisfy(\.isNumber) { found.insert(t + tokens[i + 1]) }
            found.insert(t)
        }
        return found.filter { FootnoteAligner.isTellingNumber($0) && !$0.hasPrefix("0") }
    }

    /// Who does what to whom, sentence by sentence: each trigger of the predicate lexicon with the
    /// subject (its agent) and objects (everyone else in a role) the words around it give; a symmetric
    /// predicate pairs every participant. Polarity and modality come from the words before the
    /// trigger (`modality.tsv`); a sentence ending in `?` is a question.
    /// Who does the event told right after `m`'s trigger, in its sentence (at most two words between,
    /// « condamner l’invasion »): the agents of a one-sided event (the invader of « l’invasion de l’Ukraine »,
    /// found in the sentence or in the event it merged into).
    /// What `found` gives of the first event told right after `m`'s trigger (within two words, same sentence)
    /// for which it gives anything.
    /// `reach`: how far after the trigger the event may be told (by default two words).
    func firstEvent<T>(after m: EventMention, in events: [ExtractedEvent], reach: Int = 2, _ found: (ExtractedEvent, EventMention) -> T?) -> T? {
        events.compactMap { event -> (Int, T)? in
            guard let told = event.mentions.first(where: { $0.sentence == m.sentence && $0.tokenRange.lowerBound >= m.tokenRange.upperBound
                                                            && $0.tokenRange.lowerBound - m.tokenRange.upperBound <= reach }),
                  let value = found(event, told) else { return nil }
            return (told.tokenRange.lowerBound, value)
        }.min { $0.0 < $1.0 }?.1
    }

    /// "condemned what she called illegal and deadly attacks by Azerbaijan", « a condamné ce qu’il a qualifié
    /// d’agression »: past a naming frame (event-roles `naming_frame`, with the pronoun or name and auxiliaries it
    /// takes) and two qualifying words, the event it names is the trigger's. The reach that gives, in tokens.
    func reachPastANamingFrame(_ m: EventMention, tokens: [Token], language: String?) -> Int {
        let lexicon = eventFinder.lexicon
        var k = m.tokenRange.upperBound
        var framed = false
        while k < tokens.count, k - m.tokenRange.upperBound < 8,
              lexicon.isWord(tokens[k], .namingFrame, language: language) || lexicon.isWord(tokens[k], .pronoun, language: language)
                || lexicon.isWord(tokens[k], .auxiliary, language: language) {
            if lexicon.isWord(tokens[k], .namingFrame, language: language) { framed = true }
            k += 1
        }
        return framed ? k - m.tokenRange.upperBound + 3 : 2
    }

    func doers(ofEventAfter m: EventMention, in events: [ExtractedEvent], tokens: [Token] = [], language: String? = nil) -> [Int] {
        firstEvent(after: m, in: events, reach: tokens.isEmpty ? 2 : reachPastANamingFrame(m, tokens: tokens, language: language)) { event, _ -> [Int]? in
            guard let type = eventFinder.lexicon.types[event.type] else { return nil }
            // (A two-sided event has a doer only when the text gives one: "attacks by Azerbaijan".)
            let doers = event.participants.filter { $0.role == (type.symmetric ? .aggressor : type.agentRole) }.map(\.entity)
            return doers.isEmpty ? nil : doers
        } ?? []
    }

    /// The territory of the event told right after `m`: its place when a territory, else a region it is
    /// about (« l’annexion des quatre oblasts ukrainiens »).
    /// When the text denies that event (« n’a jamais reconnu l’annexion de la Crimée » leaves no annexation
    /// among the events), the predicate mention told right after it, from `told`, gives the territory.
    func territory(ofEventAfter m: EventMention, in events: [ExtractedEvent], told others: [EventMention] = []) -> Int? {
        let kinds: Set<EntityKind> = [.place, .region]
        func territory(_ told: EventMention, place: Int?) -> Int? {
            if let place = told.place ?? place, kinds.contains(gazetteer.entities[place].kind) { return place }
            return told.participants.first(where: { kinds.contains(gazetteer.entities[$0.entity].kind) })?.entity
        }
        if let found = firstEvent(after: m, in: events, { event, told in territory(told, place: event.place) }) { return found }
        return others.filter { $0.sentence == m.sentence && $0.tokenRange.lowerBound >= m.tokenRange.upperBound && $0.tokenRange.lowerBound - m.tokenRange.upperBound <= 2 }
            .min { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }.flatMap { territory($0, place: nil) }
    }

    /// The sides of the two-sided event (a ceasefire, a clash, talks) that `m`'s sentence tells nearest to its
    /// trigger, in its own clause first (« la Turquie a proposé sa médiation, alors que la guerre entre la Russie
    /// et l'Ukraine se poursuivait » tells another clause's war), as that sentence names them — or, for a mention
    /// that names no one ("the fighting could derail peace talks mediated by the EU"), as the event it tells
    /// names them; none unless it names two besides who acts ("reached without outside mediation" mediates
    /// nothing).
    func sides(ofEventNear m: EventMention, in events: [ExtractedEvent], tokens: [Token], language: String?) -> [Int] {
        let told = events.flatMap { event -> [(mention: EventMention, participants: [EventParticipant])] in
            guard eventFinder.lexicon.types[event.type]?.symmetric == true else { return [] }
            return event.mentions.filter { $0.sentence == m.sentence }.map { ($0, $0.anaphoric ? event.participants : $0.participants) }
        }
        let lexicon = eventFinder.lexicon
        func distance(_ e: EventMention) -> Int {
            let between = min(e.tokenRange.upperBound, m.tokenRange.upperBound)..<max(e.tokenRange.lowerBound, m.tokenRange.lowerBound)
            let otherClause = between.contains { k in
                k < tokens.count && (lexicon.isWord(tokens[k], .complementizer, language: language) || lexicon.isWord(tokens[k], .subordinator, language: language))
            }
            return between.count + (otherClause ? tokens.count : 0)
        }
        for e in told.sorted(by: { distance($0.mention) < distance($1.mention) }) {
            let sides = eventFinder.sides(of: e.participants, besides: m)
            if sides.count >= 2 { return sides }
        }
        return []
    }

    func typedAssertions(report: ParsedReport, mentions: [[EntityMention]], dates: [[DateMention]],
                         events: [ExtractedEvent] = []) -> [ExtractedAssertion] {
        var result: [ExtractedAssertion] = []
        var seen = Set<String>()
        let all = relationFinder.mentions(in: report, entities: mentions, dates: dates)
        /// The sides of the text's hostile events (wars, clashes, invasions): who is in conflict with whom.
        let hostilePairs = Set(events.compactMap { eventFinder.conflictSides($0.type, $0.participants) })
        // The words of a sentence, read once for all its mentions that need them.
        var tokenized: [Int: [Token]] = [:]
        func tokens(of sentence: Int) -> [Token] {
            if let known = tokenized[sentence] { return known }
            let words = Tokenizer.tokens(report.sentences[sentence].text)
            tokenized[sentence] = words
            return words
        }
        for var m in all {
            guard let type = relationFinder.lexicon.types[m.type] else { continue }
            // What is avoided is neither asserted nor denied: no assertion (« éviter les sanctions occidentales »).
            if m.cues.contains(.avoiding) { continue }
            // « condamner l’invasion de l’Ukraine »: with no object named, the object is the event's doer.
            if type.objectFromEvent, !m.participants.contains(where: { $0.role != type.agentRole }) {
                for doer in doers(ofEventAfter: m, in: events, tokens: tokens(of: m.sentence), language: report.metadata.language)
                where !m.participants.contains(where: { sameSide($0.entity, doer) }) {
                    m.participants.append(EventParticipant(entity: doer, role: type.patientRole))
                }
            }
            if type.objectFromEventTerritory, !m.participants.contains(where: { $0.role != type.agentRole }),
               let territory = territory(ofEventAfter: m, in: events, told: all) {
                m.participants.append(EventParticipant(entity: territory, role: type.patientRole))
            }
            if type.objectFromEventSides, !m.participants.contains(where: { $0.role != type.agentRole }) {
                var found = sides(ofEventNear: m, in: events, tokens: tokens(of: m.sentence), language: report.metadata.language)
                if found.isEmpty && !eventFinder.mentionsTwoSided(m.sentence, events) { found = eventFinder.sides(ofConflictToldBefore: m, in: events, report: report) }
                for side in found where !m.participants.contains(where: { sameSide($0.entity, side) }) {
                    m.participants.append(EventParticipant(entity: side, role: type.patientRole))
                }
            }
            let sentence = report.sentences[m.sentence]
            let modality = Self.modality(of: m, in: sentence.text)
            let polarity: ExtractedAssertion.Polarity = m.negated ? .negative : .positive
            var pairs: [(Int, Int?)] = []
            /// The host of talks and each side it mediates between, with the predicate its trigger gives (`host`).
            var hosted: [(Int, Int)] = []
            var hostedPredicate: String? = nil
            if type.symmetric {
                var order: [Int] = []
                // "Pashinyan and Aliyev met in Astana": the state whose city is where they meet hosts them; it is no side of
                // the relation unless the sentence names it otherwise.
                // (A meeting's, a cooperation's: where a clash happens is its target's.)
                let host = type.cooperative ? m.place.flatMap { place in gazetteer.entities[place].kind == .state ? place : eventFinder.locatedIn(place) } : nil
                // (Named in the event's own clause: « … (et qui a permis d’entamer des pourparlers entre les deux pays
                // rivaux du Caucase à Washington) atteste du regain d’intérêt des Américains » holds no talks with them.)
                let scalars = Array(sentence.text.unicodeScalars)
                let words = tokens(of: m.sentence)
                /// (Not the capital that names the place: « entre l’Arménie et l’Azerbaïdjan à Washington ».)
                func namesThePlace(_ n: EntityMention) -> Bool {
                    guard n.aliasKind == .capital, let k = words.firstIndex(where: { $0.start == n.start }), k > 0 else { return false }
                    return eventFinder.lexicon.slots(at: k - 1, in: words, language: report.metadata.language)?.slots.contains("place") == true
                }
                /// Whether strong punctuation stands between the mention and the trigger (another clause).
                func anotherClause(_ n: EntityMention) -> Bool {
                    let (lower, upper) = (min(n.end, m.end), min(max(n.start, m.start), scalars.count))
                    return lower < upper && scalars[lower..<upper].contains { ";:()–—?!".unicodeScalars.contains($0) }
                }
                let namedHost = host.map { h in mentions[m.sentence].contains { n in
                    n.entity == h && n.function == .actor && !namesThePlace(n) && !anotherClause(n)
                } } ?? false
                // (Who they are allies or partners within is no side: « alliés des États-Unis au sein de l’Alliance atlantique ».)
                for p in m.participants where !order.contains(p.entity) && (p.entity != host || namedHost) && p.role != .host { order.append(p.entity) }
                // Never a person with the state or organization they act for (Putin and Russia are one side);
                // and when both are named, persons pair with persons and states with states (« la rencontre
                // trilatérale entre le président russe et ses homologues »: Putin–Rahmon and Russia–Tajikistan,
                // not Putin–Tajikistan).
                // (A state whose person is named is represented by that person: "Putin met Chinese leader Xi
                // Jinping" pairs Putin with Xi, not with China.)
                func isPerson(_ x: Int) -> Bool { gazetteer.entities[x].kind == .person }
                func represented(_ x: Int) -> Bool { order.contains { sameSide(x, $0) && (isPerson(x) || isPerson($0)) } }
                // « Le Kazakhstan entretient des relations avec la Chine, l’UE et les États-Unis »: with a subject, those
                // named after the verb pair with it, not with one another.
                let listed = order.contains { !m.afterVerb.contains($0) } ? m.afterVerb : []
                for a in order.indices {
                    for b in order.indices where b > a && !sameSide(order[a], order[b]) && !(listed.contains(order[a]) && listed.contains(order[b]))
                        && !(m.otherSide.contains(order[a]) && m.otherSide.contains(order[b]))
                        // (Nor, the noun's other side named, those on the side that holds it: « Le Royaume-Uni et la France,
                        // alliés des États-Unis » are no allies of one another by it.)
                        && !(!m.otherSide.isEmpty && !m.otherSide.contains(order[a]) && !m.otherSide.contains(order[b])) {
                        let (x, y) = (order[a], order[b])
                        let crossed = isPerson(x) != isPerson(y) && (represented(x) || represented(y))
                        if !crossed { pairs.append((x, y)) }
                    }
                }
                // « des pourparlers entre les deux pays rivaux du Caucase à Washington »: the state hosting talks between
                // two sides, and named no other way, mediates between them (its trigger's `host` predicate).
                // Only between two sides, states or their people, and no one else named with them: an organization's talks
                // may be at its seat ("talks between the EU and Russia in Brussels"), and a third leader named with the
                // sides ("in Prague, with Macron and Michel", "hosted by Charles Michel") is who brings them together.
                var sides: [Int] = []
                for x in order where !sides.contains(where: { sameSide($0, x) }) { sides.append(x) }
                // (A city that is an organization's seat hosts that organization's mediation: talks between Armenia and
                // Azerbaijan in Brussels are the EU's, not Belgium's — `seat_of` in places.tsv.)
                let seat = m.place.flatMap { gazetteer.entities[$0].attributes["seat_of"] }?.split(separator: "|").first.flatMap { gazetteer.index[String($0)] }
                // (Between two sides in conflict only — told as rivals in the sentence, or at war or clashing in the text: "Tokayev
                // and Mirziyoyev held talks in Moscow" is no Russian mediation.)
                let inConflict = sides.count == 2 && (tokens(of: m.sentence).contains { eventFinder.lexicon.isWord($0, .rival, language: report.metadata.language) }
                    || hostilePairs.contains(Set(sides.map(gazetteer.side))))
                if let hosting = m.hostPredicate, let host = seat ?? host, !namedHost, !order.contains(where: { sameSide($0, host) }),
                   sides.count == 2, inConflict, !order.contains(where: { ![.state, .person].contains(gazetteer.entities[$0].kind) }),
                   !pairs.isEmpty, relationFinder.lexicon.types[hosting] != nil {
                    for side in order where pairs.contains(where: { $0.0 == side || $0.1 == side }) { hosted.append((host, side)) }
                    hostedPredicate = hosting
                }
            } else {
                // "The CSTO groups Russia, Belarus…": the trigger names the predicate the other way round.
                let subjects = m.participants.filter { ($0.role == type.agentRole) != m.reversed }.map(\.entity)
                let objects = m.participants.filter { ($0.role != type.agentRole) != m.reversed }.map(\.entity)
                    .filter { o in !subjects.contains { sameSide($0, o) } }
                // « l’Arménie et l’Azerbaïdjan reconnaissent mutuellement leur intégrité territoriale », "accused each
                // other": with a reciprocal word by the trigger and no object, each subject does it to the others.
                let reciprocal = objects.isEmpty && subjects.count >= 2 && {
                    let words = tokens(of: m.sentence)
                    let near = max(0, m.tokenRange.lowerBound - 2)..<min(words.count, m.tokenRange.upperBound + 3)
                    // ("accused each other's allies": not each other.)
                    return near.contains { k in
                        let n = eventFinder.lexicon.wordLength(words, at: k, .reciprocal, language: report.metadata.language)
                        return n > 0 && !(k + n < words.count && eventFinder.lexicon.isWord(words[k + n], .possessiveClitic, language: report.metadata.language))
                    }
                }()
                for s in subjects {
                    let others = (reciprocal ? subjects.filter { o in !sameSide(s, o) } : objects).filter { $0 != s }
                    if others.isEmpty { pairs.append((s, nil)) }
                    for o in others { pairs.append((s, o)) }
                }
            }
            for (subject, object, predicate) in pairs.map({ ($0.0, $0.1, m.type) }) + hosted.map({ ($0.0, Optional($0.1), hostedPredicate ?? m.type) }) {
                let type = relationFinder.lexicon.types[predicate] ?? type
                // "The last troops left Kazakhstan": no organization left. A predicate that needs a kind of
                // object says nothing without one ("being forced to leave" leaves nothing).
                if !type.objectKinds.isEmpty, !(object.map { type.objectKinds.contains(gazetteer.entities[$0].kind) } ?? false) { continue }
                if !type.subjectKinds.isEmpty, !type.subjectKinds.contains(gazetteer.entities[subject].kind) { continue }
                // One assertion per sentence: « Le premier conflit … oppose le Kirghizstan et le Tadjikistan ».
                let key = "\(m.sentence) \(subject) \(predicate) \(object ?? -1) \(polarity.rawValue)"
                guard seen.insert(key).inserted else { continue }
                var a = ExtractedAssertion(sentence: m.sentence, subject: subject, predicate: predicate, object: object, kind: .extracted,
                                           polarity: polarity, modality: modality)
                a.trigger = m.trigger
                a.date = m.date?.value
                a.triggerTokens = m.tokenRange
                result.append(a)
                // « L’Arménie n’a pas quitté l’OTSC »: still a member of it.
                if polarity == .negative, let implied = type.denialImplies, object != nil {
                    var b = a
                    b.predicate = implied
                    b.polarity = .positive
                    result.append(b)
                }
            }
        }
        result += parentheticalAssertions(report: report, mentions: mentions, seen: &seen)
        return result
    }

    /// « l’Organisation des États turciques (Azerbaïdjan, Kazakhstan, Kirghizistan, …) », « la Roumanie (UE) »: states
    /// listed in parentheses right after an organization, or an organization in parentheses right after a state,
    /// are its members — for each predicate marked `parenthetical` in predicates.tsv.
    func parentheticalAssertions(report: ParsedReport, mentions: [[EntityMention]], seen: inout Set<String>) -> [ExtractedAssertion] {
        let predicates = relationFinder.lexicon.typeOrder.filter { relationFinder.lexicon.types[$0]?.parenthetical == true }
        guard !predicates.isEmpty else { return [] }
        var result: [ExtractedAssertion] = []
        for (index, sentence) in report.sentences.enumerated() {
            guard sentence.text.contains("(") else { continue }
            let scalars = Array(sentence.text.unicodeScalars)
            let tokens = Tokenizer.tokens(scalars)
            let found = mentions[index].filter { $0.function == .actor || $0.function == .location }.sorted { $0.start < $1.start }
            func kind(_ m: EntityMention) -> EntityKind { gazetteer.entities[m.entity].kind }
            /// The text between two offsets is only `chars` and blanks.
            func only(_ a: Int, _ b: Int, _ chars: Set<Unicode.Scalar>) -> Bool {
                a <= b && scalars[a..<b].allSatisfy { $0.properties.isWhitespace || chars.contains($0) }
            }
            var pairs: [(state: Int, organization: Int)] = []
            for (i, m) in found.enumerated() {
                // The names inside the parentheses that open right after `m` (only names, commas and « et », "and").
                guard let open = scalars[m.end...].firstIndex(where: { !$0.properties.isWhitespace }), scalars[open] == "(",
                      let close = scalars[open...].firstIndex(of: ")") else { continue }
                let inside = found[(i + 1)...].prefix { $0.end <= close }
                // (A parenthesis closing the sentence names examples of what it says, no members: « … ou encore de
                // poursuivre leur rapprochement vers l’Union européenne (Géorgie, Moldavie). »)
                let after = scalars[(close + 1)...].first { !$0.properties.isWhitespace }
                guard after.map({ !".!?;:".unicodeScalars.contains($0) }) ?? false else { continue }
                guard !inside.isEmpty, inside.first.map({ only(open + 1, $0.start, []) }) == true,
                      zip(inside, inside.dropFirst()).allSatisfy({ a, b in
                          let between = Tokenizer.text(scalars, a.end..<b.start).trimmingBlanks()
                          let words = Tokenizer.tokens(between)
                          return between == "," || (words.count == 1 && eventFinder.lexicon.isWord(words[0], .conjunction, language: report.metadata.language))
                      }),
                      only(inside.last!.end, close, [".", "…"]) else { continue }
                // (Nor the complement of a noun: « bloqué l’élargissement de l’OTAN (Suède, Finlande) » names candidates.)
                if let first = tokens.firstIndex(where: { $0.end > m.start }),
                   case let j = eventFinder.lexicon.beforeArticles(first, in: tokens, language: report.metadata.language), j >= 0,
                   eventFinder.lexicon.slots(at: j, in: tokens, language: report.metadata.language)?.slots.contains("genitive") == true { continue }
                if kind(m) == .organization && inside.count >= 2 && inside.allSatisfy({ kind($0) == .state && $0.aliasKind != .demonym }) {
                    pairs += inside.map { ($0.entity, m.entity) }
                } else if kind(m) == .state && m.aliasKind != .demonym && inside.count == 1 && kind(inside.first!) == .organization {
                    pairs.append((m.entity, inside.first!.entity))
                }
            }
            for (state, organization) in pairs {
                for predicate in predicates {
                    guard seen.insert("\(index) \(state) \(predicate) \(organization) positive").inserted else { continue }
                    var a = ExtractedAssertion(sentence: index, subject: state, predicate: predicate, object: organization, kind: .extracted,
                                               polarity: .positive, modality: .asserted)
                    a.trigger = "( )"
                    result.append(a)
                }
            }
        }
        return result
    }

    /// "a Russian-led military alliance" (the CSTO), « l’alliance militaire dirigée par Moscou »: a name inside an
    /// organization's name is part of that name, not an actor of its own — unless the organization is that state's
    /// own (« le ministère des Affaires étrangères russes »: Russia acts through it; `part_of`).
    static func withoutNamesInsideOrganizations(_ mentions: [EntityMention], gazetteer: Gazetteer) -> [EntityMention] {
        mentions.filter { m in
            !mentions.contains { o in
                o.start <= m.start && m.end <= o.end && (o.start, o.end) != (m.start, m.end) && gazetteer.entities[o.entity].kind == .organization
                    && !(gazetteer.entities[o.entity].attributes["part_of"] ?? "").split(separator: "|").contains { gazetteer.index[String($0)] == m.entity }
            }
        }
    }

    /// « des citoyens russes », "the Georgian opposition": a demonym qualifying people who do not act for their state
    /// (event-roles `private_group`) names no state.
    static func withoutPrivateGroups(_ mentions: [EntityMention], tokens: [Token], gazetteer: Gazetteer,
                                     isPrivate: (Token) -> Bool, isFunctionWord: (Token) -> Bool = { _ in true }) -> [EntityMention] {
        mentions.filter { m in
            guard m.aliasKind == .demonym, gazetteer.entities[m.entity].kind == .state,
                  let first = tokens.firstIndex(where: { $0.start >= m.start }), let last = tokens.lastIndex(where: { $0.end <= m.end }) else { return true }
            // (One word may qualify the group before its demonym: « plusieurs blogueurs militaires russes ».)
            // (Or after the demonym: "Russian military bloggers".)
            return !((first > 0 && isPrivate(tokens[first - 1])) || (first > 1 && isPrivate(tokens[first - 2]) && !isFunctionWord(tokens[first - 1]))
                     || (last + 1 < tokens.count && isPrivate(tokens[last + 1]))
                     || (last + 2 < tokens.count && isPrivate(tokens[last + 2]) && !isFunctionWord(tokens[last + 1])))
        }
    }

    /// "Russian President Dmitry Medvedev", « le président géorgien, Mikheil Saakachvili »: a title followed
    /// by a name (a person kb knows, or a capitalized word no mention covers) is that person's, not the office holder's kb
    /// knows; the title's mention goes (its demonym stays, naming the state).
    static func withoutTitlesOfOthers(_ mentions: [EntityMention], scalars: [Unicode.Scalar], tokens: [Token], gazetteer: Gazetteer,
                                      isDateWord: (Token) -> Bool) -> [EntityMention] {
        mentions.filter { m in
            guard m.aliasKind == .role, gazetteer.entities[m.entity].kind == .person else { return true }
            // What follows: spaces, or a comma and spaces (an apposition).
            var k = m.end
            var comma = false
            while k < scalars.count, scalars[k].properties.isWhitespace || scalars[k] == "," { comma = comma || scalars[k] == ","; k += 1 }
            // After a comma, a name is the title's only as an apposition, closed by a comma or the sentence's
            // end ("Putin, the Kazakh president, Erdogan and Aliyev" lists three men).
            func closed(_ end: Int) -> Bool {
                guard comma else { return true }
                var e = end
                while e < scalars.count, scalars[e].properties.isWhitespace { e += 1 }
                return e >= scalars.count || [",", ".", ")", ";"].contains(scalars[e])
            }
            if let next = mentions.first(where: { $0.start == k && $0.end > $0.start }), gazetteer.entities[next.entity].kind == .person {
                return next.entity == m.entity || !closed(next.end)
            }
            // A name kb does not know: a capitalized word no other mention covers ("Hu Jintao", "Medvedev").
            // (Not a weekday or a month: "The Uzbek president Tuesday condemned …".)
            guard let t = tokens.firstIndex(where: { $0.start == k }), tokens[t].capitalized, !isDateWord(tokens[t]),
                  !mentions.contains(where: { $0.start <= tokens[t].start && tokens[t].start < $0.end }) else { return true }
            // (The name's capitalized words, then the closing comma when it opened with one.)
            var u = t
            while u + 1 < tokens.count, tokens[u + 1].capitalized, tokens[u + 1].start - tokens[u].end <= 1 { u += 1 }
            return !closed(tokens[u].end)
        }
    }

    /// « Sergueï Lavrov s’est entretenu avec son homologue turc »: a peer role (« homologue », "counterpart")
    /// after a person whose office is not a leader's (`lexicon/offices.tsv`) names the holder of that person's
    /// office in the peer's state (Turkey's foreign minister), or no person when kb knows none; its demonym
    /// still names the state.
    /// Coordinated peers share it: "his Turkish and Iranian counterparts" are both the foreign minister's.
    static func withPeersOfTheirOffice(_ mentions: [EntityMention], tokens: [Token], gazetteer: Gazetteer,
                                       isPeer: (Token) -> Bool, isConjunction: (Token) -> Bool = { _ in false }) -> [EntityMention] {
        func isRole(_ m: EntityMention) -> Bool { m.aliasKind == .role && gazetteer.entities[m.entity].kind == .person }
        // The coordinated role phrases each role phrase belongs to ("Turkish and Iranian counterparts"): the first
        // of them, and whether one of them says "counterpart".
        var groupStart = Array(mentions.indices)
        for i in mentions.indices.dropFirst() where isRole(mentions[i]) {
            guard let j = mentions[..<i].lastIndex(where: isRole) else { continue }
            let gap = tokens.filter { $0.start >= mentions[j].end && $0.end <= mentions[i].start }
            if !gap.isEmpty, gap.allSatisfy(isConjunction) { groupStart[i] = groupStart[j] }
        }
        func saysPeer(_ m: EntityMention) -> Bool { tokens.contains { $0.start >= m.start && $0.end <= m.end && isPeer($0) } }
        var result: [EntityMention] = []
        for (i, m) in mentions.enumerated() {
            let group = mentions.indices.filter { groupStart[$0] == groupStart[i] && isRole(mentions[$0]) }
            guard isRole(m), group.contains(where: { saysPeer(mentions[$0]) }),
                  let before = mentions[..<groupStart[i]].last(where: { $0.end <= mentions[groupStart[i]].start && (gazetteer.entities[$0.entity].kind == .person || $0.aliasKind == .role) }) else {
                result.append(m)
                continue
            }
            // A role kb knows no holder of names its state (« le ministre turc des Affaires étrangères »): an office
            // other than a leader's, whose peer kb cannot tell — no person.
            guard gazetteer.entities[before.entity].kind == .person else { continue }
            guard let office = gazetteer.entities[before.entity].attributes["office"], !gazetteer.leaderOffices.contains(office) else {
                result.append(m)
                continue
            }
            if let state = gazetteer.entities[m.entity].attributes["affiliation"], let peer = gazetteer.holder(of: office, for: state) {
                var replaced = m
                replaced.entity = peer
                replaced.key = gazetteer.entities[peer].key
                result.append(replaced)
            }
        }
        return result
    }

    /// A person and the state or organization they act for.
    func sameSide(_ a: Int, _ b: Int) -> Bool { gazetteer.sameSide(a, b) }

    /// Two entities named in one sentence, with no trigger between them: a co-mention, one per pair,
    /// the first named as subject.
    static func coMentions(_ mentions: [EntityMention], sentence: Int) -> [ExtractedAssertion] {
        var order: [Int] = []
        for m in mentions where !order.contains(m.entity) { order.append(m.entity) }
        var result: [ExtractedAssertion] = []
        for a in 0..<order.count {
            for b in (a + 1)..<order.count {
                result.append(ExtractedAssertion(sentence: sentence, subject: order[a], predicate: "co_mention",
                                                 object: order[b], kind: .coMention))
            }
        }
        return result
    }
}

/// What extraction found in one document.
public struct DocumentExtraction: Sendable {
    /// The mentions of each sentence, indexed like `ParsedReport.sentences`.
    public var mentions: [[EntityMention]]
    public var assertions: [ExtractedAssertion]
    /// One entry per footnote, indexed like `ParsedReport.footnotes`.
    public var alignments: [FootnoteAlignment?]
    /// The date expressions of each sentence, indexed like `ParsedReport.sentences`.
    public var dates: [[DateMention]] = []
    public var events: [ExtractedEvent] = []
}

public struct ExtractedAssertion: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case coMention = "co_mention"
        case extracted
    }
    public enum Polarity: String, Sendable { case positive, negative }
    public enum Modality: String, Sendable { case asserted, hedged, speculative, reported, question }

    /// Ordinal of the sentence that states it.
    public var sentence: Int
    /// Gazetteer indexes of the subject and object.
    public var subject: Int
    public var predicate: String
    public var object: Int?
    public var kind: Kind
    public var polarity: Polarity = .positive
    public var modality: Modality = .asserted
    /// The words that announce it (`quitté`), and the date its sentence gives it — or, its sentence giving none,
    /// the date of the event it tells.
    public var trigger: String? = nil
    public var date: DateValue? = nil
    /// The words of its trigger in its sentence (token indexes): which event it tells.
    var triggerTokens: Range<Int>? = nil
}
