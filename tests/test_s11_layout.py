"""Session 11, layout / task structure / metadata (issue 11). Snippets written for these tests in the
style of offices of other provinces, levels and eras than the notices that raised each class (not
from any corpus)."""
from pipeline.document import process_text
from pipeline.extract.metadata import split_organs
from pipeline.regions import resolve_region


def _rec(text):
    return process_text(text, doc_id="t").model_dump()


def _paths(rec):
    return [t["path"] for t in rec["tasks"]]


# --- an indicator / scoring table copied one cell per line, header row without 序号 (spec section 4) ---

SCORING_ATTACHMENT = """陇西县教育局关于开展2015年度学校办学水平督导评估工作的通知
各乡镇学区、县直各学校：
一、评估范围
全县各中小学校。
二、评估方式
（一）学校自评。各校对照评估指标开展自评。
（二）县级复评。县教育局组织复评。
附件：陇西县学校办学水平督导评估指标
陇西县教育局
2015年4月20日
附件
陇西县学校办学水平督导评估指标
一级指标
二级指标
评估要点
分值
一、办学条件
（一）校舍场地
1.生均校舍面积达标
10
查阅资料，实地察看。
2.运动场地达标
5
（二）教学装备
3.图书生均册数达标
5
二、教育管理
（四）制度建设
4.规章制度健全
10
注：
1.本表满分100分。
2.加分项目另行计算。
"""


def test_scoring_table_attachment_without_a_number_column_gives_no_tasks():
    rec = _rec(SCORING_ATTACHMENT)
    assert _paths(rec) == ["一", "二", "二/(一)", "二/(二)"]


PLAN_WITH_INDICATOR_TABLE = """某县“十四五”生态环境保护规划
一、发展基础
“十三五”时期，全县生态环境质量持续改善。
二、主要指标
到2025年，全县生态环境保护主要指标如下：
指标
单位
2020年
2025年
属性
1.空气质量优良天数比率
%
85
90
约束性
2.地表水达到或好于Ⅲ类水体比例
%
80
85
约束性
三、重点任务
（一）深入打好蓝天保卫战。
（二）深入打好碧水保卫战。
"""


def test_indicator_table_in_the_body_with_a_year_column_header_gives_no_tasks():
    rec = _rec(PLAN_WITH_INDICATOR_TABLE)
    assert _paths(rec) == ["一", "二", "三", "三/(一)", "三/(二)"]


# --- a central organ's dispatched office (派出机构) is one organ, named after its place -----------

def test_dispatched_offices_of_central_organs_are_one_organ():
    assert split_organs("审计署南京特派员办事处") == ["审计署南京特派员办事处"]
    assert split_organs("财政部湖北监管局") == ["财政部湖北监管局"]
    assert split_organs("国家能源局甘肃监管办公室") == ["国家能源局甘肃监管办公室"]
    assert split_organs("国家林业和草原局成都专员办事处") == ["国家林业和草原局成都专员办事处"]
    # a joint signature written without its space still splits at a government or a province's organ
    assert split_organs("财政部湖南省人民政府") == ["财政部", "湖南省人民政府"]
    assert split_organs("湖南省财政厅湖南省教育厅") == ["湖南省财政厅", "湖南省教育厅"]


def test_dispatched_office_signs_a_notice_region_is_its_province():
    text = """关于开展2021年度光伏发电项目并网情况专项监管的通知
各市供电公司，各有关发电企业：
为规范光伏发电项目并网秩序，现将有关事项通知如下：
一、监管内容
并网手续办理情况。
二、工作要求
各单位要如实报送材料。
国家能源局甘肃监管办公室
2021年6月3日
"""
    md = _rec(text)["metadata"]
    assert md["issuers"] == ["国家能源局甘肃监管办公室"]
    assert (md["region"], md["admin_level"]) == ("甘肃省", "province")
    assert resolve_region(["财政部湖北监管局"]) == ("湖北省", "province")


# --- no title block: the plan names itself in its opening paragraph (spec 1.1 §3, guide M13) -------

def test_untitled_plan_that_names_itself_gets_its_title_and_genre():
    text = """各乡镇人民政府，县直有关单位：
为深入推进城乡环境卫生整治，根据省、市有关要求，结合我县实际，特制定县城乡环境卫生整治三年行动方案（2016—2018年）。
一、总体目标
到2018年，城乡环境卫生明显改善。
二、工作措施
（一）开展垃圾清理。
"""
    md = _rec(text)["metadata"]
    assert md["title"] == "县城乡环境卫生整治三年行动方案（2016—2018年）"
    assert md["doc_type"] == "行动方案"


def test_untitled_plan_that_names_only_its_genre_has_no_title():
    text = """各区县（自治县）人民政府，市政府有关部门：
为加快发展现代农业，现提出如下实施意见：
一、总体要求
坚持农业农村优先发展。
"""
    md = _rec(text)["metadata"]
    assert md["title"] is None
    assert md["doc_type"] == "实施意见"
    text2 = """为做好全镇防汛工作，特制定本方案。
一、组织领导
成立防汛工作领导小组。
"""
    md2 = _rec(text2)["metadata"]
    assert md2["title"] is None
    assert md2["doc_type"] == "方案"


# --- the signature and its date when a copy lost the breaks around them (GB/T 9704 7.3.5) -------------

def test_joint_signature_and_date_on_one_line_then_the_attachment():
    text = """关于印发湖北省中等职业学校学生资助管理办法的通知
各市、州、直管市、林区教育局、财政局、人力资源和社会保障局：
现将《湖北省中等职业学校学生资助管理办法》印发给你们，请认真贯彻执行。
附件：湖北省中等职业学校学生资助管理办法
湖北省教育厅 湖北省财政厅　湖北省人力资源和社会保障厅　　2012年5月8日
附件
湖北省中等职业学校学生资助管理办法
第一条　为做好中等职业学校学生资助工作，制定本办法。
第二条　本办法适用于全省中等职业学校。
"""
    md = _rec(text)["metadata"]
    assert md["issuers"] == ["湖北省教育厅", "湖北省财政厅", "湖北省人力资源和社会保障厅"]
    assert md["issue_date"] == "2012-05-08"
    assert md["title"] == "湖北省中等职业学校学生资助管理办法"


def test_signature_run_into_the_closing_sentence_and_the_page_field_below():
    text = """太原市民政局 太原市财政局关于调整城乡低保标准的通知
各区民政局、财政局：
一、调整标准
城市低保标准调整为每人每月800元。
二、执行时间
本通知自2020年4月1日起执行，原标准同时废止。 太原市民政局 太原市财政局　　2020年3月2日
公开方式：主动公开
"""
    md = _rec(text)["metadata"]
    assert md["issuers"] == ["太原市民政局", "太原市财政局"]
    assert md["issue_date"] == "2020-03-02"
    assert md["doc_type"] == "通知"


def test_signature_after_the_attachment_list_with_no_stop():
    text = """关于开展2016年农村危房改造对象核查的通知
各乡镇人民政府：
现将有关事项通知如下：
一、核查范围
全县2016年农村危房改造对象。
二、报送要求
各乡镇于9月20日前报送核查结果。
附件：1.农村危房改造对象核查表.xls
2.农村危房改造对象花名册.xls　永登县住房和城乡建设局　　2016年9月2日
"""
    md = _rec(text)["metadata"]
    assert md["issuers"] == ["永登县住房和城乡建设局"]
    assert md["issue_date"] == "2016-09-02"


def test_the_organ_whose_opinion_is_forwarded_is_not_the_issuer():
    text = """关于批转县农业局《关于加快发展现代农业的意见》的通知
各乡镇人民政府，县直各部门：
县农业局《关于加快发展现代农业的意见》已经县政府第12次常务会议研究同意，现批转给你们，请认真贯彻执行。
关于加快发展现代农业的意见
一、总体要求
加快发展现代农业。
"""
    md = _rec(text)["metadata"]
    assert md["issuers"] == []


# --- a web copy whose head lost its line breaks: title (itself over two lines), 文号, addressee, first paragraph ---

def test_head_run_together_with_a_title_broken_in_two_and_a_number():
    text = """平凉市人民政府办公室关于做好2008年 春季农业生产工作的通知 平政办发〔2008〕12号 各县（区）人民政府，市直有关部门： 为切实抓好今年春季农业生产，现将有关事项通知如下：
一、抓好春耕备耕
各县（区）要及早调运化肥、种子。
二、加强技术服务
组织农技人员深入田间地头。
平凉市人民政府办公室
2008年3月5日
"""
    md = _rec(text)["metadata"]
    assert md["doc_number"] == "平政办发〔2008〕12号"
    assert md["title"].replace(" ", "") == "平凉市人民政府办公室关于做好2008年春季农业生产工作的通知"
    assert md["doc_type"] == "通知"
    assert md["issuers"] == ["平凉市人民政府办公室"]


def test_head_run_together_without_a_number():
    text = """关于开展农村人居环境整治 百日攻坚行动的通知 各村（社区），镇属各单位： 为进一步改善农村人居环境，镇党委、镇政府决定开展百日攻坚行动，现将有关事项通知如下：
一、整治内容
清理村庄垃圾。
二、工作要求
各村要落实专人负责。
"""
    md = _rec(text)["metadata"]
    assert md["title"].replace(" ", "") == "关于开展农村人居环境整治百日攻坚行动的通知"
    assert md["doc_type"] == "通知"
    rec = _rec(text)
    assert _paths(rec) == ["一", "二"]


# --- a law collection's record whose fields run together on one line ----------------------------------

def test_law_collection_fields_on_one_line_give_issuer_number_title_and_genre():
    text = """【法规标题】成都市人民政府办公厅关于印发成都市养老服务补贴管理办法的通知【发布部门】成都市人民政府办公厅【发文字号】成办发〔2017〕36号【发布日期】2017.09.12【时效性】现行有效【效力级别】地方规范性文件
各区（市）县政府，市政府各部门：
《成都市养老服务补贴管理办法》已经市政府同意，现印发你们，请认真贯彻执行。
成都市养老服务补贴管理办法
第一条　为规范养老服务补贴管理，制定本办法。
第二条　本办法适用于本市行政区域。
"""
    md = _rec(text)["metadata"]
    assert md["issuers"] == ["成都市人民政府办公厅"]
    assert md["doc_number"] == "成办发〔2017〕36号"
    assert md["doc_type"] == "办法"
    assert md["title"] == "成都市养老服务补贴管理办法"
    assert (md["region"], md["admin_level"]) == ("四川省成都市", "prefecture")


def test_a_county_people_s_congress_named_by_the_record_is_the_issuer():
    text = """【法规标题】务川仡佬族苗族自治县农村饮用水保护条例【发布部门】务川仡佬族苗族自治县人民代表大会【发布日期】2016.03.30【时效性】现行有效
第一条　为了保护农村饮用水水源，根据有关法律法规，结合自治县实际，制定本条例。
第二条　本条例适用于自治县行政区域内农村饮用水水源的保护。
"""
    md = _rec(text)["metadata"]
    assert md["issuers"] == ["务川仡佬族苗族自治县人民代表大会"]
    assert md["doc_type"] == "条例"


def test_signature_after_a_bracketed_note_closing_the_last_paragraph():
    text = """关于加快推进农村寄递物流体系建设的意见
各省、自治区、直辖市人民政府：
一、总体要求
到2025年，基本形成开放惠民的农村寄递物流体系。
二、保障措施
加强政策支持，鼓励各地区创新配套政策。（各地区、各部门负责）　商务部　交通运输部　国家邮政局　　2021年7月30日
"""
    md = _rec(text)["metadata"]
    assert md["issuers"] == ["商务部", "交通运输部", "国家邮政局"]
    assert md["issue_date"] == "2021-07-30"


def test_a_signed_attachment_is_not_the_notice_s_signature():
    text = """索引号：000014349/2008-00051
发布机构：国务院办公厅
关于吉林省松原市灌区建设有关问题的复函
国办函〔2008〕51号
吉林省人民政府：
你省《关于松原市灌区建设有关问题的请示》收悉。经国务院同意，现函复如下：
一、原则同意水利部提出的意见。
二、请你省抓紧组织实施。
附件：水利部关于松原市灌区建设有关问题的报告
附件
水利部关于松原市灌区建设有关问题的报告
国务院：
按照国务院领导同志批示，我部组织专家进行了实地调研。现将有关情况报告如下。
水利部
2008年3月10日
"""
    md = _rec(text)["metadata"]
    assert md["issuers"] == ["国务院办公厅"]
    assert md["doc_type"] == "复函"


# --- more header rows without 序号, from other offices and eras --------------------------------------

PROJECT_TABLE_IN_BODY = """某县2022年重点项目建设实施方案
一、总体目标
全年实施重点项目30个。
二、重点项目
项目名称
建设内容
建设地点
总投资
责任单位
1.县城污水处理厂扩建工程
新增处理能力2万吨/日
城关镇
1.2亿元
县住建局
2.农村公路提升工程
改造农村公路100公里
各乡镇
0.8亿元
县交通运输局
三、保障措施
（一）加强组织领导。
（二）强化要素保障。
"""

NINETIES_INDICATORS = """某地区“九五”农业发展计划
一、基本情况
“八五”期间全区农业稳步发展。
二、主要指标
指标名称
计量单位
1995年
2000年
1.粮食总产量
万吨
120
140
2.农民人均纯收入
元
1200
2000
三、主要措施
（一）稳定粮食生产。
（二）调整种植结构。
"""

TOWNSHIP_SCORING = """某镇2019年度村级综合考核办法
一、考核对象
全镇各行政村。
二、考核内容
（一）党建工作。
（二）经济发展。
附件：某镇村级综合考核评分细则
某镇人民政府
2019年2月1日
附件
某镇村级综合考核评分细则
考核项目
考核内容
分值
评分标准
一、党建工作（30分）
1.组织建设
10
未按期换届扣5分。
2.党员管理
10
二、经济发展（40分）
3.村集体收入
20
"""


def test_project_table_nineties_indicator_table_and_township_scoring_sheet_give_no_tasks():
    assert _paths(_rec(PROJECT_TABLE_IN_BODY)) == ["一", "二", "三", "三/(一)", "三/(二)"]
    assert _paths(_rec(NINETIES_INDICATORS)) == ["一", "二", "三", "三/(一)", "三/(二)"]
    assert _paths(_rec(TOWNSHIP_SCORING)) == ["一", "二", "二/(一)", "二/(二)"]


# --- a misprinted article token (b3 adjudication: read as the intended one) ----------------------------

def test_misprinted_dash_for_one_in_an_article_token_is_read_as_one():
    text = """黔东南苗族侗族自治州林业管理条例
第一章　总则
第一条　为了保护和发展森林资源，制定本条例。
第二条　本条例适用于自治州行政区域。
第二章　森林保护
第三条　州人民政府林业行政主管部门主管全州林业工作。
第二十条　禁止毁林开垦。
第二十－条　禁止在幼林地内砍柴、放牧。
第二十二条　林木采伐实行限额管理。
"""
    rec = _rec(text)
    assert _paths(rec) == ["第一章", "第一章/第一条", "第一章/第二条", "第二章", "第二章/第三条", "第二章/第二十条",
                           "第二章/第二十一条", "第二章/第二十二条"]
    t = next(t for t in rec["tasks"] if t["path"] == "第二章/第二十一条")
    assert text[t["span"][0]:t["span"][1]] == t["quote"]
    assert t["heading"] == "禁止在幼林地内砍柴、放牧"


def test_the_page_s_written_date_field_beats_the_printing_day_of_the_banji():
    text = """索引号：11420000010/2016-03215
发布机构：湖北省人民政府办公厅
成文日期：2016年08月15日
省人民政府办公厅关于加强基层医疗卫生机构建设的通知
各市、州、县人民政府，省政府各部门：
一、加强机构建设
每个乡镇办好一所卫生院。
二、加强人才队伍建设
落实乡村医生待遇。
抄送：省委各部门。
湖北省人民政府办公厅　　2016年8月18日印发
"""
    md = _rec(text)["metadata"]
    assert md["issue_date"] == "2016-08-15"


def test_a_list_of_attached_forms_headed_fubiao_is_no_task():
    text = """某县农村低保申请审批办法
一、申请条件
家庭人均收入低于当地低保标准。
二、申请材料
申请人应提交以下材料：
1.户口簿复印件；
2.家庭收入证明。
附表：1. 农村低保申请审批表
2. 农村低保家庭收入核算表
3. 农村低保对象花名册
附表1
农村低保申请审批表
"""
    assert _paths(_rec(text)) == ["一", "二", "二/1", "二/2"]
