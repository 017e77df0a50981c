"""Session 21 speed shortcuts in the organ layer (issue 16) find what the plain scans find.

* Patterns that layers scanned a whole segment with (`organs._scanned_patterns()`: LEVEL_LIST, QUALIFIED_MASS_LIST,
  LOWER_LEVELS_AUTHORITY, AREA_ADMINISTRATION, TOWN_HEAD, KIND_COLLECTIVES, …) are tried only where one of their
  openings (derived from each pattern's text, `scan.openings`) lies, found by the segment's one opening scan:
  `_opened_at(name, …)` (offsets in the text) and `_tried_at(name, …)` (offsets in the segment) give the matches
  of `pattern.finditer`, compared here span by span and group by group on every line, paragraph and whole text of
  notices written for this test and of corpus/.
* The gate words of `rule_mentions` come from the same scan (its set "gates"): compared with an automaton's own
  scan of the segment (every overlapping occurrence), as before; the words it tested with `text.find(w, start, end)`
  (GATE_WORDS_S21) are among them, and each such test is `w in gates`.
* The records are those of the plain code: `_opened_at` replaced by the plain finditer, the gate words by their
  own scan, on the notices written here and corpus/.
"""
from pathlib import Path

import pytest

from tests.text_ranges import offset_ranges

from pipeline import process_text
from pipeline.nlp import organs
from pipeline.scan import openings

ROOT = Path(__file__).resolve().parents[1]

# (written for this test, in the styles of a Tibetan prefecture's 行署 of the 2000s, an Inner Mongolian league and
# banner, a Hainan city, a Chongqing county's towns and a State Council notice)
AREA_NOTICE = """那曲地区行政公署关于做好2008年农牧民增收工作的通知
那署发〔2008〕12号

各县人民政府，地区行署各部门，各地（市）行署、人民政府驻那曲有关单位：
　　一、地区行署办公室牵头，地区发展改革委、地区财政局配合。县级财政要安排配套资金，同级财政负责监督。
　　二、各级工会、共青团、妇联组织要发挥作用，学校工会、共青团配合做好宣传。
　　三、区、县（市）城市供水行政主管部门和县、区档案行政管理部门按职责分工负责。
　　四、人民银行各分支机构、有关行政、司法机关依法支持。镇各办站所、乡各站所要落实责任。
　　五、有关部门（如发展改革、财政、民政等）要加强指导。有关地区和部门要于6月底前报送情况。
那曲地区行政公署
二〇〇八年三月五日
"""

LEAGUE_NOTICE = """锡林郭勒盟行政公署办公厅关于印发草原生态保护补助奖励实施方案的通知
各旗县市（区）人民政府，盟行署各委、办、局：
　　盟、旗县（市、区）两级人民政府要建立工作机制。市、县（市、区）人民政府和盟市、旗县两级财政部门负责资金监管。
　　各苏木乡镇党委、政府要落实属地责任，各嘎查党支部配合。旗、县、区人民政府农牧部门负责技术指导。
　　省市县三级联动，阿巴嘎旗人民政府、正镶白旗农牧局按季度报送进度。
锡林郭勒盟行政公署办公厅
2016年4月20日
"""

TOWN_NOTICE = """城口县人民政府关于加强乡镇安全生产工作的通知
各乡镇人民政府、街道办事处，县政府各部门：
　　一、坪坝镇人民政府、葛城街道办事处要落实属地责任。镇长、党委书记为第一责任人，坪坝镇党委书记负总责。
　　二、各乡镇（街道）党（工）委、政府（办事处）要每月开展一次排查。各乡镇农业服务中心、各乡镇财政所配合。
　　三、县应急局会同县公安局、县市场监管局督促检查，市、县人民政府及其有关部门依法处理。
城口县人民政府
2019年7月8日
"""

CENTRAL_NOTICE = """国务院关于加快发展现代职业教育的决定
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
　　国务院教育行政部门、人力资源社会保障行政部门按职责分工负责，国务院职业教育工作部际联席会议统筹协调。
　　中央和国家机关各部门、各省（自治区、直辖市）党委和政府要加强领导。海口市、三亚市人民政府和省、市、县三级政府
相关部门要制定实施办法。各级人民政府、各有关部门要抓好落实。
国务院
2014年5月2日
"""

# (s30: the four patterns added to the scan then, in the style of a Guangdong county's notice of the 2010s)
COUNTY_NOTICE = """连山壮族瑶族自治县人民政府关于加强农村供水工程管理的通知
各镇人民政府，县直有关单位：
　　一、区（县）人民政府、镇相关水行政主管部门负责日常监管，县级农村供水专家咨询委员会提供技术指导。
　　二、由区县（市）政府组织验收。接到举报的部门应当及时处理；受理投诉的机关要在5个工作日内答复。
连山壮族瑶族自治县人民政府
2015年9月1日
"""

WRITTEN = [AREA_NOTICE, LEAGUE_NOTICE, TOWN_NOTICE, CENTRAL_NOTICE, COUNTY_NOTICE]
CORPUS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]




def _same(a, b) -> bool:
    return [(m.span(), m.groups()) for m in a] == [(m.span(), m.groups()) for m in b]


@pytest.mark.parametrize("name", sorted(organs._scanned_patterns()))
def test_each_scanned_pattern_has_openings(name):
    # (else `_opened_at` falls back to the plain finditer: still right, but the scan is spent for nothing)
    assert openings(organs._scanned_patterns()[name], 3), name


@pytest.mark.parametrize("name", sorted(organs._scanned_patterns()))
def test_opened_at_finds_what_finditer_finds(name):
    pattern = organs._scanned_patterns()[name]
    for text in WRITTEN + CORPUS:
        for a, b in offset_ranges(text):
            assert _same(organs._opened_at(name, text, a, b), pattern.finditer(text, a, b)), (name, a, b)
            stop = max(a, b - 7)
            assert _same(organs._opened_at(name, text, a, b, stop), pattern.finditer(text, a, stop)), (name, a, stop)
            seg = text[a:b]
            assert _same(organs._tried_at(name, pattern, text, a, b), pattern.finditer(seg)), (name, a, b)


def test_the_written_notices_hit_the_patterns():
    # (the notices above exercise the scanned patterns: most find something in them)
    hits = {name for name, pattern in organs._scanned_patterns().items()
            if any(pattern.search(text) for text in WRITTEN)}
    assert len(hits) >= len(organs._scanned_patterns()) - 3, set(organs._scanned_patterns()) - hits


def _own_gate_words(seg: str) -> frozenset[str]:
    import ahocorasick_rs

    words = list(dict.fromkeys(organs.GATE_WORDS + organs.COLLECTIVE_GATE_WORDS + organs.GATE_WORDS_S21
                               + organs.GATE_WORDS_S21B  # (s21b: the fourth tuple of the same scan)
                               + organs.ACTED_VERBS + organs.WORKING_BODY_WORDS  # (s29: two more of its word sets)
                               + organs._declared_words()[0]))  # (s30: the words the passes' @needs declare)
    return frozenset(ahocorasick_rs.AhoCorasick(words).find_matches_as_strings(seg, overlapping=True))


def test_gate_words_from_the_shared_scan():
    for text in WRITTEN + CORPUS + ["人民银行各分支机构和县法院、检察院，委、办、局", "", "财政"]:
        for a, b in offset_ranges(text):
            assert organs._gate_words(text, a, b) == _own_gate_words(text[a:b]), (a, b)


def test_the_gates_replace_the_finds():
    for text in WRITTEN + CORPUS:
        for a, b in offset_ranges(text):
            gates = organs._gate_words(text, a, b)
            for w in organs.GATE_WORDS_S21:
                assert (w in gates) == (text.find(w, a, b) >= 0), (w, a, b)


def _records():
    return [process_text(text, doc_id=f"s21speed-{k}").model_dump() for k, text in enumerate(WRITTEN + CORPUS)]


def test_records_as_with_the_plain_scans(monkeypatch):
    fast = _records()
    monkeypatch.setattr(organs, "_opened_at", lambda name, text, start, end, stop=None:
                        organs._scanned_patterns()[name].finditer(text, start, end if stop is None else stop))
    real_tried = organs._tried_at

    def plain_tried(name, pattern, text, start, end, absolute=False):
        if name in organs._scanned_patterns():
            return pattern.finditer(text, start, end) if absolute else pattern.finditer(text[start:end])
        return real_tried(name, pattern, text, start, end, absolute)

    monkeypatch.setattr(organs, "_tried_at", plain_tried)
    monkeypatch.setattr(organs, "_gate_words", lambda text, start, end: (
        organs._GATES_LAST.__setitem__(0, (text[start:end], _own_gate_words(text[start:end]))) or organs._GATES_LAST[0][1]))
    assert _records() == fast
