import Foundation

/// What the fuzz targets share: where `data/` is, and a `main` that hands over to libFuzzer or replays
/// saved inputs.
public enum FuzzSupport {
    /// `$KB_HOME/data`, else `data/` in the current directory (make fuzz runs from the repository).
    public static var dataDirectory: URL {
        let home = ProcessInfo.processInfo.environment["KB_HOME"] ?? FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: home).appendingPathComponent("data")
    }

    /// The target's `LLVMFuzzerTestOneInput`.
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// Built with `-DFUZZING` (and `-sanitize=fuzzer`), runs libFuzzer with the process's arguments
    /// (`-max_total_time=60 CORPUS…`); otherwise replays each file named on the command line — the
    /// regression inputs under `Tests/Fuzz/`, or a crash libFuzzer saved — printing `ok  FILE` after each.
    public static func main(_ testOneInput: TestOneInput) throws {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, testOneInput))
        #else
        for path in CommandLine.arguments.dropFirst() {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            _ = bytes.withUnsafeBufferPointer { testOneInput($0.baseAddress, $0.count) }
            print("ok  \(path)")
        }
        #endif
    }
}

#if FUZZING
/// libFuzzer's driver (linked by `-sanitize=fuzzer`): SwiftPM gives an executable a `main` of its own,
/// so that `main` calls this one instead of libFuzzer's.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: FuzzSupport.TestOneInput) -> CInt
#endif
