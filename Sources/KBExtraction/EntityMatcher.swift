import KBParsing

/// Finds the gazetteer's entities in a sentence, in one pass over its words: every alias is indexed
/// by its first folded word, and at each word the longest alias that matches wins.
///
///     let matcher = EntityMatcher(gazetteer: gazetteer)
///     matcher.mentions(in: "Le Kremlin soutient l’Arménie.")  // Russia (metonym), Armenia (name)
public struct EntityMatcher: Sendable {
    struct Pattern: Sendable {
        var words: [String]
        var entity: Int
        var kind: AliasKind
        var casing: Casing
    }

    /// How a sentence's words must be written to match an alias.
    enum Casing: Sendable {
        /// As a proper name: the first word capitalized (`Géorgie`, not `géorgie`).
        case capitalized
        /// As an acronym: every letter a capital (`UE`, not `ue`).
        case acronym
        /// In any case: demonyms and aliases written in lowercase (`russe`, `Russes`).
        case any
    }

    public let gazetteer: Gazetteer
    /// First folded word → the patterns starting with it, longest first.
    let patterns: [String: [Pattern]]

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        // One pattern per distinct word sequence; when entities share one, the stronger alias kind wins.
        var best: [[String]: Pattern] = [:]
        for (index, entity) in gazetteer.entities.enumerated() {
            for alias in entity.aliases {
                let tokens = Tokenizer.tokens(alias.text)
                guard let first = tokens.first else { continue }
                let casing: Casing
                if alias.kind == .acronym || (tokens.count == 1 && first.allCapitals && first.folded.count > 1) {
                    casing = .acronym
                } else if alias.kind == .demonym || !first.capitalized {
                    casing = .any
                } else {
                    casing = .capitalized
                }
                let words = tokens.map(\.folded)
                let pattern = Pattern(words: words, entity: index, kind: alias.kind, casing: casing)
                if let existing = best[words] {
                    if existing.kind.strength > alias.kind.strength { continue }
                    if existing.kind.strength == alias.kind.strength && existing.entity < index { continue }
                }
                best[words] = pattern
            }
        }
        var patterns: [String: [Pattern]] = [:]
        for pattern in best.values { patterns[pattern.words[0], default: []].append(pattern) }
        for key in patterns.keys {
            patterns[key]!.sort { a, b in
                a.words.count != b.words.count ? a.words.count > b.words.count : a.entity < b.entity
            }
        }
        self.patterns = patterns
    }

    /// The entity mentions of `sentence`, left to right, never overlapping.
    public func mentions(in sentence: String) -> [EntityMention] {
        let scalars = Array(sentence.unicodeScalars)
        return mentions(in: scalars, tokens: Tokenizer.tokens(scalars))
    }

    func mentions(in scalars: [Unicode.Scalar], tokens: [Token]) -> [EntityMention] {
        var found: [EntityMention] = []
        var i = 0
        while i < tokens.count {
            guard let candidates = patterns[tokens[i].folded],
                  let pattern = candidates.first(where: { matches($0, tokens, at: i, in: scalars) }) else {
                i += 1
                continue
            }
            let last = tokens[i + pattern.words.count - 1]
            var surface = String.UnicodeScalarView()
            surface.append(contentsOf: scalars[tokens[i].start..<last.end])
            found.append(EntityMention(entity: pattern.entity, key: gazetteer.entities[pattern.entity].key,
                                       start: tokens[i].start, end: last.end, surface: String(surface),
                                       aliasKind: pattern.kind))
            i += pattern.words.count
        }
        return found
    }

    static let joiners: Set<Unicode.Scalar> = [" ", "-", "’", "'", "\u{A0}"]

    private func matches(_ pattern: Pattern, _ tokens: [Token], at i: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard i + pattern.words.count <= tokens.count else { return false }
        for (k, word) in pattern.words.enumerated() {
            guard tokens[i + k].folded == word else { return false }
            // The words of a multi-word alias follow each other: only spaces, hyphens or apostrophes between.
            if k > 0 {
                for c in scalars[tokens[i + k - 1].end..<tokens[i + k].start] where !Self.joiners.contains(c) { return false }
            }
        }
        switch pattern.casing {
        case .capitalized: return tokens[i].capitalized
        case .acronym: return tokens[i].allCapitals
        case .any: return true
        }
    }
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
}
