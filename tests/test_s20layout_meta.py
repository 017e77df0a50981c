"""(s20-layout) Layout of 信息公开 pages as they reach users: a table copied cell by cell (label and value side by side, no
colon; one space or none after cleaning) and a 信息公开目录 record with 内容概述 / 信息分类 / 生成日期 above the title.
Snippets written for this session in the style of other provinces (Gansu, Guangxi, Qinghai, Inner Mongolia)."""
import sys
from pathlib import Path

from pipeline import process_text
from pipeline.layout import CELL_CUT, find_layout, split_lines, _is_web_label

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks" / "stress"))
from s20layout_cases import CASES, M  # noqa: E402

KEYS = M


def _meta(text):
    md = process_text(text, doc_id="x").model_dump()["metadata"]
    return {k: md[k] for k in KEYS}


def test_stress_cases_exact():
    for name, text, want in CASES:
        assert _meta(text) == {k: want[k] for k in KEYS}, name


QINGHAI_CELLS = """首页 > 政府信息公开 > 县政府办文件
湟中区人民政府办公室关于印发湟中区冬春季农牧业生产工作方案的通知
发布时间：2022-11-03 10:15    来源：湟中区人民政府办公室    浏览次数：
索 引 号    QH0122-2022-000211    主题分类    农业、畜牧业
发文机关    西宁市湟中区人民政府办公室    成文日期    2022年10月28日
标    题    湟中区人民政府办公室关于印发湟中区冬春季农牧业生产工作方案的通知
文    号    湟政办〔2022〕77号    发布日期    2022年11月03日
各乡镇人民政府，区政府各部门：
    经区政府同意，现将《湟中区冬春季农牧业生产工作方案》印发给你们，请认真贯彻执行。
西宁市湟中区人民政府办公室
2022年10月28日
湟中区冬春季农牧业生产工作方案
    为做好今冬明春农牧业生产，制定本方案。
一、工作目标
    全区完成冬季储草5万吨。
"""


def test_cells_of_a_table_row_are_labels_raw_and_cleaned():
    raw = [ln.text for ln in split_lines(QINGHAI_CELLS)]
    assert raw[3:10] == ["索 引 号    QH0122-2022-000211", "主题分类    农业、畜牧业", "发文机关    西宁市湟中区人民政府办公室",
                         "成文日期    2022年10月28日", "标    题    湟中区人民政府办公室关于印发湟中区冬春季农牧业生产工作方案的通知",
                         "文    号    湟政办〔2022〕77号", "发布日期    2022年11月03日"]
    for text in (QINGHAI_CELLS, process_text(QINGHAI_CELLS, doc_id="x").model_dump()["text"]):
        lines = [ln.text for ln in split_lines(text)]
        i = next(n for n, t in enumerate(lines) if t.startswith("索"))
        j = next(n for n, t in enumerate(lines) if t.startswith("各乡镇"))
        assert all(_is_web_label(ln) for ln in split_lines(text)[i:j])
        for ln in split_lines(text):
            assert text[ln.start:ln.end] == ln.text
        lay = find_layout(text)
        assert lay.notice_title.text == "湟中区人民政府办公室关于印发湟中区冬春季农牧业生产工作方案的通知"
        assert lay.title.text == "湟中区冬春季农牧业生产工作方案"


def test_cells_metadata():
    assert _meta(QINGHAI_CELLS) == dict(
        title="湟中区冬春季农牧业生产工作方案", notice_title="关于印发湟中区冬春季农牧业生产工作方案的通知",
        doc_number="湟政办〔2022〕77号", issuers=["西宁市湟中区人民政府办公室"], issue_date="2022-10-28",
        region="青海省西宁市湟中区", admin_level="county")


def test_cell_cut_only_after_space_or_number():
    # a title holding a label word (公文号, 垃圾分类) is never cut
    assert not CELL_CUT.search("标 题 关于规范公文号编排的通知")
    assert not CELL_CUT.search("标 题 关于推进垃圾分类信息分类的通知")
    assert [m.start() for m in CELL_CUT.finditer("文 号 融政办发〔2023〕21号 发布日期2023年04月18日")] == [17]


def test_spaced_heading_and_sentences_are_no_cells():
    for t in ("分  类  指  导", "标题明确、分类清楚的台账是管理的基础。", "发布日期以本通知印发之日为准。", "文号 由县政府办公室统一编排；"):
        assert not _is_web_label(split_lines(t)[0]), t


def test_catalog_summary_is_no_paragraph():
    text = """锡林郭勒盟行政公署门户网站
当前位置：首页 >> 信息公开 >> 盟行署文件
索引号：115225000116/2017-00043　　　　信息分类：农业、畜牧业
发布机构：锡林郭勒盟行政公署　　　　　　生成日期：2017-04-06
文　　号：锡署发〔2017〕21号
内容概述：明确全盟草原畜牧业转型升级的目标任务和保障措施。
锡林郭勒盟行政公署关于推进草原畜牧业转型升级的意见
发布日期：2017-04-10 11:02:45　　信息来源：行署办公厅　　阅读次数：733
【字体：大 中 小】
锡署发〔2017〕21号
各旗县市（区）人民政府（管委会），盟直各有关部门：
　　为推进全盟草原畜牧业转型升级，提出如下意见。
一、总体目标
　　到2020年，全盟牲畜良种化率达到95%以上。
锡林郭勒盟行政公署
2017年4月6日
"""
    md = _meta(text)
    assert md["title"] == "锡林郭勒盟行政公署关于推进草原畜牧业转型升级的意见"
    assert md["notice_title"] is None and md["doc_number"] == "锡署发〔2017〕21号"
    assert md["issuers"] == ["锡林郭勒盟行政公署"] and md["issue_date"] == "2017-04-06"
    assert md["admin_level"] == "prefecture"


def test_table_is_the_only_title_block():
    # a county page that prints no title line: the table's 标题 cell names the notice, its 文号 cell the number
    text = """索 引 号    000014349/2020-00124    主题分类    农业
发文机关    隆林各族自治县人民政府    成文日期    2020年06月06日
标    题    隆林各族自治县人民政府关于加强春季森林防火工作的通知
文    号    隆政发〔2020〕9号    发布日期    2020年06月08日
各乡镇人民政府，县直各有关单位：
　　为切实做好春季森林防火工作，现就有关事项通知如下：
　　一、县林业局负责全县森林防火的组织协调。
隆林各族自治县人民政府
2020年6月6日
"""
    assert _meta(text) == dict(title="隆林各族自治县人民政府关于加强春季森林防火工作的通知", notice_title=None,
                               doc_number="隆政发〔2020〕9号", issuers=["隆林各族自治县人民政府"], issue_date="2020-06-06",
                               region="广西壮族自治区百色市隆林各族自治县", admin_level="county")


def test_traditional_table_cells():
    text = """首頁 > 信息公開 > 政府文件
索 引 號    000014349/2020-00123    主題分類    農業
發文機關    龍勝各族自治縣人民政府辦公室    成文日期    2020年05月06日
標    題    龍勝各族自治縣人民政府辦公室關於印發龍勝各族自治縣油茶產業發展實施方案的通知
文    號    龍政辦發〔2020〕18號    發布日期    2020年05月08日
各鄉鎮人民政府，縣直各有關單位：
　　經縣人民政府同意，現將《龍勝各族自治縣油茶產業發展實施方案》印發給你們，請認真貫徹執行。
龍勝各族自治縣人民政府辦公室
2020年5月6日
龍勝各族自治縣油茶產業發展實施方案
　　為推動油茶產業發展，制定本方案。
一、發展目標
　　到2022年，全縣油茶種植面積達到20萬畝。
"""
    md = _meta(text)
    assert md["notice_title"] == "关于印发龙胜各族自治县油茶产业发展实施方案的通知"
    assert md["title"] == "龙胜各族自治县油茶产业发展实施方案" and md["doc_number"] == "龙政办发〔2020〕18号"
    assert md["issuers"] == ["龙胜各族自治县人民政府办公室"] and md["admin_level"] == "county"
