import Foundation

/// The publication date a news URL carries: `/2022/11/22/`, `/2022-11-22`, `20221001`, `/2022/09/`.
public enum URLDate {
    public static func of(_ url: String) -> DatePoint? {
        let s = Array(url.unicodeScalars)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from >= 0, from + count <= s.count else { return nil }
            var n = 0
            for c in s[from..<(from + count)] {
                guard let d = c.properties.numericType != nil ? Int(String(c)) : nil else { return nil }
                n = n * 10 + d
            }
            return n
        }
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < s.count && ("0"..."9").contains(s[i]) }
        func valid(_ y: Int, _ m: Int, _ d: Int?) -> DatePoint? {
            guard (1990...2100).contains(y), (1...12).contains(m) else { return nil }
            if let d { guard (1...EDTF.daysIn(month: m, year: y)).contains(d) else { return nil } }
            return DatePoint(year: y, month: m, day: d)
        }
        var i = 0
        while i < s.count {
            // A run of digits not inside a longer number.
            guard isDigit(i), !isDigit(i - 1) else { i += 1; continue }
            var j = i
            while isDigit(j) { j += 1 }
            let run = j - i
            if run == 8, let y = number(i, 4), let m = number(i + 4, 2), let d = number(i + 6, 2), let p = valid(y, m, d) { return p }
            if run == 4, let y = number(i, 4), j < s.count, s[j] == "/" || s[j] == "-", isDigit(j + 1), isDigit(j + 2), !isDigit(j + 3),
               let m = number(j + 1, 2) {
                let k = j + 3
                if k < s.count, s[k] == s[j], isDigit(k + 1), isDigit(k + 2), !isDigit(k + 3), let d = number(k + 1, 2), let p = valid(y, m, d) { return p }
                if s[j] == "/", let p = valid(y, m, nil) { return p }
            }
            i = j
        }
        return nil
    }
}
