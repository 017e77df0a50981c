"""s32-tg: target classes the recalled notices of A29 and A31 showed — amounts listed after 分别 with one unit after the
last, benefits a statute sets in months of wage, bandwidth in 兆, grades an evaluation is to reach, 零增长 of a total and
a quoted 零填埋, an item number glued to its first amount, shares of the whole after 覆盖全国/全省, and the existing units
a work is done on. Each is tested in the style of a province, level or era other than the notice that showed it
(snippets written for these tests, none copied from a notice)."""
from tests.snippets import targets_of as _targets


def test_amounts_listed_after_fenbie_take_the_unit_written_after_the_last():
    # A Guangdong-style city plan of 2018 on boilers: `分别不高于20、50、100毫克/立方米` is three ceilings in one unit; a
    # money list `分别给予5、3、2万元` takes the multiplier too
    got = _targets("某市燃煤锅炉综合整治工作方案", "某市人民政府办公室", "2018年4月2日",
                   "一、主要任务\n（一）提标改造。保留的燃煤锅炉颗粒物、二氧化硫、氮氧化物排放浓度分别不高于20、50、100毫克/立方米。\n"
                   "（二）资金奖补。对提前完成改造的大、中、小型企业分别给予5、3、2万元奖励。\n")
    assert got == [(20, "毫克/立方米", "<=", False, None, None), (50, "毫克/立方米", "<=", False, None, None),
                   (100, "毫克/立方米", "<=", False, None, None), (50000, "元", "=", False, None, None),
                   (30000, "元", "=", False, None, None), (20000, "元", "=", False, None, None)]


def test_a_benefit_set_in_months_of_wage_is_an_amount():
    # A Sichuan-style provincial 办法 of 2005 (a statute's article): `（一）…的，一次性补助金为6个月`, `抚恤金…最低不得低于4个月的
    # 标准` are amounts it sets; `停工留薪期一般不超过12个月` is a duration and stays out
    got = _targets("某省因工死亡职工供养亲属待遇实施办法", "某省人民政府", "2005年7月1日",
                   "第一条　为规范待遇支付，制定本办法。\n"
                   "第二条　职工因工死亡的，按照下列标准计发：\n（一）在职期间死亡的，一次性丧葬补助金为6个月；\n"
                   "第三条　停工留薪期一般不超过12个月。供养亲属抚恤金按月发放，最低不得低于4个月的标准。\n")
    assert got == [(6, "个月", "=", False, None, None), (4, "个月", ">=", False, None, None)]


def test_bandwidth_in_zhao_is_a_level_but_a_gigabit_network_is_a_name():
    # A Zhejiang-style education plan of 2020: `出口带宽不低于500兆` is a level; `千兆光网` names a kind of network
    got = _targets("某市教育信息化提升行动方案", "某市教育局", "2020年3月10日",
                   "一、主要任务\n（一）网络提速。建设千兆光网，中小学校出口带宽不低于500兆，教学点不低于100兆。\n")
    assert got == [(500, "兆", ">=", False, None, None), (100, "兆", ">=", False, None, None)]


def test_the_grade_an_evaluation_by_grades_is_to_reach():
    # A Yunnan-style health plan of 2021: `应用水平分级评价达到4级以上，其中三级医院达到5级以上`: grades to reach
    got = _targets("某州智慧医院建设实施方案", "某州卫生健康委员会", "2021年5月6日",
                   "一、工作目标\n到2023年，全州二级以上医院电子病历系统应用水平分级评价达到4级以上，其中三级医院达到5级以上。\n")
    assert got == [(4, "级", ">=", False, None, 2023), (5, "级", ">=", False, None, 2023)]


def test_no_growth_of_a_total_and_a_quoted_zero_landfill():
    # A Jiangxi-style township plan of 2020 (guide TG36/TG55): `确保农药使用总量零增长`, `其他垃圾“零填埋”` are 0 % goals
    got = _targets("某乡2020年农村人居环境整治工作方案", "某乡人民政府", "2020年2月20日",
                   "一、工作目标\n确保农药使用总量零增长、其他垃圾“零填埋”。\n")
    assert got == [(0, "%", "=", False, 2020, 2020), (0, "%", "=", False, 2020, 2020)]


def test_an_item_number_glued_to_its_first_amount_and_shares_of_the_whole_covered():
    # A Hubei-style provincial plan of 2012: `2.60%的乡镇…` is item 2's share (no 2.6 %); `覆盖全省40%的县（市、区）`
    # is the share of the whole the work covers; `覆盖全省90%以上的乡镇和70%以上的行政村`: both shares
    got = _targets("某省农村卫生服务能力提升规划（2012—2015年）", "某省人民政府", "2012年6月1日",
                   "一、主要目标\n1.远程会诊覆盖全省40%的县（市、区）。\n2.60%以上的乡镇卫生院实现信息互联互通。\n"
                   "3.村卫生室覆盖全省90%以上的乡镇和70%以上的行政村。\n")
    assert [g[:3] for g in got] == [(40, "%", "="), (60, "%", ">="), (90, "%", ">="), (70, "%", ">=")]


def test_existing_units_a_work_is_done_on_are_counted_but_existing_policies_are_not():
    # A Shanxi-style county plan of 2019: `对现有12座垃圾中转站进行升级改造`, `完成已排查出的8处…整治` count the work;
    # `落实已出台的15项政策` counts what exists (out)
    got = _targets("某县2019年城乡环境综合整治方案", "某县人民政府办公室", "2019年3月5日",
                   "一、重点任务\n（一）设施提升。对现有12座垃圾中转站进行升级改造。\n（二）隐患整治。6月底前完成已排查出的8处违法建筑整治。\n"
                   "（三）政策落实。落实已出台的15项政策。\n")
    assert [g[:3] for g in got] == [(12, "座", "="), (8, "处", "=")]


def test_a_rate_that_picks_out_the_units_a_measure_rewards_is_a_condition():
    # A Fujian-style provincial 意见 of 2017: `综合利用率达到85%以上的企业，给予一次性奖励` says who is rewarded (out); the
    # goal `到2020年，综合利用率达到75%以上` stays
    got = _targets("某省关于推进工业固体废物综合利用的意见", "某省经济和信息化委员会", "2017年9月1日",
                   "一、主要目标\n到2020年，全省工业固体废物综合利用率达到75%以上。\n"
                   "二、政策措施\n（一）加大奖励。工业固体废物综合利用率达到85%以上的企业，给予一次性奖励。\n")
    assert got == [(75, "%", ">=", False, None, 2020)]


def test_both_thresholds_of_a_consent_pair_are_conditions():
    # A Guizhou-style county 办法 of 2019 (guide TG52): `经村民会议三分之二以上成员或者三分之二以上村民代表同意` is how a
    # decision is taken, no target; the notice period after it (`公示不少于7日`) is a time limit and stays out too
    got = _targets("某县农村宅基地管理暂行办法", "某县人民政府", "2019年4月1日",
                   "第八条　宅基地调整方案应当经村民会议三分之二以上成员或者三分之二以上村民代表同意，并公示不少于7日。\n")
    assert got == []


def test_a_pilot_term_in_a_later_item_is_not_the_notices_period():
    # A Hunan-style provincial 意见 of 2009: `二、…（二）…开展试点，试点期限为2009—2011年` in a later item is one measure's term;
    # the standing amount of an earlier item keeps no year
    got = _targets("某省人民政府办公厅关于加快农村物流体系建设的意见", "某省人民政府办公厅", "2009年5月4日",
                   "一、加大投入\n（一）财政支持。省财政每年安排农村物流专项资金3000万元。\n二、创新机制\n（一）培育主体。支持龙头企业发展。\n"
                   "（二）开展试点。选择部分县开展城乡物流一体化试点，试点期限为2009—2011年。\n")
    assert got == [(30000000, "元", "=", True, None, None)]


def test_a_deadline_closing_the_goals_paragraph_with_a_colon_dates_the_list_under_it():
    # A Shandong-style township 实施方案 of 2018 (guide Y5): `二、目标任务` / `2018年全镇改造…8个村，…。重点村年底前实现“五个到位”：`
    # / `（一）…`: the list's goals are by the end of the issue year (null/2018); the first sentence keeps its own year
    got = _targets("某镇2018年美丽乡村建设实施方案", "某镇人民政府", "2018年3月9日",
                   "一、指导思想\n以改善农村人居环境为重点，全面推进美丽乡村建设。\n"
                   "二、目标任务\n2018年全镇改造提升重点村8个。重点村年底前实现“五个到位”：\n"
                   "（一）垃圾治理到位。建立村收集、镇转运、县处理的垃圾处理体系，配齐保洁人员和收集车辆，重点村垃圾收集率达到100%。\n（二）道路硬化到位。新增硬化道路6公里。\n")
    assert got == [(8, "个", "=", False, 2018, 2018), (100, "%", "=", False, None, 2018), (6, "公里", "=", False, None, 2018)]


def test_a_grant_split_by_group_after_qizhong():
    # A Chongqing-style city 意见 of 2016: `对…的毕业生，给予一次性就业补贴，其中博士3万元、硕士2万元、本科生1万元`: each
    # group's amount is one the policy provides
    got = _targets("某市关于鼓励高校毕业生到基层就业的意见", "某市人民政府办公厅", "2016年8月3日",
                   "一、政策措施\n（一）就业补贴。对到乡镇单位就业满2年的高校毕业生，给予一次性就业补贴，其中博士3万元、硕士2万元、本科生1万元。\n")
    assert [g[:3] for g in got] == [(30000, "元", "="), (20000, "元", "="), (10000, "元", "=")]
