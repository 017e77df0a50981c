"""(s35-layout) Probes of the layout in styles the open sets have few of, written for these tests (no dev notice
copied): a Traditional-script web copy with its furniture and metadata block (a Fujian prefecture, 2019); a county
notice transmitting two documents, 办法 articles then a 方案 (Anhui, 2017); a 1990s provincial 实施办法 in chapters and
articles with 附则 and an adoption note (Hunan, 1994); a web page whose 索引号/发文机关/成文日期 table carries the
metadata (Guizhou, 2020); a PDF whose task-division table runs over two page breaks, rows cut by them (Liaoning district,
2016; fixture made by scripts/make_pdfs.py, with and without indents), which must give the same items as its text.
Exact paths, metadata and (task, role) pairs; organ names and target wording are left to their own tests."""
from pathlib import Path

import pytest

from pipeline.document import process_file, process_text

FIX = Path(__file__).resolve().parent / "fixtures" / "s35layout"

FUJIAN_TRAD_WEB = (    "首頁 > 政務公開 > 政府文件\n"
    "索引號：11350500/2019-00231　　主題分類：城鄉建設、環境保護\n"
    "發布機構：泉州市人民政府辦公室　　發文日期：2019年05月20日\n"
    "文　　號：泉政辦〔2019〕31號\n"
    "泉州市人民政府辦公室關於加強城市生活垃圾分類工作的通知\n"
    "發布時間：2019-05-21 09:12　來源：市政府辦公室　瀏覽次數：1265　【字體：大 中 小】\n"
    "各縣（市、區）人民政府，泉州開發區、泉州臺商投資區管委會，市直有關單位：\n"
    "為加快推進我市生活垃圾分類工作，經市政府同意，現就有關事項通知如下：\n"
    "一、工作目標\n"
    "到2020年底，中心市區生活垃圾回收利用率達到35%以上，各縣（市）城區基本建成生活垃圾分類處理系統。\n"
    "二、主要任務\n"
    "（一）完善分類投放設施。各縣（市、區）人民政府負責，市城市管理局指導，2019年底前中心市區居民小區分類設施覆蓋率達到80%。\n"
    "（二）建設末端處理設施。由市城市管理局牽頭，市發展改革委、市財政局配合，2020年6月底前建成廚餘垃圾處理廠1座。\n"
    "三、保障措施\n"
    "各地各部門要加強組織領導，明確責任分工，確保各項任務落到實處。\n"
    "泉州市人民政府辦公室\n"
    "2019年5月20日\n"
    "（此件主動公開）\n"
    "【打印本頁】　【關閉窗口】\n"
    "主辦單位：泉州市人民政府辦公室　承辦單位：泉州市大數據管理局\n"
    "網站標識碼：3505000001　閩ICP備05012345號\n")

ANHUI_COUNTY_TWO_DOCS = (    "蒙城县人民政府办公室关于转发《亳州市农村公路养护管理办法》和《亳州市农村公路路长制实施方案》的通知\n"
    "蒙政办〔2017〕45号\n"
    "各乡镇人民政府，县政府各部门、各直属机构：\n"
    "现将《亳州市农村公路养护管理办法》（亳政办〔2017〕28号）和《亳州市农村公路路长制实施方案》（亳政办〔2017〕29号）转发给你们，请结合实际，认真贯彻落实。县交通运输局要会同县财政局做好养护资金保障工作。\n"
    "蒙城县人民政府办公室\n"
    "2017年8月15日\n"
    "亳州市农村公路养护管理办法\n"
    "第一条 为加强农村公路养护管理，根据《公路法》等有关规定，结合本市实际，制定本办法。\n"
    "第二条 县区人民政府是本行政区域农村公路养护管理的责任主体。\n"
    "第三条 市交通运输局负责全市农村公路养护的行业指导和监督。市财政局负责养护资金的统筹安排。\n"
    "第四条 农村公路养护资金按照县道每公里每年10000元、乡道每公里每年5000元、村道每公里每年3000元的标准安排。\n"
    "第五条 本办法自印发之日起施行。\n"
    "亳州市农村公路路长制实施方案\n"
    "一、工作目标\n"
    "到2018年底，全市农村公路优良中等路率达到75%以上。\n"
    "二、组织体系\n"
    "（一）设立县级路长。县区人民政府主要负责同志任县级总路长，市交通运输局负责督促指导。\n"
    "（二）设立乡级路长。乡镇人民政府负责本辖区乡道、村道的路长设置。\n"
    "三、保障措施\n"
    "市交通运输局牵头，市财政局配合，建立路长制考核办法。\n")

HUNAN_1994_ARTICLES = (    "湖南省城市市容和环境卫生管理实施办法\n"
    "（1994年11月28日湖南省人民政府第21次常务会议通过　1994年12月10日湖南省人民政府令第45号发布）\n"
    "第一章　总则\n"
    "第一条　为加强城市市容和环境卫生管理，创造清洁、优美的城市工作、生活环境，根据国务院《城市市容和环境卫生管理条例》，结合本省实际，制定本办法。\n"
    "第二条　本办法适用于本省设市城市和县人民政府所在地建制镇。\n"
    "第三条　省人民政府建设行政主管部门主管全省城市市容和环境卫生工作。市、县人民政府市容环境卫生行政主管部门负责本行政区域内的城市市容和环境卫生管理工作。\n"
    "第二章　城市市容管理\n"
    "第四条　城市中的建筑物和设施，应当符合国家规定的城市容貌标准。\n"
    "第五条　城市主要街道两侧的建筑物前，应当选用透景、半透景的围墙、栅栏或者绿篱、花坛（池）、草坪等作为分界。\n"
    "第三章　城市环境卫生管理\n"
    "第六条　城市人民政府应当有计划地发展城市生活废弃物的机械清扫和密闭运输，到2000年，城市生活垃圾机械化清运率达到60%以上。\n"
    "第七条　城市公共厕所的设置，按照每平方公里不少于3座的标准建设。\n"
    "第四章　附则\n"
    "第八条　本办法具体应用中的问题，由省人民政府建设行政主管部门负责解释。\n"
    "第九条　本办法自发布之日起施行。\n")

GUIZHOU_META_TABLE = (    "当前位置：首页 > 政府信息公开 > 政策文件\n"
    "索引号 | 000014349/2020-00112 | 主题分类 | 农业、林业、水利\n"
    "发文机关 | 遵义市人民政府 | 成文日期 | 2020年04月03日\n"
    "标题 | 遵义市人民政府关于推进高标准农田建设的实施意见\n"
    "发文字号 | 遵府发〔2020〕6号 | 发布日期 | 2020年04月08日\n"
    "遵义市人民政府关于推进高标准农田建设的实施意见\n"
    "各县、自治县、区（市）人民政府，市人民政府各工作部门：\n"
    "为推进高标准农田建设，提升粮食综合生产能力，现提出如下实施意见。\n"
    "一、目标任务\n"
    "到2022年，全市累计建成高标准农田300万亩。\n"
    "二、重点工作\n"
    "（一）科学编制规划。市农业农村局牵头，市发展改革委、市财政局配合，2020年6月底前完成规划编制。\n"
    "（二）加强资金保障。市财政局负责，每亩投入不低于1500元。\n"
    "遵义市人民政府\n"
    "2020年4月3日\n")



def _rec(text):
    return process_text(text, doc_id="t")


def _meta(rec):
    md = rec.model_dump()["metadata"]
    md.pop("evidence", None)
    return md


def _pairs(rec):
    return sorted((x.task, x.role) for x in rec.responsibilities)


def _targets(rec):
    return sorted((t.task or "", float(t.value), t.unit, t.comparator, t.year_start, t.year_end) for t in rec.targets)


def test_traditional_web_copy_with_furniture():
    rec = _rec(FUJIAN_TRAD_WEB)
    assert _meta(rec) == {"title": "泉州市人民政府办公室关于加强城市生活垃圾分类工作的通知", "notice_title": None,
                          "doc_number": "泉政办〔2019〕31号", "issuers": ["泉州市人民政府办公室"], "issue_date": "2019-05-20",
                          "region": "福建省泉州市", "admin_level": "prefecture", "doc_type": "通知", "draft": False}
    assert [t.path for t in rec.tasks] == ["一", "二", "二/(一)", "二/(二)", "三"]
    assert _pairs(rec) == [("二/(一)", "responsible"), ("二/(二)", "co"), ("二/(二)", "co"), ("二/(二)", "lead")]
    assert _targets(rec) == [("一", 35.0, "%", ">=", None, 2020), ("二/(一)", 80.0, "%", "=", None, 2019),
                             ("二/(二)", 1.0, "座", "=", None, 2020)]


def test_county_notice_transmitting_two_documents():
    rec = _rec(ANHUI_COUNTY_TWO_DOCS)
    md = _meta(rec)
    assert (md["title"], md["notice_title"], md["doc_number"], md["issuers"], md["issue_date"], md["admin_level"]) == (
        "亳州市农村公路养护管理办法和亳州市农村公路路长制实施方案",
        "关于转发《亳州市农村公路养护管理办法》和《亳州市农村公路路长制实施方案》的通知", "蒙政办〔2017〕45号",
        ["蒙城县人民政府办公室"], "2017-08-15", "county")
    assert [t.path for t in rec.tasks] == ["第一条", "第二条", "第三条", "第四条", "第五条",
                                           "§2/一", "§2/二", "§2/二/(一)", "§2/二/(二)", "§2/三"]
    # the transmitting notice's own 会同 sentence assigns nothing (spec 6: prose outside every numbered item)
    assert _pairs(rec) == [("§2/三", "co"), ("§2/三", "lead"), ("§2/二/(一)", "responsible"),
                           ("§2/二/(二)", "responsible"), ("第三条", "responsible"), ("第三条", "responsible")]
    assert _targets(rec) == [("§2/一", 75.0, "%", ">=", None, 2018), ("第四条", 3000.0, "元", "=", 2017, None),
                             ("第四条", 5000.0, "元", "=", 2017, None), ("第四条", 10000.0, "元", "=", 2017, None)]


def test_1990s_articles_in_chapters_with_supplementary_provisions():
    rec = _rec(HUNAN_1994_ARTICLES)
    md = _meta(rec)
    # the adoption day of the 题注, not the later 发布 day (guide M10)
    assert (md["title"], md["doc_number"], md["issuers"], md["issue_date"], md["doc_type"]) == (
        "湖南省城市市容和环境卫生管理实施办法", "湖南省人民政府令第45号", ["湖南省人民政府"], "1994-11-28", "实施办法")
    assert [t.path for t in rec.tasks] == ["第一章", "第一章/第一条", "第一章/第二条", "第一章/第三条", "第二章",
                                           "第二章/第四条", "第二章/第五条", "第三章", "第三章/第六条", "第三章/第七条",
                                           "第四章", "第四章/第八条", "第四章/第九条"]
    assert [t.heading for t in rec.tasks if t.path in ("第四章", "第三章")] == ["城市环境卫生管理", "附则"]
    assert _targets(rec) == [("第三章/第七条", 3.0, "座", ">=", 1994, None), ("第三章/第六条", 60.0, "%", ">=", None, 2000)]


def test_metadata_from_a_web_pages_field_table():
    rec = _rec(GUIZHOU_META_TABLE)
    assert _meta(rec) == {"title": "遵义市人民政府关于推进高标准农田建设的实施意见", "notice_title": None,
                          "doc_number": "遵府发〔2020〕6号", "issuers": ["遵义市人民政府"], "issue_date": "2020-04-03",
                          "region": "贵州省遵义市", "admin_level": "prefecture", "doc_type": "实施意见", "draft": False}
    assert [t.path for t in rec.tasks] == ["一", "二", "二/(一)", "二/(二)"]
    assert _pairs(rec) == [("二/(一)", "co"), ("二/(一)", "co"), ("二/(一)", "lead"), ("二/(二)", "responsible")]


def _items(rec):
    return (_meta(rec), [(t.path, t.heading) for t in rec.tasks],
            sorted((x.task, x.department, x.role) for x in rec.responsibilities), _targets(rec))


@pytest.mark.parametrize("pdf", ["liaoning-2016-tiexi-fengong.pdf", "liaoning-2016-tiexi-fengong-noindent.pdf"])
def test_task_table_over_page_breaks_reads_as_its_text(pdf):
    text = _rec((FIX / "liaoning-2016-tiexi-fengong.txt").read_text(encoding="utf-8"))
    twin = process_file(FIX / pdf, doc_id="t")
    assert twin.provenance.pages == 3
    assert _items(twin) == _items(text)
    rows = sorted({x.task for x in text.responsibilities if x.task.startswith("表/")}, key=lambda p: int(p[2:]))
    assert rows == [f"表/{k}" for k in range(1, 23)]  # (rows 1 and 16 are cut by the page breaks of the PDF)
    assert sum(1 for x in text.responsibilities if x.task.startswith("表/")) == 66
