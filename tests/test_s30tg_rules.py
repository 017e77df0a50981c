"""s30-tg: target classes of A26/A27 (weights in allocation and score rules, banned-place lists, 分别 changes, 各 with a
floor, counts inside a rate's subject, degrees of one condition, assessment contents, graded amounts by ellipsis,
bracketed measure words), each tested in the style of a province, level or era other than the notice that showed it
(snippets written for these tests, none copied from a notice)."""
from tests.snippets import targets_of as _targets


def test_weights_of_an_allocation_formula_and_of_a_score_are_not_targets():
    # A Jiangsu-style provincial fund rule of 2015 (guide TG45): `权重分别为40%、30%和30%` weighs the factors of the formula,
    # `平时考核成绩占30%、年终考评成绩占70%` the parts of a score; the floor on the cities' own funds stays a target
    got = _targets("某省农田水利建设补助资金管理办法", "某省财政厅", "2015年3月1日",
                   "第一章　总则\n第一条　为规范资金管理，制定本办法。\n第二章　资金分配\n"
                   "第八条　专项资金按因素法分配到市，分配因素包括常住人口、耕地面积和上年度绩效评价结果，权重分别为40%、30%和30%。\n"
                   "第九条　年度考核总评成绩按平时考核成绩占30%、年终考评成绩占70%计算。\n"
                   "第十条　各市配套资金不低于省级资金的20%。\n第三章　附则\n第十一条　本办法自印发之日起施行。\n")
    assert [t[:3] for t in got] == [(20, "%", ">=")]


def test_numbers_in_a_list_of_places_where_a_business_is_banned_are_its_scope():
    # A municipal regulation of 2005 (guide TG39: a distance that marks where a rule applies is its scope): the floors and
    # the distance in `不得设置在以下区域：` items are out; the floor area the next article demands is in
    got = _targets("某市互联网上网服务营业场所管理规定", "某市人民政府", "2005年3月1日",
                   "第一章 总则\n第一条 为加强管理，制定本规定。\n第二条 本规定适用于本市行政区域。\n第二章 设立\n"
                   "第三条 设立网吧应当向文化部门申请。\n第四条 网吧经营场所不得设置在以下区域：\n（一）地下三层以下的楼层；\n"
                   "（二）与中学、小学校园出入口直线距离100米以内；\n（三）其他不宜设立的区域。\n第五条 营业面积不少于100平方米。\n"
                   "第三章 附则\n第六条 本规定自发布之日起施行。\n")
    assert [t[:3] for t in got] == [(100, "平方米", ">=")]


def test_bracketed_measure_words_of_ponds_and_wells_stay_in_the_unit():
    # A Hubei-style county 2016 work plan: `80条（面）` ponds, `20口（眼）` wells (spec §7: the unit as written)
    got = _targets("某县2016年农田水利建设工作要点", "某县人民政府", "2016年2月1日",
                   "一、任务\n（一）推进塘堰整治。全年清淤整治山塘80条（面），新打机井20口（眼）。\n（二）其他。\n")
    assert [t[:3] for t in got] == [(80, "条（面）", "="), (20, "口（眼）", "=")]


def test_a_respective_change_after_listed_time_limits_counts_once_per_indicator():
    # A Fujian-style provincial 2024—2026 port plan: the two clearance times are time limits (guide TG41, out); the cut
    # `较2023年分别压缩15%以上` is set for each of the two (guide TG19)
    got = _targets("某省口岸通关提效三年行动方案（2024—2026年）", "某省人民政府办公厅", "2024年3月1日",
                   "一、发展目标\n到2026年，全省进口、出口整体通关时间分别控制在40小时、2小时以内，较2023年分别压缩15%以上；"
                   "查验准备时间缩短10%。\n二、任务\n（一）推进。\n")
    assert got == [(15, "%", ">=", False, None, 2026), (15, "%", ">=", False, None, 2026), (10, "%", "=", False, None, 2026)]


def test_each_place_choosing_at_least_n_gives_one_quota_per_place():
    # A Gansu-style county 2014 plan: `在甲县、乙县、丙县各选择不少于3个村开展…示范` — one floor for each of the three
    got = _targets("某市2014年农村环境整治工作方案", "某市人民政府", "2014年3月1日",
                   "一、主要任务\n（一）开展示范。在甲县、乙县、丙县各选择不少于3个村开展农村生活污水治理示范。\n（二）其他。\n")
    assert [t[:3] for t in got] == [(3, "个", ">=")] * 3


def test_a_count_inside_the_subject_of_a_rate_is_its_scope():
    # A Hunan-style county 2019 river-chief plan: `全县120条河道保洁率` — the count says what the rate is over; a count
    # delivered in its own clause (`建成30条示范河道，`) stays a target
    got = _targets("某县2019年河长制工作要点", "某县河长制办公室", "2019年2月1日",
                   "一、任务\n（一）河道保洁。全县120条河道保洁率达到95%，建成30条示范河道，全年落实三项制度到位率达到90%以上。\n"
                   "（二）其他。\n")
    assert [t[:3] for t in got] == [(95, "%", "="), (30, "条", "="), (90, "%", ">=")]


def test_a_condition_and_its_partial_degree_name_one_group():
    # A Sichuan-style provincial 2021 plan: `失能、部分失能老年人` is one group whose rate is set; `城市、农村` name two
    got = _targets("某省养老服务体系建设实施方案", "某省人民政府办公厅", "2021年6月1日",
                   "一、任务\n（一）医养结合。到2025年，失能、部分失能老年人家庭医生签约率达到75%以上，"
                   "城市、农村社区养老服务设施覆盖率均达到90%。\n（二）其他。\n")
    assert [t[:3] for t in got] == [(75, "%", ">="), (90, "%", "="), (90, "%", "=")]


def test_an_assessments_contents_are_criteria_and_later_grades_amounts_are_provided():
    # A Shandong-style county assessment rule of 2018: a 成效 item under `考核内容…包括以下方面` is a criterion (in), not a
    # review; `良好的，每个村3万元；合格的，每个村1万元` give each grade its amount (guide TG22)
    got = _targets("某县农村人居环境整治考核奖补办法", "某县人民政府办公室", "2018年4月1日",
                   "第一章 总则\n第一条 为做好考核，制定本办法。\n第二章 考核内容\n第三条 考核内容主要包括以下方面：\n"
                   "（一）设施配备情况。每个村至少配备1名保洁员；\n（二）治理成效情况。河塘沟渠无积存垃圾，"
                   "非正规垃圾堆放点整治完成率达到100%；\n（三）群众满意情况。\n"
                   "第四条 奖补资金按照考核等次分配：考核为优秀的乡镇，按照每个村5万元标准给予奖补；良好的，每个村3万元；"
                   "合格的，每个村1万元；不合格的，不予奖补。\n第三章 附则\n第五条 本办法自印发之日起施行。\n")
    assert [t[:3] for t in got] == [(1, "名", ">="), (100, "%", "="), (50000, "元", "="), (30000, "元", "="),
                                    (10000, "元", "=")]


def test_a_paragraph_after_an_articles_list_of_whole_items_belongs_to_the_article():
    # A Guangdong-style provincial rule of 2012 (guide R30, inside articles): the caps in the paragraph after the
    # last of `（一）…；（二）…；（三）…。` take the article's path; an item written as a run-in heading with its body below
    # (`（二）发展目标。…` then `——…`) keeps what follows
    text = ("某省农村危房改造补助资金管理办法\n第一章　总则\n第一条　为规范管理，制定本办法。\n第二章　补助标准\n"
            "第五条　补助标准按以下规定执行：\n（一）拆除重建的，每户补助2万元；\n（二）修缮加固的，每户补助1万元；\n"
            "（三）改造厕所的，每户补助1200元。\n工作经费不得超过补助资金总额的3%。\n第三章　附则\n第六条　本办法自印发之日起施行。\n"
            "某省财政厅\n2012年5月1日\n")
    from tests.snippets import targets
    got = targets(text)
    assert [(t[0], t[1]) for t in got] == [("第二章/第五条/(一)", 20000), ("第二章/第五条/(二)", 10000),
                                           ("第二章/第五条/(三)", 1200), ("第二章/第五条", 3)]
    got = targets("某市养老服务业发展实施意见\n一、总体要求\n（一）指导思想。以人民为中心，推进养老服务发展。\n"
                  "（二）发展目标。到2020年，全面建成覆盖城乡的养老服务体系。\n——养老床位达到每千名老年人35张。\n"
                  "二、主要任务\n（一）加强设施建设。\n某市人民政府\n2016年3月1日\n")
    assert [(t[0], t[1]) for t in got] == [("一/(二)", 35)]


def test_a_paragraph_after_a_plans_last_sub_item_stays_with_it():
    # A Jiangxi-style county plan of 2015 (guide R30's scope as revised in S30): outside articles, a paragraph after a
    # part's last sub-item belongs to that sub-item (spec §6 read literally, T6), however whole its siblings are
    from tests.snippets import targets
    got = targets("某县加快发展电子商务实施方案\n一、扶持政策\n（一）对新建乡镇服务站的，每个补助2万元；\n"
                  "（二）对新建村级服务点的，每个补助5000元。\n上述资金由县财政列支，每年安排不少于300万元。\n"
                  "二、保障措施\n（一）加强组织领导。\n某县人民政府\n2015年6月1日\n")
    assert [(t[0], t[1]) for t in got] == [("一/(一)", 20000), ("一/(二)", 5000), ("一/(二)", 3000000)]


def test_a_change_restating_levels_set_value_by_value_is_no_second_target():
    # An Inner-Mongolia-style prefecture 2023—2026 plan (guide TG61): `分别提高到90%和80%，较2020年分别提高6个和4个百分点`
    # restates the two levels; a change shared by indicators under 均 (`较2022年分别提高2个百分点`) is set for each (TG19)
    got = _targets("某市畜牧业高质量发展实施方案（2023—2026年）", "某市人民政府", "2023年3月1日",
                   "一、发展目标\n到2026年，全市奶牛、肉牛良种覆盖率分别提高到90%和80%，较2020年分别提高6个和4个百分点；"
                   "解决率、满意率均达到92%以上，较2022年分别提高2个百分点。\n二、任务\n（一）推进。\n")
    assert [t[:3] for t in got] == [(90, "%", "="), (80, "%", "="), (92, "%", ">="), (92, "%", ">="),
                                    (2, "个百分点", "="), (2, "个百分点", "=")]


def test_a_surcharge_on_the_part_over_a_quota_is_a_sanction():
    # A Sichuan-style municipal water rule of the 1990s (guide TG58): `超过部分按三倍征收水资源费` is out; the quota is in
    got = _targets("某市取水许可和水资源费征收管理办法", "某市人民政府", "1996年5月1日",
                   "第一章 总则\n第一条 为加强水资源管理，制定本办法。\n第二章 征收\n"
                   "第十条 超计划取水的，超过部分按三倍征收水资源费。\n第十一条 农业灌溉用水每亩年取水量不超过400立方米。\n"
                   "第三章 附则\n第十二条 本办法自发布之日起施行。\n")
    assert [t[:3] for t in got] == [(400, "立方米", "<=")]


def test_a_total_within_each_years_rounds_is_per_year():
    # A Zhejiang-style provincial 2012 notice (guide TG62): `每年对…集中轮训一次以上，每人累计培训不少于32学时` — the 每年 sets
    # how often; the total is each year's; a running total beside a yearly amount (`每年培训2000人，累计培训1万人`) is not
    got = _targets("某省人民政府办公厅关于加强基层农技人员队伍建设的通知", "某省人民政府办公厅", "2012年4月1日",
                   "一、加强培训\n（一）县级农业部门每年对基层农技人员集中轮训一次以上，每人累计培训不少于32学时。\n"
                   "（二）每年培训新型职业农民2000人，累计培训1万人。\n二、其他\n（一）加强领导。\n")
    assert [(t[0], t[1], t[3]) for t in got] == [(32, "学时", True), (2000, "人", True), (10000, "人", False)]


def test_a_share_below_a_line_said_of_the_present_is_no_target():
    # A Hebei-style prefecture notice of 2009: `劳动力总体素质偏低，受过技能培训的不足15%` describes the present; the
    # training quota after it is the target
    got = _targets("某市人民政府关于加强农村劳动力技能培训工作的通知", "某市人民政府", "2009年3月1日",
                   "一、现状\n但是，我市农村劳动力总体素质偏低，受过技能培训的不足15%，大多从事体力劳动。\n"
                   "二、目标\n（一）全年培训农村劳动力3万人。\n")
    assert [t[:3] for t in got] == [(30000, "人", "=")]


def test_the_rest_still_to_do_is_a_count_to_reach():
    # A Shanxi-style county 2015 plan: `全县剩余的36个贫困村全部完成整村推进` (the rest still to do, counted where its
    # clause opens, spec §7 `1.7万人取得证书`)
    got = _targets("某县2015年扶贫开发工作方案", "某县人民政府", "2015年3月1日",
                   "一、目标\n（一）总体目标。到2015年底，全县剩余的36个贫困村全部完成整村推进。\n"
                   "二、其他\n（一）加强领导。\n")
    assert [t[:3] for t in got] == [(36, "个", "=")]
