import Foundation
import SafetyCore
import SafetyStore
import Testing

/// Saved triage views: kept per operator, by name, as the text they were saved with.
struct SavedViewsContractTests {
    static let overdue = SavedView(name: "逾期重大", filter: "county=荔城区 grade=major overdue", sort: .deadline, descending: true,
                                   columns: [.enterprise, .town, .days, .urgency])
    static let queue = SavedView(name: "awaiting", filter: "awaiting", sort: .found, columns: [.status, .responsible])

    @Test(arguments: StoreBackend.all)
    func aViewComesBackAsSavedAndASecondSaveOfItsNameReplacesIt(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend, loaded: false)
        let store = fixture.store
        let head = try store.auditHead()
        #expect(try store.savedViews().isEmpty)
        #expect(try store.saveView(Self.overdue) == .added)
        #expect(try store.saveView(Self.queue) == .added)
        #expect(try store.savedViews() == [Self.queue, Self.overdue], "by name")
        #expect(try store.savedView(named: "逾期重大") == Self.overdue)

        var changed = Self.overdue
        changed.filter = "grade=major"
        changed.sort = .urgency
        changed.descending = false
        changed.columns = [.county]
        #expect(try store.saveView(changed) == .replaced)
        #expect(try store.savedViews() == [Self.queue, changed])
        #expect(try store.auditHead() == head, "a view is the officer's own setting, not a record: nothing audited")
    }

    @Test(arguments: StoreBackend.all)
    func eachOperatorKeepsTheirOwnViews(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend, loaded: false)
        try fixture.store.saveView(Self.overdue)
        let other = try fixture.connectAgain()
        #expect(try other.savedViews().isEmpty, "another login sees none of them")
        var theirs = Self.overdue
        theirs.filter = "listed"
        #expect(try other.saveView(theirs) == .added, "the same name is another operator's own")
        #expect(throws: SavedViewError.notFound(name: "awaiting", available: ["逾期重大"])) { try other.deleteView(named: "awaiting") }
        #expect(try other.savedViews() == [theirs])
        #expect(try fixture.store.savedViews() == [Self.overdue])

        try other.deleteView(named: "逾期重大")
        #expect(try other.savedViews().isEmpty)
        #expect(try fixture.store.savedViews() == [Self.overdue], "deleting one's own leaves the other's")
    }

    @Test(arguments: StoreBackend.all)
    func anUnknownNameIsRefusedNamingTheViewsThereAre(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend, loaded: false)
        #expect(throws: SavedViewError.notFound(name: "x", available: [])) { try fixture.store.savedView(named: "x") }
        try fixture.store.saveView(Self.queue)
        try fixture.store.saveView(Self.overdue)
        #expect(throws: SavedViewError.notFound(name: "x", available: ["awaiting", "逾期重大"])) { try fixture.store.savedView(named: "x") }
        #expect(throws: SavedViewError.notFound(name: "x", available: ["awaiting", "逾期重大"])) { try fixture.store.deleteView(named: "x") }
        #expect(try fixture.store.savedViews().count == 2)
    }

    @Test(arguments: StoreBackend.all.flatMap { backend in ["", "   ", "tab\there", String(repeating: "视", count: 41)].map { (backend, $0) } })
    func aNameThatCannotBeOneIsRefusedAndNothingIsKept(backend: StoreBackend, name: String) throws {
        let fixture = try StoreFixture(backend, loaded: false)
        #expect(throws: SavedViewError.badName(name)) { try fixture.store.saveView(SavedView(name: name, filter: "")) }
        #expect(try fixture.store.savedViews().isEmpty)
    }
}
