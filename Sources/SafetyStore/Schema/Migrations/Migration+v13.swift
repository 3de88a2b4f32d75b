extension Migration {
    /// Red visits and reward industries are read from summary tables since v10 and v11: these
    /// indexes were only kept up to date, on every enterprise write.
    static let v13 = Migration(identifier: "v13: indexes no query reads", sql: """
        DROP INDEX enterprise_red;
        DROP INDEX enterprise_reward_industry;
        """)
}
