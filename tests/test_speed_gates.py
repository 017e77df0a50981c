"""Speed gates of the tasks stage (session 8, fourth helper): each gated test gives the same
answer as the pattern tried on every line, on lines in the style of many offices."""
from pipeline.extract import tasks as T

LINES = [
    "1.区市场监管局　李某　0571-87654321",
    "（二）县卫生健康局 王某 13912345678",
    "3、镇农业办 赵某 (0851)6123456、13698765432",
    "（四）联系方式：市商务局，电话：020-83123456。",
    "1　农村自来水普及率（%）　85　90　预期性",
    "2 森林覆盖率 41.5% 42% 约束性",
    "（三）耕地保有量（万亩）　约束性",
    "1.某区中小企业申报表.docx",
    "（二）承诺书.PDF",
    "3、附件：汇总表.xls",
    "（一）加强组织领导。各乡镇要成立工作专班：1.明确责任；2.细化分工。",
    "二、主要任务：1．推进结构调整；2．强化要素保障。",
    "（五）其他事项：1.5倍以上的补助按规定执行。",
    "四、保障措施",
    "（六）严格考核。考核结果纳入年度绩效，时间为2023年12月31日前。",
    "一、总体要求",
    "5. 本办法自2019年1月1日起施行。",
    "（1）省级财政：100万元；（2）市级财政：50万元。",
]


def test_row_checks_same_as_ungated():
    for text in LINES:
        for at in range(0, min(len(text), 6)):
            ungated = bool(T.PHONE_ROW.match(text, at) or T._cells_row(text, at) or T._listed_cell_row(text, at)
                           or T.FILE_LINK.search(text) is not None)
            assert T._row_checks(text, at) == ungated, (text, at)


def test_row_checks_exact():
    assert T._row_checks("1.区市场监管局　李某　0571-87654321", 2)
    assert T._row_checks("（二）承诺书.PDF", 3)
    assert not T._row_checks("（四）联系方式：市商务局，电话：020-83123456。", 3)


def test_inline_arabic_same_as_ungated():
    for text in LINES:
        assert T._inline_arabic(text) == (T.INLINE_ARABIC_HINT.search(text) is not None), text
    assert T._inline_arabic("二、主要任务：1．推进结构调整；2．强化要素保障。")
    assert not T._inline_arabic("（五）其他事项：1.5倍以上的补助按规定执行。")


def _unspace_runs_ungated(line: str) -> str:
    from pipeline import clean as C
    runs = list(C.SPACED_RUN.finditer(line))
    if not runs:
        return line
    gaps = sum(1 for _ in C._GAP.finditer(line))
    if gaps != sum(m.group(0).count(" ") + m.group(0).count("\u3000") + m.group(0).count("\u00a0") for m in runs):
        return line
    out, k = [], 0
    for m in runs:
        out += [line[k:m.start()], C._GAP.sub("", m.group(0))]
        k = m.end()
    return "".join(out) + line[k:]


SPACED_LINES = [
    "区 住 建 局负责，区 城 管 局配合。",
    "由 市 财 政 局牵头",
    "县 发 改 局",          # three gaps: a run of four characters
    "县 发 改",             # two gaps: no run
    "第一章 总则",
    "1 加强 县 发 改 局 2023年",
    "牵头单位：州\u3000民\u3000宗\u3000委",
    "旗 农 牧\u00a0局",
    "（一）加强组织领导。",
]


def test_unspace_runs_same_as_ungated():
    from pipeline.clean import _unspace_runs
    for line in SPACED_LINES:
        assert _unspace_runs(line) == _unspace_runs_ungated(line), line
    assert _unspace_runs("由 市 财 政 局牵头") == "由市财政局牵头"
    assert _unspace_runs("县 发 改") == "县 发 改"


def test_town_stations_twin_same_matches():
    from pipeline.nlp import organs as O
    text = ("各乡镇派出所、司法所和财政所要密切配合；全县各市场监管所负责日常巡查，"
            "各镇（街道）综合执法队及国土所协助。场所管理由所属单位负责。")
    got = [(m.span(), m.group("h"), m.group("w"), m.span("rest")) for m in O._TOWN_STATIONS_SCAN.finditer(text, 0, len(text))]
    want = [(m.span(), m.group("h"), m.group("w"), m.span("rest")) for m in O.TOWN_STATIONS.finditer(text, 0, len(text))]
    assert got == want and len(want) == 3


def test_cells_row_gate_same_as_ungated():
    for text in LINES + ["1 森林蓄积量 约束性", "3、PM2.5浓度下降比例（%）18%20%", "（二）规划编制　2024"]:
        for at in range(0, 4):
            ungated = T._SENTENCE_PUNCT.search(text) is None and T.CELL_ROW.search(text, at) is not None
            assert bool(T._cells_row(text, at)) == ungated, (text, at)


def test_run_on_chars_necessary():
    for text in LINES:
        for m in T._RUN_ON_NEED.finditer(text):
            assert T._RUN_ON_CHARS.search(text, m.start(), m.end())
    assert T._HEADING_END_SCAN.search("（一）加强领导！各地").start() == T.HEADING_END.search("（一）加强领导！各地").start()
