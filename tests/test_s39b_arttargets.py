"""(s39b-arttargets) Quantitative targets in article-form texts (办法, 细则, 条例, 规定 written as 第X条): rules found on the
open article-form notices, tested on snippets written in the styles of other provinces, levels and eras."""
from tests.snippets import targets_of


def test_a_rules_standard_with_budei_is_shared_by_each_listed_object():
    # a Hunan prefecture's 2013 municipal rule: `不得低于` after objects listed with 、 (guide TG19), as `不低于` is; and
    # `应当达到` after two objects joined by 和 (guide TG33)
    body = ("第一条　为加强城市供热管理，制定本办法。\n"
            "第二条　供热单位应当保证供热设施正常运行，一级管网完好率不得低于98%，二级、三级管网完好率不得低于95%。\n"
            "第三条　换热站和户内计量装置安装率应当达到100%。\n")
    assert targets_of("某市城市供热管理办法", "某市人民政府", "2013年9月2日", body) == [
        (98.0, "%", ">=", False, None, None), (95.0, "%", ">=", False, None, None), (95.0, "%", ">=", False, None, None),
        (100.0, "%", "=", False, None, None), (100.0, "%", "=", False, None, None)]


def test_conditions_with_the_papers_to_file_still_lead_into_the_list():
    # a Shaanxi county's 2016 细则: `应当具备下列条件，并提交相应的证明材料：` introduces conditions (guide TG29): the
    # minimums in its items say who qualifies, out; a standard in a later article stays in
    body = ("第一条　为规范城镇排水许可管理，制定本细则。\n"
            "第二条　排水户申请领取排水许可证，应当具备下列条件，并提交相应的证明材料：\n"
            "（一）已按规定建设预处理设施；\n"
            "（二）排水户自有检测人员不少于2名；\n"
            "（三）预处理设施处理能力不低于日排水量的120%。\n"
            "第三条　城镇排水主干管完好率不得低于95%。\n")
    assert targets_of("某县城镇排水许可管理实施细则", "某县住房和城乡建设局", "2016年5月20日", body) == [
        (95.0, "%", ">=", False, None, None)]


def test_a_sibling_items_average_does_not_make_a_listed_item_yearly():
    # a Guangxi county's 2020 办法: the goals article's items; `年均` in item (二) is that item's own, the levels of item (三)
    # written side by side are not per year (guide TG3 reaches a list from its intro line only)
    body = ("第一条　为加强农村公路养护管理，制定本办法。\n"
            "第二条　农村公路养护工作目标：\n"
            "（一）列养率保持100%；\n"
            "（二）到2022年，全县农村公路年均养护工程比例不低于5%；\n"
            "（三）县道、乡道、村道的路面技术状况检测覆盖率，2021年底前达到100%、60%、40%；\n")
    assert targets_of("某县农村公路养护管理办法", "某县人民政府", "2020年4月8日", body) == [
        (100.0, "%", "=", False, None, None), (5.0, "%", ">=", True, None, 2022),
        (100.0, "%", "=", False, None, 2021), (60.0, "%", "=", False, None, 2021), (40.0, "%", "=", False, None, 2021)]


def test_the_unit_a_fine_is_counted_in_is_no_target():
    # a Fujian prefecture's 2011 办法: `每少配备1名…，处…罚款`, `每超载1吨，罚款…` count a sanction (guide TG6c); the staffing
    # quota and the standard of the articles before stay in
    body = ("第一条　为加强城市环境卫生管理，制定本办法。\n"
            "第二条　环卫作业单位应当配备不少于3名专职安全员，每座公厕配备保洁员1名。\n"
            "第三条　违反本办法第二条规定的，每少配备1名安全员，处2000元罚款。\n"
            "第四条　渣土运输车辆每超载1吨，罚款300元。\n")
    assert targets_of("某市城市环境卫生管理办法", "某市人民政府", "2011年8月15日", body) == [
        (3.0, "名", ">=", False, None, None), (1.0, "名", "=", False, None, None)]


def test_a_minimum_an_applicant_must_meet_in_its_own_clause_is_a_condition():
    # a Heilongjiang province's 2008 细则: the applicant named as the clause's subject (`申请补贴的企业职工人数应当在…以上`,
    # `申报示范的合作社成员不得少于…`) states who qualifies (guide TG29, spec §7 eligibility); an amount the applicant receives
    # stays in
    body = ("第一条　为规范农民专业合作社扶持资金管理，制定本细则。\n"
            "第二条　申请补贴的合作社社员人数应当在30户以上。\n"
            "第三条　申报示范的合作社成员不得少于50户。\n"
            "第四条　申请补贴的合作社可获得每社5万元补助。\n")
    assert targets_of("某省农民专业合作社扶持资金管理实施细则", "某省农业委员会", "2008年4月10日", body) == [
        (50000.0, "元", "=", False, None, None)]


def test_a_service_providers_reply_to_its_users_is_a_service_time():
    # a Shandong county's 2018 办法: a water company's reply to its users' complaints and queries is a service time kept for
    # users (guide S37b, TG52), `<=`; the office's handling time (TG41) and an office answering an appeal stay out
    body = ("第一条　为加强城乡供水管理，制定本办法。\n"
            "第二条　供水企业应当建立服务制度，公开服务电话。对用户的投诉，应当在5个工作日内答复；接到用户查询申请后，"
            "供水企业应当在2日内予以答复。用户对答复不满意的，可以向县水务主管部门投诉，水务主管部门应当在15个工作日内作出答复。\n"
            "第三条　县水务主管部门应当自受理申请之日起10个工作日内作出决定。\n")
    assert targets_of("某县城乡供水管理办法", "某县人民政府", "2018年7月9日", body) == [
        (5.0, "个工作日", "<=", False, None, None), (2.0, "日", "<=", False, None, None)]


def test_a_share_of_the_lowest_standard_is_no_floor():
    # a Jiangxi county's 2006 优惠办法: `最低标准的50%`, `最低缴费标准…50%` name the base a share is of (`=`); 最低 and 最高 before
    # the share itself stay floors and caps
    body = ("第一条　为优化投资环境，制定本办法。\n"
            "第二条　投资者新建项目，服务性收费按最低标准的60%收取。\n"
            "第三条　对低保边缘户，乡镇财政按最低缴费标准给予40%的缴费补助。\n"
            "第四条　补助比例最低为30%，最高不超过补助标准的70%。\n")
    assert targets_of("某县招商引资优惠办法", "某县人民政府", "2006年2月14日", body) == [
        (60.0, "%", "=", False, None, None), (40.0, "%", "=", False, None, None),
        (30.0, "%", ">=", False, None, None), (70.0, "%", "<=", False, None, None)]


def test_a_capacity_that_names_a_class_of_craft_is_no_target():
    # a Guizhou county's 2014 水上交通安全管理规定: `载客定额30人以上客渡船`, `核定载客7人以下的小型客车` say which craft a
    # rule covers (spec §7: what qualifies), out; a load cap and a crew minimum the rule sets stay in
    body = ("第一条　为加强乡镇水上交通安全管理，制定本规定。\n"
            "第二条　年满60周岁的人员不得担任载客定额40人以上客渡船的船长。\n"
            "第三条　核定载客7人以下的小型客车不得从事渡口接驳。\n"
            "第四条　每艘渡船载客不得超过15人，并配备不少于2名持证船员。\n")
    assert targets_of("某县乡镇水上交通安全管理规定", "某县人民政府", "2014年4月1日", body) == [
        (15.0, "人", "<=", False, None, None), (2.0, "名", ">=", False, None, None)]
