import Foundation
import FuzzSupport
import KBParsing

/// libFuzzer target for the report parser: any bytes, decoded as UTF-8 the way kb reads a report,
/// must parse or be refused (`ReportParseError`) without a crash, and what the parser returns must
/// point inside the text it was given.
///
/// `make fuzz` builds it with `-sanitize=fuzzer` and `-DFUZZING`; without them (`swift build`), it is
/// a replayer: `fuzz-report FILE…` runs each file through the same check (the regression files under
/// `Tests/Fuzz/`).
enum FuzzReport {
    static let parser: ReportParser = {
        let data = FuzzSupport.dataDirectory
        guard let lexicon = try? ParsingLexicon(dataDirectory: data) else { fatalError("no \(data.path): run from the repository or set KB_HOME") }
        return ReportParser(lexicon: lexicon)
    }()

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let report = try? parser.parse(text) else { return }
        let length = report.text.unicodeScalars.count
        let pages = Set(report.pages.map(\.number))
        for sentence in report.sentences {
            precondition(sentence.start >= 0 && sentence.start <= sentence.end && sentence.end <= length, "sentence outside the text")
            precondition(pages.contains(sentence.page), "sentence on no page")
        }
        for footnote in report.footnotes {
            precondition(pages.contains(footnote.page), "footnote on no page")
        }
    }
}

/// The input libFuzzer generates, checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReport(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    FuzzReport.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@main struct Main {
    static func main() throws { try FuzzSupport.main(fuzzReport) }
}
