import Foundation
import KnowledgeBase
#if canImport(Glibc)
import Glibc
#endif

/// `make bench`: ingests corpora of N reports made by deterministic variation of the bundled one,
/// with the release `kb` beside this program, and measures ingest speed, peak memory, database size,
/// and the latency of the library's queries and of `kb relations Armenia` as a whole process.
/// Prints a table and writes the same figures to `bench-results.json`.
///
///     kb-bench [--sizes 1,100,1000] [--out bench-results.json] [--work DIR] [--reuse yes]
@main struct Bench {
    static func main() throws {
        var sizes = [1, 100, 1000]
        var output = "bench-results.json"
        var work = FileManager.default.temporaryDirectory.appendingPathComponent("kb-bench").path
        // --reuse yes: measure the queries on the databases of the last run, without ingesting again.
        var reuse = false
        var arguments = CommandLine.arguments.dropFirst()
        while let flag = arguments.popFirst() {
            guard let value = arguments.popFirst() else { fail("\(flag) needs a value") }
            switch flag {
            case "--sizes": sizes = value.split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
            case "--out": output = value
            case "--work": work = value
            case "--reuse": reuse = value == "yes"
            default: fail("unknown option \(flag); use --sizes 1,100,1000, --out FILE, --work DIR, --reuse yes")
            }
        }
        guard let largest = sizes.max() else { fail("--sizes needs at least one number") }
        let kb = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("kb").path
        guard FileManager.default.isExecutableFile(atPath: kb) else { fail("no kb beside kb-bench: build it with swift build -c release") }
        let report = URL(fileURLWithPath: "data/reports/ras-nsa-22-2023-02-recompositions-post-sovietiques.txt")
        guard let original = try? String(contentsOf: report, encoding: .utf8) else { fail("run from the repository: no \(report.path)") }

        let folder = URL(fileURLWithPath: work)
        if !reuse { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        let generation = Date()
        var files: [String] = []
        var bytes: [Int] = []
        for k in 1...largest {
            let path = folder.appendingPathComponent("corpus/report-\(String(format: "%04d", k)).txt").path
            let text = reuse ? try String(contentsOfFile: path, encoding: .utf8) : Corpus.variant(of: original, number: k)
            if !reuse { try text.write(toFile: path, atomically: false, encoding: .utf8) }
            files.append(path)
            bytes.append(text.utf8.count)
        }
        print(String(format: "corpus: %d reports, %.1f MB, generated in %.1f s in %@", largest,
                     Double(bytes.reduce(0, +)) / 1e6, Date().timeIntervalSince(generation), folder.path))

        var results: [[String: Any]] = []
        for n in sizes.sorted() {
            let db = folder.appendingPathComponent("kb-\(n).sqlite").path
            let input = bytes.prefix(n).reduce(0, +)
            let ingest = reuse ? (status: 0, seconds: Double.nan, peakRSSKilobytes: 0) : try Process.measure(kb, ["ingest", "--db", db] + files.prefix(n))
            guard ingest.status == 0 else { fail("kb ingest failed at N = \(n)") }
            let size = ["", "-wal"].compactMap { (try? FileManager.default.attributesOfItem(atPath: db + $0))?[.size] as? Int }.reduce(0, +)

            let knowledgeBase = try KnowledgeBase.open(path: db, create: false)
            let relations = try Latency.measure { _ = try knowledgeBase.relations(of: "Armenia") }
            let search = try Latency.measure { _ = try knowledgeBase.search("armenie azerbaidjan") }
            let whole = try Latency.measure(runs: 20) {
                guard try Process.measure(kb, ["relations", "Armenia", "--db", db]).status == 0 else { fail("kb relations failed") }
            }
            var row: [String: Any] = [
                "reports": n, "input_mb": Double(input) / 1e6, "ingest_seconds": ingest.seconds,
                "ingest_mb_per_s": Double(input) / 1e6 / ingest.seconds, "ms_per_report": ingest.seconds * 1000 / Double(n),
                "peak_rss_mb": Double(ingest.peakRSSKilobytes) / 1024, "database_mb": Double(size) / 1e6,
                "database_to_input": Double(size) / Double(input),
                "relations_ms_median": relations.median, "relations_ms_p99": relations.p99,
                "search_ms_median": search.median, "search_ms_p99": search.p99,
                "kb_relations_process_ms_median": whole.median,
            ]
            if reuse {
                // Nothing was ingested: no ingest figures.
                for key in ["ingest_seconds", "ingest_mb_per_s", "ms_per_report", "peak_rss_mb"] { row[key] = NSNull() }
            }
            results.append(row)
            print(String(format: "N = %d: %.1f s, %.2f MB/s, %.1f MB peak", n, ingest.seconds, Double(input) / 1e6 / ingest.seconds,
                         Double(ingest.peakRSSKilobytes) / 1024))
        }
        print()
        print(Table.render(results))
        let document: [String: Any] = ["machine": Machine.description(), "date": ISO8601DateFormatter().string(from: Date()),
                                        "kb": kb, "results": results]
        let json = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
        try json.write(to: URL(fileURLWithPath: output))
        print("\nwritten to \(output) · \(Machine.description())")
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("kb-bench: \(message)\n".utf8))
        exit(1)
    }
}

/// Reports made from the bundled one, each distinct (nothing is deduplicated) with the same density
/// of names, dates and URLs: states of the region trade places, years shift, and each URL gets the
/// copy's number in its path.
enum Corpus {
    static let swaps: [(String, String)] = [
        ("Kazakhstan", "Ouzbékistan"), ("Kirghizstan", "Tadjikistan"), ("Arménie", "Géorgie"), ("Moldavie", "Lettonie"),
        ("Biélorussie", "Lituanie"), ("Azerbaïdjan", "Turkménistan"), ("Erevan", "Tbilissi"), ("Astana", "Bichkek"),
    ]

    static func variant(of text: String, number k: Int) -> String {
        guard k > 1 else { return text }
        var result = text
        // Two pairs of names trade places, chosen by the copy's number.
        for (a, b) in [swaps[k % swaps.count], swaps[(k / swaps.count) % swaps.count]] where a != b {
            result = result.replacingOccurrences(of: a, with: "\u{1}").replacingOccurrences(of: b, with: a)
                .replacingOccurrences(of: "\u{1}", with: b)
        }
        // Years from 1950 to 2029 shift by 0 to 3, and each URL names its copy.
        var out = [UInt8]()
        let bytes = Array(result.utf8)
        out.reserveCapacity(bytes.count + 4096)
        let shift = UInt8(k % 4)
        var i = 0
        func isDigit(_ j: Int) -> Bool { j >= 0 && j < bytes.count && bytes[j] >= 0x30 && bytes[j] <= 0x39 }
        while i < bytes.count {
            if i + 4 <= bytes.count, !isDigit(i - 1), !isDigit(i + 4), (0..<4).allSatisfy({ isDigit(i + $0) }),
               let year = Int(String(decoding: bytes[i..<(i + 4)], as: UTF8.self)), (1950...2029).contains(year) {
                out.append(contentsOf: Array(String(year + Int(shift)).utf8))
                i += 4
                continue
            }
            if bytes[i...].starts(with: Array("http".utf8)), i == 0 || bytes[i - 1] == 0x0A {
                // The URL line: its host, then the copy's number as the first path segment.
                var end = i
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                var line = String(decoding: bytes[i..<end], as: UTF8.self)
                if let scheme = line.range(of: "://"), let slash = line[scheme.upperBound...].firstIndex(of: "/") {
                    line.insert(contentsOf: "/copy-\(k)", at: slash)
                }
                out.append(contentsOf: Array(line.utf8))
                i = end
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Median and 99th percentile of repeated calls, in milliseconds, after one warm-up call.
struct Latency {
    var median: Double
    var p99: Double

    static func measure(runs: Int = 200, seconds: Double = 10, _ body: () throws -> Void) rethrows -> Latency {
        try body()
        var samples: [Double] = []
        let deadline = Date().addingTimeInterval(seconds)
        while samples.count < runs && (samples.count < 5 || Date() < deadline) {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        samples.sort()
        return Latency(median: samples[samples.count / 2], p99: samples[min(samples.count - 1, Int((Double(samples.count) * 0.99).rounded(.up)) - 1)])
    }
}

extension Process {
    /// Runs `executable` with `arguments`, its output discarded: exit status, wall seconds, and the
    /// child's peak resident memory (`wait4`'s `ru_maxrss`, kilobytes).
    static func measure(_ executable: String, _ arguments: [String]) throws -> (status: Int32, seconds: Double, peakRSSKilobytes: Int) {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { Bench.fail("cannot start \(executable)") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exited = (status & 0x7f) == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), seconds, usage.ru_maxrss)
    }
}

enum Machine {
    static func description() -> String {
        var name = utsname()
        uname(&name)
        let machine = withUnsafeBytes(of: &name.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let release = withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
            .first { $0.hasPrefix("model name") }.map { $0.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let memory = ProcessInfo.processInfo.physicalMemory / 1_073_741_824
        return "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpu), \(memory) GiB, Linux \(release) \(machine)"
    }
}

enum Table {
    static let columns: [(String, String, String)] = [
        ("reports", "N", "%.0f"), ("input_mb", "INPUT MB", "%.1f"), ("ingest_seconds", "INGEST S", "%.2f"),
        ("ingest_mb_per_s", "MB/S", "%.2f"), ("ms_per_report", "MS/REPORT", "%.1f"), ("peak_rss_mb", "PEAK MB", "%.0f"),
        ("database_to_input", "DB/INPUT", "%.2f"), ("relations_ms_median", "RELATIONS MS", "%.2f"),
        ("relations_ms_p99", "P99", "%.2f"), ("search_ms_median", "SEARCH MS", "%.2f"), ("search_ms_p99", "P99", "%.2f"),
        ("kb_relations_process_ms_median", "KB RELATIONS MS", "%.1f"),
    ]

    static func render(_ rows: [[String: Any]]) -> String {
        let cells = rows.map { row in
            columns.map { key, _, format in
                if let d = row[key] as? Double { return String(format: format, d) }
                if let i = row[key] as? Int { return String(i) }
                return "-"
            }
        }
        let widths = columns.indices.map { c in ([columns[c].1] + cells.map { $0[c] }).map(\.count).max()! }
        func line(_ fields: [String]) -> String {
            fields.enumerated().map { c, f in String(repeating: " ", count: widths[c] - f.count) + f }.joined(separator: "  ")
        }
        return ([line(columns.map(\.1))] + cells.map(line)).joined(separator: "\n")
    }
}
