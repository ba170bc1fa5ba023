import Foundation
import FuzzSupport
import KBParsing
import KBExtraction

/// libFuzzer target for the date parser: any bytes, decoded as UTF-8 and read as a sentence of each
/// language of `data/lexicon/dates.tsv`, must give dates without a crash, each a span of the sentence
/// whose EDTF value has bounds in order.
///
/// `make fuzz` builds it with `-sanitize=fuzzer` and `-DFUZZING`; without them (`swift build`), it is
/// a replayer: `fuzz-dates FILE…` runs each file through the same check (the regression files under
/// `Tests/Fuzz/`).
enum FuzzDates {
    static let finder: DateFinder = {
        let data = FuzzSupport.dataDirectory
        guard let parsing = try? ParsingLexicon(dataDirectory: data), let lexicon = try? DateLexicon(dataDirectory: data, lexicon: parsing) else {
            fatalError("no \(data.path): run from the repository or set KB_HOME")
        }
        return DateFinder(lexicon: lexicon)
    }()
    static let documentDate = DatePoint(year: 2023, month: 2)
    static let context = (DateValue.point(DatePoint(year: 2022, month: 9)), "fuzz")

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        let sentence = String(decoding: bytes, as: UTF8.self)
        let length = sentence.unicodeScalars.count
        for language in finder.lexicon.languageCodes {
            for context in [nil, Self.context] {
                for mention in finder.dates(in: sentence, language: language, documentDate: documentDate, context: context) {
                    precondition(0 <= mention.start && mention.start < mention.end && mention.end <= length, "date outside the sentence")
                    let bounds = mention.value.bounds
                    precondition(bounds.start <= bounds.end, "\(mention.value.edtf) ends before it starts")
                    precondition(EDTF.bounds(mention.value.edtf) != nil, "\(mention.value.edtf) is not EDTF kb can bound")
                }
            }
        }
    }
}

/// The input libFuzzer generates, checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    FuzzDates.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@main struct Main {
    static func main() throws { try FuzzSupport.main(fuzzDates) }
}
