"""(s40-arttargets) Quantitative targets in article-form texts (办法, 细则, 条例, 规定 written as 第X条): how statutes and
implementing rules write benefit levels, clamped bases, standards lists, service times, parts of a count and permitted
loads. Snippets are written in the styles of other provinces, levels and eras than the notices that showed the gaps."""
from tests.snippets import targets_of


def test_a_benefit_set_grade_by_grade_in_months_of_a_wage_is_an_amount():
    # a Zhejiang prefecture's 2020 实施办法: a benefit standard listed by grade in months (`分别为N个月和M个月`) and written as
    # a wage's months (`月平均工资的N个月`) is an amount paid (guide S33 CK Q1); the period of paid leave and a time limit
    # within months stay out (spec §7 durations)
    body = ("第一条　为做好工伤保险待遇支付工作，根据《工伤保险条例》，制定本办法。\n"
            "第二条　停工留薪期一般不超过12个月。\n"
            "第三条　一次性工伤医疗补助金和一次性伤残就业补助金的标准为：五级伤残的，分别为本市上年度职工月平均工资的"
            "16个月和22个月；六级伤残的，分别为14个月和19个月。\n"
            "第四条　用人单位应当自劳动关系解除之日起3个月内支付一次性伤残就业补助金。\n")
    assert targets_of("某市工伤保险待遇支付实施办法", "某市人力资源和社会保障局", "2020年3月16日", body) == [
        (16.0, "个月", "=", False, None, None), (22.0, "个月", "=", False, None, None),
        (14.0, "个月", "=", False, None, None), (19.0, "个月", "=", False, None, None)]


def test_a_severance_in_months_of_wage_and_its_cap_are_amounts():
    # a Liaoning province's 2003 办法: `每满1年支付相当于1个月工资的经济补偿金，最多不超过12个月`: months of a wage paid
    # and the cap on them (guide S33 CK Q1)
    body = ("第一条　为做好国有企业改制职工安置工作，制定本办法。\n"
            "第二条　对解除劳动合同的职工，按其在本企业的工作年限，每满1年支付相当于1个月工资的经济补偿金，最多不超过12个月。\n")
    assert targets_of("某省国有企业改制职工安置办法", "某省人民政府", "2003年6月2日", body) == [
        (1.0, "个月", "=", False, None, None), (12.0, "个月", "<=", False, None, None)]


def test_a_base_clamped_to_a_floor_and_a_ceiling():
    # a Guangdong county's 2019 细则: `低于…60%的，按60%核定；高于300%的，按300%核定`: the line a base is raised to is its
    # floor, the line it is cut to its ceiling; the first mention of each line names who is counted (a condition)
    body = ("第一条　为规范城乡居民医疗保险缴费管理，制定本细则。\n"
            "第二条　灵活就业人员缴费基数低于全省上年度城镇单位就业人员月平均工资60%的，按60%核定；"
            "高于300%的，按300%核定。\n")
    assert targets_of("某县灵活就业人员医疗保险缴费实施细则", "某县医疗保障局", "2019年7月1日", body) == [
        (60.0, "%", ">=", False, None, None), (300.0, "%", "<=", False, None, None)]


def test_a_list_of_safety_requirements_sets_standards_and_a_licence_list_conditions():
    # a Sichuan city's 2016 规定: `应当符合下列安全技术要求：` names the field of a standard, its items are standards to keep
    # (guide TG44); a list of requirements tied to a licence (`申请…许可的，应当符合下列安全要求：`) says who qualifies (TG29)
    body = ("第一条　为加强经营性自建房安全管理，制定本规定。\n"
            "第二条　自建房用于经营住宿的，应当符合下列安全技术要求：\n"
            "（一）每层配备不少于2具灭火器；\n"
            "（二）客房数量30间以上的，应当设置不少于2部疏散楼梯。\n"
            "第三条　申请特种行业许可的，应当符合下列安全要求：\n"
            "（一）客房面积不少于12平方米；\n"
            "（二）配备不少于1名专职保安员。\n")
    assert targets_of("某市经营性自建房安全管理规定", "某市人民政府", "2016年10月9日", body) == [
        (2.0, "具", ">=", False, None, None), (2.0, "部", ">=", False, None, None)]


def test_a_service_time_for_another_area_in_the_next_clause():
    # a Hebei county's 2022 办法: `抵达现场时间不超过40分钟，其余区域不超过90分钟`: the second area's arrival time, its
    # subject left out, is the same standard (guide TG52); a handling time of an office stays out (TG41)
    body = ("第一条　为规范城镇供水抢修服务，制定本办法。\n"
            "第二条　供水企业接到爆管报告后，抢修人员在县城规划区内抵达现场时间不超过40分钟，其余区域不超过90分钟。\n"
            "第三条　县水利局应当在接到投诉后5个工作日内作出处理。\n")
    assert targets_of("某县城镇供水抢修服务管理办法", "某县人民政府办公室", "2022年5月12日", body) == [
        (40.0, "分钟", "<=", False, None, None), (90.0, "分钟", "<=", False, None, None)]


def test_a_part_of_a_count_demanded_in_words():
    # a Shanghai district's 2019 规定: `其中应当配备一名专职卫生保健员` after the count it is part of (spec §7 restated
    # sub-quantities), written in words as rules write small numbers
    body = ("第一条　为规范托育机构卫生保健工作，制定本规定。\n"
            "第二条　收托50人以上的托育机构配备卫生保健人员不少于两名，其中应当配备一名专职卫生保健员。\n")
    assert targets_of("某区托育机构卫生保健工作规定", "某区卫生健康委员会", "2019年11月20日", body) == [
        (2.0, "名", ">=", False, None, None), (1.0, "名", "=", False, None, None)]


def test_how_many_a_vehicle_may_carry():
    # a Guangxi region's 2021 条例: `只能搭载一名十二周岁以下的未成年人`: a number a rule permits (guide S35 CS1 Q2), its
    # age after it; `一人一盔` stays a slogan
    body = ("第一条　为加强电动自行车管理，制定本条例。\n"
            "第二条　驾驶电动自行车在道路上行驶，只能搭载一名十二周岁以下的未成年人。\n"
            "第三条　推行“一人一盔”安全守护行动。\n")
    assert targets_of("某自治区电动自行车管理条例", "某自治区人民代表大会常务委员会", "2021年9月29日", body) == [
        (1.0, "名", "=", False, None, None)]


def test_a_size_demanded_of_a_works_set_up_is_a_standard():
    # a Henan prefecture's 2012 规定: `应当设置高度不低于2.5米的硬质围挡`, the size written before the works a party must set up,
    # is a standard to keep (guide TG44); a thickness that picks out goods promoted stays out (`推广使用厚度不低于…的地膜`)
    body = ("第一条　为加强建设工程扬尘污染防治，制定本规定。\n"
            "第二条　市区主要路段的施工工地应当设置高度不低于二点五米的硬质围挡，出入口应当设置长度不少于8米的冲洗平台。\n"
            "第三条　推广使用厚度不低于0.01毫米的加厚地膜。\n"
            "第四条　搅拌站应当设置容积不小于日用水量20%的沉淀池。\n")
    assert targets_of("某市建设工程扬尘污染防治规定", "某市人民政府", "2012年3月1日", body) == [
        (2.5, "米", ">=", False, None, None), (8.0, "米", ">=", False, None, None), (20.0, "%", ">=", False, None, None)]


def test_the_step_of_a_scale_is_no_target_and_the_amount_paid_per_step_is():
    # a Jilin city's 2016 条例: `每低一摄氏度退还热费的5%` counts the refund per degree below the standard, the degree is the
    # step (spec §7: a denominator); `每多缴1年，月基础养老金增发2元` in a 2014 county 办法: the amount paid per year, its
    # pay verb right before it
    body = ("第一条　为规范城市供热，制定本条例。\n"
            "第二条　室内温度低于规定标准的，供热单位应当按照每低一摄氏度退还当月热费百分之五的标准退还热费。\n"
            "第三条　缴费超过15年的，每多缴1年，月基础养老金增发2元。\n")
    assert targets_of("某市城市供热条例", "某市人民代表大会常务委员会", "2016年9月28日", body) == [
        (5.0, "%", "=", False, None, None), (2.0, "元", "=", False, None, None)]


def test_a_funeral_grant_in_months_of_an_average_wage_is_an_amount():
    # a Yunnan province's 2012 办法, inline items: `（一）丧葬补助金为6个月的统筹地区上年度职工月平均工资` is months of a wage
    # paid (guide S33 CK Q1), whatever the wage's owner written between
    body = ("第一条　为做好工伤保险工作，制定本办法。\n"
            "第二条　职工因工死亡，其近亲属按照下列规定领取待遇：（一）丧葬补助金为6个月的统筹地区上年度职工月平均工资；"
            "（二）一次性工亡补助金标准为上一年度全国城镇居民人均可支配收入的20倍。\n")
    assert targets_of("某省工伤保险实施办法", "某省人民政府", "2012年6月30日", body) == [
        (6.0, "个月", "=", False, None, None), (20.0, "倍", "=", False, None, None)]


def test_leave_days_written_before_the_leave_are_an_amount():
    # an Anhui province's 2017 规定: `享受98天产假`, `享受42天产假`, `产前可以休假15天`: days of leave granted, written before the
    # leave they measure (guide S33 CK), as `产假15天` is; the months of pregnancy that pick who qualifies stay out
    body = ("第一条　为保护女职工的健康，制定本规定。\n"
            "第二条　女职工生育享受98天产假，其中产前可以休假15天。\n"
            "第三条　女职工怀孕满4个月流产的，享受42天产假。\n")
    assert targets_of("某省女职工劳动保护特别规定", "某省人民政府", "2017年3月1日", body) == [
        (98.0, "天", "=", False, None, None), (15.0, "天", "=", False, None, None), (42.0, "天", "=", False, None, None)]


def test_speed_limits_written_per_hour():
    # a Shaanxi city's 2015 条例: `最高时速为每小时三十公里，公路为每小时四十公里`, `限速每小时30公里`: limits not to exceed
    # (spec §7), the second road's with its subject left out; years of driving a driver must have stay out (who qualifies)
    body = ("第一条　为维护道路交通秩序，制定本条例。\n"
            "第二条　机动车在没有道路中心线的道路上，城市道路最高时速为每小时三十公里，公路为每小时四十公里。\n"
            "第三条　中小学校周边道路限速每小时30公里。\n"
            "第四条　校车驾驶人应当具有三年以上相应车型驾驶经历。\n")
    assert targets_of("某市道路交通安全条例", "某市人民代表大会常务委员会", "2015年7月30日", body) == [
        (30.0, "公里", "<=", False, None, None), (40.0, "公里", "<=", False, None, None), (30.0, "公里", "<=", False, None, None)]


def test_a_cap_in_multiples_of_a_base_the_past_year_dates():
    # a Hubei city's 2008 办法: `月缴存基数不得超过…统计部门公布的上一年度职工月平均工资的3倍`: a ceiling in multiples of a
    # base dated by the year before (not a past report), its comparator before a base named with who publishes it
    body = ("第一条　为加强住房公积金管理，制定本办法。\n"
            "第二条　职工住房公积金月缴存基数不得超过职工工作地所在设区城市统计部门公布的上一年度职工月平均工资的3倍。\n")
    assert targets_of("某市住房公积金管理办法", "某市人民政府", "2008年1月1日", body) == [
        (3.0, "倍", "<=", False, None, None)]


def test_a_pay_list_after_a_lead_naming_how_it_is_paid_out():
    # a Jiangxi city's 2021 细则: `住房补贴按人才层次分档发放：A类人才每人200万元，B类人才每人100万元`: the lead says how the
    # payment is paid out, the list gives each category its amount (as `补贴标准为：…` does)
    body = ("第一条　为做好高层次人才住房保障，制定本细则。\n"
            "第二条　住房补贴按人才层次分档发放：A类人才每人200万元，B类人才每人100万元，C类人才每人50万元。\n")
    assert targets_of("某市高层次人才住房补贴实施细则", "某市人才工作领导小组办公室", "2021年3月15日", body) == [
        (2000000.0, "元", "=", False, None, None), (1000000.0, "元", "=", False, None, None),
        (500000.0, "元", "=", False, None, None)]
