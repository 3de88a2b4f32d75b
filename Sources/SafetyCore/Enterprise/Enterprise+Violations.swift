extension Enterprise {
    /// Every rule this record breaks, as it would arrive from `enterprises.csv`: id and name
    /// non-blank, risk_assessed_on not after `today`.
    public func violations(today: Day) -> [RuleViolation] {
        var found: [RuleViolation] = []
        if id.isBlank { found.append(RuleViolation(field: "id", message: "id is empty — give every enterprise an id")) }
        if name.isBlank { found.append(RuleViolation(field: "name", message: "name is empty — give the enterprise's registered name")) }
        if let riskAssessedOn, riskAssessedOn > today {
            found.append(RuleViolation(
                field: "risk_assessed_on",
                message: "risk_assessed_on \(riskAssessedOn) is after today (\(today)) — use the day the risk was assessed"))
        }
        return found
    }
}
