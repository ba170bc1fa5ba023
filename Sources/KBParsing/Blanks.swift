/// Spaces and tabs around a text, removed scalar by scalar: what `trimmingCharacters(in:
/// .whitespaces)` does, without Foundation's bridge to NSString (a hundred times slower, and kb trims
/// every line, alias and lexicon cell).
public enum Blanks {
    /// A tab or a space separator (Unicode's Zs: the space, no-break spaces, thin spaces…).
    @inline(__always) public static func isBlank(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || (c.value >= 0x80 && c.properties.generalCategory == .spaceSeparator)
    }

    /// The range of `scalars` in `range` without the blanks at either end.
    public static func trimmed(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end && isBlank(scalars[start]) { start += 1 }
        while end > start && isBlank(scalars[end - 1]) { end -= 1 }
        return start..<end
    }
}

extension StringProtocol {
    /// The text without the spaces and tabs around it.
    public func trimmingBlanks() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Blanks.isBlank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !Blanks.isBlank($0) })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
