/// Accent- and case-folding used wherever kb compares words: `Arménie` → `armenie`, `Œuvre` → `oeuvre`,
/// and the typographic apostrophe `’` → `'`.
public enum Folding {
    /// The folded form of `text`: lowercase, diacritics removed, ligatures expanded.
    public static func fold<S: StringProtocol>(_ text: S) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { appendFolded(scalar, to: &out) }
        return String(out)
    }

    /// Appends the folded form of one scalar (zero, one or two scalars).
    @inline(__always)
    public static func appendFolded(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { out.append(Unicode.Scalar(v + 32)!) } else { out.append(scalar) }
            return
        }
        switch v {
        case 0x2019, 0x2018, 0x02BC: out.append("'")
        case 0x0152, 0x0153: out.append("o"); out.append("e")
        case 0x00C6, 0x00E6: out.append("a"); out.append("e")
        case 0x00DF: out.append("s"); out.append("s")
        case 0x00A0, 0x202F, 0x2009: out.append(" ")
        default:
            if let base = baseLetter[v] { out.append(base); return }
            // Combining marks (U+0300–U+036F) vanish; other scalars are lowercased as they are.
            if v >= 0x0300 && v <= 0x036F { return }
            for lower in String(scalar).lowercased().unicodeScalars { out.append(lower) }
        }
    }

    /// Latin-1 and Latin Extended-A letters with diacritics, mapped to their lowercase base letter.
    static let baseLetter: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        let groups: [(String, Unicode.Scalar)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđ", "d"),
            ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"),
            ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"),
            ("ÑñŃńŅņŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
            ("ŚśŜŝŞşŠšȘș", "s"), ("ŢţŤťŦŧȚț", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"),
            ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"),
        ]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = base }
        }
        return table
    }()
}
