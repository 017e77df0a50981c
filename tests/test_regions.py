"""Region resolution from the gazetteer (pipeline/data/regions.tsv) and the Jurisdiction split."""
import pytest

from pipeline.data import load_table
from pipeline.regions import jurisdiction_of, resolve_region


@pytest.mark.parametrize("issuers,title,expected", [
    (["义乌市人民政府"], "", ("浙江省金华市义乌市", "county")),
    (["中共延吉市委办公室"], "", ("吉林省延边朝鲜族自治州延吉市", "county")),
    (["成都市武侯区人民政府"], "", ("四川省成都市武侯区", "county")),
    (["上海市浦东新区人民政府"], "", ("上海市浦东新区", "county")),
    (["内蒙古自治区人民政府办公厅"], "", ("内蒙古自治区", "province")),
    (["国家发展改革委", "财政部"], "", ("全国", "central")),
    (["中共中央办公厅"], "", ("全国", "central")),
    (["遂昌县妙高街道办事处"], "", ("浙江省丽水市遂昌县妙高街道", "township")),
    ([], "关于加快洛阳先进制造业发展的实施意见", ("河南省洛阳市", "prefecture")),
])
def test_resolve_region(issuers, title, expected):
    assert resolve_region(issuers, title) == expected


def test_jurisdiction_prefixes():
    j = jurisdiction_of("浙江省金华市义乌市", "county")
    assert (j.prefix_for("省"), j.prefix_for("市")) == ("浙江省", "义乌市")


def test_gazetteer_table_loads():
    rows = load_table("regions")
    assert {"adcode", "name", "level", "province", "prefecture", "county"} <= set(rows[0])
    assert len(rows) > 3000


def _iter_long_whole(text):
    """places_in as it was: pyahocorasick's iter_long over the whole text."""
    from pipeline.regions import _gazetteer

    names, automaton = _gazetteer()
    return [(end - len(name) + 1, place, name) for end, name in automaton.iter_long(text or "")
            for place in names[name]]


def test_places_in_reads_only_stretches_with_a_name_like_iter_long_over_the_whole_text():
    """places_in runs iter_long only over the stretches (up to a character in no name) where a
    name occurs: the same places as iter_long over the whole text, with its quirks (a short name
    that ends inside a longer name's path at the end of the text is not reported)."""
    import random
    from pathlib import Path

    from pipeline.regions import _gazetteer, places_in

    names, _ = _gazetteer()
    keys = sorted(names)
    samples = ["", "，。", "关于印发成都市武侯区2024年工作要点的通知", "五大连", "五大连，", "五大连的大连市",
               "黔东南州、湘西自治州人民政府", "内蒙古自治区呼和浩特市新城区"]
    rng = random.Random(11)
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 8)):
            k = rng.choice(keys)
            cut = rng.random()
            parts.append(k[rng.randint(0, len(k) - 1):] if cut < 0.3 else k[:rng.randint(1, len(k))] if cut < 0.6 else k)
            if rng.random() < 0.3:
                parts.append(rng.choice(["的", "，", "x", "市", "县", "和"]))
        samples.append("".join(parts))
    root = Path(__file__).resolve().parents[1]
    samples += [p.read_text(encoding="utf-8-sig")[:6000] for p in sorted(root.glob("corpus/*.txt"))]
    for text in samples:
        assert places_in(text) == _iter_long_whole(text), text[:60]
