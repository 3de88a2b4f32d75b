import Foundation

/// The built `safetyboard` executable, run as a user would run it.
enum Binary {
    /// The repository root (for `data/`).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable beside the test bundle in the build folder.
    static var url: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("safetyboard")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return repository.appendingPathComponent(".build/debug/safetyboard")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary with `arguments`; the environment pins the language and the data folder.
    /// `executable` runs another program instead (`runuser`, which runs the binary as a login).
    static func run(_ arguments: [String], environment extra: [String: String] = [:], in directory: URL? = nil,
                    executable: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable.map(URL.init(fileURLWithPath:)) ?? url
        if let directory { process.currentDirectoryURL = directory }
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SAFETYBOARD_DATA"] = repository.appendingPathComponent("data").path
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "SAFETYBOARD_DB")
        // No officer's own config file: a test that wants one passes XDG_CONFIG_HOME or --config.
        environment["XDG_CONFIG_HOME"] = noConfigHome
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so a large output cannot fill the pipe and stall the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A config folder that holds no config file.
    static let noConfigHome = FileManager.default.temporaryDirectory.appendingPathComponent("sb-no-config-\(UUID().uuidString)").path

    /// A database made by `init` from the bundled data, in a new temporary folder.
    static func initializedDatabase(asOf day: String = "2026-11-22") throws -> String {
        let db = try temporaryDatabase()
        let created = try run(["init", "--db", db, "--as-of", day])
        guard created.status == 0 else { throw InitFailed(stderr: created.stderr) }
        return db
    }

    struct InitFailed: Error { var stderr: String }

    /// A path for a database file in a new temporary folder (the file is not created).
    static func temporaryDatabase() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sb-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("board.sqlite").path
    }
}
