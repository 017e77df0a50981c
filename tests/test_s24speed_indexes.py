"""(s24, issue 16) Lookups the extractors asked per annotation, row or clause by scanning the whole document
(quadratic in a long notice), now read from an index built once: each checked against the scan it replaces.

* `Context.sibling_paths`: the items sharing an item's parent (an annotation scoping `以上两项…`);
* `SpanIndex.add` of a span out of order (the years' second and later passes): inserted in place;
* `responsibilities._MentionIndex`: the mentions starting in a range, the chain ends;
* `task_tables.elided_restated` on strings read once (`elision_cell`, `elision_heading`) as `restates_elided`.
"""
import random

from pipeline.clean import CleanDoc
from pipeline.extract import responsibilities as R
from pipeline.extract.context import Context
from pipeline.extract.task_tables import elided_restated, elision_cell, elision_heading, restates_elided
from pipeline.layout import Layout
from pipeline.nlp.organs import Mention
from pipeline.record import Task
from pipeline.spans import SpanIndex


def _context(paths):
    tasks = [Task(path=p, heading="h", level=p.count("/") + 1, quote="h", span=(i, i + 1)) for i, p in enumerate(paths)]
    ctx = Context(doc=CleanDoc(doc_id="x", text="x" * 100, page_map=[], format="txt"), layout=Layout(lines=[]))
    ctx.tasks = tasks
    return ctx


def test_sibling_paths_are_the_scan_of_every_task():
    # a municipal plan's numbering with a second transmitted document and an attachment (§2/…, 附件1/…)
    paths = ["一", "一/(一)", "一/(一)/1", "一/(一)/2", "一/(二)", "二", "二/(一)", "二/(一)/1", "§2/一", "§2/一/(一)",
             "§2/二", "附件1/1", "附件1/2", "二/(一)/1"]
    ctx = _context(paths)
    for task in paths + ["三", "一/(三)", "/x"]:
        parent, depth = task.rpartition("/")[0], task.count("/")
        expected = [t.path for t in ctx.tasks if t.path.rpartition("/")[0] == parent and t.path.count("/") == depth]
        assert ctx.sibling_paths(task) == expected, task
    # a new task list (the tasks replaced) is grouped anew
    ctx.tasks = ctx.tasks[:3]
    assert ctx.sibling_paths("一") == ["一"]


def test_span_index_add_out_of_order_answers_as_the_scan():
    rng = random.Random(24)
    for _ in range(400):
        idx, added = SpanIndex(), []
        for _ in range(rng.randint(1, 30)):
            s = rng.randint(0, 60)
            span = (s, s + rng.randint(0, 12))
            idx.add(span)
            added.append(span)
            ends = [e for _, e in idx]
            assert [s for s, _ in idx] == sorted(s for s, _ in added)
            assert sorted(idx) == sorted(added)
            assert idx._max_end == [max(ends[:k + 1]) for k in range(len(ends))]
            for pos in range(0, 75):
                assert idx.covers(pos) == any(a <= pos < b for a, b in added), (added, pos)
            a = rng.randint(0, 70)
            b = a + rng.randint(0, 20)
            assert sorted(idx.overlapping(a, b)) == sorted(sp for sp in added if sp[0] < b and sp[1] > a)
            assert idx.any_start_in(a, b) == any(a <= sp[0] < b for sp in added)


def _mention(start, end, name="县民政局"):
    return R.NamedMention(Mention(start, end, name, "named"), name)


def test_mention_index_is_the_scan_of_every_mention():
    rng = random.Random(7)
    for ordered in (True, False):
        for _ in range(200):
            mentions = []
            for _ in range(rng.randint(0, 25)):
                s = rng.randint(0, 80)
                mentions.append(_mention(s, s + rng.randint(1, 8)))
            if ordered:
                mentions.sort(key=lambda nm: (nm.mention.start, nm.mention.end))
            idx = R._mention_index(mentions)
            assert idx.ends == {nm.mention.start: nm.mention.end for nm in mentions}
            for _ in range(20):
                a = rng.randint(0, 90)
                b = a + rng.randint(0, 30)
                assert idx.any_start_in(a, b) == any(a <= nm.mention.start < b for nm in mentions)
                assert idx.starting_in(a, b) == [nm for nm in mentions if a <= nm.mention.start < b]


def test_joined_chain_reads_a_list_of_organs():
    # `会同县财政局、县人社局和县教育局`: each organ of the list is reached from the first
    text = "会同县财政局、县人社局和县教育局开展"
    mentions = [_mention(2, 6), _mention(7, 11), _mention(12, 16)]
    assert all(R._joined_chain(text, 2, nm.mention.start, mentions) for nm in mentions)
    assert not R._joined_chain(text, 2, 17, mentions)


def test_elided_restated_is_restates_elided():
    headings = ["推进农家乐、牧家乐、林卡等乡村旅游提质", "加强财税、金融支持", "支持银行、保险等金融机构 创新产品",
                "推进农家乐、牧家乐等乡村旅游提质"]
    cells = ["推进乡村旅游提质", "加强金融支持", "推进提质", "支持金融机构创新产品。", " 支持 金融机构 ", ""]
    for h in headings:
        for c in cells:
            assert elided_restated(elision_cell(c), elision_heading(h)) == restates_elided(c, h), (c, h)
    assert elided_restated(elision_cell("支持金融机构创新产品。"), elision_heading("支持银行、保险等金融机构 创新产品"))
