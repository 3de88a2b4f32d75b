"""博湖县 (Bohu county, Bayingol, Xinjiang): article 001, 新疆博湖：筑牢安全生产防线 助力高质量发展 (科技日报, 2022-03-23).

What the article states: the four risk grades 红橙黄蓝 in use (it gives no counts: how many
enterprises have each colour is ours), 120余 宣讲 by the county's 宣教队, and the towns
查干诺尔乡 (points-based management) and 博湖镇. Period 2022-01-01 … 2022-03-23.
"""

from collections import Counter

from .builder import County, D, rand_day, workday
from .vocabulary import RISKS

NAME = "博湖县"
PREFIX = "BH"
PERIOD = (D(2022, 1, 1), D(2022, 3, 23))

# Picked for the article's approximate figure (data/README.md lists it): lectures and
# publicity rows together.
LECTURE_AND_PUBLICITY_SESSIONS = 124  # 宣讲120余次


def build():
    c = County(NAME, PREFIX, PERIOD)
    rng = c.rng
    towns = [("博湖镇", 3.0), ("本布图镇", 1.2), ("塔温觉肯乡", 0.8), ("乌兰再格森乡", 1.0), ("才坎诺尔乡", 1.0),
             ("查干诺尔乡", 1.2), ("博斯腾湖乡", 0.8)]
    industries = [
        ("木材加工", "wood", 5, 0.15, (4, 16, 35, 45), ["木业", "木材加工"]),
        ("芦苇加工", "wood", 3, 0.2, (3, 14, 35, 48), ["苇业", "芦苇制品"]),
        ("农产品加工", "food", 8, 0.2, (3, 12, 35, 50), ["番茄制品", "辣椒加工", "农产品"]),
        ("仓储（厂改仓）", "trade", 4, 0.1, (5, 20, 35, 40), ["仓储", "物流"]),
        ("养殖小区", "farm", 4, 0.05, (2, 10, 30, 58), ["养殖", "畜牧"]),
        ("危化品经营", "chem", 1.5, 0.3, (15, 35, 30, 20), ["石化", "燃料"]),
        ("建材", "build", 2, 0.3, (3, 15, 40, 42), ["建材", "砂石"]),
        ("水产加工", "food", 2, 0.2, (2, 10, 35, 53), ["水产", "渔业"]),
        ("旅游住宿", "tourism", 3, 0.1, (2, 10, 30, 58), ["旅游", "宾馆"]),
        ("商贸", "trade", 7, 0.03, (1, 6, 25, 68), ["商贸", "超市"]),
    ]
    c.add_enterprises(164, towns, industries, lambda t: rng.choice(["博湖县", "博湖县", "巴州", "新疆"]),
                      assessed=(D(2021, 6, 1), D(2022, 3, 20)))
    counts = Counter(e["risk_level"] for e in c.enterprises)
    for level in RISKS:  # every colour present, at least twice
        while counts[level] < 2:
            e = rng.choice([x for x in c.enterprises if counts[x["risk_level"]] > 10])
            counts[e["risk_level"]] -= 1
            e["risk_level"] = level
            counts[level] += 1
    c.number_enterprises()
    c.set_key_supervised(share=0.3)

    # Third-party experts "上门出诊" (special), towns' routine checks; some late-March plans.
    for _ in range(46):
        e = c.pick_enterprise()
        planned = workday(rand_day(rng, D(2022, 1, 10), D(2022, 4, 15)))
        done = planned if planned <= c.end else None
        c.add_inspection(e, "special", planned, done, rng.choice(["第三方安全服务机构专家组一组", "第三方安全服务机构专家组二组"]),
                         rng.choices([1, 2, 3, 4, 5], [15, 30, 30, 15, 10])[0], 3, hazard_source="expert")
    for _ in range(70):
        e = c.pick_enterprise()
        planned = workday(rand_day(rng, c.start, D(2022, 4, 8)))
        done = planned if planned <= c.end else None
        c.add_inspection(e, "routine", planned, done, f"{e['town']}安全生产监管站", rng.choices([0, 1, 2], [45, 40, 15])[0], 2)
    for _ in range(24):
        e = c.pick_enterprise()
        d = workday(rand_day(rng, c.start, c.end))
        c.add_inspection(e, "double_random", d, d, "县应急管理局执法大队", rng.choices([0, 1, 2], [40, 40, 20])[0], 2)
    majors = []
    for _ in range(3):
        e = c.pick_enterprise([x for x in c.enterprises if x["_cat"] in ("wood", "chem", "trade")])
        majors.append(c.add_hazard(e, rand_day(rng, c.start, D(2022, 2, 15)), "expert", "major"))
    for _ in range(60):
        e = c.pick_enterprise()
        s = rng.choice(["self_check", "self_check", "grid_member", "public_report"])
        c.add_hazard(e, rand_day(rng, c.start, c.end), s)
    general = [h for h in c.hazards if h["grade"] == "general"]
    c.settle(general, int(len(general) * 0.86))
    c.settle(majors, 2)
    c.list_majors(1, 0)

    total = LECTURE_AND_PUBLICITY_SESSIONS
    c.add_training_rows("lecture", "public", 52, 3640, 40, [
        "安全生产宣讲进村（社区）", "“应急干部上讲台”宣讲", "专业宣教队安全宣讲", "行业宣教队安全宣讲",
        "企业宣教队班前宣讲"], per_row_max=3)
    c.add_training_rows("lecture", "worker", 21, 840, 18, ["企业安全员隐患排查宣讲", "第三方机构进车间安全宣讲"],
                        per_row_max=2)
    c.add_training_rows("publicity", "student", 27, 4860, 22, [
        "安全知识进校园", "“教育一个学生、影响一个家庭”主题班会", "校园安全宣传周"], per_row_max=2)
    c.add_training_rows("publicity", "public", total - 52 - 21 - 27, 6100, 20, [
        "安全隐患随手拍宣传", "安全宣传进家庭", "安全宣传进农村", "冬春火灾防控宣传"], materials_total=5200,
        per_row_max=2)
    c.add_training_rows("drill", "public", 9, 1250, 7, ["应急大演练", "冬季消防疏散演练", "博斯腾湖冰面救援演练"])
    c.add_training_rows("training", "safety_manager", 6, 260, 5, ["企业安全员培训（第三方机构）", "积分制管理考评培训"])

    c.add_inspectors([("博湖县应急管理局", "", 6), ("博湖县应急管理局执法大队", "", 4)] +
                     [(f"{t}安全生产监管站", t, 1) for t, _ in towns])
    c.finish()
    return c
