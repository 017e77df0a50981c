"""s19-rspeed: each speed-only shortcut gives what the plain code gives (docs/decisions/speed-s19.md)."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from pipeline.extract import metadata

ROOT = Path(__file__).resolve().parents[1]
# the characters BARE_MARKER reads: markers, delimiters, the words around them, other Han and Latin
ALPHABET = list("省市县区自治州盟旗地我本，、。；：（\n 经由的委局办厅员会人民政府行政公署直各有关部门单位机场级域长负责牵头要同生产性") + ["X", "1"]


def _plain(text):
    return [(m.span(), m.groupdict()) for m in metadata.BARE_MARKER.finditer(text)]


def _fast(text):
    return [(m.span(), m.groupdict()) for m in metadata._bare_markers(text)]


def test_bare_markers_random_strings():
    rng = random.Random(19)
    for _ in range(30000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 18)))
        assert _fast(text) == _plain(text), text


@pytest.mark.parametrize("text", [
    "省科技厅、市财政局负责。我省各地", "自治区教育厅牵头，州教育局配合", "地委、地直各部门", "，地区农牧局负责",
    "盟行政公署和旗人民政府", "经州人民政府同意", "本旗、我州", "市、州发展改革委", "省委、地委", "",
])
def test_bare_markers_examples(text):
    assert _fast(text) == _plain(text)


def test_bare_markers_real_texts():
    paths = sorted((ROOT / "corpus").glob("*.txt"))[:20]
    assert paths
    for p in paths:
        text = p.read_text(encoding="utf-8-sig")
        assert _fast(text) == _plain(text), p.name


# (s19-rspeed) `_order_or_adoption`'s patterns are tried only on head lines holding a word all their matches hold
# (令, 公告, 会议, an opening 《). Each path still fires on a notice written for it (a province's order with its number on
# one line or the next, a promulgating sentence, a 题注 naming the order or the meeting): the same metadata as before
# the gates (checked against BASE 176d8b9).
ORDER_CASES = {
"order_number": "甘肃省人民政府令（第158号）\n\n《甘肃省农村公路管理办法》已经2021年3月5日省政府第112次常务会议通过，现予公布，自2021年5月1日起施行。\n\n省长　某某\n2021年3月20日\n\n甘肃省农村公路管理办法\n\n第一条　为了加强农村公路管理，制定本办法。\n第二条　县级人民政府交通运输主管部门负责本行政区域内农村公路的管理工作。\n",
"order_line": "海南省人民政府令\n第301号\n\n《海南省城镇燃气管理办法》已经2019年6月3日七届省政府第38次常务会议审议通过，现予公布，自2019年8月1日起施行。\n\n省长　某某\n2019年6月12日\n\n海南省城镇燃气管理办法\n\n第一条　为了加强城镇燃气管理，制定本办法。\n",
"promulgation": "《南宁市门前三包责任制管理规定》已经2008年4月2日市人民政府第51次常务会议通过，现予公布，自2008年6月1日起施行。\n\n市长　某某\n二〇〇八年四月十日\n\n南宁市门前三包责任制管理规定\n\n第一条　为了加强城市管理，制定本规定。\n",
"first_note": "黑龙江省森林草原防火条例实施办法\n（黑龙江省人民政府令第12号　2006年3月10日公布）\n\n第一条　为了预防和扑救森林火灾，制定本办法。\n第二条　县级以上人民政府林业主管部门负责本行政区域内的森林防火工作。\n",
"promulgated_by": "重庆市黔江区城市绿化管理办法\n（2004年5月10日重庆市人民政府令第170号公布　自2004年7月1日起施行）\n\n第一条　为了促进城市绿化事业的发展，制定本办法。\n",
"meeting": "关于加强党的执政能力建设的决定\n（2004年9月19日中国共产党第十六届中央委员会第四次全体会议通过）\n\n一、加强党的执政能力建设的重要性和紧迫性\n各级党委要高度重视。\n",
"adopted_by": "西藏自治区环境保护条例\n（2013年5月24日西藏自治区第十届人民代表大会常务委员会第三次会议通过）\n\n第一条　为了保护和改善环境，制定本条例。\n第二条　自治区人民政府环境保护主管部门负责全区环境保护工作。\n",
}
# (s39b-orders) an order's bracketed number on its line is kept as printed (spec §3, as the country golds keep it)
ORDER_EXPECTED = {'order_number': ('甘肃省人民政府令（第158号）', ['甘肃省人民政府'], '2021-03-20'), 'order_line': ('海南省人民政府令第301号', ['海南省人民政府'], '2019-06-12'), 'promulgation': (None, ['南宁市人民政府'], '2008-04-10'), 'first_note': ('黑龙江省人民政府令第12号', ['黑龙江省人民政府'], '2006-03-10'), 'promulgated_by': ('重庆市人民政府令第170号', ['重庆市人民政府'], '2004-05-10'), 'meeting': (None, ['中共中央'], '2004-09-19'), 'adopted_by': (None, ['西藏自治区人民代表大会常务委员会'], '2013-05-24')}


@pytest.mark.parametrize("name", sorted(ORDER_CASES))
def test_order_and_adoption_paths(name):
    from pipeline import process_text

    md = process_text(ORDER_CASES[name], doc_id="x").metadata
    assert (md.doc_number, md.issuers, str(md.issue_date)) == ORDER_EXPECTED[name]
