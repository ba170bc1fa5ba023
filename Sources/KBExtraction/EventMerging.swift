import Foundation
import KBParsing

/// Merging event mentions into events, and dating events their sentences leave undated.
extension EventFinder {
    /// The events an undated event is told with date it: what a statement is about (``dateByObject(_:report:)``), what it
    /// happened during (``dateByFrame(_:report:)``), what it followed from (``dateByCause(_:report:)``), the agreement a
    /// mediation brought about (``dateByMediatedAgreement(_:)``).
    func dateByNeighbours(_ events: inout [ExtractedEvent], report: ParsedReport) {
        dateByObject(&events, report: report)
        dateByFrame(&events, report: report)
        dateByCause(&events, report: report)
        dateByMediatedAgreement(&events)
        dateByGuarantee(&events, report: report)
        dateBySameWords(&events)
    }

    /// « des pourparlers entre les deux pays rivaux du Caucase à Washington »: the talks and the mediation they are for the
    /// state they are held in are told by the same words — one occasion: an undated one takes the other's date.
    func dateBySameWords(_ events: inout [ExtractedEvent]) {
        for e in events.indices where events[e].date == nil {
            guard let k = events.indices.first(where: { k in
                k != e && events[k].date != nil && events[k].dateBasis != .footnote && events[k].mentions.contains { o in
                    events[e].mentions.contains { $0.sentence == o.sentence && $0.tokenRange == o.tokenRange }
                }
            }) else { continue }
            events[e].date = events[k].date
            events[e].dateBasis = .event
            events[e].dateNote = "told by the words of the \(events[k].type) of \(events[k].date!.edtf)"
        }
    }

    /// « l’accord de cessez-le-feu négocié sous l’égide de Moscou », "the Moscow-brokered ceasefire": the mediation is of the
    /// agreement it brought about, which a known event or the text dates (the ceasefire of 2020-11-10).
    func dateByMediatedAgreement(_ events: inout [ExtractedEvent]) {
        for e in events.indices where events[e].date != nil {
            for m in events[e].mentions {
                guard let r = m.mediatedBy, let k = events.indices.first(where: { k in
                    k != e && events[k].date == nil && events[k].mentions.contains { $0.sentence == m.sentence && $0.tokenRange == r }
                }) else { continue }
                events[k].date = events[e].date
                events[k].dateBasis = .event
                events[k].dateNote = "brought about the \(events[e].type) of \(events[e].date!.edtf)"
            }
        }
    }

    /// An undated statement about a dated event (« elle s’est empressée de condamner l’invasion de
    /// l’Ukraine ») took place at about that date: `2022-02-24~` (`dated_by_object`) — not one that says a clause
    /// about an event older than the week before the document (`report`'s date), which may come long after it: news of
    /// its days says what was just done.
    func dateByObject(_ events: inout [ExtractedEvent], report: ParsedReport) {
        let recent = report.metadata.date.flatMap { EDTF.bounds($0) }.flatMap { KnownEvents.day($0.start, shiftedBy: -7) }
        for e in events.indices where events[e].date == nil && lexicon.types[events[e].type]?.datedByObject == true {
            let m = events[e].mentions[events[e].best]
            // The first dated event told just after the trigger, in the same sentence.
            let about = events.indices.filter { $0 != e && events[$0].date != nil && events[$0].dateBasis != .footnote }.compactMap { k -> (Int, Int)? in
                guard let other = events[k].mentions.first(where: { $0.sentence == m.sentence && $0.tokenRange.lowerBound >= m.tokenRange.upperBound
                                                                     && $0.tokenRange.lowerBound - m.tokenRange.upperBound <= 6 }) else { return nil }
                return (k, other.tokenRange.lowerBound)
            }.min { $0.1 < $1.1 }
            guard let (k, _) = about, let value = events[k].date else { continue }
            // ("Putin said the partial mobilization was over", in October: he says it later.)
            if m.takesClause, let recent, value.bounds.start < recent { continue }
            let object = events[k]
            datedAbout(&events[e], by: object, "about")
        }
    }

    /// « cet avertissement est intervenu lors de la rencontre trilatérale », "signed during the summit": an
    /// event told as happening during another (after a `frame` word: « lors de », « pendant », "during"),
    /// a few words after it in its sentence, is of the other's time; an undated one of the two takes the
    /// date of the dated one. Only between brief events and point dates: what happens "during the war" is
    /// no war-long event.
    func dateByFrame(_ events: inout [ExtractedEvent], report: ParsedReport) {
        let language = report.metadata.language
        let bySentence = Self.mentionsBySentence(events)
        func brief(_ e: Int) -> Bool { lexicon.types[events[e].type]?.durative == false }
        func pointDate(_ e: Int) -> DatePoint? {
            guard events[e].dateBasis != .footnote, case .point(let p)? = events[e].date else { return nil }
            return p
        }
        /// The date a brief frame gives what happened during it: its day, or its days ("On the sidelines of the summit"
        /// of 15–16 September).
        func frameDate(_ e: Int) -> DateValue? {
            if let p = pointDate(e) { return .point(p) }
            guard events[e].dateBasis != .footnote, case .span(let a?, let b?)? = events[e].date, a.day != nil, b.day != nil else { return nil }
            return events[e].date
        }
        for (s, told) in bySentence where told.count >= 2 {
            let tokens = Tokenizer.tokens(report.sentences[s].text)
            let scalars = Array(report.sentences[s].text.unicodeScalars)
            for (frameEvent, frame) in told where brief(frameEvent) {
                let k = frame.tokenRange.lowerBound
                guard let word = (max(0, k - 3)..<k).last(where: { lexicon.isWord(tokens[$0], .frame, language: language) }) else { continue }
                // (The nearest before the frame word: in "whose government refused to condemn the invasion, told Putin during
                // their meeting", the telling, not the invasion.)
                let before = told.filter { $0.event != frameEvent && $0.mention.tokenRange.upperBound <= word }
                guard let nearest = before.map(\.mention.tokenRange.upperBound).max(),
                      // (In its comma group: not an incise's "condemn the invasion, told Putin during their meeting".)
                      !scalars[tokens[nearest - 1].end..<tokens[word].start].contains(",") else { continue }
                // (Words written with a capital, names, count for nothing: « les efforts de médiation déployés par le président du
                // Conseil européen Charles Michel lors des rencontres tripartites ».)
                for (innerEvent, inner) in before where brief(innerEvent) && inner.tokenRange.upperBound == nearest
                    && (inner.tokenRange.upperBound..<word).filter({ !tokens[$0].capitalized }).count <= Self.frameReach {
                    let (from, to) = events[frameEvent].date == nil ? (innerEvent, frameEvent) : (frameEvent, innerEvent)
                    guard events[to].date == nil, let point = pointDate(from) else { continue }
                    events[to].date = .point(point)
                    events[to].dateBasis = .event
                    events[to].dateNote = "told as happening \(to == frameEvent ? "at the time of" : "during") the \(events[from].type) of \(point.edtf)"
                }
            }
            // « Durant le conflit russo-ukrainien, les efforts de médiation opérés par Ankara … », "During the two-day
            // gathering, Putin also held talks with …": a frame opening the sentence, closed by a comma, is the time of
            // the first brief event told after that comma. A dated war or other lasting frame gives its span (the
            // event happened within it); a brief frame and that event share their day, either way.
            for (frameEvent, frame) in told {
                let k = frame.tokenRange.lowerBound
                guard let word = (0..<min(k, Self.openingFrameReach)).first(where: { lexicon.isWord(tokens[$0], .frame, language: language) }),
                      (0..<word).allSatisfy({ lexicon.isFunctionWord(tokens[$0], language: language) || lexicon.isWord(tokens[$0], .conjunction, language: language) }),
                      let comma = (frame.tokenRange.upperBound..<tokens.count).first(where: { j in
                          scalars[tokens[j - 1].end..<tokens[j].start].contains(",")
                      }),
                      let (innerEvent, _) = told.filter({ brief($0.event) && $0.mention.tokenRange.lowerBound >= comma })
                          .min(by: { $0.mention.tokenRange.lowerBound < $1.mention.tokenRange.lowerBound }),
                      // ("Lors de sa conférence de presse finale, M. Poutine a assuré que la mobilisation partielle …": the first event
                      // after the comma is the frame itself, told again; what it says is no event of its time.)
                      innerEvent != frameEvent else { continue }
                if brief(frameEvent) {
                    let (from, to) = events[frameEvent].date == nil ? (innerEvent, frameEvent) : (frameEvent, innerEvent)
                    guard events[to].date == nil, let date = from == frameEvent ? frameDate(from) : pointDate(from).map(DateValue.point) else { continue }
                    events[to].date = date
                    events[to].dateBasis = .event
                    events[to].dateNote = "told as happening \(to == frameEvent ? "at the time of" : "during") the \(events[from].type) of \(date.edtf)"
                } else if events[innerEvent].date == nil, events[frameEvent].dateBasis != .footnote, case .span(let start?, let end)? = events[frameEvent].date {
                    events[innerEvent].date = .span(start, end)
                    events[innerEvent].dateBasis = .event
                    events[innerEvent].dateNote = "told as happening during the \(events[frameEvent].type) of \(events[frameEvent].date!.edtf)"
                }
            }
        }
    }

    /// Each sentence's mentions, with the index of the event each tells.
    static func mentionsBySentence(_ events: [ExtractedEvent]) -> [Int: [(event: Int, mention: EventMention)]] {
        var bySentence: [Int: [(event: Int, mention: EventMention)]] = [:]
        for (e, event) in events.enumerated() { for m in event.mentions { bySentence[m.sentence, default: []].append((e, m)) } }
        return bySentence
    }

    /// Dates `event` about when `other` began (approximate; `date_basis` event), noting how they relate (`about`, `followed
    /// from`).
    func datedAbout(_ event: inout ExtractedEvent, by other: ExtractedEvent, _ relation: String) {
        guard let value = other.date else { return }
        let start: DatePoint?
        switch value {
        case .point(let p): start = p
        case .span(let a, _): start = a
        }
        guard var point = start else { return }
        point.approximate = true
        event.date = .point(point)
        event.dateBasis = .event
        event.dateNote = "\(relation) the \(other.type) of \(value.edtf)"
    }

    /// « l’annonce de la mobilisation partielle a conduit à des mouvements de résistance durement réprimés, se soldant par un
    /// exode d’environ 700 000 Russes », "the annexation sparked protests": a brief event the text leaves undated, told
    /// right after a `consequence` word (within `consequenceReach` words), followed from the nearest event told before that
    /// word in the sentence, and happened about when it began — when that one has a date of its own (not a footnote's).
    func dateByCause(_ events: inout [ExtractedEvent], report: ParsedReport) {
        forEachLink(.consequence, in: &events, report: report) { events, before, after in
            guard let effect = after, events[effect].date == nil, lexicon.types[events[effect].type]?.durative == false,
                  let cause = before, events[cause].dateBasis != .footnote, events[cause].date != nil else { return }
            let source = events[cause]
            datedAbout(&events[effect], by: source, "followed from")
        }
    }

    /// « l’accord de cessez-le-feu négocié sous l’égide de Moscou et garanti par une force d’interposition de 2000 soldats
    /// russes », "peacekeepers deployed to monitor the ceasefire": an agreement and the force upholding it, on either side of a
    /// `guarantee` word (the one after it within `consequenceReach` words, the one before within `frameReach`), began
    /// together: an undated one of the two is about as old as the other, when that one has a date of its own (not a
    /// footnote's).
    func dateByGuarantee(_ events: inout [ExtractedEvent], report: ParsedReport) {
        forEachLink(.guarantee, in: &events, report: report, reachBefore: Self.frameReach) { events, before, after in
            guard let next = after, let before else { return }
            let dated = [next, before].filter { events[$0].date != nil && events[$0].dateBasis != .footnote }
            let undated = [next, before].filter { events[$0].date == nil }
            guard dated.count == 1, undated.count == 1 else { return }
            let source = events[dated[0]]
            datedAbout(&events[undated[0]], by: source, "began with")
        }
    }

    /// Each word of `wordClass` in a sentence telling two events or more, one of them undated, with the event told nearest
    /// after it (within `consequenceReach` words) and the one told nearest before it (within `reachBefore` words, another
    /// event), as indices into `events`.
    func forEachLink(_ wordClass: EventLexicon.WordClass, in events: inout [ExtractedEvent], report: ParsedReport, reachBefore: Int = .max,
                     _ body: (inout [ExtractedEvent], _ before: Int?, _ after: Int?) -> Void) {
        let language = report.metadata.language
        for (s, told) in Self.mentionsBySentence(events) where told.count >= 2 && told.contains(where: { events[$0.event].date == nil }) {
            let tokens = Tokenizer.tokens(report.sentences[s].text)
            var k = 0
            while k < tokens.count {
                let length = lexicon.wordLength(tokens, at: k, wordClass, language: language)
                guard length > 0 else { k += 1; continue }
                defer { k += length }
                let after = told.filter { $0.mention.tokenRange.lowerBound >= k + length && $0.mention.tokenRange.lowerBound - (k + length) <= Self.consequenceReach }
                    .min { $0.mention.tokenRange.lowerBound < $1.mention.tokenRange.lowerBound }
                let before = told.filter { $0.mention.tokenRange.upperBound <= k && k - $0.mention.tokenRange.upperBound <= reachBefore && $0.event != after?.event }
                    .max { $0.mention.tokenRange.upperBound < $1.mention.tokenRange.upperBound }
                body(&events, before?.event, after?.event)
            }
        }
    }

    /// How many words may stand between a consequence word and the event it introduces (« se soldant par un exode »).
    static let consequenceReach = 3

    /// How far into its sentence the frame word of an opening frame may stand (« Mais durant la guerre, … »).
    static let openingFrameReach = 3

    /// How many words may stand between an event and the frame word of the event it happened during.
    static let frameReach = 8

    /// An undated war between the parties of a dated invasion begins with it (`begins_with`).
    func inferBeginnings(_ events: inout [ExtractedEvent], report: ParsedReport) {
        for e in events.indices where events[e].date == nil {
            guard let opener = lexicon.types[events[e].type]?.beginsWith else { continue }
            let parties = events[e].core
            let candidates = events.filter { other in
                guard other.type == opener, let date = other.date, case .point = date else { return false }
                let theirs = Set(other.participants.map(\.entity))
                return parties.isSubset(of: theirs) || parties.intersection(theirs).count >= 2
            }
            guard candidates.count == 1, let opening = candidates.first, case .point(let start) = opening.date! else { continue }
            events[e].date = .span(start, nil)
            events[e].dateBasis = .event
            let page = report.sentences[opening.mentions[opening.best].sentence].page
            events[e].dateNote = "begins with the \(opener) of \(start.edtf) (page \(page))"
        }
    }

    /// An event its text leaves undated that is one of the known events (`gazetteer/known-events.tsv`) takes
    /// that event's date: « le sommet de l’OTSC à Erevan » in a report of February 2023 is the summit of
    /// 2022-11-23. See `KnownEvents.match` for when an event is one of them. Two events of a type that are
    /// the same known event are one (« le déplacement de Charles Michel à Astana durant le sommet UE-Asie
    /// centrale »: Michel's meeting in Astana and the EU–Central Asia summit). Whether it dated any.
    ///
    /// `references`: for a sentence, the times its passage is about — the date its paragraph gave last, the
    /// publication dates of the footnotes backing it. An event the document's date leaves unmatched or matched
    /// several times is looked for again as if the text were written then, at each in turn: « son absence au
    /// sommet de la CEI à Saint-Pétersbourg », two sentences after « le 12 octobre 2022 », is the summit of the 7th
    /// (not the December one); a border clash told in a sentence a news article of 2022-09-20 backs is the one
    /// of that month.
    func dateByKnownEvents(_ events: inout [ExtractedEvent], report: ParsedReport,
                           references: [Int: [(start: String, end: String)]] = [:], undatedOnly: Bool = false) -> Bool {
        guard !knownEvents.events.isEmpty else { return false }
        let document = report.metadata.date.flatMap { EDTF.bounds($0) }
        var byKnown: [String: Int] = [:]
        var absorbed: Set<Int> = []
        let language = report.metadata.language
        var tokensOf: [Int: [Token]] = [:]
        /// A word of the class within five words before one of the event's triggers or three after it ("the second
        /// Russia–Central Asia summit").
        func near(_ event: ExtractedEvent, _ wordClass: EventLexicon.WordClass) -> Bool {
            event.mentions.contains { m in
                let tokens = tokensOf[m.sentence] ?? Tokenizer.tokens(report.sentences[m.sentence].text)
                tokensOf[m.sentence] = tokens
                return (max(0, m.tokenRange.lowerBound - 5)..<min(tokens.count, m.tokenRange.upperBound + 3)).contains {
                    !m.tokenRange.contains($0) && lexicon.wordLength(tokens, at: $0, wordClass, language: language) > 0
                }
            }
        }
        for e in events.indices {
            // "the 2020 war", "the 2020 ceasefire": an event the text dates by its year only is the known event of that
            // year it fits, which gives its days — looked for in that year, as if the text were written then.
            // So is one dated roughly by counting from another date ("a week after the invasion", "five weeks after the
            // clashes"): the known event within a margin of that date (a month either side of a month, a fortnight of a day).
            var window: (start: String, end: String)? = nil
            if let date = events[e].date {
                if undatedOnly { continue }
                guard case .point(let p) = date, !p.decade, let bounds = EDTF.bounds(p.edtf) else { continue }
                if p.month == nil && !p.approximate {
                    window = bounds
                } else if p.approximate, events[e].dateBasis == .relative, let first = DateFinder.point(edtf: bounds.start),
                          let last = DateFinder.point(edtf: bounds.end) {
                    let (n, unit): (Int, DateUnit) = p.day != nil ? (15, .day) : (1, .month)
                    guard let from = EDTF.bounds(first.shifted(by: -n, unit, inDays: true).edtf)?.start,
                          let to = EDTF.bounds(last.shifted(by: n, unit, inDays: true).edtf)?.end else { continue }
                    window = (from, to)
                } else {
                    continue
                }
            }
            let event = events[e]
            // (Its proper name by its trigger tells it: « l’accord « Initiative céréalière de la Mer Noire » », "the Second
            // Nagorno-Karabakh War".)
            let named = window == nil ? event.mentions.lazy.compactMap(\.knownName).first : nil
            // "rallied again", "the next summit", « le deuxième sommet »: another occurrence.
            if named == nil && near(events[e], .novelty) { continue }
            func match(_ time: (start: String, end: String)?, dated: Bool) -> KnownEvent? {
                knownEvents.match(type: event.type, named: Set(event.participants.map(\.entity)),
                                  place: event.place, document: time, gazetteer: gazetteer,
                                  hosts: Set(event.participants.filter { $0.role == .host }.map(\.entity)),
                                  first: near(event, .first), periodic: near(event, .periodic), dated: dated)
            }
            // Its passage's times, best evidence first, when the document's date finds none or several.
            let times = window == nil ? event.mentionsBestFirst.flatMap { references[$0.sentence] ?? [] } : []
            // (A name tells its event only for what took part in it: "Ukraine announced a partial mobilization" is not
            // Russia's. One begun after the document is none: `mentions(in:entities:dates:)`.)
            let fits = named.map { k in
                Set(event.participants.map(\.entity)).union(event.place.map { [$0] } ?? []).isSubset(of: k.scope)
            } ?? false
            guard let known = (fits ? named : nil) ?? (undatedOnly ? nil : match(window ?? document, dated: window != nil))
                    ?? times.lazy.compactMap({ match($0, dated: false) }).first else { continue }
            if let window {
                let bounds = known.date.bounds
                guard bounds.start >= window.start && bounds.end <= window.end else { continue }
            }
            if let k = byKnown[events[e].type + " " + known.note] {
                absorb(events[e], into: &events[k])
                absorbed.insert(e)
                continue
            }
            byKnown[events[e].type + " " + known.note] = e
            events[e].date = known.date
            events[e].dateBasis = .known
            events[e].dateNote = known.note
        }
        events = events.indices.filter { !absorbed.contains($0) }.map { events[$0] }
        return !byKnown.isEmpty
    }

    /// « Aujourd’hui, la violation du fragile accord de cessez-le-feu négocié sous l’égide de Moscou », "Kazakhstan said it
    /// had mediated between them": a mediation, or an agreement told only by who brought it about, whose sentence tells no
    /// two-sided event, is between the sides of the conflict told before it (``sides(ofConflictToldBefore:in:report:)``),
    /// as parties — the same sides its relation takes. Whether any mention gained sides.
    func sideMediations(_ found: inout [EventMention], events: [ExtractedEvent], report: ParsedReport) -> Bool {
        var changed = false
        for k in found.indices {
            let m = found[k]
            let mediators = m.participants.filter { $0.role == .mediator }
            guard !mediators.isEmpty, !m.negated, !m.participants.contains(where: \.hasSideRole),
                  lexicon.types[m.type]?.agentRole == .mediator || mediators.count == m.participants.count,
                  !mentionsTwoSided(m.sentence, events) else { continue }
            let sides = sides(ofConflictToldBefore: m, in: events, report: report)
            guard sides.count == 2 else { continue }
            found[k].participants += sides.map { EventParticipant(entity: $0, role: .party) }
            changed = true
        }
        return changed
    }

    /// The sides, among `participants`, of a two-sided event: those in a role of their own (party; aggressor and
    /// target of a strike), one per side, and not who acts in `m` (« Après les affrontements entre l’Arménie et
    /// l’Azerbaïdjan, la Turquie a proposé sa médiation » may have counted Turkey among the clash's parties).
    func sides(of participants: [EventParticipant], besides m: EventMention) -> [Int] {
        var sides: [Int] = []
        for p in participants where p.hasSideRole && !sides.contains(where: { gazetteer.sameSide($0, p.entity) }) { sides.append(p.entity) }
        let agents = m.participants.map(\.entity)
        sides.removeAll { side in agents.contains { $0 == side || gazetteer.sameSide($0, side) } }
        return sides
    }

    /// Whether `sentence` tells a two-sided event of its own, naming someone in it.
    func mentionsTwoSided(_ sentence: Int, _ events: [ExtractedEvent]) -> Bool {
        events.contains { event in
            // (A side of its own: « l’accord de cessez-le-feu négocié sous l’égide de Moscou » names only who mediated it.)
            lexicon.types[event.type]?.symmetric == true
                && event.mentions.contains { $0.sentence == sentence && $0.participants.contains { $0.role != .mediator } }
        }
    }

    /// "Russia … said it had brokered a truce", « Moscou pourrait jouer les médiateurs »: a mediation whose sentence
    /// tells no two-sided event is between the sides of a conflict told before it in its section (a clash or a war: a
    /// hostile two-sided event, Goldstein below zero, with two sides): the latest told in its own paragraph ("Kyrgyz
    /// and Tajik forces exchanged fire in Batken. Kazakhstan offered to mediate"), or else the one the section has
    /// told most so far, the latest of those told as often.
    func sides(ofConflictToldBefore m: EventMention, in events: [ExtractedEvent], report: ParsedReport) -> [Int] {
        let paragraph = report.sentences[m.sentence].paragraph
        var best: (inParagraph: Bool, count: Int, last: Int, sides: [Int])? = nil
        for event in events {
            guard let type = lexicon.types[event.type], type.symmetric, type.hostile, !event.mentions.contains(where: \.negated) else { continue }
            let before = event.mentions.filter { $0.section == m.section && $0.sentence <= m.sentence && !$0.cues.contains(.hypothetical) }
            guard let last = before.map(\.sentence).max() else { continue }
            let sides = self.sides(of: event.participants, besides: m)
            guard sides.count == 2 else { continue }
            let candidate = (inParagraph: report.sentences[last].paragraph == paragraph, count: before.count, last: last, sides: sides)
            let better = best.map { b in
                candidate.inParagraph != b.inParagraph ? candidate.inParagraph
                    : candidate.inParagraph ? candidate.last > b.last
                    : candidate.count > b.count || (candidate.count == b.count && candidate.last > b.last)
            } ?? true
            if better { best = candidate }
        }
        return best?.sides ?? []
    }

    /// `other`'s mentions, participants and place joined to `event`'s, in text order; the best evidence is
    /// the one naming most.
    func absorb(_ other: ExtractedEvent, into event: inout ExtractedEvent) {
        join(other.participants, into: &event.participants)
        if event.place == nil { event.place = other.place }
        event.core.formUnion(other.core)
        event.mentions = (event.mentions + other.mentions).sorted { ($0.sentence, $0.tokenRange.lowerBound) < ($1.sentence, $1.tokenRange.lowerBound) }
        event.best = event.mentions.indices.max { event.mentions[$0].participants.count < event.mentions[$1].participants.count } ?? 0
    }

    /// One role per entity: a specific role (aggressor, target, host…) wins over `party`.
    func join(_ participants: [EventParticipant], into existing: inout [EventParticipant]) {
        for p in participants {
            if let i = existing.firstIndex(where: { $0.entity == p.entity }) {
                if existing[i].role == .party && p.role != .party { existing[i].role = p.role }
            } else {
                existing.append(p)
            }
        }
    }

    /// The date a mention gives its event: a punctual event « depuis le 24 février 2022 » happened then.
    func eventDate(_ m: EventMention) -> DateValue? {
        guard let date = m.date else { return nil }
        if lexicon.types[m.type]?.durative == false, case .span(let start?, nil) = date.value {
            // « envahi depuis le 24 février 2022 » began then; « la plus meurtrière depuis trente ans »
            // dates nothing.
            return date.isRelative ? nil : .point(start)
        }
        return date.value
    }

    /// How many mentions make an event one the text keeps telling, which « l’invasion » alone refers to anywhere.
    var oftenTold: Int { 3 }

    func cluster(_ mentions: [EventMention]) -> [ExtractedEvent] {
        var events: [ExtractedEvent] = []
        var lastTold: [Int] = []
        for (order, m) in mentions.enumerated() {
            if m.anaphoric {
                // One named (« l’accord « Initiative céréalière de la Mer Noire » ») is that known event, told or founded here.
                if let named = m.knownName {
                    if let e = events.indices.first(where: { events[$0].type == m.type && events[$0].dateNote == named.note }) {
                        events[e].mentions.append(m)
                        lastTold[e] = order
                        continue
                    }
                    if let founded = foundedKnownEvent(m) {
                        events.append(founded)
                        lastTold.append(order)
                        continue
                    }
                }
                // Joins the event of its type the text tells most (then last), if any; never founds one.
                // Not one whose actors its sentence leaves out: « Moscou a demandé aux parties au conflit …
                // les affrontements n’avaient pas atteint un niveau d’intensité suffisant » is no clash of
                // the Ukrainian counter-offensive.
                // And in another section, only an event the text tells often or a lasting one (the war, the
                // invasion): a minor event is not referred to pages away.
                // Where it took place must fit: "the fighting in Batken" is not the clash told between Armenia and Azerbaijan.
                // (A frame is the time of the rest of its sentence, whose actors are another event's: "During the summit,
                // Armenians protested against Russia".)
                if let e = events.indices.filter({ e in
                    events[e].type == m.type && (m.named.isEmpty || m.demonstrative || m.framed || !m.named.isDisjoint(with: identities(events[e].participants)))
                        && (m.place.map { placeFits(events[e], $0) } ?? true)
                        && (events[e].mentions.last?.section == m.section || events[e].mentions.count >= oftenTold || lexicon.types[m.type]?.durative == true)
                }).max(by: {
                    // One told in its own section first (« Les affrontements ont duré trois jours » after « le
                    // Kirghizstan et le Tadjikistan se sont affrontés »), then the one told most, then last.
                    let a = events[$0].mentions.contains { $0.section == m.section }, b = events[$1].mentions.contains { $0.section == m.section }
                    if a != b { return !a }
                    // Then the one sharing most with the names of its sentence (« cet avertissement … entre le
                    // président russe et ses homologues tadjik et kirghize » is the Tajik president's, not Kyrgyzstan's).
                    let sa = m.named.intersection(identities(events[$0].participants)).count, sb = m.named.intersection(identities(events[$1].participants)).count
                    if sa != sb { return sa < sb }
                    return events[$0].mentions.count != events[$1].mentions.count ? events[$0].mentions.count < events[$1].mentions.count : lastTold[$0] < lastTold[$1]
                }) {
                    events[e].mentions.append(m)
                    lastTold[e] = order
                } else if let founded = foundedKnownEvent(m) {
                    events.append(founded)
                    lastTold.append(order)
                } else if !m.sidesNamed.isEmpty {
                    // A demonstrative one that joins none is an event between the two states its sentence names.
                    let sides = m.sidesNamed.map { EventParticipant(entity: $0, role: .party) }
                    events.append(ExtractedEvent(type: m.type, date: nil, dateSource: nil, participants: sides, place: m.place,
                                                 mentions: [m], best: 0, core: identities(sides)))
                    lastTold.append(order)
                }
                continue
            }
            let date = eventDate(m)
            // "Erdogan later travelled to Sochi and met Putin again": another meeting, not the one told before.
            var candidates = m.another ? [] : events.indices.filter { compatible(events[$0], m, date: date) }
            // « l’invasion russe » and « l’invasion de l’Ukraine »: one names only the aggressor, the
            // other only the target; when a single event fits that way, they are the same.
            if candidates.isEmpty && !m.another {
                let complementary = events.indices.filter { complements(events[$0], m, date: date) }
                if complementary.count == 1 {
                    candidates = complementary
                    events[complementary[0]].core.formUnion(identities(m.participants))
                }
            }
            let chosen = candidates.max { a, b in
                let sa = shared(events[a], m), sb = shared(events[b], m)
                return sa != sb ? sa < sb : lastTold[a] < lastTold[b]
            }
            if let e = chosen {
                events[e].mentions.append(m)
                join(m.participants, into: &events[e].participants)
                if events[e].place == nil { events[e].place = m.place }
                if let date, let d = m.date, moreSpecific(date, than: events[e].date) {
                    events[e].core.formUnion(identities(m.participants))
                    events[e].date = date
                    events[e].dateSource = (m.sentence, d)
                    events[e].best = events[e].mentions.count - 1
                }
                lastTold[e] = order
            } else {
                events.append(ExtractedEvent(type: m.type, date: date, dateSource: date == nil ? nil : m.date.map { (m.sentence, $0) },
                                             participants: m.participants, place: m.place, mentions: [m], best: 0,
                                             core: identities(m.participants)))
                lastTold.append(order)
            }
        }
        for e in events.indices where events[e].dateSource != nil {
            events[e].dateBasis = events[e].dateSource!.mention.isRelative ? .relative : .text
        }
        for e in events.indices where events[e].dateSource == nil {
            // Undated: the best evidence names the most participants.
            events[e].best = events[e].mentions.indices.max { events[e].mentions[$0].participants.count < events[e].mentions[$1].participants.count } ?? 0
        }
        return events
    }

    /// « depuis le début de l’invasion, le 24 février », « la mobilisation partielle décrétée le 21 septembre »: a mention
    /// that refers to an event the text has not told, but gives its day, is the one known event of its type that day. It
    /// founds that event with what its sentence names of it: the state where the known event took place (in the type's
    /// place role) and the known event's participants its sentence names (its doers). Nil unless one known event fits
    /// and the sentence names one of its participants, or the place it gives is the known event's.
    /// So is one that gives its proper name (« lors de la négociation à Istanbul de l’accord « Initiative céréalière de la
    /// Mer Noire » »): it needs neither day nor place.
    func foundedKnownEvent(_ m: EventMention) -> ExtractedEvent? {
        guard let type = lexicon.types[m.type] else { return nil }
        let known: KnownEvent
        if let named = m.knownName {
            known = named
        } else {
            // (A day whose year the text leaves to its context is a day still: « le 24 février ».)
            guard let d = m.date, case .point(let day) = d.value, day.day != nil, !day.approximate,
                  let bounds = EDTF.bounds(day.edtf) else { return nil }
            // (Or counted to the day from the sentence's own: « quatorze ans jour pour jour après le début de la guerre ».)
            if d.isRelative && !d.datesItsComplement { guard case .inAnchorYear = d.relation else { return nil } }
            let fitting = knownEvents.events.filter { k in
                k.types.contains(m.type) && k.date.bounds.start <= bounds.start && bounds.end <= k.date.bounds.end
            }
            guard fitting.count == 1, let only = fitting.first else { return nil }
            known = only
        }
        var participants: [EventParticipant] = []
        let site = known.place.flatMap { p in gazetteer.entities[p].kind == .state ? p : locatedIn(p) }
        for x in m.named.sorted() where known.participants.contains(x) {
            participants.append(EventParticipant(entity: x, role: x == site ? type.placeRole ?? type.agentRole : type.symmetric ? .party : type.agentRole))
        }
        // (Or where it says it happened: "The unrest began on Jan. 2 in the western oil town of Zhanaozen".)
        let placed = m.place.map { known.participants.contains($0) || known.place == $0 } ?? false
        guard !participants.isEmpty || placed else { return nil }
        if let state = (placed ? m.place.flatMap { gazetteer.entities[$0].kind == .state ? $0 : locatedIn($0) } : nil) ?? site,
           let role = type.placeRole, !participants.contains(where: { $0.entity == state }) {
            participants.append(EventParticipant(entity: state, role: role))
        }
        guard !participants.isEmpty else { return nil }
        var event = ExtractedEvent(type: m.type, date: known.date, dateSource: nil, participants: participants, place: placed ? m.place : nil,
                                   mentions: [m], best: 0, core: identities(participants))
        event.dateBasis = .known
        event.dateNote = known.note
        return event
    }

    /// Whether `place` fits event `e`: its own place, one inside the other, or the state of the place among its
    /// participants.
    func placeFits(_ e: ExtractedEvent, _ place: Int) -> Bool {
        if let own = e.place, own == place || locatedIn(own) == place || locatedIn(place) == own { return true }
        return identities(e.participants).contains(locatedIn(place) ?? place)
    }

    func shared(_ e: ExtractedEvent, _ m: EventMention) -> Int {
        e.core.intersection(identities(m.participants)).count
    }

    /// The entities that identify participants: each, and for a person the state or organization
    /// they act for (Vladimir Putin's invasion is Russia's).
    func identities(_ participants: [EventParticipant]) -> Set<Int> {
        var result = Set<Int>()
        for p in participants {
            result.insert(p.entity)
            if gazetteer.entities[p.entity].kind == .person { result.insert(gazetteer.side(p.entity)) }
        }
        return result
    }

    func compatible(_ e: ExtractedEvent, _ m: EventMention, date: DateValue?) -> Bool {
        guard e.type == m.type else { return false }
        // The same participants, or one telling fewer of them: the 2008 war (Russia, Georgia) is not
        // the war in Ukraine (Russia, Ukraine), though both name Russia.
        let mine = e.core, theirs = identities(m.participants)
        let common = mine.intersection(theirs).count
        guard common > 0, common >= 2 || mine.isSubset(of: theirs) || theirs.isSubset(of: mine) else { return false }
        if let a = e.place, let b = m.place, a != b, locatedIn(a) != b, locatedIn(b) != a { return false }
        // Two meetings of two parties each, no organization's, with a side apart are two: Putin met Erdogan, then Modi (a
        // host is where a meeting was, not a side of it; one sentence tells one occasion: "visited Tehran, where he met
        // Erdogan").
        if m.type == "summit_or_meeting", !e.mentions.contains(where: { $0.sentence == m.sentence }) {
            func sides(_ ps: [EventParticipant]) -> Set<Int> {
                Set(ps.filter { $0.role == .party }.map { gazetteer.side($0.entity) })
            }
            let a = sides(e.participants), b = sides(m.participants)
            let organizations = a.union(b).contains { gazetteer.entities[$0].kind == .organization }
            if a.count == 2, b.count == 2, a != b, !organizations { return false }
            // (Nor two meetings of the same two sides, each with a third apart, sharing no organization: the tripartite meetings
            // Charles Michel chaired are not the talks in Washington.)
            let isOrganization = { (x: Int) in self.gazetteer.entities[x].kind == .organization }
            if a.count >= 3, b.count >= 3, !a.subtracting(b).isEmpty, !b.subtracting(a).isEmpty,
               a.intersection(b).count >= 2, !a.intersection(b).contains(where: isOrganization) { return false }
        }
        // A territory identifies its event: the annexation of Crimea is not the annexation the next
        // sentence tells without naming a place.
        // A territory taken is taken once: « l’annexion de la Crimée » pages after « l’annexion de la Crimée en
        // 2014 », or two tellings of the annexation of the four oblasts, are one event wherever told.
        let territory = sameTerritory(e, m)
        let isTerritory = { (place: Int?) in place.map { self.gazetteer.entities[$0].kind == .place } ?? false }
        if !territory, (e.place == nil && isTerritory(m.place)) || (m.place == nil && isTerritory(e.place)) { return false }
        if let a = e.date, let b = date {
            let x = a.bounds, y = b.bounds
            guard x.start <= y.end && y.start <= x.end else { return false }
        }
        // « une force d’interposition de 2000 soldats russes » is not « le redéploiement … de 1500 militaires russes »: two
        // counts of troops that differ tell two deployments.
        if let n = m.forceCount, e.mentions.contains(where: { $0.forceCount.map { $0 != n } ?? false }) { return false }
        // An undated mention that names someone new tells another event of that kind (« le processus
        // d’adhésion de l’Ukraine » is not the Baltic states' accession of 2004; the redeployment of
        // troops from Tajikistan is not the support sent to Kazakhstan in January 2022).
        if let type = lexicon.types[m.type], !type.symmetric, e.date != nil, date == nil, !theirs.isSubset(of: mine),
           !continues(e, m, type: type) { return false }
        // An undated mention tells a dated event when near it (the same section) or when that event is the
        // one of its kind the text keeps returning to; a minor event is not told pages away.
        if !territory, e.date != nil, date == nil, !e.mentions.contains(where: { $0.section == m.section }), e.mentions.count < oftenTold { return false }
        // Undated, a brief event is told again elsewhere by the same doer: « la critique … de Xi Jinping » five
        // pages on, which names no doer, is not Rahmon's statement; the Ukrainian counter-offensive stays one.
        // (Not what someone says, which is about what its sentence tells: Moscow's worry about NATO exercises in Georgia is not,
        // a section on, its call on Kyrgyzstan and Tajikistan to talk.)
        if !territory, e.date == nil, date == nil, let type = lexicon.types[m.type], !type.durative, !e.mentions.contains(where: { $0.section == m.section }) {
            if type.datedByObject { return false }
            let doers = { (ps: [EventParticipant]) in self.identities(ps.filter { $0.role == type.agentRole || $0.role == .party }) }
            if doers(e.participants).isDisjoint(with: doers(m.participants)) { return false }
        }
        // Two agents that share no one are two events (Georgia's condemnation is not Russia's statement).
        if let type = lexicon.types[m.type], !type.symmetric {
            let agents = identities(e.participants.filter { $0.role == type.agentRole })
            let theirAgents = identities(m.participants.filter { $0.role == type.agentRole })
            if !agents.isEmpty && !theirAgents.isEmpty && agents.isDisjoint(with: theirAgents) { return false }
        }
        // Agent and patient must not swap or contradict: whoever is a target in one is no aggressor in the other; who
        // brought about an agreement between two sides is no side of it (the ceasefire Moscow brokered between Baku and
        // Yerevan is not the trade deals Baku and Moscow signed; "a deal brokered by the UN", naming no side, may be the
        // one the UN signed with them).
        let roles = Dictionary(e.participants.map { ($0.entity, $0.role) }, uniquingKeysWith: { a, _ in a })
        let sidesOfE = e.participants.filter(\.hasSideRole).count, sidesOfM = m.participants.filter(\.hasSideRole).count
        for p in m.participants {
            guard let r = roles[p.entity] else { continue }
            if (r == .aggressor && p.role == .target) || (r == .target && p.role == .aggressor) { return false }
            if (r == .mediator && sidesOfE >= 2 && p.role.isSide) || (p.role == .mediator && sidesOfM >= 2 && r.isSide) { return false }
        }
        return true
    }

    /// Whether `m`, undated, goes on telling `e` (`continued` types): it stands in the sentence right after one of `e`'s
    /// mentions, in the same paragraph, and its doers are `e`'s (« Après ce parallèle lourd de sens, il a demandé à Vladimir
    /// Poutine … » right after Rahmon's words at the CIS summit).
    func continues(_ e: ExtractedEvent, _ m: EventMention, type: EventType) -> Bool {
        guard type.continued, m.date == nil else { return false }
        let doers = { (ps: [EventParticipant]) in self.identities(ps.filter { $0.role == type.agentRole }) }
        let theirs = doers(m.participants)
        guard !theirs.isEmpty, theirs.isSubset(of: doers(e.participants)) else { return false }
        // (The same person, when both name one: the Kremlin's spokesman does not go on with the foreign ministry's.)
        let persons = { (ps: [EventParticipant]) in Set(ps.filter { $0.role == type.agentRole && self.gazetteer.entities[$0.entity].kind == .person }.map(\.entity)) }
        let (speakers, mine) = (persons(m.participants), persons(e.participants))
        if !speakers.isEmpty && !mine.isEmpty && !speakers.isSubset(of: mine) { return false }
        return e.mentions.contains { $0.sentence == m.sentence - 1 && $0.paragraph == m.paragraph }
    }

    /// Whether `e` and `m` take the same territory: an event a territory undergoes once (an annexation,
    /// `once_per_territory`) at the same named territory, or with the same region as target — not an
    /// invasion, which a territory may undergo from both sides (South Ossetia in 2008).
    func sameTerritory(_ e: ExtractedEvent, _ m: EventMention) -> Bool {
        guard let type = lexicon.types[m.type], type.oncePerTerritory else { return false }
        if let a = e.place, a == m.place, gazetteer.entities[a].kind == .place { return true }
        let regions = { (ps: [EventParticipant]) in Set(ps.filter { $0.role == type.patientRole && self.gazetteer.entities[$0.entity].kind == .region }.map(\.entity)) }
        return !regions(e.participants).isDisjoint(with: regions(m.participants))
    }

    /// One names only agents and the other only patients, of the same type, at compatible dates and
    /// places.
    func complements(_ e: ExtractedEvent, _ m: EventMention, date: DateValue?) -> Bool {
        guard e.type == m.type, let type = lexicon.types[m.type], !type.symmetric, type.agentRole != type.patientRole else { return false }
        let eRoles = Set(e.participants.map(\.role)), mRoles = Set(m.participants.map(\.role))
        guard (eRoles == [type.agentRole] && mRoles == [type.patientRole]) || (eRoles == [type.patientRole] && mRoles == [type.agentRole]) else { return false }
        if let a = e.place, let b = m.place, a != b, locatedIn(a) != b, locatedIn(b) != a { return false }
        if let a = e.date, let b = date {
            let x = a.bounds, y = b.bounds
            guard x.start <= y.end && y.start <= x.end else { return false }
        }
        return true
    }

    /// A dated value is more specific than none, and a day than a month.
    func moreSpecific(_ a: DateValue, than b: DateValue?) -> Bool {
        guard let b else { return true }
        let x = a.bounds, y = b.bounds
        return x.end.compare(x.start) == .orderedSame && y.end != y.start
            || (daysBetween(x.start, x.end) < daysBetween(y.start, y.end))
    }

    func daysBetween(_ a: String, _ b: String) -> Int {
        func days(_ s: String) -> Int {
            let p = s.split(separator: "-").compactMap { Int($0) }
            return p.count == 3 ? p[0] * 372 + p[1] * 31 + p[2] : 0
        }
        return days(b) - days(a)
    }
}
