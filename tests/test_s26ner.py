"""Session 26, issue 12: the NER gate drops a coordinating body written without its task (a bare
领导小组办公室 points back to the group named earlier; ner-s26.md), and the training data reads the
authored folder by id only. Styles: a 2009 Heilongjiang county notice and a 2020 Hainan town plan."""
import importlib.util
from pathlib import Path

from pipeline.nlp import ner

ROOT = Path(__file__).resolve().parent.parent


def test_gate_drops_a_coordinating_body_without_its_task():
    assert not ner.passes_gate("领导小组办公室", "设")
    assert not ner.passes_gate("县领导小组", "要")
    assert not ner.passes_gate("指挥部办公室", "负")
    assert not ner.passes_gate("工作专班", "每")
    # named by its task, it is an organ
    assert ner.passes_gate("县农村饮水安全工作领导小组办公室", "设")
    assert ner.passes_gate("万宁市和乐镇防汛防风指挥部", "负")


def test_ner_mentions_leave_out_a_bare_group_office(monkeypatch):
    text = ("成立桦南县农村饮水安全工作领导小组，领导小组办公室设在县水务局。"
            "和乐镇防汛防风指挥部负责组织实施。")
    bare = text.index("领导小组办公室")
    named = text.index("和乐镇防汛防风指挥部")
    spans = [(bare, bare + len("领导小组办公室")), (named, named + len("和乐镇防汛防风指挥部"))]
    monkeypatch.setattr(ner, "ner_spans", lambda t, s=0, e=None: spans)
    got = [text[m.start:m.end] for m in ner.ner_mentions(text, 0, len(text), rules=[])]
    assert got == ["和乐镇防汛防风指挥部"]


def test_authored_gold_is_read_by_id_never_a_closed_one():
    spec = importlib.util.spec_from_file_location("ner_build_data_s26", ROOT / "training" / "ner" / "build_data.py")
    bd = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bd)
    ids = next(ids for g, _, ids in bd.GOLD_SETS if g == bd.AUTHORED / "gold")
    paths = bd.gold_paths(bd.AUTHORED / "gold", ids)
    stems = {p.stem for p in paths}
    assert {"a01", "a60", "a85", "a216", "a229", "a240"} <= stems
    for n in (61, 84, 217, 228, 241, 252):
        assert f"a{n}" not in stems and f"a{n}" in bd.BLIND_IDS
    assert len(stems) == 60 + 132 + 12
