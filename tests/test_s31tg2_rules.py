"""s31-tg2: periods and targets the recalled notices of A30 showed — `经过N年努力` in the goals item's first sub-item as the
plan's period (guide S31b TG64), a local `五年行动` counted from its own issue year (TG18 confirmed), a numbered table's
last column headed by a later year, and the classes below. Each is tested in the style of a province, level or era other
than the notice that showed it (snippets written for these tests, none copied from a notice)."""
from pipeline import process_text
from tests.snippets import targets_of as _targets


def _with_attachment(title: str, body: str, org: str, date: str, attachment: str) -> list[tuple]:
    rec = process_text(f"{title}\n{body}\n{org}\n{date}\n{attachment}", doc_id="t").model_dump()
    for t in rec["targets"]:
        a, b = t["span"]
        assert rec["text"][a:b] == t["quote"]
    return [(t["value"], t["unit"], t["comparator"], t["per_year"], t["year_start"], t["year_end"]) for t in rec["targets"]]


def test_effort_years_in_the_goals_items_first_sub_item_state_the_period():
    # A Shaanxi-style provincial 实施方案 of 2016 (guide S31b TG64): `一、总体要求和主要目标` / `（一）总体要求。…通过五年努力，…`
    # states the plan's period from the issue year (2016/2020); a target dated in its own sentence keeps its year
    got = _targets("陕西省水污染防治工作方案实施细则", "陕西省人民政府", "2016年3月2日",
                   "一、总体要求和主要目标\n（一）总体要求。坚持节水优先、治污为本，通过五年努力，使全省水环境质量得到阶段性改善。\n"
                   "（二）主要目标。到2018年，地级城市集中式饮用水水源水质达到或优于Ⅲ类比例高于95%。\n"
                   "二、主要任务\n（一）治理工业污染。每年完成重点企业清洁化改造不少于30家。\n")
    assert got == [(95, "%", ">", False, None, 2018), (30, "家", ">=", True, 2016, 2020)]


def test_a_local_five_year_action_counts_from_its_own_issue_year():
    # A Guangxi-style county 实施方案 of 2022 implementing a national plan whose cited title has 2021—2025 (guide S31b TG18
    # confirmed): the county's own five years run 2022/2026; a goal dated `到2025年` keeps its own year
    got = _targets("某县乡村建设五年行动实施方案", "某县人民政府办公室", "2022年6月8日",
                   "为贯彻落实《乡村建设行动实施方案（2021—2025年）》，制定本方案。\n一、工作目标\n到2025年，农村卫生厕所普及率达到70%以上。\n"
                   "二、重点任务\n（一）改善村容。每年新建村级公共厕所不少于20座。\n")
    assert got == [(70, "%", ">=", False, None, 2025), (20, "座", ">=", True, 2022, 2026)]


def test_a_numbered_tables_last_column_headed_by_a_later_year_dates_its_cells():
    # A Hebei-style provincial plan of 2018 with an attached table (no deadline column): the last column `2020年比2015年
    # 下降比例` dates each row's rate like 到 (null/2020); the baseline column `2015年浓度` is no deadline
    got = _with_attachment("河北省打赢蓝天保卫战三年行动方案", "一、工作目标\n空气质量明显改善。", "河北省人民政府",
                           "2018年8月23日",
                           "附件\n各市细颗粒物浓度下降目标\n序号　城市　2015年浓度（微克/立方米）　2020年比2015年下降比例\n"
                           "1　甲市　60　18%\n2　乙市　55　15%\n")
    assert got == [(18, "%", "=", False, None, 2020), (15, "%", "=", False, None, 2020)]


def test_coal_consumption_rates_keep_their_compound_unit():
    # A Shandong-style provincial plan of 2022: a coal consumption rate in grams of standard coal per kWh, and unit energy
    # use in kilograms of standard coal per tonne, keep the whole unit as written
    got = _targets("某省电力行业节能降碳实施方案", "某省发展和改革委员会", "2022年9月1日",
                   "一、主要目标\n到2025年，全省煤电机组平均供电煤耗降至300克标准煤/千瓦时以下，单位产品综合能耗降至5千克标准煤/吨以下。\n")
    assert got == [(300, "克标准煤/千瓦时", "<=", False, None, 2025), (5, "千克标准煤/吨", "<=", False, None, 2025)]


def test_a_size_grade_names_a_class_of_equipment():
    # A Jiangsu-style provincial action plan of 2023: `15兆瓦级以上海上风电机组`, `1000兆瓦等级水电机组` name the class of
    # machine the work is on (out); the output value is the target
    got = _targets("某省能源装备产业发展行动方案", "某省工业和信息化厅", "2023年3月1日",
                   "一、主要任务\n（一）发展风电装备。突破15兆瓦级以上海上风电机组关键技术，研制1000兆瓦等级水电机组，风电装备产值达到500亿元。\n")
    assert got == [(50000000000, "元", "=", False, None, None)]


def test_arrival_times_by_area_are_service_standards_and_storeys_pick_out_buildings():
    # A Sichuan-style city 办法 of 2016 (guide TG52): `及时到达现场，其中市区不超过20分钟，县城和乡镇不超过45分钟` sets how fast
    # the service arrives (in); `新建9层以上住宅` picks out the buildings the lift rule applies to (a condition, out)
    got = _targets("某市电梯安全管理办法", "某市人民政府", "2016年5月1日",
                   "第十条 维护保养单位应当履行下列义务：\n（一）设立24小时值班电话，接到电梯困人报警后，及时到达现场，其中市区不超过20分钟，"
                   "县城和乡镇不超过45分钟；\n第十一条 新建9层以上住宅，每单元应当设置电梯不少于1台。\n")
    assert got == [(20, "分钟", "<=", False, None, None), (45, "分钟", "<=", False, None, None), (1, "台", ">=", False, None, None)]


def test_places_listed_before_every_place_get_one_quota_each():
    # A Hubei-style city 办法 of 2017 (guide TG19): `其中城东区、城西区、开发区每区不少于30个` is each district's quota
    got = _targets("某市老旧小区改造实施办法", "某市人民政府", "2017年3月1日",
                   "第十二条 到2020年底，全市累计完成老旧小区改造200个以上，其中城东区、城西区、开发区每区不少于30个。\n")
    assert got == [(200, "个", ">=", False, None, 2020)] + [(30, "个", ">=", False, None, 2020)] * 3


def test_hours_of_an_activity_summed_over_the_year_are_an_amount():
    # A Zhejiang-style district one-year plan of 2022 (guide TG11): `全年志愿服务时长累计不少于5万小时` is an amount of service
    got = _targets("某区2022年文明城市创建工作方案", "某区人民政府办公室", "2022年3月1日",
                   "一、工作任务\n（一）开展志愿服务。区团委要组织青年志愿者参与文明劝导，全年志愿服务时长累计不少于5万小时。\n")
    assert got == [(50000, "小时", ">=", False, 2022, 2022)]


def test_a_locating_count_and_the_parties_of_a_pairing_are_no_targets():
    # A Guizhou-style county plan of 2017: `甲乡、乙镇、丙镇等3个乡镇的40个贫困村` — the 3 townships locate the villages
    # counted; `全县86个县直单位、2100多名干部与贫困户结对帮扶` describes who takes part in the pairing
    got = _targets("某县2017年脱贫攻坚实施方案", "某县人民政府", "2017年3月1日",
                   "一、目标任务\n2017年，全县减少贫困人口1.2万人；实现甲乡、乙镇、丙镇等3个乡镇的40个贫困村整村脱贫退出。\n"
                   "二、保障措施\n（一）落实帮扶责任。全县86个县直单位、2100多名干部与贫困户结对帮扶。\n")
    assert got == [(12000, "人", "=", False, 2017, 2017), (40, "个", "=", False, 2017, 2017)]


def test_a_schedules_years_date_their_parts_not_the_clause_after_the_semicolon():
    # A Hunan-style county three-year plan of 2019: `从2019年起，用三年时间，…3万户，其中2019年完成1万户，…2021年完成1万户；
    # 新建农村公共厕所200座以上` — the last schedule year dates its own part; the clause after `；` keeps the opening period
    got = _targets("某县农村改厕三年行动方案（2019—2021年）", "某县人民政府办公室", "2019年4月1日",
                   "一、总体要求\n（一）目标任务。从2019年起，用三年时间，全县完成农村户用厕所改造3万户，其中2019年完成1万户，"
                   "2020年完成1万户，2021年完成1万户；新建农村公共厕所200座以上。\n")
    assert got == [(30000, "户", "=", False, 2019, 2021), (10000, "户", "=", False, 2019, 2019),
                   (10000, "户", "=", False, 2020, 2020), (10000, "户", "=", False, 2021, 2021),
                   (200, "座", ">=", False, 2019, 2021)]


def test_requirements_a_site_must_meet_are_standards_and_road_classes_get_one_distance_each():
    # A Fujian-style city 办法 of 2019: `施工现场应当符合下列要求：` lists standards the rule sets (a hoarding's height, in),
    # not conditions on who qualifies; `国道、省道两侧建筑控制区不少于20米` is one distance per class of road
    got = _targets("某市城市扬尘污染防治管理办法", "某市人民政府", "2019年6月1日",
                   "第七条　施工现场应当符合下列要求：\n（一）出入口设置车辆冲洗设施；\n（二）施工现场四周设置连续的围挡，城区道路围挡高度不低于2.2米，"
                   "其他道路不低于1.6米；\n第八条　国道、省道两侧建筑控制区不少于20米，县道不少于10米。\n")
    assert got == [(2.2, "米", ">=", False, None, None), (1.6, "米", ">=", False, None, None),
                   (20, "米", ">=", False, None, None), (20, "米", ">=", False, None, None), (10, "米", ">=", False, None, None)]


def test_bounds_joined_by_qie_before_de_and_a_criterions_marks_are_no_targets():
    # A Henan-style provincial 通知 of 2020: `用地面积不超过…7%且最多不超过10亩的辅助设施` picks out facilities (a condition);
    # an assessment table's `宣传栏不少于5个，得5分` is a criterion and its marks
    got = _targets("关于推进畜禽养殖废弃物资源化利用的通知", "某省人民政府办公厅", "2020年7月1日",
                   "一、保障用地\n对用地面积不超过项目用地规模的7%且最多不超过10亩的辅助设施，可按设施农业用地管理。\n"
                   "二、考核\n宣传发动（5分）。设置宣传栏不少于5个，得5分。\n")
    assert got == []


def test_a_bound_closing_two_amounts_an_income_over_a_standard_and_a_reach_in_minutes():
    # A Yunnan-style county one-year plan of 2018: `新增扶贫小额贷款500户、2000万元以上` (以上 holds for both amounts);
    # `人均可支配收入超过国家扶贫标准3100元` (the income is the goal, `>`, not an eligibility standard); a city-level
    # `建成15分钟健身圈` is the reach the network is built to (guide TG52)
    got = _targets("某县2018年脱贫攻坚实施方案", "某县人民政府办公室", "2018年3月1日",
                   "一、工作任务\n（一）扩大信贷。全年新增扶贫小额贷款500户、2000万元以上。\n"
                   "（二）增加收入。贫困户人均可支配收入超过国家扶贫标准3100元。\n"
                   "（三）完善设施。城市社区基本建成15分钟健身圈。\n")
    assert got == [(500, "户", ">=", False, 2018, 2018), (20000000, "元", ">=", False, 2018, 2018),
                   (3100, "元", ">", False, 2018, 2018), (15, "分钟", "=", False, 2018, 2018)]
