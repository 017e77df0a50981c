"""(s40b-twins, issue 11) Target tables that read differently as bar rows (a DOCX's or a ruled PDF's table, `a | b | c`) and
one cell per line (a web page's or an unruled PDF's text layer): a schedule's year columns whose cells carry their units, a
yearly amount in a row whose deadline cell dates the making of a facility, a `每年` deadline cell, a task cell opening with
the count of units closed. Each notice here is written for these tests, in the style of a Yunnan prefecture (2022), a
Jiangxi district (2022) and a Shandong county (2016); the DOCX twins are built with scripts/make_pdfs.py's Word layout."""
from pathlib import Path

import pytest

from pipeline import process

ROOT = Path(__file__).resolve().parents[1]

HEAD = ("{office}关于印发{title}的通知\n\n{number}\n\n{to}\n　　现将《{title}》印发给你们，请认真组织实施。\n\n{office}\n{date}\n\n"
        "{title}\n\n　　一、工作目标\n　　{goal}\n　　二、保障措施\n　　各地要加强组织领导，落实工作责任。\n\n附件：{table}\n\n附件\n\n{table}\n\n")

SCHEDULE = HEAD.format(
    office="曲靖市人民政府办公室", title="曲靖市2022—2023年农村公路提质改造工作方案", number="曲政办发〔2022〕21号",
    to="各县（市、区）人民政府，市直各委、办、局：", date="2022年3月10日", goal="到2023年底，全市农村公路通达水平明显提升。",
    table="曲靖市2022—2023年农村公路提质改造重点任务清单") + "\n".join([
        "序号 | 重点任务 | 2022年目标 | 2023年目标 | 牵头单位 | 责任单位",
        "1 | 农村公路提质改造里程 | 600公里 | 800公里 | 市交通运输局 | 各县（市、区）人民政府",
        "2 | 农村公路优良中等路率 | 80%以上 | 85%以上 | 市交通运输局 | 各县（市、区）人民政府",
        "3 | 新建农村客运招呼站 | 120个 | 150个 | 市交通运输局 | 各县（市、区）人民政府",
    ]) + "\n"

MADE = HEAD.format(
    office="赣县区人民政府办公室", title="赣县区脐橙产业提质增效三年行动方案（2022—2024年）", number="赣区府办字〔2022〕15号",
    to="各乡镇人民政府，区直各单位：", date="2022年5月6日", goal="通过三年努力，全区脐橙产业综合效益明显提升。",
    table="赣县区脐橙产业提质增效重点任务分工表") + "\n".join([
        "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限",
        "1 | 建设区级脐橙无病苗木繁育中心，每年出圃无病容器苗50万株以上 | 区农业农村局 | 各乡镇人民政府 | 2022年10月底前建成，此后每年持续推进",
        "2 | 建设脐橙电商产业园，脐橙网络零售额年均增长15%以上 | 区商务局 | 区工业和信息化局 | 2023年6月底前建成",
        "3 | 脐橙果园水肥一体化覆盖率达到50%以上 | 区农业农村局 | 区水利局 | 2024年12月底",
        "4 | 安排不低于10%的设施农业用地指标支持脐橙产后处理 | 区自然资源局 | 区农业农村局 | 每年",
    ]) + "\n"

CLOSED = HEAD.format(
    office="淄博市人民政府办公厅", title="淄博市孝妇河流域综合整治实施方案", number="淄政办发〔2016〕9号",
    to="各区县人民政府，高新区、经济开发区、文昌湖区管委会，市政府各部门：", date="2016年4月12日",
    goal="到2017年底，孝妇河流域水质明显改善。", table="淄博市孝妇河流域综合整治任务分解表") + "\n".join([
        "序号 | 工作任务 | 具体内容 | 完成时限 | 责任单位",
        "1 | 沿河化工企业整治 | 16家化工企业关停退出，职工安置、资产处置 | 2016年10月底前 | 周村区人民政府、市经济和信息化委",
        "2 | 河道清淤 | 完成干流河道清淤疏浚 | 2017年6月底前 | 市水利与渔业局",
    ]) + "\n"


def _one_cell_a_line(text: str) -> str:
    """The same notice as a web page's copy gives its table: one cell a line."""
    return "\n".join(c for line in text.split("\n") for c in (line.split(" | ") if " | " in line else [line]))


def _targets(text: str, tmp_path, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    rec = process(str(path)).model_dump()
    for t in rec["targets"]:
        assert rec["text"][t["span"][0]:t["span"][1]] == t["quote"]
    return rec, {(t["indicator"], t["value"], t["unit"], t["comparator"], t["per_year"], t["year_start"], t["year_end"])
                 for t in rec["targets"] if t["task"] is None}


def _docx_twin(text: str, tmp_path, name: str):
    pytest.importorskip("docx")
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from make_pdfs import build_docx

    build_docx(text, tmp_path / name)
    rec = process(str(tmp_path / name)).model_dump()
    return {(t["indicator"], t["value"], t["unit"], t["comparator"], t["per_year"], t["year_start"], t["year_end"])
            for t in rec["targets"] if t["task"] is None}


SCHEDULE_TARGETS = {
    ("农村公路提质改造里程", 600.0, "公里", "=", False, 2022, 2022), ("农村公路提质改造里程", 800.0, "公里", "=", False, 2023, 2023),
    ("农村公路优良中等路率", 80.0, "%", ">=", False, 2022, 2022), ("农村公路优良中等路率", 85.0, "%", ">=", False, 2023, 2023),
    ("新建农村客运招呼站", 120.0, "个", "=", False, 2022, 2022), ("新建农村客运招呼站", 150.0, "个", "=", False, 2023, 2023),
}


def test_a_schedules_year_cells_read_alike_as_bar_rows_and_one_cell_a_line(tmp_path):
    # `| 重点任务 | 2022年目标 | 2023年目标 |`: each cell the row's indicator in its column's year, whether the prose reader
    # saw the cell first (bars) or the table reader alone (lines)
    rec, bars = _targets(SCHEDULE, tmp_path, "bars.txt")
    assert bars == SCHEDULE_TARGETS
    assert sorted(t["quote"] for t in rec["targets"]) == ["120个", "150个", "600公里", "80%以上", "800公里", "85%以上"]
    assert _targets(_one_cell_a_line(SCHEDULE), tmp_path, "lines.txt")[1] == SCHEDULE_TARGETS


def test_the_schedule_as_a_word_table(tmp_path):
    assert _docx_twin(SCHEDULE, tmp_path, "schedule.docx") == SCHEDULE_TARGETS


MADE_TARGETS = {
    ("出圃无病容器苗", 500000.0, "株", ">=", True, 2022, 2024),
    ("脐橙网络零售额", 15.0, "%", ">=", True, 2022, 2024),
    ("脐橙果园水肥一体化覆盖率", 50.0, "%", ">=", False, None, 2024),
    ("设施农业用地指标支持脐橙产后处理", 10.0, "%", ">=", True, 2022, 2024),
}


def test_a_yearly_amount_beside_a_facilitys_deadline_runs_over_the_plans_years(tmp_path):
    # `2022年10月底前建成，此后每年持续推进`, `2023年6月底前建成`: the deadline of what is built, not of the yearly amount in
    # the row; a `每年` deadline cell makes the row's amount per year in both copies (the last row of the text too)
    assert _targets(MADE, tmp_path, "bars.txt")[1] == MADE_TARGETS
    assert _targets(_one_cell_a_line(MADE), tmp_path, "lines.txt")[1] == MADE_TARGETS


def test_a_yearly_amount_beside_a_plain_deadline_keeps_it(tmp_path):
    # the deadline of the row's own level (no facility made by it) still dates the row
    text = MADE.replace("2023年6月底前建成", "2023年6月底前")
    assert ("脐橙网络零售额", 15.0, "%", ">=", True, None, 2023) in _targets(text, tmp_path, "plain.txt")[1]


def test_the_made_by_table_as_a_word_table(tmp_path):
    assert _docx_twin(MADE, tmp_path, "made.docx") == MADE_TARGETS


def test_a_cell_opening_with_the_units_closed_in_a_bar_row(tmp_path):
    # `| 16家化工企业关停退出，职工安置… |`: the count to close, as the same cell one a line reads (spec §7)
    want = ("化工企业关停退出", 16.0, "家", "=", False, None, 2016)
    assert want in _targets(CLOSED, tmp_path, "bars.txt")[1]
    assert want in _targets(_one_cell_a_line(CLOSED), tmp_path, "lines.txt")[1]
    assert want in _docx_twin(CLOSED, tmp_path, "closed.docx")


def test_a_word_tables_merged_category_cell_keeps_the_columns_in_place(tmp_path):
    # a 分工表 whose 重点任务 cell is merged down over two rows (`<w:vMerge/>`: empty in the second row): the second row's
    # cells stay under their headers, so its 完成时限 cell still dates its number (a Guizhou provincial plan, 2023)
    docx = pytest.importorskip("docx")
    from pipeline.ingest.docx import docx_to_text

    d = docx.Document()
    for line in ["贵州省人民政府办公厅关于印发贵州省全民健身设施补短板实施方案（2023—2025年）的通知", "黔府办发〔2023〕7号",
                 "各市、自治州人民政府，各县（市、区、特区）人民政府，省政府各部门、各直属机构：",
                 "现将《贵州省全民健身设施补短板实施方案（2023—2025年）》印发给你们，请认真贯彻执行。", "贵州省人民政府办公厅",
                 "2023年3月20日", "贵州省全民健身设施补短板实施方案（2023—2025年）", "一、工作目标",
                 "到2025年，全省全民健身设施短板基本补齐。", "附件：重点任务分工表", "附件", "重点任务分工表"]:
        d.add_paragraph(line)
    rows = [["序号", "重点任务", "具体工作", "牵头单位", "配合单位", "完成时限"],
            ["1", "补齐健身设施短板", "新建或改扩建体育公园100个以上", "省体育局", "省住房城乡建设厅", "2025年底前"],
            ["2", "", "每个乡镇至少建成1个文体广场", "省体育局", "省自然资源厅", "2024年底前"]]
    table = d.add_table(rows=3, cols=6)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            if text:
                table.cell(r, c).text = text
    table.cell(1, 1).merge(table.cell(2, 1))
    table.cell(1, 1).text = "补齐健身设施短板"
    d.save(tmp_path / "plan.docx")
    lines = docx_to_text((tmp_path / "plan.docx").read_bytes()).split("\n")
    assert lines[-1] == "2 |  | 每个乡镇至少建成1个文体广场 | 省体育局 | 省自然资源厅 | 2024年底前"
    rec = process(str(tmp_path / "plan.docx")).model_dump()
    got = {(t["value"], t["unit"], t["comparator"], t["year_start"], t["year_end"]) for t in rec["targets"] if t["task"] is None}
    assert got == {(100.0, "个", ">=", None, 2025), (1.0, "个", ">=", None, 2024)}


def test_a_web_pages_rowspan_cell_keeps_the_columns_in_place():
    # the same 分工表 on a web page (a Hebei prefecture, 2021): the 重点任务 cell spans two rows, an empty 备注 cell
    from pipeline.ingest.html import _grid_rows
    from lxml import html as lhtml

    page = lhtml.fromstring(
        "<table><tr><th>序号</th><th>重点任务</th><th>具体工作</th><th>牵头单位</th><th>完成时限</th><th>备注</th></tr>"
        "<tr><td>1</td><td rowspan='2'>改善农村人居环境</td><td>新建农村公厕200座</td><td>市农业农村局</td>"
        "<td>2021年底前</td><td></td></tr>"
        "<tr><td>2</td><td>每个村至少建成1个垃圾收集点</td><td>市住房城乡建设局</td><td>2022年6月底前</td><td></td></tr>"
        "<tr><td colspan='2'>合计</td><td>—</td><td></td><td></td><td></td></tr></table>")
    rows = _grid_rows([[c for c in tr if c.tag in ("td", "th")] for tr in page.iter("tr")], lambda c: c.text_content().strip())
    assert rows[2] == ["2", "", "每个村至少建成1个垃圾收集点", "市住房城乡建设局", "2022年6月底前", ""]
    assert rows[3] == ["合计", "—", "", "", ""]


def _html_twin(text: str, tmp_path, name: str):
    """The notice as a web page gives it: paragraphs, and its table as a <table> whose empty cells are merged into the
    cell above (rowspan)."""
    from html import escape

    lines = text.split("\n")
    body, rows = [], []
    for line in lines:
        if " | " in line:
            rows.append(line.split(" | "))
        elif line.strip():
            body.append("<p>" + escape(line.strip()) + "</p>")
    trs = []
    for r, cells in enumerate(rows):
        tds = []
        for c, cell in enumerate(cells):
            above = r - 1
            while above >= 1 and rows[above][c] == "":
                above -= 1
            if not cell and above >= 1:
                continue  # (covered by the cell above it)
            down = 1
            while cell and r >= 1 and r + down < len(rows) and rows[r + down][c] == "":
                down += 1
            tds.append(f"<td rowspan='{down}'>{escape(cell)}</td>" if down > 1 else f"<td>{escape(cell)}</td>")
        trs.append("<tr>" + "".join(tds) + "</tr>")
    page = ("<html><head><meta charset='utf-8'><title>通知</title></head><body><div class='content'>" + "".join(body)
            + "<table border='1'>" + "".join(trs) + "</table></div></body></html>")
    (tmp_path / name).write_text(page, encoding="utf-8")
    rec = process(str(tmp_path / name)).model_dump()
    return {(t["indicator"], t["value"], t["unit"], t["comparator"], t["per_year"], t["year_start"], t["year_end"])
            for t in rec["targets"] if t["task"] is None}


def test_a_merged_category_cell_on_a_web_page(tmp_path):
    text = CLOSED.replace("2 | 河道清淤 | 完成干流河道清淤疏浚 | 2017年6月底前 | 市水利与渔业局",
                          "2 |  | 关停沿河小造纸企业8家 | 2017年6月底前 | 市经济和信息化委\n"
                          "3 | 河道清淤 | 完成干流河道清淤疏浚 | 2017年6月底前 | 市水利与渔业局")
    lines = _targets(text, tmp_path, "bars.txt")[1]
    assert ("沿河小造纸企业", 8.0, "家", "=", False, None, 2017) in lines
    assert _html_twin(text, tmp_path, "page.html") == lines
