"""Issue 11 (session 6): notices of counties and townships, law-collection and web copies, inline
enumerations. Snippets written for these tests in the style of offices of several provinces and
eras (not from any corpus)."""
from pipeline.document import process_text
from pipeline.regions import township_region


def _rec(text):
    return process_text(text, doc_id="t").model_dump()


def _md(text):
    return _rec(text)["metadata"]


# --- a township's chain up to its province (pipeline/data/townships.tsv) ---------------------

TOWN_NOTICE = """新登镇人民政府文件
新政〔2021〕12号
新登镇人民政府关于印发《新登镇2021年美丽乡村建设工作要点》的通知
各村（社区）村（居）委会，镇机关各科室、镇属各单位：
现将《新登镇2021年美丽乡村建设工作要点》印发给你们，请结合实际，认真贯彻落实。
新登镇人民政府
2021年3月8日
新登镇2021年美丽乡村建设工作要点
2021年，我镇美丽乡村建设工作要以区委、区政府决策部署为统领，全面推进乡村振兴。
一、主要目标
全年完成3个精品村创建。
二、重点工作
1.抓好村庄规划编制。
2.抓好农村生活污水治理。
"""


def test_a_town_named_alone_gets_its_chain_from_the_table():
    md = _md(TOWN_NOTICE)
    # not the province that the 文号's code 新政 would suggest
    assert md["region"] == "浙江省杭州市富阳区新登镇"
    assert md["admin_level"] == "township"
    # a district's town signs with its city and district, as on its seal (spec section 5)
    assert md["issuers"] == ["杭州市富阳区新登镇人民政府"]


def test_a_shared_town_name_is_told_apart_by_the_county_the_notice_names():
    text = """中共城关镇委员会  城关镇人民政府
关于印发《城关镇2020年脱贫攻坚工作实施方案》的通知
城发〔2020〕5号
各村党支部、村委会，镇直各单位：
现将《城关镇2020年脱贫攻坚工作实施方案》印发给你们，请认真贯彻执行。
中共城关镇委员会
城关镇人民政府
2020年2月20日
城关镇2020年脱贫攻坚工作实施方案
为确保全镇如期实现脱贫目标，根据卢氏县委、县政府安排部署，结合我镇实际，制定本方案。
一、工作目标
二、工作措施
"""
    md = _md(text)
    assert md["region"] == "河南省三门峡市卢氏县城关镇"
    # a county's town signs with its county only
    assert md["issuers"] == ["中共卢氏县城关镇委员会", "卢氏县城关镇人民政府"]
    # 关 inside 城关镇 does not stop the issuers' names before 关于 (guide M1)
    assert md["notice_title"] == "关于印发《城关镇2020年脱贫攻坚工作实施方案》的通知"


def test_a_shared_town_name_is_told_apart_by_its_city():
    text = ("太平镇人民政府关于做好2019年秋冬季森林防火工作的通知\n各村委会，镇直各单位：\n"
            "为切实做好今冬明春森林防火工作，根据尚志市森林防火指挥部的统一部署，现将有关事项通知如下：\n"
            "一、提高思想认识\n二、落实防火责任\n太平镇人民政府\n2019年10月8日\n")
    md = _md(text)
    assert md["region"] == "黑龙江省哈尔滨市尚志市太平镇"
    assert md["issuers"] == ["尚志市太平镇人民政府"]


def test_a_shared_street_name_without_a_place_is_not_guessed():
    assert township_region("龙凤街道") is None
    assert township_region("龙凤街道", "根据大庆市安委会部署") == "黑龙江省大庆市龙凤区龙凤街道"
    assert township_region("新登镇") == "浙江省杭州市富阳区新登镇"
    # the county the notice names is not the table's: the town is one the table does not hold
    assert township_region("新登镇", "", {"桐庐县"}) is None
    assert township_region("不存在乡") is None


# --- law-collection and web copies: title above the record's fields, issuer from a field -----

def test_title_above_a_law_collection_record():
    text = """吉林省人民政府关于加强乡镇企业环境保护工作的通知
发布机关：吉林省人民政府
发文字号：吉政发〔1997〕23号
发布日期：1997.06.12
实施日期：1997.06.12
效力级别：地方规范性文件
时效性：现行有效
各市州人民政府，各县（市、区）人民政府，省政府各厅委办、各直属机构：
为贯彻落实国家有关环境保护的决定，现就加强乡镇企业环境保护工作通知如下：
一、提高认识，加强领导
二、严格执行环境影响评价制度
"""
    rec = _rec(text)
    md = rec["metadata"]
    assert md["title"] == "吉林省人民政府关于加强乡镇企业环境保护工作的通知"
    assert md["doc_number"] == "吉政发〔1997〕23号"
    assert md["issuers"] == ["吉林省人民政府"] and md["region"] == "吉林省"
    assert md["doc_type"] == "通知"
    assert [t["path"] for t in rec["tasks"]] == ["一", "二"]


def test_bracketed_fields_of_a_law_collection_give_the_issuer_of_a_self_titled_policy():
    text = """【法规标题】关于进一步加强农村义务教育经费保障的若干意见
【发布部门】广西壮族自治区人民政府
【发文字号】桂政发〔2006〕31号
【发布日期】2006.09.20
【时效性】现行有效
【效力级别】地方规范性文件
关于进一步加强农村义务教育经费保障的若干意见
各市、县人民政府，自治区人民政府各组成部门、各直属机构：
为深化农村义务教育经费保障机制改革，现提出如下意见：
一、明确经费保障责任
二、规范经费使用管理
"""
    md = _md(text)
    assert md["title"] == "关于进一步加强农村义务教育经费保障的若干意见"
    assert md["doc_number"] == "桂政发〔2006〕31号"
    assert md["issuers"] == ["广西壮族自治区人民政府"]
    assert md["region"] == "广西壮族自治区" and md["admin_level"] == "province"
    assert md["doc_type"] == "意见"


def test_the_source_line_of_a_web_page_names_the_publishing_organ():
    text = """关于做好2015年农民工工资支付保障工作的通知
来源：宜春市人力资源和社会保障局  发布时间：2015-01-09  浏览次数：312
各县（市、区）人力资源和社会保障局：
为切实维护农民工合法权益，现就做好2015年农民工工资支付保障工作通知如下：
一、开展专项检查
二、畅通举报投诉渠道
"""
    md = _md(text)
    assert md["issuers"] == ["宜春市人力资源和社会保障局"]
    assert md["region"] == "江西省宜春市" and md["admin_level"] == "prefecture"


def test_a_news_outlet_in_the_source_line_is_no_issuer():
    text = ("关于做好2015年农民工工资支付保障工作的通知\n来源：宜春日报社  发布时间：2015-01-09\n"
            "各县（市、区）人力资源和社会保障局：\n为切实维护农民工合法权益，现就有关工作通知如下：\n一、开展专项检查\n")
    assert _md(text)["issuers"] == []


# --- an enumeration inside an item's sentence --------------------------------------------

def test_inline_enumerations_after_a_colon_are_items():
    text = """关于开展2023年度县级文明单位评选的通知
各乡镇人民政府，县直各单位：
为深化精神文明创建，现将有关事项通知如下：
一、评选条件
（一）申报单位须同时具备以下条件：（1）领导班子团结有力；（2）近三年未发生重大安全事故；（3）群众满意度达到90%以上。
（二）有下列情形之一的，实行“一票否决”：①发生违法违纪案件的；②发生重大责任事故的。
二、评选程序
1.单位申报。按照（1）自评，（2）公示的顺序进行。
2.县级审核。
二〇二三年五月六日
"""
    rec = _rec(text)
    tasks = [(t["path"], t["heading"]) for t in rec["tasks"]]
    assert tasks == [
        ("一", "评选条件"),
        ("一/(一)", "申报单位须同时具备以下条件：（1）领导班子团结有力；（2）近三年未发生重大安全事故；（3）群众满意度达到90%以上"),
        ("一/(一)/(1)", "领导班子团结有力"), ("一/(一)/(2)", "近三年未发生重大安全事故"),
        ("一/(一)/(3)", "群众满意度达到90%以上"),
        ("一/(二)", "有下列情形之一的，实行“一票否决”：①发生违法违纪案件的；②发生重大责任事故的"),
        ("一/(二)/①", "发生违法违纪案件的"), ("一/(二)/②", "发生重大责任事故的"),
        # numbers inside a sentence without a colon before them are not an enumeration of items
        ("二", "评选程序"), ("二/1", "单位申报"), ("二/2", "县级审核")]
    for t in rec["tasks"]:
        assert rec["text"][t["span"][0]:t["span"][1]] == t["quote"]


# --- layouts of the 1990s-2000s: enclosed list numbers, a year's zero typed as O -----------

def test_enclosed_list_numbers_and_a_year_typed_with_letter_o():
    text = """潜山县人民政府关于进一步加强安全生产工作的通知
潜政〔2008〕36号
各乡镇人民政府，县政府各部门、各直属机构：
为认真贯彻落实省、市安全生产工作会议精神，现就进一步加强我县安全生产工作通知如下：
一、明确安全生产目标
全年各类事故死亡人数控制在市下达指标以内。
二、落实安全生产责任
㈠落实政府监管责任。
⒈乡镇政府对本辖区安全生产负总责。
⒉县直有关部门按照职责分工负责。
㈡落实企业主体责任。
三、深入开展专项整治
⑴道路交通专项整治。
⑵非煤矿山专项整治。
潜山县人民政府
二OO八年五月十二日
"""
    rec = _rec(text)
    assert [(t["path"], t["heading"]) for t in rec["tasks"]] == [
        ("一", "明确安全生产目标"), ("二", "落实安全生产责任"), ("二/(一)", "落实政府监管责任"),
        ("二/(一)/1", "乡镇政府对本辖区安全生产负总责"), ("二/(一)/2", "县直有关部门按照职责分工负责"),
        ("二/(二)", "落实企业主体责任"), ("三", "深入开展专项整治"), ("三/(1)", "道路交通专项整治"),
        ("三/(2)", "非煤矿山专项整治")]
    md = rec["metadata"]
    assert md["issue_date"] == "2008-05-12" and md["issuers"] == ["潜山县人民政府"]
    assert "二OO八年五月十二日" in rec["text"]  # the record keeps the text as written


def test_a_year_typed_with_full_width_letters_and_digit_zeros():
    for date in ("二ＯＯ九年二月二十日", "二00九年二月二十日", "二0O九年二月二十日"):
        text = ("平昌县人民政府办公室\n关于切实做好2009年春季农业生产工作的通知\n各乡镇人民政府，县级有关部门：\n"
                "现就做好今年春季农业生产工作通知如下：\n一、抓好粮食生产\n二、抓好畜牧业生产\n平昌县人民政府办公室\n" + date + "\n")
        md = _md(text)
        assert md["issue_date"] == "2009-02-20", date
        assert md["issuers"] == ["平昌县人民政府办公室"]


# --- parts of a long plan, numbering that skips ------------------------------------------

PARTS = """红河州“十三五”旅游产业发展规划
第一部分  发展基础
一、发展现状
二、面临形势
第二部分  总体思路
{a}、指导思想
{b}、发展目标
（一）近期目标。到2018年，接待游客达到1500万人次。
（二）远期目标。
第三部分  重点任务
{c}、完善旅游基础设施
"""


def test_parts_are_tokens_when_each_part_counts_again():
    rec = _rec(PARTS.format(a="一", b="二", c="一"))
    assert [t["path"] for t in rec["tasks"]] == [
        "第一部分", "第一部分/一", "第一部分/二", "第二部分", "第二部分/一", "第二部分/二", "第二部分/二/(一)",
        "第二部分/二/(二)", "第三部分", "第三部分/一"]
    assert rec["tasks"][0]["heading"] == "发展基础"


def test_parts_are_left_out_when_the_numbering_runs_on():
    rec = _rec(PARTS.format(a="三", b="四", c="五"))
    assert [t["path"] for t in rec["tasks"]] == ["一", "二", "三", "四", "四/(一)", "四/(二)", "五"]


def test_a_skipped_number_does_not_discard_the_rest_of_the_list():
    text = """关于做好全县秋季学期开学工作的通知
各乡镇中心学校，县直各学校：
现将有关事项通知如下：
一、做好开学准备
（一）排查校舍安全。
（二）做好教材发放。
（四）落实资助政策。
（五）加强食品安全。
二、强化安全管理
三、加强师德建设
五、做好疫情防控
六、加强督导检查
1.县教育局组成督导组。
2.开展开学专项督导。
县教育局
2020年8月20日
"""
    assert [t["path"] for t in _rec(text)["tasks"]] == [
        "一", "一/(一)", "一/(二)", "一/(四)", "一/(五)", "二", "三", "五", "六", "六/1", "六/2"]


def test_a_stray_number_without_a_successor_stays_out():
    text = ("关于做好防汛工作的通知\n各乡镇人民政府：\n现将有关事项通知如下：\n一、加强领导\n（一）落实责任。\n"
            "（三）年度降雨量预计偏多。\n二、强化值守\n某县防汛抗旱指挥部办公室\n2021年5月6日\n")
    assert [t["path"] for t in _rec(text)["tasks"]] == ["一", "一/(一)", "二"]


# --- a joint signature wrapped over two right-aligned lines (PDF) --------------------------

def test_a_joint_signature_wrapped_inside_an_organ_name():
    from pipeline.layout import Line, find_layout
    from pipeline.extract.metadata import _signature_organs

    text = ("关于加强中小学课后服务工作的通知\n各设区市教育局：\n为做好课后服务工作，现将有关事项通知如下。\n一、提高思想认识\n"
            "江西省教育厅 江西省财政厅 江西省人力资\n源和社会保障厅 江西省市场监督管理局\n2021年9月1日\n")
    layout = find_layout(text)
    assert [ln.text for ln in layout.signature_lines] == ["江西省教育厅 江西省财政厅 江西省人力资",
                                                         "源和社会保障厅 江西省市场监督管理局"]
    assert _signature_organs(layout.signature_lines) == ["江西省教育厅", "江西省财政厅", "江西省人力资源和社会保障厅",
                                                         "江西省市场监督管理局"]
    assert _signature_organs([Line("中共宁陵县委全面深化改革委员会办", 0, 1), Line("公室", 2, 3)]) == [
        "中共宁陵县委全面深化改革委员会办公室"]


def test_a_long_single_name_wrapped_before_the_date():
    text = ("关于做好医药卫生体制改革工作的通知\n各乡镇人民政府，县直各部门：\n为深化医药卫生体制改革，现将有关事项通知如下。\n"
            "一、总体要求\n二、重点任务\n中共宁陵县委全面深化改革委员会办\n公室\n2020年3月2日\n")
    md = _md(text)
    assert md["issuers"] == ["中共宁陵县委全面深化改革委员会办公室"]
    assert md["region"] == "河南省商丘市宁陵县" and md["issue_date"] == "2020-03-02"


def test_a_bare_heading_above_a_one_organ_signature_is_not_glued_to_it():
    text = ("关于做好防汛工作的通知\n各乡镇人民政府：\n现将有关事项通知如下：\n一、加强领导\n二、强化值守\n"
            "请各单位认真执行\n宁陵县水利局\n2021年5月6日\n")
    assert _md(text)["issuers"] == ["宁陵县水利局"]


# --- the 发文机关标志 (`…文件`) names the issuers when nothing else does ------------------------

def test_a_masthead_names_the_issuers_of_a_self_titled_policy_without_signature():
    text = """宁陵县人民政府文件
宁政〔2019〕5号
关于加快推进农业产业化经营的实施意见
各乡镇人民政府，县政府各部门：
为加快推进我县农业产业化经营，现提出如下实施意见：
一、明确发展目标
二、培育龙头企业
"""
    md = _md(text)
    assert md["issuers"] == ["宁陵县人民政府"]
    assert md["region"] == "河南省商丘市宁陵县" and md["admin_level"] == "county"
    assert md["title"] == "关于加快推进农业产业化经营的实施意见" and md["doc_type"] == "实施意见"


def test_a_joint_masthead_keeps_its_line_apart_from_the_document_number():
    text = """中共宁陵县委办公室  宁陵县人民政府办公室文件
宁办〔2019〕12号
关于印发《宁陵县乡村振兴战略实施方案》的通知
各乡镇党委、人民政府，县委各部委，县直各单位：
现将《宁陵县乡村振兴战略实施方案》印发给你们，请结合实际认真贯彻落实。
2019年4月2日
宁陵县乡村振兴战略实施方案
一、总体要求
二、重点任务
"""
    md = _md(text)
    assert md["doc_number"] == "宁办〔2019〕12号"
    assert md["issuers"] == ["中共宁陵县委办公室", "宁陵县人民政府办公室"]
    assert md["title"] == "宁陵县乡村振兴战略实施方案"


# --- notices of earlier eras: counties of their time, a government order's 题注 ----------------

def test_a_county_since_made_a_city_is_found_under_its_name_of_the_time():
    text = """腾冲县人民政府办公室关于印发腾冲县2012年森林防火工作方案的通知
腾政办发〔2012〕8号
各乡镇人民政府，县直各部门：
现将《腾冲县2012年森林防火工作方案》印发给你们，请认真贯彻执行。
腾冲县人民政府办公室
二〇一二年一月十日
腾冲县2012年森林防火工作方案
一、工作目标
二、工作措施
（一）落实责任。县林业局牵头负责。
"""
    rec = _rec(text)
    md = rec["metadata"]
    assert (md["region"], md["admin_level"]) == ("云南省保山市腾冲县", "county")
    assert md["issue_date"] == "2012-01-10"
    assert [(r["task"], r["department"], r["role"]) for r in rec["responsibilities"]] == [
        ("二/(一)", "腾冲县林业局", "lead")]


def test_a_rule_promulgated_by_an_order_named_in_its_note():
    text = """河南省城市房屋拆迁管理实施办法
（1998年3月5日河南省人民政府令第38号发布）
第一章  总则
第一条  为加强城市房屋拆迁管理，结合本省实际，制定本办法。
第二章  拆迁管理
第一节  拆迁审批
第二条  拆迁房屋的单位应当持下列文件提出申请：
（一）建设项目批准文件；
（二）拆迁计划和拆迁方案。
第二节  拆迁补偿
第三条  拆迁补偿实行下列方式：
一、货币补偿；
二、产权调换。
"""
    rec = _rec(text)
    md = rec["metadata"]
    assert md["issuers"] == ["河南省人民政府"] and md["issue_date"] == "1998-03-05"
    assert md["doc_number"] == "河南省人民政府令第38号"
    assert md["title"] == "河南省城市房屋拆迁管理实施办法" and md["doc_type"] == "实施办法"
    assert [t["path"] for t in rec["tasks"]] == [
        "第一章", "第一章/第一条", "第二章", "第二章/第一节", "第二章/第一节/第二条", "第二章/第一节/第二条/(一)",
        "第二章/第一节/第二条/(二)", "第二章/第二节", "第二章/第二节/第三条", "第二章/第二节/第三条/一",
        "第二章/第二节/第三条/二"]


# --- 批转 notices; titles that end in 制度 or 标准 --------------------------------------------

def test_a_pizhuan_notice_transmits_the_plan_after_it():
    text = """宁陵县人民政府批转县发展和改革委员会关于2010年国民经济和社会发展计划的通知
宁政〔2010〕9号
各乡镇人民政府，县政府各部门：
县政府同意县发展和改革委员会《关于2010年国民经济和社会发展计划》，现批转给你们，请认真贯彻执行。
宁陵县人民政府
二〇一〇年三月八日
关于2010年国民经济和社会发展计划
一、主要目标
二、主要任务
"""
    rec = _rec(text)
    md = rec["metadata"]
    assert md["notice_title"] == "批转县发展和改革委员会关于2010年国民经济和社会发展计划的通知"  # guide M1c
    assert md["title"] == "关于2010年国民经济和社会发展计划" and md["doc_type"] == "计划"
    assert md["issuers"] == ["宁陵县人民政府"]
    assert [t["path"] for t in rec["tasks"]] == ["一", "二"]


def test_titles_ending_in_a_rule_word_outside_the_genre_list():
    text = ("宁陵县村级公益事业一事一议财政奖补资金管理制度\n第一条 为规范一事一议财政奖补资金管理，制定本制度。\n"
            "第二条 奖补资金实行专账管理。\n")
    assert _md(text)["doc_type"] == "制度"
    text = ("宁陵县2019年城乡居民最低生活保障标准\n各乡镇人民政府：\n经县政府研究，现将有关标准通知如下：\n"
            "一、城市低保标准\n每人每月不低于560元。\n二、农村低保标准\n")
    md = _md(text)
    # the short title does not run into the addressee line below it
    assert md["title"] == "宁陵县2019年城乡居民最低生活保障标准" and md["doc_type"] == "标准"


# --- web copies that lost their breaks or the plan's title ----------------------------------

def test_a_list_run_into_the_sentence_that_announces_it():
    text = """关于做好2021年度全县耕地保护工作的通知
各乡镇人民政府，县直有关单位：
为切实做好耕地保护工作，现将有关事项通知如下：一、严格落实耕地保护责任。各乡镇要层层签订目标责任书。二、严格控制建设占用耕地。三、加强执法监管。（一）开展动态巡查。（二）严肃查处违法行为。四、强化考核。
宁陵县人民政府办公室
2021年4月6日
"""
    assert [(t["path"], t["heading"]) for t in _rec(text)["tasks"]] == [
        ("一", "严格落实耕地保护责任"), ("二", "严格控制建设占用耕地"), ("三", "加强执法监管"),
        ("三/(一)", "开展动态巡查"), ("三/(二)", "严肃查处违法行为"), ("四", "强化考核")]


def test_a_lone_number_after_a_colon_is_not_a_list():
    text = ("关于做好耕地保护工作的通知\n各乡镇人民政府：\n现将有关事项通知如下：一、严格落实耕地保护责任，各乡镇要层层签订目标责任书。\n"
            "宁陵县人民政府办公室\n2021年4月6日\n")
    assert _rec(text)["tasks"] == []


def test_a_transmitted_plan_without_its_title_line():
    text = """宁陵县人民政府办公室关于印发宁陵县2020年冬春农田水利建设实施方案的通知
各乡镇人民政府，县直有关部门：
《宁陵县2020年冬春农田水利建设实施方案》已经县政府同意，现印发给你们，请认真组织实施。
宁陵县人民政府办公室
2020年11月2日
为扎实推进今冬明春农田水利基本建设，结合我县实际，制定本方案。
一、目标任务
全县新增有效灌溉面积1万亩。
二、工作措施
（一）加强组织领导。
（二）强化资金保障。
三、工作要求
"""
    rec = _rec(text)
    md = rec["metadata"]
    # `二、工作措施` below the plan's text is no title, though it ends in a genre word
    assert md["title"] == "宁陵县2020年冬春农田水利建设实施方案" and md["doc_type"] == "实施方案"
    assert [t["path"] for t in rec["tasks"]] == ["一", "二", "二/(一)", "二/(二)", "三"]


def test_top_headings_of_a_copy_that_left_parts_out_are_kept_as_written():
    text = """关于做好农村公路养护工作的通知
各乡镇人民政府：
二、落实养护责任
（一）明确乡镇责任。各乡镇负责辖区内村道养护。
（二）落实养护资金。
四、加强考核
（一）建立考核制度。
六、工作要求
"""
    assert [t["path"] for t in _rec(text)["tasks"]] == ["二", "二/(一)", "二/(二)", "四", "四/(一)", "六"]


def test_an_out_of_sequence_number_in_a_sentence_line_is_not_a_heading():
    text = ("关于做好农村公路养护工作的通知\n各乡镇人民政府：\n一、落实养护责任\n"
            "三、五年内完成全部村道硬化，各乡镇要抓紧实施。\n二、加强考核\n")
    assert [t["path"] for t in _rec(text)["tasks"]] == ["一", "二"]


def test_a_signature_dated_in_yuanyue():
    text = ("平昌县人民政府办公室\n关于做好春节期间安全生产工作的通知\n各乡镇人民政府：\n现就有关事项通知如下：\n一、加强值班\n"
            "平昌县人民政府办公室\n二〇〇八年元月十日\n")
    md = _md(text)
    assert md["issue_date"] == "2008-01-10" and md["issuers"] == ["平昌县人民政府办公室"]


def test_a_chapter_line_that_goes_on_with_its_first_article():
    text = """某省农村扶贫开发条例
第一章　总　则　第一条　为了促进农村扶贫开发，结合本省实际，制定本条例。　第二条　本条例适用于本省行政区域内的农村扶贫开发活动。
第二章　扶贫对象　第三条　扶贫对象是指农村贫困户和贫困村。
第四条　扶贫对象的认定办法由省人民政府制定。
"""
    rec = _rec(text)
    assert [(t["path"], t["heading"].replace(" ", "").replace("\u3000", "")) for t in rec["tasks"]] == [
        ("第一章", "总则"), ("第一章/第一条", "为了促进农村扶贫开发，结合本省实际，制定本条例"),
        ("第一章/第二条", "本条例适用于本省行政区域内的农村扶贫开发活动"), ("第二章", "扶贫对象"),
        ("第二章/第三条", "扶贫对象是指农村贫困户和贫困村"), ("第二章/第四条", "扶贫对象的认定办法由省人民政府制定")]
    for t in rec["tasks"]:
        assert rec["text"][t["span"][0]:t["span"][1]] == t["quote"]


def test_a_forwarded_document_titled_from_guanyu_with_its_author_under_the_title():
    text = """湖南省人民政府办公厅转发省财政厅关于加强乡镇财政管理意见的通知
（湘政办发〔2005〕12号）
各市州、县市区人民政府，省政府各厅委、各直属机构：
省财政厅《关于加强乡镇财政管理的意见》已经省人民政府同意，现转发给你们，请认真贯彻执行。
二〇〇五年四月八日
关于加强乡镇财政管理的意见
省财政厅
一、充分认识加强乡镇财政管理的重要性
二、积极推进乡财县管改革
（一）实行预算共编。
三、加强组织领导
"""
    rec = _rec(text)
    md = rec["metadata"]
    assert md["title"] == "关于加强乡镇财政管理的意见" and md["doc_type"] == "意见"
    assert md["notice_title"] == "转发省财政厅关于加强乡镇财政管理意见的通知"
    assert md["issuers"] == ["湖南省人民政府办公厅"] and md["doc_number"] == "湘政办发〔2005〕12号"
    assert [t["path"] for t in rec["tasks"]] == ["一", "二", "二/(一)", "三"]


def test_a_notice_about_a_law_it_cites_is_its_own_policy():
    text = """宁陵县人民政府关于认真贯彻落实《河南省安全生产条例》的通知
各乡镇人民政府，县政府各部门：
《河南省安全生产条例》已于2016年7月1日起施行，请各乡镇、各部门认真组织学习，县安监局要会同有关部门加强监督检查。
宁陵县人民政府
2016年8月3日
"""
    rec = _rec(text)
    md = rec["metadata"]
    assert md["title"] == "宁陵县人民政府关于认真贯彻落实《河南省安全生产条例》的通知"
    assert md["notice_title"] is None and md["doc_type"] == "通知"
    assert "宁陵县安全生产监督管理局" in [d["name"] for d in rec["departments"]]


def test_a_notice_titled_with_the_plan_it_transmits_still_transmits():
    text = """宁陵县人民政府办公室关于《宁陵县2021年春季植树造林实施方案》的通知
各乡镇人民政府，县直有关单位：
现将《宁陵县2021年春季植树造林实施方案》印发给你们，请认真贯彻执行。
宁陵县人民政府办公室
2021年2月26日
宁陵县2021年春季植树造林实施方案
一、目标任务
二、保障措施
"""
    rec = _rec(text)
    assert rec["metadata"]["title"] == "宁陵县2021年春季植树造林实施方案"
    assert [t["path"] for t in rec["tasks"]] == ["一", "二"]


def test_the_subject_words_line_opens_the_banji_of_an_older_plan():
    text = """宁陵县人民政府办公室关于印发宁陵县2005年扶贫开发工作要点的通知
各乡镇人民政府，县直各单位：
现将《宁陵县2005年扶贫开发工作要点》印发给你们，请认真贯彻执行。
宁陵县人民政府办公室
二〇〇五年三月一日
宁陵县2005年扶贫开发工作要点
一、整村推进
二、劳动力转移培训
主题词：扶贫　要点　通知
抄送：县委办公室。
宁陵县人民政府办公室　　　　2005年3月1日印发
"""
    from pipeline.layout import find_layout

    rec = _rec(text)
    assert [t["path"] for t in rec["tasks"]] == ["一", "二"]
    layout = find_layout(rec["text"])
    assert layout.body_end <= rec["text"].find("主题词")


def test_chapters_of_a_copy_that_starts_at_the_first_article():
    text = """第一条　为规范全县农村集体资产管理，制定本办法。
第二条　本办法适用于本县行政区域内的农村集体经济组织。
第二章　资产管理
第三条　集体资产实行台账管理。
第四条　有下列情形之一的，应当进行资产评估：
（一）集体资产拍卖、转让的；
（二）以集体资产对外投资的。
第三章　附　则
第五条　本办法自发布之日起施行。
"""
    assert [t["path"] for t in _rec(text)["tasks"]] == [
        "第一条", "第二条", "第二章", "第二章/第三条", "第二章/第四条", "第二章/第四条/(一)", "第二章/第四条/(二)",
        "第三章", "第三章/第五条"]


def test_a_party_committee_glued_to_the_government_in_a_self_titled_policy():
    text = ("中共宁陵县委宁陵县人民政府关于加快推进新型城镇化的实施意见\n宁发〔2014〕8号\n各乡镇党委、人民政府，县委各部委，县直各单位：\n"
            "为加快推进新型城镇化，现提出如下实施意见。\n一、总体要求\n二、主要任务\n")
    md = _md(text)
    assert md["issuers"] == ["中共宁陵县委员会", "宁陵县人民政府"]
    # spec 1.1: a self-titled policy keeps its issuers in its title, as written
    assert md["title"] == "中共宁陵县委宁陵县人民政府关于加快推进新型城镇化的实施意见"
    assert (md["region"], md["admin_level"]) == ("河南省商丘市宁陵县", "county")


def test_a_number_alone_on_its_line_takes_the_next_line_as_heading():
    text = """关于做好全县森林防火工作的通知
各乡镇人民政府，县直有关单位：
为做好森林防火工作，现将有关事项通知如下：
一、加强组织领导
二、严格野外火源管理
（一）
加强巡山护林。各乡镇要落实护林员。
（二）
严格审批野外用火。
宁陵县人民政府办公室
2021年3月1日
"""
    rec = _rec(text)
    assert [(t["path"], t["heading"]) for t in rec["tasks"]] == [
        ("一", "加强组织领导"), ("二", "严格野外火源管理"), ("二/(一)", "加强巡山护林"), ("二/(二)", "严格审批野外用火")]
    for t in rec["tasks"]:
        assert rec["text"][t["span"][0]:t["span"][1]] == t["quote"]


def test_a_pdf_whose_joint_signature_wraps_inside_an_organ_name():
    """tests/fixtures/pdf/joint_signature_wrapped.pdf: a snippet written for this test, laid out by
    scripts/make_pdfs.build_docx (GB/T 9704, signature right-aligned) and exported by LibreOffice;
    the six-organ signature wraps as `…江西省卫生健康` / `委员会`."""
    from pathlib import Path

    from pipeline import process

    rec = process(Path(__file__).parent / "fixtures" / "pdf" / "joint_signature_wrapped.pdf").model_dump()
    md = rec["metadata"]
    assert md["issuers"] == ["江西省教育厅", "江西省发展和改革委员会", "江西省财政厅", "江西省人力资源和社会保障厅",
                             "江西省市场监督管理局", "江西省卫生健康委员会"]
    assert md["issue_date"] == "2021-09-01"
    assert rec["departments"] == []  # the signature is not body


def test_a_provinces_code_in_a_towns_document_number_is_not_its_region():
    text = ("关于进一步加强我镇农村宅基地管理的通知\n湘政〔2021〕5号\n各村（社区），镇属各单位：\n"
            "为规范我镇农村宅基地审批管理，现就有关事项通知如下：\n一、严格审批程序\n二、加强批后监管\n"
            "湘东坪镇人民政府\n二〇二一年四月十二日\n")
    md = _md(text)
    assert md["admin_level"] == "township" and md["region"] is None


def test_a_town_excerpt_without_issuer_is_the_towns_own():
    text = ("为加快推进我镇人居环境整治，结合新登镇实际，制定本方案。\n一、工作目标\n二、工作任务\n"
            "（一）垃圾分类。镇城管中队负责。\n")
    md = _md(text)
    assert (md["region"], md["admin_level"]) == ("浙江省杭州市富阳区新登镇", "township")
    assert md["doc_type"] == "方案"


def test_a_county_excerpt_that_counts_its_towns_stays_the_countys():
    text = ("各乡镇人民政府，县直有关单位：\n为做好全县高素质农民培育工作，根据宁陵县委、县政府安排，现将有关事项通知如下：\n"
            "一、培育目标\n全乡镇共培育高素质农民300人。\n二、工作措施\n县农业农村局负责组织实施。\n")
    md = _md(text)
    assert (md["region"], md["admin_level"]) == ("河南省商丘市宁陵县", "county")


def test_a_bare_county_issuer_is_the_county_the_body_names_not_the_city_it_cites():
    text = """关于做好2021年中小学招生入学工作的通知
各乡镇中心学校，县直各学校：
根据商丘市教育局《关于做好2021年商丘市中小学招生工作的通知》要求，结合商丘市教育工作会议精神和宁陵县实际，现将有关事项通知如下：
一、招生原则
二、招生范围
县教育体育局
2021年6月10日
"""
    md = _md(text)
    assert (md["region"], md["admin_level"]) == ("河南省商丘市宁陵县", "county")
    assert md["issuers"] == ["宁陵县教育体育局"]


def test_an_issuer_named_with_the_documents_own_title_in_the_body():
    text = ("关于乡村医生执业注册有关问题的暂行规定\n（卫医发〔2004〕55号）\n为做好乡村医生执业注册工作，特作如下规定：\n"
            "一、注册条件\n二、注册程序\n卫生部《关于乡村医生执业注册有关问题的暂行规定》说明\n一、起草背景\n")
    md = _md(text)
    assert md["issuers"] == ["卫生部"] and (md["region"], md["admin_level"]) == ("全国", "central")


def test_a_document_number_alone_names_no_issuer():
    text = ("关于乡村医生执业注册有关问题的暂行规定\n（卫医发〔2004〕55号）\n为做好乡村医生执业注册工作，特作如下规定：\n"
            "一、注册条件\n二、注册程序\n")
    assert _md(text)["issuers"] == []  # guide M2: the issuer is not guessed


def test_districts_of_the_same_name_are_told_apart_by_the_streets_the_notice_names():
    from pipeline.regions import resolve_region

    assert resolve_region(["鼓楼区人民政府"], "", "华大街道、东街街道、温泉街道要加强管理") == ("福建省福州市鼓楼区", "county")
    assert resolve_region(["鼓楼区人民政府"], "", "宁海路街道、湖南路街道要加强管理") == ("江苏省南京市鼓楼区", "county")
    text = ("鼓楼区人民政府办公室关于做好2022年防汛工作的通知\n各街道办事处，区直各部门：\n"
            "为做好今年防汛工作，现将有关事项通知如下：\n一、落实责任\n华大街道、东街街道、温泉街道要加强沿江巡查。\n"
            "鼓楼区人民政府办公室\n2022年5月6日\n")
    md = _md(text)
    assert md["region"] == "福建省福州市鼓楼区" and md["issuers"] == ["福州市鼓楼区人民政府办公室"]


def test_a_printing_line_dated_in_chinese_numerals_gives_the_date_without_signature():
    text = ("关于做好2005年扶贫开发工作的意见\n各乡镇人民政府，县直各单位：\n为做好扶贫开发工作，现提出如下意见：\n"
            "一、整村推进\n二、劳动力转移培训\n抄送：县委办公室。\n宁陵县人民政府办公室　　　二〇〇五年三月一日印发\n")
    assert _md(text)["issue_date"] == "2005-03-01"
