public import SafetyCore
public import TerminalUI

/// The names of the domain's enumerated values on screen and in printed reports, in both
/// languages. Files and JSON keep the lowercase English codes; only people see these.
public enum Terms {
    /// What a panel, page, list or title shows while what it waits for is read.
    public static func loading(_ language: Language) -> String {
        language.pick("正在读取…", "Loading…")
    }

    /// The status line while the first matches of `text` are read.
    public static func searching(_ text: String, _ language: Language) -> String {
        language.pick("正在搜索“\(text)”…", "Searching “\(text)”…")
    }

    public static func name(_ level: RiskLevel, _ language: Language) -> String {
        switch (level, language) {
        case (.red, .zh): "红(重大)"
        case (.orange, .zh): "橙(较大)"
        case (.yellow, .zh): "黄(一般)"
        case (.blue, .zh): "蓝(低)"
        case (.red, .en): "red (major)"
        case (.orange, .en): "orange (high)"
        case (.yellow, .en): "yellow (moderate)"
        case (.blue, .en): "blue (low)"
        }
    }

    /// One letter per risk level, so that a monochrome screen still tells them apart.
    public static func letter(_ level: RiskLevel, _ language: Language) -> String {
        switch (level, language) {
        case (.red, .zh): "红"
        case (.orange, .zh): "橙"
        case (.yellow, .zh): "黄"
        case (.blue, .zh): "蓝"
        case (.red, .en): "R"
        case (.orange, .en): "O"
        case (.yellow, .en): "Y"
        case (.blue, .en): "B"
        }
    }

    public static func name(_ grade: HazardGrade, _ language: Language) -> String {
        switch (grade, language) {
        case (.general, .zh): "一般"
        case (.major, .zh): "重大"
        case (.general, .en): "general"
        case (.major, .en): "major"
        }
    }

    public static func name(_ status: HazardStatus, _ language: Language) -> String {
        switch (status, language) {
        case (.open, .zh): "待交办"
        case (.assigned, .zh): "已交办"
        case (.rectifying, .zh): "整改中"
        case (.rectified, .zh): "已整改"
        case (.closed, .zh): "已销号"
        case (.open, .en): "open"
        case (.assigned, .en): "assigned"
        case (.rectifying, .en): "rectifying"
        case (.rectified, .en): "rectified"
        case (.closed, .en): "closed"
        }
    }

    /// A rectified hazard that waits for an officer's verification and close (待验收); also
    /// the triage filter's word for them (`awaiting` in English).
    /// `short` where a column or a count line has little room ("to verify").
    public static func awaitingVerification(_ language: Language, short: Bool = false) -> String {
        language.pick("待验收", short ? "to verify" : "awaiting verification")
    }

    public static func name(_ source: HazardSource, _ language: Language) -> String {
        switch (source, language) {
        case (.selfCheck, .zh): "企业自查"
        case (.employeeReport, .zh): "员工内部报告"
        case (.gridMember, .zh): "网格员"
        case (.inspection, .zh): "执法检查"
        case (.expert, .zh): "专家"
        case (.publicReport, .zh): "群众举报"
        case (.other, .zh): "其他"
        case (.selfCheck, .en): "self-check"
        case (.employeeReport, .en): "employee report"
        case (.gridMember, .en): "grid member"
        case (.inspection, .en): "inspection"
        case (.expert, .en): "expert"
        case (.publicReport, .en): "public report"
        case (.other, .en): "other"
        }
    }

    public static func name(_ kind: TrainingKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.training, .zh): "培训"
        case (.drill, .zh): "演练"
        case (.lecture, .zh): "宣讲"
        case (.publicity, .zh): "宣传"
        case (.training, .en): "training"
        case (.drill, .en): "drills"
        case (.lecture, .en): "lectures"
        case (.publicity, .en): "publicity"
        }
    }

    public static func name(_ audience: TrainingAudience, _ language: Language) -> String {
        switch (audience, language) {
        case (.principal, .zh): "主要负责人"
        case (.safetyManager, .zh): "安全管理人员"
        case (.specialWorker, .zh): "特种作业人员"
        case (.worker, .zh): "一线从业人员"
        case (.official, .zh): "监管干部"
        case (.public, .zh): "群众"
        case (.student, .zh): "学生"
        case (.principal, .en): "principals"
        case (.safetyManager, .en): "safety managers"
        case (.specialWorker, .en): "special workers"
        case (.worker, .en): "front-line workers"
        case (.official, .en): "officials"
        case (.public, .en): "the public"
        case (.student, .en): "students"
        }
    }

    public static func name(_ kind: InspectionKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.routine, .zh): "日常检查"
        case (.doubleRandom, .zh): "双随机"
        case (.unannounced, .zh): "四不两直"
        case (.special, .zh): "专项检查"
        case (.supervision, .zh): "督导检查"
        case (.routine, .en): "routine"
        case (.doubleRandom, .en): "double-random"
        case (.unannounced, .en): "unannounced"
        case (.special, .en): "special"
        case (.supervision, .en): "supervision"
        }
    }

    /// Labels of the published non-record figures (`facts.csv`); unknown keys show as written.
    public static func factLabel(_ key: String, _ language: Language) -> String {
        guard let known = CountyFactKey(rawValue: key) else { return key }
        switch (known, language) {
        case (.areaKm2, .zh): return "面积(平方公里)"
        case (.population, .zh): return "人口"
        case (.industryDepartments, .zh): return "行业部门"
        case (.keyDepartments, .zh): return "重点部门"
        case (.innovationMeasures, .zh): return "创新举措"
        case (.emergencyWarehouses, .zh): return "物资仓库"
        case (.floodSupplies, .zh): return "防汛物资(件)"
        case (.shelterPoints, .zh): return "避灾点"
        case (.shelters, .zh): return "避难场所"
        case (.productionAccidents, .zh): return "生产安全事故"
        case (.areaKm2, .en): return "area (km²)"
        case (.population, .en): return "population"
        case (.industryDepartments, .en): return "industry departments"
        case (.keyDepartments, .en): return "key departments"
        case (.innovationMeasures, .en): return "innovation measures"
        case (.emergencyWarehouses, .en): return "supply warehouses"
        case (.floodSupplies, .en): return "flood-control items"
        case (.shelterPoints, .en): return "shelter points"
        case (.shelters, .en): return "shelters"
        case (.productionAccidents, .en): return "production-safety accidents"
        }
    }
}
