"""s21-org rules: places of a kind sharing 各 as a collective wherever mentioned (guide D34 as extended in S20), 地方政府
bearing a duty, the title 村党组织书记 (D8), grassroots 工作机构 being set up, 新疆生产建设兵团 as a place.
Snippets written in the styles of provinces, levels and eras unlike the opened batches."""
from __future__ import annotations

from pipeline import process_text


def _deps(text: str) -> dict[str, str]:
    rec = process_text(text, doc_id="t").model_dump()
    for d in rec["departments"]:
        assert d["quote"] in text  # (the quote is the text as written)
    return {d["name"]: d["quote"] for d in rec["departments"]}


def test_places_sharing_each_are_a_collective_wherever_mentioned():
    text = ("庆阳市人民政府办公室关于加快苹果产业发展的通知\n\n各县（区）人民政府，市直有关部门：\n"
            "一、各县（区）要把苹果产业作为主导产业，每年3月底前制定推进计划。\n"
            "二、市林业和草原局负责技术服务。\n三、将苹果产业发展纳入各县（区）年度目标责任考核。\n\n"
            "庆阳市人民政府办公室\n2020年2月12日\n")
    assert _deps(text) == {"各县（区）": "各县（区）", "庆阳市林业和草原局": "市林业和草原局"}


def test_lists_of_kinds_and_bracketed_kinds_are_kept_as_written():
    text = ("黑龙江省人民政府关于加强农田水利建设的意见\n\n各市（地）、县（市）人民政府（行署），省政府各直属单位：\n"
            "一、各市（地）、县（市）要将农田水利建设纳入当地发展规划。\n二、省水利厅负责技术指导。\n\n"
            "黑龙江省人民政府\n二〇〇九年四月二日\n")
    names = _deps(text)
    assert "各市（地）、县（市）" in names and "黑龙江省水利厅" in names
    text = ("锡林郭勒盟行政公署关于推进奶业振兴的通知\n\n各旗县市（区）人民政府，盟直各有关部门：\n"
            "一、各旗县市（区）要建立奶源基地台账。\n二、各苏木镇要配备专职防疫员。\n\n锡林郭勒盟行政公署\n2019年5月3日\n")
    names = _deps(text)
    assert {"各旗县市（区）", "各苏木镇"} <= set(names)


def test_a_copy_writing_the_bracket_with_tortoise_shells_keeps_it():
    text = ("吉安市人民政府办公室关于推进油茶产业发展的通知\n\n各县（市、区）人民政府，市直有关单位：\n"
            "一、各县〔市、区〕要将油茶产业纳入乡村振兴考核。\n\n吉安市人民政府办公室\n2021年6月1日\n")
    assert _deps(text).get("各县（市、区）") == "各县〔市、区〕"  # (s23-town, guide D43: named round, quoted as written)


def test_one_kind_alone_a_unit_or_an_organ_after_the_places_is_no_such_collective():
    text = ("海南省人民政府关于促进热带农业发展的意见\n\n各市、县、自治县人民政府，省政府直属各单位：\n"
            "一、各地要加强组织领导。各市要制定实施方案。\n二、各市县农业技术推广中心要加强服务。\n"
            "三、各市、县供电企业要保障用电。\n四、省农业厅负责指导。\n\n海南省人民政府\n2011年4月6日\n")
    # (one kind alone, `各市`, is a collective as D34 reads in S21; `各地` stays a place)
    assert _deps(text) == {"海南省农业厅": "省农业厅", "各市": "各市"}


def test_local_governments_bearing_a_duty_are_mentioned_but_their_bonds_are_not():
    text = ("国务院办公厅关于加快推进畜禽粪污资源化利用的意见\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
            "一、落实地方政府责任。\n二、优先在地方政府积极性高的县开展整县推进。\n"
            "三、用好地方政府专项债券支持设施建设。\n\n国务院办公厅\n2017年6月12日\n")
    assert _deps(text) == {"地方政府": "地方政府"}
    text = ("国务院办公厅关于加强农村公路建设的意见\n\n各省、自治区、直辖市人民政府：\n"
            "一、不得新增地方政府隐性债务，用好地方政府专项债券。\n\n国务院办公厅\n2019年9月5日\n")
    assert "地方政府" not in _deps(text)


def test_the_title_of_every_village_secretary_names_no_organ():
    text = ("田林县人民政府办公室关于做好秋冬种工作的通知\n\n各乡镇人民政府，县直有关单位：\n"
            "一、县农业农村局负责技术服务。\n二、村党组织书记要带头发动群众，每年对村党组织带头人轮训一遍。\n\n"
            "田林县人民政府办公室\n2021年9月1日\n")
    assert "村党组织" not in _deps(text)
    text = ("田林县人民政府办公室关于加强基层组织建设的通知\n\n各乡镇人民政府：\n"
            "一、整顿软弱涣散村党组织，选优配强村党组织书记。\n\n田林县人民政府办公室\n2021年9月1日\n")
    assert "软弱涣散村党组织" in _deps(text)


def test_a_grassroots_working_unit_being_set_up_is_no_organ_but_an_acting_one_is():
    text = ("劳动和社会保障部关于做好农民工就业服务工作的通知\n\n各省、自治区、直辖市劳动和社会保障厅（局）：\n"
            "一、建立健全社区劳动保障工作机构，街道劳动保障工作机构建立率达到100%。\n"
            "二、城市社区劳动保障工作机构要把进城务工人员纳入服务范围。\n\n劳动和社会保障部\n2004年3月1日\n")
    assert "劳动保障工作机构" not in _deps(text)
    text = ("哈尔滨市老年人优待办法\n\n第一条 市老龄工作机构负责本市老年人优待工作，区老龄工作机构负责初核。\n")
    names = _deps(text)
    assert "区老龄工作机构" in names and any(n.endswith("市老龄工作机构") for n in names)


def test_the_production_and_construction_corps_written_alone_is_a_place_unless_assigned():
    head = "国家发展改革委关于开展园区循环化改造试点的通知\n\n各省、自治区、直辖市发展改革委：\n"
    text = head + "一、各省（区、市）原则上推荐1至3个园区，新疆生产建设兵团可推荐1个园区。\n\n国家发展改革委\n2012年3月2日\n"
    assert "新疆生产建设兵团" not in _deps(text)
    text = head + "一、新疆生产建设兵团发展改革委负责本兵团试点园区推荐。\n\n国家发展改革委\n2012年3月2日\n"
    assert "新疆生产建设兵团" not in _deps(text) and any(n.startswith("新疆生产建设兵团") for n in _deps(text))


def test_villages_sharing_each_in_a_bracket_or_a_list_are_a_collective():
    # a Hunan township's notice (guide D38 of S21): 各村（居）, 各村、社区 and 各村 kept as written; the villages'
    # committees or secretaries are not this collective
    text = ("安化县古楼乡人民政府关于开展人居环境整治的通知\n\n各村（居）委会，乡直各单位：\n"
            "一、各村（居）每月开展一次人居环境集中整治。\n二、各村、社区协同做好环境卫生管理。\n"
            "三、各村要将人居环境管护纳入村规民约，各村（居）委会负责具体实施。\n\n安化县古楼乡人民政府\n2021年3月1日\n")
    names = _deps(text)
    assert {"各村（居）", "各村、社区"} <= set(names)
    assert "各村" in names  # (a bare 各村 too, guide D38 of S21)


def test_a_level_word_before_a_collective_is_kept_as_written():
    # a Yunnan provincial notice (guide D35 of S20): the level word says which level, not whose jurisdiction
    text = ("云南省人民政府办公厅关于加强高原特色农业发展的通知\n\n各州、市人民政府，省直各委、办、厅、局：\n"
            "一、省级有关部门要加强协调配合。\n二、州级相关部门要抓好落实。\n\n云南省人民政府办公厅\n2016年5月4日\n")
    names = _deps(text)
    assert "省级有关部门" in names and "州级相关部门" in names
    assert not any(n.startswith("云南省级") for n in names)
