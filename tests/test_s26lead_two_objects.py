"""s26-lead: one rate set for two named objects joined by 和 or 及 is a target for each (guide TG22, which has TG19 split
`X、Y覆盖率`; 和 joins two objects as 、 does), tested in the style of other provinces, levels and eras."""
from tests.snippets import targets_of as _targets


def test_two_objects_joined_by_he_before_one_rate_are_two_targets():
    # Yunnan county, 2016 food-safety plan: schools and kindergartens each reach the rate; a 2009 Shandong city's
    # `特种作业人员及企业主要负责人持证上岗率` likewise
    got = _targets("某县2016年食品安全重点工作安排", "某县人民政府办公室", "2016年4月6日",
                   "一、工作目标\n　　全县中小学和幼儿园食堂“明厨亮灶”覆盖率达到100%。"
                   "特种作业人员及企业主要负责人持证上岗率达到95%以上。\n")
    assert got == [(100, "%", "=", False, 2016, 2016), (100, "%", "=", False, 2016, 2016),
                   (95, "%", ">=", False, 2016, 2016), (95, "%", ">=", False, 2016, 2016)]


def test_one_relation_two_steps_or_a_level_range_stay_one_target():
    # Guangxi prefecture, 2012: `与` names the two parties of one contract; `收集和处理` two steps of one process; `地级及以上`
    # one kind of place; `及时` an adverb — one target each
    got = _targets("某市2012年劳动保障和城建工作要点", "某市人民政府", "2012年2月20日",
                   "一、主要目标\n　　用人单位与农民工劳动合同签订率达到90%。城镇生活污水收集和处理率达到85%。"
                   "地级及以上城市空气质量优良天数比例达到80%。群众投诉及时办结率达到98%。\n")
    assert got == [(90, "%", "=", False, 2012, 2012), (85, "%", "=", False, 2012, 2012),
                   (80, "%", "=", False, 2012, 2012), (98, "%", "=", False, 2012, 2012)]
