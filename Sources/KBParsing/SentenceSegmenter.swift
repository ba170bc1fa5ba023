/// Splits a paragraph into sentences, the French way: a sentence ends at `.`, `!`, `?` or `…`
/// (closing quotes and brackets included, and the space French puts before `?` allowed) when the
/// next word starts with a capital, a digit or an opening quote; not after an abbreviation (`M.`,
/// `etc.` is not one) or an initial (`J.`), and not inside « guillemets ». `9 000`, `63%` and the
/// apostrophe `’` never split anything.
public struct SentenceSegmenter: Sendable {
    /// Folded abbreviations (without their period) after which a period does not end a sentence.
    public var abbreviations: Set<String>
    /// A quotation longer than this is taken for an unbalanced `«` and stops protecting its periods.
    public var maximumQuotation = 600

    public init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
    }

    /// The sentences of `text`.
    public func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return segment(scalars).map { range in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
    }

    /// The ranges of the sentences of `s`, trimmed of surrounding spaces.
    public func segment(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let n = s.count
        var start = 0
        while start < n && Characters.isSpace(s[start]) { start += 1 }
        var quoteStart: Int? = nil
        var i = start
        while i < n {
            let c = s[i]
            if c == "«" { quoteStart = quoteStart ?? i }
            else if c == "»" { quoteStart = nil }
            guard RawParagraph.terminators.contains(c) else { i += 1; continue }
            var j = i + 1
            while j < n && RawParagraph.terminators.contains(s[j]) { j += 1 }
            // Closing quotes and brackets belong to the sentence, « … ? » with its inner spaces too.
            var k = j
            while true {
                var m = k
                while m < n && Characters.isSpace(s[m]) { m += 1 }
                if m < n && RawParagraph.closers.contains(s[m]) && (m == k || s[m] == "»") {
                    if s[m] == "»" { quoteStart = nil }
                    k = m + 1
                } else { break }
            }
            let end = k
            var next = end
            while next < n && Characters.isSpace(s[next]) { next += 1 }
            guard next > end, next < n else { i = max(end, i + 1); continue }
            if let q = quoteStart, i - q < maximumQuotation { i = next; continue }
            let startsSentence = Characters.isUpper(s[next]) || Characters.isDigit(s[next])
                || s[next] == "«" || s[next] == "“" || s[next] == "\"" || s[next] == "("
            if startsSentence && !(c == "." && j == i + 1 && isAbbreviation(before: i, in: s)) {
                ranges.append(start..<trimmedEnd(end, from: start, s))
                start = next
            }
            i = next
        }
        if start < n {
            let end = trimmedEnd(n, from: start, s)
            if end > start { ranges.append(start..<end) }
        }
        return ranges
    }

    private func trimmedEnd(_ end: Int, from start: Int, _ s: [Unicode.Scalar]) -> Int {
        var e = end
        while e > start && Characters.isSpace(s[e - 1]) { e -= 1 }
        return e
    }

    /// The word before the period at `dot` is an abbreviation or a single capital (an initial).
    private func isAbbreviation(before dot: Int, in s: [Unicode.Scalar]) -> Bool {
        var a = dot
        while a > 0 && (Characters.isLetter(s[a - 1]) || s[a - 1] == "." || s[a - 1] == "°") { a -= 1 }
        guard a < dot else { return false }
        if dot - a == 1 && Characters.isUpper(s[a]) { return true }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[a..<dot])
        return abbreviations.contains(Folding.fold(String(view)))
    }
}
