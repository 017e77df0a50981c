"""Targets (spec section 7): snippets in many provinces, years and domains, grouped by pattern.

Each case is a body under a neutral title; the expected items are
(value, unit, comparator, per_year, year_start, year_end), in document order.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.clean import normalize_string
from pipeline.extract import extract_all

NEUTRAL_TITLE = "某县关于加强基层治理的实施意见"


def targets_of(body: str, title: str = NEUTRAL_TITLE, date: str | None = None):
    text = title + "\n" + body.strip() + "\n"
    if date:
        text += "某县人民政府\n" + date + "\n"
    ctx = extract_all(normalize_string(text, "t"))
    for t in ctx.targets:
        assert ctx.doc.text[t.span[0]:t.span[1]] == t.quote
    return ctx.targets


def summary(targets):
    return [(t.value, t.unit, t.comparator, t.per_year, t.year_start, t.year_end) for t in targets]


# fmt: off
PLAIN_COUNTS = [
    # 交通 (Hunan county, 2018): counts after a demand verb, measure word as written
    ("全年新建农村公路120公里，改造危旧桥梁15座。",
     [(120, "公里", "=", False, None, None), (15, "座", "=", False, None, None)]),
    # 住建 (Chengdu 2021): 台
    ("完成既有住宅加装电梯300台。", [(300, "台", "=", False, None, None)]),
    # 应急管理 (Shandong 2020): 家次 with 不少于, per year
    ("每年开展安全生产执法检查不少于2000家次。", [(2000, "家次", ">=", True, None, None)]),
    # 乡村振兴 (Sichuan 2019): 亩 with 万 multiplied out
    ("新建高标准农田2.5万亩。", [(25000, "亩", "=", False, None, None)]),
    # the counted noun follows the number
    ("建设3个县级电商公共服务中心。", [(3, "个", "=", False, None, None)]),
    ("每次评选表彰10个先进集体。", [(10, "个", "=", False, None, None)]),
]

COMPARATORS = [
    ("培训养老护理员不少于5000人。", [(5000, "人", ">=", False, None, None)]),
    ("每个乡镇至少配备1名专职安全员。", [(1, "名", ">=", False, None, None)]),
    ("新增城镇就业超过3万人。", [(30000, "人", ">", False, None, None)]),
    ("生产安全事故死亡人数控制在10人以内。", [(10, "人", "<=", False, None, None)]),
    ("较大事故起数不超过2起。", [(2, "起", "<=", False, None, None)]),
    ("农村居民人均可支配收入增长7%左右。", [(7, "%", "~", False, None, None)]),
    ("服务覆盖约200个行政村。", [(200, "个", "~", False, None, None)]),
    ("养老机构护理型床位占比力争达到55%。", [(55, "%", "=", False, None, None)]),
    ("培育家庭农场500家以上。", [(500, "家", ">=", False, None, None)]),
    ("城乡居民医保政策范围内住院费用支付比例稳定在70%以上。", [(70, "%", ">=", False, None, None)]),
    ("企业职工教育经费的60%以上用于一线职工培训。", [(60, "%", ">=", False, None, None)]),
]

RANGES = [
    ("每年新增就业岗位1万—1.5万个。",
     [(10000, "个", ">=", True, None, None), (15000, "个", "<=", True, None, None)]),
    ("社区养老服务覆盖率保持在60%—70%。",
     [(60, "%", ">=", False, None, None), (70, "%", "<=", False, None, None)]),
    ("培育10至15家省级农民合作社示范社。",
     [(10, "家", ">=", False, None, None), (15, "家", "<=", False, None, None)]),
    ("签约服务覆盖率每年提升1～3个百分点。",
     [(1, "个百分点", ">=", True, None, None), (3, "个百分点", "<=", True, None, None)]),
]

PERCENT_FORMS = [
    ("三分之一以上的乡镇建成区域养老服务中心。", [(33.33, "%", ">=", False, None, None)]),
    ("力争1/3的行政村建成美丽宜居示范村。", [(33.33, "%", "=", False, None, None)]),
    ("县域内就诊率达到八成以上。", [(80, "%", ">=", False, None, None)]),
    ("确保百分之九十的贫困户参加合作医疗。", [(90, "%", "=", False, None, None)]),
    ("城镇登记失业率比上年下降0.5个百分点。", [(0.5, "个百分点", "=", False, None, None)]),
    ("力争数字经济核心产业增加值较2020年翻一番。", [(100, "%", "=", False, None, None)]),  # (guide TG40: an increase of 100 %)
]

CHINESE_NUMERALS = [
    ("全年培训农村实用人才一万人次。", [(10000, "人次", "=", False, None, None)]),
    ("选派两千名科技特派员服务乡村。", [(2000, "名", "=", False, None, None)]),
    ("建设三所县级养老服务中心。", [(3, "所", "=", False, None, None)]),
    ("吸纳就业一万二千人以上。", [(12000, "人", ">=", False, None, None)]),
]

MONEY = [
    ("对首次创业的大学生，给予每人5000元创业补贴。", [(5000, "元", "=", False, None, None)]),
    ("省级财政安排专项资金2.5亿元。", [(250000000, "元", "=", False, None, None)]),
    ("补贴标准为每人每月300元。", [(300, "元", "=", False, None, None)]),
    ("单个项目补助最高不超过50万元。", [(500000, "元", "<=", False, None, None)]),
    ("分别给予10万元、5万元、3万元奖励。",
     [(100000, "元", "=", False, None, None), (50000, "元", "=", False, None, None),
      (30000, "元", "=", False, None, None)]),
]

LISTS = [
    # one verb and one 每年 shared by a list (Jiangsu agriculture, 2022)
    ("每年培育省级示范家庭农场50家左右、农民合作社示范社30家左右。",
     [(50, "家", "~", True, None, None), (30, "家", "~", True, None, None)]),
    ("每年开展电工培训2000人次、焊工培训1500人次。",
     [(2000, "人次", "=", True, None, None), (1500, "人次", "=", True, None, None)]),
    ("建设5所高水平职业院校和20个骨干专业。",
     [(5, "所", "=", False, None, None), (20, "个", "=", False, None, None)]),
    # 分别不少于 distributes over the list
    ("县级、乡级服务站分别不少于20万元、5万元运营经费。",
     [(200000, "元", ">=", False, None, None), (50000, "元", ">=", False, None, None)]),
]

YEARS_FROM_CLAUSE = [
    ("到2025年，全县新建5G基站800个。", [(800, "个", "=", False, None, 2025)]),
    ("2024—2026年，累计培训新型职业农民3000人。", [(3000, "人", "=", False, 2024, 2026)]),
    ("“十四五”期间，全市新增养老床位5000张。", [(5000, "张", "=", False, 2021, 2025)]),
    ("到“十四五”末，森林覆盖率达到42%。", [(42, "%", "=", False, None, 2025)]),
    ("到2022年底前，完成老旧小区改造60个。", [(60, "个", "=", False, None, 2022)]),
    ("自2019年起，每年遴选10名乡村工匠。", [(10, "名", "=", True, 2019, None)]),
    # spec 1.1: a time expression that opens the paragraph governs every target of it
    ("到2020年，建成示范基地2个。每年开展培训800人次以上。",
     [(2, "个", "=", False, None, 2020), (800, "人次", ">=", True, None, 2020)]),
    # one in the middle of a paragraph governs its own sentence only
    ("建成示范基地2个。到2020年，开展培训800人次以上。",
     [(2, "个", "=", False, None, None), (800, "人次", ">=", False, None, 2020)]),
    # a sentence introducing a list of goals governs the goals under it (guide TG6d)
    ("二、主要目标\n力争到2027年，实现以下目标：\n——建设示范基地5个。\n——培训技能人才1万人次。",
     [(5, "个", "=", False, None, 2027), (10000, "人次", "=", False, None, 2027)]),
    # the policy's stated validity is its period (guide TG6e, a Fujian city's subsidy rule)
    ("一、补贴标准\n按每平方米30元给予补贴。\n二、附则\n本办法自2023年5月1日起施行，有效期3年。",
     [(30, "元", "=", False, 2023, 2025)]),
    # an end date in the same sentence, after a clause on the subject (a Zhejiang city's 细则, 2022)
    ("第五条 对新认定的企业技术中心给予50万元奖励。\n"
     "第十二条 本细则为《某市促进制造业高质量发展若干政策》的配套文件，自2022年3月1日起施行，有效期至2024年12月31日。",
     [(500000, "元", "=", False, 2022, 2024)]),
]
# fmt: on


@pytest.mark.parametrize(
    "body,expected",
    PLAIN_COUNTS + COMPARATORS + RANGES + PERCENT_FORMS + CHINESE_NUMERALS + MONEY + LISTS + YEARS_FROM_CLAUSE,
)
def test_targets(body, expected):
    assert summary(targets_of(body)) == expected


# fmt: off
EXCLUDED = [
    # durations and time limits
    "受理后应当在20个工作日内办结。",
    "对发现的隐患1年内完成整改。",
    "本意见自印发之日起施行，有效期5年。",
    "与用人单位签订5年以上服务协议的，给予安家补贴。",
    "签订半年以上实习协议。",
    # frequencies of meetings, reports and reviews
    "各乡镇每季度报送一次工作进展。",
    "联席会议原则上每年召开两次。",
    "每2年评选1次。",
    "家庭医生每季度至少随访1次。",
    # names, slogans, ordinal and structural numbers
    "构建“1+N”政策体系，落实“稳岗10条”。",
    "深入实施“百千万工程”和百县千镇万村工程。",
    "推行“四位一体”工作模式，打好三大攻坚战。",
    "组织申报第3批省级示范区。",
    "推行新八级工制度。",
    "由市应急管理局、市住房城乡建设局等15个部门组成。",
    "可享受子女入学、人才公寓等28项公共服务优惠政策。",
    "可申请签发2-5年有效的签证。",
    "培育一批龙头企业，打造一支高素质队伍。",
    # titles, document numbers, years
    "根据《四川省乡村振兴促进条例（2021年）》和《关于做好2019年就业工作的通知》（川办发〔2019〕12号）。",
    "2025年是“十四五”规划收官之年。",
    # ages and eligibility conditions
    "对35周岁以下的返乡青年给予支持。",
    "参保满12个月的失业人员。",
    "连续缴费6个月以上的参保人员。",
    "对注册资本100万元以上的企业。",
    "符合两项及以上条件的。",
    # past achievements
    "截至目前，全省已建成5G基站10万个。",
    # present status, not a demand
    "全市共有养老机构120家，床位1.8万张。",
    # formulas
    "签约率=签约人数/常住人口数×100%。",
    # baselines
    "在人均拨款水平达到12000元的基础上逐步提高。",
    # denominators
    "每万名老年人拥有社会工作者数。",
]
# fmt: on


@pytest.mark.parametrize("body", EXCLUDED)
def test_not_a_target(body):
    assert summary(targets_of(body)) == []


def test_condition_keeps_the_subsidy():
    """Hubei employment 2020: the threshold is a condition, the subsidy is provided."""
    got = summary(targets_of("对吸纳就业困难人员5人以上的小微企业，给予每人2000元一次性吸纳就业补贴。"))
    assert got == [(2000, "元", "=", False, None, None)]


def test_review_section_numbers_are_facts():
    """A 2021 elderly-care plan: 发展基础 reports, 发展目标 demands."""
    body = "一、发展基础\n全县建成养老机构12家，培训护理员800人次。\n二、发展目标\n新建养老机构5家。"
    assert summary(targets_of(body)) == [(5, "家", "=", False, None, None)]


def test_verb_after_the_number():
    got = summary(targets_of("将符合条件的1.2万名困难群众纳入低保。"))
    assert got == [(12000, "名", "=", False, None, None)]


def test_quota_in_a_frequency_sentence():
    got = summary(targets_of("每2年评选1次市级示范社区，每次评选5个。"))
    assert got == [(5, "个", "=", False, None, None)]


def test_past_year_is_not_a_target():
    """A 2024 notice reporting 2022 results."""
    body = "2022年，全县完成培训3000人次。到2025年，完成培训5000人次。"
    got = summary(targets_of(body, date="2024年3月1日"))
    assert got == [(5000, "人次", "=", False, None, 2025)]


# Years from the plan's own period and from headings.
def test_plan_period_from_title():
    got = targets_of("一、主要目标\n每年新增农村电商主体200家。",
                     title="浙江省某市数字乡村建设行动方案（2023—2025年）")
    assert summary(got) == [(200, "家", "=", True, 2023, 2025)]


def test_work_plan_year_from_title():
    got = targets_of("一、主要任务\n完成燃气管道老化更新改造80公里。", title="某市2024年城市更新工作要点")
    assert summary(got) == [(80, "公里", "=", False, 2024, 2024)]


def test_five_year_plan_title():
    got = targets_of("一、发展目标\n养老机构护理型床位占比达到60%。", title="某省“十四五”养老服务体系规划")
    assert summary(got) == [(60, "%", "=", False, 2021, 2025)]


def test_heading_year():
    body = "一、目标任务\n（一）2025年目标\n新增城镇就业1.2万人。\n（二）远期目标\n新增城镇就业2万人。"
    assert summary(targets_of(body)) == [(12000, "人", "=", False, 2025, 2025), (20000, "人", "=", False, None, None)]


def test_clause_year_beats_plan_period():
    got = targets_of("一、目标\n到2026年，建成数字化车间50个。", title="某市制造业数字化转型行动方案（2024—2027年）")
    assert summary(got) == [(50, "个", "=", False, None, 2026)]


# Task paths, indicators and quotes.
def test_task_is_innermost_item():
    body = "一、重点任务\n（一）实施技能培训。\n1. 开展电商培训。每年培训电商人才500人次。\n2. 开展家政培训。"
    (t,) = targets_of(body)
    assert t.task == "一/(一)/1"


def test_target_before_first_item_has_no_task():
    (t,) = targets_of("到2025年，全县培训高素质农民1000人。\n一、重点任务\n（一）加强组织领导。")
    assert t.task is None


@pytest.mark.parametrize(
    "body,indicator",
    [
        ("全年开展补贴性职业技能培训8000人次。", "补贴性职业技能培训"),
        ("全市养老护理员总量达到2万人。", "养老护理员总量"),
        ("建设2家市级应急物资储备库。", "市级应急物资储备库"),
        ("农村自来水普及率达到95%以上。", "农村自来水普及率"),
        ("每年培养50名左右乡村振兴带头人。", "乡村振兴带头人"),
        ("技能人才占就业人员的30%以上。", "技能人才占就业人员比例"),
    ],
)
def test_indicator_is_the_counted_phrase(body, indicator):
    (t,) = targets_of(body)
    assert t.indicator == indicator


def test_quote_contains_number_and_unit():
    (t,) = targets_of("到2025年，全县培训高素质农民1000人以上。")
    assert "1000人以上" in t.quote and len(t.quote) <= 40


def test_only_body_is_read():
    """Numbers in the title and the signature block are not targets."""
    text = "某县关于印发2024年培训1000人计划的通知\n各乡镇：\n现将计划印发给你们。\n某县人民政府\n2024年1月5日\n"
    ctx = extract_all(normalize_string(text, "t"))
    assert ctx.targets == []


# Whole notices written for these tests (tests/notices/targets-*.txt, expected items in the .json).
NOTICES = sorted((Path(__file__).parent / "notices").glob("targets-*.txt"))
SCORED = ("task", "value", "unit", "comparator", "per_year", "year_start", "year_end")


@pytest.mark.parametrize("path", NOTICES, ids=[p.stem for p in NOTICES])
def test_notice_targets(path):
    from pipeline.document import process_file

    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["targets"]
    got = [{k: getattr(t, k) for k in SCORED} for t in process_file(path).targets]
    assert got == [{k: e[k] for k in SCORED} for e in expected]


def test_bullet_goals_under_a_paragraph_opened_by_its_year():
    """Guide TG6d (an Anhui action plan): `到2023年，…。` then `——` goal paragraphs: each goal by 2023;
    a comma clause that opens with its number continues the list (spec 1.1)."""
    from pipeline.clean import normalize_string
    from pipeline.extract import extract_all

    text = ("一、总体要求\n（二）发展目标\n到2023年，工业互联网建设量质并进。\n"
            "——平台建设长足进步。培育3家综合型平台，20家行业型平台。\n——应用加速普及。新建800个智能工厂。\n")
    got = [(t.value, t.unit, t.year_start, t.year_end) for t in extract_all(normalize_string(text)).targets]
    assert got == [(3, "家", None, 2023), (20, "家", None, 2023), (800, "个", None, 2023)]


def test_a_title_naming_one_year_gives_its_targets_that_year():
    """Spec 1.1: a plan for 2025 → 2025/2025; also `我市2025年…标准` (a Chengdu standards notice)."""
    from pipeline.clean import normalize_string
    from pipeline.extract import extract_all

    text = ("成都市民政局关于公布2025年城乡最低生活保障标准的通知\n各区（市）县民政局：\n现将标准公布如下：\n"
            "一、城乡低保标准为每人每月1100元。\n二、特困人员基本生活标准为每人每月1430元。\n成都市民政局\n2025年1月2日\n")
    got = [(t.value, t.year_start, t.year_end) for t in extract_all(normalize_string(text)).targets]
    assert got == [(1100, 2025, 2025), (1430, 2025, 2025)]


def test_plan_verbs_and_computing_units():
    """A Guizhou digital-economy plan: 布局/推出 demand counts; EFLOPS and PB are units."""
    from pipeline.clean import normalize_string
    from pipeline.extract import extract_all

    text = "一、主要目标\n全省算力规模达到20EFLOPS，存储总量达到500PB。每年布局100项以上基础研究项目，推出50个应用场景。\n"
    got = [(t.value, t.unit, t.comparator) for t in extract_all(normalize_string(text)).targets]
    assert got == [(20, "EFLOPS", "="), (500, "PB", "="), (100, "项", ">="), (50, "个", "=")]


def _years_of(text):
    from pipeline.clean import normalize_string
    from pipeline.extract import extract_all

    return [(t.value, t.unit, t.year_start, t.year_end) for t in extract_all(normalize_string(text)).targets]


def test_run_in_heading_before_the_opening_year():
    """Spec 1.1 §7 (a Hubei tourism plan, 2019): `（二）主要目标。到2022年，…。` — the year opens the
    paragraph after its run-in heading; it governs a later sentence and the `——` goals under it."""
    text = ("一、总体要求\n（二）主要目标。到2022年，全省旅游业总收入达到8000亿元。建成20个全域旅游示范区。\n"
            "——品牌更加响亮。打造10个国家5A级旅游景区。\n")
    assert _years_of(text) == [(800000000000, "元", None, 2022), (20, "个", None, 2022), (10, "个", None, 2022)]


def test_a_goal_sentence_in_words_governs_the_rest_of_its_paragraph():
    """Guide TG6d (a Jiangxi plan, 2020): `力争到2025年，…不断完善。` states the goal in words; the
    numbered goals that follow in the paragraph are by 2025."""
    text = ("一、发展目标\n坚持创新驱动。力争到2025年，全省数字经济体系不断完善，融合应用全面拓展。"
            "建成50个数字化车间；培育30家骨干企业。\n")
    assert _years_of(text) == [(50, "个", None, 2025), (30, "家", None, 2025)]


def test_a_year_sentence_with_its_own_numbers_governs_itself_only():
    """A mid-paragraph `到2021年，建成…3个` does not reach the next sentence (guide TG6d)."""
    text = "一、工作任务\n加强基层站点建设，完善服务网络。到2021年，建成区级服务中心3个。每年开展上门服务200人次以上。\n"
    assert _years_of(text) == [(3, "个", None, 2021), (200, "人次", None, None)]


def test_infrastructure_heading_is_not_a_review_section():
    """`基础设施` in a heading names a sector; `发展基础` reviews the past (a Jiangsu subsidy policy)."""
    text = ("一、发展基础\n全省已建成5G基站5万个。\n二、支持信息基础设施建设\n"
            "对新建的数据中心给予一次性奖补200万元。\n")
    assert _years_of(text) == [(2000000, "元", None, None)]


# fmt: off
SPEC_11_FORMS = [
    # every comparator word of spec 1.1 §7 (a Gansu elderly-care plan, 2022): 不得超过 is <=, not >
    ("护理型床位占比不得超过70%，每个养老机构床位不得少于50张。",
     [(70, "%", "<=", False, None, None), (50, "张", ">=", False, None, None)]),
    # 最低/最高 reach the amount through the provide verb (a Fujian talent policy, 2019)
    ("对新引进的博士最低补助2000元，最高可给予一次性奖补50万元。",
     [(2000, "元", ">=", False, None, None), (500000, "元", "<=", False, None, None)]),
    # a magnitude written as a bare numeral (a Henan rural-revitalisation plan, 2021)
    ("认定百名乡村工匠，建设千个村级服务站，带动相关产业规模超万亿元。",
     [(100, "名", "=", False, None, None), (1000, "个", "=", False, None, None),
      (1000000000000, "元", ">", False, None, None)]),
    # a number that opens its clause, its verb after it (a Liaoning skills plan, 2023)
    ("到2025年，全省2.3万人取得职业技能等级证书，500家企业完成数字化改造。",
     [(23000, "人", "=", False, None, 2025), (500, "家", "=", False, None, 2025)]),
    # a number after its noun once a verb governs it (a Shaanxi science plan)
    ("取得标志性科研成果300项。", [(300, "项", "=", False, None, None)]),
    # a restated sub-quantity with its own noun is a distinct demand (a Hebei employment plan)
    ("培养技能人才30万人（含新增高技能人才8万人）。",
     [(300000, "人", "=", False, None, None), (80000, "人", "=", False, None, None)]),
    # the plan's duration stated in the sentence (a Hunan county plan, 2012)
    ("从2012年起5年内，全县每年新建村道80公里。", [(80, "公里", "=", True, 2012, 2016)]),
    # a deadline at the end of a five-year period reads like 到 (a 2011 central plan)
    ("“十二五”期末，全国新增就业4500万人。", [(45000000, "人", "=", False, None, 2015)]),
]

NOT_TARGETS_11 = [
    # fines and sanctions are not targets (guide TG6c; a Yunnan regulation, 2016)
    "违反本条例第八条规定的，由县级以上林业主管部门责令改正，处五千元以上二万元以下罚款。",
    "没收违法所得，并处违法所得一倍以上三倍以下的罚款。",
    "对个人处以200元罚款。",
    # a run of magnitudes names a programme; a bare magnitude inside a word is no number
    "实施百县千镇万村工程，开展千企万岗招聘活动，建设千兆光网。",
    # a total in brackets sums up a list; 四部分 names parts of a whole
    "推广经验做法（共23项），工作流程分为申报、审核、公示和拨付四部分。",
    # (含) and (不含) only qualify the number before; a number opening a report clause is a fact
    "2023年，全市3.2万人参加了培训。",
]
# fmt: on


@pytest.mark.parametrize("body,expected", SPEC_11_FORMS)
def test_spec_11_forms(body, expected):
    assert summary(targets_of(body)) == expected


@pytest.mark.parametrize("body", NOT_TARGETS_11)
def test_spec_11_not_targets(body):
    assert summary(targets_of(body)) == []


# fmt: off
CONDITIONS_AND_FACTS = [
    # an item of a list of eligibility conditions (a Chongqing incubator rule, 2020)
    ("第一条 为规范孵化基地管理，制定本办法。\n第二条 申请认定市级孵化基地，应当符合下列条件：\n"
     "（一）孵化场地面积3000平方米以上；\n（二）在孵企业不少于30家。\n第三条 本办法自发布之日起施行。\n", []),
    ("一、目标任务\n新建孵化基地5个。\n二、申报条件\n（一）孵化场地面积3000平方米以上。\n（二）在孵企业不少于30家。\n",
     [(5, "个", "=", False, None, None)]),
    # a chain of conditions closed by `…的，` (a Jiangxi internship rule); 每年 stays in the condition
    ("第十八条 示范基地连续两年每年吸纳见习人员超过30人（含30人），见习期满留用率达到50%以上的，"
     "按300元/人的标准给予一次性奖励。\n",
     [(300, "元/人", "=", False, None, None)]),
    # a band naming which projects a rule covers (a Fujian township rule)
    ("总投资在50万元（不含）以下的村级工程由村民代表会议审议。\n"
     "项目总投资大于2万元（含）、小于10万元（不含）的小型工程项目，由镇政府集体研究。\n", []),
    # a figure of a past year describes who qualifies (a Zhejiang talent-housing rule)
    ("不符合学历条件的，上年度年收入应当在25万元以上。\n", []),
    # a review sentence: 近5年来 (a 2004 central notice)
    ("近5年来，全国城市污水处理能力年均增长约8%，再生水利用率提高到12.5%。\n", []),
    # where a rule applies, not a number to reach (a Shanxi dust regulation)
    ("保持施工工地出入口一百米范围内的道路整洁。\n", []),
    # a count summing up the names before it (a central pilot notice)
    ("确定河北、山西、江西、陕西8个省作为试点地区。\n", []),
]

RATES_11 = [
    # a named standard is no comparator; a rate noun may carry a qualifier (a Hainan internship rule)
    ("由市财政按本市最低工资标准的60%核拨经费补贴。\n", [(60, "%", "=", False, None, None)]),
    ("见习单位每月向见习人员提供不低于最低工资标准70%的生活补贴。\n", [(70, "%", ">=", False, None, None)]),
    # 一半 is 50% (a 2019 central vocational-education plan)
    ("实践性教学课时原则上占总课时一半以上。\n", [(50, "%", ">=", False, None, None)]),
]
# fmt: on


@pytest.mark.parametrize("body,expected", CONDITIONS_AND_FACTS + RATES_11)
def test_conditions_facts_and_rates(body, expected):
    assert summary(targets_of(body)) == expected


# fmt: off
FACTS_AND_STANDARDS = [
    # a year before the issue year with 达到 reports a result (a 2005 central reply letter)
    ("2003年全省城市燃气普及率达到75%。", [], "2005年3月1日"),
    # a standard the policy fixes, stated with 为 (a Yunnan social-assistance notice)
    ("（二）低保边缘家庭认定标准按低保标准的1.5倍确定，为每人每月1020元。",
     [(1.5, "倍", "=", False, None, None), (1020, "元", "=", False, None, None)], None),
    # 目前 describes the present; 了 reports what was done (a central reply letter)
    ("目前该工程原估算总投资3亿元，调整后约为4.2亿元。省里新增了56个治理项目。", [], None),
    # a size that picks out schools or villages is a qualifier (a Shanxi education plan)
    ("超过2000人规模的学校必须配备专职校医；基本实现50户以上的自然村通硬化路。", [], None),
]
# fmt: on


@pytest.mark.parametrize("body,expected,date", FACTS_AND_STANDARDS)
def test_facts_and_standards(body, expected, date):
    assert summary(targets_of(body, date=date)) == expected


def test_a_year_before_the_genre_word_makes_a_one_year_plan():
    """`数字某省2022行动方案` (a Jiangsu-style title without 年) is a plan for 2022."""
    from pipeline.clean import normalize_string
    from pipeline.extract import extract_all

    text = "数字江淮2022行动方案\n一、重点任务\n（一）建成5G基站3万个。\n"
    got = [(t.value, t.unit, t.year_start, t.year_end) for t in extract_all(normalize_string(text)).targets]
    assert got == [(30000, "个", 2022, 2022)]


def test_an_attachment_of_admission_criteria_holds_conditions():
    """`附件2 某市门诊慢性病准入标准`: diagnostic thresholds say who qualifies (a Nanjing medical-insurance
    notice); `150/95` is a reading, not a fraction; the body's rate stays a target."""
    from pipeline.clean import normalize_string
    from pipeline.extract import extract_all

    text = ("某市医疗保障局关于调整门诊慢性病待遇的通知\n各区医疗保障分局：\n"
            "一、门诊慢性病医疗费用由统筹基金按80%支付。\n某市医疗保障局\n2020年3月2日\n"
            "附件2\n某市门诊慢性病准入标准\n一、高血压病\n（一）非同日3次测量血压高于150/95mmHg。\n"
            "（二）支气管舒张试验阳性（FEV1增加≥12%）。\n")
    got = [(t.value, t.unit, t.task) for t in extract_all(normalize_string(text)).targets]
    assert got == [(80, "%", "一")]


def test_months_worth_of_a_payment_and_a_capped_loan():
    """A Hubei job-stabilisation notice (2020): `按3个月的…失业保险金` is an amount (N months' worth),
    not a duration; `最高不超过20万元的创业担保贷款` is a cap the policy provides."""
    body = ("返还标准可按3个月的当地月人均失业保险金确定，或按3个月的企业应缴纳社会保险费40%的标准确定。"
            "个人可申请最高不超过20万元的创业担保贷款。签订1年以上劳动合同。")
    assert summary(targets_of(body)) == [(3, "个月", "=", False, None, None), (3, "个月", "=", False, None, None),
                                         (40, "%", "=", False, None, None), (200000, "元", "<=", False, None, None)]


def test_a_one_off_payment_is_not_per_year():
    """A Hunan manufacturing policy: 每年 selects the firms; the 一次性 award is paid once."""
    body = "每年遴选一批智能制造示范企业，省级给予一次性奖励80万元。每年安排专项资金2亿元。"
    assert summary(targets_of(body)) == [(800000, "元", "=", False, None, None), (200000000, "元", "=", True, None, None)]


def test_a_numbered_condition_clause_is_still_a_condition():
    """A Jiangxi digital-economy policy: `（二）对年营业收入首次突破10亿元…的企业` names who qualifies,
    even behind its item number; the awards are targets."""
    from pipeline.clean import normalize_string
    from pipeline.extract import extract_all

    text = ("一、支持政策\n（一）对年营业收入首次突破10亿元、50亿元的企业，分别给予50万元、100万元奖励。\n")
    got = [(t.value, t.unit, t.comparator) for t in extract_all(normalize_string(text)).targets]
    assert got == [(500000, "元", "="), (1000000, "元", "=")]


def test_from_old_to_new_value_and_years_ahead():
    """A Heilongjiang notice (2009): `今后三年，…` in the target's sentence is the issue year and the
    two after; `由每月2320元调整到每月2420元` (a Beijing wage notice) sets only the new value."""
    body = "一、今后三年，全省每年组织1万名高校毕业生到基层就业。\n"
    assert summary(targets_of(body, date="2009年3月20日")) == [(10000, "名", "=", True, 2009, 2011)]
    body = "一、月最低工资标准由每月1500元调整到每月1650元。\n"
    assert summary(targets_of(body)) == [(1650, "元", "=", False, None, None)]


def test_more_comparators_and_a_basis_inside_the_clause():
    """A Guangdong gas rule (2019): `不得小于50立方米` is >=; a Zhejiang health plan (2018): `对山区县按每个
    医共体300万元给予补助` provides the amount though 按 is not at the clause start."""
    assert summary(targets_of("第三条 储罐总容积不得小于50立方米，单罐容积不宜高于20立方米。")) == [
        (50, "立方米", ">=", False, None, None), (20, "立方米", "<=", False, None, None)]
    assert summary(targets_of("对山区县按每个医共体300万元给予补助。")) == [(3000000, "元", "=", False, None, None)]


def test_a_range_of_dates_gives_both_years():
    """A Shaanxi employment subsidy (spec 1.1: ranges of dates): 2024/2026, and 到…12月31日 is null/2026."""
    assert summary(targets_of("2024年1月1日至2026年12月31日，对新招用人员给予每人1000元补贴。")) == [
        (1000, "元", "=", False, 2024, 2026)]
    assert summary(targets_of("到2026年12月31日，完成危房改造100户。")) == [(100, "户", "=", False, None, 2026)]


def test_comparator_before_a_verb_and_money_size_classes():
    """A Fujian manufacturing plan: `至少带动1个` and `至少建成一所` are >=; `1亿元以上规上工业企业`
    names a size class (a qualifier), its rate is the target."""
    body = "每个标杆企业至少带动1个同行业企业，每个乡镇至少建成一所公办中心幼儿园。1亿元以上规上工业企业研发机构覆盖率达到70%左右。"
    assert summary(targets_of(body)) == [(1, "个", ">=", False, None, None), (1, "所", ">=", False, None, None),
                                         (70, "%", "~", False, None, None)]


def test_concentrations_and_visitors():
    """A Hebei air plan: `35微克/立方米以内` keeps its compound unit; a Yunnan tourism plan: 接待 counts."""
    assert summary(targets_of("到2025年，全市PM2.5平均浓度控制在35微克/立方米以内。")) == [
        (35, "微克/立方米", "<=", False, None, 2025)]
    assert summary(targets_of("全年接待游客5000万人次。")) == [(50000000, "人次", "=", False, None, None)]


@pytest.mark.parametrize("body,expected", [
    # a new condition opened by 对 does not pull the target before it into a chain (a Gansu training plan)
    ("每年培训1万人次，对培训合格的，给予补贴500元。",
     [(10000, "人次", "=", True, None, None), (500, "元", "=", False, None, None)]),
    # people counted (企业家) are no size class; money 用于 projects is no size class (an Anhui plan)
    ("培育100名以上的企业家，安排资金1亿元以上用于项目建设。",
     [(100, "名", ">=", False, None, None), (100000000, "元", ">=", False, None, None)]),
    # 提前一年 is no past year (a Hunan housing plan)
    ("确保提前一年完成危房改造200户。", [(200, "户", "=", False, None, None)]),
])
def test_qualifier_rules_keep_targets(body, expected):
    assert summary(targets_of(body)) == expected


def test_a_number_in_a_list_of_forbidden_acts_is_a_cap():
    """A Sichuan internship rule: `见习单位不得有下列行为：…（三）接收见习人员超过在职职工总数的20%` forbids
    going above 20%: the target is at most 20%."""
    from pipeline.clean import normalize_string
    from pipeline.extract import extract_all

    text = ("第一条 为规范见习管理，制定本办法。\n第二条 见习单位不得有下列行为：\n（一）安排见习人员从事高危作业；\n"
            "（二）拖欠见习人员生活补贴；\n（三）当期接收见习人员超过在职职工总数的20%。\n第三条 本办法自发布之日起施行。\n")
    got = [(t.value, t.unit, t.comparator) for t in extract_all(normalize_string(text)).targets]
    assert got == [(20, "%", "<=")]


def test_forbidden_below_a_number_is_a_floor():
    """A Gansu farmland rule: `禁止生产和使用厚度低于0.015毫米的农用地膜` sets at least 0.015 毫米."""
    assert summary(targets_of("禁止生产和使用厚度低于0.015毫米的农用地膜。")) == [(0.015, "毫米", ">=", False, None, None)]


def test_required_size_and_per_capita_provision():
    """A Guizhou emergency plan: `组建1支不少于20人的应急救援队伍` sets both numbers; a Hebei health plan:
    `每万人口拥有全科医生3.5名`; `坚持两个不动摇` stays a slogan."""
    assert summary(targets_of("每个乡镇组建1支不少于20人的应急救援队伍。每万人口拥有全科医生3.5名。坚持两个不动摇。")) == [
        (1, "支", "=", False, None, None), (20, "人", ">=", False, None, None), (3.5, "名", "=", False, None, None)]


def test_scope_word_各地区_is_dropped_whole():
    """A 2005 central 通报: the quote starts at the indicator, not inside 各地区."""
    t = targets_of("各地区要确保事故死亡人数比上年下降2.5%以上。")
    assert [(x.value, x.unit, x.comparator, x.quote) for x in t] == [(2.5, "%", ">=", "事故死亡人数比上年下降2.5%以上")]


def test_a_validity_counted_from_the_issue_date_takes_the_issue_year():
    """`本办法自印发之日起施行，有效期3年` (a Hubei city's 办法, 2019) and `试行期一年` (a Hebei county's
    规定): the period starts in the year the policy was signed."""
    body = "第三条 对新建的社区养老服务站给予一次性建设补助10万元。\n第九条 本办法自印发之日起施行，有效期3年。"
    assert summary(targets_of(body, date="2019年6月5日")) == [(100000, "元", "=", False, 2019, 2021)]
    body = "第四条 对新认定的示范合作社奖励2万元。\n第十条 本规定自印发之日起执行，试行期一年。"
    assert summary(targets_of(body, date="2021年3月9日")) == [(20000, "元", "=", False, 2021, 2021)]


# Session 5 (issue 12, targets): caps named as nouns, per-period service quantities, lists of
# amounts before their provide verb, a title period without 年, a notice's own year of work.

def test_a_cap_noun_governs_the_amounts_after_it():
    """A Jiangsu city's 医疗救助办法 (2019): `最高救助限额为…每人每年3万元，…每人每年1.5万元` and a
    Hubei 科技 subsidy `奖补上限为每家200万元` cap their amounts (<=) over the list that follows, also
    across a comma clause and a bracket; `超出部分按60%` is a rule of its own, and a `准入限额` names
    who qualifies (out)."""
    body = ("第八条 住院救助最高救助限额为特困人员每人每年3万元（其中门诊费用不超过每人每年5000元），低保对象每人每年1.5万元。\n"
            "第九条 对认定的研发机构，奖补上限为每家200万元，超出部分按60%予以补助。\n"
            "第十条 医疗救助收入准入限额为家庭年人均收入18000元。\n")
    assert summary(targets_of(body)) == [
        (30000, "元", "<=", True, None, None), (5000, "元", "<=", True, None, None), (15000, "元", "<=", True, None, None),
        (2000000, "元", "<=", False, None, None), (60, "%", "=", False, None, None)]


def test_a_floor_noun_and_per_words_after_a_comparator():
    """A Zhejiang county's 最低生活保障 rule (2016): `保障标准下限为每人每月600元` is a floor; a
    Sichuan 养老 rule: `床位费不高于每床每月800元` keeps its comparator across the per-unit words."""
    body = "农村低保保障标准下限为每人每月600元。\n护理型床位收费中，床位费不高于每床每月800元。\n"
    assert summary(targets_of(body)) == [(600, "元", ">=", False, None, None), (800, "元", "<=", False, None, None)]


def test_named_counts_and_hours_per_period_are_service_standards():
    """A Chongqing 家庭医生 service standard (2020): `每月随访次数不少于2次`, `每周服务时间为10小时`,
    `一个年度内家庭病床建床次数不超过1次` (per year); a Fujian school rule: `每周至少安排三课时`. A meeting
    frequency (`每季度召开一次`, `每年检查不少于1次`), a time limit (`每月5日前`, `24小时内`) and a length
    without a period (`实习时间一般为6个月`) stay out."""
    body = ("重点人群每月随访次数不少于2次，每周服务时间为10小时。\n一个年度内家庭病床建床次数不超过1次。\n"
            "各中小学每周至少安排三课时体育活动。\n联席会议每季度召开一次。\n每年检查不少于1次。\n"
            "每月5日前报送数据，接报后24小时内处置。\n实习时间一般为6个月。\n")
    # (S24 TG27: `每月随访次数不少于2次`, 每 + period with N次, is a frequency, out)
    assert summary(targets_of(body)) == [
        (10, "小时", "=", False, None, None), (1, "次", "<=", True, None, None),
        (3, "课时", ">=", False, None, None)]


def test_a_list_of_amounts_before_the_provide_verb():
    """A Hunan 技能人才 rule (2021): `按初级工每人400元、中级工每人800元、高级工每人1500元的标准给予培训补贴` provides
    all three amounts."""
    body = "第十二条 对取得证书的，按初级工每人400元、中级工每人800元、高级工每人1500元的标准给予培训补贴。\n"
    assert summary(targets_of(body)) == [(400, "元", "=", False, None, None), (800, "元", "=", False, None, None),
                                         (1500, "元", "=", False, None, None)]


def test_a_share_opening_a_comma_clause_is_read_on_its_own():
    """A Henan 数字化 plan (2022): `…，70%以上的规上企业完成数字化改造` after a clause with its own share."""
    body = "到2025年，全省60%以上的园区建成智慧平台，70%以上的规上企业完成数字化改造。\n"
    t = targets_of(body)
    assert summary(t) == [(60, "%", ">=", False, None, 2025), (70, "%", ">=", False, None, 2025)]
    assert t[1].quote.startswith("70%以上的规上企业")


def test_a_title_range_without_年_and_a_notice_stating_its_year():
    """`某省农田水利提升行动方案（2019—2021）` (a range without 年) gives its period; a web copy that lost its
    title but says `现就做好2019年冬春农田水利建设有关工作通知如下` is a plan for 2019."""
    assert summary(targets_of("新建高效节水灌溉面积100万亩。", title="某省农田水利提升行动方案（2019—2021）")) == [
        (1000000, "亩", "=", False, 2019, 2021)]
    body = "为落实有关部署，现就做好2019年冬春农田水利建设有关工作通知如下。\n一、主要任务\n各地新建高效节水灌溉面积100万亩。\n"
    assert summary(targets_of(body, title="关于做好冬春农田水利建设工作的通知")) == [(1000000, "亩", "=", False, 2019, 2019)]


def test_a_lead_paragraph_in_words_gives_its_year_to_the_sub_items():
    """A Guizhou county's 实施意见 (2017): `二、工作目标` / `到2020年，全县…明显提升。` / `1．…覆盖率达100%`:
    the lead paragraph introduces the numbered goals under it; the next item's targets have no year."""
    body = ("一、基本原则\n坚持统筹推进。\n二、工作目标\n到2020年，全县公共文化服务体系基本建成，服务效能明显提升。\n"
            "1．村级综合文化服务中心覆盖率达100%。\n2．每个乡镇建成1个以上文化站。\n三、主要任务\n1．新建农家书屋20个。\n")
    assert summary(targets_of(body)) == [(100, "%", "=", False, None, 2020), (1, "个", ">=", False, None, 2020),
                                         (20, "个", "=", False, None, None)]


def test_year_end_written_twice_and_a_baseline_year():
    """`于2019年年底前` reads like 到 (a Shaanxi school rule); `在2019年试点经验基础上` is a baseline (a central
    pilot notice, 2020), not the target's year."""
    assert summary(targets_of("各校于2019年年底前配备到位，每校至少配备1名专职校医。")) == [(1, "名", ">=", False, None, 2019)]
    body = "在2019年试点经验基础上，确定太原、沈阳、合肥、南昌、郑州、成都、西安、银川8个城市为第二批试点。\n"
    assert summary(targets_of(body)) == [(8, "个", "=", False, None, None)]


def test_a_count_totalling_a_named_list_needs_a_verb():
    """Guide TG9: a list a verb delivers is counted (`确定…8个城市作为试点`); names summed up without a
    verb (`北京、吉林、安徽3个省已开展试点`) are a report."""
    body = "确定太原、沈阳、合肥、南昌、郑州、成都、西安、银川8个城市作为试点。北京、吉林、安徽3个省已开展试点。\n"
    assert summary(targets_of(body)) == [(8, "个", "=", False, None, None)]


def test_conditions_after_a_modal_and_a_qualified_rate_noun():
    """A Jiangxi finance notice (2020): `有条件的地方可对单笔贷款300万元及以下、…的业务给予贴息` names which
    loans qualify (out); a Hebei medical insurance rule: `按一级医院90%、二级医院80%的报销比例支付` gives
    both rates."""
    body = ("有条件的地方可对单笔贷款金额300万元及以下、年化利率不超过4%的创业担保贷款给予贴息。\n"
            "1. 门诊慢性病：按一级医院90%、二级医院80%的报销比例支付。\n")
    assert summary(targets_of(body)) == [(90, "%", "=", False, None, None), (80, "%", "=", False, None, None)]


def test_units_and_articles_in_lists():
    """`5000场（次）` keeps its bracketed measure word (a Henan 文化惠民 plan); `，一个年度内…` after an amount
    is an article, not a count (a Tianjin 日间照料 rule); `优选` selects a quota."""
    body = ("全年开展送戏下乡500场和5000场（次）文化志愿服务。\n日间照料费用限额为每人每月600元，一个年度内补贴期限最长6个月。\n"
            "优选50家中小企业纳入培育库。\n")
    assert summary(targets_of(body)) == [(500, "场", "=", False, None, None), (5000, "场（次）", "=", False, None, None),
                                         (600, "元", "<=", False, None, None), (50, "家", "=", False, None, None)]


def test_a_year_inside_a_cited_plan_is_not_the_goals_year():
    """A 2013 city e-government notice: `根据《某市智慧城市“十二五”发展规划》要求，确定本项目建设目标如下：` does not
    give its goals 2011–2015 (the period belongs to the cited plan)."""
    body = ("一、总体要求\n推进信息化。\n二、建设目标\n根据《某市智慧城市“十二五”发展规划》（某政〔2011〕12号）要求，确定本项目建设目标如下：\n"
            "（一）提升政务服务水平。\n——市级政务服务事项网上可办率达到100%。\n")
    t = targets_of(body)
    assert summary(t) == [(100, "%", "=", False, None, None)]
    assert t[0].quote.startswith("市级政务服务")


def test_size_classes_of_facilities_and_hazard_magnitudes():
    """A 2016 Shanxi coal plan: `年产120万吨以上大型煤矿` names which mines (out); a 1990s national disaster
    plan: `“九五”期间…的目标是：` / `…具备抵御7级左右地震的能力` is a magnitude to withstand, by 2000's plan
    period, and `抵御12级台风` too."""
    body = ("一、形势\n近年来地震活动较多。\n二、目标\n建议“九五”期间防震减灾工作的目标是：\n"
            "重点城市基本具备抵御7级左右地震的能力，沿海堤防能抵御12级台风。\n三、煤矿\n推动年产120万吨以上大型煤矿实现智能化开采。\n")
    assert summary(targets_of(body, title="关于加强防灾减灾工作的意见")) == [
        (7, "级", "~", False, 1996, 2000), (12, "级", "=", False, 1996, 2000)]


def test_amounts_under_a_standard_heading_or_after_a_standard_lead():
    """A Hangzhou district's 人才公寓 announcement (web copy, 2023): `（一）租金标准` / `甲花园28元/平方米/月、…`
    fixes the rents without a verb; a Yunnan 培训补贴 article: `培训补贴标准：初级工每人800元，中级工每人1200元`
    gives every amount of the list; the lease `不超过3年` stays a duration."""
    body = ("一、房源\n本批次公寓共40套。\n二、租赁费用\n（一）租金标准\n甲花园28元/平方米/月、乙小区35.5元/平方米/月（不含物业管理费）。\n"
            "（二）租赁期限\n合同租赁期限不超过3年。\n三、培训补贴\n培训补贴标准：初级工每人800元，中级工每人1200元。\n")
    assert summary(targets_of(body)) == [
        (28, "元/平方米/月", "=", False, None, None), (35.5, "元/平方米/月", "=", False, None, None),
        (800, "元", "=", False, None, None), (1200, "元", "=", False, None, None)]


def test_older_plans_years_in_words_and_effort_years():
    """A 2006 county 就业 opinion: `到二〇一〇年` is 2010; `力争用3年时间` (a 2008 city plan) counts from the
    issue year like 今后三年; `年均增长百分之八` is per year in its own clause only, not for the next
    clause's `降低百分之二十左右`."""
    body = ("一、目标任务\n到二〇一〇年，全县新增就业岗位五万个，农民人均纯收入年均增长百分之八，单位生产总值能耗比二〇〇五年降低百分之二十左右。\n"
            "二、工业\n力争用3年时间，全县新增规模以上工业企业30家。\n")
    assert summary(targets_of(body, date="2006年4月2日")) == [
        (50000, "个", "=", False, None, 2010), (8, "%", "=", True, None, 2010), (20, "%", "~", False, None, 2010),
        (30, "家", "=", False, 2006, 2008)]


def test_a_list_of_nouns_and_counts_and_the_reach_of_每年():
    """A Zhejiang 专精特新 plan (2022): `培育小巨人企业50家，专精特新企业500家以上，创新型中小企业3000家` is one
    list; `每年开展A培训7万人次、B培训1万人次` leads its list (TG3); `构建` demands."""
    body = ("到2025年，培育小巨人企业50家，专精特新企业500家以上，创新型中小企业3000家。\n"
            "每年开展家政培训7万人次、护理员培训1万人次。\n构建1000个以上的行业数据集。\n")
    assert summary(targets_of(body)) == [
        (50, "家", "=", False, None, 2025), (500, "家", ">=", False, None, 2025), (3000, "家", "=", False, None, 2025),
        (70000, "人次", "=", True, None, None), (10000, "人次", "=", True, None, None), (1000, "个", ">=", False, None, None)]


def test_a_level_to_keep_is_no_baseline():
    """A 2016 Gansu education notice: `在继续巩固落实好中职学校生均公用经费达到3000元的基础上` keeps that level (a
    target); `在2020年人均收入达到2万元的基础上，力争翻一番` starts from a baseline (only the doubling)."""
    body = "各地在继续巩固落实好中职学校生均公用经费达到3000元的基础上，逐步提高拨款水平。\n在2020年人均收入达到2万元的基础上，力争翻一番。\n"
    assert summary(targets_of(body)) == [(3000, "元", "=", False, None, None), (100, "%", "=", False, None, None)]


def test_each_of_the_parties_and_a_basis_year():
    """A Chengdu 长期护理保险 rule (2019): `个人和单位缴费比例各为0.2%` is one rate for each party (two targets),
    `由基金、单位和个人各按30%的比例负担` three; `缴费基数按2018年度全省…平均工资的50%确定` takes a past
    year's statistic as its basis (a target, not a report of 2018); `2017年全市培训12万人次` reports."""
    body = ("第一条 为建立长期护理保险制度，制定本办法。\n第二条 参保人员缴费基数按2018年度全省城镇非私营单位就业人员平均工资的50%确定。\n"
            "第三条 个人和单位缴费比例各为0.2%。\n第四条 由基金、单位和个人各按30%的比例负担。\n第五条 2017年全市培训12万人次。\n")
    assert [(v, u) for v, u, *_ in summary(targets_of(body, date="2019年5月1日"))] == [
        (50, "%"), (0.2, "%"), (0.2, "%"), (30, "%"), (30, "%"), (30, "%")]


def test_选取_sets_a_quota():
    """A 2023 central 医保 notice: `每年选取30-50个…统筹地区` is a per-year range."""
    assert summary(targets_of("每年选取30-50个应用成效较好的统筹地区进行推广。")) == [
        (30, "个", ">=", True, None, None), (50, "个", "<=", True, None, None)]


def test_a_number_qualifying_the_units_of_一批_is_no_target():
    """A 2019 Shanxi coal plan: `建成一批单班下井30人以下智能化示范工作面` and a Jiangsu industry plan: `打造一批产值100亿元
    以上产业集群`: the quota is 一批; the number picks out which units. A count of its own stays in."""
    body = "建成一批单班下井30人以下智能化示范工作面。打造一批产值100亿元以上产业集群，新增规上企业100家以上。\n"
    assert summary(targets_of(body)) == [(100, "家", ">=", False, None, None)]


def test_more_comparator_words():
    """A 2001 ministry rule: `可申请同一类别至多三个专业` (<=); a Guangxi county plan: `培训人数达到或超过500人`
    (>=); a Hubei fund rule: `补助金额不超出项目总投资的30%` (<=)."""
    body = "经批准，可申请同一类别至多三个专业作为执业范围。各乡镇培训人数达到或超过500人。补助金额不超出项目总投资的30%。\n"
    assert summary(targets_of(body)) == [(3, "个", "<=", False, None, None), (500, "人", ">=", False, None, None),
                                         (30, "%", "<=", False, None, None)]


def test_a_count_without_measure_word_after_a_noun_of_number():
    """A 2021 Chongqing 工业互联网 plan: `标识解析量突破3亿`, `5G用户数达到800万` count items (个); a number
    followed by a word of its own is no bare count."""
    body = "到2023年，实现标识解析量突破3亿，全市5G用户数达到800万。\n"
    assert summary(targets_of(body)) == [(300000000, "个", ">", False, None, 2023), (8000000, "个", "=", False, None, 2023)]


def test_限额以上_is_a_size_class_not_a_cap():
    """A Shaanxi commerce plan (2020): `限额以上住宿餐饮企业营业额达到100亿元` is an amount to reach (=), not a cap."""
    assert summary(targets_of("全市限额以上住宿餐饮企业营业额达到100亿元。")) == [(10000000000, "元", "=", False, None, None)]


def test_a_run_in_goal_heading_and_named_counts_of_inspections():
    """A Hainan county plan (2017): `二、工作目标。到2020年，…基本建成。` on the heading's line introduces the goals
    under it; `每年检查次数不少于2次` stays an inspection frequency (out) while `每月随访次数不少于1次` is a
    service standard, counted per month, not per year."""
    body = ("一、基本原则\n坚持统筹。\n二、工作目标。到2020年，全县公共文化服务体系基本建成。\n1．村级综合文化服务中心覆盖率达100%。\n"
            "2．每年检查次数不少于2次，家庭医生每月随访次数不少于1次。\n")
    # (S24 TG27: `每月随访次数不少于1次` is a frequency too, out)
    assert summary(targets_of(body)) == [(100, "%", "=", False, None, 2020)]


def test_tiered_amounts_in_comma_clauses():
    """A Fujian 企业技术中心 rule (2018): `一次性奖励100万元，省级企业技术中心50万元，市级20万元` gives all three."""
    body = "对新认定的国家级企业技术中心，一次性奖励100万元，省级企业技术中心50万元，市级20万元。\n"
    assert summary(targets_of(body)) == [(1000000, "元", "=", False, None, None), (500000, "元", "=", False, None, None),
                                         (200000, "元", "=", False, None, None)]


@pytest.mark.parametrize("clause,date,years", [
    # a Shenzhen district's 办法: start and end in one sentence without 有效期
    ("本办法自2021年1月1日起施行，至2023年12月31日止。", "2020年12月1日", (2021, 2023)),
    # a Hubei county's 通知: a length in 两
    ("本通知自发布之日起施行，有效期两年。", "2021年6月1日", (2021, 2022)),
    # a Tianjin 政策: the validity as a range of dates
    ("本政策有效期为2022年1月1日至2024年12月31日。", "2021年12月20日", (2022, 2024)),
    # a Jilin 办法 on trial
    ("本办法自2020年10月1日起试行，试行期2年。", "2020年9月1日", (2020, 2021)),
    # a Guangxi 措施: 执行期限 from the issue date
    ("本措施自印发之日起实施，执行期限至2025年12月31日。", "2023年3月1日", (2023, 2025)),
])
def test_more_ways_of_stating_a_validity(clause, date, years):
    body = "第一条 为支持企业发展，制定本办法。\n第二条 对新认定的企业给予奖励10万元。\n第三条 " + clause + "\n"
    assert [(t.year_start, t.year_end) for t in targets_of(body, title="某市支持企业发展办法", date=date)] == [years]


def test_两成_is_twenty_percent():
    """A 2015 Anhui plan: `力争两成以上的企业完成改造` is 20 % (成 with 两, like 五成)."""
    assert summary(targets_of("力争两成以上的企业完成改造。")) == [(20, "%", ">=", False, None, None)]


def test_a_web_copy_without_its_title_takes_the_period_of_the_plan_it_issues():
    """A county web page (Sichuan, 2021) that starts at the addressee: `现将《某县2021年稳就业工作要点》印发给你们`
    still gives the plan's year to its targets."""
    from pipeline.clean import normalize_string
    from pipeline.extract import extract_all

    text = ("各乡镇人民政府，县级各部门：\n现将《某县2021年稳就业工作要点》印发给你们，请认真贯彻落实。\n某县人民政府办公室\n"
            "2021年3月3日\n一、主要目标\n全年城镇新增就业5000人，城镇调查失业率控制在5.5%以内。\n")
    got = [(t.value, t.unit, t.year_start, t.year_end) for t in extract_all(normalize_string(text)).targets]
    assert got == [(5000, "人", 2021, 2021), (5.5, "%", 2021, 2021)]


def test_quotas_of_an_application_notice():
    """A Jiangsu 教育厅 申报 notice (2022): `每所高校限报2项`, `每个项目仅限1家牵头单位`, `每个市限推荐5个项目` are
    quotas fixed exactly (`=`, guide TG11: 限, 仅限, 只能 are `=`)."""
    body = "每所高校限报2项，每个项目仅限1家牵头单位，每个市限推荐5个项目。\n"
    assert summary(targets_of(body)) == [(2, "项", "=", False, None, None), (1, "家", "=", False, None, None),
                                         (5, "个", "=", False, None, None)]


def test_an_income_or_asset_standard_is_eligibility():
    """A Nanjing 公租房 rule (2020): `家庭收入、家庭财产标准放宽到上述标准的130%` moves the line of who qualifies
    (out); `租金可按该家庭月收入的15%计算` is the rent the rule sets (in)."""
    body = "所有家庭成员均年满60周岁的，家庭收入、家庭财产标准放宽到上述标准的130%。租金可按该家庭月收入的15%计算。\n"
    assert summary(targets_of(body)) == [(15, "%", "=", False, None, None)]


def test_the_end_of_a_five_year_plan_as_a_baseline():
    """A 2016 Guizhou 生态 plan: `比“十二五”末提高2个百分点` compares with 2015; the target is by 2020."""
    t = targets_of("到2020年，森林覆盖率比“十二五”末提高2个百分点。", title="某省生态建设规划")
    assert summary(t) == [(2, "个百分点", "=", False, None, 2020)]


def test_a_number_after_a_goal_label():
    """A Shanxi county training plan (2018): `（三）培训目标：1万人次` states the goal after a label."""
    assert summary(targets_of("（三）培训目标：1万人次。")) == [(10000, "人次", "=", False, None, None)]


def test_a_title_naming_one_years_list_of_projects():
    """`关于印发某市2024年民生实事项目清单的通知` (a Zhejiang city, 2024): the projects are that year's."""
    t = targets_of("一、城建类\n新建停车位5000个。\n", title="关于印发某市2024年民生实事项目清单的通知")
    assert summary(t) == [(5000, "个", "=", False, 2024, 2024)]


def test_saving_and_cutting_verbs():
    """A 2007 Shandong energy-saving plan: `节约能源20万吨标准煤`, `削减化学需氧量排放5000吨`, `减排二氧化碳50万吨`."""
    assert summary(targets_of("节约能源20万吨标准煤，削减化学需氧量排放5000吨，减排二氧化碳50万吨。")) == [
        (200000, "吨标准煤", "=", False, None, None), (5000, "吨", "=", False, None, None), (500000, "吨", "=", False, None, None)]


def test_a_list_items_quote_starts_at_the_item():
    """`分别给予50万元、30万元奖励` (a Liaoning 示范基地 rule): the second quote starts at `30万元`, not at `、`."""
    t = targets_of("对评为国家级、省级示范基地的，分别给予50万元、30万元奖励。")
    assert [(x.value, x.quote) for x in t] == [(500000, "给予50万元"), (300000, "30万元奖励")]


def test_a_flattened_attachment_table_of_caps_and_standards():
    """An attachment table set out one cell a line (a Hubei 医疗救助 notice of 2016, valid 3 years): the
    column header names a cap (`年度最高救助限额`) or a standard (`补贴标准`); each amount cell is a
    target, `<=` or `=`, taking the notice's period and no task of the body. Row numbers, category
    names and the 有效期 column are not amounts."""
    body = ("一、救助对象按附件1的标准给予救助。\n二、本通知自2016年3月1日起施行，有效期3年。\n"
            "某省民政厅\n2016年2月20日\n"
            "附件1\n某省重特大疾病医疗救助标准\n序号\n救助对象\n年度最高救助限额\n审核有效期\n"
            "1\n特困供养人员\n30000元/年\n长期\n2\n低保对象\n20000元/年\n两年\n"
            "附件2\n某省困难残疾人护理补贴标准\n类别\n补贴标准\n一级重度\n100元/人/月\n二级重度\n50元/人/月\n")
    t = targets_of(body, title="某省民政厅关于进一步做好重特大疾病医疗救助工作的通知")
    assert [(x.value, x.unit, x.comparator, x.per_year, x.year_start, x.year_end, x.task) for x in t] == [
        (30000, "元/年", "<=", False, 2016, 2018, None), (20000, "元/年", "<=", False, 2016, 2018, None),
        (100, "元/人/月", "=", False, 2016, 2018, None), (50, "元/人/月", "=", False, 2016, 2018, None)]


def test_a_flattened_table_of_amounts_paid_is_no_target():
    """A Gansu 2015 report table (`发放金额` per county): amounts paid are a report, not a standard."""
    body = ("一、各县要按时报送发放情况。\n附件\n2014年各县补贴发放情况\n县别\n发放人数\n发放金额\n甲县\n1200人\n360000元\n")
    assert summary(targets_of(body, title="某市民政局关于报送补贴发放情况的通知")) == []


def test_only_and_at_most_a_choice():
    """A 1990s Ministry of Personnel 考试 rule and a Fujian 门诊慢病 notice (2017): `只能选择一个岗位` is a quota
    fixed exactly (`=`, guide TG11), `最多选择其中2个病种` a cap through 选择 and 其中, `选定1家` a quota."""
    body = ("一、每位报考人员只能选择一个岗位报考。\n二、患有多种慢性病的参保人员，最多选择其中2个病种享受待遇。\n"
            "三、参保人员应在定点医疗机构中选定1家作为本人的就医机构。\n")
    assert summary(targets_of(body)) == [(1, "个", "=", False, None, None), (2, "个", "<=", False, None, None),
                                         (1, "家", "=", False, None, None)]


def test_half_price_discounts_and_ratios_are_shares():
    """A Chongqing 老年人优待 rule (2016): `享受半价优惠` is 50 %, `按八折收取` 80 %; a Hebei 教育 plan (2012):
    `生师比不高于1∶18` is the share 1/18 (5.56 %, guide TG11); a map scale (`比例尺1∶50000`) is none."""
    body = ("第五条 年满65周岁的老年人游览公园，享受半价优惠；参观展览，按八折收取门票。\n"
            "第六条 各中小学生师比不高于1∶18。测绘成果采用比例尺1∶50000。比赛时间为1:30至3:00。\n")
    assert summary(targets_of(body, title="某市老年人优待办法")) == [
        (50, "%", "=", False, None, None), (80, "%", "=", False, None, None), (5.56, "%", "<=", False, None, None)]


def test_shares_of_units_after_a_causative_lead_or_a_join():
    """A Yunnan 2016 health plan: `力争使80%左右的乡镇卫生院达到…标准`, `95%的州市和85%的县达到…` are shares of
    units reaching a goal (spec §7 `60%以上的经费用于…`), not conditions."""
    body = "（二）提升基层服务能力。力争使80%左右的乡镇卫生院达到服务能力标准。95%的州市和85%的县达到二级以上。\n"
    assert summary(targets_of(body)) == [(80, "%", "~", False, None, None), (95, "%", "=", False, None, None),
                                         (85, "%", "=", False, None, None)]


def test_a_count_delivered_with_examples_before_deng():
    """A Guangxi 2019 logistics plan: `重点培育甲物流、乙物流等20家龙头企业` delivers 20 units, naming examples;
    `自治区商务厅等6部门` sums up a list with no verb (out)."""
    body = "（三）培育市场主体。重点培育甲物流、乙物流等20家龙头企业。自治区商务厅等6部门联合制定配套措施。\n"
    assert summary(targets_of(body)) == [(20, "家", "=", False, None, None)]


def test_bandwidth_in_m():
    """A Jiangxi 2020 e-government plan: `接入带宽1000M以上` is a floor in M; `5G基站`, `10MW` are not bandwidths."""
    body = "（一）完善政务外网。县级节点接入带宽1000M以上，建成5G基站2000个。\n"
    assert summary(targets_of(body)) == [(1000, "M", ">=", False, None, None), (2000, "个", "=", False, None, None)]


def test_a_reply_restating_the_request_sets_nothing():
    """A 2006 Ministry of Commerce 复函 to a province: `你省请求，…投入3亿元，建设…` restates the request; the
    ministry's own `控制在2000亩以内` is the cap it sets."""
    body = ("二、关于建设物流园区问题。你省请求，由省交通厅牵头，投入3亿元，建设物流园区。\n"
            "我部意见：同意建设，用地规模控制在2000亩以内。\n")
    t = targets_of(body, title="商务部关于某省物流园区建设有关问题的复函")
    assert summary(t) == [(2000, "亩", "<=", False, None, None)]


def test_designating_units_with_mingque():
    """A Hunan 2010 agriculture notice: `每个县要明确1至2个示范乡镇` designates units (a range, two targets)."""
    assert summary(targets_of("（二）抓好示范。每个县要明确1至2个示范乡镇。")) == [
        (1, "个", ">=", False, None, None), (2, "个", "<=", False, None, None)]


def test_items_of_a_list_of_breaches_are_no_targets():
    """A 2015 Sichuan 安全生产 regulation: the items under `有下列行为之一的，责令限期改正，处…罚款：` describe
    what is punished (guide TG6c), so `同时在两个以上单位兼职` sets nothing; a duty article's count stays."""
    body = ("一、生产经营单位应当配备不少于2名专职安全管理人员。\n"
            "二、注册安全工程师有下列行为之一的，由安全生产监督管理部门责令限期改正，予以警告：\n"
            "（一）同时在两个以上单位执业；\n（二）出租、出借注册证书。\n")
    assert summary(targets_of(body, title="某省安全生产条例")) == [(2, "名", ">=", False, None, None)]


def test_a_table_kept_as_rows_takes_its_column_header():
    """A Zhejiang county web copy (2020, Markdown): a table kept as rows; amount cells under `最高补助限额` are
    caps, those under `补贴标准` the standard; the cell alone is quoted; 有效期 cells are not amounts."""
    body = ("一、补助按附表执行。\n附表\n| 序号 | 项目 | 最高补助限额 | 有效期 |\n| --- | --- | --- | --- |\n"
            "| 1 | 农房改造 | 30000元/户 | 长期 |\n附表2\n类别 | 补贴标准\n一级 | 100元/人/月\n")
    t = targets_of(body, title="某县农房改造补助办法")
    assert [(x.value, x.unit, x.comparator, x.quote) for x in t] == [
        (30000, "元/户", "<=", "30000元/户"), (100, "元/人/月", "=", "100元/人/月")]


def test_an_amount_whose_unit_names_the_year_is_not_per_year():
    """A Shaanxi 2014 助学 rule: `每年4000元` is per year; `最高不超过1.5万元/年` states its rate in its unit (guide
    TG11: a cap in 元/年 without its own 每年 has per_year false)."""
    assert summary(targets_of("（三）调整标准。补助标准为每人每年4000元，最高不超过1.5万元/年。")) == [
        (4000, "元", "=", True, None, None), (15000, "元/年", "<=", False, None, None)]


def test_a_discount_for_beneficiaries_named_with_dui():
    """A 2012 Anhui 物业 rule: `对低保家庭减半收取物业服务费，对重度残疾人按八折收取` grants the cuts (50 %, 80 %);
    the 对-phrase names who benefits, it is not a condition on a number."""
    body = "（三）减免收费。对低保家庭减半收取物业服务费，对重度残疾人按八折收取。\n"
    assert summary(targets_of(body)) == [(50, "%", "=", False, None, None), (80, "%", "=", False, None, None)]


def test_a_cited_request_does_not_void_the_sentence():
    """`根据《市教育局关于…的请示》，到2025年建成100所…` (a Henan city, 2021): citing a 请示 is not restating a request."""
    assert summary(targets_of("二、根据《市教育局关于建设示范学校的请示》，到2025年建成100所示范学校。")) == [
        (100, "所", "=", False, None, 2025)]


def test_parallel_clauses_continue_a_per_period_amount_of_time():
    """The 2021 Ministry of Education sleep notice style: `小学生每天睡眠时间应达到10小时，初中生应达到9小时` gives
    every school stage its hours; a time limit after a frequency (`整改时限为24小时`) stays out."""
    body = "（三）保证睡眠。小学生每天睡眠时间应达到10小时，初中生应达到9小时。每月检查1次，整改时限为24小时。\n"
    assert summary(targets_of(body)) == [(10, "小时", "=", False, None, None), (9, "小时", "=", False, None, None)]
