"""s23-assign2: assignment grammar seen first on the A14 batch (dev/authored a157-a168), written as rules and tested on
snippets in the styles of other provinces, levels and eras (never copied from a dev notice). Expected triples written
before the run; every triple of the record is compared, and every span quotes the record's text."""
from tests.test_s17table_classes import _triples

# 1. A task-division table whose header row kept its cells on one line with single spaces while its rows were copied
#    one cell per line, a blank line between rows (a web page's table pasted as text): the bare row numbers are the
#    table's 序号, not page numbers, and a long content cell that stops without punctuation is no paragraph cut by the
#    page's width (the lead cell below it stays a cell). Spec 1.1 section 6: task-division tables in any flattening;
#    a row restating a body item's heading goes to the item, the others to `表/N`. (A Hunan county, 2019.)
SPACED_HEADER_STACKED_ROWS = """攸县人民政府办公室关于印发攸县农村人居环境整治三年行动实施方案的通知

各乡镇人民政府，县直有关单位：

现将《攸县农村人居环境整治三年行动实施方案》印发给你们，请认真贯彻执行。

攸县农村人居环境整治三年行动实施方案

一、重点任务

（一）农村厕所革命

全面推进农村户用卫生厕所改造，同步开展粪污治理。

（二）村容村貌提升

整治公共空间和庭院环境，清理乱搭乱建。

附件：重点任务分工表

序号 工作任务 具体内容 牵头单位 配合单位 完成时限

1
农村厕所革命
全面推进农村户用卫生厕所改造，同步开展粪污无害化处理和资源化利用工作，每年完成改厕任务数量不少于三千户
县农业农村局
县卫生健康局、县财政局，各乡镇人民政府
2020年12月底前

2
农村生活垃圾治理
建立户分类、村收集、镇转运、县处理的垃圾收运处置体系，实现全县行政村收运处置体系全覆盖目标
县城市管理局
县生态环境局，各乡镇人民政府
2020年6月底前

3
村容村貌提升
整治公共空间和庭院环境，清理乱搭乱建、乱堆乱放，推进村庄绿化美化亮化，打造一批美丽乡村示范村
县住房城乡建设局
县自然资源局、县林业局
持续推进
"""


def test_spaced_header_over_stacked_rows():
    assert _triples(SPACED_HEADER_STACKED_ROWS) == sorted([
        ("一/(一)", "攸县农业农村局", "lead"),
        ("一/(一)", "攸县卫生健康局", "co"),
        ("一/(一)", "攸县财政局", "co"),
        ("一/(一)", "各乡镇人民政府", "co"),
        ("表/2", "攸县城市管理局", "lead"),
        ("表/2", "攸县生态环境局", "co"),
        ("表/2", "各乡镇人民政府", "co"),
        ("一/(二)", "攸县住房和城乡建设局", "lead"),
        ("一/(二)", "攸县自然资源局", "co"),
        ("一/(二)", "攸县林业局", "co"),
    ])


# 2. Prose duties of a provincial department's opinion (a Jiangxi 2011 style): the subject's later comma clause with an
#    adverb before 会同 (`主动会同`, `积极会同`) keeps the subject, who leads; the partners are co (spec 1.1 section 6
#    `A会同B…`; guide R18 for `A会同B建立…机制`). A place opening its sentence with a modal (`各设区市要…，会同…`) is the
#    subject of the later 会同 clause too.
PROSE_DUTIES_ADVERB = """江西省民政厅关于进一步做好农村五保供养工作的意见
各设区市民政局：
为做好农村五保供养工作，现提出如下意见：
一、主要措施
（一）加强组织领导。各级民政部门要把五保供养工作摆在重要位置，主动会同财政、卫生等部门建立协调机制，研究解决供养工作中的困难。
（二）改善供养条件。各设区市要把敬老院建设纳入当地发展规划，积极会同发展改革部门安排建设资金。
（三）加强队伍建设。敬老院工作人员要定期参加业务培训。
江西省民政厅
2011年5月10日
"""


def test_adverb_before_huitong_and_place_subject():
    assert _triples(PROSE_DUTIES_ADVERB) == sorted([
        ("一/(一)", "各级民政部门", "lead"),
        ("一/(一)", "财政部门", "co"),
        ("一/(一)", "卫生部门", "co"),
        ("一/(二)", "各设区市", "lead"),
        ("一/(二)", "发展改革部门", "co"),
    ])


# 3. Annotations of a Shandong county's plan (2021 style): places written with angle brackets (`各乡〈镇〉`, `各村〈社区〉`)
#    are the places as written, named with round brackets (guide D43; `各村〈社区〉` in a list goes through the listed
#    places' reader, which s23-town brings to round brackets); a 牵头单位 label naming a public institution (no
#    department, spec 1.1 section 5) still names the assignment's lead, so the organs of its 责任单位 are co (spec 1.1
#    section 6: once a lead is named every other department of the same assignment is co), also when the two labels
#    stand on lines of their own; `A负责配合B…` gives A co (guide R21).
ANGLE_BRACKETS_AND_LEADS = """沂南县人民政府办公室关于印发沂南县农业社会化服务提升行动方案的通知
各乡镇人民政府（街道办事处），县政府各部门：
现将《沂南县农业社会化服务提升行动方案》印发给你们，请认真贯彻执行。
沂南县农业社会化服务提升行动方案
一、重点任务
（一）推广绿色防控技术。建设示范基地10处。（牵头单位：县农业技术推广中心；责任单位：县农业农村局、各乡〈镇〉）
（二）培育服务组织。扶持农业服务公司发展壮大。
牵头单位：县农业技术推广中心
责任单位：县财政局、县供销社
（三）规范服务市场。县公安局、县司法局负责配合各乡镇依法查处坑农害农行为。
"""


def test_angle_brackets_filled_lead_label_and_supporting_duty():
    assert _triples(ANGLE_BRACKETS_AND_LEADS) == sorted([
        ("一/(一)", "沂南县农业农村局", "co"),
        ("一/(一)", "各乡（镇）", "co"),
        ("一/(二)", "沂南县财政局", "co"),
        ("一/(二)", "沂南县供销合作社", "co"),
        ("一/(三)", "沂南县公安局", "co"),
        ("一/(三)", "沂南县司法局", "co"),
    ])


# 4. A 推广清单 whose group rows name a category (`一、投资便利方面（共2项）`) that is only a part of a body item's heading
#    (`（一）投资便利方面2项：…`, the item listing the reforms its rows give): the group names no item and its rows are
#    `表/N`; a group row that writes an item's heading whole (`二、优化政务服务（共1项）` over the item `（二）优化政务服务`)
#    names it, its rows are that item's (guide S20 R13: by number or heading; b4 d004's gold). (A Zhejiang provincial
#    office's notice, 2019 style; tab-joined rows.)
GROUP_ROWS = """浙江省人民政府办公厅关于推广第一批营商环境改革经验做法的通知
各市、县（市、区）人民政府，省政府直属各单位：
现将有关事项通知如下。
一、推广的经验做法
（一）投资便利方面2项：企业投资项目承诺制；区域评估。
（二）优化政务服务。推行帮办代办服务。
二、工作要求
各地要抓好落实。
附件
营商环境改革经验做法推广清单
序号	经验做法	主要内容	指导部门
一、投资便利方面（共2项）
1	企业投资项目承诺制	对备案类项目实行承诺制管理	省发展改革委
2	区域评估	由园区统一开展区域评估	省自然资源厅
二、优化政务服务（共1项）
3	帮办代办	设立帮办代办窗口	省商务厅
"""


def test_group_row_naming_part_of_a_heading_links_no_item():
    assert _triples(GROUP_ROWS) == sorted([
        ("表/1", "浙江省发展和改革委员会", "responsible"),
        ("表/2", "浙江省自然资源厅", "responsible"),
        ("一/(二)", "浙江省商务厅", "responsible"),
    ])
