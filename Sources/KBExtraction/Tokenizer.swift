import KBParsing

/// A word of a sentence: a run of letters and digits. Apostrophes (`l’Arménie` → `l`, `Arménie`),
/// hyphens and punctuation separate words.
public struct Token: Sendable, Equatable {
    /// Folded form (lowercase, no accents).
    public var folded: String
    /// Offsets in the sentence, in code points.
    public var start: Int
    public var end: Int
    /// The word starts with a capital letter.
    public var capitalized: Bool
    /// Every letter of the word is a capital (`OTSC`, `UE`).
    public var allCapitals: Bool
}

public enum Tokenizer {
    /// The text of `range` (code points) of `scalars`: a mention's or trigger's words as written.
    public static func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// The words of `text`.
    public static func tokens(_ text: String) -> [Token] {
        tokens(Array(text.unicodeScalars))
    }

    public static func tokens(_ s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        var folded: [UInt8] = []
        var scratch = String.UnicodeScalarView()
        var i = 0
        let n = s.count
        while i < n {
            guard isWordScalar(s[i]) else { i += 1; continue }
            let start = i
            folded.removeAll(keepingCapacity: true)
            var letters = 0, capitals = 0
            while i < n && isWordScalar(s[i]) {
                let c = s[i]
                let v = c.value
                if v < 0x80 {
                    // ASCII, most of a French or English text: no Unicode property lookup.
                    if v >= 0x41 && v <= 0x5A {
                        letters += 1; capitals += 1
                        folded.append(UInt8(v + 32))
                    } else {
                        if v >= 0x61 { letters += 1 }
                        folded.append(UInt8(v))
                    }
                } else {
                    if c.properties.isAlphabetic {
                        letters += 1
                        if c.properties.isUppercase { capitals += 1 }
                    }
                    scratch.removeAll(keepingCapacity: true)
                    Folding.appendFolded(c, to: &scratch)
                    for f in scratch { UTF8.encode(f) { folded.append($0) } }
                }
                i += 1
            }
            let first = s[start]
            let capitalized = first.value < 0x80 ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
            tokens.append(Token(folded: String(decoding: folded, as: UTF8.self), start: start, end: i,
                                capitalized: capitalized, allCapitals: letters > 0 && capitals == letters))
        }
        return tokens
    }

    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            let v = c.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return c.properties.isAlphabetic || c.properties.generalCategory == .nonspacingMark || c == "°"
    }
}
