import Foundation

/// Parses the text extracted from a report's PDF into pages, sections, sentences and footnotes.
///
/// The layout it reads (see DEVELOPERS.md): wrapped lines separated by empty lines; a whitespace-only
/// line ends a paragraph; a line indented by one space that directly follows a line with content
/// starts a new page; each page may end with a block of footnote URLs; a page-header block (see
/// ``PageHeader``) may stand between two pages. A heading is a short paragraph whose lines are not
/// separated by empty lines and that does not end like a sentence. A text without whitespace-only
/// lines is not in that layout: its empty lines end paragraphs.
///
///     let report = try ReportParser(lexicon: lexicon).parse(text)
///     report.pages.count      // 13
public struct ReportParser: Sendable {
    public var lexicon: ParsingLexicon
    /// Headings longer than this many words are taken for paragraphs.
    public var maximumHeadingWords = 30

    public init(lexicon: ParsingLexicon) {
        self.lexicon = lexicon
    }

    /// Parses `text`. Throws ``ReportParseError/noText`` when it holds no running text at all.
    public func parse(_ text: String) throws -> ParsedReport {
        let normalized = Self.normalizeLineEndings(text)
        let scalars = Array(normalized.unicodeScalars)
        let lines = SourceLine.split(scalars)
        var state = LayoutState()
        // The report's layout separates wrapped lines by empty lines and ends paragraphs with whitespace-only
        // lines. A text with no whitespace-only line does not follow it (an article, a note): there an
        // empty line ends a paragraph, and a title standing alone on its line is a heading.
        let emptyLinesEndParagraphs = !lines.contains { $0.kind == .blank }
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.kind == .text, let header = PageHeader.detect(at: index, lines: lines, scalars: scalars, lexicon: lexicon) {
                state.headers.append((pageOrdinal: state.pageStarts.count + 1, header: header))
                state.pageBreakPending = true
                index = header.lastLine + 1
                continue
            }
            switch line.kind {
            case .empty:
                if emptyLinesEndParagraphs && !state.pageBreakPending { state.closeParagraph() }
            case .blank:
                // Blank lines between a page's footnotes and the next page are layout, not a paragraph end.
                if !state.pageBreakPending { state.closeParagraph() }
            case .url:
                state.addFootnoteLine(line, scalars: scalars)
                state.pageBreakPending = true
            case .text:
                let startsPage = state.pageStarts.isEmpty || state.pageBreakPending
                    || (line.indent == 1 && line.followsContent)
                if startsPage {
                    state.pageStarts.append((offset: line.start, line: line.number))
                    state.pageBreakPending = false
                    if state.paragraph != nil && state.paragraphEndsSentence(scalars) { state.closeParagraph() }
                } else if line.indent == 1 && !line.followsContent {
                    // A summary bullet point.
                    state.closeParagraph()
                }
                state.appendLine(line)
            }
            index += 1
        }
        state.closeParagraph()
        return try assemble(state, text: normalized, scalars: scalars)
    }

    /// The date a short line gives by itself (a month, a year, and a day beside the month when there is
    /// one), with at most five other words and no sentence's end: `2022-09-30`, `2022-09`.
    static func dateLine(_ text: String, lexicon: ParsingLexicon) -> String? {
        let trimmed = text.trimmingBlanks()
        guard let last = trimmed.unicodeScalars.last, !".!?…".unicodeScalars.contains(last) else { return nil }
        let words = trimmed.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { Folding.fold($0) }
        guard words.count <= 12 else { return nil }
        var year: Int? = nil, month: Int? = nil, monthIndex = -1, others = 0
        for (i, word) in words.enumerated() {
            if word.count == 4, let y = Int(word), (1900...2100).contains(y) {
                guard year == nil else { return nil }
                year = y
            } else if let m = lexicon.months[word] {
                guard month == nil else { return nil }
                month = m
                monthIndex = i
            } else if !word.contains(where: \.isNumber) {
                others += 1
            }
        }
        guard let year, let month, others <= 5 else { return nil }
        // The day stands beside the month: « 30 septembre », "September 30", « 1er octobre ».
        func day(_ i: Int) -> Int? {
            guard i >= 0, i < words.count else { return nil }
            let digits = words[i].prefix { $0.isNumber }
            guard !digits.isEmpty, digits.count <= 2, let d = Int(digits), (1...31).contains(d), words[i].count - digits.count <= 2 else { return nil }
            return d
        }
        if let d = day(monthIndex - 1) ?? day(monthIndex + 1) {
            return String(format: "%04d-%02d-%02d", year, month, d)
        }
        return String(format: "%04d-%02d", year, month)
    }

    /// `\r\n` and lone `\r` become `\n`, so CRLF files parse exactly like LF ones.
    public static func normalizeLineEndings(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    private func assemble(_ state: LayoutState, text: String, scalars: [Unicode.Scalar]) throws -> ParsedReport {
        guard !state.pageStarts.isEmpty else { throw ReportParseError.noText }
        // Page numbers: a page-header block carries the printed number of the page that follows it.
        var offset = 0
        if let first = state.headers.first { offset = first.header.pageNumber - first.pageOrdinal }
        var pages: [Page] = []
        for (i, start) in state.pageStarts.enumerated() {
            let end = i + 1 < state.pageStarts.count ? state.pageStarts[i + 1].offset : scalars.count
            pages.append(Page(number: i + 1 + offset, start: start.offset, end: end, firstLine: start.line))
        }
        func pageNumber(at position: Int) -> Int {
            var lo = 0, hi = pages.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if pages[mid].start <= position { lo = mid } else { hi = mid - 1 }
            }
            return pages[lo].number
        }

        var metadata = state.headers.first?.header.metadata ?? ReportMetadata()
        var sections: [Section] = []
        var sentences: [Sentence] = []
        var paragraphOrdinal = 0
        let segmenter = SentenceSegmenter(abbreviations: lexicon.abbreviations)
        var languageWords: [String] = []
        for paragraph in state.paragraphs {
            let buffer = paragraph.joined(scalars)
            guard !buffer.scalars.isEmpty else { continue }
            // An article's date line before its first sentence (« Publié le 30 septembre 2022 à 10h32 »,
            // "Published September 15, 2022") is its date, not a sentence.
            if state.headers.isEmpty && metadata.date == nil && sentences.isEmpty,
               let date = Self.dateLine(buffer.string(0..<buffer.scalars.count), lexicon: lexicon) {
                metadata.date = date
                continue
            }
            if paragraph.allAdjacent && paragraph.isHeadingShaped(scalars, maximumWords: maximumHeadingWords) {
                if sections.isEmpty && !sentences.isEmpty {
                    sections.append(Section(ordinal: 0, title: nil, page: pages[0].number, start: pages[0].start))
                }
                let start = buffer.offsets[0]
                sections.append(Section(ordinal: sections.count, title: buffer.string(0..<buffer.scalars.count),
                                        page: pageNumber(at: start), start: start))
                continue
            }
            if sections.isEmpty && sentences.isEmpty {
                // Running text before any heading: the front matter (the summary).
                sections.append(Section(ordinal: 0, title: nil, page: pages[0].number, start: pages[0].start))
            }
            for range in segmenter.segment(buffer.scalars) {
                let start = buffer.offsets[range.lowerBound]
                let sentenceText = buffer.string(range)
                if languageWords.count < 2000 {
                    languageWords.append(contentsOf: sentenceText.split(separator: " ").map { Folding.fold($0) })
                }
                sentences.append(Sentence(ordinal: sentences.count, page: pageNumber(at: start),
                                          section: sections.count - 1, paragraph: paragraphOrdinal,
                                          text: sentenceText, start: start, end: buffer.offsets[range.upperBound - 1] + 1))
            }
            paragraphOrdinal += 1
        }
        guard !sentences.isEmpty else { throw ReportParseError.noText }
        // Without a page-header block, a heading before the first sentence is the title (an article's headline).
        if metadata.title == nil, let first = sections.first(where: { $0.title != nil }), first.start <= sentences[0].start {
            metadata.title = first.title
        }
        if metadata.language == nil { metadata.language = lexicon.guessLanguage(ofFoldedWords: languageWords) }

        let footnotes = state.footnoteLines.map { f in
            Footnote(page: f.pageOrdinal + offset, ordinal: f.ordinal, url: f.url, line: f.line, lineCount: f.count)
        }
        return ParsedReport(text: text, metadata: metadata, pages: pages, sections: sections, sentences: sentences,
                            footnotes: footnotes, paragraphCount: paragraphOrdinal)
    }
}

/// Why a text cannot be read as a report.
public enum ReportParseError: Error, Equatable, CustomStringConvertible {
    /// The text has no running text: only whitespace, URLs or page headers.
    case noText

    public var description: String {
        switch self {
        case .noText: return "the text holds no sentences"
        }
    }
}
