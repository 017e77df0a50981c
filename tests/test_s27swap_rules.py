"""Session 27 (s27-swap): rules the metamorphic swaps of the newly opened A21 and A22 (scripts/web_swap.py,
table_swap.py) found in layout and metadata, each tested on a snippet written for this test in the style of a
province, level or era other than the notice that showed the class (none copied from a notice)."""
from __future__ import annotations

from pipeline import process_text
from pipeline.patterns import is_web_furniture

PORTAL_TITLE_OVER_BREADCRUMB = """黔东南州人民政府办公室关于印发黔东南州农村公路管护三年攻坚方案（2019—2021年）的通知 - 黔东南州人民政府网
您所在的位置：首页 > 信息公开 > 政策文件 > 黔东南州人民政府办公室关于印发黔东南州农村公路管护三年攻坚方案（2019—2021年）的通知
黔东南州人民政府办公室关于印发黔东南州农村公路管护三年攻坚方案（2019—2021年）的通知
发布时间：2019-04-12 10:20　来源：黔东南州人民政府办公室　浏览：312次
　　黔东南州人民政府办公室关于印发黔东南州农村公路管护三年攻坚方案（2019—2021年）的通知

　　黔东南府办发〔2019〕9号

　　各县（市）人民政府，州直有关部门：

　　《黔东南州农村公路管护三年攻坚方案（2019—2021年）》已经州人民政府同意，现印发给你们，请认真贯彻执行。

　　黔东南州人民政府办公室
　　2019年4月10日

　　黔东南州农村公路管护三年攻坚方案（2019—2021年）

　　一、工作目标

　　到2021年，全州农村公路列养率达到100%。
"""


def test_a_breadcrumb_labelled_you_are_here_never_runs_onto_the_page_title():
    # A Guizhou prefecture's page: the page's <title> line (as long as the page) and then `您所在的位置：首页 > …`.
    # The label is one of the ways portals word 当前位置 (您 / 现在 or 当前 / 所在 / 的 / 位置): it is page furniture,
    # so the copy's line break before it is kept and the notice's title block below is read whole
    assert all(is_web_furniture(f"{label}：首页 > 政务公开") for label in
               ("当前位置", "您所在的位置", "您现在所在的位置", "您当前所在位置", "您的位置", "您现在的位置"))
    md = process_text(PORTAL_TITLE_OVER_BREADCRUMB, doc_id="t").metadata
    assert md.notice_title == "关于印发黔东南州农村公路管护三年攻坚方案（2019—2021年）的通知"
    assert md.title == "黔东南州农村公路管护三年攻坚方案（2019—2021年）"
    assert (md.doc_number, md.issue_date) == ("黔东南府办发〔2019〕9号", "2019-04-10")


DATE_ALONE_THEN_TABLE = """临沧市人民政府关于加快发展现代农业的意见

临政发〔2006〕21号

各县（自治县、区）人民政府，市直各委、办、局：

　　为加快发展现代农业，现提出如下意见。

　　一、加强农田水利建设。各县要加大投入，完善灌溉设施。

　　二、推进农业产业化经营。培育龙头企业，发展农民专业合作组织。

　　三、强化农业科技服务。健全乡镇农业技术推广机构。

　　各县（自治县、区）人民政府要结合实际制定具体措施，于2006年9月底前报市人民政府办公室。

二〇〇六年七月十八日

附件：任务分工表

序号 | 重点任务 | 责任单位 | 完成时限
1 | 加强农田水利建设。 | 市水务局、市财政局，各县（自治县、区）人民政府 | 持续推进
2 | 推进农业产业化经营。 | 市农业局、市发展和改革委员会 | 年底前
3 | 强化农业科技服务。 | 市农业局、市科学技术局 | 长期坚持
"""


def test_a_date_alone_over_an_attachment_heading_is_the_signature():
    # A Yunnan prefecture's 2006 意见 whose seal (the organ) was lost in the copy: its date alone, then `附件：任务分工表`
    # and the table. Attachments follow the signature (GB/T 9704 7.3.3; the 附件说明 stands above it), so the date is
    # the issue date however many rows the attachment holds, and the attachment is body with its table read as one
    rec = process_text(DATE_ALONE_THEN_TABLE, doc_id="t")
    assert rec.metadata.issue_date == "2006-07-18"
    assert [t.heading for t in rec.tasks] == ["加强农田水利建设", "推进农业产业化经营", "强化农业科技服务"]
    assert all(rec.text[d.span[0]:d.span[1]] == d.quote for d in rec.departments)
    # each row's organs hold the item it restates
    assert {(r.department, r.role, r.task) for r in rec.responsibilities} == {
        ("临沧市水务局", "responsible", "一"), ("临沧市财政局", "responsible", "一"),
        ("各县（自治县、区）人民政府", "responsible", "一"), ("临沧市农业局", "responsible", "二"),
        ("临沧市发展和改革委员会", "responsible", "二"), ("临沧市农业局", "responsible", "三"),
        ("临沧市科学技术局", "responsible", "三")}


ORDER_NUMBER_IN_THE_PAGE_TABLE = """基本信息
统一编号：
HBGZ2012-0041
文　　号：
湖南省人民政府令第262号
实施日期：
2012年12月01日
发布机关：
湖南省人民政府
湖南省城镇排水管理办法

（2012年9月14日湖南省人民政府第119次常务会议通过　2012年10月8日湖南省人民政府令第262号公布　自2012年12月1日起施行）

第一章　总　　则

第一条　为了加强城镇排水管理，保障城镇排水设施安全运行，制定本办法。

第二条　本办法自2012年12月1日起施行。
"""


def test_an_order_number_in_the_page_table_leaves_the_adoption_note_its_date():
    # A Hunan rule copied from a portal whose table sets each label over its value (`文　　号：` / `某省人民政府令第262号`
    # / `实施日期：` / the day it takes effect). The 文号 cell is no order page: its 实施日期 below is no issue date, and the
    # 题注 under the title gives the day the government adopted the rule (guide M10)
    md = process_text(ORDER_NUMBER_IN_THE_PAGE_TABLE, doc_id="t").metadata
    assert (md.issue_date, md.doc_number, md.issuers) == ("2012-09-14", "湖南省人民政府令第262号", ["湖南省人民政府"])
    assert md.title == "湖南省城镇排水管理办法"


EMPTY_CELLS_OVER_CHAPTER_ONE = """索引号：
113301000025/2021-00087
主题分类：
城乡建设
发布机构：
成文日期：
文号：
发布日期：
第一章　总则
第一条　为规范杭州市老旧小区综合改造提升专项资金管理，制定本细则。
第二条　本细则适用于市级财政安排的老旧小区综合改造提升专项资金。
第二章　支持范围
第三条　专项资金用于小区公共部位和设施的改造。
"""


def test_an_empty_cell_never_takes_the_first_chapter_as_its_value():
    # A Zhejiang city's 细则 copied from a page whose disclosure table left its last cells empty (`发布日期：` with
    # nothing under it), the text starting at once with `第一章　总则`: a line that opens the text's structure is no
    # cell's value, however short, so the chapter keeps its articles' paths
    rec = process_text(EMPTY_CELLS_OVER_CHAPTER_ONE, doc_id="t")
    assert [t.path for t in rec.tasks] == ["第一章", "第一章/第一条", "第一章/第二条", "第二章", "第二章/第三条"]


FOOTER_ON_ONE_LINE = """长春市人民政府办公厅关于印发长春市促进家政服务业提质扩容实施方案的通知
来源：长春市人民政府办公厅　发布时间：2020-08-03
各县（市）、区人民政府，市政府各委、办、局：
　　《长春市促进家政服务业提质扩容实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。
长春市人民政府办公厅
2020年7月30日
长春市促进家政服务业提质扩容实施方案
　　一、加强家政服务人员培训。到2022年，全市培训家政服务人员1万人次。（市人力资源社会保障局负责）
　　二、推进家政服务信用体系建设。（市商务局、市发展改革委负责）
上一篇：长春市城市更新三年行动计划（2021—2023年）
下一篇：无
【我要纠错】
打印本页 | 关闭窗口
主办单位：长春市人民政府办公厅　　承办单位：长春市政务服务和数字化建设管理局　　联系电话：0431-88776655　　地址：长春市人民大街0000号　　邮编：130051　　网站标识码：2201000000　　吉ICP备05000000号　　吉公网安备22010202000000号　　Copyright © 2020 长春市人民政府 版权所有
"""


def test_a_page_tail_with_a_correction_link_and_a_one_line_footer_is_no_body():
    # A Jilin city's page: under the plan its 上一篇/下一篇 links, a `【我要纠错】` link (as 内容纠错) and a footer whose
    # fields reached the copy on one line, longer than a page line (主办单位, 承办单位, 联系电话, 地址, 邮编, 网站标识码,
    # ICP, 公网安备, Copyright). All of it is the page's: the other page's title gives no years, the footer's owner no
    # department, and the last item ends at its own note
    rec = process_text(FOOTER_ON_ONE_LINE, doc_id="t")
    assert is_web_furniture("【我要纠错】") and not is_web_furniture("我们要纠错误认识")
    assert (2021, 2023) not in {(y.start, y.end) for y in rec.years}
    assert "长春市政务服务和数字化建设管理局" not in {d.name for d in rec.departments}
    assert rec.tasks[-1].heading == "推进家政服务信用体系建设"


WRAPPED_BRACKET_NUMBER = """成都市医疗保障局 成都市财政局关于调整成都市城乡居民基本医疗保险门诊慢性病
支付标准的通知
成医保发〔2020〕7号
各区（市）县医疗保障局、财政局，各定点医疗机构：
为进一步减轻参保人员门诊慢性病医疗费用负担，根据国家和省有关规定，经市政府同意，现就调整门诊慢性
病支付标准的有关事项通知如下：
一、门诊慢性病的病种范围和支付限额按照《成都市城乡居民基本医疗保险门诊慢性病病种及支付限额表》（附件
1）执行。
二、参保人员在选定的定点医疗机构发生的门诊慢性病费用，按规定比例支付。
三、本通知自2020年7月1日起执行。
成都市医疗保障局　成都市财政局
2020年6月12日
"""


def test_a_bracket_cut_before_the_attachment_number_closes_on_the_next_line():
    # A Sichuan city's 2020 notice hard-wrapped by a PDF copy: `…病种及支付限额表》（附件` / `1）执行。`. The line opened
    # a bracket that names a numbered part (附件, 附表, 见附件…) and the next line's `1）` is that number and the
    # bracket's close, not an item: the paragraph is one, and the notice keeps its own items (self-titled, spec 1.1)
    rec = process_text(WRAPPED_BRACKET_NUMBER, doc_id="t")
    assert "（附件1）执行。" in rec.text
    assert [t.path for t in rec.tasks] == ["一", "二", "三"]
    assert rec.tasks[0].heading.endswith("（附件1）执行")


ORDER_UNDER_A_LONG_PAGE_TABLE = """基本信息
统一编号：
GZ0420170032
文　　号：
厦门市人民政府令（第168号）
实施日期：
2017年10月01日
失效日期：
2022年09月30日
发布机关：
厦门市人民政府
文件状态：
厦门市城市道路桥梁管理办法

厦门市人民政府令

（第168号）

《厦门市城市道路桥梁管理办法》已经2017年7月14日市人民政府第18次常务会议通过，现予公布，自2017年10月1日起施行。

市长　庄稼汉

2017年8月3日

厦门市城市道路桥梁管理办法

第一条　为了加强城市道路桥梁管理，制定本办法。

第二条　本办法自2017年10月1日起施行。
"""


def test_an_order_under_a_long_page_table_keeps_its_date():
    # A Fujian city's 2017 order copied from a page whose table sets each label over its value, thirteen lines before
    # the order: the order's lines are counted from under the table, so its signature date (2017年8月3日) is the
    # issue date, not the table's 实施日期 cell, and its number and government are the record's
    md = process_text(ORDER_UNDER_A_LONG_PAGE_TABLE, doc_id="t").metadata
    assert (md.issue_date, md.doc_number, md.issuers) == ("2017-08-03", "厦门市人民政府令（第168号）", ["厦门市人民政府"])


RELATED_READING_UNDER_AN_OPEN_LAST_LINE = """当前位置：首页 > 政务公开 > 文件
国家林业和草原局办公室关于做好2021年林草防火宣传工作的通知
各省、自治区、直辖市林业和草原主管部门：
  为做好2021年林草防火宣传工作，现就有关事项通知如下：
  一、加强组织领导。各级林草主管部门要把防火宣传纳入年度工作计划，明确责任分工，落实宣传经费，组织开展进村入户宣传，提高群众防火意识。
  二、创新宣传方式。各地要创新宣传方式，结合本地森林草原资源分布和火险等级，制定宣传方案，细化工作措施，确保宣传覆盖重点区域、重点人群和重点时段。
  三、突出宣传重点。各地要突出宣传重点，结合本地森林草原资源分布和火险等级，制定宣传方案，细化工作措施，确保宣传覆盖重点区域、重点人群和重点时段。
  四、抓好重点时段。各地要抓好重点时段，结合本地森林草原资源分布和火险等级，制定宣传方案，细化工作措施，确保宣传覆盖重点区域、重点人群和重点时段。
  五、强化警示教育。各地要强化警示教育，结合本地森林草原资源分布和火险等级，制定宣传方案，细化工作措施，确保宣传覆盖重点区域、重点人群和重点时段。
  六、开展进校园活动。各地要开展进校园活动，结合本地森林草原资源分布和火险等级，制定宣传方案，细化工作措施，确保宣传覆盖重点区域、重点人群和重点时段。
  七、加强舆论引导。各地要加强舆论引导，结合本地森林草原资源分布和火险等级，制定宣传方案，细化工作措施，确保宣传覆盖重点区域、重点人群和重点时段。
  八、做好沟通协调。各地要主动衔接应急管理、气象、公安等部门，强化信息共享和会商研判，加大政策宣传解读力度，工作中遇到的问题及时向国家林草局反映
相关阅读
国务院办公厅关于加强森林草原防灭火工作的意见
版权所有：国家林业和草原局
网站标识码：bm54000001
"""


def test_a_related_reading_heading_never_runs_onto_a_last_line_without_its_stop():
    # A central bureau's 2021 page whose last item lost its stop (`…及时向国家林草局反映`), then the page's `相关阅读` and
    # another page's title: the list's heading alone on its line is the page's, so the break is kept, the list and
    # the footer are furniture and the other page's issuer is no department of the notice
    rec = process_text(RELATED_READING_UNDER_AN_OPEN_LAST_LINE, doc_id="t")
    assert rec.tasks[-1].path == "八"
    assert "国务院办公厅" not in {d.name for d in rec.departments}
    assert "相关阅读" not in rec.text[rec.text.index("八、做好沟通协调"):].split("\n")[0]
