"""海西州 (Haixi prefecture, Qinghai): article 000, 『五力』齐发 筑牢高质量发展安全基石.

What the article states and the rows reproduce: 370 major hazards found, 94% rectified; 903
enterprises in 14 key industries run the internal hazard-report reward mechanism: 近2万
reports, 98.5% rectified, 近百万元 rewards; 7 prefecture supervision groups; 上千场次
trainings, 超十万人次. Period 2025-01-01 … 2025-10-31 ("今年以来").

A prefecture: records name 海西州 in `county` and a town of one of its seven county-level units
in `town` (data/README.md, "Jurisdiction tree").
"""

import datetime as dt

from .builder import County, D, fit_rewards, late_biased_day, rand_day, weighted_sample, workday, workday_before
from .vocabulary import HAIXI_UNITS, RECTIFIED, TOWNS

NAME = "海西州"
PREFIX = "HX"
PERIOD = (D(2025, 1, 1), D(2025, 10, 31))

# Picked for the article's approximate figures (data/README.md lists them).
INTERNAL_REPORTS = 19_620            # 近2万
INTERNAL_REPORTS_RECTIFIED = 19_326  # 98.5% of 19,620 = 19,325.7
REWARD_YUAN = 968_350                # 近百万元
MAJOR_RECTIFIED = 348                # 94% of 370 = 347.8
TRAINING_SESSIONS = 1_180            # 上千场次
TRAINING_PERSON_TIMES = 104_360      # 超十万人次


def build():
    c = County(NAME, PREFIX, PERIOD)
    rng = c.rng
    unit_weight = {"格尔木市": 4.0, "德令哈市": 2.2, "茫崖市": 1.2, "乌兰县": 1.0, "都兰县": 1.0, "天峻县": 0.7,
                   "大柴旦行委": 0.9}
    towns = []
    unit_of = {}
    for unit in HAIXI_UNITS:
        places = TOWNS[unit]
        for _, name, level in places:
            w = unit_weight[unit] / len(places) * (3 if level == "zone" else 1)
            towns.append((name, w))
            unit_of.setdefault(name, unit)
    short = {"格尔木市": "格尔木", "德令哈市": "德令哈", "茫崖市": "茫崖", "乌兰县": "乌兰", "都兰县": "都兰",
             "天峻县": "天峻", "大柴旦行委": "大柴旦"}
    # The 14 key industries of the reward mechanism, then industries outside it.
    key14 = [
        ("煤矿", "coal", 2, 0.8, (12, 40, 35, 13), ["煤业", "能源"]),
        ("非煤矿山", "mine", 5, 0.5, (5, 30, 40, 25), ["矿业", "矿产开发"]),
        ("危险化学品", "chem", 5, 0.6, (8, 35, 40, 17), ["化工", "盐湖化工", "化学"]),
        ("盐湖化工", "salt", 4, 0.6, (4, 30, 40, 26), ["钾肥", "锂业", "盐化"]),
        ("石油天然气开采", "oil", 2, 0.8, (8, 35, 40, 17), ["油气", "石油技术服务"]),
        ("冶金有色", "metal", 3, 0.6, (5, 30, 40, 25), ["冶金", "有色金属", "镁业"]),
        ("建材", "build", 4, 0.4, (2, 15, 40, 43), ["建材", "水泥", "混凝土"]),
        ("电力", "power", 4, 0.6, (1, 12, 40, 47), ["光伏", "新能源", "电力"]),
        ("建筑施工", "build", 8, 0.3, (2, 15, 40, 43), ["建设工程", "建筑工程"]),
        ("道路运输", "transport", 6, 0.2, (2, 12, 36, 50), ["运输", "物流"]),
        ("城镇燃气", "gas", 1.5, 0.5, (5, 35, 40, 20), ["燃气", "天然气"]),
        ("民用爆炸物品", "mine", 0.6, 0.6, (20, 40, 30, 10), ["民爆", "爆破工程"]),
        ("机械制造", "metal", 3, 0.3, (1, 10, 35, 54), ["机械", "装备制造"]),
        ("商贸物流", "trade", 8, 0.1, (0.5, 6, 28, 65.5), ["商贸", "仓储物流"]),
    ]
    extra = [
        ("住宿餐饮", "trade", 10, 0.03, (0.2, 3, 22, 74.8), ["酒店", "餐饮"]),
        ("旅游景区", "tourism", 2, 0.2, (1, 10, 35, 54), ["旅游", "文化旅游"]),
        ("农牧产品加工", "food", 5, 0.2, (1, 8, 30, 61), ["枸杞", "牦牛肉制品", "农牧"]),
    ]
    prefix = lambda t: rng.choice([short[unit_of[t]], short[unit_of[t]], "青海", "海西"])
    c.add_enterprises(1005, towns, key14, prefix, assessed=(D(2024, 4, 1), D(2025, 10, 20)))
    c.add_enterprises(512, towns, extra + key14[-6:], prefix, assessed=(D(2024, 4, 1), D(2025, 10, 20)))
    c.number_enterprises()
    c.set_key_supervised(share=0.35)
    key14_names = {x[0] for x in key14}
    eligible = [e for e in c.enterprises if e["industry"] in key14_names]
    # 903 in all 14 industries: one of each first, then the rest by size and risk.
    reward = []
    for ind in sorted(key14_names):
        reward.append(rng.choice(sorted((e for e in eligible if e["industry"] == ind), key=lambda e: e["id"])))
    left = [e for e in eligible if e not in reward]
    reward += weighted_sample(rng, left, 903 - len(reward),
                              lambda e: (3 if e["scale"] == "above" else 1) * (2 if e["key_supervised"] else 1))
    for e in reward:
        e["reward_mechanism"] = True

    # Internal reports: 19,620, 19,326 rectified, rewards adding up to 968,350 yuan.
    weights = [(8 if e["scale"] == "above" else 2) * {"red": 2, "orange": 1.6, "yellow": 1.2, "blue": 1}[e["risk_level"]]
               for e in reward]
    # The mechanism ramps up through the year.
    internal = []
    for _ in range(INTERNAL_REPORTS):
        e = rng.choices(reward, weights)[0]
        internal.append(c.add_hazard(e, workday_before(late_biased_day(rng, c.start, c.end, 1.25), c.start),
                                     "employee_report", internal=True))
    c.settle(internal, INTERNAL_REPORTS_RECTIFIED)
    fit_rewards(rng, [h for h in internal if h["status"] in RECTIFIED], REWARD_YUAN)

    # Seven prefecture supervision groups (州级督导检查组): rounds at the key periods.
    groups = ["州级第一督导检查组", "州级第二督导检查组", "州级第三督导检查组", "州级第四督导检查组",
              "州级第五督导检查组", "州级第六督导检查组", "州级第七督导检查组"]
    rounds = [(D(2025, 1, 13), D(2025, 1, 24), "春节前"), (D(2025, 4, 21), D(2025, 4, 30), "五一前"),
              (D(2025, 6, 9), D(2025, 6, 20), "汛期"), (D(2025, 7, 14), D(2025, 7, 25), "旅游旺季"),
              (D(2025, 9, 15), D(2025, 9, 26), "国庆前"), (D(2025, 11, 10), D(2025, 11, 21), "冬季")]
    high = [e for e in c.enterprises if e["_cat"] in ("coal", "mine", "chem", "salt", "oil", "metal", "gas", "build")]
    for gi, g in enumerate(groups):
        unit = HAIXI_UNITS[gi]  # each group is assigned one county-level unit, and checks it every round
        pool = [e for e in high if unit_of[e["town"]] == unit] or high
        for rs, re_, _ in rounds:
            for _ in range(rng.randint(4, 7)):
                e = c.pick_enterprise(pool)
                d = workday(rand_day(rng, rs, re_))
                done = d if d <= c.end else None
                c.add_inspection(e, "supervision", rs, done, g, rng.choices([0, 1, 2, 3, 4], [15, 30, 30, 15, 10])[0],
                                 rng.choice([4, 5, 6]))
    # Expert groups, 四不两直: unannounced, straight to the site.
    for _ in range(130):
        e = c.pick_enterprise(high)
        d = workday(rand_day(rng, c.start, c.end))
        c.add_inspection(e, "unannounced", None, d, rng.choice(["州安委会专家指导服务一组", "州安委会专家指导服务二组",
                                                               "州安委会专家指导服务三组"]),
                         rng.choices([1, 2, 3, 4, 5, 6], [10, 20, 25, 20, 15, 10])[0], rng.choice([3, 4, 5]),
                         hazard_source="expert")
    # 双随机、一公开 by the county-level bureaus; some November plans.
    for _ in range(320):
        e = c.pick_enterprise()
        unit = unit_of[e["town"]]
        planned = workday(rand_day(rng, c.start, D(2025, 11, 28)))
        done = planned if planned <= c.end else None
        c.add_inspection(e, "double_random", planned, done, f"{unit}应急管理局执法大队",
                         rng.choices([0, 1, 2, 3], [30, 40, 20, 10])[0], 2)
    inspection_general = [h for h in c.hazards if h["source"] in ("inspection", "expert")]
    c.settle(inspection_general, int(len(inspection_general) * 0.95))
    majors = []
    for _ in range(370):
        e = c.pick_enterprise(high)
        majors.append(c.add_hazard(e, late_biased_day(rng, c.start, c.end - dt.timedelta(days=7), 0.9),
                                   rng.choices(["expert", "inspection", "self_check"], [45, 40, 15])[0], "major"))
    c.settle(majors, MAJOR_RECTIFIED)
    c.list_majors(16, 11)
    others = []
    for _ in range(260):
        e = c.pick_enterprise()
        others.append(c.add_hazard(e, rand_day(rng, c.start, c.end),
                                   rng.choice(["self_check", "self_check", "public_report", "grid_member"])))
    c.settle(others, 241)

    # Trainings: 1,180 sessions, 104,360 person-times, every level from officials to workers.
    sessions = TRAINING_SESSIONS
    person_times = TRAINING_PERSON_TIMES
    plan = [  # kind, audience, sessions, person-times, rows, topics, online share
        ("training", "official", 60, 3100, 24, ["州市县监管干部安全生产执法培训", "治本攻坚三年行动业务培训",
                                                "“互联网+执法”业务培训"], 0.3),
        ("training", "principal", 150, 7800, 60, ["企业主要负责人安全生产履职培训", "高危行业主要负责人专题培训",
                                                  "事故隐患内部报告奖励机制培训"], 0.3),
        ("training", "safety_manager", 170, 9400, 66, ["安全管理人员能力提升培训", "重大事故隐患判定标准培训",
                                                       "双重预防机制建设培训"], 0.35),
        ("training", "special_worker", 140, 8260, 50, ["特种作业人员实操实训", "电工作业安全培训", "危化品装卸作业培训"], 0.1),
        ("training", "worker", 330, 38600, 110, ["一线从业人员安全技能培训", "“班前会”安全培训", "岗位风险辨识培训",
                                                 "煤矿从业人员安全培训", "盐湖化工企业员工安全培训"], 0.4),
        ("lecture", "worker", 120, 11200, 40, ["安全生产“公开课”", "安全生产“大家谈”", "事故案例警示教育"], 0.2),
        ("drill", "worker", 110, 9800, 40, ["危化品泄漏应急演练", "矿山救援应急演练", "消防疏散演练"], 0.0),
    ]
    used_s = sum(p[2] for p in plan)
    used_p = sum(p[3] for p in plan)
    plan.append(("publicity", "public", sessions - used_s, person_times - used_p, 30,
                 ["“安全生产月”宣传咨询", "安全知识竞赛", "普法宣传进社区", "安全宣传进牧区"], 0.3))
    for kind, audience, s, p, rows, topics, online in plan:
        c.add_training_rows(kind, audience, s, p, rows, topics, mode_online=online)

    c.add_inspectors([("海西州应急管理局", "", 8), ("海西州安委会专家库", "", 10)] +
                     [(f"{u}应急管理局", u, 3) for u in HAIXI_UNITS])
    c.finish()
    return c
