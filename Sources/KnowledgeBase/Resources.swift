import Foundation

/// Where kb finds its schema migrations (`schema/*.sql`) and its data (`data/`: gazetteer, lexicons,
/// bundled reports). Both are plain files, so an analyst can read and extend them without rebuilding.
public struct Resources: Sendable, Equatable {
    /// The folder holding `schema/` and `data/`.
    public var root: URL

    public init(root: URL) {
        self.root = root
    }

    public var schemaDirectory: URL { root.appendingPathComponent("schema") }
    public var dataDirectory: URL { root.appendingPathComponent("data") }
    public var reportsDirectory: URL { dataDirectory.appendingPathComponent("reports") }

    /// The first of: `$KB_HOME`; `../share/kb` beside the running executable (what `make install`
    /// lays out); the source tree this library was built from.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Resources {
        var candidates: [URL] = []
        if let home = environment["KB_HOME"], !home.isEmpty { candidates.append(URL(fileURLWithPath: home)) }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("share/kb"))
        candidates.append(sourceTree)
        for candidate in candidates {
            let resources = Resources(root: candidate)
            if FileManager.default.fileExists(atPath: resources.schemaDirectory.appendingPathComponent("0001_initial.sql").path) {
                return resources
            }
        }
        throw KnowledgeBaseError.resourcesNotFound(searched: candidates.map(\.path))
    }

    /// The repository this file belongs to (Sources/KnowledgeBase/Resources.swift → ../../..).
    static let sourceTree = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
