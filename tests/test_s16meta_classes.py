"""s16-meta classes (issue 11): one test per rule, each on a snippet written for it in the style of another province,
level or era than the stress set's, with the exact expected values and the evidence invariant (text[span] == quote)."""
from pipeline import process_text
from pipeline.layout import UNBRACKETED_DOC_NUMBER
from pipeline.regions import resolve_region


def _record(text):
    return process_text(text, doc_id="s16meta")


def _evidence_holds(rec, key):
    ev = rec.metadata.evidence[key]
    assert rec.text[ev.span[0]:ev.span[1]] == ev.quote


# --- a 文号 printed without brackets around its year, alone on its line under the title --------------------------
def test_unbracketed_number_space_form_county_shandong_1997():
    rec = _record("""莒县人民政府关于加强农田水利建设的通知
莒政发1997 18号
各乡镇人民政府，县政府各部门：
为加强农田水利建设，现就有关问题通知如下：
一、搞好水利规划
二、落实建设资金
莒县人民政府
一九九七年十月八日
""")
    md = rec.metadata
    assert md.doc_number == "莒政发1997 18号"
    assert md.issue_date == "1997-10-08"
    assert [t.path for t in rec.tasks] == ["一", "二"]
    _evidence_holds(rec, "doc_number")


def test_unbracketed_number_nian_form_prefecture_jiangxi_2003():
    rec = _record("""赣州市人民政府关于加快脐橙产业发展的意见
赣市府发2003年21号
各县（市、区）人民政府，市政府各部门：
为加快脐橙产业发展，现提出如下意见：
一、科学规划
二、加大投入
赣州市人民政府
二〇〇三年六月六日
""")
    assert rec.metadata.doc_number == "赣市府发2003年21号"
    assert rec.metadata.region == "江西省赣州市"
    _evidence_holds(rec, "doc_number")


def test_unbracketed_number_cited_in_a_sentence_is_not_the_own():
    rec = _record("""湖北省人民政府办公厅关于做好夏粮收购工作的通知
各市、州、县人民政府，省政府各部门：
根据国务院办公厅国办发2001 30号文件精神，现就做好夏粮收购工作通知如下：
一、敞开收购
二、加强监管
联系电话：027 87231234
湖北省人民政府办公厅
二〇〇一年五月二十日
""")
    assert rec.metadata.doc_number is None
    assert rec.metadata.issue_date == "2001-05-20"


def test_unbracketed_pattern_needs_the_whole_line():
    assert UNBRACKETED_DOC_NUMBER.search("桂政发2002 15号")
    assert UNBRACKETED_DOC_NUMBER.search("　桂政发2002年15号　")
    assert not UNBRACKETED_DOC_NUMBER.search("根据桂政发2002 15号文件")
    assert not UNBRACKETED_DOC_NUMBER.search("2002 15号")
    assert not UNBRACKETED_DOC_NUMBER.search("电话2002 1566")


# --- a signature's date whose 日 was left out ----------------------------------------------------------------------
def test_signature_date_without_ri_jilin_county_2007():
    rec = _record("""敦化市人民政府关于做好2007年森林防火工作的通知
敦政发〔2007〕9号
各乡镇人民政府，市政府各部门：
为做好今年森林防火工作，现就有关事项通知如下：
一、落实防火责任
二、严格野外用火管理
敦化市人民政府
二〇〇七年三月二十八
""")
    md = rec.metadata
    assert md.issue_date == "2007-03-28"
    assert md.region == "吉林省延边朝鲜族自治州敦化市" and md.admin_level == "county"
    assert [t.path for t in rec.tasks] == ["一", "二"]
    _evidence_holds(rec, "issue_date")


def test_month_only_date_and_body_date_without_ri_stay_null():
    rec = _record("""关于做好2006年度征兵工作的通知
各县（区）人民政府：
今年征兵工作从二〇〇六年十一月一开始。现就有关事项通知如下：
一、严格条件
二、加强领导
张掖市人民政府
二〇〇六年十月
""")
    assert rec.metadata.issue_date is None
    assert rec.metadata.issuers == ["张掖市人民政府"]


# --- a 印发 notice with items of its own whose first attachment is the document it hands on --------------------------
def test_yinfa_notice_with_own_items_and_the_plan_as_attachment_transmits_it():
    rec = _record("""关于印发舟山市海洋渔业转产转业工作方案的通知
舟政办发〔2005〕61号
各县（区）人民政府，市政府直属各单位：
《舟山市海洋渔业转产转业工作方案》已经市政府同意，现印发给你们，并提出以下要求：
一、各县区要加强组织领导。
二、各有关部门要密切配合。
舟山市人民政府办公室
二〇〇五年五月九日
附件1
舟山市海洋渔业转产转业工作方案
一、目标任务
二、扶持政策
""")
    md = rec.metadata
    assert md.title == "舟山市海洋渔业转产转业工作方案"
    assert md.notice_title == "关于印发舟山市海洋渔业转产转业工作方案的通知"
    assert md.doc_type == "工作方案"
    assert [(t.path, t.heading) for t in rec.tasks] == [("一", "目标任务"), ("二", "扶持政策")]


def test_yinfa_notice_with_own_items_and_a_table_attached_stays_self_titled():
    rec = _record("""关于印发舟山市渔船安全检查标准的通知
舟政办发〔2005〕62号
各县（区）人民政府，市政府直属各单位：
现将渔船安全检查标准印发给你们，并就有关事项通知如下：
一、检查范围为全市所有生产渔船。
二、检查结果记入渔船档案。
舟山市人民政府办公室
二〇〇五年五月十日
附件1
渔船安全检查登记表
""")
    md = rec.metadata
    assert md.notice_title is None
    assert md.title == "关于印发舟山市渔船安全检查标准的通知"
    assert [t.path for t in rec.tasks] == ["一", "二"]


# --- the signature's organ under a numbered bare heading of a short notice ------------------------------------------
def test_signature_organ_not_glued_to_last_bare_heading():
    rec = _record("""海南省农业厅网站 > 通知公告 > 转载文件
来源：农业部网站　发布时间：2009-05-12
农业部关于加强农产品质量安全监管工作的意见
农质发〔2009〕6号
各省、自治区、直辖市农业（农牧、农村经济）厅（局、委）：
为加强农产品质量安全监管工作，现提出以下意见：
一、充分认识加强农产品质量安全监管的重要性
二、加强农产品质量安全监管的主要措施
农业部
二〇〇九年五月八日
【关闭窗口】【打印本页】
""")
    assert [(t.path, t.heading) for t in rec.tasks] == [
        ("一", "充分认识加强农产品质量安全监管的重要性"), ("二", "加强农产品质量安全监管的主要措施")]
    assert rec.metadata.issuers == ["农业部"] and rec.metadata.issue_date == "2009-05-08"
    assert "\n农业部\n" in rec.text


# --- a county-level city of two characters -----------------------------------------------------------------------
def test_two_character_county_level_city_issuer():
    assert resolve_region(["芒市人民政府"]) == ("云南省德宏傣族景颇族自治州芒市", "county")
    assert resolve_region(["芒市教育局"]) == ("云南省德宏傣族景颇族自治州芒市", "county")
    assert resolve_region(["城市管理局"]) == (None, None)
