"""s17-web (issue 11): web pages copied to text. One test per rule, each on a page written in the style of a
place, level or era unlike the opened batches (never text of a dev-corpus notice). Exact expected items."""
import sys
from pathlib import Path

from pipeline import process_text
from pipeline.layout import find_layout

sys.path.insert(0, str(Path(__file__).resolve().parent))
from s17web_stress import CASES, run  # noqa: E402


def _rec(text):
    r = process_text(text, doc_id="t").model_dump()
    for key in ("departments", "tasks", "citations", "years", "responsibilities", "targets"):
        for x in r[key]:
            if x.get("span") and x.get("quote"):
                assert r["text"][x["span"][0]:x["span"][1]] == x["quote"]
    return r


# A Qinghai prefecture's self-titled 印发…标准的通知 whose own items hold the standards, nothing after its date
# but the page's closing lines: the notice is the policy (title keeps the issuer), and no line of the page
# (上一篇 naming another 印发 notice, the site's footer) is read as a transmitted plan.
QINGHAI = """西宁市民政局 西宁市财政局关于印发2023年城乡低保标准的通知
宁民发〔2023〕15号
各县（区）民政局、财政局：
经研究，现将2023年城乡低保标准通知如下：
一、城市低保标准。每人每月820元。
二、农村低保标准。每人每年6100元。
三、执行时间。自2023年7月1日起执行。
西宁市民政局　　西宁市财政局
2023年6月20日
扫一扫在手机打开当前页
上一篇：西宁市民政局关于印发西宁市养老机构星级评定办法的通知
下一篇：关于开展2023年度社会组织年检的通知
主办单位：西宁市民政局　　技术支持：西宁市大数据服务管理局
网站标识码：6301000012
青ICP备05000110号
"""


def test_page_tail_is_not_a_transmitted_plan():
    r = _rec(QINGHAI)
    md = r["metadata"]
    assert md["title"] == "西宁市民政局 西宁市财政局关于印发2023年城乡低保标准的通知"
    assert md["notice_title"] is None
    assert sorted(md["issuers"]) == ["西宁市民政局", "西宁市财政局"]
    assert md["issue_date"] == "2023-06-20"
    assert [t["path"] for t in r["tasks"]] == ["一", "二", "三"]
    assert {d["name"] for d in r["departments"]} == set()          # the footer's organs are no mention
    assert [c["title"] for c in r["citations"]] == []              # nor are the 上一篇/下一篇 links
    assert {(y["start"], y["end"]) for y in r["years"]} == {(2023, 2023)}


def test_site_footer_and_download_list_end_the_body():
    text = QINGHAI.replace("扫一扫在手机打开当前页\n", "附件下载：\n2023年城乡低保标准表.xls\n【打印本页】 【关闭窗口】\n")
    t = _rec(text)["text"]
    lay = find_layout(t)
    page = [t[s:e] for s, e in lay.furniture if s >= lay.body_end]
    assert page[:3] == ["附件下载：", "2023年城乡低保标准表.xls", "【打印本页】 【关闭窗口】"]
    assert page[-1] == "青ICP备05000110号" and "主办单位：西宁市民政局 技术支持：西宁市大数据服务管理局" in page  # (clean: one space)
    # file names with no furniture under them are the notice's own list: kept in the body
    own = "某县人民政府关于公布办事指南的通知\n一、办理事项。见附件。\n某县人民政府\n2020年1月2日\n附件：\n办事指南.doc\n"
    lay2 = find_layout(own)
    assert lay2.body_end == len(own)


# A Jiangxi county notice whose last item ends with its responsibility note (no full stop), the page's
# 版权所有 line right under it: the two lines never join, so the organ of the footer is no department and the
# last task keeps its triple.
JIANGXI = """当前位置：首页 > 政务公开 > 政策文件
婺源县人民政府办公室关于做好森林防火工作的通知
发布时间：2022-02-10  来源：婺源县人民政府办公室  浏览次数：415
各乡（镇）人民政府，县直各有关单位：
一、落实巡山护林。（责任单位：婺源县林业局）
二、加强火源管控。（责任单位：婺源县应急管理局）
版权所有：婺源县人民政府办公室  网站标识码：3611300001  赣ICP备10001111号
"""


def test_footer_line_does_not_join_the_last_item():
    r = _rec(JIANGXI)
    assert {d["name"] for d in r["departments"]} == {"婺源县林业局", "婺源县应急管理局"}
    assert {(x["task"], x["department"]) for x in r["responsibilities"]} == {
        ("一", "婺源县林业局"), ("二", "婺源县应急管理局")}
    assert "\n版权所有" in r["text"]


# A Shaanxi provincial joint notice on an information-disclosure page, one cell per line: the 发布机构 value is
# the list of its five organs on the line under the label (no paragraph: the table goes on to 成文日期 …).
SHAANXI = """索引号：
11610000016000000X/2021-00210
主题分类：
财政、金融、审计\\其他
发布机构：
陕西省财政厅、陕西省发展和改革委员会、陕西省教育厅、陕西省人力资源和社会保障厅、陕西省农业农村厅
成文日期：
2021-09-02
发布日期：
2021-09-06
各设区市财政局、发展改革委、教育局、人力资源社会保障局、农业农村局：
现将《陕西省职业技能提升补贴资金管理办法》印发给你们，请遵照执行。
陕西省财政厅　陕西省发展和改革委员会　陕西省教育厅　陕西省人力资源和社会保障厅　陕西省农业农村厅
2021年9月2日
陕西省职业技能提升补贴资金管理办法
第一条 为规范补贴资金管理，制定本办法。
第二条 陕西省财政厅负责资金预算管理。
"""


def test_long_organ_value_under_its_label_keeps_the_table():
    r = _rec(SHAANXI)
    md = r["metadata"]
    assert md["title"] == "陕西省职业技能提升补贴资金管理办法"
    assert md["issue_date"] == "2021-09-02"
    assert len(md["issuers"]) == 5
    assert [t["path"] for t in r["tasks"]] == ["第一条", "第二条"]
    assert {d["name"] for d in r["departments"]} == {"陕西省财政厅"}


# A Sichuan autonomous prefecture's page in one-cell-per-line form: title, date, `来源：` alone, its organ under it.
SICHUAN = """凉山彝族自治州人民政府办公室关于加强汛期安全防范工作的通知
2021-06-02
来源：
凉山彝族自治州人民政府办公室
各县（市）人民政府，州级各部门：
一、压实防汛责任。凉山彝族自治州应急管理局要加强值守。
二、强化隐患排查。凉山彝族自治州水利局负责水库巡查。
凉山彝族自治州人民政府办公室
2021年5月31日
"""


def test_lone_source_label_and_its_organ_are_furniture():
    r = _rec(SICHUAN)
    md = r["metadata"]
    assert md["title"] == "凉山彝族自治州人民政府办公室关于加强汛期安全防范工作的通知"
    assert md["issuers"] == ["凉山彝族自治州人民政府办公室"] and md["issue_date"] == "2021-05-31"
    assert {d["name"] for d in r["departments"]} == {"凉山彝族自治州应急管理局", "凉山彝族自治州水利局"}
    assert [t["path"] for t in r["tasks"]] == ["一", "二"]


def test_stress_fix_half():
    tot = run([c for i, c in enumerate(CASES) if i % 2 == 0])
    assert tot["missing"] == 0 and tot["spurious"] <= 1     # xizang: `城市供水行政主管部门` (not a web class; left)
