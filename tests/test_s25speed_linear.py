"""(s25, issue 16) Two lookups targets asked per number or per parent item by scanning the whole document (a notice
repeated 1,000x spent 70% of its time there), now read from offsets found once: each checked against the scan it
replaces.

* `Context.first_inside_after`: the first sub-item of an item after an offset (a lead paragraph's year, guide TG6d);
* `targets._rfind_memo`: the 序号 header line above a table row (`rfind` back to the body's start per number).
"""
import random

from pipeline.clean import CleanDoc
from pipeline.extract.context import Context
from pipeline.extract.targets import _rfind_memo
from pipeline.layout import Layout
from pipeline.record import Task


def _scan(tasks, path, after):
    return next((t.span[0] for t in tasks if t.path.startswith(path + "/") and t.span[0] > after), None)


def test_first_inside_after_is_the_scan_of_every_task():
    # a county plan restarting its numbering per chapter (paths repeat), an attachment, a path with an empty parent
    paths = ["一", "一/(一)", "一/(一)/1", "一/(二)", "二", "二/(一)", "一", "一/(一)", "一/(一)/1", "附件1/1",
             "附件1/1/(1)", "/x", "/x/y", "一/(一)/1/①"]
    rng = random.Random(25)
    for shuffled in (False, True):
        starts = list(range(0, 10 * len(paths), 10))
        if shuffled:  # (list order, not offset order, decides which sub-item is first)
            rng.shuffle(starts)
        tasks = [Task(path=p, heading="h", level=p.count("/") + 1, quote="h", span=(s, s + 1))
                 for p, s in zip(paths, starts)]
        ctx = Context(doc=CleanDoc(doc_id="x", text="x" * 200, page_map=[], format="txt"), layout=Layout(lines=[]))
        ctx.tasks = tasks
        for path in set(paths) | {"", "三", "一/(三)", "一/(一)/1/①"}:
            for after in range(-1, 10 * len(paths) + 1, 5):
                assert ctx.first_inside_after(path, after) == _scan(tasks, path, after), (path, after)
        ctx.tasks = tasks[:2]  # a new task list is grouped anew
        assert ctx.first_inside_after("一", -1) == _scan(tasks[:2], "一", -1)


def test_rfind_memo_is_rfind():
    rng = random.Random(25)
    for _ in range(300):
        text = "".join(rng.choice(["\n序号", "\n", "序号", " ", "年", "\n序号\n"]) for _ in range(rng.randint(0, 30)))
        memo: dict = {}
        for needle in ("\n序号", "\n序号\n"):
            for _ in range(20):
                lo, end = sorted(rng.randint(0, len(text) + 2) for _ in range(2))
                assert _rfind_memo(text, needle, lo, end, memo) == text.rfind(needle, lo, end), (text, needle, lo, end)
                assert _rfind_memo(text, needle, end, lo, memo) == text.rfind(needle, end, lo)
