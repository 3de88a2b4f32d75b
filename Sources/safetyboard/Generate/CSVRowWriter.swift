import Foundation

/// Writes CSV rows to a file through a large buffer: the generator writes hundreds of
/// megabytes, and one `write` per row would spend its time in system calls.
final class CSVRowWriter {
    private let handle: FileHandle
    private var buffer = [UInt8]()
    private(set) var rows = 0

    init(path: String, header: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CommandFailure("cannot create \(path) — check that the folder exists and is writable")
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        buffer.reserveCapacity(1 << 20)
        buffer.append(contentsOf: header.utf8)
        buffer.append(0x0A)
    }

    /// Appends one row; fields must not need quoting (the generator never puts commas,
    /// quotes or newlines in them).
    func row(_ fields: [String]) throws {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(0x2C) }
            buffer.append(contentsOf: field.utf8)
        }
        buffer.append(0x0A)
        rows += 1
        if buffer.count >= 1 << 20 { try flush() }
    }

    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
