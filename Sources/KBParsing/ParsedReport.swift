/// A report as the parser understands it: metadata, pages, sections, sentences and footnotes.
///
/// All offsets are counted in Unicode code points (what SQLite's `substr` counts) into `text`, the
/// report with its line endings normalized to `\n`.
public struct ParsedReport: Sendable {
    /// The report's text, line endings normalized to `\n`.
    public var text: String
    public var metadata: ReportMetadata
    public var pages: [Page]
    public var sections: [Section]
    public var sentences: [Sentence]
    public var footnotes: [Footnote]
    /// How many paragraphs (summary bullets included, headings excluded) the text holds.
    public var paragraphCount: Int
}

/// What the report says about itself, read from its page-header block.
public struct ReportMetadata: Sendable, Equatable {
    public var title: String?
    public var publisher: String?
    public var issue: String?
    /// The publication date in EDTF (`2023-02`).
    public var date: String?
    /// ISO 639-1 code of the report's language (`fr`).
    public var language: String?

    public init(title: String? = nil, publisher: String? = nil, issue: String? = nil, date: String? = nil, language: String? = nil) {
        self.title = title
        self.publisher = publisher
        self.issue = issue
        self.date = date
        self.language = language
    }
}

/// One page as a reader finds it in the PDF.
public struct Page: Sendable, Equatable {
    /// The page number printed in the PDF (1-based).
    public var number: Int
    public var start: Int
    public var end: Int
    /// The 1-based line of the text file where the page starts.
    public var firstLine: Int
}

/// A section of the report. The front matter before the first heading is section 0, without a title.
public struct Section: Sendable, Equatable {
    public var ordinal: Int
    /// The heading, its wrapped lines joined; `nil` for the front matter (the summary).
    public var title: String?
    /// The page the heading stands on.
    public var page: Int
    public var start: Int
}

/// One sentence of running text (headings, page headers and URLs are never sentences).
public struct Sentence: Sendable, Equatable {
    /// Position in the document, from 0.
    public var ordinal: Int
    /// The page where the sentence starts.
    public var page: Int
    public var section: Int
    /// The paragraph (or summary bullet), from 0 in the document.
    public var paragraph: Int
    /// The sentence with wrapped lines joined and whitespace collapsed.
    public var text: String
    public var start: Int
    public var end: Int
}

/// One footnote: a URL from the block at the foot of a page, in the order of its lost marker.
public struct Footnote: Sendable, Equatable {
    public var page: Int
    /// 1-based position among the footnotes of its page.
    public var ordinal: Int
    public var url: String
    /// The 1-based line of its first URL line in the text file.
    public var line: Int
    /// How many consecutive identical URL lines were collapsed into this footnote.
    public var lineCount: Int
}
