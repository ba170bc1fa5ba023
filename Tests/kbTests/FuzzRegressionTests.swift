import Foundation
import Testing

/// The inputs kept under `Tests/Fuzz/` — seeds, and every crash `make fuzz` found, once fixed — run
/// through the fuzz targets' own checks by their replayers (built beside `kb`).
@Suite struct FuzzRegressionTests {
    @Test(arguments: ["report", "dates"])
    func savedInputsPassTheFuzzChecks(target: String) throws {
        let folder = CLI.repositoryRoot.appendingPathComponent("Tests/Fuzz/\(target)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { folder.appendingPathComponent($0).path }
        #expect(files.count >= 2)
        let replayer = CLI.executable.deletingLastPathComponent().appendingPathComponent("fuzz-\(target)")
        let process = Process()
        process.executableURL = replayer
        process.arguments = files
        process.currentDirectoryURL = CLI.repositoryRoot
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "fuzz-\(target) crashed after: \(output.split(separator: "\n").last ?? "")")
        #expect(output.split(separator: "\n").count == files.count)
    }
}
