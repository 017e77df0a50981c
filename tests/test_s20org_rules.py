"""Session 20 organ rules (s20-org): one test per rule, each a realistic snippet written in the style of a province,
level or era other than the opened notices (none copied from a corpus or authored notice); exact expected items.
`_run` also checks text[span] == quote for every department."""
from __future__ import annotations

from pipeline import process_text
from tests.test_organs_s5 import _run


def names(text, region, level):
    got, _ = _run(text, region, level)
    return set(got)


def record_names(text, region, level):
    r = process_text(text, region=region, admin_level=level)
    for d in r.departments:
        assert text[d.span[0]:d.span[1]] == d.quote
    return {d.name for d in r.departments}


def test_zhou_zhi_after_a_joiner():
    text = "三、保障措施\n（一）强化考核。将整治工作纳入对各县（市）人民政府和州直有关部门的目标考核，州生态环境局负责督查。\n"
    assert names(text, "四川省甘孜藏族自治州", "prefecture") == {
        "各县（市）人民政府", "甘孜藏族自治州直有关部门", "甘孜藏族自治州生态环境局"}


def test_zhou_zhi_precision_city_word():
    # 州 closing a city's name (温州, 广州) before 直 is no autonomous prefecture's level
    text = "二、主要任务\n（一）拓展市场。支持企业与温州直播基地合作，市商务局负责对接。\n"
    assert names(text, "浙江省丽水市", "prefecture") == {"丽水市商务局"}


def test_reshaping_verb_before_a_level_prefixed_group():
    text = "四、保障措施\n（一）加强领导。充实县易地扶贫搬迁后续扶持工作领导小组，领导小组办公室设在县发展改革局。\n"
    assert names(text, "贵州省黔南布依族苗族自治州三都水族自治县", "county") == {
        "三都水族自治县易地扶贫搬迁后续扶持工作领导小组", "三都水族自治县易地扶贫搬迁后续扶持工作领导小组办公室",
        "三都水族自治县发展和改革局"}


def test_reshaping_verb_precision():
    text = "二、主要任务\n（一）健全机制。调整市场准入负面清单，充实基层力量，优化县域营商环境。\n"
    assert names(text, "黑龙江省伊春市", "prefecture") == set()


def test_bianban_before_the_reform_and_after():
    old = ("临高县人民政府关于做好事业单位分类工作的通知\n临府〔2012〕30号\n一、职责分工\n"
           "县编办负责分类方案审核，县人力资源社会保障局配合。\n")
    assert record_names(old, "海南省临高县", "county") == {"临高县机构编制委员会办公室", "临高县人力资源和社会保障局"}
    new = ("临高县人民政府关于做好事业单位分类工作的通知\n临府〔2021〕30号\n一、职责分工\n"
           "县委编办负责分类方案审核。\n")
    assert record_names(new, "海南省临高县", "county") == {"中共临高县委机构编制委员会办公室"}


def test_bianwei_office_of_a_province_in_the_1990s():
    text = ("甘肃省人民政府关于机构改革的通知\n甘政发〔1996〕58号\n一、工作安排\n省编委办公室会同省人事厅抓好落实。\n")
    assert record_names(text, "甘肃省", "province") == {"甘肃省机构编制委员会办公室", "甘肃省人事厅"}


def test_level_word_alone_before_a_sector():
    text = "三、工作要求\n申报材料经省级发展改革委审核后上报，县级民政部门负责初审。\n"
    assert names(text, "全国", "central") == {"省级发展改革委", "县级民政部门"}


def test_level_government_reform_is_a_topic():
    text = "一、重点任务\n（一）深化改革。完成省级政府机构改革，推进市县政府机构改革和乡镇政府职能转变，省委编办负责统筹。\n"
    assert names(text, "广西壮族自治区", "province") == {"中共广西壮族自治区委员会机构编制委员会办公室"} or \
        names(text, "广西壮族自治区", "province") == {"中共广西壮族自治区委机构编制委员会办公室"}


def test_angle_brackets_in_a_collective():
    text = "二、重点任务\n（一）推广还田。（牵头单位：市农业农村局；责任单位：各县〈市〉区政府）\n"
    assert names(text, "吉林省白城市", "prefecture") == {"白城市农业农村局", "各县（市）区政府"}


def test_town_office_written_bare_in_a_town_notice():
    text = ("一、职责分工\n（一）森林防火。\n责任单位：应急办、派出所、各村（社区）\n"
            "（二）宅基地管理。国土所负责审核，民政所负责救助对象认定。\n")
    assert names(text, "云南省怒江傈僳族自治州福贡县匹河怒族乡", "township") == {
        "福贡县匹河怒族乡应急办", "福贡县匹河怒族乡派出所", "各村（社区）", "福贡县匹河怒族乡国土所",
        "福贡县匹河怒族乡民政所"}  # (s22, guide D39: a bare 派出所 is the town's, with the town in front; s22-org2: 国土所 as written)


def test_station_list_stops_at_an_office_word():
    text = "一、职责分工\n责任单位：党政办、综治中心、城关派出所\n"
    got = names(text, "甘肃省陇南市宕昌县城关镇", "township")
    assert "宕昌县公安局城关派出所" in got
    assert not any(n.endswith(("党政办派出所", "综治中心派出所")) for n in got)


def test_joint_meeting_system_at_work_later():
    text = ("四、保障措施\n（一）建立协调机制。建立由市商务局牵头，市发展改革委、市交通运输局等部门参加的农村电商发展联席会议制度，"
            "统筹推进全市农村电商工作。各县区每半年将工作进展报送联席会议办公室。\n")
    assert names(text, "陕西省商洛市", "prefecture") == {
        "商洛市商务局", "商洛市发展和改革委员会", "商洛市交通运输局", "商洛市农村电商发展联席会议",
        "商洛市农村电商发展联席会议办公室", "各县区"}  # (s21-org: 各县区, guide D34 of S20)


def test_joint_meeting_system_not_at_work_is_no_body():
    text = "二、主要任务\n（一）健全机制。建立农村电商发展联席会议制度，推进工作体系建设。\n"
    assert names(text, "陕西省商洛市", "prefecture") == set()


def test_founder_level_names_a_placeless_group():
    text = "五、组织实施\n（一）加强领导。自治区人民政府成立边境贸易发展领导小组，自治区商务厅负责日常工作。\n"
    assert names(text, "西藏自治区", "province") == {
        "西藏自治区人民政府", "西藏自治区边境贸易发展领导小组", "西藏自治区商务厅"}


def test_placeless_group_without_a_founder_stays_as_written():
    text = "五、组织实施\n（一）加强领导。成立边境贸易发展领导小组，负责统筹协调。\n"
    assert names(text, "西藏自治区日喀则市", "prefecture") == {"边境贸易发展领导小组"}


def test_web_footer_is_no_body():
    text = ("河池市人民政府办公室关于印发河池市油茶产业发展方案的通知\n一、工作任务\n市林业局负责技术指导。\n"
            "主办：河池市人民政府办公室    承办：河池市大数据发展局\n")
    assert record_names(text, "广西壮族自治区河池市", "prefecture") == {"河池市林业局"}


def test_cyberspace_office_before_2018():
    text = ("果洛州人民政府关于加强网络安全工作的通知\n果政〔2016〕21号\n一、工作要求\n州委网信办、州公安局要加强监测。\n")
    assert record_names(text, "青海省果洛藏族自治州", "prefecture") == {
        "中共果洛藏族自治州委网络安全和信息化领导小组办公室", "果洛藏族自治州公安局"}


def test_places_of_the_prefecture_era():
    text = "一、工作要求\n各市、地政府要把改革摆上重要议事日程，各市、地要于6月底前报送方案。\n"
    assert names(text, "河北省", "province") == {"各市、地政府", "各市、地"}  # (s21-org: 各市、地要…, guide D34 of S20)


def test_levels_finance_given_a_duty():
    text = ("一、资金保障\n地方各级财政要统筹相关资金，县级财政应当加强资金监管。所需经费由同级财政负担，"
            "省级财政安排补助资金，各级财政要加大投入。\n")
    # (s24-org, guide D46: 省级财政安排 stays the purse; (s38-organs) guide S34c, S31b over D46 for 投入: 各级财政要加大投入
    # is finance that acts, an organ)
    assert names(text, "全国", "central") == {"地方各级财政", "县级财政", "各级财政"}


def test_central_branches_with_a_short_prefecture():
    text = ("三、保障措施\n（二）强化金融支持。人民银行黔西南州中心支行、黔西南银保监分局要引导金融机构加大信贷投放，"
            "州财政局负责贴息。\n")
    assert names(text, "贵州省黔西南布依族苗族自治州", "prefecture") == {
        "中国人民银行黔西南布依族苗族自治州中心支行", "中国银行保险监督管理委员会黔西南监管分局", "黔西南布依族苗族自治州财政局"}


def test_regulator_branch_precision():
    text = "二、主要任务\n（一）防范风险。配合做好各类金融风险排查，市金融办负责统筹。\n"
    assert "监管分局" not in "".join(names(text, "湖南省怀化市", "prefecture"))
