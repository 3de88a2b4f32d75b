extension CountySummary {
    /// The figures of several counties together, with `county` nil (the report's "total").
    ///
    /// Every count is summed, including the distinct ones (units, checks, teams, reward-mechanism
    /// industries): that is right only because counties are disjoint, so nothing counted in one
    /// can be the same thing counted in another, and it is how `SummaryTally` defines the
    /// whole-scope figures too. Facts are summed by key. Rates follow from the summed counts,
    /// never from averaging rates.
    public static func total(_ summaries: some Sequence<CountySummary>) -> CountySummary {
        var result = CountySummary(county: nil)
        for summary in summaries { result.add(summary) }
        return result
    }

    /// Adds `other`'s figures to these; `county` is left as it is.
    public mutating func add(_ other: CountySummary) {
        enterprises.add(other.enterprises)
        hazards.add(other.hazards)
        majorHazards.add(other.majorHazards)
        internalReports.add(other.internalReports)
        training.add(other.training)
        inspections.add(other.inspections)
        towns += other.towns
        zones += other.zones
        facts.merge(other.facts, uniquingKeysWith: +)
    }
}

extension EnterpriseFigures {
    /// Adds `other`'s counts to these (see `CountySummary.total` on distinct counts).
    public mutating func add(_ other: EnterpriseFigures) {
        total += other.total
        keySupervised += other.keySupervised
        aboveScale += other.aboveScale
        byRisk.merge(other.byRisk, uniquingKeysWith: +)
        rewardMechanism += other.rewardMechanism
        platformRegistered += other.platformRegistered
        rewardMechanismIndustries += other.rewardMechanismIndustries
    }
}

extension HazardFigures {
    /// Adds `other`'s counts to these.
    public mutating func add(_ other: HazardFigures) {
        found += other.found
        rectified += other.rectified
        overdue += other.overdue
    }
}

extension MajorHazardFigures {
    /// Adds `other`'s counts to these.
    public mutating func add(_ other: MajorHazardFigures) {
        found += other.found
        rectified += other.rectified
        listed += other.listed
        delisted += other.delisted
    }
}

extension InternalReportFigures {
    /// Adds `other`'s counts and rewards to these.
    public mutating func add(_ other: InternalReportFigures) {
        found += other.found
        rectified += other.rectified
        rewardYuan += other.rewardYuan
    }
}

extension Attendance {
    /// Adds `other`'s sessions and person-times to these.
    public mutating func add(_ other: Attendance) {
        sessions += other.sessions
        personTimes += other.personTimes
    }
}

extension TrainingFigures {
    /// Adds `other`'s counts to these, kind by kind and audience by audience.
    public mutating func add(_ other: TrainingFigures) {
        sessions += other.sessions
        personTimes += other.personTimes
        materials += other.materials
        for (kind, attendance) in other.byKind { byKind[kind, default: Attendance()].add(attendance) }
        for (audience, attendance) in other.byAudience { byAudience[audience, default: Attendance()].add(attendance) }
    }
}

extension InspectionTally {
    /// Adds `other`'s counts to these (see `CountySummary.total` on distinct counts).
    public mutating func add(_ other: InspectionTally) {
        planned += other.planned
        done += other.done
        overdue += other.overdue
        units += other.units
        hazardsFound += other.hazardsFound
        inspectors += other.inspectors
        checks += other.checks
        teams += other.teams
    }
}

extension InspectionFigures {
    /// Adds `other`'s counts to these, in all and kind by kind.
    public mutating func add(_ other: InspectionFigures) {
        all.add(other.all)
        for (kind, tally) in other.byKind { byKind[kind, default: InspectionTally()].add(tally) }
    }
}
