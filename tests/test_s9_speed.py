"""Session 9 speed shortcuts (docs/decisions/speed-s9.md): each gives what the plain code gives,
on snippets in other offices' styles (a county's task-division table, a province's rules, a
1990s ministry notice)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import scan
from pipeline import rx as re
from pipeline.clean import normalize_string
from pipeline.extract import task_tables
from pipeline.extract.context import make_context
from pipeline.extract.responsibilities import extract_responsibilities
from pipeline.extract.tasks import extract_tasks

ROOT = Path(__file__).resolve().parents[1]

# A county office's work plan with its division table in the body (spaced columns) and a
# province's table with bars in an attachment.
COUNTY_TABLE = ("某县人民政府办公室关于印发2023年农村人居环境整治工作方案的通知\n"
                "各乡镇人民政府，县直各单位：\n一、工作任务\n（一）推进农村厕所改造。\n（二）治理农村生活污水。\n"
                "二、任务分工\n序号 工作任务 牵头单位 配合单位\n1 推进农村厕所改造 县农业农村局 县卫生健康局\n"
                "2 治理农村生活污水 县生态环境分局 县住建局、县水利局\n三、工作要求\n各单位要按时报送进展情况。\n")
PROVINCE_BARS = ("一、重点任务\n（一）完善养老服务体系。\n（二）发展普惠托育服务。\n附件\n重点任务分工表\n"
                 "| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n| 1 | 完善养老服务体系 | 省民政厅 | 省财政厅、省卫生健康委 |\n"
                 "| 2 | 发展普惠托育服务 | 省卫生健康委 | 省教育厅 |\n")


def _tables(tables):
    return [(t.index, t.header, t.start, t.end, [(r.number, [(c.start, c.end, c.text) for c in r.cells], r.group)
                                                  for r in t.rows]) for t in tables]


@pytest.mark.parametrize("text", [COUNTY_TABLE, PROVINCE_BARS])
def test_task_tables_found_once_and_as_find_task_tables(text, monkeypatch):
    doc = normalize_string(text)
    plain = task_tables.find_task_tables(doc.text, make_context(doc).layout)
    assert plain and plain[0].rows  # the snippet holds a table
    ctx = make_context(doc)
    calls = []
    real = task_tables.find_task_tables
    monkeypatch.setattr(task_tables, "find_task_tables", lambda t, layout: calls.append(t) or real(t, layout))
    ctx.tasks = extract_tasks(doc, ctx)
    extract_responsibilities(doc, ctx)
    assert len(calls) == 1  # tasks and responsibilities read the same tables
    assert _tables(ctx.task_tables(doc.text)) == _tables(plain)
    assert len(calls) == 1


def test_task_tables_of_another_text_or_layout_are_found_anew():
    doc = normalize_string(COUNTY_TABLE)
    ctx = make_context(doc)
    first = ctx.task_tables(doc.text)
    assert ctx.task_tables(doc.text) is first
    other = doc.text.replace("县农业农村局", "县农业农村厅")  # same length, another string
    assert _tables(ctx.task_tables(other)) == _tables(task_tables.find_task_tables(other, ctx.layout))
    ctx.layout = make_context(doc).layout  # a new layout object: not the kept one
    assert ctx.task_tables(doc.text) is not first


def test_records_unchanged_by_sharing_task_tables(monkeypatch):
    """The whole record with the shared tables equals the one with each reader finding its own."""
    from pipeline.document import process_text
    from pipeline.extract.context import Context

    shared = [process_text(t).model_dump_json() for t in (COUNTY_TABLE, PROVINCE_BARS)]
    monkeypatch.setattr(Context, "task_tables", lambda self, text: task_tables.find_task_tables(text, self.layout))
    assert [process_text(t).model_dump_json() for t in (COUNTY_TABLE, PROVINCE_BARS)] == shared


# ------------------------------------------------------------------ openings (start-up)

def _plain_seq_openings(items, depth):
    """The code before session 9 (the reference): one (prefix, open) pair at a time."""
    results = {("", True)}
    for i, (op, av) in enumerate(items):
        if not any(o for _, o in results):
            break
        if op is scan._sre_c.ASSERT and av[0] == 1:
            # (s21b) a positive lookahead read with the rest of the sequence, one pair at a time (the reference of
            # scan._with_lookahead): a rest prefix holding a lookahead prefix as it is, one a lookahead prefix extends
            # as that one, closed; with a lookahead not enumerated, the rest as it is
            look = {t for t, _ in _plain_seq_openings(list(av[1]), depth)}
            rest = _plain_seq_openings(list(items[i + 1:]), depth)
            if look and "" not in look:
                rest = {(r, o) for r, o in rest if any(r.startswith(w) for w in look)} | {
                    (w[:depth], False) for r, _ in rest for w in look
                    if len(w) > len(r) and w.startswith(r) and not any(r.startswith(v) for v in look)}
            return {((s + t)[:depth], False) if len(s + t) >= depth else (s + t, o and o2)
                    for s, o in results for t, o2 in (rest if o else {("", False)})}
        item = None
        nxt = set()
        for s, o in results:
            if not o:
                nxt.add((s, False))
                continue
            if item is None:
                item = _plain_item_openings(op, av, depth)
            for t, o2 in item:
                u = s + t
                nxt.add((u[:depth], False) if len(u) >= depth else (u, o2))
        results = nxt
        if len(results) > scan._MAX_OPENINGS:
            raise scan._Unsupported("too many openings")
    return results


def _plain_item_openings(op, av, depth):
    c = scan._sre_c
    if op is c.LITERAL:
        return {(chr(av), True)}
    if op is c.IN:
        chars = []
        for iop, iav in av:
            if iop is c.LITERAL:
                chars.append(chr(iav))
            elif iop is c.RANGE and iav[1] - iav[0] < scan._MAX_CLASS:
                chars.extend(chr(x) for x in range(iav[0], iav[1] + 1))
            else:
                return {("", False)}
        if len(chars) > scan._MAX_CLASS:
            return {("", False)}
        return {(ch, True) for ch in chars}
    if op is c.BRANCH:
        out = set()
        for alt in av[1]:
            out |= _plain_seq_openings(list(alt), depth)
        return out
    if op is c.SUBPATTERN:
        if av[1] & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE):
            raise scan._Unsupported("case-insensitive group")
        return _plain_seq_openings(list(av[3]), depth)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _plain_seq_openings(list(av), depth)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        lo, hi, body = av
        if hi == 0:
            return {("", True)}
        once = _plain_seq_openings(list(body), depth)
        if hi != 1:
            once = {(s, False) for s, _ in once}
        return once | {("", True)} if lo == 0 else once
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return {("", True)}
    return {("", False)}


def _as_closed_open(pairs):
    return {s for s, o in pairs if not o}, {s for s, o in pairs if o}


def _plain_openings(pattern, depth, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(scan, "_seq_openings", lambda items, depth: _as_closed_open(_plain_seq_openings(items, depth)))
        m.setattr(scan, "_without_extensions",
                  lambda words: [w for w in words if not any(w[:k] in words for k in range(1, len(w)))])
        return scan.openings(pattern, depth)


PATTERNS = [
    r"(?:各|全)(?:县|区|乡|镇|街道)(?:人民政府|办事处)",
    r"(?:市|县)?(?:发展改革|财政|教育|民政)(?:局|委|厅)?(?:牵头|负责)",
    r"[一二三四五六七八九十]+、",
    r"(?:（[一二三四五六七八九十]+）|\d+[．.])",
    r"国务院(?:办公厅)?(?:关于|印发)?",
    r"(?<=的)(?:部门|机关|机构)",
    r"(?:省|自治区|直辖市)?(?:人民政府)?(?:各部门|各直属机构)+",
    r"a{0,2}(?:bc|bcd|b)+e?",
    r"(?:x|xy|xyz)(?:1|12)?",
    r"\d{4}年",
    r"[^，。]+部门",
    r"(?:卫生健康|卫健)委(?:员会)?|疾病预防控制(?:中心|局)",
    r"(?:区|县)?(?:财政|税务)?(?=局)局?",
    r"省(?=、自治区)|市(?=人民政府|政府)(?:人民)?政府|(?=设区的市)省工",  # (s21b) positive lookaheads
    r"(?:各|本)(?=乡|镇[（(])\p{Han}{1,4}(?:政府|办)",
    r"(?>市|州)(?:委|政府)*办",
    r"(?:各|本)?(?:乡|镇)(?:人民政府)?(?:[、，](?:街道办事处|管委会))*",
]


@pytest.mark.parametrize("source", PATTERNS)
@pytest.mark.parametrize("depth", [1, 2, 3, 4, 5])
def test_openings_as_the_plain_code(source, depth, monkeypatch):
    pattern = re.compile(source)
    assert scan.openings(pattern, depth) == _plain_openings(pattern, depth, monkeypatch)


def test_openings_of_the_organ_layer_as_the_plain_code(monkeypatch):
    """The organ layer's own patterns (the start-up cost this shortcut is for), at their depths."""
    from pipeline.nlp import organs

    p = organs._patterns()
    for pattern, depth in ((p["collective"], 4), (p["collective_kinds"], 4), (p["sector_list"], 5),
                           (organs.FULL_BRANCH, 3)):
        got = scan.openings(pattern, depth)
        assert got == _plain_openings(pattern, depth, monkeypatch)


def test_without_extensions():
    words = {"各县", "各县区", "各", "省财政", "省财政厅", "市", "市场", "县区", "县"}
    plain = {w for w in words if not any(w[:k] in words for k in range(1, len(w)))}
    assert set(scan._without_extensions(words)) == plain == {"各", "省财政", "市", "县"}


def test_multi_starts_sets_as_word_starts():
    sets = [("人民政府", "政府"), ("财政局", "财政"), ("部门", "政府"), ("局",)]
    text = "县人民政府办公室，县财政局、县教育局等有关部门，各乡镇人民政府"
    ms = scan.MultiStarts(sets)
    got = ms.starts(text)
    assert got == [word_starts for word_starts in (scan.word_starts(scan.word_automaton(s), text) for s in sets)]
    assert ms.starts(text, 5, 20) == [[k - 5 for k in scan.word_starts(scan.word_automaton(s), text, 5, 20)]
                                      for s in sets]


# ------------------------------------------------------------------ warm-up before the workers fork

MINISTRY_1990S = ("劳动部关于加强职业技能鉴定工作的通知\n劳部发〔1996〕51号\n各省、自治区、直辖市劳动（劳动人事）厅（局）：\n"
                  "一、各地劳动部门要在一九九七年底以前建立职业技能鉴定站，每年鉴定人数不少于五千人。\n"
                  "二、鉴定所需经费由财政部门按规定安排。\n劳动部\n一九九六年三月十二日\n")


def _records_in_fresh_process(texts, warm: bool) -> list[str]:
    code = ("import json, sys\nimport pipeline.document as D\n"
            + ("D.warm_up()\n" if warm else "")
            + "texts = json.loads(sys.stdin.read())\n"
              "print(json.dumps([D.process_text(t, doc_id=f'd{i}').model_dump_json() for i, t in enumerate(texts)]))\n")
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps(texts), capture_output=True, text=True,
                         cwd=ROOT, check=True)
    return json.loads(out.stdout)


def test_warm_up_changes_no_record():
    texts = [MINISTRY_1990S, COUNTY_TABLE, PROVINCE_BARS]
    assert _records_in_fresh_process(texts, warm=True) == _records_in_fresh_process(texts, warm=False)


def test_warm_up_text_is_read():
    """The built-in notice goes through every extractor (else it would warm up little)."""
    from pipeline.document import _WARM_UP_TEXT, process_text

    r = process_text(_WARM_UP_TEXT)
    assert r.tasks and r.departments and r.responsibilities and r.targets and r.years and r.citations


def test_two_workers_same_records_as_one(tmp_path, monkeypatch):
    """The runner's pool warms up before forking two workers: their records are those made in
    this process, one by one (the runner's own executors, without the tables' rebuild)."""
    from pipeline import document
    from pipeline.runner import limited_executor, plan_jobs, process_job, serial_executor

    for i, t in enumerate([MINISTRY_1990S, COUNTY_TABLE, PROVINCE_BARS]):
        (tmp_path / f"n{i}.txt").write_text(t, encoding="utf-8")
    jobs = plan_jobs(sorted(tmp_path.glob("*.txt")))
    warmed = []
    real_warm_up = document.warm_up
    monkeypatch.setattr(document, "warm_up", lambda settings=None: warmed.append(1) or real_warm_up(settings))
    one = {o.job.doc_id: o.record for o in serial_executor(process_job, jobs)}
    two = {o.job.doc_id: o.record for o in limited_executor(2)(process_job, jobs)}
    assert warmed == [1]  # the pool warmed up once, in this (the parent) process
    assert len(one) == 3 and None not in one.values() and one == two


def test_split_year_gate_equals_the_plain_substitution():
    """numbers.join_split_years runs its pattern only where a digit, a space and a digit lie in a line
    with 年; the gate must never skip a change the plain substitution makes (Yunnan/Hebei-style web lines)."""
    from pipeline import numbers

    def plain(s):
        def fix(m):
            joined = numbers._SPACES.sub("", m.group(0))
            return joined if joined != m.group(0) and joined.translate(numbers._WIDE)[:2] in ("19", "20") else m.group(0)
        return numbers._SPLIT_YEAR.sub(fix, s)

    lines = ["到2 025年，全州森林覆盖率达到65%", "2 0 2 3 年底前完成", "到２ ０２５年底", "共1 200年", "2025 年",
             "新增就业1 200人", "一九九八年", "至2030年", "2\u30000\u300025年", ""]
    for s in lines:
        assert numbers.join_split_years(s) == plain(s), s
