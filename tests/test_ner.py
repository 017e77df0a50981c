"""The packaged statistical organ NER (pipeline/data/ner/): loads from the repo, fills gaps the
rules leave, never overrides a rule span, and is absent cleanly. Snippets are written for this
test (not in training/ner/)."""
import json
from pathlib import Path

import pytest

from pipeline.nlp import ner
from pipeline.nlp.canonical import canonical_names
from pipeline.nlp.mentions import find_mentions
from pipeline.regions import jurisdiction_of

RULES = ("gazetteer", "patterns")
WITH_NER = ("gazetteer", "patterns", "ner")

# Organs the rule layers do not find (heads 站/台/院 outside the patterns), one per snippet. (A zone's
# 管委会, 高新区管委会, is read by the rules since session 5: pipeline.nlp.organs._zone_administrations.)
UNSEEN = [
    ("由县农机安全监理站负责农业机械安全检查，各乡镇做好配合。", "县农机安全监理站"),
    ("州气象台要及时发布暴雨预警信息。", "州气象台"),
    ("县城乡规划设计研究院负责编制村庄规划。", "县城乡规划设计研究院"),
    ("由县种子管理站负责种子质量抽检。", "县种子管理站"),
    ("县地震台负责震情监测，每月报送监测数据。", "县地震台"),
]


@pytest.fixture(scope="module")
def model():
    if not ner.model_available():
        pytest.skip("no model in pipeline/data/ner/")
    return ner.load_model()


def test_model_loads_from_the_repo_without_downloads(model):
    meta = json.loads((ner.MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["lang"] == "zh" and model.pipe_names == ["ner"]
    assert model.get_pipe("ner").labels == ("ORG",)
    assert len(model.vocab.vectors) == 0  # no pretrained vectors to fetch
    assert [t.text for t in model.make_doc("市财政局")] == list("市财政局")  # character tokens
    size = sum(f.stat().st_size for f in ner.MODEL_DIR.rglob("*") if f.is_file())
    assert size < 5_000_000


def test_rules_miss_these_organs():
    for text, organ in UNSEEN:
        assert organ not in {m.text for m in find_mentions(text, layers=RULES)}


def test_ner_finds_most_organs_the_rules_miss(model):
    found = [organ for text, organ in UNSEEN if organ in {m.text for m in find_mentions(text, layers=WITH_NER)}]
    assert len(found) >= 4, found


def test_ner_finds_an_obvious_organ_and_canonicalises_it_like_a_rule_span(model):
    text = "县城乡规划设计研究院负责编制村庄规划。"
    mentions = find_mentions(text, layers=WITH_NER)
    assert [(m.text, m.layer, m.marker) for m in mentions] == [("县城乡规划设计研究院", "ner", "县")]
    j = jurisdiction_of("甘肃省定西市岷县", "county")
    assert canonical_names(mentions, text, j) == [["岷县城乡规划设计研究院"]]


def test_spans_align_and_pass_the_gate(model):
    for text, _ in UNSEEN:
        for m in find_mentions(text, layers=WITH_NER):
            assert text[m.start:m.end] == m.text
            if m.layer == "ner":
                assert ner.passes_gate(m.text, text[m.end:m.end + 1])


def test_ner_never_overrides_a_rule_span(model):
    texts = [t for t, _ in UNSEEN] + [
        "市公安局刑事侦查支队、市公安局网络安全保卫支队要依法打击电信网络诈骗犯罪。",
        "（牵头单位：县发展改革局；配合单位：县财政局、县农业农村局，各乡镇人民政府）",
        "经县委、县政府同意，县委组织部、团县委、县妇联共同推进。",
    ]
    for text in texts:
        rules = find_mentions(text, layers=RULES)
        combined = find_mentions(text, layers=WITH_NER)
        assert [m for m in combined if m.layer != "ner"] == rules
        for m in combined:
            if m.layer == "ner":
                assert not any(r.start < m.end and m.start < r.end for r in rules)


def test_gate_drops_running_text_collectives_and_non_organ_words():
    assert ner.passes_gate("县农机安全监理站", "负")
    assert ner.passes_gate("中国人民银行岷县支行")
    assert not ner.passes_gate("国就业局", "势")  # 全国就业局势
    assert not ner.passes_gate("各乡镇人民政府")
    assert not ner.passes_gate("县政务服务大厅")
    assert not ner.passes_gate("乡村振兴产业发展三年行")
    assert not ner.passes_gate("湖南省民政事业发展规划》")


def test_missing_model_gives_no_mentions(monkeypatch, tmp_path):
    monkeypatch.setattr(ner, "MODEL_DIR", Path(tmp_path) / "absent")
    assert not ner.model_available()
    assert ner.load_model() is None
    assert ner.ner_mentions("州气象台要及时发布暴雨预警信息。", 0, 16) == []
    text = "县财政局、州气象台负责。"
    assert find_mentions(text, layers=WITH_NER) == find_mentions(text, layers=RULES)


def test_gate_drops_parts_facilities_and_abbreviations_it_cannot_expand():
    assert not ner.passes_gate("中西部", "、")  # 向中西部、贫困地区
    assert not ner.passes_gate("贫困地区部", "队")  # 驻贫困地区部队
    assert not ner.passes_gate("国家部", "署")  # 按照国家部署
    assert not ner.passes_gate("防御区所", "在")  # 防御区所在地
    assert not ner.passes_gate("人工智能计算中心", "、")
    assert not ner.passes_gate("党政办", "、")  # an abbreviation the alias table does not know
    assert ner.reads_as_name("党政办", "、")  # ...still an organ name for the training labels
    assert ner.passes_gate("县种子管理站", "负")
    assert ner.passes_gate("高新区管委会", "要")


def test_a_national_name_is_kept_as_written():
    text = "复核机构：中国南方人才市场管理委员会办公室。"
    m = ner.as_mention(text, 5, 21)
    assert m.text == "中国南方人才市场管理委员会办公室"
    assert canonical_names([m], text, jurisdiction_of("广东省广州市", "prefecture")) == [["中国南方人才市场管理委员会办公室"]]


def test_measure_layers_runs_on_any_gold_folder(tmp_path):
    """The command the blind batches are measured with needs only --gold and --texts."""
    import shutil
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(root / "dev" / "gold" / "p05.json", gold / "p05.json")
    out = subprocess.run([sys.executable, str(root / "scripts" / "measure_layers.py"), "--gold", str(gold),
                          "--texts", str(root / "dev" / "corpus"), "--no-speed"],
                         capture_output=True, text=True, check=True, cwd=tmp_path).stdout
    rows = [line.split()[0] for line in out.splitlines() if line.startswith(("gazetteer", "ner alone"))]
    assert rows == ["gazetteer", "gazetteer+patterns", "gazetteer+patterns+ner", "ner"]
    assert f"[{gold}]" in out


def test_gold_quotes_become_organ_spans():
    """training/ner/build_data.py: a gold department's quote (with context) gives the organ's span."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "training" / "ner" / "build_data.py"
    spec = importlib.util.spec_from_file_location("ner_build_data", path)
    bd = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bd)
    text = "各区人民政府：\n经市人民政府同意，复核机构：中国南方人才市场管理委员会办公室负责复核，市人民政府督办。\n"
    gold = {"doc_id": "x", "metadata": {"region": "广东省广州市", "admin_level": "prefecture", "issuers": []},
            "departments": [{"name": "广州市人民政府", "quote": "经市人民政府同意"},
                            {"name": "中国南方人才市场管理委员会办公室", "quote": "复核机构：中国南方人才市场管理委员会办公室"},
                            {"name": "各区人民政府", "quote": "各区人民政府"}]}
    spans, missing = bd.gold_spans(text, gold)
    assert [text[s:e] for s, e in spans] == ["市人民政府", "中国南方人才市场管理委员会办公室", "市人民政府"]
    assert (0, 7) in missing  # the addressee line: unknown, not O
