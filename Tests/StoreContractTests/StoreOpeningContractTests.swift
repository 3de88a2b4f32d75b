import SafetyCore
import SafetyStore
import Testing

/// A new store of each backend: empty, its opener the first admin, the roster shared by a
/// second connection, its figures those of nothing.
@Suite struct StoreOpeningContractTests {
    @Test(arguments: StoreBackend.all)
    func aNewStoreIsEmptyWithItsOpenerAsFirstAdmin(_ backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend, loaded: false)
        #expect(try fixture.store.isEmpty())
        #expect(try fixture.store.recordCounts() == RecordCounts())
        #expect(try fixture.store.summaryTableContents().values.allSatisfy(\.isEmpty))
        let me = try fixture.store.currentOperator()
        #expect(me.login == StoreFixture.stamp.operatorName)
        #expect(me.role == .admin)
        #expect(me.scope == .all)
        #expect(try fixture.store.operators().map(\.login) == [StoreFixture.otherStamp.operatorName, StoreFixture.stamp.operatorName])
    }

    @Test(arguments: StoreBackend.all)
    func aSecondConnectionSharesTheRosterAndActsForItsLogin(_ backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend, loaded: false)
        let other = try fixture.connectAgain()
        #expect(try other.currentOperator().login == StoreFixture.otherStamp.operatorName)
        _ = try other.updateOperator(StoreFixture.stamp.operatorName, change: OperatorChange(name: "renamed"), stamp: StoreFixture.otherStamp)
        #expect(try fixture.store.currentOperator().name == "renamed")
    }

    @Test(arguments: StoreBackend.all)
    func rosterRefusalsLeaveTheRosterAsItWas(_ backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend, loaded: false)
        let before = try fixture.store.operators()
        #expect(throws: OperatorRosterError.alreadyOnRoster(login: StoreFixture.otherStamp.operatorName)) {
            _ = try fixture.store.addOperator(login: StoreFixture.otherStamp.operatorName, name: "x", role: .duty, scope: "all",
                                              stamp: StoreFixture.stamp)
        }
        #expect(throws: OperatorRosterError.unknownScope(name: "nowhere")) {
            _ = try fixture.store.addOperator(login: "new", name: "x", role: .duty, scope: "nowhere", stamp: StoreFixture.stamp)
        }
        #expect(throws: OperatorRosterError.notOnRoster(login: "nobody")) {
            _ = try fixture.store.updateOperator("nobody", change: OperatorChange(name: "x"), stamp: StoreFixture.stamp)
        }
        #expect(try fixture.store.operators() == before)
    }

    @Test(arguments: StoreBackend.all)
    func aRecountOfNothingIsNothing(_ backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend, loaded: false)
        try fixture.store.recountSummaries()
        #expect(try fixture.store.summaryTableContents().values.allSatisfy(\.isEmpty))
    }
}
