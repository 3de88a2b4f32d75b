"""平利县 (Pingli county, Ankang, Shaanxi): article 002, 平安顺利民为本 万家幸福安为先——平利县扎实推进安全生产专项整治三年行动工作纪实.

What the article states and the rows reproduce: 2,647 km², 230,000 people, 2,269 production
units (615 key-supervised), 11 towns, 27 industry departments; 584 general hazards found, 547
rectified (94%); 55 supervision checks of 105 units finding 53 problems; 49 study sessions,
2600余 person-times; 3,165 managers trained in two years; 32 safety films; 65000余 materials;
no production-safety accident; the "112" rhythm (a reminder and a bulletin every month, a
supervision check every two months). Period 2020-06-01 … 2022-05-31 (the three-year campaign up
to the article).
"""

import datetime as dt

from .builder import County, D, rand_day, split_total, workday, workday_before

NAME = "平利县"
PREFIX = "PL"
PERIOD = (D(2020, 6, 1), D(2022, 5, 31))

# Picked for the article's approximate figures (data/README.md lists them).
OFFICIAL_PERSON_TIMES = 2_636  # 2600余人次
MATERIALS = 65_380             # 65000余份


def build():
    c = County(NAME, PREFIX, PERIOD)
    rng = c.rng
    towns = [("城关镇", 3.2), ("兴隆镇", 0.8), ("老县镇", 1.2), ("大贵镇", 0.9), ("三阳镇", 0.7), ("洛河镇", 0.8),
             ("广佛镇", 0.9), ("八仙镇", 0.6), ("长安镇", 1.3), ("正阳镇", 0.4), ("西河镇", 0.6)]
    industries = [
        ("石煤矿", "coal", 0.6, 0.6, (15, 40, 35, 10), ["石煤", "矿业"]),
        ("非煤矿山", "mine", 2.2, 0.4, (6, 30, 40, 24), ["矿业", "建材石料", "砂石"]),
        ("冶金", "metal", 0.5, 0.5, (5, 30, 40, 25), ["冶金", "铁合金"]),
        ("危险化学品", "chem", 1.4, 0.3, (6, 30, 40, 24), ["石化", "化工", "燃料"]),
        ("建筑施工", "build", 7, 0.3, (2, 14, 40, 44), ["建筑工程", "建设工程", "路桥工程"]),
        ("食品制造", "food", 11, 0.12, (0.5, 4, 26, 69.5), ["茶业", "绞股蓝", "食品", "富硒茶"]),
        ("社区工厂", "textile", 12, 0.06, (0.5, 5, 30, 64.5), ["毛绒玩具", "电子", "服饰", "手套"], ("社区工厂",)),
        ("道路运输", "transport", 5, 0.15, (1, 10, 35, 54), ["运输", "客运", "物流"]),
        ("商贸", "trade", 30, 0.03, (0.2, 3, 20, 76.8), ["商贸", "百货", "超市", "建材经营"]),
        ("住宿餐饮", "trade", 18, 0.02, (0.2, 3, 22, 74.8), ["酒店", "农家乐", "餐饮"], ("有限公司", "店")),
        ("烟花爆竹经营", "fireworks", 2.5, 0.02, (2, 20, 40, 38), ["烟花爆竹"], ("经营部",)),
        ("电力", "power", 2, 0.4, (1, 10, 40, 49), ["水电", "电力开发"]),
        ("旅游景区", "tourism", 1, 0.3, (1, 10, 35, 54), ["旅游开发", "文化旅游"]),
        ("燃气经营", "gas", 0.5, 0.3, (4, 30, 40, 26), ["燃气", "液化气"]),
        ("农业养殖", "farm", 6, 0.03, (0.2, 3, 20, 76.8), ["农业", "养殖", "生态农业"]),
    ]
    c.add_enterprises(2269, towns, industries, lambda t: "平利县", assessed=(D(2020, 3, 1), D(2022, 5, 20)))
    c.number_enterprises()
    c.set_key_supervised(count=615)
    key = [e for e in c.enterprises if e["key_supervised"]]

    # Supervision under "112": a supervision check every two months, 12 rounds; 55 outings of a
    # team on a day, visiting 105 units in all, finding 53 problems.
    teams = ["县安委办第一督查组", "县安委办第二督查组", "县安委办第三督查组", "县安委办第四督查组"]
    rounds = [D(2020, 7, 1), D(2020, 9, 1), D(2020, 11, 2), D(2021, 1, 4), D(2021, 3, 1), D(2021, 5, 6),
              D(2021, 7, 1), D(2021, 9, 1), D(2021, 11, 1), D(2022, 1, 4), D(2022, 3, 1), D(2022, 5, 5)]
    outings_per_round = [5] * 7 + [4] * 5
    rng.shuffle(outings_per_round)
    outings = []
    for first, n in zip(rounds, outings_per_round):
        used = set()
        while len(used) < n:
            t = rng.choice(teams)
            d = workday(first + dt.timedelta(days=rng.randint(0, 16)))
            used.add((t, d))
        outings += sorted(used, key=lambda x: (x[1], x[0]))
    assert len(outings) == 55
    units_per = split_total(rng, 105, 55, lo=1)
    while max(units_per) > 4:
        units_per = split_total(rng, 105, 55, lo=1)
    targets = rng.sample(sorted(key, key=lambda e: e["id"]), 105)
    found_per = split_total(rng, 53, 105, lo=0, weights=[rng.random() ** 2 for _ in range(105)])
    k = 0
    for (team, d), n in zip(outings, units_per):
        for _ in range(n):
            c.add_inspection(targets[k], "supervision", d - dt.timedelta(days=rng.randint(3, 10)), d, team,
                             found_per[k], rng.choice([3, 4, 4, 5]))
            k += 1
    # The next round, planned for July 2022, not yet carried out.
    for e in rng.sample(key, 5):
        c.add_inspection(e, "supervision", workday(D(2022, 7, 4) + dt.timedelta(days=rng.randint(0, 10))), None,
                         rng.choice(teams))
    # Towns' routine checks and the bureau's double-random checks.
    for _ in range(150):
        e = c.pick_enterprise(key)
        d = workday(rand_day(rng, c.start, c.end - dt.timedelta(days=3)))
        c.add_inspection(e, "routine", d, d, f"{e['town']}安全生产办公室", rng.choices([0, 1, 2, 3], [35, 35, 20, 10])[0], 2)
    for _ in range(60):
        e = c.pick_enterprise()
        d = workday(rand_day(rng, c.start, c.end - dt.timedelta(days=3)))
        c.add_inspection(e, "double_random", d, d, rng.choice(["县应急管理局执法大队一组", "县应急管理局执法大队二组"]),
                         rng.choices([0, 1, 2], [45, 40, 15])[0], 2)
    for _ in range(8):
        e = c.pick_enterprise()
        c.add_inspection(e, "double_random", workday(D(2022, 6, 6) + dt.timedelta(days=rng.randint(0, 20))), None,
                         rng.choice(["县应急管理局执法大队一组", "县应急管理局执法大队二组"]))
    n_insp = len(c.hazards)
    rest = 584 - n_insp
    assert rest > 0, rest
    for _ in range(rest):
        e = c.pick_enterprise()
        s = rng.choices(["grid_member", "self_check", "public_report", "expert", "other"], [40, 30, 8, 14, 8])[0]
        c.add_hazard(e, rand_day(rng, c.start, c.end), s)
    c.settle(c.hazards, 547)

    # Trainings.
    official_dates = sorted(workday_before(workday(rand_day(rng, c.start, c.end)), c.start) for _ in range(49))
    c.add_training_rows("training", "official", 49, OFFICIAL_PERSON_TIMES, 49, [
        "学习习近平总书记关于安全生产重要论述", "县委常委会专题学习安全生产工作", "政府常务会专题学习安全生产法",
        "党委（党组）中心组安全生产专题学习", "安全生产专项整治三年行动干部培训班"], dates=official_dates)
    # 3,165 managers (principals and safety managers) in two years.
    c.add_training_rows("training", "principal", 30, 1468, 24, [
        "生产经营单位主要负责人安全培训", "建筑施工企业负责人安全考核培训", "危险化学品企业负责人培训",
        "交通运输企业负责人安全培训"], mode_online=0.1)
    c.add_training_rows("training", "safety_manager", 36, 3165 - 1468, 28, [
        "安全生产管理人员培训", "工矿商贸企业安全管理人员培训", "建筑施工安全管理人员考核培训",
        "新社区工厂消防安全管理人员培训"], mode_online=0.1)
    c.add_training_rows("training", "special_worker", 22, 1340, 18, [
        "电工作业人员安全技术培训", "焊接与热切割作业培训", "高处作业人员安全培训"])
    # 32 safety films, with the 65000余 handouts given out at them and in the films' villages.
    film_dates = sorted(workday(rand_day(rng, c.start, c.end - dt.timedelta(days=3))) for _ in range(32))
    c.add_training_rows("publicity", "public", 32, 9870, 32, [
        "安全生产电影下乡", "安全生产题材电影放映", "安全生产月电影进社区"],
        materials_total=MATERIALS - 2400, dates=film_dates)
    c.add_training_rows("lecture", "worker", 12, 1150, 10, ["警示教育片进企业", "事故案例警示教育"],
                        materials_total=2400)
    c.add_training_rows("drill", "worker", 26, 2310, 20, ["防汛应急演练", "新社区工厂消防疏散演练",
                                                         "非煤矿山应急救援演练", "地质灾害避险演练"])

    c.add_fact("area_km2", 2647, "全县面积 2647 平方公里（002）")
    c.add_fact("population", 230000, "总人口 23 万（002）")
    c.add_fact("industry_departments", 27, "27 个行业部门制定工作方案（002）")
    c.add_fact("production_accidents", 0, "专项整治三年行动开展以来未发生生产安全事故（002）")

    c.add_inspectors([("平利县应急管理局执法大队", "", 8), ("平利县安委会办公室", "", 4)] +
                     [(f"{t}安全生产办公室", t, 1) for t, _ in towns])
    c.finish()
    return c
