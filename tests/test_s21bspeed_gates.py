"""Session 21 (wave 2) speed shortcuts (issue 16) find what the plain code finds.

* The multi-character gate words of `_collectives`, `_qualified_sectors`, `_level_finance`, `_zone_administrations`,
  `_member_titles`, `_plan_commissions` and `_named_towns` (GATE_WORDS_S21B: 主管部门, 各地、市, 人大, 领域, 地区, 城市,
  党委, 级、, 权限的, 中央, 管委, 计委, 办事处, …) come from the segment's one opening scan (`organs._gates`): for every
  gate word and every line, paragraph, window and whole text, `w in _gates(text, a, b)` is `text.find(w, a, b) >= 0`.
* `departments._group_office_matches` (GROUP_OFFICE tried only within 6 characters before 下设 or 办公室) gives the
  matches of `GROUP_OFFICE.finditer(text, a, b)`, span by span and group by group.
* The records are those of the plain code (`_gates` by `str.find` of each word, GROUP_OFFICE by its finditer) on
  notices written for this test (a Gansu prefecture's 领导小组 of the 2000s, a Guangxi county's 指挥部, a Hainan
  town's notice, a Heilongjiang statute-like 办法) and corpus/.
"""
from pathlib import Path

import pytest

from tests.text_ranges import offset_ranges

from pipeline import process_text
from pipeline.extract import departments
from pipeline.nlp import organs

ROOT = Path(__file__).resolve().parents[1]

# (written for this test)
PREFECTURE_GROUP = """甘南藏族自治州人民政府办公室关于成立州草原防火工作领导小组的通知
甘南政办发〔2004〕57号

各县（市）人民政府，州政府各部门，州直各单位：
　　为加强草原防火工作，州政府决定成立甘南州草原防火工作领导小组。领导小组下设办公室，办公室设在州农牧局，负责日常工作。
　　各县（市）要成立相应机构，县级财政要安排防火经费，乡镇财政配合。州、县两级人大、政协要加强监督。
　　州计委、州经委、州财政局按职责分工负责，有关地区和部门、各地、市要密切配合。中央和省有关部门的要求一并落实。
　　具有管理权限的机关依法查处，有关领域主管部门、城市人民政府配合。州委常委会研究后报送州委。
甘南藏族自治州人民政府办公室
二〇〇四年三月十日
"""

COUNTY_HQ = """融水苗族自治县人民政府关于成立县防汛抗旱指挥部的通知
各乡（镇）人民政府，县直各有关单位：
　　县防汛抗旱指挥部办公室设在县水利局，负责指挥部日常工作。协调委办公室设于县发展和改革局。
　　指挥部下设综合办公室，由县应急管理局牵头。各成员单位要将进展情况报送联席会议办公室，上报联席会议办公室备案。
　　县、乡两级政府和各乡镇党委、政府要落实责任，各管委会、工业园区管理委员会配合。街道办事处、镇人民政府负责属地工作。
融水苗族自治县人民政府
2020年6月1日
"""

TOWN_NOTICE = """琼海市博鳌镇人民政府关于做好2022年台风防御工作的通知
各村（居）委会，镇属各单位：
　　一、镇党委、镇政府统一领导，镇应急办负责日常工作。镇委常委会议研究部署，镇党政办公室承担协调。
　　二、各村党支部要落实属地责任。省级、市级和镇级防汛部门配合。
博鳌镇人民政府
2022年7月5日
"""

STATUTE = """黑龙江省森林防火办法
第一条　县级以上人民政府林业主管部门负责本行政区域内的森林防火工作。
第二条　省、市、县级人民政府和地方各级财政部门应当保障经费。国务院有关部门、中央国家机关按职责配合。
第三条　各级人民政府森林防火指挥部下设办公室，办公室负责日常工作；各地区、各部门按照职责做好相关工作。
"""

WRITTEN = [PREFECTURE_GROUP, COUNTY_HQ, TOWN_NOTICE, STATUTE]
CORPUS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
ALL_GATE_WORDS = tuple(dict.fromkeys(organs.GATE_WORDS + organs.COLLECTIVE_GATE_WORDS + organs.GATE_WORDS_S21
                                     + organs.GATE_WORDS_S21B))




def _same(a, b) -> bool:
    return [(m.span(), m.groups()) for m in a] == [(m.span(), m.groups()) for m in b]


def test_the_new_gate_words_are_scanned():
    # (each new word is one of the scan's gate words, so `w in _gates(...)` can be true)
    assert all(w in organs._gates(w, 0, len(w)) for w in organs.GATE_WORDS_S21B)


def test_written_notices_hold_the_new_gate_words():
    found = {w for w in organs.GATE_WORDS_S21B if any(w in text for text in WRITTEN)}
    assert len(found) >= len(organs.GATE_WORDS_S21B) - 2, set(organs.GATE_WORDS_S21B) - found


@pytest.mark.parametrize("k", range(len(WRITTEN)))
def test_gates_are_find_on_written_notices(k):
    text = WRITTEN[k]
    for a, b in offset_ranges(text, 211):
        found = organs._gates(text, a, b)
        for w in ALL_GATE_WORDS:
            assert (w in found) == (text.find(w, a, b) >= 0), (w, a, b)


def test_gates_are_find_on_corpus():
    for text in CORPUS:
        for a, b in offset_ranges(text, 211):
            found = organs._gates(text, a, b)
            for w in ALL_GATE_WORDS:
                assert (w in found) == (text.find(w, a, b) >= 0), (w, a, b)


def test_gates_kept_only_for_the_same_range():
    text = PREFECTURE_GROUP
    k = text.index("州计委")
    assert "计委" in organs._gates(text, 0, len(text))
    assert "计委" not in organs._gates(text, 0, k)  # (another range: scanned anew)
    assert "计委" in organs._gates(text, k, len(text))
    other = "".join(text)  # (an equal string, another object: scanned anew, the same words)
    assert organs._gates(other, 0, len(other)) == organs._gates(text, 0, len(text))


def test_group_office_matches_are_finditer():
    for text in WRITTEN + CORPUS:
        for a, b in offset_ranges(text, 211):
            assert _same(departments._group_office_matches(text, a, b),
                         departments.GROUP_OFFICE.finditer(text, a, b)), (a, b)


def test_group_office_matches_at_every_offset_of_written_notices():
    # (the reach: a head of up to 6 characters before 下设 or 办公室, 联席会议 4 before 办公室)
    hits = 0
    for text in WRITTEN:
        for a in range(len(text)):
            for b in (len(text), min(len(text), a + 30)):
                got = list(departments._group_office_matches(text, a, b))
                assert _same(got, departments.GROUP_OFFICE.finditer(text, a, b)), (a, b)
                hits += len(got)
    assert hits > 0


def _records(texts):
    return [process_text(text, doc_id=f"s21bspeed-{k}").model_dump() for k, text in enumerate(texts)]


def test_records_as_with_plain_gates(monkeypatch):
    texts = WRITTEN + CORPUS
    shortcut = _records(texts)

    def plain_gates(text, start, end):
        return frozenset(w for w in ALL_GATE_WORDS if text.find(w, start, end) >= 0)

    def plain_group_office(text, a, b):
        return departments.GROUP_OFFICE.finditer(text, a, b)

    monkeypatch.setattr(organs, "_gates", plain_gates)
    monkeypatch.setattr(departments, "_group_office_matches", plain_group_office)
    assert _records(texts) == shortcut
