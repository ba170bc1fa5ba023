import Foundation

/// What can go wrong when opening, filling or querying a knowledge base. Messages are one line, name
/// the file or value at fault and what to do; they never print row values.
public enum KnowledgeBaseError: Error, Equatable, CustomStringConvertible, LocalizedError {
    case resourcesNotFound(searched: [String])
    case notAKnowledgeBase(path: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case unreadableDatabase(path: String, reason: String)
    case inputMissing(path: String)
    case inputIsDirectory(path: String)
    case inputEmpty(path: String)
    case inputBinary(path: String, kind: String)
    case inputNotUTF8(path: String, guess: String)
    case inputTooLarge(path: String, bytes: Int, limit: Int)
    case inputUnreadable(path: String)
    case inputHasNoText(path: String)
    case noReports(directory: String)
    case invalidDate(String)
    case unknownEntity(name: String, suggestions: [String])
    case ambiguousEntity(name: String, candidates: [String])
    case invalidData(String)
    case unknownEventType(String, known: [String])
    case unknownRelationType(String, known: [String])
    case refusedQuery(String)
    case invalidQuery(String)
    case invalidRange(from: String, to: String)
    case olderSchema(path: String, found: Int, current: Int)
    case badBackup(path: String, reason: String)
    case destinationExists(path: String)
    case readOnlyDatabase(path: String)
    case cannotCreateDatabase(path: String)

    public var description: String {
        switch self {
        case .resourcesNotFound(let searched):
            return "cannot find kb's schema and data (looked in \(searched.joined(separator: ", "))); set KB_HOME to the folder holding schema/ and data/"
        case .notAKnowledgeBase(let path):
            return "\(path) is not a kb database; choose another --db path"
        case .newerSchema(let path, let found, let supported):
            return "\(path) has schema version \(found), newer than the \(supported) this kb supports; upgrade kb"
        case .unreadableDatabase(let path, let reason):
            return "cannot open \(path): \(reason)"
        case .inputMissing(let path):
            return "\(path): no such file"
        case .inputIsDirectory(let path):
            return "\(path) is a directory; give report files, or no argument to ingest data/reports/"
        case .inputEmpty(let path):
            return "\(path) is empty"
        case .inputBinary(let path, let kind):
            return "\(path) is not text (\(kind)); give the text extracted from the report's PDF"
        case .inputNotUTF8(let path, let guess):
            return "\(path) is not UTF-8: \(guess)"
        case .inputTooLarge(let path, let bytes, let limit):
            return "\(path) is \(bytes / 1_000_000) MB, over the \(limit / 1_000_000) MB limit for one report; split it"
        case .inputUnreadable(let path):
            return "cannot read \(path)"
        case .inputHasNoText(let path):
            return "\(path) holds no sentences to ingest"
        case .noReports(let directory):
            return "no reports (.txt files) in \(directory)"
        case .invalidDate(let value):
            return "invalid date '\(value)'; use YYYY, YYYY-MM or YYYY-MM-DD (EDTF)"
        case .unknownEntity(let name, let suggestions):
            if suggestions.isEmpty { return "no entity named '\(name)'; try its English or French name, e.g. Armenia or Arménie" }
            return "no entity named '\(name)'; did you mean \(suggestions.joined(separator: ", "))?"
        case .ambiguousEntity(let name, let candidates):
            return "'\(name)' names several entities: \(candidates.joined(separator: ", ")); use one of these names or keys"
        case .invalidData(let reason):
            return "invalid data file: \(reason)"
        case .invalidRange(let from, let to):
            return "--from \(from) is after --to \(to)"
        case .olderSchema(let path, let found, let current):
            return "\(path) has schema version \(found), older than \(current): run `kb stats --db \(path)` once to upgrade it"
        case .invalidQuery(let reason):
            return "invalid SQL: \(reason)"
        case .refusedQuery(let reason):
            return "query refused: \(reason); kb sql runs one read-only query (SELECT) and never changes the file"
        case .badBackup(let path, let reason):
            return "\(path) is not a sound kb database: \(reason)"
        case .destinationExists(let path):
            return "\(path) already exists; use --force to replace it"
        case .readOnlyDatabase(let path):
            return "\(path) is read-only; kb cannot write it: make it writable or choose another --db path"
        case .cannotCreateDatabase(let path):
            return "cannot create \(path): its folder is read-only; choose another --db path"
        case .unknownRelationType(let name, let known):
            return "no relation type '\(name)'; use one of \(known.joined(separator: ", "))"
        case .unknownEventType(let name, let known):
            return "no event type '\(name)'; use one of \(known.joined(separator: ", "))"
        }
    }

    public var errorDescription: String? { description }
}
