/// A plain-text table with aligned columns, for terminals.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []
    /// Columns wider than this are cut, with `…`.
    var maximumWidths: [Int: Int] = [:]
    /// Right-aligned columns (numbers).
    var rightAligned: Set<Int> = []

    init(_ headers: String...) {
        self.headers = headers
    }

    init(_ headers: [String]) {
        self.headers = headers
    }

    mutating func add(_ cells: String...) {
        rows.append(cells)
    }

    mutating func add(_ cells: [String]) {
        rows.append(cells)
    }

    func render() -> String {
        let cut = ([headers] + rows).map { row in
            row.enumerated().map { i, cell -> String in
                let flat = cell.replacingOccurrences(of: "\n", with: " ")
                guard let limit = maximumWidths[i], flat.count > limit else { return flat }
                return String(flat.prefix(limit - 1)) + "…"
            }
        }
        var widths = [Int](repeating: 0, count: headers.count)
        for row in cut { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return cut.enumerated().map { r, row in
            let line = row.enumerated().map { i, cell -> String in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                let text = r == 0 ? cell.uppercased() : cell
                if i == row.count - 1 && !rightAligned.contains(i) { return text }
                return rightAligned.contains(i) ? pad + text : text + pad
            }.joined(separator: "  ")
            return line
        }.joined(separator: "\n")
    }
}
