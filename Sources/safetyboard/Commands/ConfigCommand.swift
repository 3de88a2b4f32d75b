import ArgumentParser
import Dashboard
import Foundation

/// `safetyboard config show|check|init`: the console's config file (`config.toml`).
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "The console's config file: show what is in force, check a file, write a default one.",
        subcommands: [Show.self, Check.self, Init.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: """
            Print every effective setting and where it came from: default, FILE:LINE, an option, or the environment.
            """)
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: ConsoleSettingOptions

        func run() throws {
            let path = global.configPath
            let settings = try options.effective(global)
            let found = FileManager.default.fileExists(atPath: path)
            print("config file: \(path)" + (found ? "" : " (none: built-in defaults; `safetyboard config init` writes one)"))
            print(SettingsReport.text(settings))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: """
            Check a config file: exit 0 with "FILE: ok", or 1 with one line per problem (FILE:LINE: KEY: what is wrong).
            """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The file to check.")
        var file: String

        func run() throws {
            do {
                _ = try ConfigFile.read(file, mustExist: true)
            } catch {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                throw ExitCode(1)
            }
            print("\(file): ok")
        }
    }

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: """
            Write a commented default config file at --config or the default path; refuses to overwrite one.
            """)
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let path = global.configPath
            guard !FileManager.default.fileExists(atPath: path) else {
                throw CommandFailure("\(path) exists; not overwritten — edit it, or move it away and run `config init` again")
            }
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            // O_EXCL: a file made between the check and the write is not overwritten either.
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            guard descriptor >= 0 else {
                throw CommandFailure("cannot create \(path): \(String(cString: strerror(errno)))")
            }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            try handle.write(contentsOf: Data(ConfigTemplate.text.utf8))
            try handle.close()
            print("wrote \(path)")
        }
    }
}
