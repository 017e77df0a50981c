"""s22-tg2: target classes found on the held half of A10/A11 (spec 1.1 §7; guide TG9, TG19), each tested in the style of
a province, level or era other than the notice that showed it (never text of a dev-corpus notice): 今年 after 每年, 至少
over a listed object or a preposition, a household/person pair sharing 左右, 通…、通… shares (TG19), intensity units per
万元, storeys (层), a space-parted task table's deadline column, cadres assigned to villages (包保), a long list of names
before 等N (TG9), and the scope a rule covers (out)."""
from pipeline import process_text
from tests.snippets import targets_of as _targets


def test_this_year_ends_the_reach_of_every_year():
    # Guangdong county, 2010s employment notice: 每年 sets the yearly fund, 今年 the one year's quota
    got = _targets("新兴县关于做好2014年就业工作的通知", "新兴县人民政府", "2014年3月5日",
                   "为做好就业工作，现通知如下。\n一、工作目标\n县财政每年安排就业专项资金300万元，今年全县新增就业岗位800个。")
    assert got == [(3000000, "元", "=", True, 2014, 2014), (800, "个", "=", False, 2014, 2014)]


def test_at_least_over_a_listed_object_and_a_preposition():
    # Sichuan township, 2020s: 至少 before the verb governs each listed kind, and a partner after 与
    got = _targets("青城山镇2023年乡村治理工作方案", "青城山镇人民政府", "2023年2月1日",
                   "为加强乡村治理，制定本方案。\n一、重点任务\n（一）配强队伍。每个村至少配备护林员、保洁员各1名。\n"
                   "（二）结对共建。每个村至少与1家企业开展结对共建。")
    assert [g[:3] for g in got] == [(1, "名", ">="), (1, "名", ">="), (1, "家", ">=")]


def test_households_and_persons_share_their_trailing_approximation():
    # Guizhou county, 2010s poverty relocation: one population counted twice, 左右 for both
    got = _targets("望谟县2016年易地扶贫搬迁实施方案", "望谟县人民政府", "2016年4月8日",
                   "为做好易地扶贫搬迁，制定本方案。\n一、目标任务\n全县计划实施易地扶贫搬迁2000户、8000人左右。")
    assert [g[:3] for g in got] == [(2000, "户", "~"), (8000, "人", "~")]


def test_shares_of_access_listed_with_one_verb_each_are_one_target_each():
    # Yunnan prefecture, 2010s: 通水、通电、通网络 are three indicators sharing 100% (guide TG19)
    got = _targets("红河州2015年美丽乡村建设工作要点", "红河州人民政府办公室", "2015年3月2日",
                   "为推进美丽乡村建设，制定本要点。\n一、主要任务\n（一）完善设施。自然村通水、通电、通网络比例达到100%。")
    assert [g[:3] for g in got] == [(100, "%", "=")] * 3


def test_a_share_after_a_list_of_kinds_stays_one_target():
    # Zhejiang province, 2000s: one share of the whole, not one per kind
    got = _targets("浙江省人民政府关于加强专业技术人才队伍建设的意见", "浙江省人民政府", "2006年5月10日",
                   "为加强人才队伍建设，提出如下意见。\n一、目标\n到2010年，全省中级、高级职称人员比例达到40%。")
    assert [g[:3] for g in got] == [(40, "%", "=")]


def test_intensity_per_ten_thousand_yuan_keeps_its_rate_unit():
    # Jiangsu province, 2000s energy notice: the 万 of the denominator multiplies nothing
    got = _targets("江苏省人民政府关于加强节能工作的意见", "江苏省人民政府", "2006年9月1日",
                   "为加强节能工作，提出如下意见。\n一、目标\n到2010年，全省万元地区生产总值能耗由2005年的0.92吨标准煤/万元降低到0.75吨标准煤/万元以下。")
    assert got == [(0.75, "吨标准煤/万元", "<=", False, None, 2010)]


def test_storeys_cap_a_rural_house():
    # Anhui county, 2020s village building rules
    got = _targets("金寨县农村村民建房管理办法", "金寨县人民政府", "2021年6月1日",
                   "第一条 为规范农村村民建房，制定本办法。\n第二条 新建农房层数原则上不超过三层。")
    assert [g[:3] for g in got] == [(3, "层", "<=")]


def test_a_space_parted_task_table_dates_its_rows_by_the_deadline_cell():
    # Hebei county, 2020s three-year plan, PDF copy: the 完成时限 cell is each row's deadline, `持续推进` none
    rec = process_text("阜平县推进农村供水提质行动方案（2022—2024年）\n为推进农村供水，制定本方案。\n一、主要任务\n（一）巩固提升。完成管网改造。\n"
                       "附件：任务分工表\n阜平县人民政府\n2022年3月1日\n附件\n阜平县农村供水提质行动任务分工表\n"
                       "序号 工作任务 牵头单位 配合单位 完成时限\n1 改造供水管网120公里 县水利局 县财政局 2023年6月\n"
                       "2 水质检测覆盖率达到100% 县卫健局 县水利局 2024年12月\n3 农村自来水普及率稳定在95%以上 县水利局 各乡镇 持续推进\n",
                       doc_id="t").model_dump()
    at = rec["text"].find("序号")
    got = [(t["value"], t["unit"], t["year_start"], t["year_end"]) for t in rec["targets"] if t["span"][0] > at]
    assert got == [(120, "公里", None, 2023), (100, "%", None, 2024), (95, "%", 2022, 2024)]


def test_cadres_assigned_to_villages_are_a_quota():
    # Gansu county, 2010s poverty plan
    got = _targets("东乡县2017年精准扶贫工作实施方案", "东乡县人民政府", "2017年2月10日",
                   "为做好精准扶贫，制定本方案。\n一、工作措施\n（一）压实责任。每名县级领导包保2个贫困村，每名科级干部包联5户贫困户。")
    assert [g[:3] for g in got] == [(2, "个", "="), (5, "户", "=")]


def test_a_long_list_of_names_before_deng_gives_examples_of_the_count_delivered():
    # Shandong county, 2020s: the verb delivers 5 villages, each named (guide TG9)
    got = _targets("沂水县2022年美丽乡村建设工作方案", "沂水县人民政府", "2022年3月3日",
                   "为推进美丽乡村建设，制定本方案。\n一、重点任务\n（一）示范创建。确定沂城街道南岭村、院东头镇桃棵子村、泉庄镇崮安村、"
                   "诸葛镇诸葛村、高桥镇上峪村等5个村为2022年度美丽乡村示范村。")
    assert [g[:3] for g in got] == [(5, "个", "=")]


def test_numbers_bounding_a_rules_scope_are_out():
    # Tianjin municipality, 2010s water-saving rules: who the rule covers, before or after it
    got = _targets("天津市计划用水管理规定", "天津市水务局", "2012年5月1日",
                   "第一条 为加强计划用水管理，制定本规定。\n第二条 本规定适用于月用水量在1000立方米以上或者年用水量在1万立方米以上的非居民用水户。\n"
                   "第三条 月用水量在500立方米以下或者用水人口在100人以下的非居民用水户，参照本规定执行。\n第四条 计划用水户的水计量器具配备率应当达到100%。")
    assert [g[:3] for g in got] == [(100, "%", "=")]


def test_places_covered_after_the_time_they_are_done_in():
    # Fujian township, 2010s one-year plan: 年内/2019年 before 在N个村 (guide TG16, the places covered)
    got = _targets("洪濑镇2019年农村人居环境整治工作方案", "洪濑镇人民政府", "2019年3月6日",
                   "为改善人居环境，制定本方案。\n一、重点任务\n（一）垃圾治理。推行垃圾分类，年内在4个村开展垃圾分类试点。\n"
                   "（二）污水治理。2019年在6个行政村推行污水分散处理。")
    assert got == [(4, "个", "=", False, 2019, 2019), (6, "个", "=", False, 2019, 2019)]


def test_a_staffing_ratio_per_headcount_is_a_quota():
    # Hubei city, 2020s elderly-care notice: `每千名…不少于3名的比例` fixes the staff, it says no one qualifies
    got = _targets("宜昌市关于加强养老服务人才队伍建设的实施意见", "宜昌市人民政府办公室", "2021年8月2日",
                   "为加强养老服务人才队伍建设，提出如下意见。\n一、主要任务\n（一）配齐人员。养老机构护理员按照每100名老年人不少于3名的比例落实。")
    assert [g[:3] for g in got] == [(3, "名", ">=")]


def test_a_rate_held_at_zero_written_as_a_word():
    # Jiangxi county, 2010s education notice: 零 is the level (0, %); (s26-a20tg, A20 pair AY's gold) 零增长 reached is a
    # level too (growth held at 0 %), no longer read as none
    got = _targets("于都县2015年控辍保学工作方案", "于都县人民政府", "2015年3月9日",
                   "为做好控辍保学，制定本方案。\n一、工作目标\n全县义务教育阶段辍学率控制在零，巩固率达到96%以上；化肥使用量实现零增长。")
    assert [g[:3] for g in got] == [(0, "%", "="), (96, "%", ">="), (0, "%", "=")]


def test_a_standard_a_rule_applies_closing_its_clause():
    # Liaoning city, 2000s social-assistance notice: `按…N元标准执行` sets the amount; a year's standard names none
    got = _targets("鞍山市人民政府关于调整城乡居民最低生活保障标准的通知", "鞍山市人民政府", "2008年7月1日",
                   "为保障困难群众基本生活，现就有关事项通知如下。\n一、城市低保对象按每人每月260元标准执行。\n二、其他事项按照2007年标准执行。")
    assert [g[:4] for g in got] == [(260, "元", "=", False)]
