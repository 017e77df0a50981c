"""s22-org2 rules: the village party organisations inside a secretary's title (spec §5), a town's units written short kept
as written (guide D39 read in S22: 综合执法队, 国土所, 村建所, 综合行政执法办) and its 残联 and 团镇委, a working body set up
by a level word alone or led by a level's head, and a level word (各级, 所在地县级) shared by a list of authorities.
Snippets written in the styles of provinces, levels and eras unlike the A10/A11 notices that showed the classes."""
from __future__ import annotations

from tests.test_s22org_rules import _deps


def test_village_party_organisations_inside_a_secretarys_title():
    # Guizhou township, 2018
    text = ("习水县东皇镇人民政府关于印发东皇镇2018年产业扶贫工作方案的通知\n\n各村（居）委会，镇属各单位：\n"
            "一、各村（居）党支部书记为本村第一责任人。\n二、镇党政办负责督查。\n\n"
            "习水县东皇镇人民政府\n2018年4月2日\n")
    # ((s33-org) guide D96 revised in S29e and S33 CK Q4: a village body named only in its secretary's title is no
    # organ mentioned; the s22 reading that listed it is withdrawn)
    assert _deps(text) == {"习水县东皇镇党政办": "镇党政办"}


def test_a_towns_units_written_short_are_kept_as_written():
    # Yunnan township, 2016: pre-reform stations, the town's disabled persons' federation and youth league committee
    text = ("剑川县沙溪镇人民政府关于印发沙溪镇2016年村庄整治工作方案的通知\n\n各村委会，镇属各单位：\n"
            "一、镇综合行政执法办负责巡查，镇村建所、镇村镇建设管理所、国土所、综合执法队配合。\n"
            "二、镇残联、县残联、团镇委做好宣传。\n\n剑川县沙溪镇人民政府\n2016年3月1日\n")
    # ((s30-org, guide D14) 村建所 written beside its full form 村镇建设管理所 in one notice is one station, by the fuller name)
    assert _deps(text) == {"剑川县沙溪镇综合行政执法办": "镇综合行政执法办",
                           "剑川县沙溪镇村镇建设管理所": "镇村建所", "剑川县沙溪镇国土所": "国土所",
                           "剑川县沙溪镇综合执法队": "综合执法队", "剑川县沙溪镇残疾人联合会": "镇残联",
                           "剑川县残疾人联合会": "县残联", "共青团剑川县沙溪镇委员会": "团镇委"}


def test_a_working_body_set_up_by_a_level_word_alone_is_that_levels():
    # Tibet autonomous region, 2012
    text = ("西藏自治区人民政府关于加强草原生态保护的意见\n\n各地（市）行政公署、人民政府：\n"
            "一、自治区成立草原生态保护工作领导小组，办公室设在自治区农牧厅。\n\n西藏自治区人民政府\n2012年5月1日\n")
    assert _deps(text) == {"西藏自治区草原生态保护工作领导小组": "草原生态保护工作领导小组",
                           "西藏自治区草原生态保护工作领导小组办公室": "办公室", "西藏自治区农牧厅": "自治区农牧厅"}


def test_a_working_body_led_by_a_levels_head_is_that_levels():
    # Henan county, 2019: 由县人民政府县长任组长、…为成员的 (the founding formula)
    text = ("兰考县人民政府办公室关于推进高标准农田建设的通知\n\n各乡镇人民政府：\n"
            "一、成立由县人民政府县长任组长、分管副县长任副组长，县农业农村局、县财政局主要负责同志为成员的高标准农田建设"
            "工作领导小组，领导小组办公室设在县农业农村局。\n\n兰考县人民政府办公室\n2019年3月1日\n")
    assert _deps(text) == {"兰考县人民政府": "县人民政府", "兰考县农业农村局": "县农业农村局", "兰考县财政局": "县财政局",
                           "兰考县高标准农田建设工作领导小组": "高标准农田建设工作领导小组",
                           "兰考县高标准农田建设工作领导小组办公室": "领导小组办公室"}


def test_a_level_word_written_once_before_a_list_of_authorities():
    # Jiangsu provincial regulation, 2006
    text = ("江苏省农村饮用水管理办法\n\n第五条　各级环境保护行政主管部门和水行政主管部门应当加强监督检查。\n"
            "第六条　发生污染事故的，应当向所在地县级卫生行政部门和水行政主管部门报告。\n"
            "第七条　各级教育部门、财政部门要做好配合。\n\n江苏省人民政府\n2006年3月1日\n")
    assert _deps(text) == {"各级环境保护行政主管部门": "各级环境保护行政主管部门", "各级水行政主管部门": "水行政主管部门",
                           "所在地县级卫生行政部门": "所在地县级卫生行政部门",
                           "所在地县级水行政主管部门": "水行政主管部门", "各级教育部门": "各级教育部门",
                           "各级财政部门": "财政部门"}


def test_a_bracket_naming_one_level_before_a_list_of_sectors():
    # Sichuan province, 2015: 市（州）; Chongqing, 2010: 区（县）, 建设 first in the list; Nanjing, 2019: 市（区） is two levels
    text = ("四川省人民政府办公厅关于加快推进农村公路建设的通知\n\n各市（州）人民政府：\n"
            "一、市（州）发展改革、财政、交通运输等部门要加强协调。\n二、省交通运输厅负责督导。\n\n"
            "四川省人民政府办公厅\n2015年6月1日\n")
    assert _deps(text) == {"市（州）发展改革部门": "市（州）发展改革", "市（州）财政部门": "财政",
                           "市（州）交通运输部门": "交通运输", "四川省交通运输厅": "省交通运输厅"}
    text = ("重庆市人民政府关于加强农村危房改造的意见\n\n各区县（自治县）人民政府：\n"
            "一、区（县）民政部门应当会同区（县）建设、规划、民政等部门做好核查。\n\n重庆市人民政府\n2010年6月1日\n")
    assert _deps(text) == {"区（县）民政部门": "区（县）民政部门", "区（县）建设部门": "区（县）建设",
                           "区（县）规划部门": "规划"}
    text = ("南京市人民政府办公厅关于做好困难群众救助工作的通知\n\n各区人民政府，市府各委办局：\n"
            "一、市（区）民政、财政部门要做好保障。\n\n南京市人民政府办公厅\n2019年6月1日\n")
    assert _deps(text) == {"南京市民政局": "市（区）民政", "区民政部门": "市（区）民政", "南京市财政局": "财政",
                           "区财政部门": "财政"}


def test_longer_kinds_of_place_with_ge_and_the_provinces_formula_with_ge():
    # Jiangsu province, 2003 (省辖市 in its notices of the time); a central ministry's order, 1990s style
    text = ("江苏省人民政府关于加强农村卫生工作的意见\n\n各省辖市、县（市）人民政府，省各委、办、厅、局：\n"
            "一、各省辖市要制定实施方案，各县级市要抓好落实。\n\n江苏省人民政府\n2003年6月1日\n")
    assert _deps(text) == {"各省辖市": "各省辖市", "各县级市": "各县级市"}
    text = ("农村饮用水卫生监督办法\n\n第三条　各省、自治区、直辖市人民政府卫生行政部门负责本行政区域内的监督工作。\n"
            "第四条　省、自治区、直辖市人民政府水行政主管部门负责工程管理。\n")
    assert _deps(text) == {"各省、自治区、直辖市人民政府卫生行政部门": "各省、自治区、直辖市人民政府卫生行政部门",
                           "省、自治区、直辖市人民政府水行政主管部门": "省、自治区、直辖市人民政府水行政主管部门"}


def test_a_towns_direct_departments_take_its_chain():
    # Yunnan township, 2020 (镇直各部门, as 县直各部门 is a county's)
    text = ("剑川县沙溪镇人民政府关于印发沙溪镇2020年村庄整治工作方案的通知\n\n各村委会，镇属各单位：\n"
            "一、镇直各部门要密切配合，镇直有关部门负责督查。\n\n剑川县沙溪镇人民政府\n2020年3月1日\n")
    assert _deps(text) == {"剑川县沙溪镇直各部门": "镇直各部门", "剑川县沙溪镇直有关部门": "镇直有关部门"}


def test_a_report_to_a_level_is_no_organs_name():
    # Inner Mongolia, 1999 (an agriculture notice; the A11 notice was a 2000s energy one): 每周报自治区农业厅 is a clause
    # before the organ, not one long name running from 市
    text = ("内蒙古自治区人民政府办公厅关于做好春耕生产工作的通知\n\n各盟行政公署、市人民政府：\n"
            "一、各盟市春耕生产进展情况每周报自治区农业厅。\n\n内蒙古自治区人民政府办公厅\n1999年3月1日\n")
    assert _deps(text) == {"内蒙古自治区农业厅": "自治区农业厅"}
