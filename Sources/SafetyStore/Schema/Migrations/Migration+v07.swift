extension Migration {
    /// Sorting the triage list by status or by enterprise reads one page along an index,
    /// as the other orders do; counts by county and day (twelve-month trends, bulletins) are
    /// answered from indexes that hold only kept hazards, without reading the rows for
    /// `duplicate_of`; red visits look up each red enterprise's done inspections in the index.
    static let v7 = Migration(identifier: "v7: open queue by status and enterprise; kept hazards by day", sql: """
        CREATE INDEX hazard_open_status ON hazard(status, grade DESC, deadline, id)
          WHERE status IN ('open','assigned','rectifying') AND duplicate_of IS NULL;
        CREATE INDEX hazard_open_enterprise ON hazard(enterprise_id, id)
          WHERE status IN ('open','assigned','rectifying') AND duplicate_of IS NULL;
        CREATE INDEX enterprise_name ON enterprise(name, id);
        CREATE INDEX enterprise_county_name ON enterprise(county, name, id);
        DROP INDEX hazard_county_found;
        CREATE INDEX hazard_county_found_kept ON hazard(county, found_on) WHERE duplicate_of IS NULL;
        DROP INDEX hazard_county_rectified;
        CREATE INDEX hazard_county_rectified_kept ON hazard(county, rectified_on)
          WHERE rectified_on IS NOT NULL AND duplicate_of IS NULL;
        DROP INDEX inspection_enterprise;
        CREATE INDEX inspection_enterprise_done ON inspection(enterprise_id, done_on);
        """)
}
