"""The spaCy Language from pipeline.make_nlp(): organs as doc.ents and doc.spans."""
from pipeline import make_nlp
from pipeline.nlp import find_mentions


def test_make_nlp_gives_entities_with_canonical_names():
    nlp = make_nlp("陕西省宝鸡市", "prefecture")
    doc = nlp("市人社局牵头负责，市发展改革委、团市委参与；联合民政、医保等部门。")
    assert [(e.text, e.label_, e._.canonical) for e in doc.ents] == [
        ("市人社局", "ORG", "宝鸡市人力资源和社会保障局"),
        ("市发展改革委", "ORG", "宝鸡市发展和改革委员会"),
        ("团市委", "ORG", "共青团宝鸡市委员会"),
        ("民政", "SECTOR", "民政部门"),
        ("医保", "SECTOR", "医保部门"),
    ]
    assert len(doc.spans["organs"]) == 5


def test_gazetteer_matches_on_characters_whatever_the_word_split():
    # 市场监督管理局 after 市: one organ, not 市场 + …
    ms = find_mentions("由市市场监管局和区卫健委负责")
    assert [(m.text, m.marker) for m in ms] == [("市市场监管局", "市"), ("区卫健委", "区")]


def test_gazetteer_only_layer_misses_productive_names_patterns_find_them():
    text = "市科工商务局、市扶贫工作组负责"
    assert [m.text for m in find_mentions(text, layers=("gazetteer",))] == ["市科工商务局"]
    assert [m.text for m in find_mentions(text)] == ["市科工商务局", "市扶贫工作组"]
