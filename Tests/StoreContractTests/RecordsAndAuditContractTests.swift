import StoreTestData
import Foundation
import SafetyCore
import SafetyStore
import Testing

/// Listings, the roster and the audit trail read the same on every backend, and the chain
/// stays whole when two connections append at once.
@Suite struct RecordsAndAuditContractTests {
    /// Every backend lists the same hazards in the same urgency order, page by page.
    @Test func everyBackendListsTheSameHazardsInTheSameOrder() throws {
        let lists = try StoreBackend.all.map { backend -> [Hazard] in
            let fixture = try StoreFixture(backend)
            try fixture.importFiles([("tied.csv", ContractData.tiedHazards)])
            return try fixture.allHazards(pageSize: 3)
        }
        #expect(lists.count == 2)
        #expect(Set(lists.map { $0.map(\.id) }).count == 1, "\(lists.map { $0.map(\.id) })")
        #expect(lists.dropFirst().allSatisfy { $0 == lists[0] })
    }

    @Test(arguments: StoreBackend.all)
    func anImportIsAuditedAndTheChainVerifies(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let head = try fixture.store.auditHead()
        let log = try fixture.store.auditLog(AuditLogFilter())
        #expect(head.count == log.count)
        #expect(head.hash == log.last?.hash)
        #expect(log.filter { $0.entity == "import" }.count == ContractData.files.count)
        let verification = try fixture.store.verifyAudit(published: AuditHead.Published("\(head.count):\(head.hash)"))
        #expect(verification.failure == nil)
        #expect(verification.hazardsReplayed == ContractData.counts.hazards)
        #expect(try fixture.store.auditLog(AuditLogFilter(operatorLogin: "nobody")).isEmpty)
        #expect(try fixture.store.enterprise("E3")?.county == "新泰市")
        #expect(try fixture.store.enterprises(county: "新泰市").map(\.id) == ["E3"])
    }

    /// Two connections adding operators at once: every row links to the one before it.
    @Test(arguments: StoreBackend.all)
    func concurrentAppendsKeepTheChainWhole(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let stores = [fixture.store, try fixture.connectAgain()]
        let before = try fixture.store.auditHead().count
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            do {
                _ = try stores[index % 2].addOperator(login: "sb_chain_\(index)_\(UUID().uuidString.prefix(6).lowercased())",
                                                      name: "n\(index)", role: .duty, scope: "荔城区", stamp: StoreFixture.stamp)
            } catch {
                failures.add("\(error)")
            }
        }
        #expect(failures.all.isEmpty)
        #expect(try fixture.store.auditHead().count == before + 8)
        #expect(try fixture.store.verifyAudit(published: nil).failure == nil)
    }
}

/// Errors collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ text: String) { lock.withLock { list.append(text) } }
    var all: [String] { lock.withLock { list } }
}
