import Foundation
import KBParsing

/// An entity taking part in an event.
public struct EventParticipant: Sendable, Hashable {
    /// Gazetteer index.
    public var entity: Int
    public var role: EventRole
    /// A side of a two-sided event in a role of its own (``EventRole/isSide``).
    var hasSideRole: Bool { role.isSide }
}

/// One sentence telling of an event: its trigger and what the sentence says around it.
public struct EventMention: Sendable {
    /// Index of the sentence in `ParsedReport.sentences`.
    public var sentence: Int
    public var type: String
    /// The trigger's CAMEO root when finer than the type's.
    public var cameo: String?
    /// The trigger's words as written, and their offsets in the sentence (code points).
    public var trigger: String
    public var start: Int
    public var end: Int
    public var participants: [EventParticipant]
    /// Gazetteer index of where it happens.
    public var place: Int?
    /// The date the sentence gives it.
    public var date: DateMention?
    var tokenRange: Range<Int>
    var isVerb = false
    /// A verb of saying: what follows it is a clause (``EventTrigger/takesClause``).
    var takesClause = false
    /// `l’invasion` alone: it names no one and stands for the event of its type told last.
    var anaphoric = false
    /// For an anaphoric mention, the actors its sentence names (and the states their people act for).
    var named: Set<Int> = []
    /// What the words around it say of its reality (`modality.tsv`), and whether they deny it.
    public var cues: Set<ModalityLexicon.Cue> = []
    public var negated = false
    /// « cet avertissement », "this invasion": an anaphor that points at the event, whoever its sentence names.
    public var demonstrative = false
    /// For a demonstrative anaphor of a two-sided type, the two states its sentence names as actors, a pair's description
    /// included (« Si la frontière commune entre ces républiques d’Asie centrale est le théâtre d’affrontements réguliers,
    /// cette nouvelle éruption de violences … »): its sides when it joins no event told before.
    var sidesNamed: [Int] = []
    /// Its trigger names the predicate the other way round (``EventTrigger/reversed``).
    public var reversed = false
    /// For a predicate: what the state hosting it, by its place, does to each side (« des pourparlers entre
    /// l’Arménie et l’Azerbaïdjan à Washington »: the United States mediates between them).
    public var hostPredicate: String? = nil
    /// The participants named after its verb (« coopère avec la Chine et l’Inde »).
    var afterVerb: Set<Int> = []
    /// The complements of a two-sided noun (« alliée de l’Ukraine et de la Géorgie »): its other side, never paired
    /// with one another.
    var otherSide: Set<Int> = []
    /// Position among all the mentions of the document.
    var ordinal = 0
    /// The section of its sentence.
    var section = 0
    /// The paragraph of its sentence.
    var paragraph = 0
    /// A novelty word stands near its trigger ("met Putin again", « le deuxième sommet »): another occurrence, never
    /// one told before.
    var another = false
    /// The known event whose proper name stands by its trigger (« l’accord « Initiative céréalière de la Mer Noire » »,
    /// "the Vostok 2022 exercises"): that very event.
    var knownName: KnownEvent? = nil
    /// A known event's name standing with no trigger ("took part in Vostok 2022").
    var isNameOnly = false
    /// A frame word stands right before it (« lors du sommet », "during the summit"): the time of something else.
    var framed = false
    /// The mediation trigger next to it that tells who brought it about ("the Moscow-brokered ceasefire"): its mediators
    /// are this event's.
    var mediatedBy: Range<Int>? = nil
    /// It has no participant of its own and stands only for the mediation next to it: none from there, no event.
    var onlyMediated = false
    /// The fighting it ended, told right after it ("the ceasefire that ended the 2020 war"): its sides, and its date when
    /// it has none of its own.
    var ended: Range<Int>? = nil
    /// How many troops it tells, by a number right before a word of armed forces near its trigger (« une force
    /// d’interposition de 2000 soldats russes », "sent 3,000 paratroopers"): two counts that differ are two deployments.
    var forceCount: Int? = nil
    /// The states along whose border it is told to happen (« le long de la frontière commune entre l’Azerbaïdjan et
    /// l’Arménie »): where it is, in its place role — on one side or both, so no relation to either.
    var alongBorder: Set<Int> = []
}

/// Where an event's date comes from.
public enum DateBasis: String, Sendable {
    /// A date its evidence states (`en septembre 2022`).
    case text
    /// A relative date of its evidence, counted from an anchor (`deux ans auparavant`).
    case relative
    /// Another event: a war begins with the invasion between the same parties.
    case event
    /// The publication date in the URL of a footnote aligned to its evidence (approximate).
    case footnote
    /// The landmark event of `gazetteer/known-events.tsv` it is (the CSTO summit in Yerevan, 2022-11-23).
    case known
}

/// One event, with every sentence that tells it.
public struct ExtractedEvent: Sendable {
    public var type: String
    /// The CAMEO root of its best evidence's trigger when finer than the type's.
    public var cameo: String? { mentions[best].cameo }
    public var date: DateValue?
    /// The date mention that dates it (sentence index, mention), when one does.
    public var dateSource: (sentence: Int, mention: DateMention)?
    /// Where the date comes from, when the text does not state it.
    public var dateBasis: DateBasis?
    /// How an inferred date was found (`begins with the invasion of 2022-02-24 (page 2)`).
    public var dateNote: String?
    public var participants: [EventParticipant]
    public var place: Int?
    /// Every mention, in text order.
    public var mentions: [EventMention]
    /// Index in `mentions` of the best evidence: the one that dates it, else the one naming most.
    public var best: Int
    /// Its mentions, the best evidence first, the others in text order.
    var mentionsBestFirst: [EventMention] { [mentions[best]] + mentions.indices.filter { $0 != best }.map { mentions[$0] } }
    /// The participants that identify it: those of the mention that first told it, and of the one
    /// that dates it. Mentions join an event by these, not by everything its mentions named.
    var core: Set<Int> = []
}

/// Finds events in a report: a trigger of `lexicon/event-triggers.tsv`, the entities the words around
/// it put in a role (`lexicon/event-roles.tsv`), the place, the date the sentence gives it; then
/// merges the mentions that tell the same event.
///
/// Roles: after a noun trigger, a demonym is the agent (`l’invasion russe`) and `de X` takes the
/// trigger's genitive role (`l’invasion de l’Ukraine` → target; `le sommet de la CEI` → party);
/// `par X` is the agent, `contre X` the patient, `entre X et Y` parties; a verb's subject is its agent
/// and its object its patient. A place named as a participant (`l’annexion de la Crimée`) becomes the
/// place, and the state it lies in takes the role. An event names at least one participant.
///
/// Merging: two mentions are one event when their types are the same, their dates overlap (or one is
/// undated), their places agree, and they share a participant without contradicting each other's
/// agent and patient. An undated mention joins the compatible event told last.
public struct EventFinder: Sendable {
    public let lexicon: EventLexicon
    public let gazetteer: Gazetteer
    /// How many words after the trigger its participants may stand.
    public var window = 14

    public let modality: ModalityLexicon
    /// Keep what the text denies or supposes (for assertions, which record it as polarity and
    /// modality); events leave it out.
    public var keepsNonFacts = false
    /// Dated landmark events (`gazetteer/known-events.tsv`) that date an event its text leaves undated.
    public var knownEvents = KnownEvents()

    public init(lexicon: EventLexicon, gazetteer: Gazetteer, modality: ModalityLexicon = ModalityLexicon()) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.modality = modality
    }

    /// The events of `report`, and its dates once the ones counted from an event are recounted.
    public func events(in report: ParsedReport, mentions: [[EntityMention]], dates: [[DateMention]]) -> (events: [ExtractedEvent], dates: [[DateMention]]) {
        var found = self.mentions(in: report, entities: mentions, dates: dates)
        for k in found.indices {
            found[k].ordinal = k
            found[k].paragraph = report.sentences[found[k].sentence].paragraph
        }
        var events = cluster(found)
        inferBeginnings(&events, report: report)
        // « la décennie qui a suivi l’effondrement de l’URSS », « les années qui ont précédé
        // l’invasion »: a relative date just before an event's trigger counts from that event's date.
        var dates = dates
        var changed = false
        for s in dates.indices {
            for j in dates[s].indices {
                let date = dates[s][j]
                guard let relation = date.relation, !relation.isDeictic,
                      let next = found.first(where: { $0.sentence == s && $0.tokenRange.lowerBound >= date.tokenRange.upperBound
                                                      && $0.tokenRange.lowerBound - date.tokenRange.upperBound <= 3 }),
                      let event = events.first(where: { $0.mentions.contains { $0.ordinal == next.ordinal } }),
                      let anchor = event.date?.anchorPoint,
                      !(event.dateSource?.sentence == s && event.dateSource?.mention.tokenRange == date.tokenRange)
                else { continue }
                let recounted = date.reanchored(on: anchor, "the \(event.type) it names (\(event.date!.edtf))")
                guard recounted != date else { continue }
                dates[s][j] = recounted
                for k in found.indices where found[k].sentence == s && found[k].date?.tokenRange == date.tokenRange {
                    found[k].date = recounted
                }
                changed = true
            }
        }
        if changed {
            events = cluster(found)
            inferBeginnings(&events, report: report)
        }
        if sideMediations(&found, events: events, report: report) {
            events = cluster(found)
            inferBeginnings(&events, report: report)
        }
        dateByNeighbours(&events, report: report)
        // What the text dates comes first; then the known events date what it leaves undated, and what is told
        // about them or during them.
        if dateByKnownEvents(&events, report: report, references: Self.narrativeTimes(report, dates: dates)) {
            dateByNeighbours(&events, report: report)
        }
        return (events, dates)
    }


    /// The time each sentence's passage is about: the last date its paragraph states outright, up to that sentence
    /// (a day, a month or a year; not one counted from another, nor a noun's year — « la guerre de 2020 »).
    static func narrativeTimes(_ report: ParsedReport, dates: [[DateMention]]) -> [Int: [(start: String, end: String)]] {
        var times: [Int: [(start: String, end: String)]] = [:]
        var last: (paragraph: Int, time: (start: String, end: String))? = nil
        for (s, sentence) in report.sentences.enumerated() {
            if last?.paragraph != sentence.paragraph { last = nil }
            for d in s < dates.count ? dates[s] : [] where !d.isRelative && !d.tellsThePreviousTime && !d.qualifiesANoun {
                guard case .point(let p) = d.value, !p.decade, !p.approximate, let bounds = EDTF.bounds(p.edtf) else { continue }
                last = (sentence.paragraph, bounds)
            }
            if let last { times[s] = [last.time] }
        }
        return times
    }

    /// The number of troops told near a trigger: a number right before a word of armed forces (`force`), in the trigger's
    /// clause, from four words before it to `forcesReach` after it (« de 2000 soldats russes », « 3 000 parachutistes »,
    /// "2,000 peacekeepers"); nil when none is, or two differ.
    func forceCount(_ tokens: [Token], near range: Range<Int>, clause: [Int], language: String?) -> Int? {
        var counts: Set<Int> = []
        for k in max(1, range.lowerBound - 4)..<min(tokens.count, range.upperBound + Self.forcesReach)
        where clause[k] == clause[range.lowerBound] && lexicon.isWord(tokens[k], .force, language: language) {
            // (A number may be written in groups: « 2 000 », "2,000".)
            var digits = "", j = k - 1
            while j >= 0, !tokens[j].folded.isEmpty, tokens[j].folded.allSatisfy(\.isNumber) { digits = tokens[j].folded + digits; j -= 1 }
            if let n = Int(digits) { counts.insert(n) }
        }
        return counts.count == 1 ? counts.first : nil
    }

    /// The actors a sentence names (states, organizations, people — not a description) and the states their people act
    /// for: who a mention with no participant of its own may be about.
    func actorsNamed(in entities: [EntityMention]) -> Set<Int> {
        identities(entities.filter { $0.function == .actor && $0.aliasKind != .description
            && [.state, .organization, .person].contains(gazetteer.entities[$0.entity].kind) }.map { EventParticipant(entity: $0.entity, role: .party) })
    }

    /// "another 44-day war", « toute nouvelle mobilisation partielle », "a second wave of partial mobilization": a word telling
    /// another occurrence (`novelty`, `renewal`) a few words before `start`, where a known event's name or its trigger stands.
    func tellsAnotherOccurrence(_ tokens: [Token], before start: Int, language: String?) -> Bool {
        (max(0, start - 4)..<start).contains { lexicon.wordLength(tokens, at: $0, .novelty, language: language) > 0
            || lexicon.isWord(tokens[$0], .renewal, language: language) }
    }

    /// « le G20 organisé à Bali », "the G20 in Bali": a forum (organizations.tsv kind `forum`: what exists to meet) named with
    /// the city it met in — right after it, past function words and one word at most (« organisé », "held"), in its clause —
    /// is its summit there, the state of the city its host; unless a trigger of a meeting stands by ("the G20 summit in Bali").
    func forumMeetings(tokens: [Token], scalars: [Unicode.Scalar], told: [EventMention], sentence: Int, section: Int,
                       entities: [EntityMention], language: String?) -> [EventMention] {
        let type = "summit_or_meeting"
        guard let meeting = lexicon.types[type] else { return [] }
        func index(_ offset: Int) -> Int? { tokens.firstIndex { $0.start >= offset } }
        var result: [EventMention] = []
        for forum in entities where gazetteer.entities[forum.entity].kind == .organization && gazetteer.entities[forum.entity].attributes["kind"] == "forum" {
            guard let first = index(forum.start), let end = tokens.lastIndex(where: { $0.end <= forum.end }).map({ $0 + 1 }), end > first,
                  let place = entities.first(where: { m in
                      guard m.start >= forum.end, gazetteer.entities[m.entity].kind == .place, let k = index(m.start), k >= end else { return false }
                      let between = end..<k
                      return between.count <= 4 && between.filter { !lexicon.isFunctionWord(tokens[$0], language: language) }.count <= 1
                          && !scalars[forum.end..<m.start].contains { ",;:()".unicodeScalars.contains($0) }
                  }), let placeEnd = tokens.lastIndex(where: { $0.end <= place.end })
            else { continue }
            guard !told.contains(where: { $0.type == type && $0.tokenRange.overlaps(max(0, first - 3)..<(placeEnd + 1)) }) else { continue }
            var participants = [EventParticipant(entity: forum.entity, role: .party)]
            if let state = locatedIn(place.entity), let role = meeting.placeRole { participants.append(EventParticipant(entity: state, role: role)) }
            var m = EventMention(sentence: sentence, type: type, cameo: nil, trigger: forum.surface, start: forum.start, end: forum.end,
                                 participants: participants, place: place.entity, date: nil, tokenRange: first..<end, isVerb: false,
                                 anaphoric: false, cues: [], negated: false)
            m.section = section
            result.append(m)
        }
        return result
    }

    /// "Chinese troops took part in Vostok 2022", "the Zapad 2021 exercises": a known event's proper name no trigger of its
    /// type stands by is a mention of it on its own (its first type), telling of that event — not after a word of another
    /// occurrence ("a new grain deal").
    func namedOnly(tokens: [Token], scalars: [Unicode.Scalar], told: [EventMention], sentence: Int, section: Int,
                   entities: [EntityMention], language: String?) -> [EventMention] {
        guard !knownEvents.namesByFirstWord.isEmpty else { return [] }
        var result: [EventMention] = []
        var p = 0
        while p < tokens.count {
            let found = knownEvents.names(in: tokens, at: p)
            guard let (e, name) = found.first else { p += 1; continue }
            let known = knownEvents.events[e], range = p..<(p + name.count)
            p = range.upperBound
            // (Not when a trigger of its sentence tells such an event: "The Black Sea Grain Initiative was signed in Istanbul".)
            let types = Set(found.filter { $0.name == name }.flatMap { knownEvents.events[$0.event].types })
            guard let type = known.types.sorted().first,
                  !told.contains(where: { types.contains($0.type) || $0.tokenRange.overlaps(range) }),
                  !tellsAnotherOccurrence(tokens, before: range.lowerBound, language: language)
            else { continue }
            let start = tokens[range.lowerBound].start, end = tokens[range.upperBound - 1].end
            var m = EventMention(sentence: sentence, type: type, cameo: nil, trigger: Tokenizer.text(scalars, start..<end), start: start, end: end,
                                 participants: [], place: nil, date: nil, tokenRange: range, isVerb: false, anaphoric: true, cues: [], negated: false)
            m.section = section
            m.knownName = known
            m.isNameOnly = true
            m.named = actorsNamed(in: entities)
            result.append(m)
        }
        return result
    }

    /// The known event of `type` whose proper name stands right after the trigger at `range` (function words between:
    /// « la négociation … de l’accord « Initiative céréalière de la Mer Noire » »), right before it ("the Vostok 2022
    /// exercises") or around it ("the Second Nagorno-Karabakh War").
    func knownEvent(named tokens: [Token], by range: Range<Int>, type: String, language: String?) -> KnownEvent? {
        guard !knownEvents.namesByFirstWord.isEmpty else { return nil }
        func another(before start: Int) -> Bool { tellsAnotherOccurrence(tokens, before: start, language: language) }
        var p = range.upperBound
        while p < tokens.count && p <= range.upperBound + 3 {
            if let (k, _) = knownEvents.named(type, in: tokens, at: p) { return another(before: range.lowerBound) ? nil : k }
            guard lexicon.isFunctionWord(tokens[p], language: language) else { break }
            p += 1
        }
        for q in max(0, range.lowerBound - 8)...range.lowerBound {
            if let (k, length) = knownEvents.named(type, in: tokens, at: q), q + length == range.lowerBound || q + length >= range.upperBound {
                return another(before: q) ? nil : k
            }
        }
        return nil
    }

    /// « la rencontre trilatérale entre le président russe et ses homologues tadjik et kirghize pour tenter de trouver une
    /// solution diplomatique au conflit frontalier qui oppose ces deux derniers »: a meeting (a type with `third_party`) of
    /// the two sides of a conflict its sentence tells (a hostile two-sided event, affirmed) and of one side besides is
    /// also that side's event of the `third_party` type — a mediation, whose mediators are that side and who acts for it,
    /// and whose parties are the conflict's sides. A person counts as the state they act for.
    func thirdPartyEvents(_ told: [EventMention], tokens: [Token], entities: [EntityMention], language: String?,
                          hostilePairs: Set<Set<Int>> = []) -> [EventMention] {
        let side = gazetteer.side
        var result: [EventMention] = []
        for meeting in told where !meeting.negated && !meeting.cues.contains(.hypothetical) {
            let gathered = Set(meeting.participants.filter { $0.role == .party }.map { side($0.entity) })
            // « des pourparlers entre les deux pays rivaux du Caucase à Washington »: talks (event-triggers.tsv `host`) between
            // two sides in conflict — told as rivals, or in a hostile event of the sentence or before it (`hostilePairs`) — held in a third state (or at an
            // organization's seat: Brussels, the EU) are its mediation.
            // (Where: its place, or the first city named after it and a locative — « à Washington », "in Washington" — the
            // state it lies in, or whose capital it names.)
            func cityNamedAfter() -> Int? {
                entities.lazy.compactMap { n -> Int? in
                    guard n.aliasKind == .capital || self.gazetteer.entities[n.entity].kind == .place,
                          let k = tokens.firstIndex(where: { $0.start == n.start }), k > meeting.tokenRange.upperBound,
                          self.lexicon.slots(at: k - 1, in: tokens, language: language)?.slots.contains("place") == true else { return nil }
                    if n.aliasKind == .capital { return n.entity }
                    return self.gazetteer.references(n.entity, "seat_of").first ?? self.locatedIn(n.entity)
                }.first
            }
            if let hostType = meeting.hostPredicate, lexicon.types[hostType] != nil,
               let host = meeting.place.flatMap({ gazetteer.entities[$0].kind == .state ? $0 : gazetteer.references($0, "seat_of").first ?? locatedIn($0) }) ?? cityNamedAfter() {
                let sides = gathered.subtracting([side(host)])
                if sides.count == 2, hostilePairs.contains(sides) || tokens.contains(where: { lexicon.isWord($0, .rival, language: language) }) {
                    var mention = meeting
                    mention.type = hostType
                    mention.cameo = nil
                    mention.knownName = nil
                    mention.hostPredicate = nil
                    mention.participants = meeting.participants.filter { $0.role == .party && sides.contains(side($0.entity)) }
                        + [EventParticipant(entity: host, role: .mediator)]
                    result.append(mention)
                    continue
                }
            }
            guard let thirdType = lexicon.types[meeting.type]?.thirdParty, lexicon.types[thirdType] != nil else { continue }
            for conflict in told where conflict.tokenRange != meeting.tokenRange && !conflict.negated && !conflict.cues.contains(.hypothetical) {
                guard let type = lexicon.types[conflict.type], type.symmetric, type.hostile else { continue }
                let sides = Set(conflict.participants.filter(\.hasSideRole).map { side($0.entity) })
                let others = gathered.subtracting(sides)
                guard sides.count == 2, sides.isSubset(of: gathered), others.count == 1 else { continue }
                var mention = meeting
                mention.type = thirdType
                mention.cameo = nil
                mention.knownName = nil
                mention.participants = meeting.participants.filter { $0.role == .party }.map { p in
                    EventParticipant(entity: p.entity, role: others.contains(side(p.entity)) ? .mediator : .party)
                }
                result.append(mention)
                break
            }
        }
        return result
    }

    /// The two sides (as `Gazetteer.side`) of a hostile event (a war, a clash, an invasion): who is in conflict with whom;
    /// nil for any other event, or one with more or fewer sides.
    public func conflictSides(_ type: String, _ participants: [EventParticipant]) -> Set<Int>? {
        guard lexicon.types[type]?.hostile == true else { return nil }
        let sides = Set(participants.filter(\.hasSideRole).map { gazetteer.side($0.entity) })
        return sides.count == 2 ? sides : nil
    }

    /// How many words after a trigger the border its event happens along may stand (« la « mission civile » européenne
    /// envoyée le long de la frontière »).
    static let borderReach = 12

    /// How many words after a verb of sending its armed forces may stand ("sent more than 2,000 Russian troops").
    static let forcesReach = 7

    /// CAMEO 0871, declare ceasefire: the triggers of a ceasefire-or-agreement event that end fighting.
    static let ceasefireCAMEO = "0871"

    /// How many sentences a paragraph may have for its subject to reach the next one.
    static let shortParagraph = 2

    /// Every trigger's mention in `report`, unmerged (for assertions).
    public func mentions(in report: ParsedReport, entities: [[EntityMention]], dates: [[DateMention]]) -> [EventMention] {
        var found: [EventMention] = []
        var carried: Int? = nil
        var carriedGroup: [Int] = []
        /// The sides of the hostile events told so far (wars, clashes, invasions): who is in conflict with whom.
        var hostilePairs: Set<Set<Int>> = []
        // A subject is carried into the next paragraph only from a short one, as news writes them ("Putin
        // also held talks with … ¶ On Friday, he met …"); a long paragraph of a report ends its reach.
        var sentencesInParagraph: [Int: Int] = [:]
        for sentence in report.sentences { sentencesInParagraph[sentence.paragraph, default: 0] += 1 }
        let documentEnd = report.metadata.date.flatMap { EDTF.bounds($0) }?.end
        for (index, sentence) in report.sentences.enumerated() {
            if index > 0, case let previous = report.sentences[index - 1], previous.paragraph != sentence.paragraph,
               previous.section != sentence.section || (sentencesInParagraph[previous.paragraph] ?? 0) > Self.shortParagraph {
                carried = nil
                carriedGroup = []
            }
            let scalars = Array(sentence.text.unicodeScalars)
            let tokens = Tokenizer.tokens(scalars)
            // (A stance names a state that takes no part: "pro-Russian protesters".)
            let actors = entities[index].filter { !$0.stance }
            let told = eventMentions(sentence: index, section: sentence.section, scalars: scalars, tokens: tokens, entities: actors,
                                     dates: dates[index], language: report.metadata.language, carried: carried, carriedGroup: carriedGroup)
            // (A proper name tells a known event begun by the document's date only: in November 2022, "Russia suspended its
            // participation in the Black Sea Grain Initiative" is not its exit of July 2023.)
            for c in told where !c.negated { if let sides = conflictSides(c.type, c.participants) { hostilePairs.insert(sides) } }
            found += (told + thirdPartyEvents(told, tokens: tokens, entities: actors, language: report.metadata.language, hostilePairs: hostilePairs) + namedOnly(tokens: tokens, scalars: scalars, told: told, sentence: index, section: sentence.section,
                                       entities: actors, language: report.metadata.language)
                      + forumMeetings(tokens: tokens, scalars: scalars, told: told, sentence: index, section: sentence.section,
                                      entities: actors, language: report.metadata.language)).map { m in
                var m = m
                if let k = m.knownName, let end = documentEnd, k.date.bounds.start > end { m.knownName = nil }
                return m
            }.filter { !($0.isNameOnly && $0.knownName == nil) }
            carried = subject(of: tokens, entities: actors, text: sentence.text, language: report.metadata.language) ?? carried
            // "Putin met Tokayev in Astana. They signed …": the sides of the sentence's last two-sided event, for
            // the next sentence only.
            carriedGroup = []
            if let last = told.last(where: { m in lexicon.types[m.type]?.symmetric == true && !m.negated }) {
                var sides: [Int] = []
                for p in last.participants where p.role == .party && [.state, .person, .organization].contains(gazetteer.entities[p.entity].kind) && !sides.contains(p.entity) { sides.append(p.entity) }
                if sides.count >= 2 { carriedGroup = sides }
            }
        }
        return found
    }

    // MARK: one sentence

    func eventMentions(sentence: Int, section: Int = 0, scalars: [Unicode.Scalar], tokens: [Token], entities: [EntityMention],
                       dates: [DateMention], language: String?, carried: Int? = nil, carriedGroup: [Int] = []) -> [EventMention] {
        // Token index of each entity mention, and the tokens names and dates cover.
        func tokenRange(_ start: Int, _ end: Int) -> Range<Int> {
            let first = tokens.firstIndex { $0.end > start } ?? tokens.count
            let last = tokens.lastIndex { $0.start < end } ?? first
            return first..<max(first + 1, last + 1)
        }
        let entityRanges = entities.map { tokenRange($0.start, $0.end) }
        var covered = Set(entityRanges.flatMap { $0 })
        let dateTokens = Set(dates.flatMap { $0.tokenRange })
        covered.formUnion(dateTokens)
        let triggers = lexicon.triggers(in: tokens, language: language, covered: covered)
        guard !triggers.isEmpty else { return [] }
        // Clause of each token: strong punctuation (; : ( ) – — ? !) separates clauses.
        var clause = [Int](repeating: 0, count: tokens.count)
        var commas = [Int](repeating: 0, count: tokens.count)
        // A parenthesis of one or two words (« (OTSC) ») is part of its clause.
        var shortParenthesis = Set<Int>()
        for k in tokens.indices.dropFirst() where scalars[tokens[k - 1].end..<tokens[k].start].contains("(") {
            if let close = (k..<min(tokens.count, k + 2)).first(where: { j in
                scalars[tokens[j].end..<(j + 1 < tokens.count ? tokens[j + 1].start : scalars.count)].contains(")") }) {
                shortParenthesis.insert(k)
                shortParenthesis.insert(close + 1)
            }
        }
        for k in tokens.indices.dropFirst() {
            let gap = scalars[tokens[k - 1].end..<tokens[k].start]
            // « …en septembre 2022, et l’UE a proposé… »: a comma and a conjunction start another clause.
            let strong = (gap.contains { ";:()–—?!".unicodeScalars.contains($0) } && !shortParenthesis.contains(k))
                || (gap.contains(",") && lexicon.isWord(tokens[k], .conjunction, language: language))
            clause[k] = clause[k - 1] + (strong ? 1 : 0)
            // ("2,000 peacekeepers", « 1,5 million »: a comma between two numbers is part of the number.)
            let inNumber = Array(gap) == [","] && tokens[k - 1].folded.allSatisfy(\.isNumber) && tokens[k].folded.allSatisfy(\.isNumber)
            commas[k] = commas[k - 1] + (gap.contains(",") && !inNumber ? 1 : 0)
        }
        let triggerStarts = Set(triggers.map(\.range.lowerBound))
        let triggerEnds = Set(triggers.map(\.range.upperBound))
        let entityIDs = entities.map(\.entity)
        let verbTriggerStarts = Set(triggers.filter(\.trigger.isVerb).map(\.range.lowerBound))
        var result: [EventMention] = []
        // The modality window counts words: a date, an article and a name's words after its first count for
        // nothing (« de ne pas entraîner la Géorgie dans une nouvelle guerre » denies the war).
        var windowFree = dateTokens
        for (k, token) in tokens.enumerated() where lexicon.isArticle(token, language: language) || lexicon.isWord(token, .indefinite, language: language) { windowFree.insert(k) }
        for r in entityRanges where r.count > 1 { windowFree.formUnion(r.dropFirst()) }
        // (Nor the conjunction of a list of names: "paved the way for Finland and Sweden to join NATO".)
        for (k, token) in tokens.enumerated() where k > 0 && lexicon.isWord(token, .conjunction, language: language)
            && entityRanges.contains(where: { $0.upperBound == k }) && entityRanges.contains(where: { $0.lowerBound == k + 1 }) { windowFree.insert(k) }
        for (range, trigger) in triggers {
            guard let type = lexicon.types[trigger.type] else { continue }
            /// « que », "that" opening a clause — not "that" right before the trigger, a determiner ("maintain
            /// that alliance").
            func opensAClause(_ k: Int) -> Bool {
                (lexicon.isWord(tokens[k], .complementizer, language: language) || lexicon.isWord(tokens[k], .subordinator, language: language))
                    && k + 1 != range.lowerBound
            }
            // « n’a pas hésité à ouvertement condamner l’annexion …, à défendre l’intégrité … », « a refusé de
            // reconnaître l’annexion et de cautionner l’invasion »: an infinitive after a comma or « et »,
            // parallel to an earlier one with the same marker, shares its subject and what denies it.
            // The earlier one's marker may stand a few words before it (« de ne pas reconnaître »).
            let parallel: (range: Range<Int>, marker: Int)? = {
                guard trigger.isVerb, range.lowerBound >= 2, lexicon.isWord(tokens[range.lowerBound - 1], .infinitive, language: language),
                      commas[range.lowerBound - 1] != commas[range.lowerBound - 2] || lexicon.isWord(tokens[range.lowerBound - 2], .conjunction, language: language)
                else { return nil }
                for t in triggers.reversed() where t.trigger.isVerb && t.range.upperBound < range.lowerBound - 1 && clause[t.range.lowerBound] == clause[range.lowerBound] {
                    if let marker = (max(0, t.range.lowerBound - 4)..<t.range.lowerBound).last(where: { tokens[$0].folded == tokens[range.lowerBound - 1].folded }) {
                        return (t.range, marker)
                    }
                }
                return nil
            }()
            // « n’a pas quitté », « refuse d’imposer … sanctions », « en cas d’attaque », « pour parvenir
            // à un accord », « affrontements réguliers »: not an event the text says took place.
            // « « Nous voulons du respect », a déclaré Emomali Rahmon », "“…,” said Pashinyan": a verb (auxiliaries
            // aside) right after the quotation that opens the sentence, and its comma, has its subject after it, and
            // none before; the quotation's words neither name it nor deny it (« « Nous ne céderons pas », a critiqué »).
            let speakerAfter: Bool = {
                guard trigger.isVerb, range.lowerBound > 0 else { return false }
                var k = range.lowerBound
                while k > 1 && lexicon.isWord(tokens[k - 1], .auxiliary, language: language) { k -= 1 }
                let gap = scalars[tokens[k - 1].end..<tokens[k].start]
                // « …, a déclaré jeudi le président ukrainien. », "…, said Charles Michel.": a verb of saying opening the
                // sentence's last comma segment, a name after it, has its speaker after it.
                // (Only a short tail, the speaker and a date or an adverb: "Tokayev, whose government …, said Russia …" speaks
                // first and reports after.)
                if trigger.takesClause, gap.contains(","), commas[k] == commas[tokens.count - 1], tokens.count - range.upperBound <= 8,
                   !(range.upperBound..<tokens.count).contains(where: { triggerStarts.contains($0) || lexicon.isWord(tokens[$0], .complementizer, language: language)
                       || lexicon.isWord(tokens[$0], .relative, language: language) }),
                   entityRanges.contains(where: { $0.lowerBound >= range.upperBound }) { return true }
                guard let first = scalars.first(where: { !$0.properties.isWhitespace }), "«“\"".unicodeScalars.contains(first) else { return false }
                return gap.contains(",") && gap.contains { "»”\"".unicodeScalars.contains($0) }
            }()
            // A request makes hypothetical only the infinitive it governs, its marker right before the trigger.
            let governedInfinitive = range.lowerBound > 0 && lexicon.isWord(tokens[range.lowerBound - 1], .infinitive, language: language)
            let cues = modality.cuePositions(for: range, in: tokens, clause: clause, language: language, ignoring: windowFree, isVerb: trigger.isVerb)
                // (A date's word is no cue: "On 25 May, Putin hosted" — May the month, not the modal.)
                .filter { (!speakerAfter || $0.at >= range.lowerBound) && !dateTokens.contains($0.at) }
                .compactMap { c -> (cue: ModalityLexicon.Cue, at: Int)? in c.cue != .request ? c : governedInfinitive ? (.hypothetical, c.at) : nil }
            /// What the cues before `target` do to it: refused, avoided, denied.
            func outcome(_ cues: [(cue: ModalityLexicon.Cue, at: Int)], before target: Range<Int>) -> (refused: Bool, avoided: Bool, denied: Bool) {
                // A refusal cancels what it would perform (a verb trigger, a noun right after it, or one after
                // a light verb: « refuse d’imposer des sanctions », « écartant de fait la médiation russe »);
                // « a refusé de reconnaitre l’annexion » leaves the annexation a fact.
                func governs(_ kind: ModalityLexicon.Cue) -> Bool {
                    cues.contains { cue, at in
                        guard cue == kind, at < target.lowerBound else { return false }
                        // « a refusé le 17 juin 2022 de reconnaître »: a date between them counts for nothing.
                        let words = (at + 1..<target.lowerBound).filter { !dateTokens.contains($0) }
                        // ("cancelled a planned meeting": a word saying it was scheduled counts for nothing either.)
                        let between = words.filter { !lexicon.isFunctionWord(tokens[$0], language: language) && !lexicon.isWord(tokens[$0], .scheduled, language: language) }
                        let distance = words.count + 1
                        // « refuse d’imposer », « réticente à l’idée d’intervenir »: one content word at most between.
                        if trigger.isVerb { return distance <= 3 || (distance <= 5 && between.count <= 1) }
                        if between.count <= 3 && distance <= 4 && !between.contains(where: { tokens[$0].folded.count > 5 }) { return true }
                        // Through a light verb, only its own object: « refuse d’imposer l’arsenal de sanctions »,
                        // not « a refusé de signer la déclaration finale du sommet ».
                        return (at + 1..<target.lowerBound).contains { v in
                            lexicon.lightVerb(at: v, in: tokens, language: language) != nil
                                && ((v + 1)..<target.lowerBound).filter { !lexicon.isFunctionWord(tokens[$0], language: language) && !dateTokens.contains($0) }.count <= 1
                        }
                    }
                }
                // Two denials affirm: « n’a pas hésité à ouvertement condamner », « ne refuse pas de ».
                // A negation bears on the first verb after it: « n’a pas reconnu l’annexion » denies the
                // recognition, not the annexation.
                // A refusal or an avoidance between them is no blocker: « ne refuse pas de reconnaître » —
                // two denials affirm.
                let cueVerbs = Set(cues.filter { $0.cue == .negatingVerb || $0.cue == .avoiding }.map(\.at))
                let denied = cues.contains { cue, at in
                    guard cue == .negation else { return false }
                    // ("recognised neither Abkhazia nor …": a negation right after the verb denies it; after a noun, its
                    // predicate: "the meeting … was cancelled".)
                    guard at < target.lowerBound else { return at >= target.upperBound }
                    guard !((at + 1)..<target.lowerBound).contains(where: { verbTriggerStarts.contains($0) && !cueVerbs.contains($0) }) else { return false }
                    // A noun that a verb of the `presupposing` class takes stays a fact: « n’a pas commenté la visite de
                    // Mme Pelosi », "did not attend the summit" (a verb that brings it about does not: « ne pas
                    // entraîner la Géorgie dans une nouvelle guerre »).
                    // Nor past a temporal word: « les soldats russes ne sont pas intervenus lors de l’attaque azerbaïdjanaise ».
                    // Nor past the agent of a passive: "has not been isolated by sweeping Western sanctions" (they exist).
                    return trigger.isVerb || !((at + 1)..<target.lowerBound).contains {
                        lexicon.isWord(tokens[$0], .presupposing, language: language) || lexicon.isWord(tokens[$0], .temporal, language: language)
                            || lexicon.slots(at: $0, in: tokens, language: language).map { $0.slots == ["agent"] } == true
                    }
                }
                // « pour éviter une reprise du conflit », « éviter les sanctions occidentales »: what is avoided
                // does not take place here, yet is not denied either (the sanctions exist).
                return (governs(.negatingVerb), governs(.avoiding), denied)
            }
            // (With a parallel, the cues before the earlier infinitive are the earlier's, counted once below.)
            let own = outcome(parallel.map { p in cues.filter { $0.at >= p.range.upperBound } } ?? cues, before: range)
            // « a refusé de reconnaître l’annexion et de cautionner l’invasion », « n’a pas hésité à condamner …,
            // à défendre … »: a parallel infinitive shares what governs the earlier one from before its marker
            // — not a negation of that infinitive alone ("chose not to recognize … and to condemn").
            var inherited = false
            if let parallel {
                let before = modality.cuePositions(for: parallel.range, in: tokens, clause: clause, language: language, ignoring: windowFree)
                    .filter { $0.at < parallel.marker && !($0.cue == .negation && $0.at >= parallel.marker - 1) }
                let earlier = outcome(before, before: parallel.range)
                inherited = earlier.denied != earlier.refused
            }
            // « Bakou ne serait jamais intervenu militairement en Arménie sans l’aval de Moscou », "would never have
            // attacked without Moscow's approval": the negation bears on « sans »; the intervention is granted.
            // Only in a conditional ("would never have"), and before any comma: « n’a pas reconnu l’annexion, sans
            // surprise » and "held without observers" deny still.
            let exceptedLater = cues.contains { $0.cue == .hypothetical } && (range.upperBound..<min(tokens.count, range.upperBound + 8)).contains { k in
                clause[k] == clause[range.lowerBound] && commas[k] == commas[range.lowerBound] && lexicon.isWord(tokens[k], .exceptive, language: language)
            }
            let refused = own.refused, avoided = own.avoided, denied = own.denied && !exceptedLater
            let negated = ((denied != refused) != inherited) != trigger.inverted
            let cancelled = negated || avoided || cues.contains { [.hypothetical, .purpose, .generic].contains($0.cue) }
            guard !cancelled || keepsNonFacts else { continue }
            var participants: [EventParticipant] = []
            /// Those named after a verb trigger (« coopère avec la Chine et l’Inde »): a symmetric verb's subject
            /// pairs with each of them, they do not pair with one another.
            var afterVerb: Set<Int> = []
            var otherSide: Set<Int> = []
            var place: Int? = nil
            /// Where it happens: the first place named; the state a territory lies in, or the state named
            /// as the place, takes the type's place role (else `fallbackRole`, for a territory).
            /// (`sibling`: coordinated with the place before it, "stationed in Abkhazia and South Ossetia" — a place of the
            /// event too, which stays placed at the first.)
            func locate(_ entity: Int, fallbackRole: EventRole?, sibling: Bool = false) {
                // One place: a second one further on is another clause's ("the war in Ukraine took place in
                // Tbilisi" makes Georgia no party to the war).
                if let place, place != entity, locatedIn(entity) != place, locatedIn(place) != entity, !sibling { return }
                if place == nil { place = entity }
                switch gazetteer.entities[entity].kind {
                case .place:
                    // A predicate whose object may be a territory takes the territory itself ("deployed peacekeepers
                    // in Nagorno-Karabakh"); others, the state it lies in.
                    if type.objectKinds.contains(.place) && gazetteer.isTerritory(entity), let r = type.placeRole ?? fallbackRole { participants.append(EventParticipant(entity: entity, role: r)) }
                    else if let state = locatedIn(entity), let r = type.placeRole ?? fallbackRole { participants.append(EventParticipant(entity: state, role: r)) }
                case .state:
                    if let r = type.placeRole { participants.append(EventParticipant(entity: entity, role: r)) }
                default: break
                }
            }
            func add(_ m: Int, _ role: EventRole) {
                let entity = entities[m].entity
                let kind = gazetteer.entities[entity].kind
                // (Unless a place may be the object itself: « a reconnu l’indépendance de l’Abkhazie » recognizes
                // Abkhazia, not Georgia.)
                if (kind == .place && !(type.objectKinds.contains(.place) && gazetteer.isTerritory(entity))) || (entities[m].function == .location && role != .host && kind != .place) {
                    // A place as participant: the place, and its state takes the role.
                    locate(entity, fallbackRole: role)
                    return
                }
                participants.append(EventParticipant(entity: entity, role: role))
                if trigger.isVerb && entityRanges[m].lowerBound >= range.upperBound { afterVerb.insert(entity) }
                // « le président kazakh »: the state of a role phrase shares the role.
                for (k, r) in entityRanges.enumerated() where k != m && entityRanges[m].contains(r.lowerBound) && r.upperBound <= entityRanges[m].upperBound {
                    participants.append(EventParticipant(entity: entities[k].entity, role: role))
                }
            }
            /// "stationed in Abkhazia and South Ossetia.", « …, since 2008 »: a name after which its phrase ends — the sentence or
            /// a comma, a date, or a function word that is no auxiliary; not "Kazakhstan hosts", « l’Ukraine craint »,
            /// "Lithuania's response".
            func endsThePhrase(_ m: Int) -> Bool {
                let after = entityRanges[m].upperBound
                guard after < tokens.count, commas[after] == commas[after - 1], !dateTokens.contains(after) else { return true }
                return lexicon.isFunctionWord(tokens[after], language: language) && !lexicon.isWord(tokens[after], .auxiliary, language: language)
                    && !lexicon.isWord(tokens[after], .possessiveClitic, language: language)
            }
            /// "Russia's annexation", "Georgia's neutrality": a name whose possessive « 's » makes it the owner of the noun
            /// after it — unless that noun stands for it ("Armenia's security").
            func ownsTheNounAfter(_ m: Int) -> Bool {
                let e = entityRanges[m].upperBound
                return e + 1 < tokens.count && lexicon.isWord(tokens[e], .possessiveClitic, language: language)
                    && !lexicon.isWord(tokens[e + 1], .transparent, language: language)
            }
            /// "deployed troops in Belarus and Poland reinforced its border": a name followed, in its comma group and with nothing
            /// but a space between, by what reads as a finite verb is the subject of a clause of its own.
            func nameOpensAClause(_ m: Int) -> Bool {
                let after = entityRanges[m].upperBound
                // A word that reads as a finite verb: an auxiliary (« en Biélorussie et la Pologne a renforcé sa frontière »), a verb
                // of the lexicon, or an English past ("and Poland reinforced"); not a participle or a noun after the name (« entre
                // l’Azerbaïdjan et la Russie concernant … »).
                guard after < tokens.count, commas[after] == commas[after - 1], !dateTokens.contains(after),
                      !entityRanges.contains(where: { $0.lowerBound == after }),
                      scalars[tokens[after - 1].end..<tokens[after].start].allSatisfy({ $0.properties.isWhitespace }) else { return false }
                let word = tokens[after].folded
                // (An auxiliary only after a place, whose list would repeat its preposition: « entre la Russie, l’Ukraine et la
                // Biélorussie ont repris » is one subject; and written without an accent: « à » is no « a ».)
                let auxiliary = lastWasPlace && lexicon.isWord(tokens[after], .auxiliary, language: language)
                    && Tokenizer.text(scalars, tokens[after].start..<tokens[after].end).lowercased() == word
                return auxiliary || verbTriggerStarts.contains(after) || lexicon.hasEnding(tokens[after], .pastEnding, language: language)
            }
            func mention(startingAt p: Int) -> Int? {
                entityRanges.indices.filter { entityRanges[$0].lowerBound == p }.max { entityRanges[$0].count < entityRanges[$1].count }
            }
            /// "the Russian-led CSTO": a name hyphenated to a qualifying participle only qualifies the noun after it.
            func qualifies(_ m: Int) -> Bool {
                let e = entityRanges[m].upperBound
                guard e < tokens.count, lexicon.isWord(tokens[e], .qualifier, language: language) else { return false }
                return Array(scalars[tokens[e - 1].end..<tokens[e].start]) == ["-"]
            }
            /// « Le président russe, Vladimir Poutine, a annoncé »: a name closing an apposition, its comma
            /// followed by nothing but an auxiliary before the verb at `v`, is that verb's subject.
            func closesAnApposition(_ m: Int, before v: Int) -> Bool {
                let end = entityRanges[m].upperBound
                // (The verb may follow the comma at once: "Putin and his Turkish counterpart, Recep Tayyip Erdogan, met in Sochi".)
                guard end <= v, v - end <= 2, end < tokens.count, commas[end] == commas[end - 1] + 1, commas[v] == commas[end],
                      clause[entityRanges[m].lowerBound] == clause[v] else { return false }
                // « l’OTSC, qui regroupe la Russie, …, le Tadjikistan, a déployé »: a relative clause is no
                // apposition; its antecedent is the subject (the relative pronoun rule below).
                let start = entityRanges[m].lowerBound
                // The name opens the apposition, right after its comma (articles and titles aside): in « Moscou,
                // selon Erevan, a critiqué l’OTSC » the source is no subject.
                // (A title mention right before the name, "Russian President Vladimir Putin", is no source.)
                let before = lexicon.beforeArticles(start, in: tokens, language: language)
                let titled = entityRanges.contains { $0.upperBound == start && $0.lowerBound <= before }
                if before >= 0, commas[before + 1] == commas[before], !titled,
                   lexicon.isFunctionWord(tokens[before], language: language) || !tokens[before].capitalized { return false }
                if (max(0, start - 12)..<start).contains(where: { r in
                    r > 0 && lexicon.isWord(tokens[r], .relative, language: language) && commas[r] == commas[r - 1] + 1
                        && clause[r] == clause[start]
                }) { return false }
                // (Adverbs too: « Andrei Spînu, avait alors directement mis en cause la Russie ».)
                return (end..<v).allSatisfy { lexicon.isWord(tokens[$0], .auxiliary, language: language) || lexicon.isWord(tokens[$0], .adverb, language: language) }
            }
            /// « Erevan, pour sa part, critique ouvertement Moscou », "Moscow, for its part, denounced …": a name
            /// before a short incise between commas (words of the `incise` class and function words), the verb
            /// (auxiliaries aside) right after it.
            func closesAnIncise(_ m: Int, before v: Int) -> Bool {
                let end = entityRanges[m].upperBound
                guard end < v, commas[end] == commas[end - 1] + 1, commas[v] == commas[end] + 1,
                      clause[entityRanges[m].lowerBound] == clause[v],
                      let close = (end...v).first(where: { commas[$0] == commas[end] + 1 }), close - end <= 4,
                      (end..<close).allSatisfy({ lexicon.isWord(tokens[$0], .incise, language: language) || lexicon.isFunctionWord(tokens[$0], language: language) })
                else { return false }
                // (Auxiliaries, a negation and an adverb may stand before the verb: « La Russie, pour sa part, n’a pas
                // critiqué », "Yerevan, for its part, openly criticised".)
                return (close..<v).allSatisfy {
                    lexicon.isWord(tokens[$0], .auxiliary, language: language) || modality.isNegationParticle(tokens[$0], language: language)
                        || modality.isNegationCompleter(tokens[$0], language: language) || lexicon.isWord(tokens[$0], .adverb, language: language)
                }
            }
            /// The subject of the verb (a light or hosting verb) starting at `verb`: the nearest actor just
            /// before it, in its clause, not the complement of a preposition (« l’invasion de l’Ukraine tout
            /// en faisant valoir sa candidature »: Ukraine is no candidate).
            func subject(ofVerbAt verb: Int) -> Int? {
                func governed(_ k: Int) -> Bool {
                    var q = lexicon.beforeArticles(entityRanges[k].lowerBound, in: tokens, language: language)
                    // "members of the Moscow-led CSTO and host": a qualifier before the name ("Moscow-led")
                    // stands between it and what governs it.
                    if q >= 1, lexicon.isWord(tokens[q], .qualifier, language: language),
                       let qualifying = entityRanges.first(where: { $0.upperBound == q }) {
                        q = lexicon.beforeArticles(qualifying.lowerBound, in: tokens, language: language)
                    }
                    // « et », "and" coordinate subjects; they govern nothing.
                    // (Nor « de » after a noun acting for its complement: « les pays de l’ancien espace soviétique veulent
                    // réduire leur dépendance », "the leaders of Russia and China agreed to sign".)
                    // (Not after a copula: "are members of the Moscow-led CSTO and host Russian bases" — the name
                    // completes what the subject is.)
                    if q >= 1, lexicon.slots(at: q, in: tokens, language: language)?.slots == ["genitive"],
                       lexicon.isWord(tokens[q - 1], .agentNoun, language: language),
                       case let before = lexicon.beforeArticles(q - 1, in: tokens, language: language),
                       before < 0 || !(lexicon.isWord(tokens[before], .copula, language: language) || lexicon.isWord(tokens[before], .auxiliary, language: language)) { return false }
                    return q >= 0 && lexicon.isFunctionWord(tokens[q], language: language)
                        && !lexicon.isWord(tokens[q], .conjunction, language: language)
                }
                return entityRanges.indices.filter {
                    entityRanges[$0].upperBound <= verb && verb - entityRanges[$0].upperBound <= 3
                        && clause[entityRanges[$0].lowerBound] == clause[verb]
                        // ("an alliance of which it is a member": a relative between them opens the verb's own clause.)
                        && !(entityRanges[$0].upperBound..<verb).contains(where: { k in
                            lexicon.isWord(tokens[k], .genitiveRelative, language: language) || lexicon.isWord(tokens[k], .relative, language: language)
                                || lexicon.isWord(tokens[k], .complementizer, language: language) })
                        && (commas[entityRanges[$0].lowerBound] == commas[verb] || closesAnApposition($0, before: verb) || closesAnIncise($0, before: verb))
                        && entities[$0].function == .actor && !governed($0)
                }.max { a, b in
                    // The nearest; of a name and one ending it (« l’ancien espace soviétique »), the whole name.
                    let (x, y) = (entityRanges[a], entityRanges[b])
                    return x.upperBound != y.upperBound ? x.lowerBound < y.lowerBound : x.lowerBound > y.lowerBound
                }
            }
            /// "Kyrgyzstan and Tajikistan are members of the CSTO and host Russian military bases": a verb after
            /// « et », "and" shares the subject of the verb before it in its clause.
            func coordinatedSubject(ofVerbAt verb: Int) -> Int? {
                guard verb >= 2, lexicon.isWord(tokens[verb - 1], .conjunction, language: language) else { return nil }
                guard let earlier = (max(0, verb - 12)..<(verb - 1)).last(where: { k in
                    clause[k] == clause[verb] && commas[k] == commas[verb]
                        && (lexicon.isWord(tokens[k], .copula, language: language) || lexicon.lightVerb(at: k, in: tokens, language: language) != nil
                            || verbTriggerStarts.contains(k) || lexicon.isWord(tokens[k], .hosting, language: language))
                }) else { return nil }
                return subject(ofVerbAt: earlier)
            }
            /// The sides a plural subject pronoun at `q` stands for ("They signed", « Ils ont signé »): those of the
            /// two-sided event the sentence before told, when the pronoun opens its sentence or follows a fronted
            /// phrase and its comma ("On Friday, they met") — not « puisqu’ils refusent », whose antecedent is its
            /// own sentence's. Nil for any other pronoun.
            func carriedSides(pronoun q: Int) -> [Int]? {
                guard lexicon.isWord(tokens[q], .pluralPronoun, language: language) else { return nil }
                let opens = q == 0 || (commas[q] == 1 && commas[q - 1] == 0 && clause[q] == 0)
                return carriedGroup.count >= 2 && opens ? carriedGroup : []
            }
            /// Whether the verb after name `m` (past a relative, a reflexive or negative particle) is singular: « qui s’est
            /// gardée », "which has".
            func agreesWithOne(_ m: Int) -> Bool {
                var k = entityRanges[m].upperBound
                if k < tokens.count, lexicon.isWord(tokens[k], .relative, language: language) { k += 1 }
                while k < tokens.count && lexicon.isWord(tokens[k], .gerundClitic, language: language) { k += 1 }
                guard k < tokens.count else { return false }
                // (An English present in -s too, after the relative: "Russia and Azerbaijan, which accuses Armenia".)
                return lexicon.isWord(tokens[k], .singularVerb, language: language)
                    || (k > entityRanges[m].upperBound && lexicon.hasEnding(tokens[k], .singularEnding, language: language)
                        && !tokens[k].folded.hasSuffix("ss"))
            }
            /// « Le Tadjikistan, qui abrite la plus grande base militaire russe », "Armenia, which hosts …": the
            /// name right before a relative pronoun opening the verb's clause.
            func antecedent(ofVerbAt verb: Int) -> Int? {
                // (Auxiliaries may stand between: « Le Kremlin, qui a déployé ».)
                var q = verb - 1
                while q > 0 && lexicon.isWord(tokens[q], .auxiliary, language: language) { q -= 1 }
                guard q >= 1, lexicon.isWord(tokens[q], .relative, language: language) else { return nil }
                return entityRanges.indices.first { entityRanges[$0].upperBound == q && entities[$0].function == .actor }
            }
            /// « que », "that", « qui », « dont », "which": the word at `k` opens a clause of its own.
            func opensAClauseOfItsOwn(_ k: Int) -> Bool {
                lexicon.isWord(tokens[k], .complementizer, language: language) || lexicon.isWord(tokens[k], .relative, language: language)
                    || lexicon.isWord(tokens[k], .genitiveRelative, language: language)
            }
            /// The subject a pronoun at `q` stands for when it opens a clause governed by the sentence before it: after
            /// « que », "that", a relative (« qui », « dont », "which"), the subject of what comes before; after a
            /// subordinator (« si », "because"), the same only when no « que », "that" or relative came before (in
            /// "warned Moldova that it would face consequences if it joined NATO", "it" is not Russia).
            func governingSubject(ofPronounAt q: Int) -> Int? {
                let subordinate = q > 0 && lexicon.isWord(tokens[q - 1], .subordinator, language: language) && !(0..<(q - 1)).contains(where: opensAClauseOfItsOwn)
                // « …, et il a menacé de les diminuer »: after a conjunction, the subject of the clause it joins.
                let joined = q > 0 && lexicon.isWord(tokens[q - 1], .conjunction, language: language)
                guard q > 0, opensAClauseOfItsOwn(q - 1) || subordinate || joined else { return nil }
                let plural = lexicon.isWord(tokens[q], .pluralPronoun, language: language)
                if let nearest = subjectsBefore(q - 1, plural: plural).last { return entities[nearest].entity }
                guard !joined else { return nil }
                return self.subject(of: tokens, entities: entities.filter { $0.end <= tokens[q - 1].start },
                                    text: String(String.UnicodeScalarView(scalars)), language: language)
            }
            /// Whether the pronoun at `q` opens a clause inside its sentence (after « que », « si », "when", a relative or a
            /// conjunction): who it stands for is then told there or nowhere, never the sentence before's subject ("asked why
            /// the bloc was rushing to Tokayev's aid when it had declined to help Yerevan" is not the Tokayev of the sentence
            /// before).
            func opensASubordinateClause(_ q: Int) -> Bool {
                // (Not one opening the sentence: « Puisqu’elle ne fait pas partie de l’OTAN, la Moldavie refuse ».)
                // (Nor one with no actor named before it: "Its relations with the assembly soured after it annexed Crimea"
                // speaks of the sentence before's.)
                q > 1 && (opensAClauseOfItsOwn(q - 1) || lexicon.isWord(tokens[q - 1], .subordinator, language: language)
                    || lexicon.isWord(tokens[q - 1], .conjunction, language: language))
                    && entityRanges.indices.contains { entityRanges[$0].upperBound < q && entities[$0].function == .actor
                        && [.state, .organization, .person].contains(gazetteer.entities[entities[$0].entity].kind) }
            }
            /// « le géant gazier russe Gazprom a réduit ses livraisons à Chisinau, et il a menacé … », « …, que Moscou n’a
            /// pas reconnue, mais dont elle soutient l’économie »: the names before `q` standing where a subject stands —
            /// at the sentence's start, or after a comma, a dash, « que », a relative, a conjunction or a subordinator,
            /// past their article and the words of their noun phrase (« le géant gazier russe ») — in order. Not a verb's
            /// object (« a attaqué l’Ukraine ») nor a preposition's (« à Chisinau »). A plural pronoun may stand for a group
            /// (« Les trois États baltes … soutiens de Kiev, à qui ils ont livré des armes »).
            func subjectsBefore(_ q: Int, plural: Bool) -> [Int] {
                func boundary(before first: Int) -> Bool {
                    guard first > 0 else { return true }
                    let k = first - 1
                    if scalars[tokens[k].end..<tokens[first].start].contains(where: { ",–—;:(".unicodeScalars.contains($0) }) { return true }
                    // ("Kuleba said Russia had no place … as long as it waged war": a verb of saying opens a clause.)
                    if triggers.contains(where: { $0.trigger.takesClause && $0.trigger.isVerb && $0.range.upperBound == first }) { return true }
                    return [.complementizer, .relative, .genitiveRelative, .conjunction, .subordinator].contains { lexicon.isWord(tokens[k], $0, language: language) }
                }
                return entityRanges.indices.filter { m in
                    let e = entities[m]
                    guard entityRanges[m].upperBound <= q, e.function == .actor, e.aliasKind != .demonym else { return false }
                    let kind = gazetteer.entities[e.entity].kind
                    guard [.state, .organization, .person].contains(kind) || (plural && kind == .region) else { return false }
                    // Not inside a parenthesis or a quotation.
                    let before = scalars[..<tokens[entityRanges[m].lowerBound].start]
                    if let open = before.lastIndex(of: "("), !before[open...].contains(")") { return false }
                    if before.filter({ $0 == "«" || $0 == "“" }).count > before.filter({ $0 == "»" || $0 == "”" }).count { return false }
                    var first = entityRanges[m].lowerBound
                    // The words of its noun phrase, back to its article (a demonym among them).
                    var j = first - 1
                    // (Not past a comma: "near the Ukrainian border, as Russia fired".)
                    while j >= 0 && first - j <= 4 && !lexicon.isFunctionWord(tokens[j], language: language)
                            && !scalars[tokens[j].end..<tokens[j + 1].start].contains(where: { ",–—;:(".unicodeScalars.contains($0) })
                            && !entityRanges.indices.contains(where: { entityRanges[$0].contains(j) && entities[$0].aliasKind != .demonym }) { j -= 1 }
                    if j >= 0 && j < first - 1 && lexicon.isArticle(tokens[j], language: language) { first = j + 1 }
                    while first > 0 && lexicon.isArticle(tokens[first - 1], language: language) { first -= 1 }
                    guard boundary(before: first) else { return false }
                    // Not the subject of a relative incise the main clause resumes after (« Le Kazakhstan, que la Russie
                    // approvisionne en gaz, a affirmé qu’il … »): a relative before it, and past the next comma a verb.
                    if first > 0, lexicon.isWord(tokens[first - 1], .relative, language: language) || lexicon.isWord(tokens[first - 1], .complementizer, language: language),
                       let close = (entityRanges[m].upperBound..<q).first(where: { k in k > 0 && scalars[tokens[k - 1].end..<tokens[k].start].contains(",") }),
                       lexicon.isWord(tokens[close], .auxiliary, language: language) || verbTriggerStarts.contains(close) { return false }
                    return true
                }
            }
            /// After « si », "if", "because", a subject pronoun may stand for the main clause's object as well as its
            /// subject (« La Russie menace la Finlande de représailles si elle rejoint l’OTAN »): with two actors named
            /// before it as subject or direct object (no preposition before them: « se rapprocher de l’UE, même si elle »
            /// is Armenia's), kb does not guess who it is.
            /// The same after « et », "and" inside the sentence: « Le Kremlin a menacé la Moldavie, et elle a demandé
            /// l’aide de l’UE » (« Gazprom a réduit ses livraisons à Chisinau, et il a menacé » names one only).
            func ambiguous(pronounAt q: Int) -> Bool {
                guard q > 0, lexicon.isWord(tokens[q - 1], .subordinator, language: language) || lexicon.isWord(tokens[q - 1], .conjunction, language: language)
                else { return false }
                let before = Set(entityRanges.indices.filter { k in
                    let m = entities[k]
                    guard entityRanges[k].upperBound < q, m.function == .actor, m.aliasKind != .demonym,
                          [.state, .organization, .person].contains(gazetteer.entities[m.entity].kind) else { return false }
                    let j = lexicon.beforeArticles(entityRanges[k].lowerBound, in: tokens, language: language)
                    return j < 0 || !lexicon.isFunctionWord(tokens[j], language: language)
                }.map { k in gazetteer.references(entities[k].entity, "affiliation").first ?? entities[k].entity })
                return before.count >= 2
            }
            /// « l’OTSC, dont l’Arménie est membre », "the CSTO, an alliance of which it is a member": the name a
            /// genitive relative (« dont », "of which") before `v` in its clause stands for — the nearest before it,
            /// within a short apposition.
            func genitiveAntecedent(before v: Int) -> Int? {
                // (A relative that is also a plain one, English "which", only after a genitive: "of which".)
                func genitiveRelative(_ k: Int) -> Bool {
                    lexicon.isWord(tokens[k], .genitiveRelative, language: language)
                        && (!lexicon.isWord(tokens[k], .relative, language: language)
                            || (k > 0 && lexicon.slots(at: k - 1, in: tokens, language: language)?.slots.contains("genitive") == true))
                }
                guard let r = (max(0, v - 6)..<v).last(where: { genitiveRelative($0) && clause[$0] == clause[v] }) else { return nil }
                // ("a Moscow-led military alliance of which": a name qualifying a noun is no antecedent; nor the agent of a
                // participle qualifying it: « l’alliance militaire dominée par Moscou dont l’Arménie est membre ».)
                func agentOfAParticiple(_ m: Int) -> Bool {
                    let k = lexicon.beforeArticles(entityRanges[m].lowerBound, in: tokens, language: language)
                    guard k >= 1, lexicon.slots(at: k, in: tokens, language: language)?.slots.contains("agent") == true else { return false }
                    return !lexicon.isFunctionWord(tokens[k - 1], language: language)
                }
                return entityRanges.indices.filter { entityRanges[$0].upperBound <= r && r - entityRanges[$0].upperBound <= 8 && clause[entityRanges[$0].lowerBound] == clause[r]
                    && entities[$0].function == .actor && !qualifies($0) && !agentOfAParticiple($0) }.max { entityRanges[$0].upperBound < entityRanges[$1].upperBound }
            }
            /// The state of the name before a possessive relative and a noun standing for a state ("Tokayev, whose
            /// country", « Modi, dont le gouvernement »), in the clause of the verb at `v`, a few words before it: the
            /// person's state, or the state itself.
            func stateOfPossessiveRelative(before v: Int) -> Int? {
                guard let r = (max(0, v - 6)..<v).last(where: { k in
                    (lexicon.isWord(tokens[k], .possessiveRelative, language: language) || lexicon.isWord(tokens[k], .genitiveRelative, language: language))
                        && clause[k] == clause[v]
                }) else { return nil }
                let noun = lexicon.afterArticles(r + 1, in: tokens, language: language)
                // (The noun is the clause's subject: « dont le pays voisin, la Finlande, a demandé » is no one's.)
                guard noun < v, lexicon.isWord(tokens[noun], .stateNoun, language: language),
                      ((noun + 1)..<v).allSatisfy({ k in
                          lexicon.isWord(tokens[k], .auxiliary, language: language) || lexicon.isWord(tokens[k], .infinitive, language: language)
                              || modality.isNegationParticle(tokens[k], language: language) || modality.isNegationCompleter(tokens[k], language: language)
                              || lexicon.isWord(tokens[k], .adverb, language: language) || triggers.contains { $0.range.contains(k) }
                      }),
                      let m = entityRanges.indices.first(where: { entityRanges[$0].upperBound == r && entities[$0].function == .actor }) else { return nil }
                let entity = entities[m].entity
                switch gazetteer.entities[entity].kind {
                case .state: return entity
                case .person: return gazetteer.references(entity, "affiliation").first.flatMap { gazetteer.entities[$0].kind == .state ? $0 : nil }
                default: return nil
                }
            }
            /// The subject of the main clause, for a trigger at `v` inside the gerund phrase opening the sentence
            /// (a noun only right after the participle of a light verb, « En imposant des sanctions à la Russie »).
            func gerundSubject(before v: Int) -> Int? {
                // (A noun only after a light verb's participle: "By condemning the invasion, Kazakhstan" invades nothing.)
                func governs(_ participle: Int) -> Bool {
                    trigger.isVerb ? v == participle : v - participle <= 2 && lexicon.lightVerb(at: participle, in: tokens, language: language, before: v) != nil
                }
                let text = String(String.UnicodeScalarView(scalars))
                if let (participle, end) = lexicon.gerundPhrase(in: tokens, commas: commas, language: language), v < end {
                    guard trigger.isVerb || governs(participle) else { return nil }
                    return self.subject(of: tokens, entities: entities.filter { $0.start >= tokens[end].start }, text: text, language: language)
                }
                // « Pékin … se mêle des questions de sécurité – en proposant un processus de paix entre Kyiv et Moscou »: a
                // gerund after a comma or a dash, later in the sentence, is the main clause's too, told before it.
                guard let (marker, participle) = lexicon.gerund(before: v, in: tokens, scalars: scalars, language: language), governs(participle) else { return nil }
                // (The main clause's subject, the nearest one: "Because Russia cut gas supplies, Moldova responded, by turning
                // to Romania" is Moldova's.)
                if let nearest = subjectsBefore(marker, plural: false).last { return entities[nearest].entity }
                return self.subject(of: tokens, entities: entities.filter { $0.end <= tokens[marker].start }, text: text, language: language)
            }
            // Right side.
            var p = range.upperBound
            let rightStart = participants.count
            var slots: Set<String> = []
            var wordsSinceSlot = 0
            /// Past « entre », "between" and a noun the parties act through ("the foreign ministers"): « de », "of" names them.
            var partyThroughAgent = false
            var sawPassiveAgent = false
            // "Azerbaijan's attack on Armenia was condemned": a participle after a passive auxiliary makes
            // its subject the patient, agent or none.
            if trigger.isVerb, range.lowerBound > 0, lexicon.isWord(tokens[range.lowerBound - 1], .passiveAuxiliary, language: language),
               let last = tokens[range.upperBound - 1].folded.unicodeScalars.last, ["d", "n"].contains(Character(last)) {
                sawPassiveAgent = true
            }
            var firstRight = true
            var contentWords = 0
            var nounRightAfterVerb = false
            var coordinated = false
            var lastWasPlace = false
            var placeRepeated = false
            // Content words since the last name read.
            var contentSinceMention = 0
            var seenMention = false
            // « se rapprocher de la Turquie », « s’éloigner de la Russie »: « de » right after a verb
            // introduces its complement, the patient (« condamner l’invasion de l’Ukraine » does not:
            // there « de » completes the noun).
            var verbComplement = false
            // The role a verb gave the name right after it, which a list after that name shares.
            var listRole: EventRole? = nil
            // « ont bombardé des villes arméniennes », "shelled Goris": the object of a verb that strikes it is its
            // target (the state of a place it names too); who struck is then its aggressor (events only: a
            // relation's conflict stays two-sided).
            let strikes = !keepsNonFacts && trigger.strikes
            // « soutenir l’intégrité territoriale du Kazakhstan »: nouns that stand for their complement
            // (transparent) let « de X » after them be the verb's complement still.
            var onlyTransparent = true
            // A relative pronoun after a noun trigger opens a clause that still tells of it (« les affrontements
            // qui ont éclaté entre … »).
            var sawRelative = false
            var placeOnly = false
            // The slot words that gave the last name its role: after a comma, the same slot before another
            // name continues the list (« vend ses drones à l’Azerbaïdjan, au Kirghizstan »).
            var lastSlots: Set<String> = []
            // « la double adhésion de ces pays au sein de l’OTAN »: a noun's « de X » that may join or be
            // joined; once « au sein de » names who is joined, X is who joins.
            var undecidedGenitive: Int? = nil
            // Whether « entre X et Y » has named its last party.
            var pairClosed = false
            // Where the last slot's words start.
            var slotWord: Int? = nil
            /// The party slot open is « avec », "with": its names are the noun's other side.
            var comitative = false
            /// « l’invasion russe de l’Ukraine »: the demonym right after the noun is its doer, and « de X » after it still
            /// completes the noun.
            var demonymRightAfter = false
            var slotEnd = -1
            /// « se sont abattus sur les principales métropoles ukrainiennes », "shelled the main Armenian towns": what a
            /// verb strikes may be one noun phrase of two content words closed by a demonym, whose state is the target
            /// (events only: for relations a qualified object says less).
            func endsTheStruckObject(_ m: Int) -> Bool {
                guard strikes, entities[m].aliasKind == .demonym,
                      entityRanges[m].lowerBound > verbEnd, commas[entityRanges[m].lowerBound] == commas[verbEnd - 1] else { return false }
                let words = verbEnd..<entityRanges[m].lowerBound
                guard words.allSatisfy({ lexicon.isArticle(tokens[$0], language: language) || !lexicon.isFunctionWord(tokens[$0], language: language) }),
                      words.allSatisfy({ mention(startingAt: $0) == nil && !triggerStarts.contains($0) }) else { return false }
                return words.filter { !lexicon.isArticle(tokens[$0], language: language) }.count <= 2
            }
            /// Whether the word at `k` is written as its folded form, lowercase aside: the auxiliary « a », not « À ».
            func writtenAsFolded(_ k: Int) -> Bool { Tokenizer.text(scalars, tokens[k].start..<tokens[k].end).lowercased() == tokens[k].folded }
            /// Whether `m` can only be the object: a name of a kind the predicate takes as object, and no state, place
            /// or region ("member of", "left": an organization).
            func onlyObject(_ m: Int) -> Bool {
                type.objectKinds.contains(gazetteer.entities[entities[m].entity].kind) && type.objectKinds.isDisjoint(with: [.place, .region, .state])
            }
            /// Whether the word at `k` is an approximator before a number, up to two approximators or a function word
            /// between (« près de 2 000 », "more than 2,000", "up to 3,000").
            func approximatesANumber(_ k: Int) -> Bool {
                guard lexicon.isWord(tokens[k], .approximator, language: language) else { return false }
                var j = k + 1
                while j < tokens.count && j - k <= 3 {
                    if tokens[j].folded.allSatisfy(\.isNumber) { return true }
                    guard lexicon.isWord(tokens[j], .approximator, language: language) || lexicon.isFunctionWord(tokens[j], language: language) else { return false }
                    j += 1
                }
                return false
            }
            /// After a comma, a name continues a list only when the list goes on after it (« à l’Azerbaïdjan,
            /// au Kirghizstan et … »); « ne fait pas partie de l’OTAN, la Moldavie refuse » starts a clause.
            func listGoesOn(after m: Int) -> Bool {
                let q = entityRanges[m].upperBound
                return q >= tokens.count || commas[q] != commas[q - 1] || clause[q] != clause[q - 1]
                    || lexicon.isWord(tokens[q], .conjunction, language: language)
            }
            // Where the verb ends, the adverbs right after it included (« dépend presque entièrement du gaz russe »).
            var verbEnd = range.upperBound
            while !trigger.takesClause && p < tokens.count && p - range.upperBound <= window && clause[p] == clause[range.lowerBound] {
                if trigger.isVerb && p == verbEnd, case let n = lexicon.wordLength(tokens, at: p, .adverb, language: language), n > 0,
                   clause[min(p + n, tokens.count) - 1] == clause[p] { verbEnd += n; p += n; continue }
                // "warned that Russia would …", « a fait savoir que la Russie … »: what follows « que », "that" right
                // after a verb is another clause, none of its objects.
                if trigger.isVerb && p == verbEnd && lexicon.isWord(tokens[p], .complementizer, language: language) { break }
                // (Nor past its object: « exige de l’OTAN que les arsenaux du Royaume-Uni et de la France … » asks nothing of France.)
                if trigger.isVerb && seenMention && lexicon.isWord(tokens[p], .complementizer, language: language) { break }
                // "endorsed sanctions against Russia": a noun trigger right after a verb is its object, and
                // what follows is that noun's.
                // ("deployed peacekeepers in Nagorno-Karabakh", « a déployé quelque 2 000 soldats de la paix au Haut-Karabakh »:
                // the verb's object telling the same thing again is part of it.)
                if triggerStarts.contains(p), trigger.isVerb, contentWords == 0, !seenMention, slots.isEmpty,
                   let same = triggers.first(where: { $0.range.lowerBound == p && !$0.trigger.isVerb && $0.trigger.type == trigger.type }) {
                    p = same.range.upperBound
                    continue
                }
                if triggerStarts.contains(p) && (p != range.upperBound || (trigger.isVerb && !verbTriggerStarts.contains(p))) { break }
                // "refused to sanction Russia", « a refusé de sanctionner la Russie »: past the verb, an infinitive (its
                // marker before a word that is neither an article nor a name) opens another verb phrase, none of whose
                // names is this verb's object.
                if trigger.isVerb, lexicon.isWord(tokens[p], .infinitive, language: language),
                   p + 1 < tokens.count, !lexicon.isArticle(tokens[p + 1], language: language), !lexicon.isFunctionWord(tokens[p + 1], language: language),
                   mention(startingAt: p + 1) == nil, !triggerStarts.contains(p + 1) { break }
                // « au Kirghizstan et également au Tadjikistan »: an adverb after « et » keeps the list going.
                if coordinated && lexicon.isWord(tokens[p], .additive, language: language) { p += 1; continue }
                // « défendre l’intégrité territoriale de l’Ukraine et à rappeler à Moscou »: « et » before an
                // infinitive starts another verb phrase; its words are not this trigger's.
                if coordinated, lexicon.isWord(tokens[p], .infinitive, language: language), p + 1 < tokens.count,
                   !lexicon.isArticle(tokens[p + 1], language: language), mention(startingAt: p + 1) == nil { break }
                // « la guerre en Ukraine a eu le mérite de replacer l’Asie centrale et le Caucase »: a noun
                // trigger followed by a finite auxiliary is that verb's subject; what comes after is the
                // verb's, not the noun's.
                if !trigger.isVerb {
                    if lexicon.isWord(tokens[p], .relative, language: language) { sawRelative = true }
                    // Past it, only where the verb took place is the noun's too ("protesters had rallied in
                    // Yerevan"): no one after it takes a part.
                    if !sawRelative && !placeOnly && lexicon.isWord(tokens[p], .auxiliary, language: language)
                        && writtenAsFolded(p) {
                        // (Only for what a place hosts: "The invasion of Ukraine was discussed in Astana" took
                        // place in no Astana.)
                        // (Or for a meeting between sides: "Talks were held in Geneva between Armenia and Azerbaijan".)
                        guard type.placeRole == .host || (type.symmetric && type.cooperative) else { break }
                        placeOnly = true
                        slots = []
                        p += 1
                        continue
                    }
                }
                // « …une guerre d’usure, Moscou peine… »: past a comma, the words tell something else
                // (a coordination « X, Y et Z » keeps its slot).
                // "groups Russia, Belarus, Armenia and Kazakhstan": past a name, a comma before another
                // name continues the list in the same role.
                // (« bloquant l’adhésion de la Finlande et de la Suède »: after « et », the preposition that ends the
                // trigger may come again.)
                let repeated = coordinated && p < tokens.count && trigger.isVerb && tokens[p].folded == tokens[range.upperBound - 1].folded
                    && lexicon.isFunctionWord(tokens[p], language: language) ? 1 : 0
                let nextInList = listRole == nil ? nil : mention(startingAt: lexicon.afterArticles(p + repeated, in: tokens, language: language))
                let continuesList = nextInList.map(listGoesOn(after:)) ?? false
                // (Looked at only past a comma.)
                func repeatsSlot() -> Bool {
                    !lastSlots.isEmpty && lexicon.slots(at: p, in: tokens, language: language).map { found in
                        found.slots == lastSlots && mention(startingAt: lexicon.afterArticles(p + found.length, in: tokens, language: language)).map(listGoesOn(after:)) == true
                    } == true
                }
                // (« Après les affrontements entre l’Arménie et l’Azerbaïdjan, la Turquie a proposé sa médiation »: a
                // pair closed by « et » ends the parties.)
                // ("On the sidelines of the summit, Putin met Xi": a name right past a comma after a noun opens another clause.)
                if !trigger.isVerb && p == range.upperBound && p > 0 && commas[p] != commas[p - 1] && mention(startingAt: p) != nil { break }
                // ("Azerbaijan, Turkey's closest ally, sells gas to Italy": a noun closing an apposition opened by a comma a few
                // words before it ends at the next comma.)
                if !trigger.isVerb && p == range.upperBound && p > 0 && commas[p] != commas[p - 1] && range.lowerBound > 0,
                   let open = (max(1, range.lowerBound - 5)...range.lowerBound).last(where: { commas[$0] != commas[$0 - 1] }),
                   (open..<range.lowerBound).allSatisfy({ k in !verbTriggerStarts.contains(k) && !lexicon.isWord(tokens[k], .auxiliary, language: language) }),
                   entityRanges.contains(where: { $0.upperBound == open }) { break }
                // ("Since it withdrew, Russia has shelled the city": so does a name right past a comma after a verb.)
                if trigger.isVerb && p == verbEnd && p > 0 && commas[p] != commas[p - 1]
                    && mention(startingAt: lexicon.afterArticles(p, in: tokens, language: language)) != nil { break }
                // ("Before the war Germany relied on Russia": a noun of a time phrase opening the sentence with no comma, the
                // name right after it opens the main clause.)
                if !trigger.isVerb && p == range.upperBound, let named = mention(startingAt: lexicon.afterArticles(p, in: tokens, language: language)),
                   entities[named].aliasKind != .demonym, range.lowerBound >= 1, range.lowerBound <= 3,
                   lexicon.isWord(tokens[0], .temporal, language: language),
                   (1..<range.lowerBound).allSatisfy({ lexicon.isArticle(tokens[$0], language: language) }) { break }
                if p > range.upperBound && commas[p] != commas[p - 1]
                    && (pairClosed || !(coordinated || slots.contains("party") || continuesList || repeatsSlot())) { break }
                if let role = listRole, (continuesList && commas[p] != commas[p - 1]) || (coordinated && nextInList != nil), let m = nextInList, !qualifies(m),
                   !(coordinated && nameOpensAClause(m)) {
                    add(m, role)
                    p = entityRanges[m].upperBound
                    // ("brokered by Macron and Michel, Pashinyan and Aliyev agreed": « et », "and" closes the list.)
                    if coordinated { listRole = nil }
                    coordinated = false
                    if p < tokens.count, lexicon.isWord(tokens[p], .conjunction, language: language) { p += 1; coordinated = true }
                    continue
                }
                // « des sanctions contre des responsables russes »: right after a preposition, « des » is the
                // plural indefinite, not « de » + « les ».
                if let w = slotWord, p == slotEnd, p > w, lexicon.isWord(tokens[p], .indefinite, language: language) { p += 1; continue }
                // « bloquant l’adhésion de la Finlande et de la Suède à l’OTAN »: a verb trigger ending with its preposition
                // takes what that preposition introduces; another preposition's complement after it is not its object.
                if trigger.isVerb, seenMention, !coordinated, lexicon.isFunctionWord(tokens[range.upperBound - 1], language: language),
                   !lexicon.isArticle(tokens[range.upperBound - 1], language: language),
                   participants.contains(where: { $0.role == type.patientRole }),
                   let (found, _) = lexicon.slots(at: p, in: tokens, language: language), !found.contains("party"), mention(startingAt: p) == nil { break }
                // « a déployé des soldats »: right after a verb, « des » is the plural indefinite of its object, no « de ».
                // (As written: « dès le 26 août » is no « des ».)
                if trigger.isVerb && p == verbEnd && lexicon.isWord(tokens[p], .indefinite, language: language)
                    && writtenAsFolded(p) { p += 1; continue }
                // « près de 2 000 soldats »: the words that make a number approximate are part of it, no slot.
                if approximatesANumber(p), let number = (p..<tokens.count).first(where: { tokens[$0].folded.allSatisfy(\.isNumber) }) {
                    p = number
                    continue
                }
                if partyThroughAgent, let (s, length) = lexicon.slots(at: p, in: tokens, language: language), s == ["genitive"] {
                    partyThroughAgent = false
                    p += length
                    continue
                }
                // « le conflit qui oppose le Kirghizstan et le Tadjikistan »: the sides named right after « opposer » (not
                // « le conflit qui les oppose), la Géorgie … »).
                // (« qui oppose ces deux derniers »: a pair's description after its demonstrative.)
                if lexicon.isWord(tokens[p], .opposing, language: language), case let next = lexicon.afterArticles(p + 1, in: tokens, language: language),
                   mention(startingAt: next) != nil
                    || (next < tokens.count && lexicon.isWord(tokens[next], .demonstrative, language: language) && mention(startingAt: next + 1) != nil) {
                    slots = ["party"]
                    slotWord = p
                    slotEnd = p + 1
                    comitative = false
                    coordinated = false
                    wordsSinceSlot = 0
                    p += 1
                    continue
                }
                if let (s, length) = lexicon.slots(at: p, in: tokens, language: language), mention(startingAt: p) == nil {
                    slotWord = p
                    slotEnd = p + length
                    // ("brokered by Russia between Armenia and Azerbaijan": another slot ends the agents' list.)
                    if listRole == type.agentRole && !s.contains("agent") { listRole = nil }
                    // « son rapprochement avec les pays de l’orbite russe »: past « avec »/« entre » and a
                    // noun, « de » completes that noun, not the trigger.
                    let pastAParty = slots == ["party"] && wordsSinceSlot > 0 && !seenMention
                    // « au sein de l’OTAN et de l’UE »: after a coordination, « de » repeats the slot before.
                    // ("stationed in the breakaway regions of Abkhazia": « de » after a territory's noun keeps the place.)
                    let ofATerritory = s == ["genitive"] && slots.contains("place") && p > 0 && lexicon.isWord(tokens[p - 1], .transparent, language: language)
                    if !(s == ["party"] && slots.contains("party") && tokens[p].folded.count <= 3) && !(coordinated && s == ["genitive"] && !slots.isEmpty) && !ofATerritory {
                        slots = s
                        comitative = s == ["party"] && lexicon.isWord(tokens[p], .comitative, language: language)
                    }
                    // « les anciennes républiques soviétiques d’Europe de l’Est »: past a name, « de »
                    // completes that name, not the trigger (unless it coordinates: « de l’OTAN et de l’UE »).
                    // A place does not take a complement: « la visite à Erevan de Nancy Pelosi ».
                    // ("in Belarus and along the borders of Latvia": past the place and another noun, « de » completes that noun.)
                    if slots == ["genitive"] && seenMention && !coordinated && (!lastWasPlace || contentSinceMention > 0) { slots = [] }
                    // « l’éclatement de poches de conflits et la réaction limitée du Kremlin »: a « de » far
                    // from the trigger completes another noun.
                    if slots == ["genitive"] && !seenMention && contentWords > 1 { slots = [] }
                    if slots == ["genitive"] && pastAParty && !coordinated { slots = [] }
                    if slots == ["genitive"] && trigger.isVerb && (p == verbEnd || (onlyTransparent && !seenMention)) { verbComplement = true }
                    // « en Abkhazie et en Ossétie du Sud »: the locative repeated after « et » keeps the list of places.
                    placeRepeated = coordinated && lastWasPlace && slots.contains("place")
                    coordinated = false
                    wordsSinceSlot = 0
                    p += length
                    // "The creation of the CSTO in 1992 helped Russia": a locative slot right before a date is the
                    // date's; the name after it is no place.
                    if slots.contains("place") && dateTokens.contains(p) { slots = [] }
                    continue
                }
                if lexicon.isArticle(tokens[p], language: language) { p += 1; continue }
                // « ne reconnaît pas l’indépendance de la Géorgie »: the negation's completer right after the
                // verb is none of its object's words.
                if trigger.isVerb && p <= verbEnd + 1 && modality.isNegationCompleter(tokens[p], language: language) { p += 1; continue }
                if let m = mention(startingAt: p), qualifies(m) { p = entityRanges[m].upperBound + 1; continue }
                // "Russia's attack on Ukraine and Georgia's neutrality": a name owning the noun after it opens that noun's
                // phrase; the trigger's words end before it.
                // (Not where a place is named: "in Kyrgyzstan's southern Batken region".)
                if p > range.upperBound, !slots.contains("place"), let m = mention(startingAt: p), ownsTheNounAfter(m) { break }
                // "met in Astana under Russian mediation": a demonym right before another trigger noun is that noun's.
                if p > range.upperBound, let m = mention(startingAt: p), entities[m].aliasKind == .demonym,
                   triggerStarts.contains(entityRanges[m].upperBound), !lexicon.isWord(tokens[entityRanges[m].upperBound], .force, language: language) {
                    p = entityRanges[m].upperBound
                    continue
                }
                // « ont refusé de reconnaître les annexions russes »: a demonym right after another trigger noun is that noun's
                // doer, not this trigger's object (what is recognized is the annexation, not Russia).
                if trigger.isVerb, p > range.upperBound, let m = mention(startingAt: p), entities[m].aliasKind == .demonym,
                   let noun = triggers.first(where: { !$0.trigger.isVerb && $0.range.upperBound == p && $0.range.lowerBound > range.upperBound }),
                   scalars[tokens[noun.range.upperBound - 1].end..<tokens[p].start].allSatisfy({ $0.properties.isWhitespace }) {
                    p = entityRanges[m].upperBound
                    continue
                }
                // "sent troops to Kazakhstan in January and Armenia asked for the same": a name after « et », "and" that opens
                // a clause of its own ends the trigger's words.
                // (Not the second of a pair « entre », "between" opened: "clashes between Armenia and Azerbaijan killed dozens".)
                if p > range.upperBound, !(coordinated && slots.contains("party") && !pairClosed), let m = mention(startingAt: p), nameOpensAClause(m) {
                    let k = lexicon.beforeArticles(p, in: tokens, language: language)
                    if k >= 0 && lexicon.isWord(tokens[k], .coordinator, language: language) { break }
                }
                if placeOnly, let m = mention(startingAt: p) {
                    // Only a place right after a locative slot, within two words of the verb.
                    let kind = gazetteer.entities[entities[m].entity].kind
                    if slots.contains("place") && contentWords <= 2 && (entities[m].function == .location || kind == .place) {
                        locate(entities[m].entity, fallbackRole: nil)
                        // (« Des pourparlers ont eu lieu à Washington entre l’Arménie et l’Azerbaïdjan »: the parties may follow.)
                        if type.symmetric { p = entityRanges[m].upperBound; slots = []; continue }
                    } else if type.symmetric && slots.contains("party") && contentWords <= 3 && wordsSinceSlot == 0 {
                        // "Talks were held in Geneva between Armenia and Azerbaijan": « entre », "between" after the verb
                        // that tells where a meeting took place names its parties.
                        add(m, .party)
                        p = entityRanges[m].upperBound
                        if p < tokens.count, lexicon.slots(at: p, in: tokens, language: language)?.slots.contains("party") == true, tokens[p].folded.count <= 3 {
                            p += 1
                            continue
                        }
                    }
                    break
                }
                if let m = mention(startingAt: p) {
                    // « l’invasion russe »: a demonym right after the noun, with nothing but spaces between (or the quotation
                    // mark closing a quoted noun: « la « mission civile » européenne »).
                    let adjacent = p - range.upperBound <= 1 && entities[m].aliasKind == .demonym && !trigger.isVerb
                        && !scalars[tokens[range.upperBound - 1].end..<tokens[p].start].contains { !$0.properties.isWhitespace && !"’'»”".unicodeScalars.contains($0) }
                    if adjacent && slots.isEmpty {
                        add(m, type.symmetric ? .party : type.agentRole)
                        demonymRightAfter = true
                    } else if slots.contains("genitive") {
                        switch trigger.genitive {
                        case "patient":
                            add(m, type.patientRole)
                            // (« la Turquie, alliée de l’Ukraine et de la Géorgie »: the complements of a two-sided noun
                            // are its other side, never one another's.)
                            if type.symmetric && !trigger.isVerb { otherSide.insert(entities[m].entity) }
                        case "agent":
                            // ("Armenia's membership of the CSTO": what only an organization can be the object of is its object.)
                            if onlyObject(m) { add(m, type.patientRole); break }
                            // « le sommet de Bucarest », "the Minsk talks": a capital completing a meeting is where it was held.
                            if entities[m].aliasKind == .capital && (type.placeRole == .host || (type.symmetric && type.cooperative)) {
                                // (The capital itself where the gazetteer has it as a place: Moscow, not Russia.)
                                locate(gazetteer.capital(of: entities[m].entity) ?? entities[m].entity, fallbackRole: nil)
                                break
                            }
                            // « a retiré 2 000 soldats du Tadjikistan pour les envoyer en Ukraine », "withdrew troops from":
                            // after a verb of taking away, « de X » is where they leave, not whose they are.
                            if !trigger.isVerb, (max(0, range.lowerBound - 5)..<range.lowerBound).contains(where: { lexicon.isWord(tokens[$0], .ablative, language: language) }) { break }
                            add(m, type.agentRole)
                        case "party": add(m, .party)
                        default:
                            if verbComplement {
                                add(m, type.patientRole)
                            } else if entities[m].function == .location || gazetteer.entities[entities[m].entity].kind == .place {
                                add(m, .party)
                            } else if !trigger.isVerb && undecidedGenitive == nil {
                                undecidedGenitive = m
                            } else if keepsNonFacts && trigger.isVerb && nounRightAfterVerb && contentWords == 1 && wordsSinceSlot == 0 && !type.symmetric
                                        && entities[m].aliasKind != .demonym && !participants.contains(where: { $0.role == type.patientRole })
                                        // ("supports the isolation of Russia": a noun turned against its complement.)
                                        && !(slotWord.map { $0 > 0 && lexicon.isWord(tokens[$0 - 1], .adverse, language: language) } ?? false) {
                                // « a dénoncé la volonté de l’Union européenne », "rejected the proposal of Baku": the name
                                // completing the one noun a verb takes is its object (a demonym is not: « a condamné
                                // la mort de soldats arméniens »). Relations only: what a statement is about is no
                                // target (« a imputé l’effondrement de l’URSS à … »).
                                add(m, type.patientRole)
                            }
                        }
                    } else if slots.contains("agent"), !trigger.isVerb, seenMention, let w = slotWord, w >= 2,
                              !lexicon.isFunctionWord(tokens[w - 1], language: language), entityRanges.contains(where: { $0.upperBound == w - 1 }),
                              lexicon.lightVerb(at: w - 1, in: tokens, language: language) == nil {
                        // « membres de l’OTSC dominée par Moscou »: the agent of a participle qualifying the name before it
                        // is not the noun's — unless the participle performs the noun (« l’annexion de quatre régions
                        // ukrainiennes proclamée par le Kremlin », « les sanctions contre la Russie imposées par l’UE »).
                        break
                    } else if slots.contains("agent") {
                        // « condemned the attacks by Azerbaijan »: past a noun, « by »/« par » names that
                        // noun's agent, not the verb's.
                        // (Not the armed forces standing for their state right after it: « a été bombardée par les forces
                        // azerbaïdjanaises ».)
                        let throughForces = slotWord.map { w in
                            (range.upperBound..<w).allSatisfy { lexicon.isFunctionWord(tokens[$0], language: language) }
                                && (w..<p).allSatisfy { lexicon.isFunctionWord(tokens[$0], language: language) || lexicon.isWord(tokens[$0], .force, language: language) }
                        } ?? false
                        if trigger.isVerb && !throughForces && (contentWords > 1 || (contentWords > 0
                            && (range.upperBound..<p).contains(where: { lexicon.isArticle(tokens[$0], language: language) }))) { break }
                        // « la reconquête ukrainienne dopée par l’assistance militaire occidentale »: a demonym
                        // after another noun qualifies that noun, the agent; only armed forces stand for their
                        // state (« menée par les troupes russes »).
                        let before = entityRanges[m].lowerBound - 1
                        let qualifiesTheNounBefore = before >= 0
                            && !lexicon.isArticle(tokens[before], language: language) && lexicon.slots(at: before, in: tokens, language: language) == nil
                            && !lexicon.isWord(tokens[before], .force, language: language)
                        /// ("boosted by Western military aid": before the noun, as English puts it — unless that noun, the
                        /// last of the words after it, is an armed force: "by Russian troops".)
                        func qualifiesTheNounAfter() -> Bool {
                            let after = entityRanges[m].upperBound
                            guard after < tokens.count, commas[after] == commas[after - 1], !lexicon.isFunctionWord(tokens[after], language: language),
                                  mention(startingAt: after) == nil, !triggerStarts.contains(after) else { return false }
                            let noun = (after..<min(tokens.count, after + 3)).prefix { k in
                                commas[k] == commas[after] && !lexicon.isFunctionWord(tokens[k], language: language) && mention(startingAt: k) == nil
                            }.last ?? after
                            return !lexicon.isWord(tokens[noun], .force, language: language)
                        }
                        if !(entities[m].aliasKind == .demonym && (qualifiesTheNounBefore || qualifiesTheNounAfter())) {
                            add(m, type.agentRole)
                            sawPassiveAgent = true
                            // "brokered by Macron and Michel": the names « et », "and" adds are agents too.
                            listRole = type.agentRole
                        }
                    } else if slots.contains("patient") {
                        // "a coalition against Russia": against an ally is no ally.
                        // ("Ankara supports Baku against Yerevan": against whom a cooperation is turned is not its object.)
                        // (« à l’encontre de »: any word of the slot.)
                        let adversative = slotWord.map { w in (w..<max(w + 1, slotEnd)).contains { lexicon.isWord(tokens[$0], .adversative, language: language) } } ?? false
                        // ("asked the CSTO for help against Azerbaijan": a request's object is whom it asks, named right after it.)
                        if !(type.cooperative && (type.symmetric || adversative)) && !trigger.isRequest { add(m, type.patientRole) }
                    } else if slots.contains("party"), !type.symmetric, let w = slotWord,
                              (max(range.upperBound, w - 3)..<w).contains(where: { lexicon.isWord(tokens[$0], .border, language: language) }) {
                        // « des soldats russes gardent la frontière arménienne avec la Turquie »: past a border, « avec »,
                        // "with" name the neighbour, no participant (a clash at a border is the neighbour's too).
                        break
                    } else if slots.contains("party") && !type.symmetric && !coordinated && type.patientRole != .party
                                && participants.contains(where: { $0.role == type.patientRole }) && contentWords > 0 {
                        // ("supported Azerbaijan in its dispute with Armenia": past its object and a noun, « avec », "with"
                        // complete that noun.)
                        break
                    } else if slots.contains("party") {
                        add(m, .party)
                        if coordinated { pairClosed = true }
                        if comitative && type.symmetric && !trigger.isVerb { otherSide.insert(entities[m].entity) }
                    } else if slots.contains("host") && !(slots.contains("recipient") && type.patientRole == .recipient) {
                        // ("accession to NATO"; but "sold drones to Ukraine": what a sale goes to receives it.)
                        add(m, .host)
                    } else if (slots.contains("place") || slots.contains("recipient")) && contentWords <= 2
                                && !(entities[m].aliasKind == .demonym && gazetteer.entities[entities[m].entity].kind == .state) {
                        // (A demonym is no place: « 2 000 soldats, en majorité russes ».)
                        // « l’invasion russe rebat les cartes diplomatiques en Asie centrale » places no invasion.
                        let kind = gazetteer.entities[entities[m].entity].kind
                        // (« des pourparlers entre l’Arménie et l’Azerbaïdjan à Moscou »: a capital where two sides meet is where.)
                        // (« a joué les médiateurs entre l’Arménie et l’Azerbaïdjan à Bruxelles »: so is a capital after the pair
                        // « entre » closed — the capital itself where the gazetteer has it as a place.)
                        let meetingPlace = entities[m].aliasKind == .capital && ((type.symmetric && type.cooperative) || pairClosed)
                        // ("Armenia's membership in the CSTO", « l’appartenance de l’Arménie à l’OTSC »: what only an organization
                        // can be the object of takes it from « à », "in" — no place.)
                        if onlyObject(m) {
                            // (As an object, whatever its locative: "in the CSTO".)
                            participants.append(EventParticipant(entity: entities[m].entity, role: type.patientRole))
                        } else if entities[m].function == .location || kind == .place || kind == .region || !slots.contains("recipient") || meetingPlace {
                            let at = meetingPlace ? gazetteer.capital(of: entities[m].entity) ?? entities[m].entity : entities[m].entity
                            locate(at, fallbackRole: nil, sibling: (coordinated || placeRepeated) && lastWasPlace && endsThePhrase(m))
                        } else {
                            add(m, type.patientRole == .recipient ? .recipient : type.patientRole)
                        }
                    } else if speakerAfter && firstRight && !participants.contains(where: { $0.role == type.agentRole }) {
                        add(m, type.symmetric ? .party : type.agentRole)
                    } else if trigger.isVerb && (firstRight || contentWords <= 1 || endsTheStruckObject(m)) && !participants.contains(where: { $0.role == type.patientRole })
                                // (Not a name inside one just read: "by French President Emmanuel Macron" is the agent's; nor one
                                // past a passive's agents: "brokered by Macron and European Council President Charles Michel".)
                                && !participants.contains(where: { $0.entity == entities[m].entity }) && !sawPassiveAgent
                                && !(type.objectKinds.contains(.place) && !type.objectKinds.contains(.organization) && entities[m].aliasKind == .demonym)
                                // ("will not recognize Russia's annexation": a name owning the noun after it is that noun's.)
                                && !ownsTheNounAfter(m) {
                        // (Where troops are is a place, not a nationality: "stationed near the Georgian border in North
                        // Ossetia" deploys nothing in Georgia.)
                        // « le conflit qui oppose ces deux derniers »: a symmetric verb's objects are its parties.
                        let role = type.symmetric && !strikes ? EventRole.party : type.patientRole
                        add(m, role)
                        listRole = role
                    } else if type.symmetric && contentWords == 0 {
                        add(m, .party)
                    }
                    if !slots.isEmpty && participants.contains(where: { $0.entity == entities[m].entity }) { lastSlots = slots }
                    firstRight = false
                    seenMention = !demonymRightAfter || p > range.upperBound + 1
                    if seenMention { demonymRightAfter = false }
                    lastWasPlace = entities[m].function == .location || gazetteer.entities[entities[m].entity].kind == .place
                    contentSinceMention = 0
                    p = entityRanges[m].upperBound
                    // « entre Bakou et Erevan », « de l’OTAN et de l’UE »: coordination keeps the slot.
                    if p < tokens.count, lexicon.slots(at: p, in: tokens, language: language)?.slots.contains("party") == true, tokens[p].folded.count <= 3 {
                        p += 1
                        coordinated = true
                        continue
                    }
                    if !slots.contains("genitive") && !slots.contains("party") { slots = [] }
                    continue
                }
                let transparent = lexicon.isWord(tokens[p], .transparent, language: language)
                if !transparent { onlyTransparent = false }
                // « l’annexion de quatre provinces ukrainiennes bordant la mer d’Azov »: past the genitive's
                // name, a word other than a slot's starts what qualifies that name; a name after it is not
                // the trigger's.
                if seenMention && slots == ["genitive"] && !coordinated && !lexicon.isFunctionWord(tokens[p], language: language) { slots = [] }
                // "between the foreign ministers of Armenia and Azerbaijan", « entre les dirigeants de … », "between the armies
                // of …": the people or forces who act for the parties head the phrase; the names completing them are the parties.
                // (Right after its article: « entre deux États membres de l’OTSC » is between two of its members.)
                if slots == ["party"] && !seenMention && wordsSinceSlot <= 1, slotEnd < p, lexicon.isArticle(tokens[slotEnd], language: language),
                   (slotEnd + 1..<p).allSatisfy({ !lexicon.isWord(tokens[$0], .agentNoun, language: language) }),
                   lexicon.isWord(tokens[p], .agentNoun, language: language) || lexicon.isWord(tokens[p], .force, language: language) {
                    partyThroughAgent = true
                    wordsSinceSlot = 0
                    p += 1
                    continue
                }
                // "in the western oil town of Zhanaozen", "in the ancient Silk Road city of Samarkand": past a locative, the
                // words qualifying a territory's noun (`transparent`) that « de X », "of X" completes are not the trigger's.
                if slots.contains("place"),
                   let k = (p..<min(p + 5, tokens.count)).first(where: { lexicon.isWord(tokens[$0], .transparent, language: language) }),
                   k > p, k + 1 < tokens.count, commas[k] == commas[p],
                   // (Qualifying words only: "and along the borders of Latvia" is no place of the trigger's.)
                   !(p..<k).contains(where: { triggerStarts.contains($0) || mention(startingAt: $0) != nil || lexicon.isFunctionWord(tokens[$0], language: language)
                       || lexicon.isWord(tokens[$0], .preposition, language: language) || lexicon.isWord(tokens[$0], .conjunction, language: language) }),
                   let (g, length) = lexicon.slots(at: k + 1, in: tokens, language: language), g == ["genitive"],
                   mention(startingAt: lexicon.afterArticles(k + 1 + length, in: tokens, language: language)) != nil {
                    p = k
                    continue
                }
                wordsSinceSlot += 1
                firstRight = false
                // « l’annexion de quatre régions ukrainiennes »: a few words may stand between; past
                // three content words the sentence has moved on (« l’invasion russe rebat les cartes
                // diplomatiques en Asie centrale » places no invasion).
                // « entre deux États membres de l’OTSC »: « entre » binds what follows it closely.
                if wordsSinceSlot > (slots.contains("party") ? 1 : 3) { slots = [] }
                if coordinated { coordinated = false; slots = [] }
                // Numbers are no content words (« de 1500 militaires russes »), nor what makes them approximate ("about 2,000").
                if !covered.contains(p) && !transparent && !lexicon.isFunctionWord(tokens[p], language: language) && !tokens[p].folded.allSatisfy(\.isNumber)
                    && !approximatesANumber(p) {
                    contentWords += 1
                    contentSinceMention += 1
                    // (Whether a verb's object is one noun right after it: « a dénoncé la volonté de l’UE ».)
                    if contentWords == 1 { nounRightAfterVerb = trigger.isVerb && (verbEnd..<p).allSatisfy { lexicon.isArticle(tokens[$0], language: language) || lexicon.isWord(tokens[$0], .indefinite, language: language) } }
                    if contentWords > 3 { break }
                }
                p += 1
            }
            // « …, a déclaré jeudi le président ukrainien »: past a verb of saying that takes a clause, its speaker.
            if speakerAfter && trigger.takesClause && !participants.contains(where: { $0.role == type.agentRole }),
               // (Not a name that only qualifies the speaker: "said an Almaty-based political analyst".)
               let m = entityRanges.indices.filter({ entityRanges[$0].lowerBound >= range.upperBound && entities[$0].function == .actor
                   && commas[entityRanges[$0].lowerBound] == commas[range.lowerBound] && !qualifies($0) }).min(by: { entityRanges[$0].lowerBound < entityRanges[$1].lowerBound }) {
                add(m, type.symmetric ? .party : type.agentRole)
            }
            /// Who the words after the trigger named (a strike's object is among them).
            let namedAfter = Set(participants[rightStart...].filter { $0.role != type.agentRole }.map(\.entity))
            // "The protests, which erupted on Jan. 2 in the oil town of Zhanaozen", « les manifestations, qui ont
            // éclaté à Almaty »: a relative clause right after a noun tells where what it names took place (for
            // what a place hosts or a people does there; « l’invasion, qui a été condamnée à Astana » is not placed).
            if !trigger.isVerb, place == nil, type.placeRole == .host || type.placeRole == .party, range.upperBound < tokens.count,
               commas[range.upperBound] == commas[range.upperBound - 1] + 1, lexicon.isWord(tokens[range.upperBound], .relative, language: language) {
                var k = range.upperBound + 1
                while k < tokens.count && commas[k] == commas[range.upperBound] && !triggerStarts.contains(k) {
                    guard let found = lexicon.slots(at: k, in: tokens, language: language), found.slots.contains("place") else { k += 1; continue }
                    // Past the slot: articles, at most two words (« la ville pétrolière de »), a territory's « de ».
                    var j = lexicon.afterArticles(k + found.length, in: tokens, language: language)
                    var words = 0
                    while j < tokens.count, mention(startingAt: j) == nil, words <= 2, commas[j] == commas[k] {
                        if lexicon.slots(at: j, in: tokens, language: language)?.slots == ["genitive"], lexicon.isWord(tokens[j - 1], .transparent, language: language) {
                            j = lexicon.afterArticles(j + 1, in: tokens, language: language)
                            break
                        }
                        if lexicon.isFunctionWord(tokens[j], language: language) { break }
                        words += 1
                        j += 1
                    }
                    if let m = mention(startingAt: j) {
                        let kind = gazetteer.entities[entities[m].entity].kind
                        if entities[m].function == .location || kind == .place { locate(entities[m].entity, fallbackRole: nil) }
                    }
                    break
                }
            }
            // « Dans les rues d’Erevan, des manifestants ont réclamé … », « À Samarcande, Pékin n’a cessé d’être courtisé lors
            // de cette réunion »: a place opening the sentence, before its first comma, places what the clause after it
            // tells — only what a place hosts or a people does there ("In Washington, officials condemned the Russian
            // invasion" invades no Washington).
            // (A place's people do it only when no one else is named: "In Sochi, Aliyev said" makes Russia no speaker.)
            if place == nil, type.placeRole == .host || (type.placeRole == .party && !participants.contains { $0.role == .party || $0.role == type.agentRole }),
               range.lowerBound > 0, lexicon.slots(at: 0, in: tokens, language: language)?.slots.contains("place") == true,
               let end = (1...range.lowerBound).first(where: { commas[$0] != commas[0] }), end <= range.lowerBound,
               type.placeRole == .host || !entityRanges.contains(where: { $0.lowerBound >= end && $0.upperBound <= range.lowerBound }),
               clause[range.lowerBound] == clause[end] || commas[range.lowerBound] == commas[end],
               // (The first thing the clause tells, a verb of saying aside: "In Washington, a spokesman said … but stopped
               // short of condemning the deployment" deploys nothing in Washington; "In Moscow, Putin said on Monday, at a
               // summit of …" still places the summit.)
               !triggers.contains(where: { $0.range.lowerBound >= end && $0.range.lowerBound < range.lowerBound && $0.trigger.type != trigger.type
                   && !$0.trigger.takesClause }),
               let m = entityRanges.indices.filter({ entityRanges[$0].upperBound <= end }).min(by: { entityRanges[$0].lowerBound < entityRanges[$1].lowerBound }),
               entities[m].aliasKind != .demonym,
               // (Where, not whose: « À la demande de Moscou, les forces de l’OTSC ont été déployées » took place in no Moscow;
               // « Dans les rues d’Erevan » is in Yerevan.)
               !(1..<entityRanges[m].lowerBound).contains(where: { lexicon.isWord(tokens[$0], .request, language: language) }),
               entities[m].function == .location || [.place, .state].contains(gazetteer.entities[entities[m].entity].kind) {
                locate(entities[m].entity, fallbackRole: nil)
            }
            // Only for joining (an organization is joined), and only when the clause dates it: « en 2004 » tells
            // a done accession; « bloque l’adhésion de l’Ukraine au sein de l’UE » tells none.
            if let m = undecidedGenitive, type.patientRole == .host || type.objectKinds == [.organization],
               participants.contains(where: { $0.role == .host }),
               dates.contains(where: { clause[$0.tokenRange.lowerBound] == clause[range.lowerBound] && $0.tokenRange.lowerBound > range.lowerBound }),
               !participants.contains(where: { $0.role == type.agentRole || $0.entity == entities[m].entity }) {
                add(m, type.agentRole)
            }
            // "the Russian-backed separatists", "Moscow-backed": a verb hyphenated to the name before it has that name as
            // its agent, and no other (the sentence's subject backs nothing).
            let hyphenated = trigger.isVerb && range.lowerBound > 0
                && Array(scalars[tokens[range.lowerBound - 1].end..<tokens[range.lowerBound].start]) == ["-"]
            if hyphenated, let m = entityRanges.indices.first(where: { entityRanges[$0].upperBound == range.lowerBound }),
               !participants.contains(where: { $0.entity == entities[m].entity }) {
                participants.insert(EventParticipant(entity: entities[m].entity, role: type.symmetric ? .party : type.agentRole), at: 0)
            }
            // Left side: a verb's subject is its agent — or its patient when `par X` gave the agent.
            if (trigger.isVerb || type.symmetric) && !speakerAfter && !hyphenated {
                // A noun's party on its left stands right before it (« Bakou et Erevan s’affrontent »
                // is a verb's subject; « au Caucase au début du conflit » names no party).
                // An infinitive (« décidé de s’éloigner ») reaches back to the subject of its clause.
                let infinitive = trigger.isVerb && range.lowerBound > 0 && lexicon.isWord(tokens[range.lowerBound - 1], .infinitive, language: language)
                let reach = infinitive ? 12 : trigger.isVerb ? 6 : 2
                // « le meilleur allié de Moscou ne cesse de s’émanciper »: the complement of a noun naming
                // another actor is not the one who acts.
                func complementsACounterpart(_ m: Int) -> Bool {
                    let k = lexicon.beforeArticles(entityRanges[m].lowerBound, in: tokens, language: language)
                    guard k >= 1, lexicon.slots(at: k, in: tokens, language: language)?.slots.contains("genitive") == true else { return false }
                    return lexicon.isWord(tokens[k - 1], .counterpart, language: language)
                }
                // « vers le front ukrainien afin de soutenir »: a name inside a prepositional phrase (a
                // preposition, an article and — for a demonym — the noun it qualifies before it) is not
                // a subject. « et » coordinates subjects (« la Lituanie, la Lettonie et l’Estonie ont »).
                func inPrepositionalPhrase(_ m: Int) -> Bool {
                    func preposition(endingAt k: Int) -> Bool {
                        // ("did not get help from Russia and instead turned to the West": a preposition no slot reads.)
                        if lexicon.isWord(tokens[k], .preposition, language: language) { return true }
                        return (max(0, k - 3)...k).contains { j in
                            guard let found = lexicon.slots(at: j, in: tokens, language: language), j + found.length == k + 1 else { return false }
                            return !found.slots.contains("genitive") && !(found.slots == ["party"] && found.length == 1 && tokens[j].folded.count <= 3)
                        }
                    }
                    var k = entityRanges[m].lowerBound - 1
                    // A demonym after its noun (« défaite russe ») may skip that noun; one before a noun
                    // ("in March Russian troops") qualifies the noun after it and skips nothing. A demonym
                    // written with a capital before another word is one of those (French ones are lowercase).
                    let after = entityRanges[m].upperBound
                    let prenominal = tokens[entityRanges[m].lowerBound].capitalized && after < tokens.count
                        && !lexicon.isFunctionWord(tokens[after], language: language)
                        && (!triggerStarts.contains(after) || lexicon.isWord(tokens[after], .force, language: language))
                    var noun = entities[m].aliasKind == .demonym && !prenominal
                    while k >= 0 {
                        if preposition(endingAt: k) { return true }
                        if lexicon.isArticle(tokens[k], language: language) { k -= 1; continue }
                        guard noun, !lexicon.isFunctionWord(tokens[k], language: language) else { return false }
                        noun = false
                        // « en cas de défaite russe s’éloigner »: a noun with no determiner after a function
                        // word is a complement; its demonym is no subject.
                        if k > 0, lexicon.isFunctionWord(tokens[k - 1], language: language), !lexicon.isArticle(tokens[k - 1], language: language),
                           !lexicon.isWord(tokens[k - 1], .indefinite, language: language) { return true }
                        k -= 1
                    }
                    return false
                }
                /// « la fin de non-recevoir de l’alliance militaire et de nombreux États restent »: a name completing
                /// a noun (« de », "of" and articles before it) is no verb's subject, unless that noun acts for
                /// it (« les autorités de la Moldavie », "the leaders of Russia"; forces, state nouns).
                func completesANoun(_ m: Int) -> Bool {
                    let k = lexicon.beforeArticles(entityRanges[m].lowerBound, in: tokens, language: language)
                    guard k >= 1, let found = lexicon.slots(at: k, in: tokens, language: language), found.slots == ["genitive"], found.length == 1 else { return false }
                    let head = tokens[k - 1]
                    guard !lexicon.isFunctionWord(head, language: language), !entityRanges.contains(where: { $0.contains(k - 1) }) else { return false }
                    return ![.agentNoun, .force, .stateNoun, .counterpart].contains { lexicon.isWord(head, $0, language: language) }
                }
                func afterComitative(_ m: Int) -> Bool {
                    let k = lexicon.beforeArticles(entityRanges[m].lowerBound, in: tokens, language: language)
                    return k >= 0 && lexicon.isWord(tokens[k], .comitative, language: language)
                }
                /// The nearest name before the verb (or noun) starting at `v` that may be its subject.
                func nearestSubject(before v: Int) -> Int? {
                    entityRanges.indices.filter {
                        entityRanges[$0].upperBound <= v && v - entityRanges[$0].upperBound <= reach
                            && clause[entityRanges[$0].lowerBound] == clause[v]
                            && (commas[entityRanges[$0].lowerBound] == commas[v] || (trigger.isVerb && (closesAnApposition($0, before: v) || closesAnIncise($0, before: v))))
                            && !(trigger.isVerb && (complementsACounterpart($0) || inPrepositionalPhrase($0) || qualifies($0) || completesANoun($0)))
                            // ("Hungary is a NATO member but relies on Russian energy": an organization after an indefinite
                            // article qualifies the noun after it.)
                            && !(entityRanges[$0].lowerBound >= 1 && self.gazetteer.entities[entities[$0].entity].kind == .organization
                                 && [.name, .acronym].contains(entities[$0].aliasKind)
                                 && lexicon.isWord(tokens[entityRanges[$0].lowerBound - 1], .indefinite, language: language)
                                 && entityRanges[$0].upperBound < tokens.count && !tokens[entityRanges[$0].upperBound].capitalized
                                 && !lexicon.isFunctionWord(tokens[entityRanges[$0].upperBound], language: language))
                            // (A subject pronoun opening a subordinate clause between them is the verb's subject: "Belarus could
                            // face Western sanctions if it sends troops"; "Russia said it would send troops" is Russia's.)
                            // (So is one right after « et », "and": « La Russie a menacé la Lituanie et elle a condamné … ».)
                            && !(trigger.isVerb && (entityRanges[$0].upperBound..<v).contains { q in
                                q > 0 && lexicon.isWord(tokens[q], .pronoun, language: language)
                                    && (lexicon.isWord(tokens[q - 1], .subordinator, language: language) || lexicon.isWord(tokens[q - 1], .conjunction, language: language))
                            })
                            // A city or territory before a noun is where something else happens ("attending a
                            // summit in the Uzbek city of Samarkand as the fighting raged"), not who does it.
                            && (trigger.isVerb || self.gazetteer.entities[entities[$0].entity].kind != .place)
                            // ("friction with Beijing at a summit": a name after « avec », "with" completes another noun.)
                            && (trigger.isVerb || !afterComitative($0))
                            // « la CEI ou la création de l’OTSC »: a name joined to the noun's phrase is its sibling; "was not
                            // condemned by Russia for the attack on Armenia": one past a preposition no slot reads completes another.
                            && (trigger.isVerb || !(entityRanges[$0].upperBound..<v).contains { k in
                                lexicon.isWord(tokens[k], .coordinator, language: language) || lexicon.isWord(tokens[k], .preposition, language: language) })
                    }.max { a, b in
                        // The nearest; of a role phrase and the demonym ending it (« Le président ouzbek a reçu »), the phrase.
                        let (x, y) = (entityRanges[a], entityRanges[b])
                        return x.upperBound != y.upperBound ? x.lowerBound < y.lowerBound : x.lowerBound > y.lowerBound
                    }
                }
                /// « Nancy Pelosi visited Yerevan and condemned … », « a quitté l’OTSC et a rejoint … »: a
                /// name right after another verb of the lexicon, then a conjunction (and auxiliaries), is
                /// that verb's object; the verb after the conjunction shares its subject. The earlier
                /// verb's start, when so.
                func earlierVerb(whoseObjectIs m: Int, before v: Int) -> Int? {
                    let between = entityRanges[m].upperBound..<v
                    // ("did not condemn Azerbaijan and instead urged", « et a au contraire accusé »: adverbs may follow the conjunction.)
                    var adverbs = IndexSet()
                    for k in between { let n = lexicon.wordLength(tokens, at: k, .adverb, language: language); if n > 0 { adverbs.insert(integersIn: k..<(k + n)) } }
                    // ("host EU monitors and condemned": the noun a name qualifies may end the object.)
                    let head = between.first.flatMap { k in lexicon.isFunctionWord(tokens[k], language: language) || tokens[k].capitalized ? nil : k }
                    guard between.contains(where: { lexicon.isWord(tokens[$0], .conjunction, language: language) }),
                          between.allSatisfy({ lexicon.isWord(tokens[$0], .conjunction, language: language)
                              || lexicon.isWord(tokens[$0], .auxiliary, language: language) || lexicon.isFunctionWord(tokens[$0], language: language)
                              || adverbs.contains($0) || $0 == head })
                    else { return nil }
                    var k = lexicon.beforeArticles(entityRanges[m].lowerBound, in: tokens, language: language)
                    guard k >= 0 else { return nil }
                    // ("belongs to the Russian-led CSTO but has kept": a qualifier before the name stands between it and the verb.)
                    if k >= 1, lexicon.isWord(tokens[k], .qualifier, language: language),
                       let qualifying = entityRanges.first(where: { $0.upperBound == k }) {
                        k = lexicon.beforeArticles(qualifying.lowerBound, in: tokens, language: language)
                        guard k >= 0 else { return nil }
                    }
                    // "condemned the invasion of Ukraine and distanced itself": the name may complete the verb's
                    // noun object.
                    if lexicon.slots(at: k, in: tokens, language: language)?.slots == ["genitive"],
                       let noun = triggers.first(where: { !$0.trigger.isVerb && $0.range.upperBound == k }) {
                        k = lexicon.beforeArticles(noun.range.lowerBound, in: tokens, language: language)
                        guard k >= 0 else { return nil }
                    }
                    return triggers.first { $0.trigger.isVerb && $0.range.upperBound == k + 1 }?.range.lowerBound
                }
                var left = nearestSubject(before: range.lowerBound)
                /// The verb this one is coordinated with, whose object stands right before the conjunction.
                var coordinatedVerb: Int? = nil
                if trigger.isVerb, let m = left, let earlier = earlierVerb(whoseObjectIs: m, before: range.lowerBound) {
                    left = nearestSubject(before: earlier)
                    coordinatedVerb = earlier
                }
                // A parallel infinitive's subject is the earlier one's (« de la Crimée » before it is none).
                if let earlier = parallel, let m = nearestSubject(before: earlier.range.lowerBound) { left = m }
                var subject = left
                // "the 2020 ceasefire brokered by Russia", « l’accord négocié par Moscou »: a participle right after a noun,
                // its agent named, qualifies that noun — no name before it is a side of it.
                let reducedRelative = trigger.isVerb && sawPassiveAgent && range.lowerBound > 0 && {
                    let b = range.lowerBound - 1
                    let words: [EventLexicon.WordClass] = [.auxiliary, .passiveAuxiliary, .copula, .adverb, .relative, .pronoun]
                    // (« a été bombardée »: a participle of an auxiliary's is a verb of its own.)
                    if b > 0 && lexicon.isWord(tokens[b - 1], .auxiliary, language: language) { return false }
                    return !lexicon.isFunctionWord(tokens[b], language: language) && !entityRanges.contains { $0.contains(b) }
                        && !words.contains { lexicon.isWord(tokens[b], $0, language: language) } && !tokens[b].folded.allSatisfy(\.isNumber)
                        && !scalars[tokens[b].end..<tokens[range.lowerBound].start].contains { ",;:–—()".unicodeScalars.contains($0) }
                }()
                // (Unless it stands where a subject stands, its clause's: "Russia and Ukraine signed a deal brokered by Ankara".)
                if reducedRelative, let m = subject, !subjectsBefore(range.lowerBound, plural: false).contains(m) { subject = nil }
                // « le Tadjikistan et le Kirghizstan, tous deux membres de l’OTSC dominée par Moscou, se sont affrontés »,
                // "Armenia, a member of the bloc, has asked": a name before an apposition that closes right before the
                // verb is its subject (the apposition opening with an article, « tous deux » or a noun of the lexicon).
                if subject == nil && trigger.isVerb && !reducedRelative && range.lowerBound >= 3 && commas[range.lowerBound] == commas[range.lowerBound - 1] + 1 {
                    let inner = commas[range.lowerBound - 1]
                    if let open = (0..<range.lowerBound).first(where: { commas[$0] == inner }), open > 0, commas[open] == commas[open - 1] + 1,
                       clause[open] == clause[range.lowerBound],
                       lexicon.isArticle(tokens[open], language: language) || lexicon.isWord(tokens[open], .indefinite, language: language)
                        || lexicon.isWord(tokens[open], .gathering, language: language) || triggerStarts.contains(open),
                       !(open..<range.lowerBound).contains(where: { verbTriggerStarts.contains($0) || lexicon.isWord(tokens[$0], .relative, language: language) }),
                       let m = entityRanges.indices.first(where: { entityRanges[$0].upperBound == open && entities[$0].function == .actor }) {
                        subject = m
                    }
                }
                // « le président tadjik, qui durant une prise de parole …, a imputé »: the antecedent of
                // a relative pronoun before the verb is its subject.
                if subject == nil && trigger.isVerb && !reducedRelative,
                   let q = (max(0, range.lowerBound - 25)..<range.lowerBound).last(where: { lexicon.isWord(tokens[$0], .relative, language: language) && clause[$0] == clause[range.lowerBound] }),
                   // ("the CSTO, which they accused of failing": with a subject pronoun right after it, the relative is the
                   // object of the verb that pronoun does.)
                   !(q + 1 < range.lowerBound && range.lowerBound - (q + 1) <= 2 && lexicon.isWord(tokens[q + 1], .pronoun, language: language)) {
                    subject = entityRanges.indices.first { entityRanges[$0].upperBound == q && entities[$0].function == .actor }
                }
                // « Narendra Modi, dont le gouvernement a refusé de condamner l’invasion, a rencontré Vladimir Poutine »: past
                // the comma closing a « dont » clause, the verb is its antecedent's.
                if subject == nil && trigger.isVerb && !reducedRelative,
                   let q = (max(0, range.lowerBound - 25)..<range.lowerBound).last(where: { lexicon.isWord(tokens[$0], .genitiveRelative, language: language)
                       && !lexicon.isWord(tokens[$0], .relative, language: language) && clause[$0] == clause[range.lowerBound] }),
                   commas[range.lowerBound] == commas[q] + 1, q > 0, commas[q] == commas[q - 1] + 1,
                   let antecedent = entityRanges.indices.first(where: { entityRanges[$0].upperBound == q && entities[$0].function == .actor }),
                   // (Only the sentence's subject: in « Poutine a rencontré Tokaïev, dont …, puis a rencontré Erdogan »
                   // Tokayev meets no one.)
                   self.subject(of: tokens, entities: entities.filter { $0.end <= tokens[q].start },
                                text: String(String.UnicodeScalarView(scalars)), language: language) == entities[antecedent].entity,
                   !triggers.contains(where: { $0.range.upperBound <= entityRanges[antecedent].lowerBound && clause[$0.range.lowerBound] == clause[q] }) {
                    subject = antecedent
                }
                // "Tokayev, whose country belongs to the CSTO", « Modi, dont le gouvernement a refusé de condamner »: a
                // possessive relative before a noun standing for a state makes the antecedent's state the subject.
                // (So does the verb coordinated with such a verb: "whose country belongs to the CSTO but has kept its distance".)
                if subject == nil && trigger.isVerb && !reducedRelative, let state = stateOfPossessiveRelative(before: range.lowerBound) ?? coordinatedVerb.flatMap({ stateOfPossessiveRelative(before: $0) }),
                   !participants.contains(where: { $0.entity == state }) {
                    participants.insert(EventParticipant(entity: state, role: type.symmetric ? .party : sawPassiveAgent ? type.patientRole : type.agentRole), at: 0)
                }
                // « Quant à l’Arménie, elle s’est logiquement tournée vers ses alliés »: the topic the
                // sentence opens with is the subject of its verb.
                if subject == nil && trigger.isVerb && !reducedRelative, let n = lexicon.topic(at: 0, in: tokens, language: language) {
                    subject = entityRanges.indices.first { entityRanges[$0].lowerBound >= n && entityRanges[$0].lowerBound <= n + 1 }
                }
                // « En restant à distance des ambitions militaires de Moscou, Pékin cherche … »: in a gerund
                // phrase opening the sentence, the subject is the main clause's.
                if subject == nil && trigger.isVerb && !reducedRelative, let main = gerundSubject(before: range.lowerBound) {
                    participants.insert(EventParticipant(entity: main, role: type.symmetric ? .party : sawPassiveAgent ? type.patientRole : type.agentRole), at: 0)
                }
                // « Pour ces raisons, elle s’est empressée de condamner … »: a subject pronoun just before
                // the verb carries the subject of the sentence before.
                // After « que », "that", it is the subject of the clause that governs it: « Le Kazakhstan, hôte du
                // sommet, a assuré qu’il n’aiderait pas la Russie ».
                if subject == nil && trigger.isVerb && !reducedRelative,
                   let q = (max(0, range.lowerBound - 5)..<range.lowerBound).last(where: { lexicon.isWord(tokens[$0], .pronoun, language: language) && clause[$0] == clause[range.lowerBound] }),
                   !ambiguous(pronounAt: q) {
                    var governing = governingSubject(ofPronounAt: q)
                    // ("Since it withdrew, Russia has shelled the city": a pronoun in a clause opening the sentence stands for the
                    // main clause's subject, named first after the comma.)
                    if q == 1, lexicon.isWord(tokens[0], .subordinator, language: language),
                       let comma = ((q + 1)..<tokens.count).first(where: { k in scalars[tokens[k - 1].end..<tokens[k].start].contains(",") }),
                       let m = entityRanges.indices.first(where: { entityRanges[$0].lowerBound == lexicon.afterArticles(comma, in: tokens, language: language) }),
                       entities[m].function == .actor, entities[m].aliasKind != .demonym,
                       [.state, .organization, .person].contains(gazetteer.entities[entities[m].entity].kind) {
                        governing = entities[m].entity
                    }
                    // A plural pronoun ("they", « ils ») stands for the sides the sentence before told.
                    if governing == nil, let sides = carriedSides(pronoun: q), !sides.isEmpty {
                        for owner in sides.reversed() where !participants.contains(where: { $0.entity == owner }) {
                            participants.insert(EventParticipant(entity: owner, role: type.symmetric ? .party : sawPassiveAgent ? type.patientRole : type.agentRole), at: 0)
                        }
                    } else if let owner = governing ?? (opensASubordinateClause(q) ? nil : carried), !participants.contains(where: { $0.entity == owner }) {
                        participants.insert(EventParticipant(entity: owner, role: sawPassiveAgent ? type.patientRole : type.agentRole), at: 0)
                    }
                }
                // "Kyrgyz and Tajik forces exchanged fire near Vorukh": a subject already among the participants (through the
                // place, a Tajik enclave) still heads its list.
                if let m = subject, trigger.isVerb, type.symmetric, participants.contains(where: { $0.entity == entities[m].entity }) {
                    for k in listed(before: m, ranges: entityRanges, tokens: tokens, scalars: scalars, language: language, entities: entityIDs)
                    where !participants.contains(where: { $0.entity == entities[k].entity }) { add(k, .party) }
                }
                if let m = subject, !participants.contains(where: { $0.entity == entities[m].entity }) {
                    if trigger.isVerb {
                        // « l’Arménie et l’Azerbaïdjan se sont affrontés »: the subjects of a symmetric verb are parties.
                        // ("Russian peacekeepers were deployed", « des soldats russes ont été déployés »: the state of the forces
                        // a passive's subject names is its doer, not its patient.)
                        let forcesOfAState = entities[m].aliasKind == .demonym && (
                            (entityRanges[m].upperBound < tokens.count && lexicon.isWord(tokens[entityRanges[m].upperBound], .force, language: language))
                            || (entityRanges[m].lowerBound > 0 && lexicon.isWord(tokens[entityRanges[m].lowerBound - 1], .force, language: language)))
                        let role = type.symmetric ? .party : sawPassiveAgent && !forcesOfAState ? type.patientRole : type.agentRole
                        add(m, role)
                        // « la Lituanie, la Lettonie et l’Estonie ont … »: the whole list is the subject.
                        // (Unless the verb agrees with one: « les relations entre Moscou et Astana, qui s’est gardée de soutenir »
                        // is Astana's alone.)
                        let list = listed(before: m, ranges: entityRanges, tokens: tokens, scalars: scalars, language: language, entities: entityIDs)
                        let coordination = list.map { entityRanges[$0].upperBound }.min().map { from in
                            (from..<entityRanges[m].lowerBound).contains { lexicon.isWord(tokens[$0], .coordinator, language: language) } } ?? false
                        for k in coordination && agreesWithOne(m) ? [] : list {
                            add(k, role)
                        }
                    } else if entities[m].function == .actor {
                        // "Russia guarantees the ceasefire between Armenia and Azerbaijan", « la Turquie surveille le cessez-le-feu »:
                        // who upholds an agreement (a `guarantee` word right before it, articles aside) brought it about, no party.
                        let before = lexicon.beforeArticles(range.lowerBound, in: tokens, language: language)
                        let upholds = before >= 0 && (max(0, before - 2)...before).contains { k in
                            lexicon.wordLength(tokens, at: k, .guarantee, language: language) == before - k + 1
                        }
                        let role: EventRole = upholds ? .mediator : .party
                        add(m, role)
                        // ("Kazakhstan and the Russian war against Ukraine": a demonym qualifying the noun heads no list.)
                        for k in entities[m].aliasKind == .demonym ? [] : listed(before: m, ranges: entityRanges, tokens: tokens, scalars: scalars, language: language, entities: entityIDs) { add(k, role) }
                        // "Belarus, Russia's closest ally": the owner of a two-sided noun in apposition to a name relates
                        // that name to it.
                        if type.symmetric, ownsTheNounAfter(m), entityRanges[m].lowerBound >= 1,
                           case let q = entityRanges[m].lowerBound, commas[q] == commas[q - 1] + 1,
                           let named = entityRanges.indices.first(where: { entityRanges[$0].upperBound == q && entities[$0].function == .actor }),
                           entities[named].aliasKind != .demonym, entities[named].entity != entities[m].entity { add(named, .party) }
                    }
                }
            }
            if !trigger.isVerb, trigger.genitive == "patient", !participants.contains(where: { $0.role == type.patientRole }),
               let m = genitiveAntecedent(before: range.lowerBound), !participants.contains(where: { $0.entity == entities[m].entity }) {
                participants.append(EventParticipant(entity: entities[m].entity, role: type.patientRole))
            }
            // (A two-sided noun's parties are who does it; another's, such as a mediation's, are not: « un processus de
            // paix entre Kyiv et Moscou » still has no mediator.)
            if !trigger.isVerb, !participants.contains(where: { $0.role == type.agentRole || (type.symmetric && $0.role == .party) }),
               let main = gerundSubject(before: range.lowerBound) {
                participants.insert(EventParticipant(entity: main, role: type.symmetric ? .party : type.agentRole), at: 0)
            }
            // « les efforts de médiation déployés par … Charles Michel … entre Erevan et Bakou »: with an
            // agent and no patient, the parties named after « entre » later in the clause are its patients.
            if !type.symmetric && participants.contains(where: { $0.role == type.agentRole })
                && !participants.contains(where: { $0.role != type.agentRole }) {
                // Not when « entre » completes another event noun: "condemned … the worst fighting between the
                // two neighbors" — they fight; they are not condemned.
                // Nor past « que », "that", which opens a clause of its own: Azerbaijan "rejected her remarks …,
                // warning that they could undermine efforts to normalize relations between Baku and Yerevan"
                // rejects no Armenia.
                if let q = (range.upperBound..<tokens.count).first(where: { k in clause[k] == clause[range.lowerBound]
                    && tokens[k].folded.count > 3 && lexicon.slots(at: k, in: tokens, language: language)?.slots.contains("party") == true }),
                   !triggerEnds.contains(q), !(range.upperBound..<q).contains(where: opensAClause),
                   // (Nor « avec », "with" after a border: « la frontière arménienne avec la Turquie ».)
                   !(max(range.upperBound, q - 3)..<q).contains(where: { lexicon.isWord(tokens[$0], .border, language: language) }) {
                    var k = q + 1
                    while k < tokens.count, clause[k] == clause[range.lowerBound] {
                        if lexicon.isArticle(tokens[k], language: language) || (lexicon.slots(at: k, in: tokens, language: language)?.slots.contains("party") == true && tokens[k].folded.count <= 3) { k += 1; continue }
                        guard let m = mention(startingAt: k) else { break }
                        add(m, type.patientRole)
                        k = entityRanges[m].upperBound
                    }
                }
            }
            // "EU member Romania", "NATO member Turkey": an organization right before a noun whose « de X » is its patient
            // is that patient, and the state right after the noun (no comma) its agent.
            if !trigger.isVerb, trigger.genitive == "patient", range.lowerBound > 0, range.upperBound < tokens.count,
               !participants.contains(where: { $0.role == type.patientRole || $0.role == type.agentRole }),
               let org = entityRanges.indices.first(where: { entityRanges[$0].upperBound == range.lowerBound && gazetteer.entities[entities[$0].entity].kind == .organization }),
               scalars[tokens[range.lowerBound - 1].end..<tokens[range.lowerBound].start].allSatisfy({ $0.properties.isWhitespace }),
               let next = mention(startingAt: range.upperBound), gazetteer.entities[entities[next].entity].kind == .state,
               scalars[tokens[range.upperBound - 1].end..<tokens[range.upperBound].start].allSatisfy({ $0.properties.isWhitespace }) {
                participants.append(EventParticipant(entity: entities[org].entity, role: type.patientRole))
                participants.insert(EventParticipant(entity: entities[next].entity, role: type.agentRole), at: 0)
            }
            // "the Russian invasion", "a Russian military base": a demonym right before a noun names its doer
            // (as « l’invasion russe » after it).
            if !trigger.isVerb, range.lowerBound > 0, !participants.contains(where: { $0.role == type.agentRole }),
               let m = entityRanges.indices.first(where: { entityRanges[$0].upperBound == range.lowerBound }),
               entities[m].aliasKind == .demonym, !qualifies(m),
               scalars[tokens[range.lowerBound - 1].end..<tokens[range.lowerBound].start].allSatisfy({ $0.properties.isWhitespace }) {
                participants.insert(EventParticipant(entity: entities[m].entity, role: type.symmetric ? .party : type.agentRole), at: 0)
            }
            // "Russia's invasion", "Azerbaijan's full-scale attack": a name, an apostrophe and « s » before a noun
            // trigger (up to three qualifying words between) name its doer.
            if !trigger.isVerb, range.lowerBound >= 2, !participants.contains(where: { $0.role == type.agentRole }),
               let k = (max(1, range.lowerBound - 4)..<range.lowerBound).last(where: { lexicon.isWord(tokens[$0], .possessiveClitic, language: language) }),
               scalars[tokens[k - 1].end..<tokens[k].start].allSatisfy({ $0 == "'" || $0 == "’" }), !scalars[tokens[k - 1].end..<tokens[k].start].isEmpty,
               let m = entityRanges.indices.first(where: { entityRanges[$0].upperBound == k }), entities[m].function == .actor,
               ((k + 1)..<range.lowerBound).allSatisfy({ j in !lexicon.isFunctionWord(tokens[j], language: language) && !entityRanges.contains(where: { $0.contains(j) }) }) {
                participants.insert(EventParticipant(entity: entities[m].entity, role: type.symmetric ? .party : type.agentRole), at: 0)
            }
            // « ont accordé le statut de pays candidat à l’Ukraine et à la Moldavie », "granted candidate status to Ukraine":
            // through a verb of the `granting` class, those named after the noun do it (they are the candidates), and the
            // verb's subject is its other side.
            /// The verb of `wordClass` that governs this noun trigger: within six words before it, in its clause, no other
            /// trigger nor clause opening between them.
            func governingVerb(_ wordClass: EventLexicon.WordClass) -> Int? {
                (max(0, range.lowerBound - 6)..<range.lowerBound).first { v in
                    let n = lexicon.wordLength(tokens, at: v, wordClass, language: language)
                    return n > 0 && clause[v] == clause[range.lowerBound]
                        && !((v + n)..<range.lowerBound).contains { triggerStarts.contains($0) || opensAClause($0) }
                }
            }
            if !trigger.isVerb, let verb = governingVerb(.granting) {
                let after = Set(entityRanges.indices.filter { entityRanges[$0].lowerBound >= range.upperBound }.map { entities[$0].entity })
                for i in participants.indices where after.contains(participants[i].entity) && participants[i].role != type.agentRole {
                    participants[i].role = type.symmetric ? .party : type.agentRole
                }
                if let s = subject(ofVerbAt: verb), !participants.contains(where: { $0.entity == entities[s].entity }) {
                    participants.append(EventParticipant(entity: entities[s].entity, role: type.symmetric ? .party : type.patientRole))
                }
            }
            // « la Biélorussie s’exposerait à de lourdes sanctions occidentales », "Belarus could face Western sanctions":
            // the subject of a verb of the `undergoing` class is the patient of the noun trigger after it.
            if !trigger.isVerb && !participants.contains(where: { $0.role == type.patientRole }),
               let verb = governingVerb(.undergoing),
               let subject = subject(ofVerbAt: verb) ?? antecedent(ofVerbAt: verb),
               !participants.contains(where: { $0.entity == entities[subject].entity }) {
                participants.append(EventParticipant(entity: entities[subject].entity, role: type.symmetric ? .party : type.patientRole))
            }
            // « la Moldavie a acquis le statut de pays candidat »: through a light verb, the subject is
            // the agent of a noun trigger that has none.
            // (Or of a two-sided one whose names after « avec », "with" are the other side: "Putin held talks with Pashinyan".)
            // (Whatever slot came after those names: "held a trilateral meeting with Aliyev in Sochi".)
            if !trigger.isVerb && (!participants.contains(where: { $0.role == type.agentRole }) || (type.symmetric && !otherSide.isEmpty)) {
                // The light verb governs the first trigger after it: « imposed sanctions on Russia after the
                // invasion » — the United States invade nothing.
                // Nor past a temporal word: "hosted refugees after the Russian invasion".
                // Nor past « que », "that": « La France maintient que l’annexion … est illégale ».
                let verb = (max(0, range.lowerBound - 6)..<range.lowerBound).first {
                    lexicon.lightVerb(at: $0, in: tokens, language: language, before: range.lowerBound) != nil && clause[$0] == clause[range.lowerBound]
                        && !(($0 + 1)..<range.lowerBound).contains { triggerStarts.contains($0) || lexicon.isWord(tokens[$0], .temporal, language: language)
                            || opensAClause($0) }
                }
                if let verb {
                    // (« Moscou, qui maintient quelque 1 500 soldats en Transnistrie »: or the antecedent of the relative before it.)
                    let subject = subject(ofVerbAt: verb) ?? antecedent(ofVerbAt: verb)
                    // ("Putin, whose country keeps a base in Gyumri": the state of a possessive relative's antecedent; "whose
                    // country is Armenia's main ally and keeps a base": of the verb before « and », too.)
                    let earlier = verb >= 2 && lexicon.isWord(tokens[verb - 1], .conjunction, language: language)
                        ? (max(0, verb - 12)..<(verb - 1)).last(where: { k in clause[k] == clause[verb] && commas[k] == commas[verb]
                            && (lexicon.isWord(tokens[k], .copula, language: language) || lexicon.lightVerb(at: k, in: tokens, language: language) != nil) })
                        : nil
                    if subject == nil, let state = stateOfPossessiveRelative(before: verb) ?? earlier.flatMap({ stateOfPossessiveRelative(before: $0) }),
                       !participants.contains(where: { $0.entity == state }) {
                        participants.insert(EventParticipant(entity: state, role: type.symmetric ? .party : type.agentRole), at: 0)
                    }
                    // « Il souhaite toutefois maintenir des liens étroits avec le Kremlin »: a subject pronoun
                    // before the light verb carries the subject of the sentence before.
                    // Not an impersonal one: « Il est difficile de maintenir des liens … ».
                    // (After « dont », "of which", « il est », "it is" are personal: « dont il est membre ».)
                    if subject == nil, let pronoun = (max(0, verb - 5)..<verb).first(where: { lexicon.isWord(tokens[$0], .pronoun, language: language) && clause[$0] == clause[verb]
                           && (!($0 + 1 < tokens.count && lexicon.isWord(tokens[$0 + 1], .impersonal, language: language))
                               || ($0 > 0 && lexicon.isWord(tokens[$0 - 1], .genitiveRelative, language: language))) }),
                       // (The antecedent of « dont », "of which" stands close before it: « l’OTSC, dont il est membre ».)
                       (pronoun > 0 && lexicon.isWord(tokens[pronoun - 1], .genitiveRelative, language: language))
                        || !(max(0, verb - 5)..<verb).contains(where: { k in entityRanges.contains { $0.contains(k) } }) {
                        // « Ils ont signé un accord », "They signed an agreement": the sides of the last two-sided event.
                        // (« l’alliance, dont il est pourtant membre »: after a relative, the clause's own subject.)
                        let owners = carriedSides(pronoun: pronoun) ?? governingSubject(ofPronounAt: pronoun).map { [$0] } ?? carried.map { [$0] } ?? []
                        for owner in owners.reversed() where !participants.contains(where: { $0.entity == owner }) {
                            participants.insert(EventParticipant(entity: owner, role: type.symmetric ? .party : type.agentRole), at: 0)
                        }
                    }
                    if let subject, !participants.contains(where: { $0.entity == entities[subject].entity }) {
                        let role = type.symmetric ? EventRole.party : type.agentRole
                        participants.insert(EventParticipant(entity: entities[subject].entity, role: role), at: 0)
                        // "Armenia and Azerbaijan agreed on a ceasefire": the whole list is the subject.
                        for k in listed(before: subject, ranges: entityRanges, tokens: tokens, scalars: scalars, language: language, entities: entityIDs)
                        where !participants.contains(where: { $0.entity == entities[k].entity }) {
                            participants.insert(EventParticipant(entity: entities[k].entity, role: role), at: 0)
                        }
                    }
                }
            }
            // « Quant au Kirghizstan, … son refus », « tout en faisant valoir sa candidature », « Le ministère …
            // a fait part de ses préoccupations »: who owns a possessive before a noun trigger with no agent.
            // (One word may qualify the noun between them: « ses vives préoccupations ».)
            let possessiveAt = range.lowerBound > 0 && lexicon.isWord(tokens[range.lowerBound - 1], .possessive, language: language) ? range.lowerBound - 1
                : range.lowerBound > 1 && lexicon.isWord(tokens[range.lowerBound - 2], .possessive, language: language)
                    && !lexicon.isFunctionWord(tokens[range.lowerBound - 1], language: language) && !entityRanges.contains(where: { $0.contains(range.lowerBound - 1) }) ? range.lowerBound - 2 : nil
            if !trigger.isVerb && !type.symmetric, let q = possessiveAt, !participants.contains(where: { $0.role == type.agentRole }) {
                // The topic the sentence opens with.
                var owner = lexicon.topic(at: 0, in: tokens, language: language).flatMap { n in
                    entityRanges.indices.first { entityRanges[$0].lowerBound >= n && entityRanges[$0].lowerBound <= n + 1 }.map { entities[$0].entity }
                }
                // A light verb right before it with no subject of its own (a gerund): the agent of the verb
                // told before, in the same clause.
                if owner == nil, let verb = (max(0, q - 3)..<q).first(where: { lexicon.lightVerb(at: $0, in: tokens, language: language) != nil && clause[$0] == clause[q] }),
                   subject(ofVerbAt: verb) == nil,
                   let before = result.last(where: { $0.isVerb && $0.tokenRange.upperBound <= verb && clause[$0.tokenRange.lowerBound] == clause[q] }) {
                    owner = before.participants.first { $0.role == lexicon.types[before.type]?.agentRole }?.entity
                }
                // The name a few words before it, the subject of a verb that expresses or performs what the
                // noun names (« a fait part de ses préoccupations », « a annoncé son retrait »); not of any verb:
                // in "Russia condemned its application" the application is another's.
                // (Not one a preposition governs.)
                // (The longest of the names ending there: « ministère des Affaires étrangères russes », not « russes ».)
                let end = entityRanges.filter { $0.upperBound <= q }.map(\.upperBound).max()
                if owner == nil, let end, let m = entityRanges.indices.filter({ entityRanges[$0].upperBound == end }).min(by: { entityRanges[$0].lowerBound < entityRanges[$1].lowerBound }),
                   q - entityRanges[m].upperBound <= 4, clause[entityRanges[m].lowerBound] == clause[q], commas[entityRanges[m].lowerBound] == commas[q],
                   entities[m].function == .actor, entities[m].aliasKind != .demonym,
                   (entityRanges[m].upperBound..<q).contains(where: { lexicon.lightVerb(at: $0, in: tokens, language: language) != nil || lexicon.isWord(tokens[$0], .expressing, language: language) }),
                   lexicon.beforeArticles(entityRanges[m].lowerBound, in: tokens, language: language) < 0
                    || !lexicon.isFunctionWord(tokens[lexicon.beforeArticles(entityRanges[m].lowerBound, in: tokens, language: language)], language: language) {
                    owner = entities[m].entity
                }
                // With no name before it, the subject carried from the sentence before.
                if owner == nil && !entityRanges.contains(where: { $0.lowerBound < range.lowerBound }) { owner = carried }
                if let owner, !participants.contains(where: { $0.entity == owner }) {
                    participants.insert(EventParticipant(entity: owner, role: type.agentRole), at: 0)
                }
            }
            // « la Russie et les autres États membres », "Russia and the other members": a noun after « autres »,
            // "other", coordinated with a name, is that name's too; with no complement, of the organization its
            // sentence names (« la clause de solidarité de l’OTSC … la Russie et les autres États membres »).
            if !trigger.isVerb && !type.symmetric && !participants.contains(where: { $0.role == type.agentRole }) {
                var k = range.lowerBound - 1
                var sawOther = false, words = 0
                while k >= 0 && words <= 2 {
                    if lexicon.isWord(tokens[k], .other, language: language) { sawOther = true }
                    else if !lexicon.isArticle(tokens[k], language: language) { words += 1 }
                    if lexicon.isWord(tokens[k], .conjunction, language: language) { break }
                    k -= 1
                }
                if sawOther, k > 0, lexicon.isWord(tokens[k], .conjunction, language: language),
                   let named = entityRanges.indices.filter({ entityRanges[$0].upperBound == k && entities[$0].function == .actor })
                       .min(by: { entityRanges[$0].lowerBound < entityRanges[$1].lowerBound }) {
                    add(named, type.agentRole)
                    if !participants.contains(where: { $0.role == type.patientRole }), type.objectKinds.contains(.organization) {
                        let organizations = Set(entities.filter { gazetteer.entities[$0.entity].kind == .organization }.map(\.entity))
                        if organizations.count == 1, let organization = organizations.first {
                            participants.append(EventParticipant(entity: organization, role: type.patientRole))
                        }
                    }
                }
            }
            // « Erevan critique ouvertement Moscou, son allié traditionnel », "Ankara, its main partner": a noun
            // trigger after a possessive, in an apposition to a name, relates that name to the possessive's owner,
            // the subject of the clause (for a two-sided predicate: a party each).
            // (Not past another actor: in "criticised Yerevan for turning to Paris, its new ally" the ally is Armenia's;
            // nor a former one: « son ancien allié ».)
            if !trigger.isVerb && type.symmetric, let q = possessiveAt, q > 0, participants.isEmpty,
               commas[q] == commas[q - 1] + 1, !((q + 1)..<range.lowerBound).contains(where: { lexicon.isWord(tokens[$0], .former, language: language) }),
               let named = entityRanges.indices.filter({ entityRanges[$0].upperBound == q && entities[$0].function == .actor })
                   .min(by: { entityRanges[$0].lowerBound < entityRanges[$1].lowerBound }),
               let owner = self.subject(of: tokens, entities: entities.filter { $0.end <= tokens[entityRanges[named].lowerBound].start },
                                        text: String(String.UnicodeScalarView(scalars)), language: language),
               owner != entities[named].entity,
               !entities.contains(where: { e in e.entity != owner && e.entity != entities[named].entity && e.function == .actor && e.aliasKind != .demonym
                   && e.end <= tokens[entityRanges[named].lowerBound].start
                   && entities.contains { $0.entity == owner && $0.end <= e.start } }) {
                participants.append(EventParticipant(entity: owner, role: .party))
                add(named, .party)
            }
            // "Armenia hosts a Russian military base": the subject of a hosting verb before a noun trigger
            // is where it stands, not who does it.
            if !trigger.isVerb,
               let verb = (max(0, range.lowerBound - 5)..<range.lowerBound).last(where: {
                   lexicon.isWord(tokens[$0], .hosting, language: language) && clause[$0] == clause[range.lowerBound]
                       && !(($0 + 1)..<range.lowerBound).contains { k in
                           triggerStarts.contains(k) || lexicon.isWord(tokens[k], .temporal, language: language)
                               || opensAClause(k)
                               || (lexicon.slots(at: k, in: tokens, language: language) != nil && !lexicon.isArticle(tokens[k], language: language))
                       }
               }),
               let subject = subject(ofVerbAt: verb) ?? coordinatedSubject(ofVerbAt: verb) ?? antecedent(ofVerbAt: verb),
               !participants.contains(where: { $0.entity == entities[subject].entity }) {
                // "Both countries host Russian military bases": a pair or a list of subjects all host it.
                let pairPartner = subject > 0 && entities[subject].aliasKind == .description && entities[subject - 1].aliasKind == .description
                    && entityRanges[subject - 1].upperBound == entityRanges[subject].lowerBound ? [subject - 1] : []
                for m in [subject] + listed(before: subject, ranges: entityRanges, tokens: tokens, scalars: scalars, language: language, entities: entityIDs) + pairPartner
                where !participants.contains(where: { $0.entity == entities[m].entity }) {
                    participants.append(EventParticipant(entity: entities[m].entity, role: type.placeRole ?? type.patientRole))
                }
            }
            // "Le Kazakhstan, membre de l’OTSC", "Armenia, a member of the CSTO", « la Biélorussie, alliée de la Russie »: a
            // noun in apposition to a name tells what that name is or does (a two-sided one, when its complements are its
            // other side, not its parties: « le sommet de l’OTSC » has its agent already).
            if !trigger.isVerb && !participants.contains(where: { $0.role == type.agentRole }) {
                var k = range.lowerBound - 1
                // (« le Tadjikistan et le Kirghizstan, tous deux membres de l’OTSC », "Kyrgyzstan and Tajikistan, both members":
                // the words that gather a list stand between.)
                while k >= 0 && (lexicon.isArticle(tokens[k], language: language) || lexicon.isWord(tokens[k], .indefinite, language: language)
                                 || lexicon.isWord(tokens[k], .gathering, language: language)) { k -= 1 }
                if k >= 0, let m = entityRanges.indices.first(where: { entityRanges[$0].upperBound == k + 1 }),
                   entities[m].function == .actor, commas[k + 1] == commas[k] + 1, clause[k + 1] == clause[k],
                   !participants.contains(where: { $0.entity == entities[m].entity }) {
                    // The name heads its phrase: « l’annexion de la Crimée, l’invasion de l’Ukraine » is no apposition.
                    // It opens the sentence or follows a comma (« Unlike Belarus, the invasion » is none).
                    // A list heads it as a whole.
                    let list = listed(before: m, ranges: entityRanges, tokens: tokens, scalars: scalars, language: language, entities: entityIDs)
                    let head = list.first ?? m
                    let q = lexicon.beforeArticles(entityRanges[head].lowerBound, in: tokens, language: language)
                    if q < 0 || commas[q + 1] > commas[q] || clause[q + 1] > clause[q] {
                        for n in ([m] + list.reversed()) where !participants.contains(where: { $0.entity == entities[n].entity }) {
                            participants.insert(EventParticipant(entity: entities[n].entity, role: type.agentRole), at: 0)
                        }
                    }
                }
            }
            /// The lists of two or more states or organizations named together before token `end` (« l’Arménie
            /// et l’Azerbaïdjan »), in text order.
            func listsOfActors(before end: Int) -> [[Int]] {
                let isActor = { (m: Int) in entities[m].function == .actor && [.state, .organization].contains(self.gazetteer.entities[entities[m].entity].kind) }
                return entityRanges.indices.filter { entityRanges[$0].upperBound <= end && isActor($0) }.compactMap { m -> [Int]? in
                    let before = listed(before: m, ranges: entityRanges, tokens: tokens, scalars: scalars, language: language, entities: entityIDs).filter(isActor)
                    return before.isEmpty ? nil : before + [m]
                }
            }
            /// A pair's names become the symmetric noun's parties.
            func addPair(_ group: [Int]?) {
                guard let group, Set(group.map { entities[$0].entity }).count == 2 else { return }
                for m in group where !participants.contains(where: { $0.entity == entities[m].entity }) { add(m, .party) }
            }
            // "since their 2020 war", « leur guerre de 2020 »: a plural possessive before a symmetric noun names
            // as its parties the pair listed together before it — the first such list, the clause's subject as a
            // rule; and no other side after the noun: « leurs revendications territoriales sur les pays voisins »
            // are each one's against others.
            if type.symmetric && !trigger.isVerb,
               let q = (max(0, range.lowerBound - 3)..<range.lowerBound).last(where: { lexicon.isWord(tokens[$0], .pluralPossessive, language: language) }),
               ((q + 1)..<range.lowerBound).allSatisfy({ dateTokens.contains($0) }),
               // (Where it took place is no other side: "at their meeting in Sochi".)
               !(range.upperBound < tokens.count && lexicon.slots(at: range.upperBound, in: tokens, language: language).map({ !$0.slots.contains("place") }) == true
                   && !lexicon.isArticle(tokens[range.upperBound], language: language)) {
                // ("Modi told Putin during their meeting": with no pair listed, the two sides its clause names before it —
                // a person and the state they act for one side, the person standing for it.)
                let named = entityRanges.indices.filter { k in
                    entityRanges[k].upperBound <= q && clause[entityRanges[k].lowerBound] == clause[q] && entities[k].function == .actor
                        && !entities[k].stance && [.state, .person, .organization].contains(gazetteer.entities[entities[k].entity].kind)
                }
                func oneSide(_ a: Int, _ b: Int) -> Bool { a == b || gazetteer.sameSide(a, b) }
                var sides: [Int] = []
                for k in named {
                    if let i = sides.firstIndex(where: { oneSide(entities[$0].entity, entities[k].entity) }) {
                        if gazetteer.entities[entities[k].entity].kind == .person { sides[i] = k }
                    } else { sides.append(k) }
                }
                if participants.isEmpty, let pair = listsOfActors(before: q).first {
                    addPair(pair)
                } else if sides.count == 2, participants.allSatisfy({ p in sides.contains { oneSide(entities[$0].entity, p.entity) } }) {
                    participants.removeAll()
                    addPair(sides)
                }
            }
            // « en raison du conflit qui les oppose »: a plural object clitic in a relative clause right after a
            // symmetric noun stands for the pair listed together last before it.
            if participants.isEmpty && type.symmetric && !trigger.isVerb, range.upperBound + 1 < tokens.count,
               lexicon.isWord(tokens[range.upperBound], .relative, language: language),
               lexicon.isWord(tokens[range.upperBound + 1], .pluralObjectClitic, language: language) {
                addPair(listsOfActors(before: range.lowerBound).last)
            }
            // « l’insurrection qui le menaçait »: a singular object clitic in a relative clause right after a one-sided noun
            // stands for the actor named last before the noun in its sentence — what the event is turned against.
            if participants.isEmpty && !type.symmetric && !trigger.isVerb && type.patientRole != type.agentRole, range.upperBound + 1 < tokens.count,
               lexicon.isWord(tokens[range.upperBound], .relative, language: language),
               lexicon.isWord(tokens[range.upperBound + 1], .singularObjectClitic, language: language),
               // (Of a role and the demonym ending it, « président kazakh », the role.)
               // (Not an agent of something else: « le soutien apporté au président kazakh par l’OTSC face à l’insurrection
               // qui le menaçait » threatens Tokayev.)
               let m = entityRanges.indices.filter({ k in
                   entityRanges[k].upperBound <= range.lowerBound && entities[k].function == .actor && !entities[k].stance
                       && [.state, .person, .organization].contains(gazetteer.entities[entities[k].entity].kind)
                       && !{ let b = lexicon.beforeArticles(entityRanges[k].lowerBound, in: tokens, language: language)
                             return b >= 0 && lexicon.slots(at: b, in: tokens, language: language)?.slots.contains("agent") == true }()
               }).max(by: { (entityRanges[$0].upperBound, -entityRanges[$0].lowerBound) < (entityRanges[$1].upperBound, -entityRanges[$1].lowerBound) }) {
                add(m, type.patientRole)
            }
            // A symmetric event with no one in a role: the sentence's actors are its parties
            // (« des affrontements survenus en septembre 2022 » after « entre Bakou et Erevan »).
            // Only within the trigger's own comma-separated segment, never for a war, whose parties the
            // sentence rarely all are, and never for assertions, where a wrong one costs more than none.
            // The actors must be named as parties (« entre Bakou et Erevan »): « The United States and the
            // European Union also urged an end to the fighting » names no one who fights.
            if participants.isEmpty && type.symmetric && !type.durative && !keepsNonFacts {
                var namedAsParty: Set<Int> = []
                for k in entities.indices.sorted(by: { entityRanges[$0].lowerBound < entityRanges[$1].lowerBound }) {
                    let j = lexicon.beforeArticles(entityRanges[k].lowerBound, in: tokens, language: language)
                    guard j >= 0, let start = (max(0, j - 2)...j).first(where: { i in
                        lexicon.slots(at: i, in: tokens, language: language).map { $0.slots.contains("party") && i + $0.length == j + 1 } ?? false
                    }) else { continue }
                    // (« avec », "with" name the other side of another noun: "a rare admission of friction with Beijing at a summit".)
                    if lexicon.isWord(tokens[start], .comitative, language: language) { continue }
                    // « et » coordinates with a name that was itself named as a party.
                    let coordination = start == j && tokens[j].folded.count <= 3
                    if !coordination || namedAsParty.contains(where: { entityRanges[$0].upperBound == j }) { namedAsParty.insert(k) }
                }
                for k in namedAsParty.sorted() where entities[k].function == .actor && [.state, .organization].contains(gazetteer.entities[entities[k].entity].kind)
                    && commas[entityRanges[k].lowerBound] == commas[range.lowerBound] && clause[entityRanges[k].lowerBound] == clause[range.lowerBound] {
                    participants.append(EventParticipant(entity: entities[k].entity, role: .party))
                }
            }
            // "Armenia and Azerbaijan agreed on a ceasefire … after two days of fighting", « ont conclu une trêve
            // après des combats »: a symmetric noun with no sides of its own, told as the time of a symmetric
            // event of its clause that has two, has the same two.
            if participants.isEmpty && type.symmetric && !trigger.isVerb {
                // The temporal word may open a duration (« après deux jours de combats »): a few words, no name
                // and no comma between them.
                let temporal = (max(0, range.lowerBound - 4)..<range.lowerBound).reversed().prefix { k in
                    !entityRanges.contains { $0.contains(k) } && commas[k] == commas[range.lowerBound] && !triggerStarts.contains(k)
                }.first { lexicon.isWord(tokens[$0], .subsequent, language: language) }
                if let k = temporal,
                   let other = result.last(where: { o in
                       o.tokenRange.upperBound <= k && clause[o.tokenRange.lowerBound] == clause[range.lowerBound]
                           && lexicon.types[o.type]?.ends.contains(trigger.type) == true && o.cameo == Self.ceasefireCAMEO
                           && Set(o.participants.map(\.entity)).count == 2 && !o.negated
                   }) {
                    for p in other.participants { participants.append(EventParticipant(entity: p.entity, role: .party)) }
                }
            }
            // One role per entity: the first the words gave it (no one invades itself).
            if strikes {
                // What was struck: the object and the places after the verb ("shelled the towns of Goris"), or — passive,
                // "Goris was shelled by Azerbaijani forces" — the subject. Nothing named struck, no strike: « a pilonné
                // l’opposition dans un discours ».
                let isStruck = { (x: EventParticipant) in x.role != type.agentRole && namedAfter.contains(x.entity) != sawPassiveAgent }
                // Who can strike: a name (a state, not its demonym on something else: "Western sanctions hit the Russian
                // economy"), or the arms or armed forces of a demonym (« les forces azerbaïdjanaises », "Russian missiles").
                let armed = { (k: Int) in lexicon.isWord(tokens[k], .force, language: language) || lexicon.isWord(tokens[k], .weapon, language: language) }
                let striker = participants.contains { p in
                    !isStruck(p) && entityRanges.indices.contains { k in
                        entities[k].entity == p.entity && entityRanges[k].upperBound <= range.lowerBound && clause[entityRanges[k].lowerBound] == clause[range.lowerBound]
                            && (entities[k].aliasKind != .demonym
                                || (entityRanges[k].upperBound..<min(entityRanges[k].upperBound + 2, range.lowerBound)).contains(where: armed)
                                || (max(0, entityRanges[k].lowerBound - 2)..<entityRanges[k].lowerBound).contains(where: armed))
                    }
                }
                // Nothing named struck: a strike still when armed forces or a state strike ("Tajik troops had attacked border
                // posts and villages", "when Azerbaijan attacked it"), never a person's (« a pilonné l’opposition »).
                let statesStrike = participants.contains { !isStruck($0) && [.state, .organization].contains(gazetteer.entities[$0.entity].kind) }
                guard participants.contains(where: isStruck) || (striker && statesStrike) else { continue }
                // Struck by no one who can strike: in the active voice, only arms or armed forces do (« des missiles se sont
                // abattus sur Kyiv »), not « les critiques ont attaqué le gouvernement kazakh », "Western sanctions hit …".
                if !sawPassiveAgent && !striker && !(range.lowerBound > 0 && lexicon.isWord(tokens[range.lowerBound - 1], .passiveAuxiliary, language: language)) {
                    let before = (0..<range.lowerBound).filter { clause[$0] == clause[range.lowerBound] }
                    guard before.contains(where: armed) else { continue }
                }
                for i in participants.indices {
                    if isStruck(participants[i]) { participants[i].role = type.patientRole }
                    else if participants[i].role == .party { participants[i].role = type.agentRole }
                }
            }
            var unique: [EventParticipant] = []
            for x in participants where !unique.contains(where: { $0.entity == x.entity }) { unique.append(x) }
            // ("the EU imposed sanctions on Russia after it invaded Ukraine": no organization invades — `agent_kinds`.)
            if !type.symmetric && !type.subjectKinds.isEmpty {
                unique.removeAll { $0.role == type.agentRole && !type.subjectKinds.contains(gazetteer.entities[$0.entity].kind) }
            }
            // « le nouveau décret signé par Vladimir Poutine … fournit au Kremlin un prétexte »: who does it is not its own
            // target — a person and the state they act for are one side.
            if !type.symmetric && type.patientRole != type.agentRole {
                let agents = unique.filter { $0.role == type.agentRole }.map(\.entity)
                unique.removeAll { p in p.role == type.patientRole && agents.contains { gazetteer.sameSide($0, p.entity) } }
            }
            // « l’invasion » alone, after a definite article: the invasion the text is telling. It joins
            // the event of its type told most, adding no participant; otherwise it is no event.
            // (A demonstrative too: « cet avertissement ».)
            // (A word of novelty or renewal may stand between: « cette nouvelle éruption de violences », "this latest round of fighting".)
            let demonstrative: Bool = {
                guard range.lowerBound > 0, !trigger.isVerb else { return false }
                if lexicon.isWord(tokens[range.lowerBound - 1], .demonstrative, language: language) { return true }
                return (max(0, range.lowerBound - 4)..<(range.lowerBound - 1)).contains { k in
                    lexicon.isWord(tokens[k], .demonstrative, language: language)
                        && (lexicon.wordLength(tokens, at: k + 1, .novelty, language: language) == range.lowerBound - k - 1
                            || (k + 2 == range.lowerBound && lexicon.isWord(tokens[k + 1], .renewal, language: language)))
                }
            }()
            // (« du », « au » only after a frame word: « lors du sommet », « en marge du sommet »; « aux parties au conflit »
            // names no conflict told before.)
            let frameWord = trigger.isVerb ? nil : (max(0, range.lowerBound - 3)..<range.lowerBound).first { lexicon.isWord(tokens[$0], .frame, language: language) }
            let framed = frameWord != nil
            let definite = demonstrative || (range.lowerBound > 0 && !trigger.isVerb && (lexicon.isArticle(tokens[range.lowerBound - 1], language: language)
                || (framed && lexicon.isWord(tokens[range.lowerBound - 1], .contractedArticle, language: language))))
            // « À Samarcande, Pékin n’a cessé d’être courtisé lors de cette réunion », "Pashinyan refused to sign a
            // declaration at the summit": the subject of the clause a frame closes took part in the meeting it names (not
            // one of an opening frame: "During the summit, Armenians protested").
            if type.placeRole == .host, !unique.contains(where: { $0.role == .party }), let word = frameWord,
               // (As written: « À Samarcande » opens with no auxiliary « a ».)
               word > 0, let verb = (0..<word).first(where: { verbTriggerStarts.contains($0) || (lexicon.isWord(tokens[$0], .auxiliary, language: language) && writtenAsFolded($0)) }),
               // (Not past a comma: "Putin acknowledged that China had concerns, a rare admission of friction with Beijing at a
               // summit of the SCO" — the frame closes an apposition, not China's clause.)
               commas[verb] == commas[word],
               let who = self.subject(of: tokens, entities: entities.filter { m in
                   guard let k = tokens.firstIndex(where: { $0.end > m.start }) else { return false }
                   return k < verb && clause[k] == clause[word]
               }, text: String(String.UnicodeScalarView(scalars)), language: language),
               !unique.contains(where: { $0.entity == who }) {
                unique.append(EventParticipant(entity: who, role: .party))
            }
            // "Moscow, which brokered the 2020 ceasefire", "a ceasefire that Moscow brokered", "the Moscow-brokered ceasefire",
            // "the July deal, brokered by Ankara", « l’accord de cessez-le-feu négocié sous l’égide de Moscou »: a mediation
            // trigger right by a two-sided cooperative noun, in its clause, tells who brought it about — its mediators are
            // that event's (only articles, dates, names, a relative and one other word between them).
            let mediatedBy: Range<Int>? = type.symmetric && !type.hostile && !trigger.isVerb ? triggers.first(where: { t in
                guard t.range != range, lexicon.types[t.trigger.type]?.agentRole == .mediator,
                      clause[t.range.lowerBound] == clause[range.lowerBound] else { return false }
                let gap = t.range.upperBound <= range.lowerBound ? t.range.upperBound..<range.lowerBound : range.upperBound..<t.range.lowerBound
                guard gap.count <= 4, !gap.contains(where: { triggerStarts.contains($0) }) else { return false }
                return gap.filter { k in
                    !lexicon.isArticle(tokens[k], language: language) && !dateTokens.contains(k) && !entityRanges.contains { $0.contains(k) }
                        && !lexicon.isWord(tokens[k], .relative, language: language) && !lexicon.isWord(tokens[k], .complementizer, language: language)
                }.count <= 1
            })?.range : nil
            // ("the Second Nagorno-Karabakh War", « l’accord « Initiative céréalière de la Mer Noire » »: a proper name tells it.)
            let knownName = knownEvent(named: tokens, by: range, type: trigger.type, language: language)
            guard !unique.isEmpty || definite || mediatedBy != nil || knownName != nil else { continue }
            // ("joined the sanctions against Russia": a verb of joining whose object is another event joins no organization.)
            if trigger.isVerb && type.patientRole == .host && !type.symmetric,
               case let object = lexicon.afterArticles(range.upperBound, in: tokens, language: language), object < tokens.count,
               triggerStarts.contains(object), !entityRanges.contains(where: { $0.contains(object) }) { continue }
            // "sent more than 2,000 troops", « a dépêché plus de 2 000 soldats »: a word of armed forces (`force`) soon after the
            // verb, in its clause, before any other trigger; only function words, numbers, approximators and demonyms stand
            // between, and one word qualifying the forces right before them ("sent additional troops"; not "sent a letter
            // about its troops"). The same for arms after a noun of selling (`weapon`: « la vente de 32 drones Bayraktar TB2 »).
            if let objectClass = trigger.objectClass {
                let reach = (range.upperBound..<min(tokens.count, range.upperBound + Self.forcesReach)).prefix { k in
                    clause[k] == clause[range.lowerBound] && !triggerStarts.contains(k)
                }
                guard let object = reach.first(where: { lexicon.isWord(tokens[$0], objectClass, language: language) }) else { continue }
                let inDemonym = { (k: Int) in entityRanges.indices.contains { entityRanges[$0].contains(k) && entities[$0].aliasKind == .demonym } }
                let content = (range.upperBound..<object).filter { k in
                    !lexicon.isFunctionWord(tokens[k], language: language) && !tokens[k].folded.allSatisfy(\.isNumber)
                        && !lexicon.isWord(tokens[k], .approximator, language: language) && !inDemonym(k)
                }
                guard content.count <= 1, content.allSatisfy({ c in ((c + 1)..<object).allSatisfy(inDemonym) }) else { continue }
                // ("sent additional Russian troops", « la vente de drones turcs »: the demonym of the forces or arms, before them or
                // right after them, is who sends or sells them, not what they are sent against or sold to.)
                for m in entityRanges.indices where entityRanges[m].lowerBound >= range.upperBound && entityRanges[m].upperBound <= object + 2
                    && entities[m].aliasKind == .demonym && (entityRanges[m].upperBound <= object || entityRanges[m].lowerBound == object + 1) {
                    for i in unique.indices where unique[i].entity == entities[m].entity && unique[i].role == type.patientRole { unique[i].role = type.agentRole }
                }
            }
            // "met Nikol Pashinyan": a name (no demonym) right after the verb, articles aside.
            let usedAsVerb = trigger.needsNamedObjectAsVerb && range.lowerBound > 0
                && (entityRanges.contains { $0.upperBound == range.lowerBound } || lexicon.isWord(tokens[range.lowerBound - 1], .pronoun, language: language))
            if trigger.needsNamedObject || usedAsVerb {
                // A title written with capitals may stand before the name ("met Prime Minister Nikol Pashinyan").
                // A date may stand between them too (« ont sanctionné fin octobre la Russie »).
                var k = range.upperBound
                while k < tokens.count && dateTokens.contains(k) { k += 1 }
                // (A name may open with its article: "turned to the West".)
                let withArticle = mention(startingAt: k)
                k = lexicon.afterArticles(k, in: tokens, language: language)
                // And a possessive before a role ("met his Azerbaijani counterpart", « a reçu son homologue »).
                if k < tokens.count, lexicon.isWord(tokens[k], .possessive, language: language), let r = mention(startingAt: k + 1),
                   entities[r].aliasKind == .role { k += 1 }
                // So may a capitalized demonym and the title it opens ("met Chinese leader Xi Jinping").
                var titled = false
                while k < min(tokens.count, range.upperBound + 5) && commas[k] == commas[range.lowerBound] {
                    if let d = mention(startingAt: k) {
                        guard entities[d].aliasKind == .demonym && tokens[k].capitalized else { break }
                        titled = true
                        k = entityRanges[d].upperBound
                        continue
                    }
                    guard tokens[k].capitalized || (titled && !lexicon.isFunctionWord(tokens[k], language: language)) else { break }
                    k += 1
                }
                // ("asked the Russia-led CSTO": a name hyphenated to a qualifier only qualifies the name after it.)
                var found = mention(startingAt: k) ?? withArticle
                if let q = found, qualifies(q) { found = mention(startingAt: entityRanges[q].upperBound + 1) }
                guard let m = found, entities[m].aliasKind != .demonym,
                      !(trigger.needsPolityObject && gazetteer.entities[entities[m].entity].kind == .person),
                      // ("turned to Russia's rival, China": a name owning the noun after it is not the object.)
                      !ownsTheNounAfter(m),
                      !(trigger.isRequest && entityRanges[m].upperBound < tokens.count
                        && lexicon.isWord(tokens[entityRanges[m].upperBound], .question, language: language)) else { continue }
                if !unique.contains(where: { $0.entity == entities[m].entity }) {
                    unique.append(EventParticipant(entity: entities[m].entity, role: type.patientRole))
                }
            }
            // A verb of a symmetric type needs both sides: "Russian troops met fierce resistance" is no meeting.
            // One that strikes names one side enough: « des missiles ont bombardé Kyiv » — what was struck is often all
            // the sentence says.
            // (Nor an organization founded alone: "the CSTO, founded in 1992".)
            let organizationAlone = type.oncePerOrganization && unique.count == 1 && gazetteer.entities[unique[0].entity].kind == .organization
            if trigger.isVerb && type.symmetric && !strikes && Set(unique.map(\.entity)).count < 2 && !keepsNonFacts && !organizationAlone { continue }
            let start = tokens[range.lowerBound].start, end = tokens[range.upperBound - 1].end
            var mention = EventMention(sentence: sentence, type: trigger.type, cameo: trigger.cameo, trigger: Tokenizer.text(scalars, start..<end), start: start, end: end,
                                       participants: unique, place: place, date: nil, tokenRange: range, isVerb: trigger.isVerb,
                                       anaphoric: unique.isEmpty, cues: Set(cues.filter { cue, at in
                                           // (A noun a `presupposing` verb takes is no wish's: « le souhait des pays … de réduire leur
                                           // dépendance envers le Kremlin » — the dependence is real.)
                                           (cue != .avoiding || avoided) && !(cue == .hypothetical && !trigger.isVerb && at < range.lowerBound
                                               && ((at + 1)..<range.lowerBound).contains { lexicon.isWord(tokens[$0], .presupposing, language: language) })
                                       }.map(\.cue)), negated: negated)
            mention.section = section
            mention.another = (max(0, range.lowerBound - 5)..<min(tokens.count, range.upperBound + 3)).contains {
                !range.contains($0) && lexicon.wordLength(tokens, at: $0, .novelty, language: language) > 0
            }
            mention.knownName = knownName
            mention.framed = framed
            mention.mediatedBy = mediatedBy
            mention.onlyMediated = unique.isEmpty && !definite && knownName == nil
            mention.reversed = trigger.reversed
            mention.hostPredicate = trigger.hostPredicate
            mention.takesClause = trigger.takesClause
            mention.afterVerb = afterVerb
            mention.forceCount = forceCount(tokens, near: range, clause: clause, language: language)
            mention.otherSide = otherSide
            // « a reçu MM. Aliev et Pachinian », "met Aliyev and Pashinyan": a meeting verb's objects are its subject's other
            // side, never one another's — with no subject found, no pair.
            if trigger.isVerb && trigger.needsNamedObject { mention.otherSide.formUnion(afterVerb) }
            mention.demonstrative = unique.isEmpty && demonstrative
            if mention.anaphoric {
                mention.named = actorsNamed(in: entities)
                // (Named in another comma group than the trigger's: « La Russie et la Turquie ont appelé au calme après ces
                // affrontements entre séparatistes et forces gouvernementales » are who call for calm, not who fight.)
                if mention.demonstrative && type.symmetric {
                    let states = Set(entities.indices.filter { m in
                        entities[m].function == .actor && gazetteer.entities[entities[m].entity].kind == .state
                            && commas[entityRanges[m].lowerBound] != commas[range.lowerBound]
                    }.map { entities[$0].entity })
                    if states.count == 2 { mention.sidesNamed = states.sorted() }
                }
            }
            // « la double adhésion de ces pays au sein de l’OTAN et de l’UE »: joining two organizations
            // is two events, one per organization joined.
            let hosts = unique.filter { $0.role == .host && type.patientRole == .host }
            if hosts.count > 1 {
                for host in hosts {
                    var one = mention
                    one.participants = unique.filter { $0.role != .host || $0 == host }
                    result.append(one)
                }
            } else {
                result.append(mention)
            }
        }
        // A mediation's mediators are those of the agreement or talks it brought about (`mediatedBy`): "the Moscow-brokered
        // ceasefire" is Russia's as mediator, not as a party.
        for i in result.indices {
            guard let r = result[i].mediatedBy, let mediation = result.first(where: { $0.tokenRange == r }) else { continue }
            for p in mediation.participants where p.role == .mediator {
                if let j = result[i].participants.firstIndex(where: { $0.entity == p.entity }) { result[i].participants[j].role = .mediator }
                else { result[i].participants.append(EventParticipant(entity: p.entity, role: .mediator)) }
            }
            if result[i].onlyMediated { result[i].anaphoric = result[i].participants.isEmpty }
        }
        // « des efforts de médiation déployés par le président du Conseil européen Charles Michel lors des rencontres
        // tripartites »: the meeting a mediation took place during (a frame word before it, within `frameReach` words of the
        // mediation, names aside, in its clause) is held with the sides it mediates between — the meeting whose third side mediates
        // (`third_party`).
        for i in result.indices where result[i].framed {
            let r = result[i].tokenRange
            guard let mediationType = lexicon.types[result[i].type]?.thirdParty,
                  let frame = (max(0, r.lowerBound - 3)..<r.lowerBound).first(where: { lexicon.isWord(tokens[$0], .frame, language: language) }),
                  let mediation = result.last(where: { m in m.type == mediationType && m.tokenRange.upperBound <= frame
                      && (m.tokenRange.upperBound..<frame).filter({ k in !entityRanges.contains { $0.contains(k) } }).count <= Self.frameReach
                      && clause[m.tokenRange.lowerBound] == clause[frame] })
            else { continue }
            for p in mediation.participants where p.role == .party && !result[i].participants.contains(where: { $0.entity == p.entity }) {
                result[i].participants.append(EventParticipant(entity: p.entity, role: .party))
            }
        }
        // « la « mission civile » européenne envoyée le long de la frontière commune entre l’Azerbaïdjan et l’Arménie »: the
        // states named right after a `border` word (function words and one other word between, up to « avec », "with"), within
        // `borderReach` words after the trigger in its clause, are where an organization's event with none in its place role
        // happens.
        // (Events only: no predicate relates anyone to a border's states.)
        // (Of an organization's mission only: a state's troops « le long de la frontière entre la Biélorussie et l’Ukraine »
        // stand on one side of it, which the text leaves to the reader.)
        for i in result.indices where !result[i].negated && !keepsNonFacts {
            guard let type = lexicon.types[result[i].type], let role = type.placeRole, !type.symmetric,
                  !result[i].participants.contains(where: { $0.role == role }),
                  result[i].participants.contains(where: { $0.role == type.agentRole && gazetteer.entities[$0.entity].kind == .organization }),
                  !result[i].participants.contains(where: { $0.role == type.agentRole && gazetteer.entities[$0.entity].kind == .state }) else { continue }
            let r = result[i].tokenRange
            guard let border = (r.upperBound..<min(tokens.count, r.upperBound + Self.borderReach))
                    .prefix(while: { clause[$0] == clause[r.lowerBound] })
                    .first(where: { lexicon.isWord(tokens[$0], .border, language: language) }) else { continue }
            var k = border + 1, others = 0
            var states: [Int] = []
            while k < tokens.count, clause[k] == clause[border] {
                if let m = entityRanges.indices.first(where: { entityRanges[$0].lowerBound == k }) {
                    guard gazetteer.entities[entities[m].entity].kind == .state else { break }
                    states.append(entities[m].entity)
                    k = entityRanges[m].upperBound
                    continue
                }
                // (« la frontière arménienne avec la Turquie »: past « avec », "with", the neighbour.)
                if lexicon.isWord(tokens[k], .comitative, language: language) { break }
                if lexicon.isFunctionWord(tokens[k], language: language) || lexicon.isWord(tokens[k], .conjunction, language: language) { k += 1; continue }
                guard states.isEmpty, others == 0 else { break }
                others += 1
                k += 1
            }
            for state in states where !result[i].participants.contains(where: { $0.entity == state }) {
                result[i].participants.append(EventParticipant(entity: state, role: role))
                result[i].alongBorder.insert(state)
            }
        }
        // "the ceasefire that ended the 2020 war between Armenia and Azerbaijan", « l’accord qui a mis fin aux combats entre … »:
        // an agreement with no sides of its own that ended fighting told right after it has that fighting's two sides.
        for i in result.indices where !(lexicon.types[result[i].type]?.ends.isEmpty ?? true) {
            let r = result[i].tokenRange
            guard let ended = result.first(where: { o in
                guard lexicon.types[result[i].type]?.ends.contains(o.type) == true, o.tokenRange.lowerBound >= r.upperBound,
                      o.tokenRange.lowerBound - r.upperBound <= 8, commas[o.tokenRange.lowerBound] == commas[r.lowerBound],
                      Set(o.participants.filter(\.hasSideRole).map(\.entity)).count == 2
                else { return false }
                return (r.upperBound..<o.tokenRange.lowerBound).contains { lexicon.wordLength(tokens, at: $0, .terminative, language: language) > 0 }
            }) else { continue }
            result[i].ended = ended.tokenRange
            guard !result[i].participants.contains(where: { $0.role == .party }) else { continue }
            for p in ended.participants where p.hasSideRole && !result[i].participants.contains(where: { $0.entity == p.entity }) {
                result[i].participants.append(EventParticipant(entity: p.entity, role: .party))
            }
            result[i].anaphoric = false
        }
        result.removeAll { $0.onlyMediated && $0.participants.isEmpty }
        // Dates: each trigger takes the date closest to it, counted in content words (articles,
        // prepositions and names do not count; before the trigger they count double, a comma two);
        // past a cost of 4 it dates nothing. A relative date counted from an event (« les années qui
        // ont précédé l’invasion », « après dix mois de conflit ») never dates that event.
        func contentWords(_ a: Int, _ b: Int) -> Int {
            guard a < b else { return 0 }
            return (a..<b).filter { !covered.contains($0) && !lexicon.isFunctionWord(tokens[$0], language: language) && !tokens[$0].folded.allSatisfy(\.isNumber) }.count
        }
        /// ("Georgia, which fought a five-day war with Russia in 2008, condemned": right after a relative, an irregular past
        /// too — a lowercase word that is no function word, name, frame, adverb or preposition; « qui durant … » is none.)
        func readsAsAVerb(_ j: Int) -> Bool {
            guard !covered.contains(j), !lexicon.isFunctionWord(tokens[j], language: language) else { return false }
            let classes: [EventLexicon.WordClass] = [.frame, .temporal, .adverb, .preposition, .subsequent]
            if classes.contains(where: { lexicon.isWord(tokens[j], $0, language: language) }) { return false }
            let written = Tokenizer.text(scalars, tokens[j].start..<tokens[j].end)
            return written.lowercased() == written
        }
        var best: [Int: (cost: Int, date: DateMention)] = [:]
        // ("their first direct talks since 2022": the last time before dates none.)
        for date in dates where !date.tellsThePreviousTime {
            for (k, m) in result.enumerated() {
                let r = m.tokenRange
                guard clause[date.tokenRange.lowerBound] == clause[r.lowerBound] || clause[date.tokenRange.upperBound - 1] == clause[r.lowerBound] else { continue }
                let after = date.tokenRange.lowerBound >= r.upperBound
                // "The EU, which imposed sanctions on Moscow, called on Baku to respect the 2020 ceasefire": a noun's year is
                // that noun's alone (right before it, or « de 2020 » right after it).
                // (Unless a frame, or « en », "in", puts the rest in its time: "Turkey, which backed Baku in the 2020 war".)
                // ("On Sunday Putin condemned Saturday's blast": a date owning the noun after it dates that noun only.)
                // ("last week's NATO summit": names may qualify the noun between.)
                // (And it is that noun's before any other: "criticized last week's NATO summit in Madrid on Tuesday".)
                if date.ownsTheNounAfter {
                    let owned = r.lowerBound > date.tokenRange.upperBound && r.lowerBound - date.tokenRange.upperBound <= 4
                        && ((date.tokenRange.upperBound + 1)..<r.lowerBound).allSatisfy { k in entityRanges.contains { $0.contains(k) } }
                    if owned { best[k] = (-1, date) }
                    continue
                }
                if date.qualifiesANoun && date.tokenRange.upperBound != r.lowerBound && date.tokenRange.lowerBound != r.upperBound
                    && !(max(0, date.tokenRange.lowerBound - 5)..<date.tokenRange.lowerBound).contains(where: { k in
                        lexicon.isWord(tokens[k], .frame, language: language)
                            || (lexicon.slots(at: k, in: tokens, language: language).map { $0.slots.contains("place") && $0.length == 1 } ?? false)
                                && k + 1 < date.tokenRange.lowerBound && lexicon.isArticle(tokens[k + 1], language: language)
                    }) { continue }
                // « quatorze ans après le début de la guerre »: such a date is the event's right after it (one word may stand
                // between: « le début de »), no other's.
                if date.datesItsComplement {
                    guard !after, contentWords(date.tokenRange.upperBound, r.lowerBound) <= 1,
                          !(date.tokenRange.upperBound..<r.lowerBound).contains(where: { triggerStarts.contains($0) }) else { continue }
                    best[k] = (-1, date)
                    continue
                }
                // « les années qui ont précédé l’invasion », « après dix mois de conflit »: a date told
                // relative to the event right after it does not date that event.
                if !after, let relation = date.relation, r.lowerBound - date.tokenRange.upperBound <= 3 {
                    switch relation {
                    case .following, .preceding, .after: continue
                    default: break
                    }
                }
                let cost: Int
                if after {
                    // An event told between them, as the time of this one, takes the date: « imposed sanctions
                    // on Russia after the invasion of Ukraine on 24 February 2022 » (« candidat à l’adhésion de
                    // l’UE en juin 2022 » keeps it).
                    let closer = result.contains { o in
                        let q = o.tokenRange.lowerBound
                        guard o.sentence == m.sentence, q >= r.upperBound, q < date.tokenRange.lowerBound else { return false }
                        let j = lexicon.beforeArticles(q, in: tokens, language: language, floor: r.upperBound + 1)
                        return j >= r.upperBound && lexicon.isWord(tokens[j], .temporal, language: language)
                    }
                    if closer { continue }
                    // « a assuré que la mobilisation décrétée en septembre s'achèverait », "said that the talks would be held on
                    // Monday": a date past « que », "that" is its clause's.
                    if m.isVerb, (r.upperBound..<date.tokenRange.lowerBound).contains(where: { lexicon.isWord(tokens[$0], .complementizer, language: language) }) { continue }
                    // « a salué la « victoire » de l’Azerbaïdjan dans le Haut-Karabakh, en 2020 », "praised Azerbaijan's 2020
                    // victory": past what is said about (a noun between), a year or a month is that noun's time, not the
                    // saying's (a day still dates it: "condemned the strikes on Monday").
                    if m.isVerb, lexicon.types[m.type]?.datedByObject == true, contentWords(r.upperBound, date.tokenRange.lowerBound) >= 1,
                       case .point(let p) = date.value, p.day == nil, !date.isRelative { continue }
                    cost = contentWords(r.upperBound, date.tokenRange.lowerBound) + 2 * abs(commas[date.tokenRange.lowerBound] - commas[r.lowerBound])
                } else {
                    // "After the SCO summit on September 16, Putin met Erdogan": a date right after an event told after a
                    // temporal word (« après », "after") is that event's, not a later one's.
                    let framed = result.contains { o in
                        guard o.sentence == m.sentence, o.tokenRange != r, o.tokenRange.upperBound <= date.tokenRange.lowerBound,
                              date.tokenRange.lowerBound - o.tokenRange.upperBound <= 2,
                              (o.tokenRange.upperBound..<date.tokenRange.lowerBound).allSatisfy({ lexicon.isFunctionWord(tokens[$0], language: language) })
                        else { return false }
                        // (The temporal word may stand before the noun's article and modifiers: "after the SCO summit".)
                        return (max(0, o.tokenRange.lowerBound - 4)..<o.tokenRange.lowerBound).contains { j in
                            lexicon.isWord(tokens[j], .temporal, language: language) && commas[j] == commas[o.tokenRange.lowerBound]
                        }
                    }
                    if framed { continue }
                    // A date before its event either opens the sentence (« En 2020, … », « À Astana en
                    // octobre dernier, … ») or stands just before a verb (« le 12 octobre 2022, a imputé »);
                    // at the end of another clause it is that clause's (« … en 2004, le conflit »).
                    let fronted = contentWords(0, date.tokenRange.lowerBound) == 0
                    // "A gas pipeline was cut for three days last week, they said": a date before a comma and a verb of saying
                    // after it is the reported clause's (one opening the sentence is the saying's: « Le 12 octobre, il a déclaré »).
                    // (Only a verb telling what came before it, its clause closing soon after it: not « qui durant une prise de
                    // parole … le 12 octobre 2022, a imputé la responsabilité ».)
                    let closesItsClause = (r.upperBound...min(tokens.count, r.upperBound + 3)).contains { k in
                        k >= tokens.count || commas[k] != commas[r.upperBound - 1] || clause[k] != clause[r.upperBound - 1]
                    }
                    if !fronted && m.takesClause && closesItsClause && commas[date.tokenRange.upperBound - 1] != commas[r.lowerBound] { continue }
                    var between = contentWords(date.tokenRange.upperBound, r.lowerBound)
                    // An incise between the subject and its verb, closed by commas (« Mi-septembre, le Tadjikistan et le
                    // Kirghizstan, tous deux membres de l’OTSC, se sont affrontés »), neither takes a fronted date nor
                    // keeps it from the verb after it.
                    let dateSegment = commas[date.tokenRange.upperBound - 1]
                    if fronted && commas[r.lowerBound] >= dateSegment + 2,
                       let start = (date.tokenRange.upperBound..<r.lowerBound).first(where: { commas[$0] > dateSegment + 1 }) {
                        between -= contentWords(start, (start..<r.lowerBound).first(where: { commas[$0] >= commas[r.lowerBound] }) ?? r.lowerBound)
                    }
                    // (The verb after it may tell no event: « Vendredi, l’Arménie, membre de l’OTSC, a annoncé geler … ».)
                    if fronted && commas[r.lowerBound] >= dateSegment + 2, r.upperBound < tokens.count, commas[r.upperBound - 1] < commas[tokens.count - 1],
                       let resumed = (r.upperBound..<tokens.count).first(where: { commas[$0] > commas[r.upperBound - 1] }),
                       result.contains(where: { o in o.isVerb && o.sentence == m.sentence && commas[o.tokenRange.lowerBound] > commas[r.upperBound - 1] })
                        || verbTriggerStarts.contains(resumed) || lexicon.isWord(tokens[resumed], .auxiliary, language: language)
                        || lexicon.hasEnding(tokens[resumed], .pastEnding, language: language)
                        // ("On Friday, Armenia, a member of the CSTO, said".)
                        || readsAsAVerb(resumed) {
                        continue
                    }
                    // Or it qualifies the noun right after it ("their 2020 war"), or stands between a light verb
                    // and its noun ("agreed on Friday to a ceasefire", « a signé le 12 octobre un accord »).
                    let qualifies = !result[k].isVerb && date.tokenRange.upperBound == r.lowerBound
                    let afterLightVerb = !result[k].isVerb && between <= 1
                        && (max(0, date.tokenRange.lowerBound - 3)..<date.tokenRange.lowerBound).contains { v in
                            lexicon.lightVerb(at: v, in: tokens, language: language) != nil && clause[v] == clause[r.lowerBound]
                        }
                    guard fronted || qualifies || afterLightVerb || (m.tokenRange.count > 0 && result[k].isVerb && between <= 1) else { continue }
                    // ("Turkey, which has been a member of the alliance since 1952, said": a date closing a relative
                    // clause that opens with its own verb is that clause's, not the main verb's after its comma; « qui
                    // durant une prise de parole … le 12 octobre 2022, a imputé » opens otherwise and dates « a imputé ».)
                    if commas[date.tokenRange.lowerBound] != commas[r.lowerBound],
                       let relative = (0..<date.tokenRange.lowerBound).last(where: { lexicon.isWord(tokens[$0], .relative, language: language) }),
                       commas[relative] == commas[date.tokenRange.lowerBound],
                       // (Its verb right after the relative, an adverb or a negation between: "which has been"; an English past:
                       // "During the January 2022 unrest, which followed price hikes in 2021, the CSTO sent troops".)
                       ((relative + 1)..<min(relative + 3, date.tokenRange.lowerBound)).contains(where: { j in
                           lexicon.isWord(tokens[j], .auxiliary, language: language) || lexicon.isWord(tokens[j], .copula, language: language)
                               || lexicon.hasEnding(tokens[j], .pastEnding, language: language) || (j == relative + 1 && readsAsAVerb(j)) }) { continue }
                    // "In December 2010, riot police broke up protests in Minsk": a date opening the sentence, closed by
                    // its comma, is the time of the first event its clause tells, however long the subject before it.
                    // (A brief event: « À Astana en octobre dernier, alors que … le conflit » is no war of October; and the
                    // opening segment's date only, not one of an incise after it: « Le 10 octobre, deux jours après … ».)
                    let firstAfter = fronted && dateSegment == commas[0] && commas[r.lowerBound] == dateSegment + 1
                        && lexicon.types[m.type]?.durative == false
                        && !result.contains { o in o.tokenRange.lowerBound >= date.tokenRange.upperBound && o.tokenRange.lowerBound < r.lowerBound }
                    cost = firstAfter ? min(2 * between, 2) : 2 * between
                }
                guard cost <= 4 else { continue }
                // A span that runs on (« contrôlé depuis 1994 ») dates a brief event only right after it (« envahi
                // depuis le 24 février 2022 »).
                // (Nor a noun: « sa première visite en Biélorussie depuis 2019 » was no visit of 2019.)
                // (Nor from before it: « le dirigeant, au pouvoir depuis 1992, reprochant à Moscou ».)
                if case .span(_, nil) = date.value, cost > 0 || !m.isVerb || !after, lexicon.types[m.type]?.durative == false { continue }
                // On a tie, the date after the trigger: « Gazprom, qui a déjà réduit … depuis le 1er octobre, a
                // menacé mardi 22 novembre » threatened on the 22nd.
                // (Right after it, and a date of its own, not a span: "positions held since 1994".)
                let isPoint: Bool
                if case .point = date.value { isPoint = true } else { isPoint = false }
                if best[k] == nil || cost < best[k]!.cost || (cost == 0 && best[k]!.cost == 0 && after && isPoint) { best[k] = (cost, date) }
            }
        }
        for (k, value) in best { result[k].date = value.date }
        // ("Moscow, which brokered the 2020 ceasefire": a mediation is of the agreement it brought about.)
        for k in result.indices where result[k].date != nil {
            guard let r = result[k].mediatedBy, let m = result.firstIndex(where: { $0.tokenRange == r }), result[m].date == nil else { continue }
            result[m].date = result[k].date
        }
        // (The agreement that ended "the 2020 war" is of 2020.)
        for k in result.indices where result[k].date == nil {
            // (Of a span, its end: the agreement that ended « la guerre de 1992-1994 » is of 1994.)
            guard let r = result[k].ended, let war = result.first(where: { $0.tokenRange == r }), var d = war.date else { continue }
            if case .span(_, let end?) = d.value { d.value = .point(end) }
            result[k].date = d
        }
        return result
    }

    /// The subject of a sentence, to carry to a pronoun in the next: its topic (« Quant à l’Arménie »),
    /// else its first state, organization or person that no preposition governs.
    func subject(of tokens: [Token], entities: [EntityMention], text: String, language: String?) -> Int? {
        func first(_ m: EntityMention) -> Int? { tokens.firstIndex { $0.end > m.start } }
        if let n = lexicon.topic(at: 0, in: tokens, language: language),
           let m = entities.first(where: { (first($0) ?? -1) >= n && (first($0) ?? -1) <= n + 1 }) { return m.entity }
        let all = Array(text.unicodeScalars)
        for m in entities where m.function == .actor && [.state, .organization, .person].contains(gazetteer.entities[m.entity].kind) {
            guard let k = first(m) else { continue }
            // Not a part of a compound: « du conflit russo-ukrainien » has no subject.
            if (m.start > 0 && all[m.start - 1] == "-") || (m.end < all.count && all[m.end] == "-") { continue }
            // Not inside a parenthesis: « Concernant le Caucase (l’Arménie et l’Azerbaïdjan …), la Géorgie ».
            if let open = all[..<m.start].lastIndex(of: "("), !all[open..<m.start].contains(")") { continue }
            // Not inside a quotation: « « Il est déprimant que … l’Azerbaïdjan … », a déclaré le dirigeant arménien »
            // is the Armenian leader's sentence.
            let opened = all[..<m.start].filter { $0 == "«" || $0 == "“" }.count, closed = all[..<m.start].filter { $0 == "»" || $0 == "”" }.count
            if opened > closed { continue }
            let q = lexicon.beforeArticles(k, in: tokens, language: language)
            if q >= 0 && lexicon.isFunctionWord(tokens[q], language: language) { continue }
            return m.entity
        }
        return nil
    }

    /// The names listed before mention `m` (« la Lituanie, la Lettonie et l’Estonie »): separated from
    /// it and each other only by commas, `et`, and articles.
    func listed(before m: Int, ranges: [Range<Int>], tokens: [Token], scalars: [Unicode.Scalar], language: String?,
                entities: [Int]) -> [Int] {
        var result: [Int] = []
        var current = m
        while true {
            var start = ranges[current].lowerBound
            // A name right after the title naming the same one ("Tajik President Emomali Rahmon"): the
            // phrase starts at the title.
            // Two names touching and naming two entities are a pair (« les deux pays »: each word names one).
            // (Touching, or past a comma only after a state's or organization's title: « La porte-parole de la diplomatie
            // russe, Maria Zakharova »; "In Sochi, Aliyev said" and "in front of Vladimir Putin, Pashinyan told" are none.)
            while let title = ranges.indices.first(where: { t in
                ranges[t].upperBound == start && ranges[t].lowerBound < start
                    && (scalars[tokens[start - 1].end..<tokens[start].start].allSatisfy { $0.properties.isWhitespace }
                        // (A person's: "After the war between Armenia and Azerbaijan, Russia deployed" lists no Azerbaijan.)
                        || ([.state, .organization].contains(gazetteer.entities[entities[t]].kind)
                            && gazetteer.entities[entities[current]].kind == .person)
                        // ("Japarov and his Tajik counterpart, Emomali Rahmon": a role naming the same person, past a comma.)
                        || (entities[t] == entities[current] && gazetteer.entities[entities[t]].kind == .person
                            && scalars[tokens[start - 1].end..<tokens[start].start].allSatisfy { $0.properties.isWhitespace || $0 == "," }))
            }) {
                if entities[title] != entities[current] { result.append(title) }
                start = ranges[title].lowerBound
            }
            guard let previous = ranges.indices.filter({ ranges[$0].upperBound <= start }).max(by: { ranges[$0].upperBound < ranges[$1].upperBound }) else { break }
            // Between: only articles and coordinating « et » / « , ».
            let between = ranges[previous].upperBound..<start
            // (A possessive before a role: "Japarov and his Tajik counterpart", « le président kirghiz et son homologue tadjik ».)
            let wordsOK = between.allSatisfy { lexicon.isArticle(tokens[$0], language: language) || lexicon.slots(at: $0, in: tokens, language: language)?.slots.contains("party") == true && tokens[$0].folded.count <= 3
                || (lexicon.isWord(tokens[$0], .possessive, language: language) && $0 + 1 == start) }
            let gapText = scalars[tokens[ranges[previous].upperBound - 1].end..<tokens[start].start]
            // The link nearest the subject is « et »: « la Lituanie, la Lettonie et l’Estonie »; a comma
            // alone separates clauses (« …de l’OTAN, la Moldavie refuse »).
            let hasAnd = between.contains { lexicon.slots(at: $0, in: tokens, language: language)?.slots.contains("party") == true && tokens[$0].folded.count <= 3 }
            guard wordsOK, !gapText.contains(where: { ";:()".unicodeScalars.contains($0) }), between.count <= 2,
                  hasAnd || current != m else { break }
            // ", and" joins clauses ("NATO keeps troops in Estonia, Latvia and Lithuania, and Russia keeps troops in
            // Belarus") unless it closes a list of commas ("Estonia, Latvia, and Lithuania keep …").
            if hasAnd && gapText.contains(",") {
                let earlier = ranges.indices.filter { ranges[$0].upperBound <= ranges[previous].lowerBound }.max { ranges[$0].upperBound < ranges[$1].upperBound }
                let commaList = earlier.map { e in
                    let gap = scalars[tokens[ranges[e].upperBound - 1].end..<tokens[ranges[previous].lowerBound].start]
                    return gap.contains(",") && (ranges[e].upperBound..<ranges[previous].lowerBound).allSatisfy { lexicon.isArticle(tokens[$0], language: language) }
                } ?? false
                guard commaList else { break }
            }
            result.append(previous)
            current = previous
        }
        return result
    }

    /// The state a place lies in.
    func locatedIn(_ entity: Int) -> Int? {
        gazetteer.references(entity, "located_in").first
    }

}
