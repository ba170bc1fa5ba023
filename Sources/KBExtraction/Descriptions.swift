import Foundation
import KBParsing

/// Definite descriptions that stand for an entity the text has just named, from
/// `data/lexicon/descriptions.tsv`: after « l’OTSC », « les membres de cette alliance militaire »
/// names the CSTO again.
///
/// A description is its words after a determiner of a type it accepts (`l’`, `cette`); it becomes a
/// mention of the candidate entity named last — earlier in the same sentence, or in the
/// ``window`` sentences before it in the same section. With no candidate in reach it is no mention:
/// « une alliance militaire » (indefinite) or an alliance the text never named is left alone. A pair
/// (« les deux pays », "both countries") stands for the last two entities the text named together
/// (« le Kirghizstan et le Tadjikistan », « entre Bakou et Erevan ») in the section: its first word
/// (« deux », "both") for the one named first, its other words for the other, each a mention of its own.
/// A group (« ces pays », "these countries") stands for the one region of member states in reach; « ces
/// deux derniers », "the latter two" for the last two states named before it.
public struct Descriptions: Sendable {
    struct Description: Sendable {
        var words: [String]
        /// Gazetteer indexes it may stand for, or every entity of `kinds`.
        var entities: Set<Int>
        var kinds: Set<EntityKind>
        var determinerTypes: Set<String>
        /// « les deux pays », "both countries": it stands for the last two entities that fit, not one.
        var pair = false
        /// « ces pays », "these countries": a region of member states, when it is the only one in reach.
        var group = false
        /// « ces deux derniers », "the latter two": the last two that fit, named before it.
        var latter = false
    }

    /// Language → folded determiner → its type (`definite`, `demonstrative`).
    var determiners: [String: [String: String]] = [:]
    /// Language → first folded word → descriptions starting with it, longest first.
    var descriptions: [String: [String: [Description]]] = [:]
    /// Language → folded words after which no description stands (« ces deux derniers mois »).
    var notBefore: [String: Set<String>] = [:]
    /// Language → folded words that, hyphenated to a count, may stand between a determiner and a description
    /// ("the 27-nation bloc", "the six-member alliance").
    var sizes: [String: Set<String>] = [:]
    /// Language → folded number word → its value (the date lexicon's, ``DateLexicon/numberWords``): "the six-member bloc".
    var numbers: [String: [String: Int]] = [:]
    /// How many sentences back an antecedent may stand.
    public var window = 2
    /// `recent` orders names by sentence × this + offset in the sentence.
    static let sentenceStride = 1_000_000

    public init() {}

    /// `numbers`: each language's number words and their values, for counts written out ("six-member").
    public init(dataDirectory: URL, gazetteer: Gazetteer, numbers: [String: [String: Int]] = [:]) throws {
        self.numbers = numbers
        let table = try TSVTable(contentsOf: dataDirectory.appendingPathComponent("lexicon/descriptions.tsv"))
        try table.require("lang", "kind", "words", "designates", "after")
        for row in table.rows {
            let lang = row["lang"]
            let words = Tokenizer.tokens(row["words"]).map(\.folded)
            guard !words.isEmpty else {
                throw DataFileError.malformed(path: table.origin, line: row.line, reason: "no words")
            }
            switch row["kind"] {
            case "determiner":
                determiners[lang, default: [:]][words[0]] = row["after"]
            case "not_before":
                notBefore[lang, default: []].insert(words[0])
            case "size":
                sizes[lang, default: []].insert(words[0])
            case "description", "pair", "group", "latter":
                var entities: Set<Int> = [], kinds: Set<EntityKind> = []
                for value in row.values("designates") {
                    if value.hasPrefix("@"), let kind = EntityKind(rawValue: String(value.dropFirst())) {
                        kinds.insert(kind)
                    } else if let index = gazetteer.index[value] {
                        entities.insert(index)
                    } else {
                        throw DataFileError.malformed(path: table.origin, line: row.line, reason: "unknown entity '\(value)'")
                    }
                }
                let description = Description(words: words, entities: entities, kinds: kinds,
                                              determinerTypes: Set(row.values("after")), pair: row["kind"] == "pair",
                                              group: row["kind"] == "group", latter: row["kind"] == "latter")
                descriptions[lang, default: [:]][words[0], default: []].append(description)
            default:
                throw DataFileError.malformed(path: table.origin, line: row.line, reason: "unknown kind '\(row["kind"])'")
            }
        }
        for (lang, byWord) in descriptions {
            for (word, list) in byWord {
                descriptions[lang]![word] = list.sorted { $0.words.count > $1.words.count }
            }
        }
    }

    /// Mentions for the descriptions of one sentence whose words no mention in `named` covers.
    /// `recent` gives, for each entity named in the reach of the sentence before it, how recently
    /// (higher is later); `named` are the sentence's own mentions; `pair` gives the pair named together
    /// last before an offset of the sentence.
    /// `unresolved` gets the character range of each pair description kb cannot resolve ("the two former Soviet
    /// republics" with no pair in reach): it names two states kb does not know, and none of the names within it.
    func mentions(tokens: [Token], scalars: [Unicode.Scalar], named: [EntityMention], recent: [Int: Int],
                  pair: (Int) -> (Int, Int)? = { _ in nil }, gazetteer: Gazetteer, language: String?,
                  unresolved: (Range<Int>) -> Void = { _ in }) -> [EntityMention] {
        guard let language, let byWord = descriptions[language], let determiners = determiners[language] else { return [] }
        var found: [EntityMention] = []
        /// A mention of `entity` spanning `words`.
        func append(_ entity: Int, tokens words: Range<Int>) {
            let start = tokens[words.lowerBound].start, end = tokens[words.upperBound - 1].end
            found.append(EntityMention(entity: entity, key: gazetteer.entities[entity].key, start: start, end: end,
                                       surface: Tokenizer.text(scalars, start..<end), aliasKind: .description, function: .actor))
        }
        /// A pair of `n` words at `i` (and `skip` qualifying words after the first): its first word for `a`, the
        /// rest for `b`; one word alone ("both countries") shares itself with its determiner.
        func appendPair(_ a: Int, _ b: Int, words i: Int, n: Int, skip: Int, determiner d: Int) {
            // The second stands for the qualifying words too: "the two former Soviet republics" names no
            // post-Soviet space of its own.
            if n > 1 {
                append(a, tokens: i..<(i + 1))
                append(b, tokens: (i + 1)..<(i + n + skip))
            } else {
                append(a, tokens: d..<(d + 1))
                append(b, tokens: (d + 1)..<(i + 1 + skip))
            }
        }
        for i in 1..<max(tokens.count, 1) {
            guard let candidates = byWord[tokens[i].folded] else { continue }
            // The determiner right before the words; for a pair's one word ("both countries"), up to two words
            // may qualify it in between ("Both former Soviet republics"), even as a name of their own.
            var d = i - 1
            var sized = false
            /// The count a size word gives it ("27-nation": 27), when the count is a number or a number word.
            var count: Int? = nil
            if determiners[tokens[d].folded] == nil, let back = (2...3).first(where: { back in
                i - back >= 0 && determiners[tokens[i - back].folded] == "pair"
                    && !scalars[tokens[i - back].end..<tokens[i].start].contains { $0 == "," || $0 == ";" || $0 == ":" }
            }) {
                d = i - back
            }
            // "the 27-nation bloc", "the six-member alliance": a count hyphenated to a size word qualifies it.
            if determiners[tokens[d].folded] == nil, i >= 3, sizes[language]?.contains(tokens[i - 1].folded) == true,
               scalars[tokens[i - 2].end..<tokens[i - 1].start].elementsEqual(["-"]) {
                d = i - 3
                sized = true
                count = Int(tokens[i - 2].folded) ?? numbers[language]?[tokens[i - 2].folded]
            }
            guard let type = determiners[tokens[d].folded] else { continue }
            // (« ces républiques d’Asie centrale »: a region's name that opens with a group's noun still lets the group stand
            // for the states named before it.)
            let regionOpening = named.first { $0.start == tokens[i].start && gazetteer.entities[$0.entity].kind == .region }
            guard d < i - 1 || regionOpening != nil || !named.contains(where: { $0.start < tokens[i].end && tokens[i].start < $0.end }) else { continue }
            for description in candidates where description.determinerTypes.contains(type) && (regionOpening == nil || description.group) {
                let n = description.words.count
                // "the two former Soviet republics", « les deux anciennes républiques »: up to two words may
                // qualify a pair's noun, within the phrase (no comma).
                let skips = description.pair && n > 1 ? 0...2 : 0...0
                guard let skip = skips.first(where: { skip in
                    i + n + skip <= tokens.count && tokens[i].folded == description.words[0]
                        && zip(description.words.dropFirst(), tokens[(i + 1 + skip)..<(i + n + skip)]).allSatisfy { $0 == $1.folded }
                        && (skip == 0 || !scalars[tokens[i].end..<tokens[i + n - 1 + skip].start].contains { $0 == "," || $0 == ";" || $0 == ":" })
                }) else { continue }
                if i + n + skip < tokens.count, notBefore[language]?.contains(tokens[i + n + skip].folded) == true { continue }
                let fits = { (entity: Int) in
                    (description.entities.contains(entity) || description.kinds.contains(gazetteer.entities[entity].kind))
                        && (!description.group || !(gazetteer.entities[entity].attributes["members"] ?? "").isEmpty)
                        // ("NATO warned Moscow. The 27-nation bloc sanctioned Belarus": a count names only an organization
                        // of that size, when its size is known.)
                        && (count.flatMap { n in gazetteer.entities[entity].attributes["member_count"].map { $0.split(separator: "|").contains(Substring(String(n))) } } ?? true)
                }
                if description.latter {
                    // The last two that fit, in the order the text named them: this sentence first, then
                    // the sentences before.
                    var lastTwo: [Int] = []
                    // (The sentences before count names only — `recent` leaves out « des bases militaires russes » —
                    // this one its demonyms too: « ses homologues tadjik et kirghize … qui oppose ces deux derniers ».)
                    for m in named.reversed() where m.end <= tokens[i].start && fits(m.entity) && !lastTwo.contains(m.entity) && lastTwo.count < 2 {
                        lastTwo.insert(m.entity, at: 0)
                    }
                    for (entity, _) in recent.sorted(by: { $0.value > $1.value }) where fits(entity) && !lastTwo.contains(entity) && lastTwo.count < 2 {
                        lastTwo.insert(entity, at: 0)
                    }
                    guard lastTwo.count == 2 else { break }
                    appendPair(lastTwo[0], lastTwo[1], words: i, n: n, skip: 0, determiner: d)
                    break
                }
                if description.pair {
                    // The pair the text last named together (« le Kirghizstan et le Tadjikistan »), when
                    // both fit; the first word stands for the one named first.
                    guard let (a, b) = pair(tokens[i].start), fits(a), fits(b) else {
                        if n > 1 || skip > 0 || d < i - 1 { unresolved(tokens[d].start..<tokens[i + n - 1 + skip].end) }
                        break
                    }
                    appendPair(a, b, words: i, n: n, skip: skip, determiner: d)
                    break
                }
                // A group (« ces pays ») stands for a region only when no other is in reach: after « en Asie
                // centrale, au Caucase et en Europe de l’Est » it is left alone.
                // Nor when states are named after it (« En Asie centrale, le Kazakhstan et le Kirghizstan … Ces
                // pays »): the description may stand for those states.
                if description.group {
                    let inReach = Set(named.filter { $0.end <= tokens[i].start && fits($0.entity) }.map(\.entity) + recent.keys.filter(fits))
                    let here = Int.max / 2
                    // (With no region in reach, every state in reach: the first name of the text is at 0.)
                    let regionAt = inReach.count == 1 ? inReach.first.flatMap { entity in
                        named.last(where: { $0.entity == entity && $0.end <= tokens[i].start }).map { here + $0.start } ?? recent[entity]
                    } ?? -1 : -1
                    // (Two or more of them: "feared Russia" names one state, no plural antecedent.)
                    let statesAfter = Set(named.filter { $0.end <= tokens[i].start && here + $0.start > regionAt && $0.aliasKind != .demonym && gazetteer.entities[$0.entity].kind == .state }.map(\.entity))
                        .union(recent.filter { $0.value > regionAt && gazetteer.entities[$0.key].kind == .state }.map(\.key))
                    // « Le premier conflit oppose le Kirghizstan et le Tadjikistan. Si la frontière commune entre ces républiques
                    // d’Asie centrale … », "Kyrgyzstan and Tajikistan … these countries": with no region in reach, or past it, the
                    // two states named together last, and no other state in reach, are what the group stands for — and for the
                    // region a genitive names right after it, when both are its members.
                    if statesAfter.count == 2, let (a, b) = pair(tokens[i].start), statesAfter == [a, b] {
                        if let region = regionOpening ?? named.first(where: { m in
                            m.start >= tokens[i + n - 1].end && gazetteer.entities[m.entity].kind == .region
                                && tokens.firstIndex(where: { $0.start >= m.start }).map { $0 <= i + n + 2 } == true
                        }) {
                            let members = Set((gazetteer.entities[region.entity].attributes["members"] ?? "").split(separator: "|").compactMap { gazetteer.index[String($0)] })
                            guard members.contains(a) && members.contains(b) else { break }
                            // The region stays named, where they are (its name from its first capital: « Asie centrale »), not who.
                            if region.start == tokens[i].start,
                               let tail = tokens.first(where: { $0.start > tokens[i + n - 1].start && $0.end <= region.end && $0.capitalized }) {
                                found.append(EntityMention(entity: region.entity, key: region.key, start: tail.start, end: region.end,
                                                           surface: Tokenizer.text(scalars, tail.start..<region.end), aliasKind: .name, function: .location))
                            }
                        }
                        appendPair(a, b, words: i, n: n, skip: 0, determiner: d)
                        break
                    }
                    guard regionOpening == nil, inReach.count == 1, let entity = inReach.first, statesAfter.count < 2 else { break }
                    append(entity, tokens: i..<(i + n))
                    break
                }
                // The antecedent: the last fitting entity named before the description in this sentence,
                // or else the one named last in the sentences before.
                // After a possessive (« son pays »), only this sentence: « il a demandé à Vladimir Poutine de faire
                // preuve de plus de respect envers son pays » names no state of its own, and Russia is not his.
                let antecedent = named.last(where: { $0.end <= tokens[i].start && fits($0.entity) })?.entity
                    ?? (type == "possessive" ? nil : recent.filter { fits($0.key) }.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key)
                guard let entity = antecedent else { break }
                // (The count and size word belong to it: "six-member" is no membership of its own.)
                append(entity, tokens: (sized ? i - 2 : i)..<(i + n))
                break
            }
        }
        return found
    }
}
