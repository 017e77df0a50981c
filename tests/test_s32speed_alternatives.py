"""Session 32 speed (issue 16): a long alternation tried alternative by alternative finds what the whole finds.

`scan.finditer_alternatives_at(pattern, text, starts)` tries at each offset only the alternatives of the pattern's
top-level alternation that can open with the next two characters (`scan.AlternativesAt`); it must give exactly the
matches of `scan.finditer_at(pattern, text, starts)`. Compared here at every offset of snippets written for this test in
the style of other provinces' notices (a Yunnan prefecture's work plan, a Jiangxi county's duty list of the 2000s, an
Inner Mongolia banner's notice) and of corpus/, on the organ layer's `collective` and `collective_kinds`; and on small
alternations where the order of the alternatives decides the match.
"""
from pathlib import Path

import pytest

from pipeline import rx as re
from pipeline import scan
from pipeline.nlp import organs

ROOT = Path(__file__).resolve().parents[1]

# (written for this test)
YUNNAN_PLAN = """红河州人民政府办公室关于印发红河州2023年农村饮水安全巩固提升工作方案的通知
各县（市）人民政府，州直各有关部门，各乡镇（街道）：
　　一、由州水利局牵头，州财政局、州发展改革委配合，各县市水务部门负责组织实施；各乡镇人民政府、街道办事处做好
宣传。各级党委和政府要高度重视，相关部门各司其职，有关单位密切配合，州直有关单位和中央、省驻州单位给予支持。
　　二、各县（市、区）卫生健康行政部门负责水质检测，城市供水主管部门负责管网改造，县级以上地方人民政府水行政主管部门
负责监督管理。各行业主管部门、电力行业管理部门、交通行业主管部门按职责分工负责。
"""

JIANGXI_DUTIES = """修水县人民政府关于做好2006年防汛抗旱工作的通知
各乡（镇）人民政府，县政府各部门，县直各单位：
　　县防汛抗旱指挥部成员单位要各负其责；各乡镇（场）要落实责任，各镇（街道）、各乡（镇、场）人民政府要组织巡查，
其他有关部门配合。企业工会、基层工会和共青团组织、妇联组织要发动群众。上级有关部门和同级财政部门给予支持，
县直属单位、乡镇直各单位、市属各有关单位、各开发区（园区）管委会按本通知执行。各级人大、同级政协加强监督，
市县政府、企业党委和国家有关部门给予指导，驻县机构配合，各级党委防汛工作领导小组办公室做好协调。
"""

INNER_MONGOLIA_BANNER = """阿鲁科尔沁旗人民政府关于加强草原防火工作的通知
各苏木乡镇人民政府，旗直各有关部门，各嘎查村：
　　各苏木镇、各苏木乡镇要建立扑火队，旗县（市、区）林业和草原主管部门负责指导，盟市旗县有关部门给予支持。
属地政府和属地有关部门负责巡查，旗直属各单位、各统筹地区医保部门及其他相关单位配合，所属部门按职责落实。
"""


def _all_offsets(text):
    return list(range(len(text)))


def _spans(found):
    return [(m.start(), m.end(), m.group(0)) for m in found]


@pytest.mark.parametrize("name", ["collective", "collective_kinds"])
@pytest.mark.parametrize("text", [YUNNAN_PLAN, JIANGXI_DUTIES, INNER_MONGOLIA_BANNER])
def test_organ_alternations_at_every_offset(name, text):
    pattern = organs._patterns()[name]
    assert scan.AlternativesAt(pattern).alternatives, "the alternation is split (else the test compares a fallback)"
    expected = _spans(scan.finditer_at(pattern, text, _all_offsets(text)))
    assert expected or name == "collective_kinds", "the snippet holds matches"
    assert _spans(scan.finditer_alternatives_at(pattern, text, _all_offsets(text))) == expected
    # each offset alone (a match that the one before would have covered is found too)
    for k in range(len(text)):
        assert _spans(scan.finditer_alternatives_at(pattern, text, [k])) == _spans(scan.finditer_at(pattern, text, [k]))


def test_the_snippets_hold_matches_of_both():
    for name in ("collective", "collective_kinds"):
        pattern = organs._patterns()[name]
        text = YUNNAN_PLAN + JIANGXI_DUTIES + INNER_MONGOLIA_BANNER
        assert len(_spans(scan.finditer_at(pattern, text, _all_offsets(text)))) >= 3, name


@pytest.mark.parametrize("name", ["collective", "collective_kinds"])
def test_organ_alternations_on_the_corpus(name):
    pattern = organs._patterns()[name]
    for path in sorted((ROOT / "corpus").glob("*.txt"))[:12]:
        text = path.read_text(encoding="utf-8")
        starts = _all_offsets(text)
        assert _spans(scan.finditer_alternatives_at(pattern, text, starts, len(text) - 3)) == \
            _spans(scan.finditer_at(pattern, text, starts, len(text) - 3)), path.name


def test_the_first_alternative_that_matches_wins():
    # 各部 is tried before the longer 各部门 and wins as in the alternation; 部门单位 after 部门 likewise
    pattern = re.compile(r"各部|各部门|部门|部门单位|[省市]直(?:各|有关)?单位|(?<=、)县")
    text = "各部门、部门单位和市直各单位、县直有关单位、县"
    starts = _all_offsets(text)
    split = scan.AlternativesAt(pattern, most=2)
    assert len(split.alternatives) == 6
    assert _spans(split.finditer(text, starts)) == _spans(scan.finditer_at(pattern, text, starts))
    assert [m.group(0) for m in split.finditer(text, starts)] == ["各部", "部门", "市直各单位", "县", "县"]


def test_split_only_at_the_top_level():
    assert scan.top_alternatives(r"a(?:b|c)[|(]d|\|e|f") == ["a(?:b|c)[|(]d", r"\|e", "f"]
    assert scan.top_alternatives(r"[]|]x|y") == ["[]|]x", "y"]
    assert scan.top_alternatives("abc") == ["abc"]


def test_falls_back_where_the_split_would_differ():
    with_groups = re.compile(r"(各)部门|(有关)单位")
    assert not scan.AlternativesAt(with_groups).alternatives  # group numbers would differ alone
    one = re.compile(r"各(?:部门|单位)")
    assert not scan.AlternativesAt(one).alternatives
    text = "各部门有关单位各单位"
    for pattern in (with_groups, one):
        assert _spans(scan.finditer_alternatives_at(pattern, text, _all_offsets(text))) == \
            _spans(scan.finditer_at(pattern, text, _all_offsets(text)))
