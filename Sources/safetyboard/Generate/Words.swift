/// The vocabulary of the synthetic province: industries with their company-name suffixes,
/// hazard descriptions, roles and names as the bundled data and the articles use them.
enum Words {
    struct Industry {
        var name: String
        var suffix: String
    }

    static let industries: [(Industry, Double)] = [
        (Industry(name: "商贸", suffix: "商贸"), 18), (Industry(name: "住宿餐饮", suffix: "餐饮"), 10),
        (Industry(name: "建筑施工", suffix: "建设工程"), 9), (Industry(name: "道路运输", suffix: "运输"), 7),
        (Industry(name: "纺织服装", suffix: "纺织"), 5), (Industry(name: "食品制造", suffix: "食品"), 5),
        (Industry(name: "危险化学品", suffix: "化工"), 4), (Industry(name: "非煤矿山", suffix: "矿业"), 3),
        (Industry(name: "冶金机械", suffix: "机械"), 4), (Industry(name: "鞋业", suffix: "鞋业"), 3),
        (Industry(name: "电力", suffix: "电力"), 2), (Industry(name: "建材", suffix: "建材"), 3),
        (Industry(name: "烟花爆竹经营", suffix: "烟花"), 1.5), (Industry(name: "城镇燃气", suffix: "燃气"), 1.5),
        (Industry(name: "仓储物流", suffix: "物流"), 4), (Industry(name: "煤矿", suffix: "煤业"), 0.8),
        (Industry(name: "电子信息", suffix: "电子科技"), 2), (Industry(name: "印刷包装", suffix: "印刷"), 1),
    ]

    static let hazards = [
        "消防通道堵塞", "安全出口锁闭", "灭火器过期未更换", "配电箱未接地", "电气线路私拉乱接", "有限空间作业未审批",
        "危化品储存超量", "可燃气体报警器失效", "特种作业人员无证上岗", "安全警示标志缺失", "机械防护罩缺失",
        "粉尘清扫不及时", "员工宿舍与车间同楼", "应急预案未演练", "安全培训记录缺失", "高处作业未系安全带",
        "液化气钢瓶未固定", "叉车未定期检验", "应急照明损坏", "脚手架连墙件缺失", "井下通风设施失效",
        "电动车室内充电", "压力容器超期未检", "防爆电气不合格", "安全管理制度未落实",
    ]

    static let roles = ["安全员", "车间主任", "主要负责人", "安全科", "设备科", "项目经理"]

    private static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐")
    private static let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华")

    static func person(_ random: inout SplitMix64) -> String {
        String(random.element(surnames)) + String(random.element(given)) + (random.chance(0.5) ? String(random.element(given)) : "")
    }

    private static let marks = Array("鸿盛恒信达丰泰源隆兴华昌宏安瑞祥鑫聚汇")

    /// A firm's trade name of two or three marks.
    static func firm(_ random: inout SplitMix64) -> String {
        (0..<(random.chance(0.3) ? 3 : 2)).map { _ in String(random.element(marks)) }.joined()
    }

    static let topics = ["主要负责人安全生产专题培训", "事故案例警示教育", "消防应急疏散演练", "危化品泄漏处置演练",
                         "安全生产月宣传咨询日", "有限空间作业安全培训", "特种作业人员复训", "防汛应急演练"]
}
