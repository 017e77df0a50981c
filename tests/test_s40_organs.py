"""s40-organs: departments and responsibility triples at township and province level and in transmitting notices
(spec 1.1 sections 5 and 6; the annotation guide's decisions named in each test). Snippets written for these tests in
the styles of other provinces, levels and eras than the notices that showed the gaps, never copied from a notice;
the expected items were written before the run."""
from pipeline import process_text
from tests.organ_snippets import snippet_departments


def _triples(text):
    rec = process_text(text, doc_id="s40organs").model_dump()
    for x in rec["responsibilities"]:
        assert rec["text"][x["span"][0]:x["span"][1]] == x["quote"]
    return sorted((x["task"], x["department"], x["role"]) for x in rec["responsibilities"])


MERGED_TABLE = """澄江县人民政府办公室关于印发澄江县2016年全民阅读工作方案的通知

澄政办发〔2016〕12号

各乡镇人民政府，县直各部门：
《澄江县2016年全民阅读工作方案》已经县人民政府同意，现印发给你们，请认真贯彻执行。

澄江县人民政府办公室
2016年4月6日

澄江县2016年全民阅读工作方案

一、主要任务
（一）建设阅读设施。完善农家书屋，建设城市书房。
（二）开展阅读活动。组织读书月活动，开展经典诵读。
二、保障措施
各乡镇、各部门要加强协作，确保各项任务落到实处。

附件：澄江县2016年全民阅读工作任务分工表

附件

澄江县2016年全民阅读工作任务分工表

序号\t重点任务\t具体工作\t牵头单位\t配合单位\t完成时限
1\t建设阅读设施\t完善农家书屋\t县文化体育局\t县财政局\t2016年底前
2\t\t建设城市书房\t县住房城乡建设局\t县文化体育局\t2016年底前
3\t开展阅读活动\t组织读书月活动\t县文化体育局\t县教育局\t2016年4月
4\t\t开展经典诵读\t县教育局\t团县委\t2016年底前
"""


def test_a_row_under_a_merged_task_cell_links_where_the_row_above_links():
    # guide CV2 "a merged task cell" (spec 1.1 section 6): rows 2 and 4 leave 重点任务 empty, merged with the row above;
    # they restate the same item, 一/(一) and 一/(二), not 表/2 and 表/4
    assert _triples(MERGED_TABLE) == [
        ("一/(一)", "澄江县住房和城乡建设局", "lead"),
        ("一/(一)", "澄江县文化体育局", "co"),
        ("一/(一)", "澄江县文化体育局", "lead"),
        ("一/(一)", "澄江县财政局", "co"),
        ("一/(二)", "共青团澄江县委员会", "co"),
        ("一/(二)", "澄江县教育局", "co"),
        ("一/(二)", "澄江县教育局", "lead"),
        ("一/(二)", "澄江县文化体育局", "lead"),
    ]


def test_a_large_towns_bureaus_named_by_their_portfolios():
    # guide D31, D39 (a town's office as written, after its chain): a 2013 Zhejiang town given county-level powers
    # (强镇扩权) names its bureaus by the portfolios it combined; no county sector word is needed
    body = ("一、职责分工\n（一）镇社会事务局负责困难群众排查。\n（二）镇规划建设局负责危房改造。\n"
            "（三）镇经济和科技信息局负责企业走访。\n")
    names = snippet_departments("店口镇2013年民生实事工作方案", "诸暨市店口镇人民政府", "2013年3月5日", body)
    assert names == {"诸暨市店口镇社会事务局": "镇社会事务局", "诸暨市店口镇规划建设局": "镇规划建设局",
                     "诸暨市店口镇经济和科技信息局": "镇经济和科技信息局"}


def test_a_clause_after_the_town_is_no_bureau():
    # the same reading refuses a run holding a clause verb or another level: `镇政府报县财政局` names the county's bureau
    body = "一、工作要求\n（一）资金拨付。镇政府报县财政局审核后拨付。\n"
    names = snippet_departments("店口镇2013年资金管理办法", "诸暨市店口镇人民政府", "2013年3月5日", body)
    assert "诸暨市店口镇政府报县财政局" not in names
    assert names.get("诸暨市财政局") == "县财政局"


def test_branches_in_a_town_directly_under_its_city():
    # guide D63 (a branch is named by its official name, the higher bureau's 分局): in a 2016 Gansu town with no county
    # between it and its city (嘉峪关市峪泉镇), the city's bureaus keep the branches (organ_town_branch_bureaus.tsv)
    body = ("一、职责分工\n（一）峪泉公安分局负责治安巡查。\n（二）镇城市管理行政执法分局负责违建拆除。\n"
            "（三）镇环境保护分局负责排污检查。\n")
    names = snippet_departments("峪泉镇2016年环境整治方案", "嘉峪关市峪泉镇人民政府", "2016年4月6日", body)
    assert names == {"嘉峪关市公安局峪泉分局": "峪泉公安分局",
                     "嘉峪关市城市管理行政执法局峪泉分局": "镇城市管理行政执法分局",
                     "嘉峪关市环境保护局峪泉分局": "镇环境保护分局"}


def test_an_office_written_after_the_towns_short_name_and_a_grid_branch():
    # guide D31: `那大卫生和计划生育办公室` in 那大镇's own 2015 notice is the town's office, the town named once; the grid
    # company's `那大供电分局` is an enterprise's unit (spec 1.1 section 5), no department
    body = "一、职责分工\n（一）那大卫生和计划生育办公室负责防疫消杀。\n（二）那大供电分局负责保障供电。\n"
    names = snippet_departments("那大镇2015年防汛工作方案", "儋州市那大镇人民政府", "2015年5月6日", body)
    assert names == {"儋州市那大镇卫生和计划生育办公室": "那大卫生和计划生育办公室"}


def test_township_water_and_transport_offices_and_a_planning_office():
    # guide D39, D79 (a 所 exercising a county bureau's authority is an organ): a 2020 Chongqing town's 水利所,
    # 交通运输所 and 规划和自然资源所 (the county's 规划和自然资源局 after 2019), written bare in its own notice
    body = ("一、职责分工\n（一）镇水利所负责山坪塘巡查。\n（二）镇交通运输所负责道路排危。\n"
            "（三）规划和自然资源所负责地灾点监测。\n")
    names = snippet_departments("石柱镇2020年防汛工作方案", "重庆市大足区石柱镇人民政府", "2020年5月6日", body)
    assert names == {"重庆市大足区石柱镇水利所": "镇水利所", "重庆市大足区石柱镇交通运输所": "镇交通运输所",
                     "重庆市大足区石柱镇规划和自然资源所": "规划和自然资源所"}


def test_a_long_body_named_with_its_county_after_the_founding_verb():
    # spec 1.1 section 5 (working bodies are organs, named in full): a 2017 Hunan county sets up a group named with the
    # county and its whole programme, longer than the run the reader tries back from the head; the name opens at 成立
    body = ("一、组织领导\n县政府成立新化县全面推进农村人居环境整治提升五年行动计划实施工作领导小组，由分管副县长任组长。\n"
            "（一）领导小组负责统筹协调。\n")
    names = snippet_departments("新化县农村人居环境整治实施方案", "新化县人民政府", "2017年5月6日", body)
    assert names["新化县全面推进农村人居环境整治提升五年行动计划实施工作领导小组"] == \
        "新化县全面推进农村人居环境整治提升五年行动计划实施工作领导小组"


def test_cities_and_counties_a_determiner_picks_are_one_collective():
    # guide D74 (made precise) and D34: in a 2014 Jiangxi provincial notice the cities and counties 各有关 or 有关 picks,
    # every level below the issuer, are one collective as written; a statute's bare list of levels is still split
    body = ("一、工作任务\n（一）推进棚户区改造。（责任单位：省住房城乡建设厅，各有关设区市、县人民政府）\n"
            "（二）加强考核。将完成情况纳入有关设区市、县（市、区）人民政府年度考核。\n")
    names = snippet_departments("关于加快推进棚户区改造的通知", "江西省人民政府办公厅", "2014年6月5日", body)
    assert names == {"江西省住房和城乡建设厅": "省住房城乡建设厅",
                     "各有关设区市、县人民政府": "各有关设区市、县人民政府",
                     "有关设区市、县（市、区）人民政府": "有关设区市、县（市、区）人民政府"}


def test_the_cyberspace_sector_at_a_level_is_the_party_committees_office():
    # spec 1.1 section 5 (an organ named by its sector at a level is that level's organ) with department_aliases.tsv
    # `委网信办`: a 2019 Sichuan prefecture's 办法 writes 市网信部门; the city has no government bureau of that sector,
    # its holder is the party committee's office; a district's (not the document's level) stays as written
    body = ("第一章　总则\n第三条　市网信部门负责全市政务数据共享的统筹协调。\n"
            "第四条　区网信部门负责本区相关工作。\n")
    names = snippet_departments("绵阳市政务数据共享管理办法", "绵阳市人民政府", "2019年8月6日", body)
    assert names == {"中共绵阳市委网络安全和信息化委员会办公室": "市网信部门", "区网信部门": "区网信部门"}


def test_a_town_office_named_by_a_long_field():
    # guide D39 (a town's office as written after its chain): a 2012 Shandong town's 安全生产监督管理办公室 (a field of eight
    # characters) is read whole; a run that holds 会同 between two offices is two organs, no office named by it (the
    # short forms kept as written, guide D39 as read in S22)
    body = ("一、职责分工\n（一）镇安全生产监督管理办公室牵头负责隐患排查。\n"
            "（二）镇党政办会同镇经发办负责督查。\n")
    names = snippet_departments("魏桥镇2012年安全生产工作方案", "邹平县魏桥镇人民政府", "2012年3月6日", body)
    assert names == {"邹平县魏桥镇安全生产监督管理办公室": "镇安全生产监督管理办公室",
                     "邹平县魏桥镇党政办": "镇党政办", "邹平县魏桥镇经发办": "镇经发办"}


def test_the_vice_chair_of_a_township_presidium_names_the_congress():
    # s37b's presidium-chair rule extended to the deputy: in a 2021 Hunan town's member list `乡人大主席团副主席` is a
    # person's title; the organ inside it is the township's 人民代表大会, as for the chair
    body = "一、组织领导\n成立工作领导小组。\n组　长：乡党委书记\n副组长：乡人大主席团副主席\n"
    names = snippet_departments("古楼乡2021年人居环境整治方案", "安化县古楼乡人民政府", "2021年4月6日", body)
    assert names["安化县古楼乡人民代表大会"] == "乡人大主席团副主席"
    assert "安化县古楼乡人民代表大会主席团" not in names


def test_related_places_with_the_administrations_bracket_typed_square():
    # guide D98 as s31 read it and D43: a 2012 Tibet regional notice's `有关地市人民政府〔行政公署〕`, the kinds of place run
    # together, the administration's bracket typed 〔〕: one collective as written, with round brackets
    body = "一、工作任务\n（一）推进安居工程。（自治区住房城乡建设厅牵头，有关地市人民政府〔行政公署〕配合）\n"
    names = snippet_departments("关于推进农牧民安居工程的意见", "西藏自治区人民政府办公厅", "2012年4月6日", body)
    assert names["有关地市人民政府（行政公署）"] == "有关地市人民政府〔行政公署〕"
    assert "地区行政公署" not in names


def test_the_central_staffing_office_after_the_2018_reform():
    # organ_renamed_central.tsv (深化党和国家机构改革方案 2018): a 2020 Shaanxi provincial notice's 中央编办 is the party
    # centre's office; a 2015 one keeps the name of its time
    body = "一、工作任务\n（一）规范机构设置。按照中央编办要求，省委编办负责组织实施。\n"
    new = snippet_departments("关于规范事业单位机构设置的通知", "陕西省人民政府办公厅", "2020年3月6日", body)
    old = snippet_departments("关于规范事业单位机构设置的通知", "陕西省人民政府办公厅", "2015年3月6日", body)
    assert new["中共中央机构编制委员会办公室"] == "中央编办"
    assert old["中央机构编制委员会办公室"] == "中央编办"


def test_a_prefectures_land_authority_named_by_its_function():
    # guide D101 with organ_function_sectors.tsv 国土资源 (prefecture): a 2012 Guangxi prefecture's 办法 writes
    # 市国土资源主管部门, held then by the city's 国土资源局; in a 2019 notice the holder is not certain (as written)
    body = "第一章　总则\n第五条　市国土资源主管部门负责全市地质灾害防治的组织协调。\n"
    old = snippet_departments("梧州市地质灾害防治管理办法", "梧州市人民政府", "2012年5月6日", body)
    new = snippet_departments("梧州市地质灾害防治管理办法", "梧州市人民政府", "2019年5月6日", body)
    assert old == {"梧州市国土资源局": "市国土资源主管部门"}
    assert new == {"梧州市国土资源主管部门": "市国土资源主管部门"}


WRAPPED_CELL = """邢台市人民政府办公室关于印发邢台市2021年物流业发展工作方案的通知

各县（市、区）人民政府，市政府各部门：
《邢台市2021年物流业发展工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。

邢台市人民政府办公室
2021年3月8日

邢台市2021年物流业发展工作方案

一、主要任务
（一）完善物流园区布局。
（二）培育物流企业。

附件

邢台市2021年物流业发展重点任务分工表

序号
重点任务
牵头单位
配合单位
完成时限
1
建设综合物流园区，年内完成投资10亿元
市发改委
市商务局、市交通运输局，市自然资源和规
划局
2021年底前
2
培育规模以上物流企业10家
市商务局
市财政局
2021年底前
"""


def test_a_role_cell_wrapped_over_two_lines_stays_one_cell():
    # a one-cell-per-line table copied from a PDF whose 配合单位 cell wrapped (`…市自然资源和规` / `划局`): the two lines
    # read as organs only together, so they are that cell, not the task's words pushing the organs into the lead column
    got = _triples(WRAPPED_CELL)
    assert ("表/1", "邢台市发展和改革委员会", "lead") in got
    assert ("表/1", "邢台市商务局", "co") in got
    assert ("表/1", "邢台市交通运输局", "co") in got
    assert ("表/1", "邢台市商务局", "lead") not in got
    assert ("表/2", "邢台市商务局", "lead") in got and ("表/2", "邢台市财政局", "co") in got


def test_a_body_opens_after_following_and_after_reporting_to_a_level():
    # spec 1.1 section 5 (working bodies): in a 2016 Zhejiang town's flood plan, `…响应按照县防指…` names the county's
    # body after 按照, and `…在24小时内报镇防汛防台指挥部办公室` the town's office after 报, not the clause before them
    body = ("一、应急响应\n（一）镇防汛应急响应按照县防汛防台指挥部的部署启动。\n"
            "（二）灾情在24小时内报镇防汛防台指挥部办公室。\n")
    names = snippet_departments("新市镇2016年防汛防台预案", "德清县新市镇人民政府", "2016年5月6日", body)
    assert names == {"德清县防汛防台指挥部": "县防汛防台指挥部",
                     "德清县新市镇防汛防台指挥部办公室": "镇防汛防台指挥部办公室"}


def test_a_coordinating_group_and_its_office():
    # spec 1.1 section 5 (working bodies are organs): a 2016 ministry's notice names the State Council's 协调组 and, with
    # 及其办公室, its office, two organs; a leading group's task team (`下设综合协调组`) is no body of its own
    body = ("一、工作要求\n（一）加强统筹。充分发挥农村留守儿童关爱保护工作协调组及其办公室的作用。\n"
            "（二）领导小组下设综合协调组、宣传组。\n")
    names = snippet_departments("关于加强农村留守儿童关爱保护工作的通知", "民政部", "2016年6月6日", body)
    assert names == {"农村留守儿童关爱保护工作协调组": "农村留守儿童关爱保护工作协调组",
                     "农村留守儿童关爱保护工作协调组办公室": "办公室"}


def test_offices_named_by_a_quoted_campaign():
    # spec 1.1 section 5 (working bodies and their offices are organs, the region written out): a 2015 Fujian county's
    # notice names its own `县“两违”整治办`, a town's `镇“六清”办` cannot be placed (not the document's town) and the
    # city's `宁德市“两违”办` is named with its city; a campaign office beside the campaign's leading group is another
    # organ than the group's office (guide D14, D50)
    body = ("一、工作任务\n（一）全面排查。成立县“两违”整治工作领导小组，领导小组下设办公室。"
            "排查结果报县“两违”整治办和宁德市“两违”办。\n")
    names = snippet_departments("古田县2015年“两违”整治工作方案", "古田县人民政府", "2015年4月6日", body)
    assert names["古田县“两违”整治办"] == "县“两违”整治办"
    assert names["宁德市“两违”办"] == "宁德市“两违”办"
    assert names["古田县“两违”整治工作领导小组"].endswith("领导小组")
    assert "古田县“两违”整治工作领导小组办公室" in names


def test_a_towns_campaign_office_in_its_own_notice():
    # the same in a 2017 Zhejiang town's own notice: `镇“五水共治”办` is the town's office, named after its chain
    body = "一、工作任务\n（一）河道清淤。（牵头单位：镇“五水共治”办；责任单位：各村）\n"
    names = snippet_departments("新市镇2017年“五水共治”工作要点", "德清县新市镇人民政府", "2017年3月6日", body)
    assert names["德清县新市镇“五水共治”办"] == "镇“五水共治”办"
