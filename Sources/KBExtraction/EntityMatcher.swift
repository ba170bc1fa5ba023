import Foundation
import KBParsing

/// Finds the gazetteer's entities in a sentence, in one pass over its words: every alias is indexed
/// by its first folded word, and at each word the longest alias that matches wins. Work is linear in
/// the sentence's length whatever the size of the gazetteer.
///
/// When several entities share an alias (`Astana` is Kazakhstan's capital and a city), the mention's
/// function decides: in a place context (``Locatives``) the place wins, otherwise the state or
/// organization acting, then the strongest kind of alias.
///
///     let matcher = EntityMatcher(gazetteer: gazetteer, locatives: locatives)
///     matcher.mentions(in: "Le Kremlin soutient l’Arménie.")  // Russia (metonym), Armenia (name)
public struct EntityMatcher: Sendable {
    struct Candidate: Sendable {
        var entity: Int
        var kind: AliasKind
        var casing: Casing
    }

    struct Pattern: Sendable {
        var words: [String]
        /// Strongest first.
        var candidates: [Candidate]
    }

    /// How a sentence's words must be written to match an alias.
    enum Casing: Sendable {
        /// As a proper name: the first word capitalized (`Géorgie`, not `géorgie`).
        case capitalized
        /// As an acronym: every letter a capital (`UE`, not `ue`).
        case acronym
        /// In any case: role phrases and aliases (demonyms among them) written in lowercase (`russe`, `Russes`).
        case any
    }

    public let gazetteer: Gazetteer
    public let locatives: Locatives
    /// Word prefixes (`data/lexicon/prefixes.tsv`): hyphenated before a demonym, a qualifying prefix
    /// makes it name no actor (`post-soviétique`); a stance prefix names the state, hyphenated or not
    /// (`prorusse`, `anti-russe`).
    public let prefixes: WordPrefixes
    /// First folded word → the patterns starting with it, longest first.
    let patterns: [String: [Pattern]]

    public init(gazetteer: Gazetteer, locatives: Locatives = Locatives(), prefixes: WordPrefixes = WordPrefixes()) {
        self.gazetteer = gazetteer
        self.locatives = locatives
        self.prefixes = prefixes
        var byWords: [[String]: [Candidate]] = [:]
        for (index, entity) in gazetteer.entities.enumerated() {
            for alias in entity.aliases {
                let tokens = Tokenizer.tokens(alias.text)
                guard let first = tokens.first else { continue }
                let casing: Casing
                if alias.kind == .acronym || (tokens.count == 1 && first.allCapitals && first.folded.count > 1) {
                    casing = .acronym
                } else if alias.kind == .role || !first.capitalized {
                    // (A demonym the data writes with its capital keeps it, as English writes them: "Western
                    // sanctions" name the West, "western Ukraine" does not.)
                    casing = .any
                } else {
                    casing = .capitalized
                }
                let words = tokens.map(\.folded)
                var candidates = byWords[words, default: []]
                if let i = candidates.firstIndex(where: { $0.entity == index }) {
                    // (The same words in two languages keep the looser casing: French « kazakh » and English "Kazakh".)
                    let anyCase = candidates[i].casing == .any || casing == .any
                    if candidates[i].kind.strength < alias.kind.strength { candidates[i] = Candidate(entity: index, kind: alias.kind, casing: casing) }
                    if anyCase { candidates[i].casing = .any }
                } else {
                    candidates.append(Candidate(entity: index, kind: alias.kind, casing: casing))
                }
                byWords[words] = candidates
            }
        }
        var patterns: [String: [Pattern]] = [:]
        for (words, candidates) in byWords {
            let sorted = candidates.sorted { a, b in
                a.kind.strength != b.kind.strength ? a.kind.strength > b.kind.strength : a.entity < b.entity
            }
            patterns[words[0], default: []].append(Pattern(words: words, candidates: sorted))
        }
        for key in patterns.keys {
            patterns[key]!.sort { a, b in a.words.count != b.words.count ? a.words.count > b.words.count : a.words.lexicographicallyPrecedes(b.words) }
        }
        self.patterns = patterns
    }

    /// The entity mentions of `sentence`, written in `language`, left to right, never overlapping.
    public func mentions(in sentence: String, language: String? = "fr") -> [EntityMention] {
        let scalars = Array(sentence.unicodeScalars)
        return mentions(in: scalars, tokens: Tokenizer.tokens(scalars), language: language)
    }

    public func mentions(in scalars: [Unicode.Scalar], tokens: [Token], language: String?) -> [EntityMention] {
        var found: [EntityMention] = []
        var i = 0
        while i < tokens.count {
            guard let patterns = patterns[tokens[i].folded] else {
                if let stance = stanceMention(at: i, tokens: tokens, scalars: scalars) { found.append(stance) }
                i += 1
                continue
            }
            var matched: (Pattern, [Candidate])? = nil
            for pattern in patterns where wordsMatch(pattern, tokens, at: i, in: scalars) {
                let prefixed = isPrefixed(tokens, at: i, in: scalars)
                let fitting = pattern.candidates.filter { casingMatches($0.casing, tokens[i]) && !(prefixed && $0.kind == .demonym) }
                if !fitting.isEmpty { matched = (pattern, fitting); break }
            }
            guard let (pattern, candidates) = matched else { i += 1; continue }
            var function = locatives.function(ofMentionAt: i, in: tokens, language: language)
            var chosen = choose(candidates, function: function)
            if chosen.kind == .role || gazetteer.entities[chosen.entity].kind == .person {
                function = .actor
                chosen = choose(candidates, function: .actor)
            }
            let last = tokens[i + pattern.words.count - 1]
            var mention = EntityMention(entity: chosen.entity, key: gazetteer.entities[chosen.entity].key,
                                        start: tokens[i].start, end: last.end, surface: Tokenizer.text(scalars, tokens[i].start..<last.end),
                                        aliasKind: chosen.kind, function: function)
            // "pro-Russian protesters", « anti-occidental »: a demonym after a stance prefix and its hyphen.
            mention.stance = chosen.kind == .demonym && isPrefixed(tokens, at: i, in: scalars, by: prefixes.stances.contains)
            found.append(mention)
            if pattern.words.count > 1 && gazetteer.entities[chosen.entity].kind != .state {
                // « le Premier ministre arménien » names Pashinyan, and Armenia through its demonym;
                // « le ministère biélorusse de la Défense » names the ministry, and Belarus;
                // « les anciennes républiques soviétiques » names a region, and the Soviet Union.
                found += stateMentions(inside: i..<(i + pattern.words.count), tokens: tokens, scalars: scalars)
            }
            var next = i + pattern.words.count
            if chosen.kind == .role && pattern.words.count > 1 {
                // « ses homologues tadjik et kirghize », "the French and German leaders": each coordinated word
                // in the place of the role's demonym names the holder of the same role, and its state.
                for (person, k) in coordinatedRoles(pattern.words, at: i, tokens: tokens, scalars: scalars, language: language) {
                    if k < i { found.removeAll { $0.start == tokens[k].start } }
                    found.append(wordMention(person, token: tokens[k], scalars: scalars, kind: .role))
                    found += stateMentions(inside: k..<(k + 1), tokens: tokens, scalars: scalars)
                    next = max(next, k + 1)
                }
            }
            i = next
        }
        // Coordinated role words before their phrase were added after it.
        return found.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
    }

    /// The entities named in a run of words already folded and written without case (a URL's slug:
    /// `guerre-en-ukraine-la-moldavie-impuissante`), longest alias first, each word used once, with the
    /// words that named each. A one-word alias shorter than `minimumLength` letters is skipped: `ue` in a
    /// slug is as often a word's piece as the Union.
    public func entities(inFoldedWords words: [String], minimumLength: Int = 3) -> [(entity: Int, words: Range<Int>)] {
        readings(inFoldedWords: words, minimumLength: minimumLength).map { ($0.entities[0], $0.words) }
    }

    /// The same, with every entity the words may name, the one they name as an actor first: `astana` in a URL is
    /// Kazakhstan (its capital standing for it) and the city (« À Astana en octobre dernier »).
    public func readings(inFoldedWords words: [String], minimumLength: Int = 3) -> [(entities: [Int], words: Range<Int>)] {
        var found: [(entities: [Int], words: Range<Int>)] = []
        var i = 0
        while i < words.count {
            let match = patterns[words[i]]?.first { pattern in
                i + pattern.words.count <= words.count
                    && (pattern.words.count > 1 || words[i].unicodeScalars.count >= minimumLength)
                    && words[i..<(i + pattern.words.count)].elementsEqual(pattern.words)
            }
            guard let match else { i += 1; continue }
            let first = choose(match.candidates, function: .actor).entity
            var entities = [first]
            for c in match.candidates where !entities.contains(c.entity) { entities.append(c.entity) }
            found.append((entities, i..<(i + match.words.count)))
            i += match.words.count
        }
        return found
    }

    /// The role holders named by words coordinated with the demonym that ends or starts the role phrase
    /// `words` matched at `tokens[i]`, with the token naming each: after it in French (« les présidents russe
    /// et turc », a comma list too), before it in English ("the French and German leaders"). Only words that
    /// make a role phrase naming a person.
    private func coordinatedRoles(_ words: [String], at i: Int, tokens: [Token], scalars: [Unicode.Scalar], language: String?) -> [(person: Int, token: Int)] {
        guard let coordinators = language.flatMap({ locatives.languages[$0] })?.coordinators, !coordinators.isEmpty else { return [] }
        func holder(_ phrase: [String]) -> Int? {
            patterns[phrase[0]]?.first { $0.words == phrase }?.candidates
                .first { $0.kind == .role && gazetteer.entities[$0.entity].kind == .person }?.entity
        }
        var roles: [(person: Int, token: Int)] = []
        // After: the last word is the slot, and a list may run on with commas (« russe, turc et iranien »).
        var k = i + words.count
        while k < tokens.count {
            let isLast = coordinators.contains(tokens[k].folded)
            guard isLast || scalars[tokens[k - 1].end..<tokens[k].start].contains(",") else { break }
            let word = isLast ? k + 1 : k
            guard word < tokens.count, let person = holder(words.dropLast() + [tokens[word].folded]) else { break }
            roles.append((person, word))
            if isLast { break }
            k = word + 1
        }
        // Before: the first word is the slot.
        if i >= 2, coordinators.contains(tokens[i - 1].folded), let person = holder([tokens[i - 2].folded] + words.dropFirst()) {
            roles.append((person, i - 2))
        }
        return roles
    }

    /// Whether some alias starts with the folded `word`.
    public func startsAnAlias(_ word: String) -> Bool { patterns[word] != nil }

    /// The states a role phrase names by one word (its demonym or name), as actors.
    private func stateMentions(inside range: Range<Int>, tokens: [Token], scalars: [Unicode.Scalar]) -> [EntityMention] {
        range.compactMap { k in
            guard !isPrefixed(tokens, at: k, in: scalars), let state = stateNamed(byWord: tokens[k].folded) else { return nil }
            return wordMention(state.entity, token: tokens[k], scalars: scalars, kind: state.kind)
        }
    }

    /// The state one folded word names, by its demonym or its name (`arménien`, `Arménie`).
    private func stateNamed(byWord word: String) -> Candidate? {
        patterns[word]?.first(where: { $0.words.count == 1 })?
            .candidates.first { gazetteer.entities[$0.entity].kind == .state && [.demonym, .name].contains($0.kind) }
    }

    /// A mention of `entity` by the one word `token`, as an actor.
    private func wordMention(_ entity: Int, token: Token, scalars: [Unicode.Scalar], kind: AliasKind) -> EntityMention {
        EntityMention(entity: entity, key: gazetteer.entities[entity].key, start: token.start, end: token.end,
                      surface: Tokenizer.text(scalars, token.start..<token.end), aliasKind: kind, function: .actor)
    }

    /// A place in a place context; otherwise an actor (a state, organization or person) before a place.
    private func choose(_ candidates: [Candidate], function: MentionFunction) -> Candidate {
        guard candidates.count > 1 else { return candidates[0] }
        let isPlace = { (c: Candidate) in self.gazetteer.entities[c.entity].kind == .place }
        if function == .location, let place = candidates.first(where: isPlace) { return place }
        return candidates.first { !isPlace($0) } ?? candidates[0]
    }

    static let joiners: Set<Unicode.Scalar> = [" ", "-", "’", "'", "\u{A0}"]

    private func wordsMatch(_ pattern: Pattern, _ tokens: [Token], at i: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard i + pattern.words.count <= tokens.count else { return false }
        for (k, word) in pattern.words.enumerated() {
            guard tokens[i + k].folded == word else { return false }
            // The words of a multi-word alias follow each other: only spaces, hyphens or apostrophes between.
            if k > 0 {
                for c in scalars[tokens[i + k - 1].end..<tokens[i + k].start] where !Self.joiners.contains(c) { return false }
            }
        }
        return true
    }

    /// `post-soviétique`: the word is hyphenated to a qualifying prefix of the lexicon (or, with `isPrefix`, to another
    /// kind: `pro-russe`).
    private func isPrefixed(_ tokens: [Token], at i: Int, in scalars: [Unicode.Scalar], by isPrefix: ((String) -> Bool)? = nil) -> Bool {
        guard i > 0, (isPrefix ?? prefixes.qualifying.contains)(tokens[i - 1].folded), tokens[i - 1].end + 1 == tokens[i].start else { return false }
        return scalars[tokens[i - 1].end] == "-"
    }

    /// `prorusse`: one word made of a stance prefix and a state's demonym or name names that state.
    /// (`pro-russe` needs no rule: the hyphen splits the words and `russe` matches on its own.)
    private func stanceMention(at i: Int, tokens: [Token], scalars: [Unicode.Scalar]) -> EntityMention? {
        let word = tokens[i].folded
        for prefix in prefixes.stances where word.count > prefix.count + 2 && word.hasPrefix(prefix) {
            guard let state = stateNamed(byWord: String(word.dropFirst(prefix.count))) else { continue }
            var mention = wordMention(state.entity, token: tokens[i], scalars: scalars, kind: .demonym)
            mention.stance = true
            return mention
        }
        return nil
    }

    private func casingMatches(_ casing: Casing, _ token: Token) -> Bool {
        switch casing {
        case .capitalized: return token.capitalized
        case .acronym: return token.allCapitals
        case .any: return true
        }
    }
}

/// The word prefixes of `data/lexicon/prefixes.tsv`, folded.
public struct WordPrefixes: Sendable {
    /// `post-soviétique`: the demonym after the hyphen names no actor.
    public var qualifying: Set<String>
    /// `prorusse`, `anti-russe`: a stance toward the state, which is named. Longest first.
    public var stances: [String]

    public init(qualifying: Set<String> = [], stances: [String] = []) {
        self.qualifying = qualifying
        self.stances = stances.sorted { $0.count > $1.count }
    }

    /// Reads `lexicon/prefixes.tsv` (`lang`, `prefix`, `effect`: `qualifies` or `stance`).
    public init(dataDirectory: URL) throws {
        let table = try TSVTable(contentsOf: dataDirectory.appendingPathComponent("lexicon/prefixes.tsv"))
        try table.require("lang", "prefix", "effect")
        var qualifying: Set<String> = [], stances: [String] = []
        for row in table.rows {
            switch row["effect"] {
            case "qualifies": qualifying.insert(Folding.fold(row["prefix"]))
            case "stance": stances.append(Folding.fold(row["prefix"]))
            default: throw DataFileError.malformed(path: table.origin, line: row.line, reason: "effect must be 'qualifies' or 'stance', not '\(row["effect"])'")
            }
        }
        self.init(qualifying: qualifying, stances: stances)
    }
}

/// Whether a mention names an actor or only where something happens.
public enum MentionFunction: String, Sendable {
    /// `Astana a refusé`, `la Russie soutient`: the entity (or the state its capital stands for) acts.
    case actor
    /// `le sommet de la CEI à Astana`, `la guerre en Ukraine`: the entity is a place.
    case location
}

/// One place a sentence names an entity.
public struct EntityMention: Sendable, Equatable {
    /// Index of the entity in the gazetteer.
    public var entity: Int
    public var key: String
    /// Offsets in the sentence, in code points.
    public var start: Int
    public var end: Int
    /// The words as written (`Arménie` in `l’Arménie`).
    public var surface: String
    public var aliasKind: AliasKind
    public var function: MentionFunction
    /// A stance toward the state (« prorusse », "pro-Russian", "anti-Western"): the state is named, but neither
    /// acts nor undergoes anything — no participant of an event, no side of a relation.
    public var stance = false
}
