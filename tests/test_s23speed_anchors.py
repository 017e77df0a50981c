"""(s23, issue 16) Three whole-segment scans tried only where a match can lie, with the same matches:
`scan.tail_search` (a pattern closed by `$`: searched from its longest match before the end, the title
patterns of layout) and the spaced schedule's header at the starts of lines that hold its header word; and
literal gates before patterns asked per item. Checked against the plain search or
finditer on made-up strings (a county's, a township's and a province's wording) and on the repository's texts."""
import itertools
from pathlib import Path

import regex

from pipeline.extract import targets as T
from pipeline.layout import GENRE_END, TITLE_END
from pipeline.nlp import organs as O
from pipeline.scan import _tail_reach, source_crc, tail_search

ROOT = Path(__file__).resolve().parents[1]


def _span(m):
    return None if m is None else (m.span(), m.groups())


def _texts():
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]


def test_tail_search_matches_search_on_short_strings():
    # (a lookbehind before the searched part, `$` before a final newline, a match as long as the reach)
    for source in (r"(?<!x)ab{0,3}$", r"[ab]{2,4}c?$", r"a(?=b)b$", r"(?:ab|b)$"):
        pattern = regex.compile(source)
        assert _tail_reach(pattern) > 0, source
        for n in range(8):
            for chars in itertools.product("abcx\n", repeat=n):
                s = "".join(chars)
                assert _span(pattern.search(s)) == _span(tail_search(pattern, s)), (source, s)


def test_tail_search_reads_no_reach_where_unbounded_or_not_closed():
    for source in (r"a+$", r"a$|b", r"a$b?", r"^a"):
        assert _tail_reach(regex.compile(source)) == -1, source
    assert _tail_reach(regex.compile(r"a$", regex.M)) == -1


def test_title_end_on_long_lines():
    lines = ["关于印发《某自治州促进中小企业发展若干政策（2021—2023年）（试行）》的通知" * 3,
             "现将有关事项通知如下：" + "各乡镇要认真贯彻落实。" * 80 + "实施办法",
             "某县稳就业“新十条”", "第十条", "某市职业技能提升行动实施方案\n", "管理规程】"]
    for t in lines + [ln for text in _texts() for ln in text.split("\n")]:
        for pattern in (TITLE_END, GENRE_END):
            assert _span(pattern.search(t)) == _span(tail_search(pattern, t)), t[-60:]


def test_schedule_headers_match_finditer():
    assert source_crc(T.SPACED_SCHEDULE_HEADER.pattern) == T.SCHEDULE_HEADER_READ
    made = ("附件\n年度目标表\n序号 重点任务 指标 2022年 2023年 2024年 2025年 牵头单位\n"
            "1 农民培训 年度培训（万人次） 20 22 24 26 农业农村局\n"
            "　　项目名称　2021年度　2022年度\n2023年度\n" + "很长的一行说明文字" * 5 + "指标 2020年 2021年\n")
    one_line = "指标 2022年 2023年 " + "项目名称、任务指标" * 40 + "指标 2024年 2025年"  # (a copy that lost its line breaks)
    for text in [made, one_line, "\n" + one_line] + _texts():
        for lo, hi in ((0, len(text)), (len(text) // 3, len(text))):
            want = [m.span() for m in T.SPACED_SCHEDULE_HEADER.finditer(text, lo, hi)]
            assert [m.span() for m in T._schedule_headers(text, lo, hi)] == want


def test_literal_gates_answer_as_their_patterns():
    from pipeline.extract.responsibilities import DUTY_DIVISION_HEADING, _names_division, _squeeze
    from pipeline.layout import EXPLANATION_ENDS, EXPLANATION_TITLE

    assert source_crc(O.PANEL_OF_EXPERTS.pattern) == O.PANEL_OF_EXPERTS_READ
    names = ["某省专家咨询委员会", "某市医疗事故技术鉴定委员会", "县评审工作小组", "专家组\n", "市住房和城乡建设局",
             "州标准化技术委员会组", "劳动能力鉴定委员会", "论证组长", "某自治县人民政府"]
    for name in names:
        assert O._panel_of_experts(name) == (O.PANEL_OF_EXPERTS.search(name) is not None), name
    headings = ["三、职责分工", "（二）部门职责", "职 责", "分　工如下", "工作分解", "四、保障措施", "各部门职责分工：", ""]
    for h in headings:
        assert _names_division(h) == (DUTY_DIVISION_HEADING.fullmatch(_squeeze(h)) is not None), h
    lines = ["关于《某县农村饮水安全工程管理办法》的起草说明", "某市城市管理条例（草案）修订说明\n", "说明", "编制说明：",
             "卫生部《食品卫生监督暂行规定》说明"]
    for ln in lines:
        assert (ln.endswith(EXPLANATION_ENDS) and EXPLANATION_TITLE.match(ln) is not None) == (
            EXPLANATION_TITLE.match(ln) is not None), ln
