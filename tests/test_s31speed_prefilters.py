"""Session 31 speed prefilters (issue 16) find what the plain code finds.

Each shortcut skips a pattern where a part every match needs is missing; here each is compared with the plain call at
every offset of snippets written for this test in the style of other provinces' notices (a Gansu county's duty list, a
Guangxi township's work plan, a Heilongjiang city's statute, a Hainan web copy with telephone numbers), and on corpus/:

* `clean._glued_stop_in(s)` is `SEQ_GLUED_AT.search(s) is not None`, read from the marks alone;
* `responsibilities._unit_second_sign` is `UNIT_SECOND_SIGN.match` (a bracket within its reach);
* `responsibilities._past_heading_units` tries HEADING_UNITS_FIRST only where a 、 or 和 lies within its reach;
* `departments._category_or_inner_department` tries COLUMN_BACK_REFERENCE only on names ending in 部门 and INNER_BEFORE
  only after 内/部; `responsibilities` tries LEVEL_UNITS_PREFIXED only on fragments ending in 单位;
* `nlp.jurisdiction._lookup` and `regions._of_central_organ` give what their plain loops gave;
* `organs._meeting_after` is `MEETING_AFTER.match(...) is not None`, tried only where the character can open it.
The reaches are read from the patterns' text, so a rule writer who widens a pattern must widen its reach, or this fails.
"""
from pathlib import Path

import pytest

from pipeline import clean
from pipeline.extract import departments, responsibilities as resp

ROOT = Path(__file__).resolve().parents[1]

# (written for this test)
GANSU_DUTIES = """临夏县人民政府办公室关于印发2022年农村人居环境整治工作要点的通知
各乡镇人民政府，县直各有关单位：
　　一、推进厕所革命（牵头单位：县农业农村局；配合单位：县卫健局、县财政局）各乡镇负责组织实施。
　　（二）卫生院、学校和幼儿园：负责宣传动员。乡镇综合文化站（县文化馆）负责群众文化活动。县疾控中心（县卫生监督所）负责水质监测十一、加强督查考核1.县督查室负责通报　（三）落实经费
　　县农村环境整治服务中心(县环卫站)负责垃圾清运，县林业站、县水务中心和县供水公司配合。
"""

GUANGXI_TOWN = """凌云县泗城镇人民政府关于做好2023年春耕生产工作的通知
各村（社区），镇直各单位：
　　镇农业技术推广站（镇水产畜牧兽医站）负责技术指导，镇财政所、镇林业站和镇供电所负责保障。第二条（一）各村要加强巡查
　　镇中心校、镇中学和镇卫生院负责宣传。电话：0776-7612345（镇党政办），13907761234（镇农业站），7612345（镇应急办）。
　　镇综治中心(镇司法所)负责调解纠纷，镇规划建设和环境保护办公室负责用地审核二、工作要求　　　（二）严格考核。
"""

HEILONGJIANG_STATUTE = """齐齐哈尔市城市供热管理条例
第三条　市供热行政主管部门负责全市供热监督管理工作。区供热办公室（供热服务中心）负责本辖区供热的日常管理。
第四条　各县（市）、区直各有关部门和其他有关部门应当按照各自职责做好供热相关工作。其他部门不得干预。
第五条　热源厂（站）、换热站和供热公司应当依法经营）十二、附则 3．本条例自公布之日起施行
"""

HAINAN_WEB = """琼海市人民政府关于印发琼海市防汛防风应急预案的通知
　　值班电话：0898-62822345（市三防办），62812345（市应急管理局）；市气象局（市气象台）负责预报预警。
　　各镇人民政府、市直各单位：1.市水务局（市水利工程服务中心）负责水利工程调度 2.市交通运输局负责公路抢通　四、保障措施
　　牵头部门：市应急管理局 配合部门：市公安局、市消防救援支队和市供电局。责任部门\n
"""

WRITTEN = [GANSU_DUTIES, GUANGXI_TOWN, HEILONGJIANG_STATUTE, HAINAN_WEB]
CORPUS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
TEXTS = WRITTEN + CORPUS


def _lines(text: str):
    for line in text.split("\n"):
        yield line
        for a in range(0, len(line), 2):
            yield line[a:]
            yield line[a:a + 25]


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_glued_stop_in_is_the_search(k):
    for s in _lines(TEXTS[k]):
        assert clean._glued_stop_in(s) == (clean.SEQ_GLUED_AT.search(s) is not None), s


def test_glued_stop_in_exact_cases():
    assert clean._glued_stop_in("县督查室负责通报十一、加强督查")  # (the mark opens at 十 and at 一)
    assert clean._glued_stop_in("负责水质监测　（三）落实经费")  # (white space between)
    assert clean._glued_stop_in("服务中心】2.负责清运")
    assert not clean._glued_stop_in("第　（三）项")  # (第 before the white space)
    assert not clean._glued_stop_in("清运，2.负责")  # (a comma: the run-on stop of SEQ_AT, not a glued one)
    assert not clean._glued_stop_in("（三）落实经费")  # (nothing before the mark)
    assert not clean._glued_stop_in("增长3.5个百分点")  # (a decimal, no mark)


def test_glued_stop_reads_the_lookbehinds_it_replaces():
    # _glued_stop_in reads the character before the white space as these lookbehinds and this gap class do
    assert clean.SEQ_GLUED_AT.pattern.startswith(
        r"(?<=[）)】\]\u4e00-\u9fff])(?<!第)[ \t\u3000]*(?=" + clean.SEQ_GLUED_MARK.pattern + ")")
    assert set(clean.SEQ_GLUED_BEFORE) == set("）)】]") and set(clean.SEQ_GLUED_GAP) == set(" \t\u3000")


def _offsets(text: str):
    return range(len(text))


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_unit_second_sign_is_the_match(k):
    text = TEXTS[k]
    for pos in _offsets(text):
        for end in (len(text), min(len(text), pos + 12)):
            got = resp._unit_second_sign(text, pos, end)
            want = resp.UNIT_SECOND_SIGN.match(text, pos, end)
            assert (got and got.span()) == (want and want.span()), (pos, text[pos:pos + 20])


def test_unit_second_sign_found_on_the_snippets():
    found = {GUANGXI_TOWN[m.start():m.end()] for pos in _offsets(GUANGXI_TOWN)
             if (m := resp._unit_second_sign(GUANGXI_TOWN, pos, len(GUANGXI_TOWN)))}
    assert "镇农业技术推广站（" in found and "镇综治中心(" in found


def test_unit_second_sign_reach_is_the_patterns():
    # a run of 2 to 12 characters, then the longest head (服务中心), then the bracket
    assert resp.UNIT_SECOND_SIGN.pattern.startswith("(?:(?!会同|牵头|负责|配合)[^、，,。；;：:\\s（()）]){2,12}?(?:服务中心|中心|站)[（(]")
    assert resp.UNIT_SECOND_SIGN_REACH == 12 + len("服务中心") + 1


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_past_heading_units_is_the_plain_test(k):
    text = TEXTS[k]
    for pos in _offsets(text):
        by_start = {pos + 9: 1, pos + 12: 1, pos + 16: 1}  # (ends the test accepts, some inside the reach)
        m = resp.HEADING_UNITS_FIRST.match(text, pos, len(text))
        want = None if not m or m.end() not in by_start or any(x in by_start for x in range(pos, m.end())) else m.end()
        assert resp._past_heading_units(text, pos, len(text), by_start) == want


def test_past_heading_units_found():
    text = "（二）卫生院、学校和县教育局：负责宣传动员。"
    assert resp._past_heading_units(text, 3, len(text), {10: 1}) == 10  # (the organ after the units)


def test_heading_units_reach_is_the_patterns():
    p = resp.HEADING_UNITS_FIRST.pattern
    assert p.startswith("(?:[^、，,。；;：:\\s（()）和]{0,10}?(?:") and p.endswith(")[、和])+")
    heads = p[len("(?:[^、，,。；;：:\\s（()）和]{0,10}?(?:"):-len(")[、和])+")].split("|")
    assert resp.HEADING_UNITS_REACH == 10 + max(map(len, heads)) + 1
    assert not any(ch in h for h in heads for ch in "、和")


def test_column_back_reference_needs_its_end():
    names = ["牵头部门", "县直责任部门", "各配合部门", "其他协办部门", "责任部门\n", "牵头单位", "市直各部门", "配合部门要"]
    for name in names:
        plain = departments.COLUMN_BACK_REFERENCE.match(name) is not None
        assert plain == (name.endswith(("部门", "部门\n")) and plain), name
    assert departments.COLUMN_BACK_REFERENCE.pattern.endswith("部门$")


def _plain_lookup(text: str):
    """nlp.jurisdiction._lookup as it was: every (offset, length) compared."""
    from pipeline.nlp.jurisdiction import _regions

    regions = _regions()
    best = None
    for n in range(2, 12):
        for i in range(0, max(0, len(text) - n + 1)):
            cand = text[i:i + n]
            if cand in regions and cand not in ("城区", "郊区", "矿区"):
                row = regions[cand]
                rank = {"county": 3, "prefecture": 2, "province": 1}.get(row["level"], 0)
                if best is None or (i, -rank) < best[0]:
                    best = ((i, -rank), row)
    return best[1] if best else None


PLACE_LINES = ["临夏回族自治州临夏县人民政府办公室", "凌云县泗城镇人民政府", "齐齐哈尔市城市供热管理条例", "琼海市人民政府办公室",
               "吉林省吉林市丰满区人民政府", "中共朝阳区委办公室", "矿区人民政府", "关于印发城区排水管理办法的通知", "国务院办公厅", "",
               "县", "通知", "长春市朝阳区、北京市朝阳区"]


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_lookup_is_the_plain_lookup(k):
    from pipeline.nlp.jurisdiction import _lookup

    lines = PLACE_LINES + [ln[:40] for ln in TEXTS[k].split("\n")[:30]] + [ln[a:a + 15] for ln in TEXTS[k].split("\n")[:12]
                                                                             for a in range(0, len(ln), 7)]
    for line in lines:
        assert _lookup(line) == _plain_lookup(line), line


def test_central_organ_heads_are_the_loop():
    from pipeline import regions

    names = ["中华全国总工会办公厅", "中国气象局", "中国气象局办公室", "国家统计局", "凌云县人民政府", "中国", "", "中国证券监督管理委员会"]
    organs = regions._central_organs()
    for name in names + sorted(organs)[:50] + [c + "办公厅" for c in sorted(organs)[:50]]:
        plain = name in organs or any(name.startswith(c) and len(c) >= 4 for c in organs)
        assert regions._of_central_organ(name) == plain, name


MEETINGS = "经县委十三届四次全会、县政府第12次常务会议和省民政厅厅务会议审议，市委八届六次全体会议部署，县人大常委会第三次会议通过，农业农村部部务会议"


@pytest.mark.parametrize("k", range(len(TEXTS) + 1))
def test_meeting_after_is_the_match(k):
    from pipeline.nlp import organs

    text = (TEXTS + [MEETINGS])[k]
    for pos in range(len(text) + 1):
        for end in (len(text), min(len(text), pos + 6)):
            assert organs._meeting_after(text, pos, end) == (organs.MEETING_AFTER.match(text, pos, end) is not None)


def test_meeting_opens_are_read():
    from pipeline.nlp import organs

    assert {"第", "常", "全", "部", "厅", "局", "一", "十"} <= organs.MEETING_OPENS
    assert sum(organs._meeting_after(MEETINGS, i, len(MEETINGS)) for i in range(len(MEETINGS))) >= 6


def test_level_units_prefixed_ends_in_units():
    from pipeline.nlp.level_units import LEVEL_UNITS_PREFIXED

    assert LEVEL_UNITS_PREFIXED.pattern.endswith("单位")
    for f in ["攸县县直各单位", "全县县直各单位", "县直和驻县各单位", "县直各部门", "单位", "驻镇单位", "县财政局", "各驻县机构", ""]:
        plain = LEVEL_UNITS_PREFIXED.fullmatch(f) is not None
        assert plain == (f.endswith("单位") and plain), f


@pytest.mark.parametrize("k", range(len(TEXTS) + 1))
def test_inner_before_needs_its_last_character(k):
    text = (TEXTS + ["学校校内各部门，企业内部有关部门\n各部门，单位内部\n\n各科室，院内\n相关部门"])[k]
    for start in range(len(text) + 1):
        before = text[max(0, start - 2):start].rstrip("\n")[-1:]
        if departments.INNER_BEFORE.search(text, max(0, start - 4), start) is not None:
            assert before in ("内", "部"), (start, text[max(0, start - 4):start])
