import Foundation

/// Runs the built `kb` executable, as a user would.
struct CLI {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `kb` beside the test bundle (`swift build` puts both in the same folder).
    static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("kb")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            if folder.pathExtension == "xctest" || folder.lastPathComponent == "MacOS" || folder.lastPathComponent == "Contents" {
                folder = folder.deletingLastPathComponent()
            } else {
                break
            }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/kb")
    }()

    /// Runs `kb arguments…` in `directory` (the repository by default) with `environment` added.
    @discardableResult
    /// `unprivileged` runs it as `nobody` when the tests run as root, for whom no file is read-only.
    static func run(_ arguments: [String], in directory: URL = repositoryRoot, environment: [String: String] = [:],
                    unprivileged: Bool = false) throws -> Output {
        let process = Process()
        if unprivileged && getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "KB_DB")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryFolder() -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-cli-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Starts `kb` in the background, its output discarded (an ingest to kill or to race).
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// A long report: the bundled one `copies` times, each copy made distinct, written in `folder`.
    static func longReport(copies: Int, in folder: URL) throws -> URL {
        let report = try String(contentsOf: repositoryRoot.appendingPathComponent("data/reports/ras-nsa-22-2023-02-recompositions-post-sovietiques.txt"), encoding: .utf8)
        let long = (1...copies).map { report.replacingOccurrences(of: "Arménie", with: "Arménie\u{200B}" + String(repeating: " ", count: $0)) }.joined(separator: "\n")
        let input = folder.appendingPathComponent("long.txt")
        try long.write(to: input, atomically: true, encoding: .utf8)
        return input
    }

    /// The bytes of the database file and its WAL, to prove a command left them as they were.
    static func snapshot(_ path: String) -> [Data?] {
        [path, path + "-wal"].map { FileManager.default.contents(atPath: $0) }
    }
}
