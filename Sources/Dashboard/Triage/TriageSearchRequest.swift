/// A search of id, enterprise and description in the list, one batch from `offset`.
public struct TriageSearchRequest: Sendable, Equatable {
    public var text: String
    public var query: TriageListQuery
    public var offset: Int

    public init(text: String, query: TriageListQuery, offset: Int = 0) {
        self.text = text
        self.query = query
        self.offset = offset
    }
}
