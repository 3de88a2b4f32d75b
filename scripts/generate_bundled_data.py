#!/usr/bin/env python3
"""Generate SafetyBoard's bundled record-level dataset in data/.

Deterministic (fixed seeds, Python 3 standard library only): running it twice writes the same
bytes. The rows are synthetic but shaped so that the county summary computed from them gives
back every figure published in the five source articles (see /work/shared/FIGURES.md and
Tests/safetyboardTests/PublishedFiguresTests.swift). At the end the script reads the files it
wrote, checks every row against the importer's rules, recomputes every published figure with
the definitions of CountySummary, and exits non-zero listing anything that does not match.

Usage: python3 scripts/generate_bundled_data.py [--out DIR]
"""

import csv
import datetime as dt
import os
import sys
from collections import Counter, defaultdict
from random import Random

SEED = 20250611  # the day 荔城区 counted its 660 enterprises; any fixed value would do
AS_OF = dt.date(2026, 11, 22)  # the "today" the tests report at; no event date may be after it

D = dt.date
ONE = dt.timedelta(days=1)


def day(text):
    return dt.date.fromisoformat(text)


def iso(d):
    return d.isoformat() if d else ""


# ---------------------------------------------------------------------------------------------
# Concrete values picked for the approximate published figures (近/余/上千/超/多).
# data/README.md lists the same values.
PICKED = {
    "海西州 internal_reports.found": 19_620,        # 近2万
    "海西州 internal_reports.rectified": 19_326,    # 98.5% of 19,620 = 19,325.7
    "海西州 internal_reports.reward_yuan": 968_350,  # 近百万元
    "海西州 major_hazards.rectified": 348,           # 94% of 370 = 347.8
    "海西州 training.sessions": 1_180,               # 上千场次
    "海西州 training.person_times": 104_360,         # 超十万人次
    "博湖县 lecture+publicity sessions": 124,        # 宣讲120余次
    "平利县 official person_times": 2_636,           # 2600余人次
    "平利县 training.materials": 65_380,             # 65000余份
    "新泰市 hazards.rectified": 1_630,               # 1600余项
    "新泰市 hazards.found": 1_704,                   # not published; a little above the rectified
    "荔城区 facts.flood_supplies": 61_800,           # 6万多件
}

# Every figure of PublishedFiguresTests.swift: county, JSON path, low, high.
FIGURES = [
    ("海西州", "major_hazards.found", 370, 370),
    ("海西州", "major_hazards.rectification_rate", 0.935, 0.94499),
    ("海西州", "enterprises.reward_mechanism", 903, 903),
    ("海西州", "enterprises.reward_mechanism_industries", 14, 14),
    ("海西州", "internal_reports.found", 18_000, 19_999),
    ("海西州", "internal_reports.rectification_rate", 0.9845, 0.98549),
    ("海西州", "internal_reports.reward_yuan", 900_000, 999_999),
    ("海西州", "inspections.by_kind.supervision.teams", 7, 7),
    ("海西州", "training.sessions", 1_000, 1_999),
    ("海西州", "training.person_times", 100_001, 199_999),
    ("博湖县", "enterprises.by_risk.red", 1, 10_000),
    ("博湖县", "enterprises.by_risk.orange", 1, 10_000),
    ("博湖县", "enterprises.by_risk.yellow", 1, 10_000),
    ("博湖县", "enterprises.by_risk.blue", 1, 10_000),
    ("博湖县", "training.by_kind.lecture.sessions+training.by_kind.publicity.sessions", 121, 129),
    ("平利县", "facts.area_km2", 2_647, 2_647),
    ("平利县", "facts.population", 230_000, 230_000),
    ("平利县", "enterprises.total", 2_269, 2_269),
    ("平利县", "enterprises.key_supervised", 615, 615),
    ("平利县", "towns", 11, 11),
    ("平利县", "facts.industry_departments", 27, 27),
    ("平利县", "hazards.found", 584, 584),
    ("平利县", "major_hazards.found", 0, 0),
    ("平利县", "hazards.rectified", 547, 547),
    ("平利县", "hazards.rectification_rate", 0.935, 0.94499),
    ("平利县", "inspections.by_kind.supervision.checks", 55, 55),
    ("平利县", "inspections.by_kind.supervision.units", 105, 105),
    ("平利县", "inspections.by_kind.supervision.hazards_found", 53, 53),
    ("平利县", "training.by_audience.official.sessions", 49, 49),
    ("平利县", "training.by_audience.official.person_times", 2_601, 2_699),
    ("平利县", "training.by_audience.principal.person_times+training.by_audience.safety_manager.person_times", 3_165, 3_165),
    ("平利县", "training.by_kind.publicity.sessions", 32, 32),
    ("平利县", "training.materials", 65_001, 65_999),
    ("平利县", "facts.production_accidents", 0, 0),
    ("新泰市", "towns", 20, 20),
    ("新泰市", "zones", 3, 3),
    ("新泰市", "facts.key_departments", 22, 22),
    ("新泰市", "training.lectures", 1_580, 1_580),
    ("新泰市", "training.drills", 1_208, 1_208),
    ("新泰市", "inspections.by_kind.unannounced.inspectors", 855, 855),
    ("新泰市", "hazards.rectified", 1_601, 1_699),
    ("新泰市", "facts.innovation_measures", 83, 83),
    ("荔城区", "enterprises.total", 660, 660),
    ("荔城区", "enterprises.platform_registered", 492, 492),
    ("荔城区", "enterprises.above_scale", 135, 135),
    ("荔城区", "hazards.found", 2_231, 2_231),
    ("荔城区", "hazards.rectified", 2_058, 2_058),
    ("荔城区", "major_hazards.found", 42, 42),
    ("荔城区", "major_hazards.rectified", 41, 41),
    ("荔城区", "major_hazards.listed", 2, 2),
    ("荔城区", "major_hazards.delisted", 2, 2),
    ("荔城区", "training.by_audience.principal.sessions", 83, 83),
    ("荔城区", "training.by_audience.principal.person_times", 1_295, 1_295),
    ("荔城区", "training.by_audience.worker.sessions", 134, 134),
    ("荔城区", "training.by_audience.worker.person_times", 8_805, 8_805),
    ("荔城区", "training.by_kind.lecture.sessions", 48, 48),
    ("荔城区", "training.by_kind.lecture.person_times", 1_933, 1_933),
    ("荔城区", "facts.emergency_warehouses", 10, 10),
    ("荔城区", "facts.flood_supplies", 60_001, 69_999),
    ("荔城区", "facts.shelter_points", 152, 152),
    ("荔城区", "facts.shelters", 13, 13),
]

# ---------------------------------------------------------------------------------------------
# Column order of each file (the data contract's names; optional columns last).
COLUMNS = {
    "jurisdictions": ["code", "name", "level", "parent_code"],
    "enterprises": ["id", "name", "county", "town", "industry", "scale", "key_supervised", "risk_level",
                    "risk_assessed_on", "reward_mechanism", "platform_registered"],
    "hazards": ["id", "enterprise_id", "county", "found_on", "source", "grade", "description", "status",
                "responsible", "deadline", "rectified_on", "closed_on", "listed_on", "delisted_on", "reward_yuan"],
    "trainings": ["id", "county", "held_on", "kind", "audience", "mode", "sessions", "person_times", "topic",
                  "materials"],
    "inspections": ["id", "county", "enterprise_id", "kind", "planned_on", "done_on", "team", "hazards_found",
                    "inspectors"],
    "facts": ["county", "key", "value", "note"],
    "inspectors": ["id", "name", "body", "town"],
}

LEVELS = ("province", "prefecture", "county", "town", "zone")
SOURCES = ("self_check", "employee_report", "grid_member", "inspection", "expert", "public_report", "other")
STATUSES = ("open", "assigned", "rectifying", "rectified", "closed")
RECTIFIED = ("rectified", "closed")
KINDS = ("training", "drill", "lecture", "publicity")
AUDIENCES = ("principal", "safety_manager", "special_worker", "worker", "official", "public", "student")
MODES = ("offline", "online")
INSPECTION_KINDS = ("routine", "double_random", "unannounced", "special", "supervision")
RISKS = ("red", "orange", "yellow", "blue")

# ---------------------------------------------------------------------------------------------
# Jurisdictions: real names; codes are the real ones where known, plausible ones otherwise.
PROVINCES = [
    ("350000", "福建省"), ("370000", "山东省"), ("610000", "陕西省"), ("630000", "青海省"),
    ("650000", "新疆维吾尔自治区"),
]
PREFECTURES = [
    ("350300", "莆田市", "350000"), ("370900", "泰安市", "370000"), ("610900", "安康市", "610000"),
    ("652800", "巴音郭楞蒙古自治州", "650000"),
    # 海西州 is a prefecture; it stands in the data as a "county" (records name it in `county`),
    # and its own county-level units are its children, their towns below them.
    ("632800", "海西州", "630000"),
]
COUNTY_UNITS = [
    ("350304", "荔城区", "350300"), ("370982", "新泰市", "370900"), ("610926", "平利县", "610900"),
    ("652829", "博湖县", "652800"),
    ("632801", "格尔木市", "632800"), ("632802", "德令哈市", "632800"), ("632803", "茫崖市", "632800"),
    ("632821", "乌兰县", "632800"), ("632822", "都兰县", "632800"), ("632823", "天峻县", "632800"),
    ("632857", "大柴旦行委", "632800"),
]
# (code, name, level, parent) of towns and zones.
TOWNS = {
    "荔城区": [
        ("350304001", "镇海街道", "town"), ("350304002", "拱辰街道", "town"), ("350304100", "西天尾镇", "town"),
        ("350304101", "黄石镇", "town"), ("350304102", "新度镇", "town"), ("350304103", "北高镇", "town"),
        ("350304400", "荔城经济开发区", "zone"),
    ],
    "新泰市": [
        ("370982001", "青云街道", "town"), ("370982002", "新汶街道", "town"), ("370982101", "东都镇", "town"),
        ("370982102", "小协镇", "town"), ("370982103", "翟镇", "town"), ("370982104", "泉沟镇", "town"),
        ("370982105", "羊流镇", "town"), ("370982106", "果都镇", "town"), ("370982107", "西张庄镇", "town"),
        ("370982108", "天宝镇", "town"), ("370982109", "楼德镇", "town"), ("370982110", "禹村镇", "town"),
        ("370982111", "宫里镇", "town"), ("370982112", "谷里镇", "town"), ("370982113", "石莱镇", "town"),
        ("370982114", "放城镇", "town"), ("370982115", "刘杜镇", "town"), ("370982116", "汶南镇", "town"),
        ("370982117", "龙廷镇", "town"), ("370982200", "岳家庄乡", "town"),
        ("370982400", "新泰经济开发区", "zone"), ("370982401", "新泰化工产业园", "zone"),
        ("370982402", "莲花山旅游度假区", "zone"),
    ],
    "平利县": [
        ("610926100", "城关镇", "town"), ("610926101", "兴隆镇", "town"), ("610926102", "老县镇", "town"),
        ("610926103", "大贵镇", "town"), ("610926104", "三阳镇", "town"), ("610926105", "洛河镇", "town"),
        ("610926106", "广佛镇", "town"), ("610926107", "八仙镇", "town"), ("610926108", "长安镇", "town"),
        ("610926109", "正阳镇", "town"), ("610926110", "西河镇", "town"),
    ],
    "博湖县": [
        ("652829100", "博湖镇", "town"), ("652829101", "本布图镇", "town"), ("652829200", "塔温觉肯乡", "town"),
        ("652829201", "乌兰再格森乡", "town"), ("652829202", "才坎诺尔乡", "town"),
        ("652829203", "查干诺尔乡", "town"), ("652829204", "博斯腾湖乡", "town"),
    ],
    "格尔木市": [
        ("632801001", "昆仑路街道", "town"), ("632801002", "黄河路街道", "town"), ("632801003", "金峰路街道", "town"),
        ("632801004", "河西街道", "town"), ("632801005", "西藏路街道", "town"), ("632801100", "唐古拉山镇", "town"),
        ("632801101", "郭勒木德镇", "town"), ("632801200", "大格勒乡", "town"), ("632801201", "乌图美仁乡", "town"),
        ("632801400", "格尔木工业园", "zone"),
    ],
    "德令哈市": [
        ("632802001", "河东街道", "town"), ("632802002", "火车站街道", "town"), ("632802100", "尕海镇", "town"),
        ("632802101", "怀头他拉镇", "town"), ("632802102", "柯鲁柯镇", "town"), ("632802200", "蓄集乡", "town"),
        ("632802400", "德令哈工业园", "zone"),
    ],
    "茫崖市": [("632803100", "花土沟镇", "town"), ("632803101", "茫崖镇", "town"), ("632803102", "冷湖镇", "town")],
    "乌兰县": [("632821100", "希里沟镇", "town"), ("632821101", "茶卡镇", "town"), ("632821102", "柯柯镇", "town"),
             ("632821103", "铜普镇", "town")],
    "都兰县": [("632822100", "察汗乌苏镇", "town"), ("632822101", "香日德镇", "town"), ("632822102", "夏日哈镇", "town"),
             ("632822103", "宗加镇", "town"), ("632822200", "热水乡", "town"), ("632822201", "香加乡", "town")],
    "天峻县": [("632823100", "新源镇", "town"), ("632823101", "木里镇", "town"), ("632823102", "江河镇", "town"),
             ("632823200", "快尔玛乡", "town"), ("632823201", "舟群乡", "town")],
    "大柴旦行委": [("632857100", "柴旦镇", "town"), ("632857101", "锡铁山镇", "town"),
              ("632857400", "大柴旦工业园", "zone")],
}
COUNTY_CODE = {name: code for code, name, _ in COUNTY_UNITS}
COUNTY_CODE["海西州"] = "632800"
HAIXI_UNITS = ["格尔木市", "德令哈市", "茫崖市", "乌兰县", "都兰县", "天峻县", "大柴旦行委"]

PREFIX = {"海西州": "HX", "博湖县": "BH", "平利县": "PL", "新泰市": "XT", "荔城区": "LC"}
PERIOD = {
    "海西州": (D(2025, 1, 1), D(2025, 10, 31)),
    "博湖县": (D(2022, 1, 1), D(2022, 3, 23)),
    "平利县": (D(2020, 6, 1), D(2022, 5, 31)),
    "新泰市": (D(2025, 1, 1), D(2025, 7, 7)),
    "荔城区": (D(2025, 1, 1), D(2025, 6, 15)),
}

# ---------------------------------------------------------------------------------------------
# Word banks.
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
            "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严武戴孔汤")
GIVEN = ["建国", "志强", "丽华", "海燕", "伟", "军", "敏", "静", "磊", "洋", "勇", "艳", "杰", "娟", "涛", "明",
         "超", "秀英", "霞", "平", "刚", "桂英", "文博", "浩然", "思远", "雪梅", "春生", "国庆", "红梅", "晓东",
         "建华", "志刚", "玉兰", "德胜", "金龙", "永福", "立新", "海波", "丽娟", "少华", "宏伟", "振宇", "晓燕",
         "庆丰", "佳慧", "子涵", "明辉", "水生", "荣华", "文静", "凤英", "光明", "学军", "海峰", "建平", "卫东"]
MINORITY_NAMES = {
    "海西州": ["才让多杰", "多杰", "卓玛", "扎西", "巴特尔", "其其格", "索南", "拉毛", "娜仁", "乌力吉", "更藏",
             "尼玛", "马有福", "马秀兰", "韩永忠"],
    "博湖县": ["巴特尔", "乌兰", "吐尔逊", "买买提", "阿依古丽", "热依拉", "孟克", "其木格", "艾力", "古丽娜"],
}

BRAND1 = "恒鑫宏华瑞兴盛泰隆昌永丰天金海中东新信德顺安嘉荣福祥源达通利富润康正鸿博联宇晟锦凯诚亿汇晶辉"
BRAND2 = "祥源达丰盛泰兴隆昌发鑫华通宇晟利润康泽辉诚信和顺安远明成业宏基鼎晖升耀峰旺美"

DEPTS = ["安全环保部", "生产部", "设备部", "综合办公室", "仓储部", "工程部", "后勤保障部", "车间", "安全科",
         "设备动力科", "技术部", "运营部"]
LOCS = ["一号车间", "二号车间", "三号车间", "成品仓库", "原料仓库", "配电室", "锅炉房", "办公楼", "员工宿舍",
        "厂区道路", "空压机房", "机修间", "包装车间", "装卸区", "食堂"]

# Generic hazards (any industry); "{loc}" becomes a place in the enterprise.
GENERAL_HAZARDS = [
    "{loc}灭火器压力不足", "{loc}灭火器过期未检", "{loc}安全出口指示灯损坏", "{loc}疏散通道堆放杂物",
    "{loc}应急照明不亮", "{loc}配电箱未上锁，内部线路裸露", "{loc}电气线路私拉乱接", "{loc}插座超负荷使用",
    "{loc}消防栓被遮挡", "{loc}消防水带缺失", "{loc}防护栏松动", "{loc}未设置安全警示标识",
    "{loc}安全警示标识不全", "{loc}员工未佩戴劳动防护用品", "{loc}设备传动部位防护罩缺失",
    "{loc}地面油污未及时清理", "{loc}电动车违规停放充电", "{loc}气瓶未固定存放", "{loc}砂轮机防护挡板缺失",
    "{loc}配电柜前未铺设绝缘垫", "{loc}临时用电未办理审批", "{loc}动火作业未办理作业票",
    "{loc}物料堆放超高", "{loc}楼梯扶手损坏", "{loc}防火门常开未闭合", "{loc}烟感报警器失效",
    "安全生产责任制未逐级签订", "安全教育培训记录不全", "应急预案未按期演练", "隐患排查台账记录不完整",
    "特种作业人员证书过期", "新员工三级安全教育缺失", "劳保用品发放记录不全", "安全管理制度未及时修订",
    "特种设备未按期检验", "叉车司机无证驾驶", "电梯年检标志过期", "压力容器安全阀未校验",
]
INDUSTRY_HAZARDS = {
    "coal": ["瓦斯检测记录不全", "采掘工作面支护不及时", "井下局部通风机未挂牌管理", "主提升绞车保护装置失灵",
             "井下电缆吊挂不规范", "自救器未按规定配备", "煤尘隔爆设施水量不足", "安全监控系统传感器未按期校验",
             "采空区密闭墙未定期检查", "带式输送机防跑偏装置失效"],
    "mine": ["井下局部通风机未挂牌管理", "采掘工作面支护不及时", "主提升绞车保护装置失灵",
             "井下电缆吊挂不规范", "自救器未按规定配备", "排土场安全平台宽度不足", "边坡存在浮石未清理",
             "炸药库值守人员不足", "采场未设置警戒标志"],
    "chem": ["储罐区可燃气体报警器未校验", "装卸区静电接地装置失效", "危化品仓库混存禁忌物料",
             "工艺管道未标注介质流向", "安全阀铅封缺失", "防爆区域使用非防爆电器", "罐区防火堤有孔洞未封堵",
             "紧急切断阀未定期测试", "操作规程未及时修订", "洗眼器无水"],
    "oil": ["井场防喷器未按期试压", "抽油机护栏缺失", "集输管线腐蚀未及时更换", "井场可燃气体检测仪失效",
            "储油罐呼吸阀堵塞", "作业区未设置风向标"],
    "metal": ["熔炼炉周边有积水", "吊运熔融金属未使用冶金起重机", "煤气区域未配备检测报警仪",
              "除尘管道积尘未清理", "行车限位器失灵"],
    "build": ["脚手架连墙件缺失", "高处作业人员未系安全带", "临边洞口防护不到位", "塔吊限位装置失灵",
              "施工用电未实行一机一闸一漏", "基坑周边堆土过近", "模板支撑体系未验收即使用", "施工现场未设置安全通道"],
    "gas": ["燃气管道被违章占压", "调压箱锈蚀严重", "液化气钢瓶超期未检", "用户端未安装燃气泄漏报警器",
            "燃气软管老化开裂", "餐饮场所燃气管道穿越卧室"],
    "transport": ["营运车辆动态监控终端离线", "驾驶员超时驾驶", "车辆灭火器缺失", "客车安全锤缺失",
                  "危货车辆未按规定路线行驶", "车辆轮胎磨损超限"],
    "trade": ["商铺“三合一”住人", "仓库违规设置员工宿舍", "货架摆放过密堵塞通道", "商场消防控制室无人值守",
              "冷库液氨管道阀门锈蚀", "电动车在楼道内充电"],
    "textile": ["织机传动皮带防护罩缺失", "车间飞絮积聚未清理", "染整车间蒸汽管道未保温", "成品仓库违规使用碘钨灯",
                "鞋材仓库与生产区未分隔", "胶粘剂存放点通风不良"],
    "wood": ["木工机械防护装置缺失", "粉尘作业区未安装除尘设施", "油漆房防爆设施不全", "木料堆场消防通道不畅",
             "砂光车间积尘超标"],
    "food": ["锅炉水位计模糊不清", "冷库门内无应急开门装置", "液氨制冷车间未设置泄漏报警", "油炸设备无温控装置",
             "杀青机周边电线老化", "烘干设备排烟管道积油"],
    "power": ["电站压力钢管锈蚀", "升压站安全工器具未检验", "厂房渗水危及设备", "值班人员未持证上岗"],
    "fireworks": ["烟花爆竹仓库超量储存", "经营点未设置防火间距", "仓库避雷设施未检测"],
    "tourism": ["游客步道护栏松动", "景区消防器材配置不足", "游船救生衣配置不足", "观景平台承重未检测"],
    "farm": ["养殖棚舍电线老化", "饲料仓库堆放杂物", "农机具停放占用通道"],
    "salt": ["盐田作业区未设置警示标志", "卤水输送泵房通风不良", "干燥塔检修平台护栏锈蚀", "氯化钾仓库粉尘积聚"],
}
MAJOR_HAZARDS = {
    "coal": ["超能力、超强度组织生产", "瓦斯超限后未停止作业", "未按设计要求形成独立通风系统",
             "安全监控系统不能正常运行仍组织生产"],
    "mine": ["超能力、超强度组织生产", "未按设计要求形成独立通风系统", "尾矿库排洪设施损坏",
             "露天采场边坡出现滑移征兆仍组织作业", "爆破作业未按规定设置警戒"],
    "chem": ["涉及重点监管危险化工工艺未实现自动化控制", "液化烃储罐未设置紧急切断装置",
             "甲类装置控制室朝向装置一侧未采取防爆措施", "危险化学品储存场所安全距离不足"],
    "oil": ["含硫化氢作业场所未配备正压式空气呼吸器", "油气集输站防爆区域电气设备失爆"],
    "metal": ["熔融金属吊运未使用冶金起重机", "煤气柜区域未设置固定式一氧化碳报警"],
    "build": ["高大模板支撑系统未编制专项施工方案", "深基坑未按方案施工且无监测", "起重机械未经检验投入使用"],
    "gas": ["燃气管道被建筑物违章占压", "人员密集场所使用燃气未安装泄漏报警及切断装置"],
    "transport": ["危险货物运输车辆罐体未检验", "客运车辆未安装动态监控且运营"],
    "trade": ["人员密集场所疏散通道被封堵", "生产经营场所与员工宿舍设在同一建筑物内"],
    "textile": ["生产车间与员工宿舍同一建筑物内未分隔", "粉尘爆炸危险场所除尘系统未采取防爆措施"],
    "wood": ["粉尘爆炸危险场所除尘系统未采取防爆措施", "可燃性粉尘场所使用非防爆电气设备"],
    "food": ["液氨制冷车间与人员密集场所未有效隔离", "有限空间作业未执行先通风、再检测、后作业"],
    "power": ["电站大坝存在渗漏未处置"],
    "fireworks": ["烟花爆竹仓库超量储存"],
    "tourism": ["游乐设施未经检验投入运营"],
    "farm": ["有限空间作业未执行先通风、再检测、后作业"],
    "salt": ["有限空间作业未执行先通风、再检测、后作业", "尾矿库调洪能力不足"],
}
# Internal (employee) reports: small, close-to-hand problems.
INTERNAL_HAZARDS = [
    "{loc}灭火器压力不足", "{loc}安全出口指示灯损坏", "{loc}防护栏松动", "{loc}地面油污易滑倒",
    "{loc}插线板私拉乱接", "{loc}应急照明不亮", "{loc}护罩螺栓松脱", "{loc}警示标识褪色", "{loc}照明灯具损坏",
    "{loc}通道被物料占用", "{loc}漏电保护器动作失灵", "{loc}消防栓水带缺失", "{loc}楼梯踏步破损",
    "{loc}阀门泄漏", "{loc}急停按钮失灵", "{loc}工具随意堆放", "{loc}排风扇故障", "{loc}盖板缺失",
    "班组员工未佩戴安全帽作业", "叉车倒车报警器失灵", "交接班记录缺项", "班前会未进行安全交底",
    "气瓶防震圈缺失", "检修后安全防护未恢复", "动火作业现场无监护人",
]
SOURCE_RESPONSIBLE = ["主要负责人", "安全总监", "分管负责人", "安全管理员", "车间主任", "班组长", "设备主管"]


class Names:
    """Unique Chinese personal and enterprise names from a county's own random stream."""

    def __init__(self, rng, county):
        self.rng = rng
        self.county = county
        self.enterprises = set()

    def person(self):
        pool = MINORITY_NAMES.get(self.county)
        if pool and self.rng.random() < 0.3:
            return self.rng.choice(pool)
        return self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)

    def enterprise(self, prefix, words, suffixes=("有限公司", "有限责任公司")):
        for _ in range(1000):
            brand = self.rng.choice(BRAND1) + self.rng.choice(BRAND2)
            if brand[0] == brand[1]:
                continue
            name = prefix + brand + self.rng.choice(words) + self.rng.choice(suffixes)
            if name not in self.enterprises:
                self.enterprises.add(name)
                return name
        raise RuntimeError("ran out of enterprise names")

    def fixed(self, name):
        self.enterprises.add(name)
        return name


# ---------------------------------------------------------------------------------------------
# Small numeric helpers.
def split_total(rng, total, n, lo=0, weights=None):
    """n whole numbers, each >= lo, summing to total, roughly proportional to weights."""
    assert n > 0 and total >= lo * n, (total, n, lo)
    if weights is None:
        weights = [rng.uniform(0.5, 1.5) for _ in range(n)]
    rest = total - lo * n
    s = float(sum(weights))
    raw = [rest * w / s for w in weights]
    out = [int(x) for x in raw]
    left = rest - sum(out)
    order = sorted(range(n), key=lambda i: raw[i] - out[i], reverse=True)
    for i in order[:left]:
        out[i] += 1
    return [o + lo for o in out]


def rand_day(rng, start, end):
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def late_biased_day(rng, start, end, power=1.0):
    """A day in [start, end]; power > 1 leans late, < 1 early."""
    span = (end - start).days
    return start + dt.timedelta(days=min(span, int(span * (rng.random() ** (1.0 / power)) + 0.5)))


def weighted_sample(rng, items, k, weight):
    """k distinct items, each drawn with probability growing with weight(item)."""
    keyed = [(rng.random() ** (1.0 / max(weight(x), 1e-9)), i) for i, x in enumerate(items)]
    keyed.sort(reverse=True)
    return [items[i] for _, i in keyed[:k]]


def is_workday(d):
    return d.weekday() < 5 and (d.month, d.day) != (1, 1)


def workday(d):
    """Move a weekend day or New Year's Day to the next workday (inspections and trainings are
    held on workdays)."""
    while not is_workday(d):
        d += ONE
    return d


def workday_before(d, limit):
    """A workday on or before d (never before limit; limit itself if nothing else fits)."""
    while not is_workday(d) and d > limit:
        d -= ONE
    return d if is_workday(d) else workday(d)


# ---------------------------------------------------------------------------------------------
class County:
    """Rows of one county, built with its own random stream."""

    def __init__(self, name):
        self.name = name
        self.rng = Random(f"{SEED}-{name}")
        self.names = Names(self.rng, name)
        self.start, self.end = PERIOD[name]
        self.p = PREFIX[name]
        self.enterprises = []
        self.hazards = []
        self.trainings = []
        self.inspections = []
        self.facts = []
        self.inspectors = []
        self._inspection_seq = 0

    # -- enterprises ---------------------------------------------------------------------------
    def add_enterprises(self, n, towns, industries, prefix_of, assessed=None):
        """industries: list of (industry, category, weight, above_prob, (red, orange, yellow, blue), words)."""
        rng = self.rng
        town_names = [t for t, _ in towns]
        town_weights = [w for _, w in towns]
        ind_weights = [x[2] for x in industries]
        first, last = assessed or (self.start - dt.timedelta(days=300), self.end)
        for _ in range(n):
            ind = rng.choices(industries, ind_weights)[0]
            industry, category, _, above_p, risk_w, words = ind[:6]
            suffixes = ind[6] if len(ind) > 6 else ("有限公司", "有限责任公司")
            town = rng.choices(town_names, town_weights)[0]
            risk = rng.choices(RISKS, risk_w)[0]
            self.enterprises.append({
                "id": None, "name": self.names.enterprise(prefix_of(town), words, suffixes), "county": self.name,
                "town": town, "industry": industry, "scale": "above" if rng.random() < above_p else "below",
                "key_supervised": False, "risk_level": risk,
                "risk_assessed_on": workday_before(rand_day(rng, first, last), first),
                "reward_mechanism": False, "platform_registered": False, "_cat": category,
            })

    def number_enterprises(self):
        self.enterprises.sort(key=lambda e: (e["town"], e["industry"], e["name"]))
        for i, e in enumerate(self.enterprises, 1):
            e["id"] = f"{self.p}-E-{i:05d}"

    def set_key_supervised(self, count=None, share=None):
        """Mark the riskiest enterprises key-supervised: exactly `count`, or about `share`."""
        order = {"red": 0, "orange": 1, "yellow": 2, "blue": 3}
        ranked = sorted(self.enterprises, key=lambda e: (order[e["risk_level"]], e["scale"] != "above",
                                                          self.rng.random()))
        if count is None:
            count = int(len(ranked) * share)
        for e in ranked[:count]:
            e["key_supervised"] = True

    def pick_enterprise(self, pool=None):
        pool = pool or self.enterprises
        weights = [{"red": 5, "orange": 3, "yellow": 1.6, "blue": 1}[e["risk_level"]] *
                   (1.6 if e["scale"] == "above" else 1.0) for e in pool]
        return self.rng.choices(pool, weights)[0]

    # -- hazards -------------------------------------------------------------------------------
    def hazard_text(self, e, grade="general", internal=False):
        rng = self.rng
        cat = e["_cat"]
        if grade == "major":
            return rng.choice(MAJOR_HAZARDS.get(cat) or MAJOR_HAZARDS["trade"])
        if internal:
            text = rng.choice(INTERNAL_HAZARDS)
        elif cat in INDUSTRY_HAZARDS and rng.random() < 0.5:
            text = rng.choice(INDUSTRY_HAZARDS[cat])
        else:
            text = rng.choice(GENERAL_HAZARDS)
        return text.replace("{loc}", rng.choice(LOCS))

    def add_hazard(self, e, found_on, source, grade="general", description=None, internal=False):
        h = {
            "id": None, "enterprise_id": e["id"], "county": self.name, "found_on": found_on, "source": source,
            "grade": grade, "description": description or self.hazard_text(e, grade, internal), "status": None,
            "responsible": "", "deadline": None, "rectified_on": None, "closed_on": None, "listed_on": None,
            "delisted_on": None, "reward_yuan": 0, "_enterprise": e,
        }
        self.hazards.append(h)
        return h

    def settle(self, hazards, rectified_count):
        """Give `hazards` statuses (exactly rectified_count rectified or closed, the unrectified ones
        leaning to the latest found) and consistent dates within the period."""
        rng = self.rng
        span = max(1, (self.end - self.start).days)
        late = lambda h: (1 + 4 * (h["found_on"] - self.start).days / span) ** 2
        open_ones = set(id(h) for h in weighted_sample(rng, hazards, len(hazards) - rectified_count, late))
        for h in hazards:
            major = h["grade"] == "major"
            found = h["found_on"]
            gap = rng.randint(30, 90) if major else rng.choice([3, 5, 7, 7, 10, 15, 15, 20, 30])
            deadline = found + dt.timedelta(days=gap)
            e = h["_enterprise"]
            who = self.names.person()
            if major:
                responsible = f"主要负责人 {who}"
            elif rng.random() < 0.5:
                responsible = f"{rng.choice(DEPTS)} {who}"
            else:
                responsible = f"{rng.choice(SOURCE_RESPONSIBLE)} {who}"
            if id(h) in open_ones:
                h["status"] = rng.choices(["open", "assigned", "rectifying"], [2, 3, 5])[0]
                if major:
                    h["status"] = rng.choice(["assigned", "rectifying"])
                if h["status"] != "open":
                    h["responsible"] = responsible
                    h["deadline"] = deadline
                continue
            h["responsible"] = responsible
            h["deadline"] = deadline
            # Most are rectified before the deadline, a few late; none after the period ends.
            if rng.random() < 0.12:
                latest = deadline + dt.timedelta(days=rng.randint(1, 20))
            else:
                latest = deadline
            latest = min(latest, self.end)
            span_days = (latest - found).days
            if rng.random() < 0.15 and not major:  # 立查立改: rectified on the spot
                rectified = found
            else:  # a major hazard takes at least a week (plan, funds, works)
                least = min(span_days, 7) if major else 0
                rectified = found + dt.timedelta(days=least + int((span_days - least) * rng.random() ** 1.3))
            h["rectified_on"] = rectified
            closed = rectified + dt.timedelta(days=rng.randint(1, 12 if not major else 20))
            if closed <= self.end and rng.random() < 0.9:
                h["status"] = "closed"
                h["closed_on"] = closed
            else:
                h["status"] = "rectified"

    def list_majors(self, listed, delisted):
        """List `listed` major hazards for supervision (挂牌督办), the earliest found first, and
        delist `delisted` of them, which must be closed in time."""
        majors = [h for h in self.hazards if h["grade"] == "major"]
        majors.sort(key=lambda h: h["found_on"])
        closed = [h for h in majors if h["status"] == "closed" and h["closed_on"] + dt.timedelta(days=3) <= self.end]
        assert len(closed) >= delisted, (self.name, len(closed), delisted)
        chosen = closed[:delisted]
        rest = [h for h in majors if h not in chosen]
        chosen += self.rng.sample(rest, listed - delisted)
        for h in chosen:  # listed within a week of being found, and before it was rectified
            h["listed_on"] = max(h["found_on"], min(h["found_on"] + dt.timedelta(days=self.rng.randint(1, 7)),
                                                    h["rectified_on"] or self.end, self.end))
        for h in chosen[:delisted]:
            h["delisted_on"] = min(h["closed_on"] + dt.timedelta(days=self.rng.randint(1, 10)), self.end)
            h["responsible"] = h["responsible"] or "企业主要负责人"

    def number_hazards(self):
        self.hazards.sort(key=lambda h: (h["found_on"], h["enterprise_id"], h["description"]))
        for i, h in enumerate(self.hazards, 1):
            h["id"] = f"{self.p}-H-{i:05d}"

    # -- inspections ---------------------------------------------------------------------------
    def add_inspection(self, e, kind, planned_on, done_on, team, hazards_found=0, inspectors=0,
                       hazard_source="inspection"):
        """One inspection; a done one creates its `hazards_found` hazards (found that day).
        A plan not yet carried out records no inspectors: nobody has been sent yet."""
        self._inspection_seq += 1
        row = {"id": None, "county": self.name, "enterprise_id": e["id"] if e else "", "kind": kind,
               "planned_on": planned_on, "done_on": done_on, "team": team,
               "hazards_found": hazards_found if done_on else 0, "inspectors": inspectors if done_on else 0,
               "_seq": self._inspection_seq}
        self.inspections.append(row)
        created = []
        if done_on and e is not None:
            for _ in range(row["hazards_found"]):
                created.append(self.add_hazard(e, done_on, hazard_source))
        return row, created

    def number_inspections(self):
        self.inspections.sort(key=lambda r: (r["done_on"] or r["planned_on"], r["team"], r["_seq"]))
        for i, r in enumerate(self.inspections, 1):
            r["id"] = f"{self.p}-I-{i:05d}"

    # -- trainings -----------------------------------------------------------------------------
    def add_training_rows(self, kind, audience, sessions_total, person_times_total, rows, topics,
                          mode_online=0.0, materials_total=0, per_row_max=None, dates=None, pt_weights=None):
        """`rows` rows of one kind and audience whose sessions, person-times and materials add up
        exactly to the totals given."""
        rng = self.rng
        assert rows <= sessions_total
        if per_row_max:
            sessions = None
            for _ in range(200):
                s = split_total(rng, sessions_total, rows, lo=1)
                if max(s) <= per_row_max:
                    sessions = s
                    break
            assert sessions, (self.name, kind, audience)
        else:
            sessions = split_total(rng, sessions_total, rows, lo=1)
        pts = split_total(rng, person_times_total, rows, lo=0,
                          weights=pt_weights or [s * rng.uniform(0.6, 1.4) for s in sessions])
        mats = split_total(rng, materials_total, rows, lo=0) if materials_total else [0] * rows
        for i in range(rows):
            held = dates[i] if dates else workday_before(workday(rand_day(rng, self.start, self.end)), self.start)
            if held > self.end:
                held = workday_before(self.end, self.start)
            self.trainings.append({
                "id": None, "county": self.name, "held_on": held, "kind": kind, "audience": audience,
                "mode": "online" if rng.random() < mode_online else "offline", "sessions": sessions[i],
                "person_times": pts[i], "topic": rng.choice(topics), "materials": mats[i],
            })

    def number_trainings(self):
        self.trainings.sort(key=lambda t: (t["held_on"], t["kind"], t["audience"], t["topic"]))
        for i, t in enumerate(self.trainings, 1):
            t["id"] = f"{self.p}-T-{i:04d}"

    def add_fact(self, key, value, note):
        self.facts.append({"county": self.name, "key": key, "value": value, "note": note})

    def add_inspectors(self, bodies):
        """bodies: list of (body, town, count)."""
        n = 0
        for body, town, count in bodies:
            for _ in range(count):
                n += 1
                self.inspectors.append({"id": f"{self.p}-P-{n:03d}", "name": self.names.person(), "body": body,
                                        "town": town})

    def finish(self):
        self.number_trainings()
        # Hazards first take their ids from found order; inspections last.
        self.number_hazards()
        self.number_inspections()


def monthly_days(start, end):
    """First day of every month touching [start, end]."""
    d = D(start.year, start.month, 1)
    out = []
    while d <= end:
        out.append(d)
        d = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return out


def month_end(first):
    nxt = D(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return nxt - ONE


# =============================================================================================
# 荔城区 (004): 660 enterprises surveyed, 492 on the 闽企安 platform, 135 above-scale supervised
# by the district bureau; 2,231 hazards found / 2,058 rectified; 42 major / 41 rectified, 2
# listed and both delisted; principal trainings 83 / 1,295, worker trainings 134 / 8,805,
# major-hazard standard briefings 48 / 1,933; 10 warehouses, 6万多 flood items, 152 shelter
# points, 13 shelters. Period 2025-01-01 .. 2025-06-15 (the article's "截至6月11日", "今年以来").
def build_licheng():
    c = County("荔城区")
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
    c.add_fact("flood_supplies", PICKED["荔城区 facts.flood_supplies"], "储备各类防汛物资 6万多件，取 61,800（004）")
    c.add_fact("shelter_points", 152, "避灾点 152 个（004）")
    c.add_fact("shelters", 13, "应急避难场所 13 个（004）")

    c.add_inspectors([("荔城区应急管理局执法大队", "", 10), ("荔城区应急管理局", "", 4)] +
                     [(team_of[t], t, 2) for t, _ in towns])
    c.finish()
    return c


# =============================================================================================
# 平利县 (002): 2,647 km², 230,000 people, 2,269 production units (615 key-supervised), 11 towns,
# 27 industry departments; 584 general hazards found, 547 rectified (94%); 55 supervision checks
# of 105 units finding 53 problems; 49 study sessions, 2600余 person-times; 3,165 managers
# trained; 32 safety films; 65000余 materials; no accident. Period 2020-06 .. 2022-05 (the
# three-year campaign up to the article).
def build_pingli():
    c = County("平利县")
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
    c.add_training_rows("training", "official", 49, PICKED["平利县 official person_times"], 49, [
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
        materials_total=PICKED["平利县 training.materials"] - 2400, dates=film_dates)
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


# =============================================================================================
# 新泰市 (003): 20 towns and streets, 3 functional zones, 22 key departments; 1,580 safety
# lectures, 1,208 live drills; 四不两直 inspections sending 855 person-times; 1600余 hazards
# rectified; 83 innovation measures. Period 2025-01-01 .. 2025-07-07 (article 2025-07-08).
def build_xintai():
    c = County("新泰市")
    rng = c.rng
    town_list = [name for _, name, _ in TOWNS["新泰市"]]
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
    found = PICKED["新泰市 hazards.found"]
    rest = found - len(c.hazards)
    assert rest > 0, rest
    for _ in range(rest):
        e = c.pick_enterprise()
        s = rng.choices(["self_check", "employee_report", "grid_member", "public_report"], [45, 20, 20, 15])[0]
        c.add_hazard(e, rand_day(rng, c.start, c.end), s, internal=(s == "employee_report"))
    general = [h for h in c.hazards if h["grade"] == "general"]
    c.settle(general, PICKED["新泰市 hazards.rectified"] - 17)
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


# =============================================================================================
# 博湖县 (001): red/orange/yellow/blue risk grades in use; 120余 lectures and publicity events;
# 查干诺尔乡 (points-based management) and 博湖镇 named. Period 2022-01-01 .. 2022-03-23.
def build_bohu():
    c = County("博湖县")
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

    total = PICKED["博湖县 lecture+publicity sessions"]
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


# =============================================================================================
# 海西州 (000): 370 major hazards found, 94% rectified; 903 enterprises in 14 key industries
# run the internal hazard-report reward mechanism: 近2万 reports, 98.5% rectified, 近百万元
# rewards; 7 prefecture supervision groups; 上千场次 trainings, 超十万人次.
# Period 2025-01-01 .. 2025-10-31 ("今年以来").
def build_haixi():
    c = County("海西州")
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
    for _ in range(PICKED["海西州 internal_reports.found"]):
        e = rng.choices(reward, weights)[0]
        internal.append(c.add_hazard(e, workday_before(late_biased_day(rng, c.start, c.end, 1.25), c.start),
                                     "employee_report", internal=True))
    c.settle(internal, PICKED["海西州 internal_reports.rectified"])
    fit_rewards(rng, [h for h in internal if h["status"] in RECTIFIED], PICKED["海西州 internal_reports.reward_yuan"])

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
    c.settle(majors, PICKED["海西州 major_hazards.rectified"])
    c.list_majors(16, 11)
    others = []
    for _ in range(260):
        e = c.pick_enterprise()
        others.append(c.add_hazard(e, rand_day(rng, c.start, c.end),
                                   rng.choice(["self_check", "self_check", "public_report", "grid_member"])))
    c.settle(others, 241)

    # Trainings: 1,180 sessions, 104,360 person-times, every level from officials to workers.
    sessions = PICKED["海西州 training.sessions"]
    person_times = PICKED["海西州 training.person_times"]
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


def fit_rewards(rng, hazards, target):
    """Rewards (multiples of 10 yuan) on some rectified internal reports, adding up to target."""
    amounts = [20, 50, 100, 200, 500, 1000]
    weights = [34, 30, 19, 10, 5, 2]
    total = 0
    pool = sorted(hazards, key=lambda h: h["found_on"])
    order = list(range(len(pool)))
    rng.shuffle(order)
    i = 0
    while i < len(order) and total + 1000 < target:
        h = pool[order[i]]
        a = rng.choices(amounts, weights)[0]
        h["reward_yuan"] = a
        total += a
        i += 1
    # Close the gap on rewarded reports, 10 to 300 yuan at a time.
    rewarded = [pool[j] for j in order[:i]]
    while total != target:
        h = rng.choice(rewarded)
        step = min(target - total, rng.choice([10, 30, 50, 80, 100, 150, 300]))
        h["reward_yuan"] += step
        total += step
    assert sum(h["reward_yuan"] for h in hazards) == target


# =============================================================================================
def jurisdiction_rows():
    rows = [{"code": code, "name": name, "level": "province", "parent_code": ""} for code, name in PROVINCES]
    rows += [{"code": code, "name": name, "level": "prefecture", "parent_code": parent}
             for code, name, parent in PREFECTURES]
    rows += [{"code": code, "name": name, "level": "county", "parent_code": parent}
             for code, name, parent in COUNTY_UNITS]
    for unit, places in TOWNS.items():
        for code, name, level in places:
            rows.append({"code": code, "name": name, "level": level, "parent_code": COUNTY_CODE[unit]})
    return rows


def cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def write_csv(path, columns, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([cell(r.get(col)) for col in columns])


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# =============================================================================================
# Self-check: the importer's row rules, then every published figure, from the files as written.
def check_rows(data):
    problems = []

    def bad(file, line, column, message):
        problems.append(f"{file}.csv line {line} column {column}: {message}")

    def date_or_none(file, line, row, col, required=False):
        v = row[col].strip()
        if not v:
            if required:
                bad(file, line, col, "empty; a date is required")
            return None
        try:
            d = day(v)
        except ValueError:
            bad(file, line, col, f"'{v}' is not YYYY-MM-DD")
            return None
        if len(v) != 10:
            bad(file, line, col, f"'{v}' is not YYYY-MM-DD")
        return d

    codes = {}
    for line, r in enumerate(data["jurisdictions"], 2):
        if r["level"] not in LEVELS:
            bad("jurisdictions", line, "level", r["level"])
        if r["code"] in codes:
            bad("jurisdictions", line, "code", "duplicate")
        codes[r["code"]] = r
        if r["level"] != "province" and not r["parent_code"]:
            bad("jurisdictions", line, "parent_code", "empty")
    depth = {"province": 0, "prefecture": 1, "county": 2, "town": 3, "zone": 3}
    for line, r in enumerate(data["jurisdictions"], 2):
        p = r["parent_code"]
        if p and p not in codes:
            bad("jurisdictions", line, "parent_code", f"unknown {p}")
        elif p and depth[r["level"]] <= depth[codes[p]["level"]]:
            bad("jurisdictions", line, "level", "not below its parent")
    counties = {r["name"]: r["code"] for r in data["jurisdictions"] if r["level"] in ("county", "prefecture")}
    names = {r["name"] for r in data["jurisdictions"]}
    under = defaultdict(set)
    for r in data["jurisdictions"]:
        cur = r["parent_code"]
        while cur:
            under[cur].add(r["name"])
            cur = codes[cur]["parent_code"] if cur in codes else ""

    ids = set()
    home = {}
    for line, r in enumerate(data["enterprises"], 2):
        for col in ("id", "name", "county", "town", "industry"):
            if not r[col].strip():
                bad("enterprises", line, col, "empty")
        if r["id"] in ids:
            bad("enterprises", line, "id", "duplicate")
        ids.add(r["id"])
        home[r["id"]] = r["county"]
        if r["county"] not in counties:
            bad("enterprises", line, "county", r["county"])
        elif r["town"] not in under[counties[r["county"]]]:
            bad("enterprises", line, "town", f"{r['town']} not under {r['county']}")
        if r["scale"] not in ("above", "below"):
            bad("enterprises", line, "scale", r["scale"])
        for col in ("key_supervised", "reward_mechanism", "platform_registered"):
            if r[col] not in ("true", "false"):
                bad("enterprises", line, col, r[col])
        if r["risk_level"] not in RISKS:
            bad("enterprises", line, "risk_level", r["risk_level"])
        d = date_or_none("enterprises", line, r, "risk_assessed_on", True)
        if d and d > AS_OF:
            bad("enterprises", line, "risk_assessed_on", "after today")

    ids = set()
    for line, r in enumerate(data["hazards"], 2):
        f = "hazards"
        if r["id"] in ids:
            bad(f, line, "id", "duplicate")
        ids.add(r["id"])
        if home.get(r["enterprise_id"]) != r["county"]:
            bad(f, line, "enterprise_id", f"{r['enterprise_id']} not in {r['county']}")
        if r["source"] not in SOURCES:
            bad(f, line, "source", r["source"])
        if r["grade"] not in ("general", "major"):
            bad(f, line, "grade", r["grade"])
        if r["status"] not in STATUSES:
            bad(f, line, "status", r["status"])
        if not r["description"].strip():
            bad(f, line, "description", "empty")
        found = date_or_none(f, line, r, "found_on", True)
        dl = date_or_none(f, line, r, "deadline")
        ro = date_or_none(f, line, r, "rectified_on")
        co = date_or_none(f, line, r, "closed_on")
        lo = date_or_none(f, line, r, "listed_on")
        de = date_or_none(f, line, r, "delisted_on")
        if not r["reward_yuan"].isdigit():
            bad(f, line, "reward_yuan", r["reward_yuan"])
        for col, d in (("found_on", found), ("rectified_on", ro), ("closed_on", co), ("listed_on", lo),
                       ("delisted_on", de)):
            if d and d > AS_OF:
                bad(f, line, col, "after today")
        if found is None:
            continue
        if dl and dl < found:
            bad(f, line, "deadline", "before found_on")
        s = r["status"]
        if s in ("open", "assigned", "rectifying") and (ro or co):
            bad(f, line, "rectified_on", f"{s} hazard with rectified/closed date")
        if s == "rectified" and co:
            bad(f, line, "closed_on", "rectified hazard with closed_on")
        if s == "closed" and not co:
            bad(f, line, "closed_on", "closed hazard without closed_on")
        if s in RECTIFIED:
            if not ro:
                bad(f, line, "rectified_on", "missing")
            elif ro < found or (co and co < ro):
                bad(f, line, "rectified_on", "out of order")
        if s in ("assigned", "rectifying") and (not r["responsible"].strip() or not dl):
            bad(f, line, "responsible", "assigned/rectifying needs responsible and deadline")
        if lo and (r["grade"] != "major" or lo < found):
            bad(f, line, "listed_on", "only major, not before found")
        if de:
            if not lo or de < lo:
                bad(f, line, "delisted_on", "needs listed_on before it")
            if s != "closed" or (co and de < co):
                bad(f, line, "delisted_on", "only closed, not before closed_on")

    ids = set()
    for line, r in enumerate(data["trainings"], 2):
        f = "trainings"
        if r["id"] in ids:
            bad(f, line, "id", "duplicate")
        ids.add(r["id"])
        if r["county"] not in counties:
            bad(f, line, "county", r["county"])
        if r["kind"] not in KINDS or r["audience"] not in AUDIENCES or r["mode"] not in MODES:
            bad(f, line, "kind", "bad enumeration")
        if not r["sessions"].isdigit() or int(r["sessions"]) < 1:
            bad(f, line, "sessions", r["sessions"])
        for col in ("person_times", "materials"):
            if not r[col].isdigit():
                bad(f, line, col, r[col])
        d = date_or_none(f, line, r, "held_on", True)
        if d and d > AS_OF:
            bad(f, line, "held_on", "after today")

    ids = set()
    for line, r in enumerate(data["inspections"], 2):
        f = "inspections"
        if r["id"] in ids:
            bad(f, line, "id", "duplicate")
        ids.add(r["id"])
        if r["county"] not in counties:
            bad(f, line, "county", r["county"])
        if r["enterprise_id"] and home.get(r["enterprise_id"]) != r["county"]:
            bad(f, line, "enterprise_id", "not in county")
        if r["kind"] not in INSPECTION_KINDS:
            bad(f, line, "kind", r["kind"])
        p = date_or_none(f, line, r, "planned_on")
        d = date_or_none(f, line, r, "done_on")
        if not p and not d:
            bad(f, line, "planned_on", "neither planned_on nor done_on")
        if d and d > AS_OF:
            bad(f, line, "done_on", "after today")
        for col in ("hazards_found", "inspectors"):
            if not r[col].isdigit():
                bad(f, line, col, r[col])

    keys = set()
    for line, r in enumerate(data["facts"], 2):
        if r["county"] not in counties:
            bad("facts", line, "county", r["county"])
        if (r["county"], r["key"]) in keys:
            bad("facts", line, "key", "duplicate")
        keys.add((r["county"], r["key"]))
        try:
            float(r["value"])
        except ValueError:
            bad("facts", line, "value", r["value"])
    ids = set()
    for line, r in enumerate(data["inspectors"], 2):
        if r["id"] in ids:
            bad("inspectors", line, "id", "duplicate")
        ids.add(r["id"])
        if r["town"] and r["town"] not in names:
            bad("inspectors", line, "town", r["town"])
        for col in ("id", "name", "body"):
            if not r[col].strip():
                bad("inspectors", line, col, "empty")
    return problems


def summarize(data, county):
    """The figures of one county as `report --format json` shows them (CountySummary's definitions)."""
    ent = [r for r in data["enterprises"] if r["county"] == county]
    haz = [r for r in data["hazards"] if r["county"] == county]
    tra = [r for r in data["trainings"] if r["county"] == county]
    ins = [r for r in data["inspections"] if r["county"] == county]
    rect = lambda rows: sum(1 for r in rows if r["status"] in RECTIFIED)
    rate = lambda rows: (rect(rows) / len(rows)) if rows else None
    overdue = sum(1 for r in haz if r["status"] not in RECTIFIED and r["deadline"] and day(r["deadline"]) < AS_OF)
    major = [r for r in haz if r["grade"] == "major"]
    internal = [r for r in haz if r["source"] == "employee_report"]
    reward = [r for r in ent if r["reward_mechanism"] == "true"]
    s = {
        "enterprises": {
            "total": len(ent), "key_supervised": sum(r["key_supervised"] == "true" for r in ent),
            "above_scale": sum(r["scale"] == "above" for r in ent),
            "by_risk": {lv: sum(r["risk_level"] == lv for r in ent) for lv in RISKS},
            "reward_mechanism": len(reward),
            "reward_mechanism_industries": len({r["industry"] for r in reward if r["industry"].strip()}),
            "platform_registered": sum(r["platform_registered"] == "true" for r in ent),
        },
        "hazards": {"found": len(haz), "rectified": rect(haz), "open": len(haz) - rect(haz), "overdue": overdue,
                    "rectification_rate": rate(haz)},
        "major_hazards": {"found": len(major), "rectified": rect(major), "open": len(major) - rect(major),
                          "listed": sum(1 for r in major if r["listed_on"]),
                          "delisted": sum(1 for r in major if r["delisted_on"]),
                          "rectification_rate": rate(major)},
        "internal_reports": {"found": len(internal), "rectified": rect(internal), "rectification_rate": rate(internal),
                             "reward_yuan": sum(int(r["reward_yuan"]) for r in internal)},
    }
    att = lambda rows: {"sessions": sum(int(r["sessions"]) for r in rows),
                        "person_times": sum(int(r["person_times"]) for r in rows)}
    s["training"] = dict(att(tra))
    s["training"]["materials"] = sum(int(r["materials"]) for r in tra)
    s["training"]["by_kind"] = {k: att([r for r in tra if r["kind"] == k]) for k in KINDS}
    s["training"]["by_audience"] = {a: att([r for r in tra if r["audience"] == a]) for a in AUDIENCES}
    s["training"]["drills"] = s["training"]["by_kind"]["drill"]["sessions"]
    s["training"]["lectures"] = s["training"]["by_kind"]["lecture"]["sessions"]

    def tally(rows):
        done = [r for r in rows if r["done_on"]]
        return {
            "planned": sum(1 for r in rows if r["planned_on"]), "done": len(done),
            "overdue": sum(1 for r in rows if not r["done_on"] and r["planned_on"] and day(r["planned_on"]) < AS_OF),
            "units": len({r["enterprise_id"] for r in done if r["enterprise_id"]}),
            "hazards_found": sum(int(r["hazards_found"]) for r in done),
            "inspectors": sum(int(r["inspectors"]) for r in done),
            "checks": len({(r["team"], r["done_on"]) for r in done}),
            "teams": len({r["team"] for r in rows if r["team"].strip()}),
        }
    s["inspections"] = tally(ins)
    s["inspections"]["by_kind"] = {k: tally([r for r in ins if r["kind"] == k]) for k in INSPECTION_KINDS}

    codes = {r["code"]: r for r in data["jurisdictions"]}
    children = defaultdict(list)
    for r in data["jurisdictions"]:
        if r["parent_code"]:
            children[r["parent_code"]].append(r["code"])
    seen = set()
    for r in data["jurisdictions"]:
        if r["name"] == county and r["level"] in ("province", "prefecture", "county"):
            stack = list(children[r["code"]])
            while stack:
                code = stack.pop()
                if code not in seen:
                    seen.add(code)
                    stack += children[code]
    s["towns"] = sum(codes[c]["level"] == "town" for c in seen)
    s["zones"] = sum(codes[c]["level"] == "zone" for c in seen)
    s["facts"] = {r["key"]: float(r["value"]) for r in data["facts"] if r["county"] == county}
    return s


def value_at(summary, path):
    total = 0.0
    for term in path.split("+"):
        node = summary
        for key in term.split("."):
            node = node.get(key) if isinstance(node, dict) else None
        if not isinstance(node, (int, float)) or isinstance(node, bool):
            return None
        total += node
    return total


def self_check(out):
    data = {kind: read_csv(os.path.join(out, f"{kind}.csv")) for kind in COLUMNS}
    problems = check_rows(data)
    summaries = {c: summarize(data, c) for c in PREFIX}
    for county, path, lo, hi in FIGURES:
        v = value_at(summaries[county], path)
        if v is None or not (lo <= v <= hi):
            problems.append(f"figure {county} {path}: {v}, expected {lo}..{hi}")
    for key, value in PICKED.items():
        county, path = key.split(" ", 1)
        if path in ("lecture+publicity sessions",):
            path = "training.by_kind.lecture.sessions+training.by_kind.publicity.sessions"
        elif path == "official person_times":
            path = "training.by_audience.official.person_times"
        v = value_at(summaries[county], path)
        if v != value:
            problems.append(f"picked value {key}: {v}, expected {value}")
    return problems, summaries


def main(argv):
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
    if len(argv) > 2 and argv[1] == "--out":
        out = argv[2]
    out = os.path.normpath(out)
    os.makedirs(out, exist_ok=True)

    counties = [build_haixi(), build_bohu(), build_pingli(), build_xintai(), build_licheng()]
    rows = {"jurisdictions": jurisdiction_rows()}
    for kind in ("enterprises", "hazards", "trainings", "inspections", "facts", "inspectors"):
        rows[kind] = [r for c in counties for r in getattr(c, kind)]
    for kind, columns in COLUMNS.items():
        write_csv(os.path.join(out, f"{kind}.csv"), columns, rows[kind])

    problems, summaries = self_check(out)
    for c in counties:
        s = summaries[c.name]
        print(f"{c.name}: {s['enterprises']['total']} enterprises, {s['hazards']['found']} hazards "
              f"({s['hazards']['rectified']} rectified, {s['hazards']['overdue']} overdue), "
              f"{len(c.trainings)} training rows ({s['training']['sessions']} sessions), "
              f"{len(c.inspections)} inspections ({len(c.inspections) - s['inspections']['done']} planned, not done)")
    for kind in COLUMNS:
        path = os.path.join(out, f"{kind}.csv")
        print(f"  {path}: {len(rows[kind])} rows, {os.path.getsize(path):,} bytes")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems[:200]:
            print("  " + p, file=sys.stderr)
        return 1
    print(f"self-check: {len(FIGURES)} published figures reproduced, every row within the importer's rules")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
