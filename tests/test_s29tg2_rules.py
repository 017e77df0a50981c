"""s29-tg2: target classes left by wave 1 on the opened A24/A25 batches, each tested in the style of a province, level or
era other than the notice that showed it (snippets written for these tests, none copied from a notice)."""
from tests.snippets import targets_of as _targets


def test_batches_counted_with_ge_keep_the_whole_measure_word():
    # A Jiangsu-style city food-safety plan of 2020 (A25 a286 showed it in a Shanghai plan): `不少于30个批次` counts batches
    got = _targets("某市农贸市场食品安全提升行动方案（2020—2022年）", "某市人民政府办公室", "2020年4月8日",
                   "一、重点任务\n（一）强化抽检。每个农贸市场每周抽检肉类、蔬菜等食用农产品不少于30个批次，结果及时公示。\n")
    assert got == [(30, "个批次", ">=", False, 2020, 2022)]


def test_skills_to_master_are_a_quota_of_the_training():
    # A Sichuan-style county 2010 training plan (A24 a287 in a traditional-script Zhejiang copy; a06, a139 golds): 掌握 N门
    got = _targets("某县2010年农村劳动力技能培训实施方案", "某县人民政府", "2010年3月2日",
                   "一、培训目标\n全年培训农村劳动力5000人次，每名学员掌握1至2门实用技术，贫困户户均至少掌握1门实用技术。\n")
    assert got == [(5000, "人次", "=", False, 2010, 2010), (1, "门", ">=", False, 2010, 2010), (2, "门", "<=", False, 2010, 2010),
                   (1, "门", ">=", False, 2010, 2010)]


def test_a_traditional_script_copy_reads_its_measure_words():
    # A Fujian-style 2004 provincial 意见 kept in traditional characters on a web copy
    got = _targets("某省人民政府关于加强农民职业技能培训的意见", "某省人民政府", "2004年5月10日",
                   "一、目標任務\n到2008年，全省農村青壯年勞動力普遍掌握1至2門實用技術。\n")
    assert got == [(1, "门", ">=", False, None, 2008), (2, "门", "<=", False, None, 2008)]


def test_a_limit_relaxed_to_a_level_is_the_new_standard():
    # A Hebei-style 2022 provincial business-environment plan (A25 a299 in a Guangxi city 2024 工作要点)
    got = _targets("某省2022年优化营商环境工作要点", "某省人民政府办公厅", "2022年2月20日",
                   "一、优化用电服务\n（一）城乡居民和小微企业低压接入容量放宽到200千瓦，城市地区平均接电时间压减至5个工作日。\n")
    assert got == [(200, "千瓦", "=", False, 2022, 2022)]


def test_a_time_cut_by_a_share_for_each_subject_respectively():
    # A Hunan-style county 2023 要点 (guide TG52: a percentage cut of a processing time is in; TG19: one per subject)
    got = _targets("某县2023年优化营商环境工作要点", "某县人民政府办公室", "2023年3月1日",
                   "一、提升审批效率\n（一）企业开办、工程建设项目审批时间分别较2022年压缩20%以上；不动产登记时间分别压缩至3个、5个工作日。\n")
    assert got == [(20, "%", ">=", False, 2023, 2023), (20, "%", ">=", False, 2023, 2023)]


def test_a_share_after_kinds_of_one_noun_is_each_kinds():
    # A Jiangxi-style 2012 provincial 办法 (A25 a290 in a Guangdong statute): `县道、乡道…比例` is a share for each kind of
    # road (guide TG19), while grades of one kind (`中级、高级职称人员比例`) keep one share of both (s22-tg2)
    got = _targets("某省农村公路管理养护办法", "某省人民政府", "2012年6月1日",
                   "第十条 全省农村公路养护管理应当实现以下目标：到2016年，县道、乡道优良中等路比例达到70%以上，"
                   "养护站技术人员中中级、高级职称人员比例达到30%以上。\n")
    assert got == [(70, "%", ">=", False, None, 2016), (70, "%", ">=", False, None, 2016), (30, "%", ">=", False, None, 2016)]


def test_a_standard_set_for_a_list_of_kinds_of_place_is_each_places():
    # A Hubei-style provincial 2015 water-price notice (A24 a277 in a central sewage notice): the kinds of place listed as
    # the only subject of a price floor each take it (guide TG19), and so does the clause for the other payers after it;
    # the payers of a shared subsidy (`省、市、县三级财政`) stay one
    got = _targets("某省物价局关于调整污水处理费征收标准的通知", "某省物价局", "2015年3月5日",
                   "一、调整标准\n2016年底前，设区市污水处理费每吨调整至居民不低于0.9元，非居民不低于1.3元；县城、建制镇每吨应调整至"
                   "居民不低于0.8元，非居民不低于1.1元。\n二、省、市、县三级财政补助不低于200元。\n")
    assert got == [(0.9, "元", ">=", False, None, 2016), (1.3, "元", ">=", False, None, 2016),
                   (0.8, "元", ">=", False, None, 2016), (0.8, "元", ">=", False, None, 2016),
                   (1.1, "元", ">=", False, None, 2016), (1.1, "元", ">=", False, None, 2016),
                   (200, "元", ">=", False, None, None)]


def test_a_task_table_deadline_cell_in_stages_or_with_a_yearly_pace():
    # A Henan-style county 2022 three-year plan (A25 a295 in a Sichuan city plan): a task table copied one cell per line,
    # its deadline cell written in stages (the last stage dates the row, guide TG48) or as a yearly pace and a deadline
    # (the pace a target of its own, over the plan's years)
    got = _targets("某县农村寄递物流体系建设三年行动方案（2022—2024年）", "某县人民政府办公室", "2022年3月10日",
                   "附件\n重点任务分工表\n序号\n重点任务\n牵头单位\n完成时限\n1\n每个乡镇建成1个寄递物流综合服务站\n县商务局\n"
                   "2022年底前完成选址，2024年底前建成\n2\n新建村级寄递服务点不少于150个\n县邮政管理局\n每年50个，2024年12月\n")
    assert got == [(1, "个", "=", False, None, 2024), (150, "个", ">=", False, None, 2024), (50, "个", "=", True, 2022, 2024)]


def test_a_township_work_plans_investment_forestry_and_party_goals():
    # A Guizhou-style township 2015 工作要点 (A24 a280 in a Jiangxi township's 2012 plan): capital actually used or brought
    # in, stands planted anew or improved, branches turned round are the year's quotas (spec §7)
    got = _targets("某镇2015年工作要点", "中共某镇委员会", "2015年2月10日",
                   "一、经济发展\n1.招商引资。全年实际利用外资200万美元，外资到位150万美元。\n2.林业产业。新造竹林1500亩，低改油茶林800亩。\n"
                   "二、党的建设\n3.全年整顿转化软弱涣散村党组织3个。\n")
    assert got == [(2000000, "美元", "=", False, 2015, 2015), (1500000, "美元", "=", False, 2015, 2015),
                   (1500, "亩", "=", False, 2015, 2015), (800, "亩", "=", False, 2015, 2015), (3, "个", "=", False, 2015, 2015)]


def test_contribution_grades_set_for_now_are_standards_not_a_review():
    # A Shaanxi-style county 2012 城镇居民养老保险 细则 (A24 a285 in a Jilin 新农保 细则): `目前设为` sets the grades for now
    got = _targets("某县城镇居民社会养老保险试点实施细则", "某县人民政府", "2012年4月1日",
                   "第八条 个人缴费。缴费标准目前设为每年100元、300元、500元3个档次，参保人自主选择档次缴费。\n"
                   "第九条 目前全县参保人数为1.2万人。\n")
    assert got == [(100, "元", "=", True, None, None), (300, "元", "=", True, None, None), (500, "元", "=", True, None, None)]


def test_a_one_off_notices_places_completed_and_its_year_span():
    # A Hunan-style provincial 2001 通知 (stress o30 in a Hebei 1998 notice): `今年底前在N个市州全部建成…` counts the places the
    # work covers (spec §7), dated by the bare year-end (guide Y13); `全年` in a one-off notice with no period is the issue
    # year (Y13 as Y5); a 办法 keeps its 全年 undated
    got = _targets("某省人民政府关于做好下岗职工再就业工作的通知", "某省人民政府", "2001年4月2日",
                   "一、加快市场建设\n今年底前在14个市州全部建成劳动力市场信息网络；组织再就业培训，全年培训下岗职工5万人次以上。\n")
    assert got == [(14, "个", "=", False, None, 2001), (50000, "人次", ">=", False, 2001, 2001)]
    got = _targets("某省下岗职工再就业培训补贴办法", "某省人民政府", "2001年4月2日",
                   "第五条 组织再就业培训，全年培训下岗职工5万人次以上。\n")
    assert got == [(50000, "人次", ">=", False, None, None)]


def test_persons_paired_with_households_after_a_group_phrase_are_demanded_too():
    # A Gansu-style county 2016 扶贫 要点 (stress o28 in a Yunnan county 2013 plan): `对…的贫困户实施搬迁N户M人` — the
    # 对-phrase names whom the work is for; the households and persons are one work's pair of counts (spec §7)
    got = _targets("某县2016年脱贫攻坚工作要点", "某县人民政府", "2016年2月20日",
                   "一、易地扶贫搬迁\n（一）对居住在深山区、地质灾害易发区的建档立卡贫困户实施易地搬迁500户2100人。\n")
    assert got == [(500, "户", "=", False, 2016, 2016), (2100, "人", "=", False, 2016, 2016)]


def test_a_bound_glued_to_a_class_of_works_or_places_is_no_target():
    # A Qinghai-style provincial 2018 rural water notice (A24 a284 in a Tibet notice): `万人以上供水工程`, `海拔3500米以上地区`
    # name the works or places a rule is about (spec §7: numbers that describe); the counts after them stay
    got = _targets("某省人民政府关于加强农村牧区饮水安全工作的通知", "某省人民政府", "2018年5月3日",
                   "一、加强水源保护\n各市州要完成万人以上供水工程水源保护区划定工作，海拔3500米以上地区优先采用防冻供水设施，"
                   "全年新建集中供水工程120处。\n")
    assert got == [(120, "处", "=", False, 2018, 2018)]


def test_a_sentence_reporting_a_change_between_past_years_is_a_review():
    # A central-ministry-style 意见 of late 2015 (A24 a281 of 2020): the preamble's period sentence goes on to a change
    # between past years (`由2010年的…增长到2014年的…`): every number of it describes the past; the goals after stay
    got = _targets("关于加快发展农村电子商务的意见", "商务部", "2015年10月20日",
                   "“十二五”时期，农村居民人均消费支出年均增长10.5%，农村网络零售额由2010年的500亿元增长到2014年的1800亿元。\n"
                   "一、主要目标\n到2020年，农村网络零售额达到8000亿元。\n")
    assert got == [(800000000000, "元", "=", False, None, 2020)]
