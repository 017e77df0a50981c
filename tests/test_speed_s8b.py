"""Speed shortcuts of session 8b in the targets stage: each gives what the plain code gives
(docs/decisions/speed-s8.md, "Third helper")."""
from __future__ import annotations

import pytest
import regex

from pipeline.extract import targets as T

# Bodies as other offices write a policy's term (a province's rules, a county's notice, a ministry's
# measures of the 1990s, a web copy with full-width digits and spaces), with and without a start year.
TERM_BODIES = [
    "第一条 为规范专项资金管理，制定本办法。\n第二十条 本办法自2021年3月1日起施行，有效期5年。",
    "本细则自发布之日起施行，有效期至2025年12月31日。",
    "本规定从1998年7月1日起执行。过去的规定与本规定不一致的，以本规定为准。",
    "本意见有效期三年，自2016年1月1日起至2018年12月31日止。",
    "本实施方案自２０２２年１月１日起施行，有效期３年。",
    "本通知自 2020 年 10 月 1 日起实施，至2022年底止。",
    "本办法自二〇二〇年一月一日起施行。",
    "本办法自印发之日起施行，由县财政局负责解释。",
    "从2020年起，每年安排500万元用于农村公路养护。本办法由市交通运输局负责解释。",
    "以上政策措施自2023年1月1日开始执行，执行期限为2023年1月1日至2025年12月31日。",
    "本政策有效期为2022年1月1日至2024年12月31日。",
    "本措施有效期2年，自2024年1月1日起实施。",
    "上述规定自2019年起试行两年；试行期满后另行通知。",
    "本方案自2021年起实施。从2019年开始的试点工作同时结束。",
    "本规划期限为2021—2025年。",
    "各地要抓好落实，确保完成全年目标任务。",
    "",
]


def test_in_force_and_valid_span_open_with_self_then_a_from_year():
    """FROM_YEAR_ANY is a necessary condition of IN_FORCE and VALID_SPAN: each pattern is SELF (one
    group), a lazily repeated character class, then `(?:自|从)\\s*(?P<…>(?:19|20)\\d{2})\\s*年` at its top
    level (not in an optional group or an alternative): every match holds a FROM_YEAR_ANY match."""
    fy = r"(?:自|从)\s*(?P<{}>(?:19|20)\d{{2}})\s*年"
    assert T.IN_FORCE.pattern.startswith(T.SELF + r"[^。；]{0,80}?" + fy.format("start"))
    assert T.VALID_SPAN.pattern.startswith(T.SELF + r"[^。；]{0,30}?" + fy.format("a"))
    assert T.FROM_YEAR_ANY.pattern == fy.replace("(?P<{}>", "(?:").replace("{{2}}", "{2}")
    assert T.FROM_YEAR_ANY.flags == T.IN_FORCE.flags == T.VALID_SPAN.flags


@pytest.mark.parametrize("body", TERM_BODIES)
def test_stated_duration_gate_gives_the_ungated_result(body, monkeypatch):
    gated = [T._stated_duration(body, y) for y in (None, 2020)]
    monkeypatch.setattr(T, "FROM_YEAR_ANY", regex.compile(""))  # matches every body: the plain path
    assert [T._stated_duration(body, y) for y in (None, 2020)] == gated
    for pattern in (T.IN_FORCE, T.VALID_SPAN):
        if pattern.search(body):
            assert regex.search(r"(?:自|从)\s*(?:19|20)\d{2}\s*年", body)


def test_stated_duration_reads_the_terms():
    assert T._stated_duration(TERM_BODIES[0], None) == (2021, 2025)
    assert T._stated_duration(TERM_BODIES[3], None) == (2016, 2018)
    assert T._stated_duration(TERM_BODIES[4], None) is None  # (full-width digits: 19|20 is ASCII in both)
    # (session 9: a validity in Chinese numerals is read, as the years list reads 二〇二〇年)
    assert T._stated_duration(TERM_BODIES[6], None) == (2020, None)
    assert T._stated_duration(TERM_BODIES[16], 2020) is None


# Clauses of eligibility and demand as other offices write them (a province's subsidy rules, a
# county's poverty notice, a ministry's 1990s measures, a city's employment policy, a web copy).
CONDITION_TEXTS = [
    "某省就业补助资金管理办法\n一、对吸纳登记失业人员10人以上的小微企业，给予每人1000元一次性补贴。\n"
    "二、凡是参加失业保险满12个月的职工，可申请技能提升补贴。\n三、如果企业当年新增岗位达到50个，按每个岗位2000元给予奖励。",
    "关于做好2019年农村低保工作的通知\n（一）家庭收入、家庭财产标准放宽到上述标准的120%。\n"
    "（二）若家庭人均收入低于当地低保标准的，纳入保障范围。\n（三）到2020年，全县农村低保标准不低于每人每年4000元。",
    "国家体委关于加强群众体育工作的意见\n1．符合两项及以上标准的单位，授予先进单位称号。\n"
    "2．对于参加锻炼人数达到本单位职工总数60%以上的，给予表彰。\n3．力争到2000年，经常参加体育锻炼的人数达到总人口的40%。",
    "某市稳就业若干措施\n1.但如企业裁员率低于5%，可返还失业保险费的50%。\n2.均对新招用高校毕业生3人以上的企业给予补贴。\n"
    "3.每年培训各类人员1.5万人次以上，新增城镇就业5000人。\n4.收入认定标准为上年度人均可支配收入的1.5倍。",
    "某自治区农村人居环境整治方案\n（1）对全区1万个左右的行政村进行全面整治。\n（2）为2000户困难家庭发放取暖补贴，标准为每户每年800元。\n"
    "（3）符合条件的农户，按照每户不超过3万元的标准给予补助。\n（4）建成30个以上示范村，其中如期完成改厕的村不少于20个。",
]


def _all_targets(text: str) -> list[dict]:
    from pipeline.clean import normalize_string
    from pipeline.extract import extract_all

    return [t.model_dump() for t in extract_all(normalize_string(text.strip() + "\n", "t")).targets]


class _Overlaps:
    def isdisjoint(self, other) -> bool:
        return False  # the gate passes every clause: the plain path


@pytest.mark.parametrize("text", CONDITION_TEXTS)
def test_condition_gates_give_the_ungated_targets(text, monkeypatch):
    gated = _all_targets(text)
    monkeypatch.setattr(T, "CONDITION_START_CHARS", _Overlaps())
    assert _all_targets(text) == gated


def test_condition_gates_are_read_from_their_patterns():
    """CONDITION_START: every alternative (after the optional modal run) holds 对, 凡, 符, 如 or 若;
    ELIGIBILITY_STANDARD ends with 标准 at its top level. A rule helper who edits either pattern
    sees this fail and re-reads the gate (CONDITION_START_CHARS, the `"标准" in` test)."""
    assert T.CONDITION_START.pattern == (r"^(?:(?:[\p{Han}]{0,8}?(?:可|要|应|将|均|再))?对(?!照|标|比)于?|凡是?|符合|对符合|如果?"
                                         r"|若|但是如|但如)")
    # ((s36-articles) the gap no longer reaches across 按/依照/参照; the match still ends with 标准: the gate holds)
    assert T.ELIGIBILITY_STANDARD.pattern == r"(?:收入|财产|资产|准入)(?:(?!按|依照|参照)[\p{Han}、]){0,8}?标准"
    alternatives = ["对", "可对", "对于", "凡", "凡是", "符合", "对符合", "如", "如果", "若", "但是如", "但如"]
    for a in alternatives:
        assert T.CONDITION_START.match(a) and not T.CONDITION_START_CHARS.isdisjoint(a)
    for s in ("要求各地", "按照标准", "计划完成", "确保实现"):
        assert T.CONDITION_START.search(s) is None


@pytest.mark.parametrize("clause", ["对", "对于吸纳", "各地要对", "凡是参加", "符合条件", "如果", "若", "但是如", "但如",
                                    "一、对", "（二）凡", "家庭收入标准", "要求", "完成", "培训", ""])
def test_condition_start_needs_one_of_its_chars(clause):
    found = T.stdlib_twin(T.CONDITION_START).search(T.NUMBERING.sub("", clause.strip(), count=1))
    assert not found or not T.CONDITION_START_CHARS.isdisjoint(clause)
    assert not T.ELIGIBILITY_STANDARD.search(clause) or "标准" in clause


def test_last_index_group_is_the_named_group():
    """`_read_number` reads the ar/cn token as `m[m.lastindex]`: the group `m.lastgroup` names."""
    from pipeline.quantity import TOKEN, first_quantity, token_scanner

    text = ("到2025年，全省新增１，２００人、12,000元、3.5万亩；二〇二一年培训三百余人，百分之八十五，"
            "翻两番，八五折收取，生师比1∶18，三分之一，3/4，七成以上，一体化，第5条，１２．８万人。")
    seen = set()
    for pattern in (TOKEN, token_scanner()):
        for m in pattern.finditer(text):
            assert m[m.lastindex] == m.group(m.lastgroup)
            seen.add(m.lastgroup)
    assert {"ar", "cn", "pct", "fan", "zhe", "ratio", "cnfrac", "frac", "cheng"} <= seen
    q = first_quantity("培训１，２００人次以上")
    assert (q.values[0][0], q.unit, q.after_cmp) == (1200, "人次", ">=")


# Paragraphs with parentheticals, quoted names, titles and document numbers, as a ministry, a
# province, a county and a web copy write them.
BLOCKED_TEXTS = [
    "新增城镇就业45万人（含新增高技能人才15万人），培训10万人次（含10万人次），补贴标准为每人500元（不含）。",
    "依据《某省促进就业条例》（2019年修订）和《关于进一步做好稳就业工作的意见》（某政发〔2020〕12号），"
    "实施“1+N”政策体系，建设(含改扩建)学校3所（包括幼儿园1所）。",
    "(含税)价格不超过2000元；（其中含中央补助资金300万元）（含)（不含本数（含））",
    "按照国发〔2018〕15号文件要求，（详见市政办〔2021〕8号）落实到位。",
    "没有任何括号的一段文字，培训5000人。",
    "",
]


def _blocked_plain(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """`_blocked_spans` as it was: the parentheticals by a finditer over text[lo:hi]."""
    spans = list(T._book_title_spans(text, lo, hi))
    spans += [m.span() for m in T.QUOTED_NAME.finditer(text, lo, hi)]
    for m in regex.finditer(r"[（(](?:含|不含|包括|其中含)[^（）()]{0,30}[）)]", text[lo:hi]):
        if not T.SUB_QUANTITY.match(m.group(0)):
            spans.append((lo + m.start(), lo + m.end()))
    for m in regex.finditer(r"[（(][^（）()\n]{0,40}〔\d{4}〕[^（）()\n]{0,10}[）)]", text[lo:hi]):
        spans.append((lo + m.start(), lo + m.end()))
    spans += [m.span() for m in T.DOC_NUMBER_IN_BODY.finditer(text, lo, hi)]
    return spans


@pytest.mark.parametrize("text", BLOCKED_TEXTS)
def test_blocked_spans_are_the_plain_finditers(text):
    for lo, hi in ((0, len(text)), (3, max(3, len(text) - 5))):
        assert sorted(T._blocked_spans(text, lo, hi)) == sorted(_blocked_plain(text, lo, hi))
    assert T.RESTATED.pattern == r"[（(](?:含|不含|包括|其中含)[^（）()]{0,30}[）)]"


@pytest.mark.parametrize("text", CONDITION_TEXTS + BLOCKED_TEXTS + [
    "每周服务时间为10小时，每年参加继续教育不少于90学时，实习时间一般为6个月，24小时内办结。",
    "第3批试点，排名前10位的企业，2021年3月1日起，位列第5，十四五期间建设5所学校。",
])
def test_is_excluded_after_excluded_at_asks_the_same(text):
    """Every number `_excluded_at` passes gets the same answer from `_is_excluded` with and without
    `checked_at` (the tests it skips are `_excluded_at`'s)."""
    from pipeline.quantity import read_quantity, token_scanner
    from pipeline.spans import SpanIndex

    blocked = SpanIndex(T._blocked_spans(text, 0, len(text)))
    asked = 0
    for m in token_scanner().finditer(text):
        q = read_quantity(text, m)
        if q is None or T._excluded_at(text, q, blocked):
            continue
        start = T._back_to(text, q.start, 0, T.CLAUSE_BREAK)
        prefix = text[start:q.start]
        assert (T._is_excluded(text, q, prefix, blocked, checked_at=True)
                == T._is_excluded(text, q, prefix, blocked))
        asked += 1
    assert asked >= 0  # (a text of dates and document numbers only has no number to ask about)


# Notices whose targets take their years from the plan's period (a title range, a stated term, the
# plan's end, an undated web copy), and ones where no number needs it.
PLAN_TEXTS = [
    "某县农村人居环境整治三年行动方案（2021—2023年）\n一、主要目标\n完成改厕5000户，建设污水处理设施30座。",
    "某市养老服务体系建设规划\n一、规划期限\n本规划期限为2021—2025年。\n二、主要指标\n到规划期末，每千名老年人拥有养老床位40张以上。",
    "关于做好2005年农民工培训工作的通知\n发布时间：2005-03-02\n2004年，全市共培训农民工3万人。今年培训4万人以上。",
    "某省促进中小企业发展若干措施\n一、对新认定的专精特新企业给予50万元奖励。\n二、本措施自2022年1月1日起施行，有效期3年。",
    "某区关于召开全区安全生产工作会议的通知\n定于2023年3月5日上午9时在区政府三楼会议室召开，请各单位1名负责同志参加。",
    "某乡镇2019年工作要点\n1．新修村道12公里。\n2．到期末，完成危房改造80户。",
    # undated copies: the present is the plan's first year, read when a sentence's year needs it
    "关于做好2005年农民工培训工作的通知\n各县（市、区）：\n2004年，全市共培训农民工3万人。2005年，全市培训农民工4万人以上。",
    "某县2012年农村饮水安全工程实施方案\n一、建设任务\n解决1.2万人饮水不安全问题，新建集中供水工程15处。",
]


def test_undated_notice_dates_its_present_by_its_plan():
    assert [(d["value"], d["year_end"]) for d in _all_targets(PLAN_TEXTS[6])] == [(40000.0, 2005)]


@pytest.mark.parametrize("text", PLAN_TEXTS)
def test_plan_periods_read_late_give_the_eager_targets(text, monkeypatch):
    lazy = _all_targets(text)
    monkeypatch.setattr(T, "_PlanPeriods", lambda ctx: T._plan_periods(ctx))  # computed first, as before
    assert _all_targets(text) == lazy


def test_plan_periods_object_reads_as_the_list():
    from pipeline.clean import normalize_string
    from pipeline.extract import extract_all

    for text in PLAN_TEXTS:
        ctx = extract_all(normalize_string(text + "\n", "t"))
        eager, lazy = T._plan_periods(ctx), T._PlanPeriods(ctx)
        assert (list(lazy), len(lazy), bool(lazy), lazy[0]) == (eager, len(eager), bool(eager), eager[0])
        assert T._first_plan_start(T._PlanPeriods(ctx)) == T._first_plan_start(eager)
        assert T._period_at(T._PlanPeriods(ctx), 10 ** 6) == T._period_at(eager, 10 ** 6)
