"""荔城区 (Licheng district, Putian, Fujian): article 004, 拧紧"安全阀" 织密"防护网"——荔城区抓实安全生产工作护航高质量发展.

What the article states and the rows reproduce: 660 enterprises surveyed, 492 registered on the
闽企安 platform, 135 above-scale enterprises supervised by the district bureau; 2,231 hazards
found / 2,058 rectified; 42 major / 41 rectified, 2 listed for supervision and both delisted;
principal trainings 83 / 1,295 person-times, worker trainings 134 / 8,805, major-hazard standard
briefings 48 / 1,933; 10 warehouses, 6万多 flood-control items, 152 shelter points, 13 shelters;
and the inspection rules (towns sample 20% of below-scale enterprises a month, the bureau checks
every above-scale one a year by quarterly plans and spot-checks at least 10% a month).
Period 2025-01-01 … 2025-06-15 (the article's "截至6月11日", "今年以来").
"""

import datetime as dt
from collections import defaultdict

from .builder import County, D, late_biased_day, month_end, monthly_days, rand_day, weighted_sample, workday
from .vocabulary import RECTIFIED

NAME = "荔城区"
PREFIX = "LC"
PERIOD = (D(2025, 1, 1), D(2025, 6, 15))

# Picked for the article's approximate figure (data/README.md lists it).
FLOOD_SUPPLIES = 61_800  # 6万多件


def build():
    c = County(NAME, PREFIX, PERIOD)
    rng = c.rng
    towns = [("镇海街道", 1.0), ("拱辰街道", 0.9), ("西天尾镇", 1.3), ("黄石镇", 1.6), ("新度镇", 1.1),
             ("北高镇", 0.8), ("荔城经济开发区", 1.5)]
    industries = [
        ("纺织服装", "textile", 18, 0.25, (1, 8, 30, 61), ["织造", "纺织", "服饰", "针织"]),
        ("鞋业", "textile", 16, 0.22, (1, 9, 30, 60), ["鞋业", "鞋材", "体育用品"]),
        ("工艺美术", "wood", 12, 0.12, (1, 8, 30, 61), ["工艺品", "木雕", "古典家具"]),
        ("食品加工", "food", 9, 0.2, (1, 7, 27, 65), ["食品", "果蔬加工", "桂圆制品"]),
        ("电子信息", "textile", 7, 0.35, (0.5, 5, 25, 69.5), ["电子", "光电科技", "智能科技"]),
        ("金属制品", "metal", 8, 0.22, (1.5, 10, 32, 56.5), ["金属制品", "五金", "机械"]),
        ("建材", "build", 6, 0.2, (1, 9, 30, 60), ["建材", "新型墙材", "混凝土"]),
        ("印刷包装", "wood", 7, 0.18, (1, 8, 30, 61), ["印刷", "包装", "纸品"]),
        ("商贸仓储", "trade", 9, 0.1, (0.5, 6, 26, 67.5), ["商贸", "物流", "仓储"]),
        ("危化品经营", "chem", 3, 0.2, (6, 30, 40, 24), ["石化", "燃料", "化工贸易"]),
        ("城镇燃气", "gas", 1.5, 0.3, (5, 30, 40, 25), ["燃气", "液化气"]),
    ]
    c.add_enterprises(659, towns, industries, lambda t: rng.choice(["莆田市", "莆田市", "莆田", "荔城区"]),
                      assessed=(D(2024, 3, 1), D(2025, 6, 10)))
    # The enterprise the article names (checked with the development zone, registered on 闽企安).
    c.enterprises.append({
        "id": None, "name": c.names.fixed("莆田市恒祥织造有限公司"), "county": c.name, "town": "荔城经济开发区",
        "industry": "纺织服装", "scale": "above", "key_supervised": True, "risk_level": "orange",
        "risk_assessed_on": D(2025, 3, 14), "reward_mechanism": True, "platform_registered": True,
        "_cat": "textile"})
    # Exactly 135 above-scale.
    above = [e for e in c.enterprises if e["scale"] == "above"]
    below = [e for e in c.enterprises if e["scale"] == "below"]
    while len(above) > 135:
        e = rng.choice([x for x in above if x["name"] != "莆田市恒祥织造有限公司"])
        e["scale"] = "below"; above.remove(e); below.append(e)
    while len(above) < 135:
        e = rng.choice(below)
        e["scale"] = "above"; below.remove(e); above.append(e)
    c.number_enterprises()
    c.set_key_supervised(share=0.3)
    for e in c.enterprises:
        if e["scale"] == "above":
            e["key_supervised"] = True
    # 492 registered on 闽企安: every above-scale enterprise first, then below-scale ones.
    registered = weighted_sample(rng, below, 492 - 135, lambda e: 2 if e["town"] == "荔城经济开发区" else 1)
    for e in above + registered:
        e["platform_registered"] = True
    for e in weighted_sample(rng, c.enterprises, 57, lambda e: 4 if e["scale"] == "above" else 1):
        e["reward_mechanism"] = True

    # Inspections. District bureau: every above-scale enterprise once a year, planned by quarter.
    quarters = [(D(2025, 1, 6), D(2025, 3, 28)), (D(2025, 4, 1), D(2025, 6, 27)),
                (D(2025, 7, 1), D(2025, 9, 26)), (D(2025, 10, 9), D(2025, 12, 26))]
    ab = sorted(above, key=lambda e: e["id"])
    rng.shuffle(ab)
    insp_hazards = []
    for i, e in enumerate(ab):
        qs, qe = quarters[i % 4]
        planned = workday(rand_day(rng, qs, qe))
        done = workday(planned + dt.timedelta(days=rng.randint(-3, 6))) if planned <= c.end - dt.timedelta(days=5) else None
        if done and done > c.end:
            done = None
        team = rng.choice(["区应急管理局执法大队一中队", "区应急管理局执法大队二中队"])
        found = rng.choices([0, 1, 2, 3, 4, 5], [2, 3, 4, 3, 2, 1])[0]
        _, hs = c.add_inspection(e, "routine", planned, done, team, found, rng.choice([2, 2, 3, 4]))
        insp_hazards += hs
    # Towns and the zone: 20% of their below-scale enterprises every month, all within a half-year.
    by_town = defaultdict(list)
    for e in sorted(below, key=lambda e: e["id"]):
        by_town[e["town"]].append(e)
    team_of = {t: (f"{t}安监站" if t != "荔城经济开发区" else "荔城经济开发区安全生产监管办") for t, _ in towns}
    months = monthly_days(c.start, c.end)  # Jan..Jun
    for town, ents in sorted(by_town.items()):
        ents = ents[:]
        rng.shuffle(ents)
        groups = [ents[i::5] for i in range(5)]
        for m, first in enumerate(months):
            group = groups[m % 5]
            for e in group:
                planned = workday(rand_day(rng, first, month_end(first) - dt.timedelta(days=3)))
                done = planned + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
                done = workday(done)
                if done > c.end:
                    done = None
                found = rng.choices([0, 1, 2, 3], [40, 33, 18, 9])[0]
                _, hs = c.add_inspection(e, "routine", planned, done, team_of[town], found, 2)
                insp_hazards += hs
    # District bureau spot checks: at least 10% of the towns' below-scale enterprises each month.
    for first in months:
        sample = rng.sample(sorted(below, key=lambda e: e["id"]), int(len(below) * 0.11))
        for e in sample:
            planned = workday(rand_day(rng, first, month_end(first) - dt.timedelta(days=3)))
            done = planned if planned <= c.end else None
            team = rng.choice(["区应急管理局挂钩包联一组", "区应急管理局挂钩包联二组", "区应急管理局挂钩包联三组",
                               "区应急管理局挂钩包联四组"])
            found = rng.choices([0, 1, 2], [55, 35, 10])[0]
            _, hs = c.add_inspection(e, "double_random", planned, done, team, found, 2)
            insp_hazards += hs

    # Hazards: 2,231 found, 2,058 rectified; 42 major (41 rectified), 2 listed and delisted.
    majors = []
    for _ in range(42):
        e = c.pick_enterprise([x for x in c.enterprises if x["_cat"] in ("chem", "gas", "textile", "wood", "food", "trade")])
        majors.append(c.add_hazard(e, late_biased_day(rng, c.start, c.end - dt.timedelta(days=10), 0.8),
                                   rng.choice(["inspection", "inspection", "expert", "self_check"]), "major"))
    others = 2231 - 42 - len(insp_hazards)
    assert others > 0, others
    src = ["self_check", "employee_report", "grid_member", "public_report", "other"]
    for _ in range(others):
        e = c.pick_enterprise()
        s = rng.choices(src, [50, 12, 18, 8, 12])[0]
        h = c.add_hazard(e, rand_day(rng, c.start, c.end), s, internal=(s == "employee_report"))
        if s == "employee_report" and e["reward_mechanism"] and rng.random() < 0.6:
            h["_reward"] = True
    general = [h for h in c.hazards if h["grade"] == "general"]
    c.settle(general, 2058 - 41)
    c.settle(majors, 41)
    c.list_majors(2, 2)
    for h in c.hazards:
        if h.pop("_reward", False) and h["status"] in RECTIFIED:
            h["reward_yuan"] = rng.choice([50, 100, 100, 200, 500])

    # Trainings. Principal trainings, worker trainings, major-hazard standard briefings.
    c.add_training_rows("training", "principal", 83, 1295, 38, [
        "企业主要负责人安全生产专题培训", "企业主要负责人“闽企安”平台应用培训", "主要负责人安全生产法律法规培训",
        "治本攻坚三年行动主要负责人培训", "主要负责人安全生产责任制专题培训"], mode_online=0.2)
    c.add_training_rows("training", "worker", 134, 8805, 52, [
        "从业人员安全操作技能培训", "一线员工消防安全技能培训", "有限空间作业安全培训", "岗位应急处置技能培训",
        "新员工三级安全教育", "粉尘防爆安全培训", "电动车火灾防范培训"], mode_online=0.15)
    c.add_training_rows("lecture", "safety_manager", 48, 1933, 30, [
        "重大事故隐患判定标准宣贯", "工贸行业重大事故隐患判定标准解读", "重大事故隐患判定标准宣贯（消防）",
        "重大事故隐患判定标准宣贯（燃气）", "重大事故隐患判定标准宣贯（危化品）"], mode_online=0.25)
    c.add_training_rows("training", "official", 9, 312, 6, [
        "镇村干部“闽企安”平台实操培训", "镇街安全监管人员业务培训"], mode_online=0.3)
    c.add_training_rows("publicity", "public", 14, 6120, 9, [
        "防灾减灾日安全宣传", "安全生产月启动宣传", "消防安全进社区", "燃气安全进万家", "“一城同屏”安全宣传"],
        materials_total=8600)
    c.add_training_rows("drill", "public", 7, 860, 5, ["防汛防台风应急演练", "人员密集场所消防疏散演练",
                                                      "森林防火应急演练"])

    c.add_fact("emergency_warehouses", 10, "防汛、森林防火物资仓库 10 个（004）")
    c.add_fact("flood_supplies", FLOOD_SUPPLIES, "储备各类防汛物资 6万多件，取 61,800（004）")
    c.add_fact("shelter_points", 152, "避灾点 152 个（004）")
    c.add_fact("shelters", 13, "应急避难场所 13 个（004）")

    c.add_inspectors([("荔城区应急管理局执法大队", "", 10), ("荔城区应急管理局", "", 4)] +
                     [(team_of[t], t, 2) for t, _ in towns])
    c.finish()
    return c
