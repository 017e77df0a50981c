"""Organ names left by other helpers (session 26 wave 3, s26-orgleft, issue 12), tested on snippets written for these
tests in the style of other provinces, levels and eras than the notices that showed them."""
from tests.test_organs_s5 import _run


def test_a_shared_head_skips_the_member_naming_its_own_organ():
    # guide D62 in a Jiangsu city's 2000s measures: 海关 is the customs itself, never a field's 主管部门
    names, triples = _run("一、任务\n（一）规范进出口秩序。由海关、商务、税务主管部门按照职责分工负责监管。\n", "江苏省南京市", "prefecture")
    assert names == {"海关": "海关", "商务主管部门": "商务", "税务主管部门": "税务主管部门"}
    assert ("一/(一)", "海关", "responsible") in triples


def test_a_verb_between_two_organs_ends_the_first():
    # a Hebei county's rules: 县人民政府责成…主管部门 is the government and the authority it orders, not one collective
    names, _ = _run("一、任务\n（一）加强供水管理。县人民政府责成城市供水主管部门做好水质监测。\n", "河北省保定市涞水县", "county")
    assert names == {"涞水县人民政府": "县人民政府", "城市供水主管部门": "城市供水主管部门"}


def test_the_governments_legal_affairs_body():
    # a Shandong provincial regulation: 省人民政府法制机构 (《规章制定程序条例》's 法制机构) is the level's body
    names, _ = _run("一、程序\n（一）规章送审稿由省人民政府法制机构审查，报省人民政府批准。\n", "山东省", "province")
    assert names == {"山东省法制机构": "省人民政府法制机构", "山东省人民政府": "省人民政府"}


def test_guangxi_urban_districts_listed_with_counties():
    # a Guilin notice: 城区 is the kind of Guangxi's urban districts; with 各 one collective, without it each kind
    names, triples = _run("一、任务\n（一）抓好落实。由各城区、县（市）人民政府负责组织实施。\n", "广西壮族自治区桂林市", "prefecture")
    assert names == {"各城区、县（市）人民政府": "各城区、县（市）人民政府"}
    assert ("一/(一)", "各城区、县（市）人民政府", "responsible") in triples
    names, _ = _run("一、任务\n（一）抓好落实。城区、县人民政府负责组织实施。\n", "广西壮族自治区柳州市", "prefecture")
    assert set(names) == {"城区人民政府", "县人民政府"}


def test_the_fire_bureau_of_a_municipal_public_security_bureau():
    # a Chongqing notice of the 2000s: 市公安局消防局 is a bureau of the public security bureau, not the bureau itself
    names, triples = _run("一、任务\n（一）消防安全检查。市公安局消防局负责，市公安局配合。\n", "重庆市", "province")
    assert names == {"重庆市公安局消防局": "市公安局消防局", "重庆市公安局": "市公安局"}
    assert ("一/(一)", "重庆市公安局消防局", "responsible") in triples


def test_a_commission_written_short_takes_the_full_name_the_notice_gave():
    # guide D19 in an Inner Mongolia regional notice of the 1990s: 自治区建委 after 自治区城乡建设委员会 is that commission
    names, triples = _run("一、任务\n（一）村镇规划。自治区城乡建设委员会负责。\n（二）小城镇建设。自治区建委牵头，自治区财政厅配合。\n",
                          "内蒙古自治区", "province")
    assert set(names) == {"内蒙古自治区城乡建设委员会", "内蒙古自治区财政厅"}
    assert ("一/(二)", "内蒙古自治区城乡建设委员会", "lead") in triples
    # a commission whose field only holds the short's words is another one (计委 is not 人口和计划生育委员会)
    names, _ = _run("一、任务\n（一）人口规划。省人口和计划生育委员会负责，省计委配合。\n", "湖北省", "province")
    assert set(names) == {"湖北省人口和计划生育委员会", "湖北省计划委员会"}


def test_the_lake_administrations_under_their_citys_name():
    # a Yunnan provincial plan (the lakes' bureaus are their cities' and prefecture's, named so by the lakes' 条例)
    names, triples = _run("一、任务\n（一）九大高原湖泊保护治理。滇池管理局、抚仙湖管理局负责，省生态环境厅配合。\n", "云南省", "province")
    assert names == {"昆明市滇池管理局": "滇池管理局", "玉溪市抚仙湖管理局": "抚仙湖管理局", "云南省生态环境厅": "省生态环境厅"}
    assert ("一/(一)", "昆明市滇池管理局", "responsible") in triples
