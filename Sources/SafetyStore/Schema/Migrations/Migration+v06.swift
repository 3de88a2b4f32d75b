extension Migration {
    /// The console's "every red enterprise visited this month" starts from the few red ones.
    /// (Dropped by v13.)
    static let v6 = Migration(identifier: "v6: red enterprises", sql: """
        CREATE INDEX enterprise_red ON enterprise(county) WHERE risk_level = 'red';
        """)
}
