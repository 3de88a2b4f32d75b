/// One column of a data-contract file.
public struct ContractColumn: Sendable, Equatable {
    /// Its name in the header row, in the database and as a JSON key.
    public var name: String
    /// False for a column this program reads when present (the file is valid without it).
    public var isRequired: Bool
}
