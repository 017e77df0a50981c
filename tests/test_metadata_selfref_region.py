"""Metadata read from what a notice says of itself and of its own organs (issue 11; snippets
written for these tests in the style of other provinces, levels and eras)."""
from pipeline.document import process_text
from pipeline.extract.metadata import _self_reference, doc_type_of

ITEMS = "一、总体要求\n（一）明确目标。各地要抓好落实。\n二、主要任务\n（一）完善机制。各有关单位要加强协作。\n"


def _md(text):
    return process_text(text, doc_id="m").metadata


def test_a_notice_names_itself_by_its_transition_sentence():
    assert _self_reference("为做好秋冬季森林防火工作，现将有关事宜通知如下：") == "通知"
    assert _self_reference("经研究，现就做好2016年度农机购置补贴工作通知如下。") == "通知"


def test_a_rule_names_itself_in_its_own_clauses():
    assert _self_reference("第二条　本规定所称农村集体资产，是指…") == "规定"
    assert _self_reference("第二十条　本实施细则由县财政局负责解释。") == "实施细则"
    assert _self_reference("第三十条　本办法自2017年1月1日起施行。") == "办法"
    # a cited rule is not the document itself
    assert _self_reference("按照《本省实施办法》执行。根据有关规定") is None


def test_policy_measures_keep_their_genre_word():
    assert _self_reference("结合本省实际，制定以下政策措施。") == "政策措施"
    assert doc_type_of("关于支持民营经济高质量发展的若干政策措施") == "政策措施"
    assert doc_type_of("关于促进外资稳定增长的若干政策") == "政策"
    assert doc_type_of("湘潭县突发地质灾害应急预案（2020年修订）") == "应急预案"
    assert doc_type_of("城市轨道交通运营安全管理规范") == "规范"


def test_a_notice_without_title_block_takes_its_doc_type_from_its_first_sentences():
    md = _md("各县（区）教育局，市直各学校：\n为进一步做好学生资助工作，现将有关事宜通知如下：\n" + ITEMS)
    assert md.doc_type == "通知" and md.title is None


def test_a_ministry_speaking_of_itself_is_central():
    md = _md("为规范城市停车信息系统建设，制定本指南。系统的接口标准由部另行制定。\n" + ITEMS)
    assert (md.region, md.admin_level) == ("全国", "central")
    assert md.doc_type == "指南"


def test_a_city_rule_naming_one_of_its_districts_is_the_citys():
    body = ("第一条　为支持江宁区智能制造产业园建设，制定本实施细则。\n"
            "第二条　本细则适用于江宁区内注册的企业。江宁区科技局负责受理，江宁区财政局负责拨付。\n"
            "第三条　市财政局负责市级资金安排；市科技局负责政策解释；市审计局负责监督。\n"
            "第四条　江宁区人民政府负责组织实施。\n")
    md = _md(body)
    assert (md.region, md.admin_level) == ("江苏省南京市", "prefecture")
    assert md.doc_type == "实施细则"


def test_a_county_level_city_keeps_its_own_level_with_its_bare_shi_organs():
    body = ("为加快推进乡村振兴，结合义乌市实际，制定本实施方案。\n" + ITEMS
            + "（市农业农村局牵头，市财政局、市自然资源和规划局配合）\n")
    md = _md(body)
    assert (md.region, md.admin_level) == ("浙江省金华市义乌市", "county")


def test_a_town_issuer_takes_its_county_from_the_document():
    md = _md("城关镇人民政府关于印发城关镇防汛抗旱应急预案的通知\n各村（居）委会，镇直各单位：\n"
             "为做好岳西县城关镇防汛抗旱工作，现将《城关镇防汛抗旱应急预案》印发给你们，请认真执行。\n"
             "城关镇人民政府\n2019年5月20日\n城关镇防汛抗旱应急预案\n" + ITEMS
             + "（三）配合县防汛抗旱指挥部做好岳西县境内的抢险工作。\n")
    # named as on its seal, with its county (spec section 5, issuers full names; session 6 decision
    # docs/decisions/townships-and-records.md)
    assert md.issuers == ["岳西县城关镇人民政府"]
    assert (md.region, md.admin_level) == ("安徽省安庆市岳西县城关镇", "township")
    assert md.doc_type == "应急预案"


def test_a_town_issuer_without_a_county_in_the_text_is_still_a_township():
    md = _md("各村委会：\n现将有关事项通知如下。\n" + ITEMS + "红星乡人民政府\n2012年4月6日\n")
    assert md.admin_level == "township" and md.region is None


def test_a_transmitting_notice_run_on_with_its_document_to_one_signature():
    items = "".join(f"{n}．第{n}项要求。各村要遵照执行。\n" for n in range(1, 40))
    text = ("金牛区茶店子街道办事处关于印发《茶店子街道小微工程管理办法》的通知\n各社区，机关各科室：\n"
            "为规范小微工程管理，制定本办法。\n一、管理要求\n" + items + "二、附则\n本办法自发布之日起施行。\n"
            "金牛区茶店子街道办事处\n2023年6月12日\n")
    md = _md(text)
    assert md.issue_date == "2023-06-12"
    assert md.issuers == ["成都市金牛区茶店子街道办事处"]
    assert (md.region, md.admin_level) == ("四川省成都市金牛区茶店子街道", "township")


def test_a_plan_title_over_several_lines_keeps_the_enumeration_of_its_quoted_name():
    md = _md("各区（市）县财政局，各有关单位：\n《天府软件园、天府新谷、天府智谷三个园区服务资源共享办法》已经局党组会议审议通过，"
             "现印发给你们，请认真贯彻执行。\n成都市财政局\n2020年8月3日\n天府软件园\n天府新谷\n天府智谷三个园区\n"
             "服务资源共享办法\n第一章　总则\n第一条　为规范服务资源共享，制定本办法。\n第二条　本办法适用于三个园区。\n")
    assert md.title == "天府软件园、天府新谷、天府智谷三个园区服务资源共享办法"


def test_districts_created_after_2016_have_their_chain():
    md = _md("宜宾市叙州区人民政府办公室关于印发叙州区农村人居环境整治提升实施方案的通知\n各乡镇人民政府，区级各部门：\n"
             "现将《叙州区农村人居环境整治提升实施方案》印发给你们，请认真贯彻执行。\n宜宾市叙州区人民政府办公室\n2022年3月1日\n"
             "叙州区农村人居环境整治提升实施方案\n" + ITEMS)
    assert (md.region, md.admin_level) == ("四川省宜宾市叙州区", "county")
    md = _md("各镇人民政府，区政府各部门：\n现将有关事项通知如下。\n" + ITEMS + "杭州市临安区人民政府\n2018年5月2日\n")
    assert (md.region, md.admin_level) == ("浙江省杭州市临安区", "county")


def test_region_from_the_code_of_the_documents_own_number():
    # a database copy: title and 文号 only, no issuer written anywhere
    md = _md("关于加强农村留守儿童关爱保护工作的实施意见（湘政发〔2016〕24号）\n为加强关爱保护，现提出如下实施意见。\n" + ITEMS)
    assert md.issuers == []
    assert (md.region, md.admin_level) == ("湖南省", "province")
    md = _md("关于加强乡村医生队伍建设的实施意见\n（卫农卫发〔2010〕3号）\n为稳定乡村医生队伍，现提出以下意见：\n" + ITEMS)
    assert (md.region, md.admin_level) == ("全国", "central")


def test_a_code_a_city_writes_too_needs_the_province_named():
    from pipeline.extract.metadata import _region_of_doc_number
    # (s14b) the code's other government, 南京市, named in the document: its city (tests/test_s14bmeta_stress.py)
    assert _region_of_doc_number("宁政发〔2015〕12号", "为加快南京城市建设") == ("江苏省南京市", "prefecture")
    assert _region_of_doc_number("宁政发〔2015〕12号", "为加快城市建设") is None
    assert _region_of_doc_number("宁政发〔2015〕12号", "全区各市、县（区）人民政府，宁夏各有关单位") == ("宁夏回族自治区", "province")
    assert _region_of_doc_number("苏府〔2019〕5号", "") is None  # 苏府 is a city's


def test_shortened_central_names_with_guojia_are_written_out():
    md = _md("各省、自治区、直辖市药品监督管理局：\n现将有关事项通知如下。\n" + ITEMS
             + "国家药监局\n国家中医药局\n2019年11月4日\n")
    assert md.issuers == ["国家药品监督管理局", "国家中医药管理局"]


def test_a_ministry_order_numbered_by_year():
    md = _md("中华人民共和国水利部令\n2017年第49号\n《水利工程建设安全生产管理规范》已经部务会议审议通过，现予公布，自2017年12月1日起施行。\n"
             "部长　陈雷\n2017年10月20日\n水利工程建设安全生产管理规范\n第一章　总则\n"
             "第一条　为加强水利工程建设安全生产管理，制定本规范。\n第二条　本规范适用于水利工程建设。\n")
    assert md.doc_number == "水利部令2017年第49号"
    assert md.issuers == ["水利部"] and md.issue_date == "2017-10-20"
    assert md.title == "水利工程建设安全生产管理规范" and md.doc_type == "规范"


def test_a_district_of_its_time_missing_from_the_gazetteer_is_still_a_county():
    md = _md("天津市塘沽区人民政府关于加强社区卫生服务工作的意见\n各街道办事处，区政府各委、办、局：\n"
             "为加强社区卫生服务，现提出如下意见。\n" + ITEMS + "天津市塘沽区人民政府\n2003年6月2日\n")
    assert (md.region, md.admin_level) == ("天津市塘沽区", "county")
    from pipeline.regions import resolve_region
    assert resolve_region(["北京市经济技术开发区管理委员会"]) == ("北京市", "province")  # a zone is not a unit


ARTICLES = ("第一章　总则\n第一条　为了加强管理，结合本市实际，制定本条例。\n第二条　本条例适用于本市行政区域。\n"
            "第二章　附则\n第三条　本条例自2018年1月1日起施行。\n")


def test_an_adoption_note_dated_in_chinese_numerals():
    md = _md("绍兴市城乡规划条例\n（二〇一七年六月二十九日绍兴市第八届人民代表大会常务委员会第五次会议通过）\n" + ARTICLES)
    assert md.issuers == ["绍兴市人民代表大会常务委员会"] and md.issue_date == "2017-06-29"


def test_a_standing_committee_announcement_promulgating_a_regulation():
    record = process_text("江西省人民代表大会常务委员会公告\n第61号\n《江西省湖泊保护条例》已于2018年4月2日经江西省第十三届"
                          "人民代表大会常务委员会第二次会议通过，现予公布，自2018年7月1日起施行。\n江西省人民代表大会常务委员会\n"
                          "2018年4月2日\n江西省湖泊保护条例\n" + ARTICLES, doc_id="g")
    md = record.metadata
    assert md.title == "江西省湖泊保护条例" and md.doc_type == "条例"
    assert md.issuers == ["江西省人民代表大会常务委员会"] and md.issue_date == "2018-04-02"
    assert [t.path for t in record.tasks][:3] == ["第一章", "第一章/第一条", "第一章/第二条"]


def test_a_government_rule_whose_note_names_the_order_that_promulgated_it():
    md = _md("南昌市城市供水管理办法\n（2016年3月10日南昌市人民政府令第160号公布　自2016年5月1日起施行）\n"
             "第一条　为了加强城市供水管理，制定本办法。\n第二条　本办法适用于本市。\n")
    assert md.issuers == ["南昌市人民政府"] and md.issue_date == "2016-03-10"
    assert md.doc_number == "南昌市人民政府令第160号"


def test_the_transition_and_closing_words_of_other_genres():
    assert _self_reference("你省《关于设立经济技术开发区的请示》收悉。现批复如下：") == "批复"
    assert _self_reference("经研究，现将有关意见函复如下：") == "复函"
    assert _self_reference("请于5月底前报送。特此函告。") == "函"
    assert _self_reference("为做好集中参保工作，现就有关事项通告如下：") == "通告"
    assert _self_reference("符合条件的可申请。特此公告。") == "公告"
    assert _self_reference("本通知自下发之日起执行。") == "通知"


def test_a_title_without_a_genre_word_takes_the_bodys_name_for_itself():
    md = _md("关于支持人才创新创业的十二条\n为加快集聚各类人才，结合我市实际，制定本措施。\n" + ITEMS)
    assert md.title == "关于支持人才创新创业的十二条" and md.doc_type == "措施"


def test_party_committees_as_issuers_by_their_full_names():
    from pipeline.extract.metadata import _full_name
    assert _full_name("中共湖南省委") == "中共湖南省委员会"
    assert _full_name("湖南省委") == "中共湖南省委员会"
    assert _full_name("长沙市委办公厅") == "中共长沙市委办公厅"
    assert _full_name("中共长沙市委办公厅") == "中共长沙市委办公厅"
    assert _full_name("共青团长沙市委") == "共青团长沙市委员会"
    assert _full_name("宁夏回族自治区党委") == "中共宁夏回族自治区委员会"
    assert _full_name("湖南省卫生健康委") == "湖南省卫生健康委员会"  # a commission, not the party committee
    md = _md("中共浏阳市委 浏阳市人民政府关于加快乡村振兴的实施意见\n各镇（街道）党（工）委、政府（办事处）：\n"
             "为加快乡村振兴，现提出如下实施意见。\n" + ITEMS)
    assert md.issuers == ["中共浏阳市委员会", "浏阳市人民政府"]
    assert (md.region, md.admin_level) == ("湖南省长沙市浏阳市", "county")


def test_issuers_written_with_a_bare_level_prefix_take_the_documents_place():
    md = _md("省发展改革委 省财政厅关于做好湖南省价格调节基金管理工作的通知\n各市州发展改革委、财政局：\n"
             "现将有关事项通知如下。\n" + ITEMS)
    assert md.issuers == ["湖南省发展和改革委员会", "湖南省财政厅"]
    md = _md("各镇人民政府：\n为做好望江县学生资助工作，现将有关事项通知如下。\n" + ITEMS + "县教育局　县财政局\n2015年3月2日\n")
    assert md.issuers == ["望江县教育局", "望江县财政局"]


def test_a_news_lead_in_with_the_date_word_after_the_issuers():
    md = _md("经国务院同意，国务院办公厅日前印发《关于加快发展保障性租赁住房的意见》，全文如下。\n" + ITEMS)
    assert md.issuers == ["国务院办公厅"] and (md.region, md.admin_level) == ("全国", "central")
    md = _md("国家发展改革委、教育部近日联合印发《关于推进产教融合的通知》，要求各地认真落实。\n" + ITEMS)
    assert md.issuers == ["国家发展和改革委员会", "教育部"]


def test_a_reply_to_a_province_without_a_written_issuer_is_central_by_its_number():
    md = _md("关于同意设立海南博鳌乐城国际医疗旅游先行区的批复\n国函〔2013〕33号\n海南省人民政府：\n"
             "你省关于设立先行区的请示收悉。现批复如下：\n" + ITEMS)
    assert md.issuers == [] and (md.region, md.admin_level) == ("全国", "central") and md.doc_type == "批复"
    # a one-character code does not override the place a county's notice names
    md = _md("关于做好建德市秋季征兵工作的通知\n建政发〔2015〕8号\n各乡镇人民政府：\n现将有关事项通知如下。\n" + ITEMS)
    assert md.region == "浙江省杭州市建德市"


def test_a_reply_addressed_to_one_government_comes_from_the_level_above():
    reply = "关于同意设立经济技术开发区的批复\n{}：\n你的请示收悉。现批复如下：\n" + ITEMS
    assert (_md(reply.format("贵州省人民政府")).region, _md(reply.format("贵州省人民政府")).admin_level) == ("全国", "central")
    md = _md(reply.format("遵义市人民政府"))
    assert (md.region, md.admin_level) == ("贵州省", "province")
    md = _md(reply.format("湄潭县人民政府"))
    assert (md.region, md.admin_level) == ("贵州省遵义市", "prefecture")
