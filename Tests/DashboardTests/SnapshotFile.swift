import Foundation
import TerminalUI
import Testing

/// Expected renderings kept as text under `Snapshots/`, next to this file.
///
/// A snapshot holds the canvas text (trailing spaces trimmed; widths are checked by other
/// tests) and the monochrome attributes of every cell (see ``ScreenText/monochrome(_:)``), so
/// it pins what a colourless terminal shows as well as the words. A missing file is recorded
/// and the test fails, so a snapshot never passes without having been looked at; run with
/// `SNAPSHOT_RECORD=1` to re-record after an intended change (those runs fail too).
enum SnapshotFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" }

    /// The file contents for `canvas`.
    static func render(_ canvas: Canvas, named name: String) -> String {
        let text = ScreenText.lines(canvas).map { line in
            var trimmed = line
            while trimmed.last == " " { trimmed.removeLast() }
            return trimmed
        }
        return (["# \(name) \(canvas.size)"] + text
            + ["# monochrome attributes per column: 1 bold, 2 reverse, 4 underline, 8 dim (summed, hex); . none"]
            + ScreenText.monochrome(canvas)).joined(separator: "\n") + "\n"
    }

    /// Compares `canvas` with `Snapshots/<name>.txt`, recording it when missing or asked to.
    static func check(_ canvas: Canvas, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        check(text: render(canvas, named: name), named: name, sourceLocation: sourceLocation)
    }

    /// Compares `actual` with `Snapshots/<name>.txt`, recording it when missing or asked to.
    static func check(text actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name + ".txt")
        let expected = try? String(contentsOf: file, encoding: .utf8)
        if isRecording || expected == nil {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try actual.write(to: file, atomically: true, encoding: .utf8)
                Issue.record("recorded snapshot \(file.path); check it and run again without SNAPSHOT_RECORD",
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected, expected != actual else { return }
        let actualFile = FileManager.default.temporaryDirectory.appendingPathComponent(name + ".actual.txt")
        try? actual.write(to: actualFile, atomically: true, encoding: .utf8)
        Issue.record("""
            snapshot \(name) differs \(firstDifference(expected, actual))
            the rendering is in \(actualFile.path) (SNAPSHOT_RECORD=1 re-records)
            """, sourceLocation: sourceLocation)
    }

    private static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.components(separatedBy: "\n")
        let b = actual.components(separatedBy: "\n")
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? a[index] : "<none>"
            let right = index < b.count ? b[index] : "<none>"
            if left != right { return "at line \(index + 1):\n  expected: \(left)\n  actual:   \(right)" }
        }
        return ""
    }
}
