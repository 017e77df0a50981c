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
