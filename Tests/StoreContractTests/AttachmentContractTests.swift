import Foundation
import SafetyCore
import SafetyStore
import Testing

/// Evidence files: recorded by path, SHA-256 and size, checked against the file whenever read.
struct AttachmentContractTests {
    /// SHA-256 of "消防通道已清理\n" in UTF-8 (as `sha256sum` prints it).
    static let text = "消防通道已清理\n"

    @Test(arguments: StoreBackend.all)
    func anAttachedFileIsFlaggedWhenItChangesOrGoes(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let path = try fixture.write("photo.txt", Self.text)
        let attached = try fixture.store.attach("H2", file: path, note: "整改后照片", stamp: StoreFixture.stamp)
        #expect(attached.size == Int64(Self.text.utf8.count))
        #expect(attached.sha256.count == 64 && attached.sha256.allSatisfy(\.isHexDigit))
        #expect(try fixture.store.attachments(of: "H2").map(\.state) == [.intact])
        let audit = try #require(try fixture.store.hazardHistory("H2").last)
        #expect(audit.action == "attach")
        #expect(audit.after?.contains(attached.sha256) == true)
        #expect(audit.note == "整改后照片")

        try Data("另一张照片\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try fixture.store.attachments(of: "H2").map(\.state) == [.changed])
        try Data(Self.text.utf8).write(to: URL(fileURLWithPath: path))
        #expect(try fixture.store.attachments(of: "H2").map(\.state) == [.intact], "the same bytes again are the file attached")
        try FileManager.default.removeItem(atPath: path)
        #expect(try fixture.store.attachments(of: "H2").map(\.state) == [.missing])
        #expect(try fixture.store.attachments(of: "H3").isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func aMissingFileOrAnUnknownHazardIsRefusedAndNothingChanges(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let before = try fixture.state()
        let missing = fixture.scratch.appendingPathComponent("none.jpg").path
        #expect(throws: AttachmentError(path: missing, reason: "there is no readable file there")) {
            try fixture.store.attach("H2", file: missing, note: nil, stamp: StoreFixture.stamp)
        }
        #expect(throws: AttachmentError.self) { try fixture.store.attach("H2", file: fixture.scratch.path, note: nil, stamp: StoreFixture.stamp) }
        let path = try fixture.write("photo.txt", Self.text)
        #expect(throws: TriageError.notFound(hazard: "H404")) {
            try fixture.store.attach("H404", file: path, note: nil, stamp: StoreFixture.stamp)
        }
        #expect(try fixture.state() == before)
        #expect(try fixture.store.attachments(of: "H2").isEmpty)
    }
}
