/// The report's lines, classified once: what each holds and whether it directly follows a line with
/// content (no empty line between), which is how the PDF extraction marks page starts and headings.
struct SourceLine {
    enum Kind: Equatable {
        /// Nothing at all: the separator the extraction puts between wrapped lines.
        case empty
        /// Only whitespace: a paragraph break.
        case blank
        /// A footnote URL.
        case url
        case text
    }

    /// 1-based line number.
    var number: Int
    /// Offset of the line's first scalar in the text.
    var start: Int
    /// Offset just past the line's last scalar (before its `\n`).
    var end: Int
    var kind: Kind
    /// Leading spaces before the first visible character.
    var indent: Int
    /// The previous line has visible content (text or URL) and no empty line stands between them.
    var followsContent: Bool
}

enum Characters {
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\u{A0}" || c == "\u{202F}" || c == "\u{2009}" || c == "\u{FEFF}"
    }
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
        return c.properties.isAlphabetic
    }
    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x41 && c.value <= 0x5A }
        return c.properties.isUppercase
    }
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
}

extension SourceLine {
    /// Splits scalars (line endings already `\n`) into classified lines.
    static func split(_ s: [Unicode.Scalar]) -> [SourceLine] {
        var lines: [SourceLine] = []
        var start = 0
        var number = 0
        var previousHasContent = false
        let n = s.count
        while start <= n {
            var end = start
            while end < n && s[end] != "\n" { end += 1 }
            if end == n && start == n { break }
            number += 1
            var first = start
            while first < end && Characters.isSpace(s[first]) { first += 1 }
            let kind: Kind
            if end == start { kind = .empty }
            else if first == end { kind = .blank }
            else if isURL(s, from: first, to: end) { kind = .url }
            else { kind = .text }
            lines.append(SourceLine(number: number, start: start, end: end, kind: kind, indent: first - start,
                                    followsContent: previousHasContent))
            previousHasContent = kind == .text || kind == .url
            start = end + 1
        }
        return lines
    }

    /// A line that is one URL and nothing else.
    private static func isURL(_ s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        var last = to
        while last > from && Characters.isSpace(s[last - 1]) { last -= 1 }
        let prefixes: [[Unicode.Scalar]] = [Array("http://".unicodeScalars), Array("https://".unicodeScalars)]
        guard prefixes.contains(where: { p in last - from > p.count && zip(p, s[from..<from + p.count]).allSatisfy { $0 == $1 } }) else { return false }
        for i in from..<last where Characters.isSpace(s[i]) { return false }
        return true
    }
}
