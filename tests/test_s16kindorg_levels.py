"""(s16-kindorg) Organs of 自治州 / 盟 / 地区 / 旗 notices named by their bare level word (spec 1.1 section 5: a bare
prefix is the document's own jurisdiction, written out in full), and the same words where they are no level."""
from tests.test_organs_s5 import _run


def test_area_list_member_writes_its_area_again_and_area_working_body():
    # a Xinjiang 地区's 实施方案 (2020s)
    names, _ = _run("三、职责分工\n（一）地区工业和信息化局、地区水利局负责园区供水保障；地区招商引资工作专班负责项目对接。\n",
                    "新疆维吾尔自治区哈密市", "prefecture")
    # 哈密 is a city now: no 地区 of the document, the members stay as written (no city before 地区)
    assert "哈密市地区水利局" not in names
    names, _ = _run("三、职责分工\n（一）地区工业和信息化局、地区水利局负责园区供水保障；地区招商引资工作专班负责项目对接。\n",
                    "新疆维吾尔自治区阿克苏地区", "prefecture")
    assert set(names) == {"阿克苏地区工业和信息化局", "阿克苏地区水利局", "阿克苏地区招商引资工作专班"}


def test_area_sector_authority_stem_after_the_whole_marker():
    # a Tibet 地区's 办法 (articles, 2000s)
    names, _ = _run("第六条 由地区林业行政主管部门负责本办法的组织实施。\n", "西藏自治区日喀则地区", "prefecture")
    assert set(names) == {"日喀则地区林业行政主管部门"}


def test_prefecture_league_collective_after_a_verb():
    # a Yunnan 自治州 and an Inner Mongolia 盟 notice
    names, _ = _run("（三）协调州有关部门做好要素保障，州财政局负责资金。\n", "云南省大理白族自治州", "prefecture")
    assert set(names) == {"大理白族自治州有关部门", "大理白族自治州财政局"}
    names, _ = _run("（二）督促盟有关部门落实责任。\n", "内蒙古自治区兴安盟", "prefecture")
    assert set(names) == {"兴安盟有关部门"}


def test_banner_determiner_kept_as_written():
    # an Inner Mongolia banner's notice
    names, _ = _run("（四）旗属招商部门要主动对接客商，旗商务局负责协调。\n", "内蒙古自治区通辽市科尔沁左翼后旗", "county")
    assert set(names) == {"旗属招商部门", "科尔沁左翼后旗商务局"}


def test_words_are_no_levels_in_ordinary_notices():
    # a Gansu provincial notice and a Zhejiang city notice: 地区, 州, 旗 and 盟 inside words
    names, _ = _run("一、支持贫困地区和民族地区发展特色产业，推动地区协调发展，组建产业联盟，弘扬红旗渠精神。"
                    "省发展改革委会同省财政厅负责。\n", "甘肃省", "province")
    assert set(names) == {"甘肃省发展和改革委员会", "甘肃省财政厅"}
    names, _ = _run("（二）推动杭州与温州等地区合作，支持广州属地企业，市商务局负责。\n", "浙江省温州市", "prefecture")
    assert set(names) == {"温州市商务局"}


def test_banner_determiner_after_a_joiner():
    # an Inner Mongolia banner's 办法 (2010s): 为 before the determiner
    names, _ = _run("第八条 申报材料经旗属商务部门初审后报旗人民政府。\n", "内蒙古自治区鄂尔多斯市乌审旗", "county")
    assert "旗属商务部门" in names
