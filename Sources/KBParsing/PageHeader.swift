import Foundation

/// The page-header block the PDF extraction leaves between two pages:
///
///     5.
///     Month 2021 - Issue #
///     Réseau d’analyse stratégique
///     Robert Sutherland Hall, Suite 403,
///     …
///     Recompositions géopolitiques dans l’espace post-soviétique : « l’étranger
///     proche » à l’épreuve de la guerre en Ukraine
///     Février 2023 - Numéro 22
///
/// It starts with a page number alone on its line (the number of the page that follows) and ends with
/// the issue line (`<month> <year> - <issue word> <number>`). Nothing in it is running text; the
/// document's metadata is read from it.
struct PageHeader {
    /// Index (in the line array) of the page-number line and of the issue line.
    var firstLine: Int
    var lastLine: Int
    /// The page number the block carries: the number of the page that follows it.
    var pageNumber: Int
    var metadata: ReportMetadata

    /// How far after the page number the issue line may stand.
    static let maximumLength = 40

    /// The header block starting at `index`, if one does.
    static func detect(at index: Int, lines: [SourceLine], scalars: [Unicode.Scalar], lexicon: ParsingLexicon) -> PageHeader? {
        let line = lines[index]
        guard line.kind == .text else { return nil }
        // A page number is a line of at most five digits and a dot: most lines are ruled out
        // without making a string of them.
        let digits = scalars[line.start..<line.end].filter { !$0.properties.isWhitespace }
        guard (1...5).contains(digits.count), digits.allSatisfy({ ("0"..."9").contains($0) || $0 == "." }) else { return nil }
        let words = Self.words(of: line, in: scalars)
        guard words.count == 1, let number = pageNumber(words[0]) else { return nil }
        var groups: [[String]] = []
        var current: [String] = []
        var last = index + 1
        while last < lines.count && last - index <= maximumLength {
            let candidate = lines[last]
            if candidate.kind == .url { return nil }
            if candidate.kind == .text {
                let text = Self.text(of: candidate, in: scalars)
                if let issueLine = IssueLine(Self.words(of: candidate, in: scalars), lexicon: lexicon) {
                    if let date = issueLine.date {
                        if !current.isEmpty { groups.append(current) }
                        var metadata = ReportMetadata()
                        metadata.date = date
                        metadata.issue = issueLine.issue
                        metadata.language = issueLine.language
                        // The first group names the publisher (its first line; the rest is its address),
                        // the last group is the report's title.
                        metadata.publisher = groups.first?.first
                        if groups.count > 1 { metadata.title = joinWrapped(groups.last!) }
                        return PageHeader(firstLine: index, lastLine: last, pageNumber: number, metadata: metadata)
                    }
                    // A template line ("Month 2021 - Issue #") closes a group without being kept.
                    if !current.isEmpty { groups.append(current); current = [] }
                } else if candidate.followsContent || current.isEmpty {
                    current.append(text)
                } else {
                    groups.append(current)
                    current = [text]
                }
            } else if candidate.kind == .blank, !current.isEmpty {
                groups.append(current)
                current = []
            }
            last += 1
        }
        return nil
    }

    /// `5.` or `5` → 5.
    private static func pageNumber(_ word: String) -> Int? {
        let digits = word.hasSuffix(".") ? String(word.dropLast()) : word
        guard (1...4).contains(digits.count), digits.allSatisfy(\.isASCII), let n = Int(digits), n > 0 else { return nil }
        return n
    }

    /// The line's text without the spaces around it.
    static func text(of line: SourceLine, in s: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[Blanks.trimmed(s, line.start..<line.end)])
        return String(view)
    }

    static func words(of line: SourceLine, in s: [Unicode.Scalar]) -> [String] {
        text(of: line, in: s).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    /// Joins a title's wrapped lines with one space.
    static func joinWrapped(_ lines: [String]) -> String {
        lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }
}

/// `Février 2023 - Numéro 22` (a date and an issue number) or `Month 2021 - Issue #` (a template).
struct IssueLine {
    /// EDTF year-month, or `nil` for a template line.
    var date: String?
    var issue: String?
    /// The language of the month name.
    var language: String?

    init?(_ words: [String], lexicon: ParsingLexicon) {
        // <month> <year> <dash> <issue word> <number or #>
        guard words.count >= 4, words.count <= 6 else { return nil }
        guard let dash = words.firstIndex(where: { $0 == "-" || $0 == "–" || $0 == "—" }), dash == 2 else { return nil }
        let issueWord = Folding.fold(words[3]).trimmingCharacters(in: .init(charactersIn: "."))
        guard lexicon.issueWords.contains(issueWord) else { return nil }
        let year = words[1]
        guard year.count == 4, let yearNumber = Int(year) else { return nil }
        let number = words.count > 4 ? words[4...].joined(separator: " ") : nil
        let month = Folding.fold(words[0])
        if let m = lexicon.months[month], let number, number.allSatisfy(\.isNumber) {
            date = String(format: "%04d-%02d", yearNumber, m)
            issue = number
            language = lexicon.monthLanguage[month]
        } else {
            date = nil
            issue = nil
        }
    }
}
