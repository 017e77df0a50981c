"""Session 16 speed shortcuts (issue 16) give the records the plain code gives.

Each shortcut is switched off here (the stdlib twins by `regex` itself, the shared gate scan by a scan of its own,
the deadline pre-check by "always read on") and the records of notices written for this test (a Gansu county's
实施方案, a Heilongjiang city's 通知 of the 2000s, a Guangxi autonomous county's 工作方案) and of corpus/ compared."""
from pathlib import Path

import pytest
import regex

from pipeline import process_text
from pipeline import layout, scan
from pipeline.extract import departments, responsibilities, targets
from pipeline.nlp import organs

ROOT = Path(__file__).resolve().parents[1]

COUNTY_PLAN = """临泽县人民政府办公室关于印发临泽县2023年农村人居环境整治提升实施方案的通知
临政办发〔2023〕18号

各乡镇人民政府，县政府各部门，县直各单位：
　　现将《临泽县2023年农村人居环境整治提升实施方案》印发给你们，请结合实际，认真组织实施。

临泽县农村人居环境整治提升实施方案
　　一、工作目标
　　到2023年底，全县农村卫生厕所普及率达到75%以上，新建户用卫生厕所1200座（完成时限：2023年10月底前；责任单位：县农业农村局、各乡镇人民政府）。
　　二、重点任务
　　（一）推进厕所革命。县农业农村局牵头，县卫生健康局、县财政局配合，各乡镇人民政府负责组织实施，年内改造公共厕所30座。
　　（二）治理生活污水。县生态环境局、县住房和城乡建设局负责，2023年11月底前完成5个村的污水管网建设。
　　三、保障措施
　　县财政安排专项资金500万元，由县财政局会同县农业农村局统筹使用。领导小组下设办公室，办公室设在县农业农村局，负责日常工作。

临泽县人民政府办公室
2023年3月2日
"""

CITY_NOTICE = """鸡西市人民政府关于做好2006年城市供热工作的通知
鸡政发〔2006〕41号

各县（市）、区人民政府，市政府各委、办、局：
　　为保障全市居民温暖过冬，现就做好2006年城市供热工作通知如下：
　　一、供热期为2006年10月15日至2007年4月15日，室内温度不低于18℃。
　　二、市建设局、市物价局负责供热收费监督，收费标准为每平方米每月4.5元。各县（市）、区人民政府要于9月30日前完成供热设施检修。
　　三、市安委会、市公安局、市消防支队配合做好供热安全检查。

二〇〇六年九月五日
"""

AUTONOMOUS_COUNTY = """龙胜各族自治县人民政府办公室关于印发龙胜各族自治县2021年义务教育控辍保学工作方案的通知
各乡（镇）人民政府，县直有关单位：
　　经县人民政府同意，现将方案印发给你们，请认真贯彻执行。
　　（一）县教育局牵头，县公安局、县民政局、县人力资源社会保障局配合，义务教育巩固率达到98%以上。
　　（二）各乡（镇）人民政府负责本辖区控辍保学工作，2021年9月30日前完成适龄儿童少年入学核查。
　　（三）县司法局、县法院、检察院依法做好劝返复学工作。
龙胜各族自治县人民政府办公室
2021年3月15日
"""

NOTICES = [COUNTY_PLAN, CITY_NOTICE, AUTONOMOUS_COUNTY] + [
    p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]


def _records():
    return [process_text(text, doc_id=f"s16speed-{k}").model_dump() for k, text in enumerate(NOTICES)]


@pytest.fixture(scope="module")
def with_shortcuts():
    return _records()


def test_the_twins_read_as_the_regex_patterns(with_shortcuts, monkeypatch):
    # every module the s16 twins were added in reads its patterns by `regex` itself
    for mod in (organs, responsibilities, layout, departments):
        monkeypatch.setattr(mod, "stdlib_twin", lambda pattern: pattern)
    assert _records() == with_shortcuts


def test_the_shared_gate_scan_finds_what_its_own_scan_finds(with_shortcuts, monkeypatch):
    monkeypatch.setattr(organs, "_collective_gate_words",
                        lambda seg: frozenset(_own(organs.COLLECTIVE_GATE_WORDS).find_matches_as_strings(seg, overlapping=True)))
    assert _records() == with_shortcuts


def _own(words):
    import ahocorasick_rs

    return ahocorasick_rs.AhoCorasick(list(words))


def test_the_deadline_pre_check_drops_nothing(with_shortcuts, monkeypatch):
    monkeypatch.setattr(targets, "_deadline_cue_within", lambda text, a, b: True, raising=False)  # (kept if dropped at merge)
    assert _records() == with_shortcuts


@pytest.mark.parametrize("seg", [
    "县财政局会同县农业农村局统筹使用，各乡镇人民政府负责", "市政府各委、办、局，市安委会", "各地（市）行署、人民政府",
    "设区的市人民政府及其有关部门", "党工委、管委会，街道办事处", "", "人民银行各分支机构和县法院、检察院",
])
def test_gate_words_as_in_tests(seg):
    text = "前文。" + seg + "。后文"
    found = organs._gate_words(text, 3, 3 + len(seg))
    assert {w for w in organs.GATE_WORDS if w in found} == {w for w in organs.GATE_WORDS if w in seg}
    shared = organs._collective_gate_words(seg)  # (the segment just scanned)
    assert {w for w in organs.COLLECTIVE_GATE_WORDS if w in shared} == {w for w in organs.COLLECTIVE_GATE_WORDS if w in seg}
    other = organs._collective_gate_words(seg + "区委")  # (another segment: scanned anew)
    assert {w for w in organs.COLLECTIVE_GATE_WORDS if w in other} == {
        w for w in organs.COLLECTIVE_GATE_WORDS if w in seg + "区委"}


def test_brackets_replaced_as_translated():
    for text in NOTICES + ["各县〔市、区〕人民政府", "〔〕〔", ""]:
        assert text.replace("〔", "（").replace("〕", "）") == text.translate(departments.TORTOISE_BRACKETS)


def test_stdlib_twin_is_kept_per_pattern_object():
    a = regex.compile(r"(?P<h>\p{Han}{1,3}委)办公室")
    twin = scan.stdlib_twin(a)
    assert scan.stdlib_twin(a) is twin and twin is not a
    regex.purge()
    b = regex.compile(r"(?P<h>\p{Han}{1,3}委)办公室")
    assert b is not a and b != a  # (regex patterns compare by identity: each object gets its own entry)
    assert scan.stdlib_twin(b) is not None
    for text in ("县农委办公室负责", "办公室", "市发展改革委办公室设在"):
        ma, mt = a.search(text), twin.search(text)
        assert (ma and (ma.span(), ma.group("h"))) == (mt and (mt.span(), mt.group("h")))
    plain = regex.compile(r"\bx\b")  # (no twin: itself, every time)
    assert scan.stdlib_twin(plain) is plain and scan.stdlib_twin(plain) is plain
