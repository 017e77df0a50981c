"""The gold check: every gold/<doc_id>.json is well-formed and grounded in corpus/<doc_id>.txt.

Gold files carry the spec keys only (no spans, no clean text), so they are validated with the
relaxed gold model in pipeline/gold.py rather than pipeline.record.Record. Text comparisons
follow the spec: Unicode NFKC, all white space removed.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.gold import TOKEN, GoldRecord, flat, problems, without_markdown
from pipeline.nlp.simplify import simplified_view

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold"
CORPUS = ROOT / "corpus"
GOLD_FILES = sorted(GOLD.glob("*.json"))


def _load(path: Path) -> tuple[GoldRecord, str]:
    record = GoldRecord.model_validate(json.loads(path.read_text(encoding="utf-8")))
    source = CORPUS / f"{record.doc_id}.txt"
    assert source.exists(), f"no source text for {record.doc_id}"
    return record, flat(source.read_text(encoding="utf-8"))


def test_gold_set_covers_the_corpus():
    assert {p.stem for p in GOLD_FILES} == {p.stem for p in CORPUS.glob("*.txt")}


@pytest.fixture(params=GOLD_FILES, ids=lambda p: p.stem)
def gold(request) -> tuple[GoldRecord, str, Path]:
    record, text = _load(request.param)
    return record, text, request.param


def test_doc_id_is_the_file_name(gold):
    record, _, path = gold
    assert record.doc_id == path.stem


def test_every_quote_occurs_in_the_source(gold):
    record, text, _ = gold
    quotes = [d.quote for d in record.departments] + [t.quote for t in record.targets] + [y.quote for y in record.years]
    missing = [q for q in quotes if flat(q) not in text]
    assert not missing


def test_metadata_text_values_occur_in_the_source(gold):
    record, text, _ = gold
    md = record.metadata
    text = without_markdown(text)
    for value in (md.title, md.notice_title, md.doc_number):
        if value is not None:
            assert flat(value) in text, value
    for issuer in md.issuers:
        assert flat(issuer) in text, issuer


def test_metadata_values_are_normalised(gold):
    md = gold[0].metadata
    assert md.title is None or not md.title.startswith("《")
    assert md.notice_title is None or md.notice_title.startswith("关于")
    assert md.doc_type is None or md.title is None or re.sub(r"[(（][^()（）]*[)）]$", "", flat(md.title)).endswith(md.doc_type)
    assert md.region is None or not re.search(r"[\s,，、/]", md.region)


def test_task_paths_are_well_formed_unique_and_nested(gold):
    record, text, _ = gold
    paths = [t.path for t in record.tasks]
    assert len(paths) == len(set(paths)), "duplicate task paths"
    for task in record.tasks:
        tokens = task.path.split("/")
        assert all(TOKEN.fullmatch(tok) for tok in tokens), task.path
        if len(tokens) > 1:
            assert "/".join(tokens[:-1]) in paths, f"{task.path} has no parent task"


def test_task_headings_are_clean_and_occur_in_the_source(gold):
    record, text, _ = gold
    for task in record.tasks:
        h = task.heading
        assert h and not re.search(r"[*#]", h), task
        assert not re.search(r"[。；;，,：:、.]$", h), task
        assert flat(h) in without_markdown(text), task


def test_department_names_are_unique_and_clean(gold):
    record, _, _ = gold
    names = [flat(d.name) for d in record.departments]
    assert len(names) == len(set(names)), "duplicate department names"
    for name in names:
        assert name and not name.endswith("等"), name


def test_responsibilities_point_at_known_departments_and_tasks(gold):
    record, _, _ = gold
    names = {flat(d.name) for d in record.departments}
    paths = {t.path for t in record.tasks}
    for r in record.responsibilities:
        assert flat(r.department) in names, r
        assert r.task in paths, r
    triples = [(r.task, flat(r.department), r.role) for r in record.responsibilities]
    assert len(triples) == len(set(triples)), "duplicate responsibility"
    pairs = [t[:2] for t in triples]
    assert len(pairs) == len(set(pairs)), "one department with two roles on the same task"


def test_targets_point_at_known_tasks_and_are_consistent(gold):
    record, _, _ = gold
    paths = {t.path for t in record.tasks}
    for t in record.targets:
        assert t.task is None or t.task in paths, t
        assert t.value >= 0 and t.unit and t.indicator, t
        if t.year_start is not None and t.year_end is not None:
            assert t.year_start <= t.year_end, t
        for year in (t.year_start, t.year_end):
            assert year is None or 1949 <= year <= 2100, t


def test_years_one_entry_per_distinct_period(gold):
    record, _, _ = gold
    periods = [(y.start, y.end) for y in record.years]
    assert len(periods) == len(set(periods)), "duplicate (start, end)"
    assert all(s <= e for s, e in periods)


def test_citations_are_grounded_and_unique(gold):
    record, text, _ = gold
    titles = [flat(c.title) for c in record.citations if c.title]
    assert len(titles) == len(set(titles)), "duplicate citation title"
    for c in record.citations:
        assert c.title or c.doc_number, c
        if c.title:
            assert not c.title.startswith("《") and not c.title.endswith("》"), c
            assert flat(c.title) in text, c
        if c.doc_number:
            assert flat(c.doc_number) in text, c


def test_labeller_folders_keep_the_raw_inputs_of_the_agreement_figure():
    """gold/AGREEMENT.md is computed from these two folders; they must stay complete."""
    for folder in ("labeller_a", "labeller_b"):
        stems = {p.stem for p in (GOLD / folder).glob("*.json")}
        assert stems == {p.stem for p in GOLD_FILES}, folder
        for p in (GOLD / folder).glob("*.json"):
            GoldRecord.model_validate(json.loads(p.read_text(encoding="utf-8")))


GOLD_SETS = [(GOLD, CORPUS), (ROOT / "dev" / "gold", ROOT / "dev" / "corpus"),
             (ROOT / "dev" / "heldout" / "gold", ROOT / "dev" / "heldout" / "corpus")]
GOLD_SETS += [(d, ROOT / "dev" / "country" / "raw") for d in sorted((ROOT / "dev" / "country" / "gold").glob("b*"))]
GOLD_SETS += [(ROOT / "dev" / "authored" / "gold", ROOT / "dev" / "authored" / "raw")]


@pytest.mark.parametrize("gold_dir,text_dir", GOLD_SETS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_gold_set_passes_the_labellers_check(gold_dir, text_dir):
    """The same check labellers run (scripts/check_labels.py), on every adjudicated gold set."""
    found = {}
    for path in sorted(gold_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        text = (text_dir / f"{data['doc_id']}.txt").read_text(encoding="utf-8")
        lines = problems(data, text, simplified_source=simplified_view(text))
        if lines:
            found[path.stem] = lines
    assert found == {}


def test_a_heading_over_a_page_break_is_checked_without_the_page_number():
    """A PDF copy puts `— 3 —` inside an item that runs over a page break; the heading is written without it
    (spec §1: page furniture is not body) and the check must accept it, but not a heading that is absent."""
    text = ("关于推进电子商务进农村牧区的实施方案\n一、工作目标\n（一）到2020年，全区农村牧区电子商务服务站点覆盖\n\n— 3 —\n\n80%以上的嘎查村。\n")
    data = {"doc_id": "x", "metadata": {"title": "关于推进电子商务进农村牧区的实施方案", "notice_title": None,
            "doc_number": None, "issuers": [], "issue_date": None, "region": "内蒙古自治区", "admin_level": "province",
            "doc_type": "实施方案", "draft": False},
            "tasks": [{"path": "一", "heading": "工作目标"},
                      {"path": "一/(一)", "heading": "到2020年，全区农村牧区电子商务服务站点覆盖80%以上的嘎查村"}],
            "departments": [], "responsibilities": [], "targets": [], "years": [], "citations": []}
    assert problems(data, text) == []
    data["tasks"][1]["heading"] = "到2020年，全区电子商务服务站点覆盖80%以上的嘎查村"
    assert problems(data, text) == ["task heading not in the text: 一/(一) 到2020年，全区电子商务服务站点覆盖80%以上的嘎查村"]


def test_the_labellers_check_reads_a_traditional_copy_through_its_simplified_view(tmp_path):
    """A county site's 繁體 converter (a Qinghai-style web copy): the title and headings are labelled in Simplified
    per the spec, quotes as written. scripts/check_labels.py must look the values up in the Simplified view."""
    text = ("關於印發瑪多縣農牧民技能培訓實施方案的通知\n各鄉鎮人民政府，縣直各部門：\n"
            "一、工作目標\n到2021年，完成農牧民技能培訓1200人次。\n二、保障措施\n縣人力資源和社會保障局負責組織實施。\n")
    label = {"doc_id": "t1", "metadata": {"title": "玛多县农牧民技能培训实施方案", "notice_title": "关于印发玛多县农牧民技能培训实施方案的通知",
             "doc_number": None, "issuers": [], "issue_date": None, "region": "青海省果洛藏族自治州玛多县",
             "admin_level": "county", "doc_type": "实施方案", "draft": False},
             "tasks": [{"path": "一", "heading": "工作目标"}, {"path": "二", "heading": "保障措施"}],
             "departments": [{"name": "玛多县人力资源和社会保障局", "quote": "縣人力資源和社會保障局"}],
             "responsibilities": [], "targets": [], "years": [], "citations": []}
    (tmp_path / "t1.txt").write_text(text, encoding="utf-8")
    (tmp_path / "t1.json").write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")
    script = Path(__file__).resolve().parent.parent / "scripts" / "check_labels.py"
    run = subprocess.run([sys.executable, str(script), str(tmp_path / "t1.json"), "--text-dir", str(tmp_path)],
                         capture_output=True, text=True)
    assert (run.returncode, run.stdout.strip()) == (0, "t1.json: ok")
    label["departments"][0]["quote"] = "县人力资源和社会保障局"  # a quote is copied as written, not converted
    (tmp_path / "t1.json").write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([sys.executable, str(script), str(tmp_path / "t1.json"), "--text-dir", str(tmp_path)],
                         capture_output=True, text=True)
    assert run.returncode == 1 and "quote not in the text: 县人力资源和社会保障局" in run.stdout


def test_the_title_of_several_transmitted_documents_is_checked_without_their_title_marks():
    """Spec §3: a notice carrying two documents (a Yunnan-style prefecture notice) is titled by the names its notice
    title gives them, without 《》; an invented joining is still reported."""
    text = "关于印发《曲靖市河湖保护三年行动方案》和《曲靖市河长制工作考核办法》的通知\n各县（市、区）人民政府：\n现将……印发给你们。\n"
    data = {"doc_id": "x", "metadata": {"title": "曲靖市河湖保护三年行动方案和曲靖市河长制工作考核办法",
            "notice_title": "关于印发《曲靖市河湖保护三年行动方案》和《曲靖市河长制工作考核办法》的通知", "doc_number": None,
            "issuers": [], "issue_date": None, "region": "云南省曲靖市", "admin_level": "prefecture", "doc_type": "办法",
            "draft": False}, "tasks": [], "departments": [], "responsibilities": [], "targets": [], "years": [], "citations": []}
    assert problems(data, text) == []
    data["metadata"]["title"] = "曲靖市河湖保护三年行动方案及考核办法"
    assert problems(data, text) == ["metadata.title not in the text: 曲靖市河湖保护三年行动方案及考核办法"]


def test_a_joint_order_number_in_the_m22_form_passes_when_only_the_header_block_is_printed():
    """Guide M22: a joint order's number is `A、B令第N号` even when the page prints each organ on its own line before one
    `令` and `第N号` below (a 2006 two-ministry order in the style of a law collection); a missing organ still fails."""
    from pipeline.gold import problems
    text = ("城市供水水质管理规定\n\n中华人民共和国建设部\n中华人民共和国卫生部　令\n\n第156号\n\n"
            "《城市供水水质管理规定》已经审议通过，现予发布。\n")
    record = {"doc_id": "t1", "metadata": {"title": "城市供水水质管理规定", "notice_title": None,
                                           "doc_number": "建设部、卫生部令第156号", "issuers": ["建设部", "卫生部"],
                                           "issue_date": None, "region": "全国", "admin_level": "central",
                                           "doc_type": "规定", "draft": False},
              "tasks": [], "departments": [], "responsibilities": [], "targets": [], "years": [], "citations": []}
    assert problems(record, text) == []
    record["metadata"]["doc_number"] = "建设部、水利部令第156号"
    assert problems(record, text) == ["metadata.doc_number not in the text: 建设部、水利部令第156号"]
