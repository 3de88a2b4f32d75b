/// The stores' test data set (the contract suite's and the SQLite store's own tests): two counties in two provinces, a handful of every record kind,
/// valid under the data contract (docs/data-contract.md). The hazards cover every status, both
/// grades, a listed and a delisted major hazard and a record spanning two lines.
public enum ContractData {
    public static let jurisdictions = """
        code,name,level,parent_code
        350000,福建省,province,
        350300,莆田市,prefecture,350000
        350304,荔城区,county,350300
        350304001,镇海街道,town,350304
        350304100,黄石镇,town,350304
        350304900,荔城经济开发区,zone,350304
        370000,山东省,province,
        370900,泰安市,prefecture,370000
        370982,新泰市,county,370900
        370982100,东都镇,town,370982

        """

    public static let enterprises = """
        id,name,county,town,industry,scale,key_supervised,risk_level,risk_assessed_on,reward_mechanism,platform_registered
        E1,莆田市恒祥织造有限公司,荔城区,黄石镇,纺织,above,true,orange,2025-03-01,false,true
        E2,"荔城区某鞋业有限公司, 二厂",荔城区,镇海街道,鞋服,below,false,blue,,false,false
        E3,新泰市东都煤矿,新泰市,东都镇,煤矿,above,true,red,2025-01-10,true,false

        """

    /// H2 spans lines 3–4, so H3 is on line 5 and H4 on line 6.
    public static let hazards = """
        id,enterprise_id,county,found_on,source,grade,description,status,responsible,deadline,rectified_on,closed_on,listed_on,delisted_on,reward_yuan
        H1,E1,荔城区,2025-03-02,inspection,general,消防通道堵塞,closed,王工,2025-03-20,2025-03-10,2025-03-15,,,
        H2,E1,荔城区,2025-04-01,self_check,major,"有限空间作业未审批,
        无监护人",rectifying,李主任,2025-05-01,,,2025-04-05,,0
        H3,E2,荔城区,2025-06-01,employee_report,general,电动车室内充电,open,,,,,,,200
        H4,E3,新泰市,2025-02-01,expert,major,瓦斯监测失效,closed,矿长,2025-02-20,2025-02-18,2025-02-25,2025-02-03,2025-03-01,0

        """

    public static let trainings = """
        id,county,held_on,kind,audience,mode,sessions,person_times,topic,materials
        T1,荔城区,2025-05-10,training,principal,offline,2,40,主要负责人专题培训,0
        T2,荔城区,2025-06-16,publicity,public,offline,1,500,安全宣传咨询日,1200
        T3,新泰市,2025-03-01,drill,worker,offline,3,90,危化品泄漏演练,

        """

    public static let inspections = """
        id,county,enterprise_id,kind,planned_on,done_on,team,hazards_found,inspectors
        I1,荔城区,E1,routine,2025-03-01,2025-03-02,区局一组,1,2
        I2,荔城区,E2,double_random,2025-06-10,,区局二组,0,2
        I3,新泰市,E3,unannounced,,2025-02-01,暗访组,1,5

        """

    /// The whole set, as (file name, text), in an order that needs nothing loaded before.
    public static let files: [(name: String, text: String)] = [
        ("jurisdictions.csv", jurisdictions), ("enterprises.csv", enterprises), ("hazards.csv", hazards),
        ("trainings.csv", trainings), ("inspections.csv", inspections),
    ]

    /// How many records `files` holds.
    public static let counts = (jurisdictions: 10, enterprises: 3, hazards: 4, trainings: 3, inspections: 3)

    /// More hazards for paging: ties on every sort column (the same found day, deadline, grade,
    /// status, county and enterprise), so only the id breaks them; some overdue on 2025-06-30.
    public static let tiedHazards = """
        id,enterprise_id,county,found_on,source,grade,description,status,responsible,deadline,rectified_on,closed_on,listed_on,delisted_on
        H10,E1,荔城区,2025-06-10,inspection,general,配电箱无防护,assigned,电工班,2025-07-01,,,,
        H11,E1,荔城区,2025-06-10,inspection,general,灭火器过期,assigned,电工班,2025-07-01,,,,
        H12,E2,荔城区,2025-06-10,grid_member,general,安全出口锁闭,assigned,行政部,2025-07-01,,,,
        H13,E2,荔城区,2025-06-10,grid_member,major,员工宿舍设在车间内,assigned,行政部,2025-07-01,,,,
        H14,E3,新泰市,2025-06-10,inspection,major,主通风机故障,assigned,机电科,2025-07-01,,,,
        H15,E3,新泰市,2025-06-10,inspection,general,皮带巷积煤,open,,,,,,
        H16,E1,荔城区,2025-06-10,self_check,general,叉车无证驾驶,open,,,,,,
        H17,E3,新泰市,2025-05-20,expert,general,井下电缆破损,rectifying,机电科,2025-06-01,,,,
        H18,E2,荔城区,2025-05-20,public_report,general,消防栓无水,assigned,行政部,2025-06-01,,,,
        H19,E1,荔城区,2025-05-20,employee_report,general,粉尘清扫不及时,rectified,车间,2025-06-01,2025-05-30,,,
        H20,E3,新泰市,2025-05-20,inspection,major,探放水设计缺失,rectified,地测科,2025-06-01,2025-06-20,,2025-05-21,
        H21,E3,新泰市,2025-05-20,inspection,major,采空区未密闭,open,,,,,,

        """
}
