"""s10-speed-b: speed changes that must give exactly what the plain code gave."""
from __future__ import annotations

import random

from pipeline.clean import CleanDoc
from pipeline.extract.context import Context, _next_outside
from pipeline.layout import find_layout
from pipeline.record import Task


def _naive_ends(tasks):
    out = []
    for i, t in enumerate(tasks):
        j = next((k for k in range(i + 1, len(tasks)) if not tasks[k].path.startswith(t.path + "/")), None)
        out.append(j)
    return out


def _task(path: str, start: int) -> Task:
    return Task(quote="x", span=(start, start + 1), path=path, heading="x", level=path.count("/") + 1)


def test_next_outside_matches_a_scan_per_task():
    paths = ["一", "一/(一)", "一/(一)/1", "一/(一)/2", "一/(二)", "二", "二/(一)", "§2/一", "§2/一/(一)",
             "附件1/1", "附件1/1/(1)", "附件1/10", "附件1/1", "二", "二/(一)"]
    tasks = [_task(p, 10 * k) for k, p in enumerate(paths)]
    assert _next_outside(tasks) == _naive_ends(tasks)
    rng = random.Random(7)
    for _ in range(200):  # random trees, also badly nested ones (a child before its parent, repeats)
        pool = ["1", "1/1", "1/1/1", "1/2", "2", "2/1", "1/10", "10", "1/1/1/1"]
        tasks = [_task(rng.choice(pool), k) for k in range(rng.randint(0, 12))]
        assert _next_outside(tasks) == _naive_ends(tasks)


def test_task_span_runs_to_the_next_item_outside():
    text = "一、总体要求\n（一）指导思想\n坚持稳中求进。\n（二）基本原则\n二、重点任务\n做好农田水利建设。"
    ctx = Context(doc=CleanDoc(doc_id="t", text=text, page_map=[(1, 0, len(text))], format="txt"),
                  layout=find_layout(text))
    starts = [text.index(w) for w in ("一、", "（一）", "（二）", "二、")]
    ctx.tasks = [_task(p, s) for p, s in zip(["一", "一/(一)", "一/(二)", "二"], starts)]
    assert ctx.task_span("一") == (starts[0], starts[3])
    assert ctx.task_span("一/(一)") == (starts[1], starts[2])
    assert ctx.task_span("一/(二)") == (starts[2], starts[3])
    assert ctx.task_span("二") == (starts[3], ctx.layout.body_end)
    assert ctx.task_span("三") is None


def test_looks_traditional_reads_each_string_and_sample():
    from pipeline.nlp.simplify import _traditional_class, looks_traditional

    def plain(text, sample=4000):
        head = text[:sample]
        return bool(head) and len(_traditional_class().findall(head)) >= max(3, len(head) // 200)

    trad = "關於進一步加強農村義務教育學校經費保障機制的實施意見，各縣（市、區）人民政府要認真貫徹執行。" * 3
    simp = "关于进一步加强农村义务教育学校经费保障机制的实施意见，各县（市、区）人民政府要认真贯彻执行。" * 3
    for _ in range(2):
        assert looks_traditional(trad) is True
        assert looks_traditional(trad) is True
        assert looks_traditional(simp) is False
        mixed = "".join([simp[:30], trad])  # another string object: read anew
        assert looks_traditional(mixed) is plain(mixed) is True
        assert looks_traditional(mixed, sample=30) is plain(mixed, 30) is False  # the same string, another sample
        assert looks_traditional(mixed) is True
        assert looks_traditional("") is False


def test_multi_starts_by_mask_equals_one_scan_per_set():
    from pipeline.scan import MultiStarts, word_automaton, word_starts

    sets = [("有关部门", "相关部门", "部门"), ("部门", "门"), ("人民政府", "政府", "府"), ("局",), ()]
    scanner = MultiStarts(sets)
    text = "请县人民政府和有关部门、相关部门及市财政局、县教育局，各级政府部门门前三包。"
    for start, end in ((0, len(text)), (3, 20), (10, 11), (5, 5)):
        got = scanner.starts(text, start, end)
        for words, offsets in zip(sets, got):
            want = [k - start for k in word_starts(word_automaton(words), text, start, end)] if words else []
            assert offsets == want


def _a_record(text: str):
    from pipeline.clean import normalize_string
    from pipeline.document import build_record
    from pipeline.record import Provenance

    doc = normalize_string(text, "t")
    prov = Provenance(source="t.txt", sha256="0" * 64, format="txt", pages=1, pipeline_version="0")
    return build_record(doc, prov)


def test_record_text_is_record_json_of_the_dump():
    from pipeline.record import Target
    from pipeline.write import record_json, record_text

    text = ("某县人民政府办公室关于印发某县2024年农田水利建设实施方案的通知\n各乡镇人民政府，县直各单位：\n"
            "一、工作目标\n到2025年，全县新增高效节水灌溉面积1.5万亩，完成率达到100%以上。（牵头单位：县水利局，配合单位：县财政局）\n"
            "二、保障措施\n县农业农村局负责统筹，各乡镇要抓好落实。\u2028\n")
    rec = _a_record(text)
    assert rec.targets and rec.responsibilities
    assert record_text(rec) == record_json(rec.model_dump(mode="json"))
    # floats json and the encoders write otherwise (1e-05, 1e+16), and a lone surrogate: the dict path, the same text
    for value in (0.00001, 1e16, 2.5, 3.0):
        rec.targets.append(Target(quote="x", span=(0, 1), task=None, indicator="x", value=value, unit="%"))
        assert record_text(rec) == record_json(rec.model_dump(mode="json"))
    rec.text = rec.text + "\ud800"
    assert record_text(rec) == record_json(rec.model_dump(mode="json"))


def test_doc_numbers_of_one_text_twice_are_its_matches():
    from pipeline.patterns import DOC_NUMBER, doc_numbers

    text = "根据《某省人民政府关于加强耕地保护的通知》（某政发〔2019〕12号）和市政办〔2020〕3号文件精神，特制定本办法。"
    want = [(m.span(), m.group("num")) for m in DOC_NUMBER.finditer(text)]
    assert len(want) == 2
    for _ in range(3):
        assert [(m.span(), m.group("num")) for m in doc_numbers(text)] == want
    other = text.replace("12号", "15号")
    assert [m.group(0) for m in doc_numbers(other)] == [m.group(0) for m in DOC_NUMBER.finditer(other)]
    assert [(m.span(), m.group("num")) for m in doc_numbers(text)] == want


def test_finish_record_sets_quote_and_page_as_pydantic_does():
    from pipeline import document
    from pipeline.write import record_text

    text = ("某县人民政府办公室关于做好2024年春耕生产工作的通知\n各乡镇人民政府：\n一、加强组织领导\n"
            "由县农业农村局牵头，县财政局配合，确保完成粮食播种面积12万亩以上。\n某县人民政府办公室\n2024年3月1日\n")
    fast = _a_record(text)
    saved = dict(document._PLAIN_SETATTR)
    try:
        for cls in list(document._PLAIN_SETATTR):
            document._PLAIN_SETATTR[cls] = False  # the plain `item.quote = …` path
        slow = _a_record(text)
    finally:
        document._PLAIN_SETATTR.clear()
        document._PLAIN_SETATTR.update(saved)
    assert fast.tasks and fast.responsibilities
    assert record_text(fast) == record_text(slow)
    for field in ("tasks", "departments", "responsibilities", "targets", "years", "citations"):
        for a, b in zip(getattr(fast, field), getattr(slow, field)):
            assert a == b and a.model_fields_set == b.model_fields_set and a.page == 1
    assert fast == slow
