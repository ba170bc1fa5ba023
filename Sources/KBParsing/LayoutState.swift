/// What the parser has gathered so far while walking the report's lines.
struct LayoutState {
    var pageStarts: [(offset: Int, line: Int)] = []
    var headers: [(pageOrdinal: Int, header: PageHeader)] = []
    var pageBreakPending = false
    var paragraphs: [RawParagraph] = []
    var paragraph: RawParagraph?
    var footnoteLines: [FootnoteLine] = []
    private var lastLineWasURL = false

    struct FootnoteLine {
        var pageOrdinal: Int
        var ordinal: Int
        var url: String
        var line: Int
        var count: Int
    }

    mutating func closeParagraph() {
        lastLineWasURL = false
        if let p = paragraph { paragraphs.append(p) }
        paragraph = nil
    }

    mutating func appendLine(_ line: SourceLine) {
        lastLineWasURL = false
        if paragraph == nil {
            paragraph = RawParagraph(lines: [line])
        } else {
            paragraph!.lines.append(line)
            if !line.followsContent { paragraph!.allAdjacent = false }
        }
    }

    /// Adds a URL line to the current page's footnotes; a URL repeating the line just before it is the
    /// same footnote, its link split across lines.
    mutating func addFootnoteLine(_ line: SourceLine, scalars: [Unicode.Scalar]) {
        let url = PageHeader.text(of: line, in: scalars)
        let page = max(pageStarts.count, 1)
        if lastLineWasURL, var last = footnoteLines.last, last.pageOrdinal == page, last.url == url {
            last.count += 1
            footnoteLines[footnoteLines.count - 1] = last
        } else {
            let ordinal = (footnoteLines.last?.pageOrdinal == page ? footnoteLines.last!.ordinal : 0) + 1
            footnoteLines.append(FootnoteLine(pageOrdinal: page, ordinal: ordinal, url: url, line: line.number, count: 1))
        }
        lastLineWasURL = true
    }

    /// Whether the open paragraph's text ends like a sentence (so a page break after it ends it too).
    func paragraphEndsSentence(_ s: [Unicode.Scalar]) -> Bool {
        guard let last = paragraph?.lines.last else { return true }
        var i = last.end - 1
        while i >= last.start && (Characters.isSpace(s[i]) || RawParagraph.closers.contains(s[i])) { i -= 1 }
        return i >= last.start && RawParagraph.terminators.contains(s[i])
    }
}

/// A paragraph (or summary bullet, or heading) as the lines that make it.
struct RawParagraph {
    var lines: [SourceLine]
    /// No empty line separates its lines: the mark of a heading wrapped over several lines.
    var allAdjacent = true

    static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    static let closers: Set<Unicode.Scalar> = ["»", ")", "”", "\"", "’", "]"]

    /// Short, starts with a capital, and does not end like a sentence or a clause.
    func isHeadingShaped(_ s: [Unicode.Scalar], maximumWords: Int) -> Bool {
        guard let first = lines.first, let last = lines.last else { return false }
        var i = first.start
        while i < first.end && !Characters.isLetter(s[i]) && !Characters.isDigit(s[i]) { i += 1 }
        guard i < first.end, Characters.isUpper(s[i]) else { return false }
        var j = last.end - 1
        while j >= last.start && Characters.isSpace(s[j]) { j -= 1 }
        guard j >= last.start, !".;:,".unicodeScalars.contains(s[j]) else { return false }
        var words = 0
        for line in lines {
            var inWord = false
            for k in line.start..<line.end {
                if Characters.isSpace(s[k]) { inWord = false } else if !inWord { inWord = true; words += 1 }
            }
        }
        return words <= maximumWords
    }

    /// The paragraph as one line of text: lines trimmed and joined by one space (or nothing after a
    /// hyphen that ends a line between two letters: `États-` + `Unis`), whitespace runs collapsed.
    /// Every scalar keeps its offset in the report's text.
    func joined(_ s: [Unicode.Scalar]) -> ParagraphBuffer {
        var buffer = ParagraphBuffer()
        for line in lines {
            var a = line.start, b = line.end
            while a < b && Characters.isSpace(s[a]) { a += 1 }
            while b > a && Characters.isSpace(s[b - 1]) { b -= 1 }
            guard a < b else { continue }
            if let last = buffer.scalars.last {
                let hyphenated = last == "-" && buffer.scalars.count >= 2
                    && Characters.isLetter(buffer.scalars[buffer.scalars.count - 2]) && Characters.isLetter(s[a])
                if !hyphenated { buffer.append(" ", offset: a - 1) }
            }
            var previousSpace = false
            for k in a..<b {
                if Characters.isSpace(s[k]) {
                    if !previousSpace { buffer.append(" ", offset: k) }
                    previousSpace = true
                } else {
                    buffer.append(s[k], offset: k)
                    previousSpace = false
                }
            }
        }
        return buffer
    }
}

/// A paragraph's text with, for every scalar, its offset in the report.
struct ParagraphBuffer {
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []

    mutating func append(_ c: Unicode.Scalar, offset: Int) {
        scalars.append(c)
        offsets.append(offset)
    }

    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}
