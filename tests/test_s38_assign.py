"""s38-assign: responsibilities from task-division tables and assignments as Chinese notices write them (spec 1.1
section 6; guide R24, R35). Snippets written for these tests in the styles of other provinces, levels and eras (a Hubei
prefecture 2019, a Sichuan county 2016), never copied from a dev-corpus notice. Expected items written before the run.

The layout grammar read:
* a task-division table flattened with tabs whose rows are not all written alike: a row whose cells held line breaks
  (or a web view copied by parts) comes one cell per line, its 序号 alone on a line, between rows written with tabs; the
  table goes on under it, and every row gives its organs the roles of their columns;
* the first-listed declaration written under the table (`（注：排在第一位的为牵头单位）`) governs every row, those
  written one cell per line too.
"""
import pytest

from pipeline import process_text


def _triples(text):
    rec = process_text(text, doc_id="s38assign").model_dump()
    for x in rec["responsibilities"]:
        assert rec["text"][x["span"][0]:x["span"][1]] == x["quote"]
    return sorted((x["task"], x["department"], x["role"]) for x in rec["responsibilities"])


HEAD = """宜昌市人民政府办公室关于印发宜昌市促进物流业高质量发展实施方案的通知

宜府办发〔2019〕21号

各县市区人民政府，宜昌高新区管委会，市政府各部门：
《宜昌市促进物流业高质量发展实施方案》已经市人民政府同意，现印发给你们，请认真组织实施。

宜昌市人民政府办公室
2019年6月12日

宜昌市促进物流业高质量发展实施方案

一、主要任务
（一）完善物流枢纽布局。加快建设港口型国家物流枢纽，优化全市物流园区布局。
（二）发展多式联运。推进铁水联运、公水联运，完善集疏运体系。
（三）培育物流市场主体。支持本地物流企业做大做强，引进知名物流企业。
二、保障措施
各地各部门要加强协调配合，确保各项任务落到实处。

附件：宜昌市促进物流业高质量发展重点任务分工表

附件

宜昌市促进物流业高质量发展重点任务分工表

"""

# 1. A Hubei prefecture, 2019: rows 3 and 5 written one cell per line between rows written with tabs, the last row among
#    them; the first-listed note under the table. Rows 1 and 4 restate items (一)/(三) by their headings.
HUBEI_PREFECTURE_2019 = HEAD + """序号	重点任务	责任单位	完成时限
1	完善物流枢纽布局，建设港口型国家物流枢纽	市发改委、市交通运输局、市自然资源和规划局	2020年
2	建设三峡物流园多式联运中心	市交通运输局、市发改委、市财政局	2021年
3
推进冷链物流设施建设，建成冷链仓储能力10万吨
市商务局、市农业农村局、市市场监管局
2020年
4	培育物流市场主体，引进知名物流企业区域总部	市商务局、市发改委	长期坚持
5
推广标准托盘和物流信息平台应用
市经信局、市商务局、市交通运输局
2021年
（注：排在第一位的为牵头单位）
"""


@pytest.mark.parametrize("sep", ["\t", " | "])  # (tabs as a DOCX copy writes them, bars as our HTML reader does)
def test_rows_written_one_cell_per_line_inside_a_tab_table(sep):
    assert _triples(HUBEI_PREFECTURE_2019.replace("\t", sep)) == sorted([
        ("一/(一)", "宜昌市发展和改革委员会", "lead"), ("一/(一)", "宜昌市交通运输局", "co"),
        ("一/(一)", "宜昌市自然资源和规划局", "co"),
        ("表/2", "宜昌市交通运输局", "lead"), ("表/2", "宜昌市发展和改革委员会", "co"), ("表/2", "宜昌市财政局", "co"),
        ("表/3", "宜昌市商务局", "lead"), ("表/3", "宜昌市农业农村局", "co"), ("表/3", "宜昌市市场监督管理局", "co"),
        ("一/(三)", "宜昌市商务局", "lead"), ("一/(三)", "宜昌市发展和改革委员会", "co"),
        ("表/5", "宜昌市经济和信息化局", "lead"), ("表/5", "宜昌市商务局", "co"), ("表/5", "宜昌市交通运输局", "co"),
    ])


# 2. The same table with a bare number that is not the next row's (a page number `7` of a PDF's text under the last
#    row): no row is made of it and the lines after it.
def test_a_bare_number_that_is_not_the_next_row_makes_no_row():
    text = HEAD + """序号	重点任务	责任单位	完成时限
1	建设三峡物流园多式联运中心	市交通运输局、市发改委	2021年
2	推广标准托盘应用	市经信局、市商务局	2021年
7
市财政局要统筹安排资金。
"""
    assert _triples(text) == sorted([
        ("表/1", "宜昌市交通运输局", "responsible"), ("表/1", "宜昌市发展和改革委员会", "responsible"),
        ("表/2", "宜昌市经济和信息化局", "responsible"), ("表/2", "宜昌市商务局", "responsible"),
    ])


# 3. A Shanghai district, 2022: the municipality's 市交通委 (上海市交通委员会, its 2014 reform) and the board of the Lingang
#    new area written short (临港新片区管委会, the 中国（上海）自由贸易试验区临港新片区管理委员会 of 国发〔2019〕15号) in
#    bracketed 责任单位 lines (organ_local_names.tsv, organ_zone_names.tsv).
def test_shanghai_transport_commission_and_the_lingang_board_by_their_names():
    text = """上海市浦东新区人民政府关于印发浦东新区推进智能网联汽车产业发展行动方案的通知
浦府〔2022〕88号
各委、办、局，各街道办事处、镇人民政府：
现将《浦东新区推进智能网联汽车产业发展行动方案》印发给你们，请认真贯彻执行。
上海市浦东新区人民政府
2022年9月5日
一、重点任务
（一）建设测试示范区。扩大开放测试道路里程。（责任单位：临港新片区管委会、区建交委）
（二）完善交通配套。推进道路智能化改造。（责任单位：市交通委、区建交委）
"""
    assert _triples(text) == sorted([
        ("一/(一)", "中国（上海）自由贸易试验区临港新片区管理委员会", "responsible"),
        ("一/(一)", "上海市浦东新区建设和交通委员会", "responsible"),
        ("一/(二)", "上海市交通委员会", "responsible"), ("一/(二)", "上海市浦东新区建设和交通委员会", "responsible"),
    ])


# 4. A Jiangsu county, 2017: the county sub-branch of the central bank written with a county whose whole name is two
#    characters (`人行沛县支行`, `人民银行沛县支行`), in 责任单位 lines.
def test_central_bank_branch_of_a_two_character_county():
    triples = _triples("""沛县人民政府办公室关于印发沛县普惠金融发展实施方案的通知
沛政办发〔2017〕36号
各镇人民政府，县各有关部门：
现将《沛县普惠金融发展实施方案》印发给你们，请认真贯彻执行。
沛县人民政府办公室
2017年5月8日
一、重点任务
（一）扩大小微企业信贷投放。责任单位：县金融办、人行沛县支行
（二）推进农村信用体系建设。责任单位：人民银行沛县支行、县农委
""")
    assert ("一/(一)", "中国人民银行沛县支行", "responsible") in triples
    assert ("一/(二)", "中国人民银行沛县支行", "responsible") in triples
    assert len(triples) == 4


# 5. A Beijing district, 2023: a 每月一题 table whose task column is 题目; row 1 restates item (一) by its heading, row 2
#    restates none (表/2).
def test_the_topic_column_of_a_monthly_topic_table_is_its_task():
    assert _triples("""北京市朝阳区人民政府办公室关于印发朝阳区2023年“每月一题”工作方案的通知
朝政办发〔2023〕4号
一、工作任务
（一）物业服务管理。推动老旧小区引入物业服务。（牵头单位：区房管局）
（二）停车秩序治理。规范居住区停车管理。（牵头单位：区城管委）
附件
朝阳区2023年“每月一题”任务分工表
序号	月份	题目	牵头单位	完成时限
1	1月	物业服务管理	区房管局	2023年1月底
2	2月	供暖保障	区城管委	2023年2月底
""") == sorted([("一/(一)", "北京市朝阳区房管局", "lead"), ("一/(二)", "北京市朝阳区城市管理委员会", "lead"),
                ("表/2", "北京市朝阳区城市管理委员会", "lead")])


# 6. A Zhejiang town, 2020 (guide R32): a body told to name an officer by the body the officer sits on (`1名村“两委”成员`)
#    for the duty written right after is assigned the duty.
def test_a_body_naming_an_officer_of_its_committee_for_a_duty():
    assert _triples("""缙云县壶镇镇人民政府关于印发壶镇镇生活垃圾分类工作实施方案的通知
壶政发〔2020〕12号
一、工作措施
（一）落实村级责任。各村要确定1名村“两委”成员负责垃圾分类日常督导，建立村级台账。
（二）加强宣传。镇农业农村办要做好宣传发动。
""") == [("一/(一)", "各村", "responsible")]


# 7. A Sichuan prefecture, 2018 (guide D18): public institutions named with the organ they belong to in front
#    (`市农业农村局农业技术推广中心`, `市人力资源社会保障局就业服务中心`) are units, no departments: the organ at the head of
#    their name is given nothing for them; organs named on their own beside them keep their roles.
def test_an_organ_at_the_head_of_a_public_institutions_name_is_not_assigned():
    assert _triples("""绵阳市人民政府办公室关于印发绵阳市2018年农业农村重点工作的通知
绵府办发〔2018〕17号
各县市区人民政府，市政府各部门：
现将《绵阳市2018年农业农村重点工作》印发给你们，请认真贯彻执行。
绵阳市人民政府办公室
2018年3月2日
一、重点工作
（一）推广绿色种养技术。（市农业局牵头，市农业局农业技术推广中心、市财政局配合）
（二）开展农民职业培训。（市人力资源社会保障局就业服务中心负责）
（三）建设农产品质量追溯平台。（市农业局负责）
""") == sorted([("一/(一)", "绵阳市农业局", "lead"), ("一/(一)", "绵阳市财政局", "co"),
                ("一/(三)", "绵阳市农业局", "responsible")])


# 8. A Henan prefecture, 2021 (guide R12 in an annotation): `（A、B按职责分工负责，会同C）` — the 会同 clause goes on with the
#    负责 clause's organs, written once: A and B lead, C is co; `（A负责，B配合）` keeps A responsible (no 会同).
def test_a_huitong_clause_after_the_duty_clause_of_an_annotation():
    assert _triples("""郑州市人民政府办公厅关于印发郑州市2021年减税降费工作要点的通知
郑政办〔2021〕12号
各区县（市）人民政府，市人民政府各部门：
现将《郑州市2021年减税降费工作要点》印发给你们，请认真贯彻落实。
郑州市人民政府办公厅
2021年3月10日
一、重点任务
（一）落实减税政策。确保政策红利直达市场主体。（市财政局、市发展改革委按职责分工负责，会同市税务局）
（二）清理涉企收费。（市市场监管局负责，市财政局配合）
""") == sorted([("一/(一)", "郑州市财政局", "lead"), ("一/(一)", "郑州市发展和改革委员会", "lead"),
                ("一/(一)", "国家税务总局郑州市税务局", "co"),
                ("一/(二)", "郑州市市场监督管理局", "responsible"), ("一/(二)", "郑州市财政局", "co")])


# 9. A ministry's own notice, 2020 (guide D19, as its 司): the ministry's 办公厅 written bare in an assignment list is its
#    own general office; a public institution written with the ministry in front is no department (D18).
def test_a_ministrys_general_office_written_bare_in_its_own_notice():
    assert _triples("""农业农村部办公厅关于印发《2020年农业农村部政务公开工作要点》的通知
农办办〔2020〕5号
部机关各司局、派出机构，各直属单位：
现将《2020年农业农村部政务公开工作要点》印发给你们，请结合实际认真贯彻落实。
农业农村部办公厅
2020年4月20日
一、重点工作
1．加强政策解读。（办公厅牵头，市场与信息化司、农业农村部信息中心配合）
2．办好网上留言。（办公厅、市场与信息化司负责）
""") == sorted([("一/1", "农业农村部办公厅", "lead"), ("一/1", "农业农村部市场与信息化司", "co"),
                ("一/2", "农业农村部办公厅", "responsible"), ("一/2", "农业农村部市场与信息化司", "responsible")])


# 10. A central department's rule, 2015: the postal authority named by the Postal Law's formula (`国务院邮政管理部门`,
#     邮政法 2009 第四条) in a duty article (organ_sectors.tsv 邮政管理).
def test_the_state_councils_postal_authority_in_a_duty_article():
    rec = process_text("""邮政普遍服务监督管理办法
第一章 总则
第一条 为了加强邮政普遍服务监督管理，根据《中华人民共和国邮政法》，制定本办法。
第三条 国务院邮政管理部门负责对全国的邮政普遍服务实施监督管理。
""", doc_id="s38assign", region="中国", admin_level="central").model_dump()
    assert [(x["task"], x["department"], x["role"]) for x in rec["responsibilities"]] == \
        [("第一章/第三条", "国务院邮政管理部门", "responsible")]


# 11. The same Hubei table as a PDF's text gives it: the rows of the first page with their cell borders, a row one cell per
#     line across the page break, and the rows of the next page with spaces between their cells (the reader found no table
#     there), a deadline run onto the organs before it (`市商务局、市发改委2021年`).
def test_rows_of_a_tab_table_going_on_with_spaces_after_a_page_break():
    text = HEAD + """序号 | 重点任务 | 责任单位 | 完成时限
1 | 完善物流枢纽布局，建设港口型国家物流枢纽 | 市发改委、市交通运输局、市自然资源和规划局 | 2020年
2
建设三峡物流园多式联运中心
市交通运输局、市发改委、市财政局
2021年
3 推进冷链物流设施建设，建成冷链仓储能力10万吨 市商务局、市农业农村局、市市场监管局 2020年
4 培育物流市场主体，引进知名物流企业区域总部 市商务局、市发改委2021年
（注：排在第一位的为牵头单位）
"""
    assert _triples(text) == sorted([
        ("一/(一)", "宜昌市发展和改革委员会", "lead"), ("一/(一)", "宜昌市交通运输局", "co"),
        ("一/(一)", "宜昌市自然资源和规划局", "co"),
        ("表/2", "宜昌市交通运输局", "lead"), ("表/2", "宜昌市发展和改革委员会", "co"), ("表/2", "宜昌市财政局", "co"),
        ("表/3", "宜昌市商务局", "lead"), ("表/3", "宜昌市农业农村局", "co"), ("表/3", "宜昌市市场监督管理局", "co"),
        ("一/(三)", "宜昌市商务局", "lead"), ("一/(三)", "宜昌市发展和改革委员会", "co"),
    ])


# 12. A Guangxi prefecture, 2019 (spec 1.1 section 5, a shared determiner distributed): a city's urban districts written as a
#     kind after a determiner (`各相关城区人民政府`, as Guangxi's and Hunan's cities call them) and the zones' boards joined to
#     them with 和, the determiner shared: two collectives, each with it.
def test_urban_districts_and_boards_sharing_a_determiner():
    assert _triples("""柳州市人民政府办公室关于印发柳州市城市黑臭水体治理攻坚战实施方案的通知
柳政办〔2019〕45号
各城区人民政府，各开发区管委会，市直各委、办、局：
现将《柳州市城市黑臭水体治理攻坚战实施方案》印发给你们，请认真组织实施。
柳州市人民政府办公室
2019年5月6日
一、主要任务
（一）控源截污。完善污水收集管网。（牵头单位：市住建局；责任单位：市水利局，各相关城区人民政府和管委会）
（二）清淤疏浚。（责任单位：各有关城区人民政府）
""") == sorted([("一/(一)", "柳州市住房和城乡建设局", "lead"), ("一/(一)", "柳州市水利局", "co"),
                ("一/(一)", "各相关城区人民政府", "co"), ("一/(一)", "各相关管理委员会", "co"),
                ("一/(二)", "各有关城区人民政府", "responsible")])


# 13. A Hebei provincial rule, 2012 (spec 1.1 section 6, duty articles): the alternative a government may authorise, written
#     in the middle of the subject's list (`由县级人民政府或者其授权的部门、乡（镇）人民政府负责`), gets nothing and does not
#     cut the list: both governments are given the article.
def test_an_authorised_alternative_inside_the_subject_list_of_a_duty_article():
    rec = process_text("""河北省农村公路养护管理办法
第一章 总则
第一条 为了加强农村公路养护管理，制定本办法。
第六条 县道由县级人民政府或者其授权的部门、乡（镇）人民政府负责养护，所需资金列入本级财政预算。
""", doc_id="s38assign", region="河北省", admin_level="province").model_dump()
    assert sorted((x["task"], x["department"], x["role"]) for x in rec["responsibilities"]) == [
        ("第一章/第六条", "乡（镇）人民政府", "responsible"), ("第一章/第六条", "县级人民政府", "responsible")]


# 14. The PDF's next page as it runs a row's cells together (the spaces lost with the line breaks): the task ending in an
#     amount glued to the organs (`…达到30%市商务局、…`) and the organs glued to the deadline (`…市交通运输局2021年`). The
#     cells part where the organs' list opens after the amount and where the deadline opens after the organs; a name read
#     from inside a word (`市绿化市容局` as `市容局`) is no border.
def test_a_spaced_row_whose_cells_ran_together():
    text = HEAD + """序号 | 重点任务 | 责任单位 | 完成时限
1 | 完善物流枢纽布局，建设港口型国家物流枢纽 | 市发改委、市交通运输局 | 2020年
2 冷链物流企业入驻率达到30%市商务局、市绿化市容局、市交通运输局2021年
"""
    assert _triples(text) == sorted([
        ("一/(一)", "宜昌市发展和改革委员会", "responsible"), ("一/(一)", "宜昌市交通运输局", "responsible"),
        ("表/2", "宜昌市商务局", "responsible"), ("表/2", "宜昌市绿化和市容管理局", "responsible"),
        ("表/2", "宜昌市交通运输局", "responsible"),
    ])
