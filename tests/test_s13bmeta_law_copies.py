"""s13b-meta: law-collection and database copies of notices (issue 11, stress method). Snippets written
for these tests, in the style of other provinces, levels and eras than the opened notices."""
import pytest

from pipeline import process_text
from pipeline.clean import _Line, _keeps_break, _whole_note


def md(text):
    return process_text(text).metadata


# Class 1: a law collection's 题注 names the organ and the day it published the rule, and closes with the
# day the rule takes effect (`自…起施行`): the organ is the issuer, the first day the issue date.
LAW_NOTE_CASES = [
    ("（2016年4月7日贵阳市人民政府公布　自2016年6月1日起施行）", ["贵阳市人民政府"], "2016-04-07"),
    ("（2016年4月7日贵阳市人民政府发布，自发布之日起施行）", ["贵阳市人民政府"], "2016-04-07"),
    ("（二〇〇九年三月五日贵阳市人民政府印发　自印发之日起实施）", ["贵阳市人民政府"], "2009-03-05"),
]


@pytest.mark.parametrize("note,issuers,date", LAW_NOTE_CASES)
def test_law_note_with_in_force_clause(note, issuers, date):
    text = (f"贵阳市城市道路桥梁管理暂行办法\n{note}\n第一条　为了加强城市道路桥梁管理，制定本办法。\n"
            "第二条　本办法适用于本市行政区域内城市道路桥梁的管理。\n第三条　市住房城乡建设局负责本办法的组织实施。\n")
    m = md(text)
    assert m.title == "贵阳市城市道路桥梁管理暂行办法"
    assert m.issuers == issuers
    assert m.issue_date == date
    assert (m.region, m.admin_level, m.doc_type) == ("贵州省贵阳市", "prefecture", "办法")


# Class 2: date, organ and 文号 written together in the 题注: the 文号 starts after the date's 日 and the organ.
def test_law_note_number_glued_to_organ():
    text = ("国务院办公厅关于加强农村公路养护管理工作的通知\n（2007年11月3日国务院办公厅国办发〔2007〕66号印发）\n"
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为加强农村公路养护管理，现就有关事项通知如下：\n"
            "一、明确养护责任\n二、落实养护资金\n")
    m = md(text)
    assert m.doc_number == "国办发〔2007〕66号"
    assert m.issuers == ["国务院办公厅"]
    assert m.issue_date == "2007-11-03"
    assert (m.region, m.admin_level) == ("全国", "central")


def test_law_note_town_number_and_issuer():
    text = ("七宝镇关于加强农村宅基地管理的实施办法\n（2020年5月12日上海市闵行区七宝镇人民政府闵七府发〔2020〕8号印发）\n"
            "第一条　为加强本镇农村宅基地管理，制定本办法。\n第二条　本办法适用于本镇各村。\n")
    m = md(text)
    assert m.doc_number == "闵七府发〔2020〕8号"
    assert m.issuers == ["上海市闵行区七宝镇人民政府"]
    assert m.issue_date == "2020-05-12"
    assert (m.region, m.admin_level, m.doc_type) == ("上海市闵行区七宝镇", "township", "实施办法")


# Class 3: a 印发 notice printed by a collection: its title, then the 题注, no signature. The 题注 stays on its
# own line (before, a 题注 as long as the text's lines ran into the first paragraph and its date was lost).
def test_transmitting_notice_note_date():
    text = ("成都市财政局 成都市人力资源和社会保障局关于印发成都市就业补助资金管理办法的通知\n"
            "（2018年9月3日成都市财政局、成都市人力资源和社会保障局成财社〔2018〕112号印发）\n"
            "为规范就业补助资金管理，提高资金使用效益，根据有关规定，现将《成都市就业补助资金管理办法》印发给你们，请遵照执行。\n"
            "成都市就业补助资金管理办法\n第一条　为规范就业补助资金管理，制定本办法。\n第二条　本办法所称就业补助资金，是指…。\n")
    m = md(text)
    assert m.doc_number == "成财社〔2018〕112号"
    assert m.issue_date == "2018-09-03"
    assert m.issuers == ["成都市财政局", "成都市人力资源和社会保障局"]
    assert (m.region, m.admin_level) == ("四川省成都市", "prefecture")


@pytest.mark.parametrize("line,whole", [
    ("（2018年9月3日成都市财政局印发）", True),
    ("（一）加强组织领导（牵头单位：市财政局）", False),
    ("（2018年9月3日）为规范就业补助资金管理（试行）", False),
    ("为规范管理（2018年）", False),
])
def test_whole_note(line, whole):
    assert _whole_note(line) is whole


# Class 4: a database copy: its metadata table, the notice's title, then the page's own 发布时间/来源 lines (labels
# again): the table ends above the title, which is the title (before, the title fell inside the table).
def test_database_table_then_title_then_page_source():
    text = ("发文机关：延边朝鲜族自治州人民政府办公室\n发文字号：延州政办发〔2016〕14号\n成文日期：2016年8月9日\n"
            "发布日期：2016年8月12日\n主题分类：城乡建设\n关于加强农村危房改造工作的通知\n2016-08-12 09:30\n来源：州政府办公室\n"
            "各县（市）人民政府，州政府各部门：\n为做好农村危房改造工作，现就有关事项通知如下：\n一、明确改造对象\n二、落实补助资金\n"
            "延边朝鲜族自治州人民政府办公室\n2016年8月9日\n")
    m = md(text)
    assert m.title == "关于加强农村危房改造工作的通知"
    assert m.doc_number == "延州政办发〔2016〕14号"
    assert m.issuers == ["延边朝鲜族自治州人民政府办公室"]
    assert m.issue_date == "2016-08-09"
    assert (m.region, m.admin_level, m.doc_type) == ("吉林省延边朝鲜族自治州", "prefecture", "通知")


# Class 5: the 附件说明 whose name ends in its genre word, then the signature's organ on the next line: the organ
# never runs into the attachment's name, whatever the page width (a database copy's short table lines narrow it).
def test_attachment_note_then_signature_organ():
    text = ("发文机关：国务院\n发文字号：国函〔2003〕71号\n成文日期：2003年7月2日\n发布日期：2003年7月2日\n主题分类：综合政务\n"
            "国务院关于同意成立长江三峡工程移民工作协调小组的批复\n国函〔2003〕71号\n水利部：\n"
            "你部《关于成立长江三峡工程移民工作协调小组的请示》收悉。现批复如下：\n同意成立长江三峡工程移民工作协调小组。\n"
            "附件：长江三峡工程移民工作协调小组组成方案\n国务院\n二〇〇三年七月二日\n附件：\n长江三峡工程移民工作协调小组组成方案\n"
            "一、主要职责\n协调移民安置中的重大问题。\n二、组成人员\n组　长：某某　国务院副秘书长\n")
    m = md(text)
    assert m.issuers == ["国务院"]
    assert (m.region, m.admin_level, m.doc_type) == ("全国", "central", "批复")
    assert m.issue_date == "2003-07-02"


@pytest.mark.parametrize("a,b,keeps", [
    ("附件：长江三峡工程移民工作协调小组组成方案", "国务院", True),
    ("附件：某县农村公路养护工作经费管理实施办法", "某县人民政府办公室", True),
    # the attachment's name cut by the page width goes on
    ("附件：长江三峡工程移民工作协调小组组成", "方案", False),
])
def test_attachment_note_keeps_break_before_organ(a, b, keeps):
    # the page's wrapped lines as wide as the note (a database copy's short table lines narrow the typical width)
    assert _keeps_break(_Line(a, 1), _Line(b, 1), width=22) is keeps


# Class 6: an issuer written short in the title, with no signature, that is a central organ's regional office
# (`东北能源监管局` → 国家能源局东北监管局): the region follows the organ (全国), not the place the title names.
def test_short_central_office_in_title_is_central():
    text = ("东北能源监管局关于做好辽宁电网冬季供暖期电力保障工作的通知\n（2020年10月28日国家能源局东北监管局发布）\n"
            "国网辽宁省电力有限公司，辽宁省内各发电企业：\n为做好冬季供暖期电力保障工作，现就有关事项通知如下：\n"
            "一、加强电网运行管理\n二、做好燃料储备\n")
    m = md(text)
    assert m.issuers == ["国家能源局东北监管局"]
    assert (m.region, m.admin_level) == ("全国", "central")
    assert m.issue_date == "2020-10-28"


# Class 7: a collection's copy of `关于印发…标准的通知` whose own text holds the standards (`…通知如下：` and its items),
# with its 题注 and no signature: the notice is the policy (self-titled), as it is when signed.
def test_collection_copy_of_notice_that_is_the_policy():
    text = ("长沙市民政局 长沙市财政局关于印发长沙市2024年城乡居民最低生活保障标准的通知\n"
            "（2024年4月2日长沙市民政局、长沙市财政局印发）\n"
            "为切实保障困难群众基本生活，经市人民政府同意，现就调整城乡居民最低生活保障标准有关事项通知如下：\n"
            "一、城市居民最低生活保障标准由每人每月850元提高到880元。\n二、农村居民最低生活保障标准由每人每年8000元提高到8400元。\n"
            "三、本通知自2024年5月1日起执行。\n")
    m = md(text)
    assert m.notice_title is None
    assert m.title.replace(" ", "") == "长沙市民政局长沙市财政局关于印发长沙市2024年城乡居民最低生活保障标准的通知"
    assert m.issuers == ["长沙市民政局", "长沙市财政局"]
    assert m.issue_date == "2024-04-02"
    assert (m.region, m.admin_level, m.doc_type) == ("湖南省长沙市", "prefecture", "通知")


# ...but a collection's copy of a 印发 notice that hands a plan on (`现将《…》印发给你们`) stays a 印发 notice.
def test_collection_copy_of_transmitting_notice_stays():
    text = ("长沙市人民政府办公厅关于印发长沙市城乡环境卫生整治工作方案的通知\n（2024年4月2日长沙市人民政府办公厅印发）\n"
            "各区县（市）人民政府，市直各单位：\n现将《长沙市城乡环境卫生整治工作方案》印发给你们，请认真贯彻执行。\n"
            "长沙市城乡环境卫生整治工作方案\n一、工作目标\n二、工作任务\n")
    m = md(text)
    assert m.notice_title == "关于印发长沙市城乡环境卫生整治工作方案的通知"
    assert m.title == "长沙市城乡环境卫生整治工作方案"
    assert m.issuers == ["长沙市人民政府办公厅"]
    assert m.issue_date == "2024-04-02"
    assert m.doc_type == "工作方案"


# Class 8: a database copy of the body alone under its table (标题/发文机关/发文字号/成文日期), no title block.
def test_database_body_order_number_in_brackets():
    text = ("标　　题：珠海市城市排水管理办法\n发文机关：珠海市人民政府\n发文字号：珠海市人民政府令（第135号）\n"
            "成文日期：2021年9月3日\n发布日期：2021年9月8日\n主题分类：城乡建设\n"
            "第一条　为了加强城市排水管理，制定本办法。\n第二条　本办法适用于本市行政区域内城市排水的管理。\n")
    m = md(text)
    assert m.doc_number == "珠海市人民政府令（第135号）"
    assert m.title == "珠海市城市排水管理办法"
    assert m.issuers == ["珠海市人民政府"]
    assert m.issue_date == "2021-09-03"


def test_database_body_notice_that_is_the_policy():
    text = ("标　　题：南宁市民政局 南宁市财政局关于印发南宁市2023年特困人员救助供养标准的通知\n"
            "发文机关：南宁市民政局、南宁市财政局\n发文字号：南民发〔2023〕21号\n成文日期：2023年6月2日\n主题分类：民政\n"
            "各县（市、区）民政局、财政局：\n为保障特困人员基本生活，经市人民政府同意，现就特困人员救助供养标准有关事项通知如下：\n"
            "一、城市特困人员基本生活标准为每人每月1200元。\n二、农村特困人员基本生活标准为每人每月800元。\n")
    m = md(text)
    assert m.notice_title is None
    assert m.title.replace(" ", "") == "南宁市民政局南宁市财政局关于印发南宁市2023年特困人员救助供养标准的通知"
    assert m.doc_type == "通知"
    assert m.issue_date == "2023-06-02"


def test_database_body_forwarded_title_as_the_text_writes_it():
    text = ("标　　题：宝鸡市人民政府办公室转发市农业局关于加强动物防疫工作意见的通知\n发文机关：宝鸡市人民政府办公室\n"
            "发文字号：宝政办发〔2006〕40号\n成文日期：2006年5月8日\n主题分类：农业\n各县区人民政府，市政府各工作部门：\n"
            "市农业局《关于加强动物防疫工作的意见》已经市政府同意，现转发给你们，请认真贯彻执行。\n"
            "一、落实防疫责任\n二、加强疫情监测\n")
    m = md(text)
    assert m.title == "关于加强动物防疫工作的意见"
    assert m.doc_type == "意见"
    assert m.issuers == ["宝鸡市人民政府办公室"]
