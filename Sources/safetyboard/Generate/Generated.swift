import SafetyCore

/// Row synthesis shared by the generator's files: dates and one hazard's lifecycle.
enum Generated {
    static func day(_ offset: Int) -> Day { ProvinceGenerator.firstDay.adding(days: offset) }

    /// Draws a day of the year with seasonal peaks: the flood season (June–August) ×1.6, the
    /// weeks before the Spring Festival (20 Jan–10 Feb) ×1.4 and National Day (20 Sep–7 Oct)
    /// ×1.3, when bureaus run their campaigns.
    static func seasonalDays() -> (inout SplitMix64) -> Day {
        var cumulative: [Double] = []
        var total = 0.0
        for offset in 0..<365 {
            let (_, month, date) = day(offset).components
            var weight = 1.0
            if (6...8).contains(month) { weight = 1.6 }
            if (month == 1 && date >= 20) || (month == 2 && date <= 10) { weight = 1.4 }
            if (month == 9 && date >= 20) || (month == 10 && date <= 7) { weight = 1.3 }
            total += weight
            cumulative.append(total)
        }
        return { random in
            let x = Double(random.next() >> 11) / Double(1 << 53) * total
            var low = 0, high = cumulative.count - 1
            while low < high {
                let mid = (low + high) / 2
                if cumulative[mid] <= x { low = mid + 1 } else { high = mid }
            }
            return day(low)
        }
    }

    /// One hazard row whose dates and status obey the lifecycle as of ``ProvinceGenerator/lastDay``:
    /// the older it is, the likelier it is rectified and closed.
    static func hazard(id: String, enterprise: EnterpriseIndex.Entry, found: Day, major: Bool,
                       random: inout SplitMix64) -> [String] {
        let end = ProvinceGenerator.lastDay
        let age = end.days(since: found)
        let closedShare = age > 60 ? 0.85 : age > 20 ? 0.5 : 0.15
        let rectifiedShare = age > 60 ? 0.08 : age > 20 ? 0.25 : 0.2
        let status = random.pick([(HazardStatus.closed, closedShare), (.rectified, rectifiedShare),
                                  (.rectifying, (1 - closedShare - rectifiedShare) * 0.35),
                                  (.assigned, (1 - closedShare - rectifiedShare) * 0.4),
                                  (.open, (1 - closedShare - rectifiedShare) * 0.25)])
        let source = random.pick([(HazardSource.selfCheck, 4.0), (.inspection, 3), (.employeeReport, 1.5), (.gridMember, 1),
                                  (.expert, 0.8), (.publicReport, 0.3), (.other, 0.2)])
        var responsible = "", deadline: Day?, rectified: Day?, closed: Day?, listed: Day?, delisted: Day?
        if status != .open || random.chance(0.3) {
            deadline = found.adding(days: random.element(major ? [30, 60, 90] : [7, 15, 30]))
        }
        if status != .open {
            responsible = random.element(Words.roles) + " " + Words.person(&random)
        }
        if status == .rectified || status == .closed {
            let planned = deadline.map { $0.days(since: found) } ?? 15
            rectified = min(found.adding(days: random.int(0...(planned + 10))), end)
        }
        if status == .closed, let rectified {
            closed = min(rectified.adding(days: random.int(0...10)), end)
        }
        if major, random.chance(0.4) {
            listed = min(found.adding(days: random.int(0...5)), end)
            if let closed, let listedOn = listed, random.chance(0.8) {
                delisted = min(max(closed, listedOn).adding(days: random.int(0...10)), end)
            }
        }
        let description = random.element(Words.hazards)
        let reward = source == .employeeReport ? "\(random.int(1...10) * 50)" : "0"
        return [id, enterprise.id, enterprise.county, found.iso, source.rawValue, major ? "major" : "general", description,
                status.rawValue, responsible, deadline?.iso ?? "", rectified?.iso ?? "", closed?.iso ?? "",
                listed?.iso ?? "", delisted?.iso ?? "", reward]
    }
}
