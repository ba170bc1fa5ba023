import ArgumentParser
import Foundation
import KnowledgeBase

/// `--db PATH`, shared by every command.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The knowledge base file.", discussion: "Default: $KB_DB, else ./kb.sqlite.", valueName: "path"))
    var db: String?

    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["KB_DB"], !env.isEmpty { return env }
        return "kb.sqlite"
    }

    /// Opens the knowledge base for a query: it must exist already.
    func openExisting() throws -> KnowledgeBase {
        try KnowledgeBase.open(path: path, create: false)
    }

    /// Opens the knowledge base read-only, as it is: for commands that must not change the file.
    func openReadOnly() throws -> KnowledgeBase {
        try KnowledgeBase.openReadOnly(path: path)
    }
}

/// `--json`, shared by every command that lists things.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of an aligned table.")
    var json = false
}

enum JSON {
    static func print<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        Swift.print(String(decoding: data, as: UTF8.self))
    }
}

/// Runs `body`; a failure prints one line, `kb: <what went wrong>`, on stderr and exits 1.
func reportingFailure<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as KnowledgeBaseError {
        FileHandle.standardError.write(Data("kb: \(error.description)\n".utf8))
        if case .ambiguousEntity = error { throw ExitCode(2) }
        throw ExitCode(1)
    } catch let error as ExitCode {
        throw error
    } catch {
        FileHandle.standardError.write(Data("kb: \(error)\n".utf8))
        throw ExitCode(1)
    }
}

/// CSV output (RFC 4180 quoting).
enum CSV {
    static func field(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") }
}
