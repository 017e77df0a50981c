"""Session 38 speed (issue 16): three scans tried only where their matches can lie, each the plain scan's matches.

* `organs._villages_acting_matches` is `VILLAGES_ACTING.finditer` over the runs of Han characters, 、 and brackets that
  hold one of its verbs right after 村/区/）/) (`_village_runs`);
* `targets._stage_matches` is the schedule patterns' whole-body finditer, tried at the sentence start before each cue
  (`scan.finditer_clause_cued`);
* `clean._glued_stop_in` searches `SEQ_GLUED_MARK_SEARCH`, SEQ_GLUED_MARK with its numeral's lookbehinds asked after the
  first numeral.

Compared with the plain calls at every window of snippets written for them (a Guizhou township's sanitation plan of
2019, a Shandong county's gas-safety campaign of 2023, a Gansu prefecture's drinking-water plan of 2012, a Jiangxi
county's flood-control duty list of 2006) and on the corpus; the fast paths hold while the patterns are the ones they
were read from (their crcs).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import clean
from pipeline.extract import targets
from pipeline.nlp import organs
from pipeline.scan import finditer_clause_cued, source_crc

ROOT = Path(__file__).resolve().parents[1]
CORPUS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))[:12]]

VILLAGES = (
    "贵州省某县某镇2019年农村人居环境整治工作方案\n三、责任分工\n1.龙井村、石门村负责辖区内垃圾清运；\n"
    "2.其余各村（社区）负责本村环境卫生日常保洁。\n在新寨村建设垃圾中转站，由镇规划建设办会同乡镇规划所负责。\n"
    "3、高坡社区牵头，羊场村、摆榜村配合，做好河道清理。\n（四）塘边村具体负责示范点建设。农村社区负责宣传。"
)
FLOOD = (
    "江西省某县2006年防汛抗旱工作责任分工\n各乡镇人民政府：\n一、沿河各村负责巡堤查险，12.下埠村、上埠村协助县水利局"
    "做好闸站值守；\n 10、其他各村(社区)配合转移群众。\n县防汛办会同乡镇，做好物资调度；城乡社区负责宣传，新农村牵头。"
)
CAMPAIGN = (
    "山东省某县关于开展燃气安全专项整治的通知\n六、时间安排\n专项整治自2023年7月开始，至2023年12月底结束，分三个阶段推进。\n"
    "（一）动员部署阶段（2023年7月1日—7月15日）。\n（二）排查整治阶段：2023年7月16日至10月31日。\n"
    "（三）总结提升阶段（2023年11月—2023年12月）。\n从2023年起，每年开展一次回头看。"
)
WATER = (
    "甘肃省某市2012年农村饮水安全工程建设实施方案\n五、实施步骤\n2012年3月至5月为宣传发动阶段；2012年6月至10月为组织实施阶段，"
    "2012年11月为检查验收阶段。\n自2012年起至2015年止，分年度推进，第一阶段\n2013年为巩固阶段。"
)
GLUED = (
    "区农业农村局牵头负责2.落实属地责任加强组织领导（二）强化资金保障各乡镇　三、有关要求\n第（二）项规定。（二）强化宣传"
    "十一、其他事项百分之八十五、其余二十一、附则利用率达到1.5倍以上12.建立台账"
)


def _windows(text: str, step: int = 1):
    for a in range(0, len(text), step):
        for b in range(a, len(text) + 1, step):
            yield a, b


def _village_spans(it):
    return [(m.span(), m.group("list")) for m in it]


def test_the_fast_paths_are_read_from_the_patterns_as_they_are():
    # (a rule that changes one of these patterns falls back to the plain scan; re-read the gate and its crc then)
    assert organs._VILLAGE_RUNS_READ and source_crc(organs.VILLAGES_ACTING.pattern) == organs.VILLAGES_ACTING_READ
    assert all(targets._STAGE_CUES_READ.values())
    assert clean._GLUED_MARK_SEARCH == clean.SEQ_GLUED_MARK_SEARCH.search


@pytest.mark.parametrize("text", [VILLAGES, FLOOD])
def test_village_runs_are_the_scan_at_every_window(text):
    for a, b in _windows(text):
        assert _village_spans(organs._villages_acting_matches(text, a, b)) == \
            _village_spans(organs.VILLAGES_ACTING.finditer(text, a, b)), (a, b)


def test_village_runs_on_corpus():
    for text in CORPUS:
        k = 0
        for line in text.split("\n"):
            for a, b in ((k, k + len(line)), (k, len(text))):
                assert _village_spans(organs._villages_acting_matches(text, a, b)) == \
                    _village_spans(organs.VILLAGES_ACTING.finditer(text, a, b))
            k += len(line) + 1


def test_villages_acting_exact():
    got = [(m.text, m.start) for m in organs._villages_acting(VILLAGES, 0, len(VILLAGES))]
    assert got == [("龙井村", 34), ("石门村", 38), ("其余各村（社区）", 54), ("高坡社区", 108), ("塘边村", 136)]
    got = [m.text for m in organs._villages_acting(FLOOD, 0, len(FLOOD))]
    assert got == ["乡镇", "下埠村", "上埠村", "其他各村(社区)"]  # (乡镇 joined by 会同: TOWNS_JOINED)
    # the runs: only those holding a verb after 村/区/）; the rule decides within them (沿河各村, 城乡社区, 新农村: none)
    runs = organs._village_runs(FLOOD, 0, len(FLOOD))
    assert [FLOOD[a:b] for a, b in runs] == ["一、沿河各村负责巡堤查险", "下埠村、上埠村协助县水利局做好闸站值守",
                                             "、其他各村(社区)配合转移群众", "城乡社区负责宣传", "新农村牵头"]


@pytest.mark.parametrize("name", ["STAGED_RUN", "STAGE_DATED", "STAGE_YEAR"])
@pytest.mark.parametrize("text", [CAMPAIGN, WATER, FLOOD])
def test_stage_cues_are_the_scan_at_every_window(name, text):
    pattern = getattr(targets, name)
    for a, b in _windows(text, 2):
        body = text[a:b]
        assert [(m.span(), m.groups()) for m in targets._stage_matches(name, pattern, body)] == \
            [(m.span(), m.groups()) for m in pattern.finditer(body)], (a, b)


@pytest.mark.parametrize("name", ["STAGED_RUN", "STAGE_DATED", "STAGE_YEAR"])
def test_stage_cues_on_corpus(name):
    pattern = getattr(targets, name)
    for text in CORPUS:
        for body in (text, text[text.find("\n") + 1:]):
            assert [(m.span(), m.groups()) for m in targets._stage_matches(name, pattern, body)] == \
                [(m.span(), m.groups()) for m in pattern.finditer(body)]


def test_stage_schedules_exact():
    assert targets._stage_schedule(CAMPAIGN, 2023) == (2023, 2023)
    assert [m.group("a") for m in targets._stage_matches("STAGE_DATED", targets.STAGE_DATED, CAMPAIGN)] == ["2023"] * 3
    assert targets._stage_schedule(WATER, 2012) == (2012, 2013)
    assert [m.group(0) for m in targets._stage_matches("STAGE_YEAR", targets.STAGE_YEAR, WATER)] == \
        ["2012年3月至5月为宣传发动阶段", "2012年6月至10月为组织实施阶段", "2012年11月为检查验收阶段", "2013年为巩固阶段"]


def test_clause_cued_reads_a_match_that_runs_on_past_a_break():
    # a match whose white space crosses a line break: the next line's start lies inside it and is not tried
    import regex

    pattern = regex.compile(r"(?:^|(?<=[\n。]))[甲乙]{2}自\s*(?P<a>\d{4})")
    cue = regex.compile(r"自\s*\d{4}")
    text = "甲乙自\n2019。乙乙自2020\n甲甲自 2021"
    assert [m.span() for m in finditer_clause_cued(pattern, cue, "\n。", text)] == \
        [m.span() for m in pattern.finditer(text)] == [(0, 8), (9, 16), (17, 25)]


def _pieces(text: str):
    for line in text.split("\n"):
        yield line
        for a in range(len(line)):
            yield line[a:]
            yield line[a:a + 12]


@pytest.mark.parametrize("text", [GLUED, VILLAGES, CAMPAIGN] + CORPUS)
def test_glued_mark_search_is_the_mark_search(text):
    for s in _pieces(text):
        for pos in range(0, len(s), 5):
            m, n = clean.SEQ_GLUED_MARK.search(s, pos), clean.SEQ_GLUED_MARK_SEARCH.search(s, pos)
            assert (m and m.span()) == (n and n.span()), (s, pos)
        assert clean._glued_stop_in(s) == (clean.SEQ_GLUED_AT.search(s) is not None), s


def test_glued_stop_exact():
    assert clean._glued_stop_in("加强组织领导（二）强化资金保障")
    assert clean._glued_stop_in("建立台账12.健全制度")
    assert not clean._glued_stop_in("第二十一、附则")  # (after 第; 十一、 and 一、 glued to a numeral: one number)
    assert clean._glued_stop_in("其余二十一、附则")  # (二十一、 glued to a word)
    assert not clean._glued_stop_in("百分之八十五、其他")  # (after 分之)
    assert clean._glued_stop_in("完善制度十一、其他事项")
