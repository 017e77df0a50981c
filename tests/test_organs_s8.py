"""Organ names by their grammar (session 8): county and township party and discipline organs, verbs
ending before a place that shares their characters. Snippets written for these tests in the style of
provinces, levels and eras other than the opened notices (Henan, Hunan, Guangxi, Gansu counties)."""
from tests.test_organs_s5 import _run


def test_discipline_commission_and_supervisory_commission_written_together():
    # a Henan county notice: 县纪委监委 (合署办公) names the party's commission and the state's
    names, triples = _run("一、工作任务\n（一）县纪委监委负责监督执纪问责，县委办、县政府办负责督查。\n",
                          "河南省周口市郸城县", "county")
    assert names == {"中共郸城县纪律检查委员会": "县纪委监委", "郸城县监察委员会": "县纪委监委",
                     "中共郸城县委办公室": "县委办", "郸城县人民政府办公室": "县政府办"}
    assert ("一/(一)", "郸城县监察委员会", "responsible") in triples
    assert ("一/(一)", "中共郸城县纪律检查委员会", "responsible") in triples


def test_discipline_pair_with_the_level_written_twice():
    # a Hunan district plan: 区纪委区监委 is two organs, not one 区纪委区监委
    names, triples = _run("一、工作任务\n（一）区纪委区监委、区委组织部牵头，区委统战部、区委编办配合。\n",
                          "湖南省长沙市岳麓区", "county")
    assert names == {"中共长沙市岳麓区纪律检查委员会": "区纪委", "长沙市岳麓区监察委员会": "区监委",
                     "中共长沙市岳麓区委组织部": "区委组织部", "中共长沙市岳麓区委统一战线工作部": "区委统战部",
                     "中共长沙市岳麓区委机构编制委员会办公室": "区委编办"}
    assert ("一/(一)", "长沙市岳麓区监察委员会", "lead") in triples


def test_discipline_pair_at_provincial_and_central_level():
    names, _ = _run("一、工作任务\n（一）自治区纪委监委牵头。\n", "广西壮族自治区", "province")
    assert names == {"中共广西壮族自治区纪律检查委员会": "自治区纪委监委", "广西壮族自治区监察委员会": "自治区纪委监委"}
    names, _ = _run("一、工作任务\n（一）中央纪委国家监委、中央组织部负责。\n", "全国", "central")
    assert names == {"中共中央纪律检查委员会": "中央纪委", "国家监察委员会": "国家监委", "中共中央组织部": "中央组织部"}


def test_a_verb_ending_in_a_one_character_countys_name_before_the_county_marker():
    # a Gansu county (陇南, where 成县 lies): 责成县交通局 is 责成 + the document's county bureau
    names, _ = _run("一、工作任务\n（一）责成县交通局限期整改，会同市财政局研究。\n", "甘肃省陇南市西和县", "county")
    assert names == {"西和县交通运输局": "县交通局", "陇南市财政局": "市财政局"}
    # an Anhui county of 马鞍山 (where 和县 lies), a Shandong county (单县, 费县 lie in the province)
    names, _ = _run("一、工作任务\n（一）所需经费县财政予以保障，完成县政府交办的任务，对省级示范县教育局给予奖励。\n",
                    "安徽省马鞍山市含山县", "county")
    assert names == {"含山县人民政府": "县政府", "含山县教育局": "县教育局"}


def test_a_one_character_county_after_its_city_stays_that_county():
    # a prefecture notice naming its county: 马鞍山市和县 is the county 和县, not 市 + 和 + 县
    names, _ = _run("一、工作任务\n（一）马鞍山市和县人民政府负责。陇南市成县交通运输局配合。\n", "安徽省马鞍山市", "prefecture")
    # (the quotes: how a county written after its city is named is the chain rule's, not this one's)
    assert sorted(names.values()) == ["陇南市成县交通运输局", "马鞍山市和县人民政府"]


def test_a_committee_office_before_the_verb_du_ban():
    # 县委办督办 is 县委办 + 督办 (to supervise), not an office 委办督办公室
    names, _ = _run("一、工作任务\n（一）由县委办督办，县政府办督办。\n", "山东省菏泽市郓城县", "county")
    assert names == {"中共郓城县委办公室": "县委办", "郓城县人民政府办公室": "县政府办"}
