/// Where a page of a long ordered list is read from: a page in the list's second half is read
/// backwards from its end, so the last page (`G`) skips as few index entries as the first and
/// no page skips more than half the list.
struct NearerEnd: Equatable {
    /// Rows to skip from the end the page is read from.
    var offset: Int
    var limit: Int
    /// True when the page is read from the end, in the reverse order (its rows then need
    /// turning round).
    var reversed: Bool

    /// The page `offset..<offset + limit` of a list of `total` rows (from the start when the
    /// total is not known).
    init(offset: Int, limit: Int, total: Int?) {
        let offset = max(0, offset)
        guard let total, offset > total / 2 else {
            (self.offset, self.limit, self.reversed) = (offset, limit, false)
            return
        }
        let end = min(total, offset + limit)
        (self.offset, self.limit, self.reversed) = (total - end, max(0, end - offset), true)
    }
}
