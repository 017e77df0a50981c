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
    assert T._stated_duration(TERM_BODIES[6], None) is None
    assert T._stated_duration(TERM_BODIES[16], 2020) is None
