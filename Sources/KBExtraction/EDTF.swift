import Foundation

/// The subset of EDTF (ISO 8601-2) kb reads back: `2022`, `2022-09`, `2022-09-24`, a decade `199X`,
/// with an optional `~` (approximate) or `?` (uncertain), and intervals `2020/2022`, `1991/..`, `../2020`
/// (an open end is `0000-01-01` or `9999-12-31`).
public enum EDTF {
    /// The earliest and latest ISO dates `value` allows, or `nil` when it is not EDTF kb reads.
    public static func bounds(_ value: String) -> (start: String, end: String)? {
        if let slash = value.firstIndex(of: "/") {
            let left = String(value[..<slash]), right = String(value[value.index(after: slash)...])
            guard left != ".." || right != ".." else { return nil }
            let a = left == ".." ? ("0000-01-01", "0000-01-01") : bounds(left)
            let b = right == ".." ? ("9999-12-31", "9999-12-31") : bounds(right)
            guard let a, let b, a.0 <= b.1 else { return nil }
            return (a.0, b.1)
        }
        var core = value
        while let last = core.last, last == "~" || last == "?" || last == "%" { core.removeLast() }
        if core.count == 4, core.hasSuffix("X"), let decade = Int(core.dropLast()) {
            return (String(format: "%03d0-01-01", decade), String(format: "%03d9-12-31", decade))
        }
        let parts = core.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        guard parts.dropFirst().allSatisfy({ $0.count == 2 && Int($0) != nil }) else { return nil }
        let month = parts.count > 1 ? Int(parts[1])! : nil
        let day = parts.count > 2 ? Int(parts[2])! : nil
        if let month, !(1...12).contains(month) { return nil }
        let y = String(format: "%04d", year)
        switch (month, day) {
        case (nil, _): return ("\(y)-01-01", "\(y)-12-31")
        case (let m?, nil):
            return (String(format: "%@-%02d-01", y, m), String(format: "%@-%02d-%02d", y, m, daysIn(month: m, year: year)))
        case (let m?, let d?):
            guard (1...daysIn(month: m, year: year)).contains(d) else { return nil }
            let iso = String(format: "%@-%02d-%02d", y, m, d)
            return (iso, iso)
        }
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
