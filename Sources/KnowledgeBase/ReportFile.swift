import Foundation

/// Reads a report file, refusing what is not the UTF-8 text of a report with a message that says
/// what the file looks like instead.
public enum ReportFile {
    /// One report must fit comfortably in memory: it is parsed whole.
    public static let maximumBytes = 64_000_000

    /// The text of the report at `url`, without a UTF-8 byte-order mark.
    public static func read(_ url: URL) throws -> String {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw KnowledgeBaseError.inputMissing(path: path)
        }
        if isDirectory.boolValue { throw KnowledgeBaseError.inputIsDirectory(path: path) }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
        if size > maximumBytes { throw KnowledgeBaseError.inputTooLarge(path: path, bytes: size, limit: maximumBytes) }
        guard let data = FileManager.default.contents(atPath: path) else { throw KnowledgeBaseError.inputUnreadable(path: path) }
        if data.isEmpty { throw KnowledgeBaseError.inputEmpty(path: path) }
        let bytes = [UInt8](data)
        if let kind = binaryKind(bytes) { throw KnowledgeBaseError.inputBinary(path: path, kind: kind) }
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        guard let text = String(validating: bytes[start...], as: UTF8.self) else {
            throw KnowledgeBaseError.inputNotUTF8(path: path, guess: encodingGuess(bytes))
        }
        if text.allSatisfy(\.isWhitespace) { throw KnowledgeBaseError.inputEmpty(path: path) }
        return text
    }

    /// What a binary file looks like, from its first bytes; `nil` for text.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0x25, 0x50, 0x44, 0x46], "a PDF file: extract its text first, e.g. pdftotext"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image"), ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive or office document"),
            ([0x1F, 0x8B], "gzip-compressed data"), ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65], "an SQLite database"),
            ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
        ]
        for (signature, kind) in signatures where bytes.starts(with: signature) { return kind }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        if bytes.prefix(65_536).contains(0) { return "it contains NUL bytes" }
        return nil
    }

    /// A guess at the encoding of text that is not UTF-8.
    static func encodingGuess(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return "it looks like UTF-16; convert it with iconv -f UTF-16 -t UTF-8"
        }
        let high = bytes.filter { $0 >= 0x80 }
        if !high.isEmpty && high.allSatisfy({ $0 >= 0xA0 || [0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x9C].contains($0) }) {
            return "it looks like Latin-1 or Windows-1252; convert it with iconv -f WINDOWS-1252 -t UTF-8"
        }
        return "its encoding is unknown; convert it to UTF-8"
    }
}
