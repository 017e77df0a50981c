"""s28-tg3: target classes the stress notices o39, o44 and o46 showed missed, each tested in the style of another
province, level or era: a count after 等 in a delivery sentence led by a year named relative to the notice (今年, 年内);
an amount per head a standard routes into an account (划入, 划拨); the share of a deposit or fee refunded to a group named
by a 对-phrase (not who qualifies); the part of a training floor given after 其中."""
from tests.snippets import targets_of as _targets


def test_a_count_after_deng_in_a_delivery_led_by_a_relative_year_is_the_quota():
    # Guangxi prefecture, 2010s education work points: 年内 leads into the demand as a written year does; the count
    # after 等 is the quota, the names before it its examples (guide TG9 and the delivered-with-examples rule)
    got = _targets("梧州市2012年教育工作要点", "梧州市教育局", "2012年2月20日",
                   "一、改善办学条件\n年内完成城关、新圩等8所农村学校的校舍改造任务。今年要建成甲镇、乙镇等3所中心幼儿园。\n")
    assert got == [(8, "所", "=", False, 2012, 2012), (3, "所", "=", False, 2012, 2012)]


def test_an_amount_per_head_a_standard_routes_into_a_fund_is_provided():
    # Hubei city, 2010s medical insurance rules: `按…的标准划入个人账户` fixes the money put into the account per head (spec §7:
    # amounts the policy provides; guide TG13, a standard the policy fixes)
    got = _targets("荆州市城镇居民基本医疗保险门诊统筹实施办法", "荆州市人民政府", "2013年6月3日",
                   "第五条 从参保居民个人缴费中按每人30元的标准划入个人账户，用于门诊医疗费用支出。\n")
    assert got == [(30, "元", "=", False, None, None)]


def test_a_share_refunded_to_a_group_named_by_dui_is_provided_not_a_condition():
    # Zhejiang county, 2020 relief measures: the 对-phrase names who gets it, the verb before the number grants the share
    # (spec §7: amounts provided); a 的-phrase bounding the group by a number still says who qualifies (out)
    got = _targets("安吉县关于支持建筑业企业渡过难关的若干措施", "安吉县人民政府办公室", "2020年2月18日",
                   "一、减轻企业负担\n1.对建筑业企业返还70%的农民工工资保证金。\n"
                   "2.对年产值5000万元以上的企业，给予一次性奖励10万元。\n")
    assert got == [(70, "%", "=", False, None, None), (100000, "元", "=", False, None, None)]


def test_the_part_of_a_training_floor_after_qizhong_is_a_floor_too():
    # Sichuan province, 2010s teacher training notice: `其中跟岗研修不少于10天` splits the per-person floor (guide TG41:
    # an amount of training per person is in), per year as the floor it is part of
    got = _targets("关于做好2015年乡村教师培训工作的通知", "四川省教育厅", "2015年3月10日",
                   "一、培训要求\n新任教师每人每年培训不少于30天，其中跟岗研修不少于10天。服务期不少于5年，其中在村小任教不少于3年。\n")
    assert got == [(30, "天", ">=", True, 2015, 2015), (10, "天", ">=", True, 2015, 2015)]
