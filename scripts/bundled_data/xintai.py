"""新泰市 (Xintai, Tai'an, Shandong): article 003, on the city's "五个一" mechanism (山东省应急管理厅 site, 2025-07-08).

What the article states and the rows reproduce: 20 towns and streets, 3 functional zones, 22 key
departments; 1,580 safety lectures, 1,208 live drills; 四不两直 checks sending 855 person-times;
1600余 hazards rectified; 83 innovation measures; 正大焦化 and 兴泰硅烷 named.
Period 2025-01-01 … 2025-07-07.
"""

import datetime as dt

from .builder import County, D, late_biased_day, rand_day, split_total, workday
from .vocabulary import RECTIFIED, TOWNS

NAME = "新泰市"
PREFIX = "XT"
PERIOD = (D(2025, 1, 1), D(2025, 7, 7))

# Picked for the article's approximate figure, and the number found it does not give
# (data/README.md lists both).
HAZARDS_RECTIFIED = 1_630  # 1600余项
HAZARDS_FOUND = 1_704      # not published; a little above the rectified


def build():
    c = County(NAME, PREFIX, PERIOD)
    rng = c.rng
    town_list = [name for _, name, _ in TOWNS[NAME]]
    weights = {"青云街道": 3, "新汶街道": 2, "新泰经济开发区": 2.5, "新泰化工产业园": 1.2, "莲花山旅游度假区": 0.4}
    towns = [(t, weights.get(t, 1.0)) for t in town_list]
    industries = [
        ("煤矿", "coal", 0.8, 0.9, (20, 45, 30, 5), ["煤业", "能源"]),
        ("危险化学品", "chem", 3.5, 0.5, (8, 35, 40, 17), ["化工", "硅烷", "焦化", "新材料"]),
        ("非煤矿山", "mine", 2, 0.4, (5, 30, 40, 25), ["矿业", "石料"]),
        ("建筑施工", "build", 8, 0.3, (2, 15, 40, 43), ["建设工程", "建筑安装"]),
        ("城镇燃气", "gas", 1.2, 0.5, (5, 35, 40, 20), ["燃气", "液化气"]),
        ("冶金机械", "metal", 10, 0.3, (2, 12, 36, 50), ["机械", "铸造", "金属制品"]),
        ("纺织服装", "textile", 6, 0.2, (1, 8, 30, 61), ["纺织", "服饰"]),
        ("食品加工", "food", 7, 0.2, (1, 8, 30, 61), ["食品", "煎饼", "樱桃加工"]),
        ("道路运输", "transport", 5, 0.15, (1, 10, 35, 54), ["运输", "物流"]),
        ("商贸", "trade", 22, 0.05, (0.3, 4, 22, 73.7), ["商贸", "百货", "超市"]),
        ("烟花爆竹经营", "fireworks", 1.2, 0.02, (2, 20, 40, 38), ["烟花爆竹"], ("经营部",)),
        ("旅游景区", "tourism", 0.6, 0.4, (1, 10, 35, 54), ["旅游开发"]),
    ]
    c.add_enterprises(1378, towns, industries, lambda t: rng.choice(["新泰市", "新泰市", "新泰", "山东"]),
                      assessed=(D(2024, 3, 1), D(2025, 7, 1)))
    for name, cat, ind, town in [("新泰正大焦化有限公司", "chem", "危险化学品", "新泰化工产业园"),
                                 ("新泰市兴泰硅烷有限公司", "chem", "危险化学品", "新泰化工产业园")]:
        c.enterprises.append({"id": None, "name": c.names.fixed(name), "county": c.name, "town": town,
                              "industry": ind, "scale": "above", "key_supervised": True, "risk_level": "orange",
                              "risk_assessed_on": D(2025, 2, 20), "reward_mechanism": True,
                              "platform_registered": False, "_cat": cat})
    c.number_enterprises()
    c.set_key_supervised(share=0.26)
    for e in c.enterprises:
        if e["_cat"] in ("coal", "mine", "chem", "gas") and e["scale"] == "above":
            e["reward_mechanism"] = rng.random() < 0.7  # 安全生产吹哨人制度

    # 四不两直: unannounced checks by the supervision and undercover groups, 855 person-times.
    un_teams = ["市督导巡查第一组", "市督导巡查第二组", "市督导巡查第三组", "市暗访检查第一组", "市暗访检查第二组"]
    risky = [e for e in c.enterprises if e["risk_level"] in ("red", "orange") or e["_cat"] in ("coal", "mine", "chem", "build", "gas")]
    n_unannounced = 178
    inspectors = split_total(rng, 855, n_unannounced, lo=3)
    while max(inspectors) > 8:
        inspectors = split_total(rng, 855, n_unannounced, lo=3)
    for n in inspectors:
        e = c.pick_enterprise(risky)
        d = workday(rand_day(rng, c.start, c.end - dt.timedelta(days=1)))
        c.add_inspection(e, "unannounced", None, d, rng.choice(un_teams), rng.choices([1, 2, 3, 4, 5, 6, 8], [8, 14, 18, 18, 14, 10, 5])[0], n)
    # Double-random enforcement by the city bureau; some July plans not yet carried out.
    for _ in range(140):
        e = c.pick_enterprise()
        planned = workday(rand_day(rng, c.start, D(2025, 7, 31)))
        done = planned if planned <= c.end else None
        c.add_inspection(e, "double_random", planned, done,
                         rng.choice(["市应急管理局执法一大队", "市应急管理局执法二大队"]),
                         rng.choices([0, 1, 2, 3], [30, 40, 20, 10])[0], 2)
    # Towns' routine checks of their key enterprises.
    key = [e for e in c.enterprises if e["key_supervised"]]
    for _ in range(210):
        e = c.pick_enterprise(key)
        planned = workday(rand_day(rng, c.start, D(2025, 7, 25)))
        done = planned if planned <= c.end else None
        c.add_inspection(e, "routine", planned, done, f"{e['town']}安监站", rng.choices([0, 1, 2], [50, 35, 15])[0], 2)
    # Special check of the chemical park before the flood season.
    park = [e for e in c.enterprises if e["town"] == "新泰化工产业园"]
    for e in park[:12]:
        d = workday(rand_day(rng, D(2025, 5, 20), D(2025, 6, 10)))
        c.add_inspection(e, "special", d, d, "市危化品安全专项检查组", rng.choice([0, 1, 1, 2]), 4)

    majors = []
    for _ in range(18):
        e = c.pick_enterprise([x for x in c.enterprises if x["_cat"] in ("coal", "mine", "chem", "gas", "build", "metal")])
        majors.append(c.add_hazard(e, late_biased_day(rng, c.start, c.end - dt.timedelta(days=20), 0.8),
                                   rng.choice(["inspection", "expert"]), "major"))
    found = HAZARDS_FOUND
    rest = found - len(c.hazards)
    assert rest > 0, rest
    for _ in range(rest):
        e = c.pick_enterprise()
        s = rng.choices(["self_check", "employee_report", "grid_member", "public_report"], [45, 20, 20, 15])[0]
        c.add_hazard(e, rand_day(rng, c.start, c.end), s, internal=(s == "employee_report"))
    general = [h for h in c.hazards if h["grade"] == "general"]
    c.settle(general, HAZARDS_RECTIFIED - 17)
    c.settle(majors, 17)
    c.list_majors(3, 2)
    for h in c.hazards:
        if h["source"] == "employee_report" and h["status"] in RECTIFIED and h["_enterprise"]["reward_mechanism"]:
            h["reward_yuan"] = rng.choice([100, 200, 200, 500, 1000])

    # 讲一案: 1,580 lectures; 练一战: 1,208 drills; by towns, zones and key departments.
    lecture_topics = ["“一把手”讲安全公开课", "煤矿事故案例警示宣讲", "危化品事故案例剖析", "建筑施工安全法规解读",
                      "新安全生产法宣讲", "燃气安全警示教育", "“平安即孝”安全文化宣讲", "安全生产吹哨人制度宣讲",
                      "夏季高温作业安全宣讲", "有限空间作业事故案例警示"]
    drill_topics = ["危化品泄漏着火应急演练", "非煤矿山抢险救援演练", "防汛抢险应急演练", "夏季高温中暑应急演练",
                    "消防疏散实战演练", "燃气泄漏处置演练", "煤矿井下避灾演练", "有限空间救援演练", "爆炸事故应急演练"]
    c.add_training_rows("lecture", "worker", 1020, 61200, 260, lecture_topics, mode_online=0.05, per_row_max=12)
    c.add_training_rows("lecture", "principal", 310, 9300, 90, lecture_topics, per_row_max=10)
    c.add_training_rows("lecture", "public", 250, 22500, 70, ["安全宣传进社区", "安全知识进校园宣讲", "燃气安全进万家"],
                        per_row_max=10)
    c.add_training_rows("drill", "worker", 960, 38400, 280, drill_topics, per_row_max=10)
    c.add_training_rows("drill", "public", 170, 15300, 50, ["社区消防疏散演练", "防汛避险转移演练"], per_row_max=8)
    c.add_training_rows("drill", "student", 78, 23400, 30, ["校园地震避险演练", "校园消防疏散演练"], per_row_max=6)
    c.add_training_rows("training", "principal", 24, 1680, 12, ["企业主要负责人安全生产培训", "“一把手”安全生产履职培训"])
    c.add_training_rows("training", "official", 6, 420, 6, ["副县级以上领导干部安全生产专题培训", "镇街安监人员业务培训"])

    c.add_fact("key_departments", 22, "22 家重点部门“一把手”（003）")
    c.add_fact("innovation_measures", 83, "83 项实质性创新举措（003）")

    c.add_inspectors([("新泰市应急管理局执法大队", "", 12), ("新泰市安委会督导巡查组", "", 8)] +
                     [(f"{t}安监站", t, 1) for t, _ in towns])
    c.finish()
    return c
