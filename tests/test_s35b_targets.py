"""Session 35 (s35b-targets) target readings, each in another province, level or era than the notice that showed the miss."""
from __future__ import annotations

from test_extract_targets import summary, targets_of


def test_a_postings_minimum_length_in_half_years_is_an_amount():
    # a Gansu province's 2018 health notice: `支援时间不少于1年`, `驻点时间不少于半年` (guide S33b: a posting's minimum
    # length is an amount of activity; 半年 is 0.5 年)
    body = ("一、重点任务\n（一）组织省级医院对口支援县级医院，每家受援医院派驻不少于3名支援人员，支援时间不少于1年。\n"
            "（二）组织市级医院对口支援乡镇卫生院，派驻人员驻点时间不少于半年。")
    ts = targets_of(body, title="某省卫生健康委关于做好2018年对口支援工作的通知", date="2018年3月1日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(3.0, "名", ">="), (1.0, "年", ">="), (0.5, "年", ">=")]


def test_half_years_that_name_a_period_or_a_frequency_are_no_amount():
    # a Hunan county's 2014 work plan: 上半年 names a period, 每半年 a frequency; neither is an amount of time
    body = ("一、工作安排\n上半年完成调查摸底。各乡镇每半年报送一次工作进展，全年培训乡村医生200人次。")
    ts = targets_of(body, title="某县2014年乡村医生培训工作方案", date="2014年2月10日")
    assert [(t.value, t.unit) for t in ts] == [(200.0, "人次")]


def test_one_and_a_half_years_in_numerals_is_a_length():
    # an Anhui city's 2011 rules: `挂职锻炼时间不少于一年半`: 1.5 年, a floor on a posting (as 半年)
    body = "第五条　选派干部到基层挂职，挂职锻炼时间不少于一年半。"
    ts = targets_of(body, title="某市选派干部到基层挂职锻炼管理办法", date="2011年6月1日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(1.5, "年", ">=")]


def test_arrival_time_after_a_call_is_a_service_standard():
    # a Shandong city's 2009 drainage rules: `接到报告后，应当在1小时内赶到现场`, `接警后40分钟内到达` (guide TG52), while a
    # processing time after an application stays out (a time limit for the work)
    body = ("第十条　排水单位应当设立24小时抢修电话。接到管网堵塞报告后，应当在1小时内赶到现场处理。\n"
            "第十一条　排水许可申请，应当在接到申请后20个工作日内办结。")
    ts = targets_of(body, title="某市城市排水管理办法", date="2009年5月1日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(1.0, "小时", "<=")]


def test_a_range_of_staffing_ratios_is_two_shares():
    # a Sichuan county's 2015 care-home rules: `按照1:4至1:6的比例配备护理人员` is 16.67 % to 25 % (guide TG11's 1∶N
    # share; a range is two targets, the smaller share the floor)
    body = "第八条　对失能老人，按照1:4至1:6的比例配备护理人员。"
    ts = targets_of(body, title="某县养老机构管理办法", date="2015年7月1日")
    assert sorted((t.value, t.unit, t.comparator) for t in ts) == [(16.67, "%", ">="), (25.0, "%", "<=")]


def test_lessons_a_week_counted_with_jie_are_a_cap():
    # a Zhejiang city's 2016 school rules: `小学三至六年级每周课时不超过28节` (an amount of teaching per week, as 课时)
    body = "一、严格控制课时总量\n（一）小学三至六年级每周课时不超过28节，初中每周不超过33课时。"
    ts = targets_of(body, title="某市关于规范中小学办学行为的实施意见", date="2016年3月1日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(28.0, "节", "<="), (33.0, "课时", "<=")]


def test_allotted_floor_areas_are_standards():
    # a Guangdong city's 2013 public-rental-housing rules: the area allotted to each household size and the area a
    # rent subsidy covers per head (guide TG44: a standard set for what the policy supplies), not a size class of who qualifies
    body = ("第十二条　公共租赁住房的配租面积标准：单身人士配租建筑面积30平方米左右的住房；五人及以上户配租建筑面积不超过70平方米的住房。\n"
            "第十三条　租赁补贴的保障面积为人均13平方米。")
    ts = targets_of(body, title="某市公共租赁住房管理办法", date="2013年4月1日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(30.0, "平方米", "~"), (70.0, "平方米", "<="), (13.0, "平方米", "=")]


def test_a_floor_on_a_zones_radius_is_a_distance_set():
    # a Jiangxi county's 2012 water-source rules: `半径不小于100米的范围为保护范围` (guide TG39: a distance the rule sets), while
    # `上游1000米至下游100米的水域` marks where the rule applies
    body = ("第六条　未划定保护区的，地下水源以取水井为中心、半径不小于100米的范围为保护范围；"
            "地表水源取水点上游1000米至下游100米的水域及其沿岸纵深不小于30米的陆域为保护范围。")
    ts = targets_of(body, title="某县农村饮用水水源保护办法", date="2012年1月1日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(100.0, "米", ">="), (30.0, "米", ">=")]


def test_a_seismic_fortification_grade_is_a_standard():
    # a Yunnan province's 2009 school-safety rules: `抗震设防烈度按照8度执行` (guide TG44: a standard set for works)
    body = "第九条　全省中小学校舍抗震设防烈度按照8度执行。"
    ts = targets_of(body, title="某省中小学校舍安全管理办法", date="2009年6月1日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(8.0, "度", "=")]
