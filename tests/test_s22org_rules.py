"""s22-org rules: a central organ's divisions (its 司, its own 局, a people's organisation's 部; in brackets after it; 部X局
in its own notice), 部分 across a 部 boundary, a province-level working body named by its level, a kind's committee and
government sharing one head, 〔〕 nested in an annotation, a level's finance given a duty, a PBoC branch named by an
area's seat, function-named police and fire authorities, 农委 kept (guide D40), a party committee's short office.
Snippets written in the styles of provinces, levels and eras unlike the A10/A11 notices that showed the classes."""
from __future__ import annotations

from pipeline import process_text


def _deps(text: str) -> dict[str, str]:
    rec = process_text(text, doc_id="t").model_dump()
    for d in rec["departments"]:
        assert d["quote"] in text  # (the quote is the text as written)
    return {d["name"]: d["quote"] for d in rec["departments"]}


def test_a_central_organs_divisions_written_after_it_are_named_with_it():
    text = ("民政部关于做好流浪乞讨人员救助工作的通知\n\n各省、自治区、直辖市民政厅（局）：\n"
            "一、各地民政部门要做好救助工作。\n二、有关情况请及时报送。联系单位：民政部社会事务司（010-58123114），"
            "公安部治安管理局（010-66262114），全国妇联权益部（010-65103114），"
            "国家安全监管总局安全生产协调司（010-64463114）。\n\n民政部\n2009年7月1日\n")
    assert _deps(text) == {"各地民政部门": "各地民政部门", "民政部社会事务司": "民政部社会事务司",
                           "公安部治安管理局": "公安部治安管理局", "中华全国妇女联合会权益部": "全国妇联权益部",
                           "国家安全生产监督管理总局安全生产协调司": "国家安全监管总局安全生产协调司"}


def test_a_division_in_brackets_or_after_bu_in_the_ministrys_own_notice():
    text = ("交通运输部办公厅关于做好农村公路养护工作的通知\n\n各省、自治区、直辖市交通运输厅（局、委）：\n"
            "一、各地交通运输主管部门要落实养护资金，部公路局将适时组织督导。\n"
            "二、执行中的问题请及时反馈交通运输部（公路局）。农业农村部（国家乡村振兴局）给予支持。\n\n"
            "交通运输部办公厅\n2021年4月2日\n")
    assert _deps(text) == {"各地交通运输主管部门": "各地交通运输主管部门", "交通运输部公路局": "部公路局",
                           "交通运输部": "交通运输部", "农业农村部": "农业农村部"}


def test_two_organs_joined_by_a_role_verb_are_no_division():
    text = ("国务院办公厅关于退耕还林补助问题的复函\n\n国家林业局：\n一、财政部会同林业局等有关部门研究提出了意见。\n\n"
            "国务院办公厅\n2002年5月6日\n")
    assert _deps(text) == {"财政部": "财政部", "国家林业局": "林业局"}


def test_part_across_a_bu_boundary_is_no_ministry():
    text = ("湖南省人民政府办公厅关于做好高标准农田建设的通知\n\n各市州人民政府：\n"
            "一、统筹用好土地出让收入用于农业农村部分，支持高标准农田建设。\n\n湖南省人民政府办公厅\n2022年3月1日\n")
    assert "农业农村部" not in _deps(text)
    text = ("国务院办公厅关于加强高标准农田建设的意见\n\n各省、自治区、直辖市人民政府：\n"
            "一、农业农村部分别会同有关部门制定配套政策。\n\n国务院办公厅\n2019年11月13日\n")
    assert _deps(text) == {"农业农村部": "农业农村部", "有关部门": "有关部门"}


def test_a_working_body_named_by_the_province_level_takes_the_province():
    text = ("广西壮族自治区人民政府办公厅关于开展农民工技能培训的通知\n\n各市人民政府：\n"
            "一、成立自治区农民工技能培训工作领导小组，领导小组办公室设在自治区人力资源和社会保障厅。\n\n"
            "广西壮族自治区人民政府办公厅\n2010年4月1日\n")
    assert _deps(text) == {"广西壮族自治区农民工技能培训工作领导小组": "自治区农民工技能培训工作领导小组",
                           "广西壮族自治区农民工技能培训工作领导小组办公室": "领导小组办公室",
                           "广西壮族自治区人力资源和社会保障厅": "自治区人力资源和社会保障厅"}


def test_a_kinds_committee_and_government_share_one_head():
    text = ("定西市人民政府关于推进乡村建设的意见\n\n各县区人民政府，市政府各部门：\n"
            "一、县区党委和政府是乡村建设的责任主体。\n二、县（区）党委和政府要落实主体责任。\n\n定西市人民政府\n2022年5月1日\n")
    assert _deps(text) == {"县区党委": "县区党委和政府", "县区政府": "县区党委和政府",
                           "县（区）党委": "县（区）党委和政府", "县（区）政府": "县（区）党委和政府"}


def test_tortoise_brackets_nested_in_an_annotation_read_as_round_ones():
    text = ("赣州市人民政府办公室关于推进油茶产业发展的通知\n\n各县（市、区）人民政府：\n"
            "一、新造油茶林10万亩。（牵头单位：市林业局；责任单位：市财政局，各县〔市、区〕人民政府）\n"
            "二、各县〔市、区〕要制定推进计划。\n\n赣州市人民政府办公室\n2020年2月1日\n")
    assert _deps(text) == {"赣州市林业局": "市林业局", "赣州市财政局": "市财政局",
                           "各县（市、区）人民政府": "各县〔市、区〕人民政府", "各县（市、区）": "各县〔市、区〕"}  # (s23-town, D43)


def test_a_levels_finance_given_a_duty_is_a_collective_and_its_purse_is_not():
    text = ("黔东南州人民政府关于推进农村改厕的通知\n\n各县（市）人民政府：\n"
            "一、各级财政要建立稳定的投入机制。各县（市）财政要安排相应配套资金。\n"
            "二、州级财政按每户500元的标准给予奖补，所需经费由同级财政负担。\n\n黔东南州人民政府\n2018年5月1日\n")
    assert _deps(text) == {"各级财政": "各级财政"}  # (s24-org, D46: 各县（市）财政要安排…资金 pays)


def test_a_pboc_branch_named_by_an_areas_seat():
    text = ("阿克苏地区行政公署关于做好创业担保贷款工作的通知\n\n各县（市）人民政府：\n"
            "一、地区人力资源和社会保障局会同人民银行阿克苏中心支行负责组织实施。\n\n阿克苏地区行政公署\n2016年3月1日\n")
    assert _deps(text) == {"阿克苏地区人力资源和社会保障局": "地区人力资源和社会保障局",
                           "中国人民银行阿克苏中心支行": "人民银行阿克苏中心支行"}


def test_police_stations_and_the_fire_authority_named_by_function():
    text = ("浙江省消防安全管理办法\n\n第一条 为了加强消防安全管理，制定本办法。\n"
            "第二条 消防救援机构负责消防监督检查，公安派出所负责日常消防监督检查。\n"
            "第三条 市消防救援支队要加强训练。\n")
    names = _deps(text)
    assert {"消防救援机构", "公安派出所"} <= set(names) and not any("支队" in n for n in names)


def test_nongwei_is_kept_as_written_unless_the_place_makes_it_certain():
    text = ("邯郸市人民政府关于做好秋粮收购工作的通知\n\n各县（市、区）人民政府：\n"
            "一、市农委负责技术指导，市粮食局配合。\n\n邯郸市人民政府\n2009年9月1日\n")
    assert _deps(text) == {"邯郸市农委": "市农委", "邯郸市粮食局": "市粮食局"}
    text = ("辽宁省人民政府关于做好春耕生产的通知\n\n各市人民政府：\n一、省农委负责组织实施。\n\n辽宁省人民政府\n2008年3月1日\n")
    assert _deps(text) == {"辽宁省农村经济委员会": "省农委"}


def test_a_party_committees_short_office_is_named_with_the_committee():
    text = ("毕节市人民政府办公室关于开展专项督查的通知\n\n各县（区）人民政府：\n"
            "一、市委督查办会同市政府督查室每季度开展1次专项督查。\n\n毕节市人民政府办公室\n2019年3月1日\n")
    names = _deps(text)
    assert names["中共毕节市委督查办"] == "市委督查办" and "中共毕节市委员会" not in names


def test_a_ministrys_divisions_opening_a_line_or_after_a_verb_and_buli():
    text = ("交通运输部办公厅关于做好2015年农村公路建设工作的通知\n\n各省、自治区、直辖市交通运输厅（局、委）：\n"
            "一、部里将适时组织督导。\n二、职责分工\n　　综合规划司负责项目审核，会同财务审计司做好资金安排。\n"
            "　　公路局负责技术指导。\n　　各地于6月底前将实施方案报送部安全与质量监督管理司备案，有关司局给予支持。\n\n"
            "交通运输部办公厅\n2015年3月2日\n")
    assert _deps(text) == {"交通运输部": "部里", "交通运输部综合规划司": "综合规划司",
                           "交通运输部财务审计司": "财务审计司", "交通运输部公路局": "公路局",
                           "交通运输部安全与质量监督管理司": "部安全与质量监督管理司"}


def test_an_autonomous_regions_sectors_are_its_ting():
    text = ("内蒙古自治区草原保护办法\n\n第一条 为加强草原保护，制定本办法。\n"
            "第二条 自治区林业和草原、财政等部门按照各自职责做好相关工作。\n第三条 自治区水利部门负责指导。\n")
    assert _deps(text) == {"内蒙古自治区林业和草原局": "自治区林业和草原", "内蒙古自治区财政厅": "财政",
                           "内蒙古自治区水利厅": "自治区水利部门"}


def test_a_division_short_form_is_expanded_for_its_own_ministry_only():
    text = ("劳动和社会保障部办公厅关于做好再就业培训的通知\n\n各省、自治区、直辖市劳动和社会保障厅（局）：\n"
            "一、有关情况请报劳动和社会保障部就业司。\n\n劳动和社会保障部办公厅\n2004年3月1日\n")
    assert _deps(text) == {"劳动和社会保障部就业司": "劳动和社会保障部就业司"}
    text = ("人力资源社会保障部办公厅关于做好高校毕业生就业工作的通知\n\n各省、自治区、直辖市人力资源社会保障厅（局）：\n"
            "一、有关情况请报人力资源社会保障部就业司。\n\n人力资源社会保障部办公厅\n2020年3月1日\n")
    assert _deps(text) == {"人力资源和社会保障部就业促进司": "人力资源社会保障部就业司"}


def test_a_bare_level_group_office_is_the_governments_group_not_the_party_committees():
    text = ("通渭县人民政府办公室关于开展村庄清洁行动的通知\n\n各乡镇人民政府，县直有关部门：\n"
            "一、成立通渭县村庄清洁行动领导小组，领导小组办公室设在县农业农村局。\n"
            "二、县委农办负责督导。各乡镇要于每月25日前将进展情况报县领导小组办公室。\n\n通渭县人民政府办公室\n2019年3月1日\n")
    names = _deps(text)
    assert "通渭县村庄清洁行动领导小组办公室" in names and "中共通渭县委农村工作领导小组办公室" in names
    assert not any(n.startswith("通渭县领导小组") for n in names)


def test_a_bare_station_in_a_notice_naming_it_by_place_is_that_station():
    text = ("崇义县过埠镇人民政府关于开展平安建设的通知\n\n各村（社区）：\n"
            "一、过埠派出所负责排查，派出所民警要包村联户。\n\n崇义县过埠镇人民政府\n2019年4月2日\n")
    assert _deps(text) == {"崇义县公安局过埠派出所": "过埠派出所"}
