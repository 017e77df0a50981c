"""Session 30 speed (issue 16): the preconditions of `organs.rule_mentions`' passes (`@needs`, declared beside
each pass) skip only passes that would find nothing and change nothing.

Each snippet below (written for this test, in the style of other provinces, levels and eras than the notices the
passes were written for) and every line and paragraph of corpus/ gives the same mentions with the guards on and
with every declared pass run on every segment (`organs.GUARDED[0] = False`). The snippets run and skip every
declared pass at least once, so both sides of each guard are exercised.
"""
from pathlib import Path

import pytest

from pipeline.nlp import organs

ROOT = Path(__file__).resolve().parents[1]

# (written for this test)
SNIPPETS = [
    # a Guizhou prefecture's addressee line and a statute-like duty article of the 2000s
    "黔东南州人民政府办公室关于印发茶产业发展实施方案的通知\n各县（市）人民政府，州政府各部门、各直属单位：",
    "第五条　县级以上人民政府卫生行政主管部门负责本行政区域内的管理工作，公安机关、交通运输主管部门按照各自职责做好相关工作。"
    "县人民政府城乡规划主管部门负责编制规划，城乡建设主管部门负责组织实施。省人民政府住房城乡建设行政主管部门（以下简称省住房城乡建设部门）"
    "负责指导，各街镇、经开区配合。",
    # an Inner Mongolia league, banners and their towns
    "锡林郭勒盟行政公署办公厅，各旗县市（区）人民政府，盟直各有关部门：旗草原监督管理局、苏木镇人民政府要会同旗财政局做好补贴发放。",
    "由所在地苏木乡镇人民政府（街道办事处）负责受理，报旗县两级民政部门审核，所在地民政部门或者机构编制管理部门备案。",
    # a Hebei county: towns, their stations, the county's committee and mass organisations
    "各乡镇党委、政府，县直各单位：镇财政所、司法所、派出所要配合县纪委县监委开展督查，县总工会、团县委、县妇联（工青妇）共同参与。",
    "镇人民代表大会主席团、各村（居）委会要加强监督，县人民法院、县人民检察院依法办理相关案件。",
    # a Fujian city: financial regulators, customs, the central bank
    "人民银行福州中心支行、福建银保监局、福州海关、国家税务总局福州市税务局配合，福建证监局负责指导，宁德银保监分局负责辖区监管。",
    # a Shaanxi province of the 1990s: planning and economic commissions, central organs
    "省计委、省经委、省财政厅会同国务院有关部门研究提出意见，各地区行署、各市县人民政府，同级计委要认真执行，省委常委会议研究通过。",
    # a Jiangsu city: zones, streets and the working bodies of a leading group
    "各区人民政府，苏州工业园区、苏州高新区管委会，市各委办局：各街道办事处、地区办事处、乡镇人民政府要落实属地责任，"
    "市安全生产委员会办公室负责协调，各成员单位按照职责分工做好工作。",
    # a Hunan county's finance, its levels and a committee of experts
    "县财政局、县级有关部门和各乡镇要加强资金监管，市、县（区）财政部门负责资金拨付，省市县三级联动，县专家咨询委员会提供技术支持。",
    # a Yunnan notice naming provinces as a kind and its office bodies
    "各省、自治区、直辖市人民政府办公厅（室）要会同同级机构编制部门（单位）做好衔接，其确定的部门负责日常工作。",
    # a Gansu city: levels sharing a bureau and party departments sharing a committee
    "市、县（区）民政局要会同财政部门落实补助，市委组织部、宣传部、统战部分别负责，市政府有关部门和各县区人民政府配合。",
    # segments with none of the words: a date, a title mark, a number
    "2023年5月8日",
    "（此件公开发布）",
    "一",
]

CORPUS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]


def _mentions(text: str, start: int, end: int, guarded: bool):
    organs.GUARDED[0] = guarded
    try:
        return organs.rule_mentions(text, start, end)
    finally:
        organs.GUARDED[0] = True


def _same_with_and_without_guards(text: str, start: int = 0, end: int | None = None) -> None:
    end = len(text) if end is None else end
    assert _mentions(text, start, end, True) == _mentions(text, start, end, False), text[start:end]


@pytest.mark.parametrize("k", range(len(SNIPPETS)))
def test_snippet_same_with_and_without_guards(k):
    _same_with_and_without_guards(SNIPPETS[k])


def test_snippets_run_and_skip_every_declared_pass():
    ran, skipped = set(), set()
    for text in SNIPPETS:
        ready = organs._ready_passes(text, 0, len(text), organs._gates(text, 0, len(text)))
        ran |= ready
        skipped |= set(organs.PASS_NEEDS) - ready
    assert {f.__name__ for f in organs.PASS_NEEDS} - {f.__name__ for f in ran} == set()
    assert {f.__name__ for f in organs.PASS_NEEDS} - {f.__name__ for f in skipped} == set()


def test_snippets_find_mentions():
    # (the snippets exercise the passes: each but the last three holds organs)
    assert all(organs.rule_mentions(text) for text in SNIPPETS[:-3])
    assert not any(organs.rule_mentions(text) for text in SNIPPETS[-3:])


def test_a_precondition_is_the_words_of_its_segment():
    text = SNIPPETS[4]  # (镇财政所…: 所 and 党 in the whole text, neither in its first four characters)
    assert organs._town_stations in organs._ready_passes(text, 0, len(text), organs._gates(text, 0, len(text)))
    assert organs._town_stations not in organs._ready_passes(text, 0, 4, organs._gates(text, 0, 4))
    assert organs._named_town_committees not in organs._ready_passes(text, 30, 40, organs._gates(text, 30, 40))


def test_declared_words_are_scanned():
    # every declared word of two or more characters is a gate word of the segment's one scan
    words, chars, _, _ = organs._declared_words()
    assert all(len(c) == 1 for c in chars)
    assert all(w in organs._gates(w, 0, len(w)) for w in words)
    assert all(w in organs._gates("，" + w + "。", 0, len(w) + 2) for w in words)


def test_corpus_lines_and_paragraphs_same_with_and_without_guards():
    for text in CORPUS:
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                _same_with_and_without_guards(text, pos, pos + len(line))
            pos += len(line) + 1


# ---------------------------------------------------------------- patterns tried at their openings (s30)
# `scan.finditer_opened(P, text, a, b)` is `P.finditer(text, a, b)` for the document-level patterns that now use it
# (each opens with lookbehinds or a choice of words the `regex` engine tried at every character).

from pipeline.extract import citations, departments, targets  # noqa: E402
from pipeline.scan import finditer_opened, openings  # noqa: E402
from tests.text_ranges import offset_ranges  # noqa: E402

OPENED = {"MACHINERY": departments.MACHINERY, "SELF_REFERENCE": departments.SELF_REFERENCE,
          "ALLOCATION_CAPTION": targets.ALLOCATION_CAPTION, "SHORT_NAME": departments.SHORT_NAME,
          "PLAN_TERM": targets.PLAN_TERM, "ORDER_ANCHOR": citations.ORDER_ANCHOR}

# (written for this test: a Sichuan county's addressees, a Heilongjiang city's allocation table caption, a Jiangxi
# township's closing lines, a Qinghai department's and a ministry's references to themselves)
OPENED_TEXTS = [
    "各乡镇人民政府，县直机关各部门，全县党政机关要带头落实。由镇机关统一组织，在乡党政机关开展自查。",
    "附件：2022年度各县（市、区）粮食生产目标任务分解表\n指标分配表（单位：万亩）\n资金安排情况表",
    "本通知自印发之日起施行，本办法由镇人民政府负责解释。本意见未尽事宜按上级规定执行。",
    "我厅将会同省财政厅开展评估，我局负责汇总；部里将适时组织督导，我委内设机构按职责分工落实。",
    # (a Shandong plan's term, a ministry's order number, a short name defined in brackets, a notice's closing words)
    "本规划期限为2021—2025年，展望到2035年。本方案实施期为3年。",
    "《城镇燃气管理条例》（国务院令第583号）和住房城乡建设部令2014年第20号，省人民政府令第307号。",
    "成立市推进农业转移人口市民化工作领导小组（以下简称市领导小组），下设办公室（简称市市民化办）。",
    "现将有关事项通知如下：特此通知。现提出如下意见，请认真贯彻执行。特制定本实施方案。",
] + SNIPPETS


def _spans(found):
    return [(m.span(), m.groups()) for m in found]


@pytest.mark.parametrize("name", sorted(OPENED))
def test_opened_patterns_have_openings(name):
    assert openings(OPENED[name], 3), name


@pytest.mark.parametrize("name", sorted(OPENED))
def test_finditer_opened_is_finditer(name):
    pattern = OPENED[name]
    hits = 0
    for text in OPENED_TEXTS + CORPUS:
        for a, b in offset_ranges(text, 41):
            plain = _spans(pattern.finditer(text, a, b))
            assert _spans(finditer_opened(pattern, text, a, b)) == plain, (name, a, b)
            hits += len(plain)
    assert hits, name  # (the texts exercise the pattern)
