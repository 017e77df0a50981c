"""s23-org3 rules: members of a bare-sector list that join the sectors of a merged bureau or close on 管理, a list of
sectors opening with an era's sector word right after a verb that takes organs. Snippets written in the styles of
provinces, levels and eras unlike the A14 notices (a Ningxia city statute, a Xinjiang county plan) that showed them."""
from __future__ import annotations

from tests.test_s22org_rules import _deps


def test_merged_bureaus_sectors_and_a_sector_closing_on_guanli_in_a_bare_sector_list():
    # Hunan, a Changde city statute 2020: 文化广电旅游 (one merged bureau), 机关事务管理 (its bureau's name)
    text = ("常德市餐厨垃圾管理办法\n\n第五条　市城市管理部门负责本办法的组织实施。\n"
            "公安、文化广电旅游、机关事务管理、商务等部门按照各自职责做好相关工作。\n\n常德市人民政府\n2020年6月1日\n")
    deps = _deps(text)
    for name in ("公安部门", "文化广电旅游部门", "机关事务管理部门", "商务部门"):
        assert name in deps, (name, deps)


def test_an_eras_sector_word_opening_a_list_after_a_verb_that_takes_organs():
    # Gansu, a 2009 county plan: 建设 (the 建设局 before 2008's reform ended at county level later) after 组织
    text = ("永登县2009年农村危房改造实施方案\n\n一、由县危改办组织建设、国土、财政等部门进行验收。\n\n"
            "永登县人民政府办公室\n2009年4月1日\n")
    deps = _deps(text)
    for name in ("建设部门", "国土部门", "财政部门"):
        assert name in deps, (name, deps)


def test_a_ministrys_division_written_after_its_self_reference():
    # a 2012 教育部 notice: 我部 and the division of its 三定 written after it; 本部 likewise
    text = ("教育部关于做好2012年中小学教师培训工作的通知\n\n各省、自治区、直辖市教育厅（教委）：\n"
            "一、各地要做好教师培训工作。执行中的问题请及时报我部教师工作司。\n"
            "二、培训方案报本部基础教育一司备案。\n\n教育部\n2012年3月1日\n")
    deps = _deps(text)
    assert deps.get("教育部教师工作司") == "教师工作司", deps
    assert deps.get("教育部基础教育一司") == "基础教育一司", deps


def test_a_city_commissions_district_branch():
    # Beijing, a Chaoyang district notice 2019 (the commission of the 2018 reform runs its districts' offices as 分局)
    text = ("北京市朝阳区人民政府关于印发朝阳区违法建设治理工作方案的通知\n\n各街道办事处，区政府各委、办、局：\n"
            "一、市规划自然资源委朝阳分局、区住房城乡建设委负责拆后土地利用。\n\n北京市朝阳区人民政府\n2019年3月1日\n")
    deps = _deps(text)
    assert deps.get("北京市规划和自然资源委员会朝阳分局") == "市规划自然资源委朝阳分局", deps
    assert "北京市规划和自然资源委员会" not in deps, deps


def test_a_county_branch_written_with_the_county_short_name_and_its_sector():
    # Shanghai, a Huangpu district plan 2016: 黄浦公安分局 is the city police's district branch (上海市公安局黄浦分局)
    text = ("上海市黄浦区人民政府关于印发黄浦区交通秩序整治方案的通知\n\n各街道办事处，区政府各委、办、局：\n"
            "一、黄浦公安分局、区城管执法局负责整治占道经营。\n\n上海市黄浦区人民政府\n2016年3月1日\n")
    deps = _deps(text)
    assert deps.get("上海市公安局黄浦分局") == "黄浦公安分局", deps


def test_the_peoples_bank_in_a_provincial_list_is_the_provinces_pboc_organ_of_the_year():
    # Hunan, a provincial finance notice 2012 (the capital's 中心支行), Traditional-script copy; outside a list and in a
    # 2024 notice (the 2023 reform's provincial 分行) as read
    text = ("湖南省財政廳關於做好小額擔保貸款工作的通知\n\n各市州財政局：\n"
            "一、各地財政部門要會同人力資源社會保障、人民銀行等部門簡化審批流程。\n\n湖南省財政廳\n2012年3月1日\n")
    assert _deps(text).get("中国人民银行长沙中心支行") == "人民銀行", _deps(text)
    text = ("湖南省财政厅关于做好创业担保贷款工作的通知\n\n各市州财政局：\n"
            "一、各地财政部门要会同人民银行、人力资源社会保障部门简化审批流程。\n\n湖南省财政厅\n2024年3月1日\n")
    assert _deps(text).get("中国人民银行湖南省分行") == "人民银行", _deps(text)


def test_the_authority_that_approved_a_project_named_by_it():
    # a 2014 水利部 办法: 项目审批部门 after a case word and opening a sentence, a collective as written (not 审批部门)
    text = ("水利部关于印发农村饮水安全工程建设管理办法的通知\n\n各省、自治区、直辖市水利（水务）厅（局）：\n"
            "第十条　工程完工后，项目法人应当向项目审批部门提出验收申请。项目审批部门应当在3个月内组织验收。\n\n"
            "水利部\n2014年3月1日\n")
    deps = _deps(text)
    assert deps.get("项目审批部门") == "项目审批部门" and "审批部门" not in deps, deps


def test_a_district_branch_written_with_the_districts_full_name():
    # Guangdong, a Guangzhou Tianhe street's plan 2020: 天河区公安分局 keeps 区 as written (广州市公安局天河区分局)
    text = ("天河区猎德街道2020年消防安全整治工作方案\n\n一、天河区公安分局、区应急管理局负责督导。\n\n"
            "广州市天河区人民政府猎德街道办事处\n2020年3月1日\n")
    deps = _deps(text)
    assert deps.get("广州市公安局天河区分局") == "天河区公安分局", deps


def test_a_bureaus_division_followed_by_a_verb_of_contact():
    # Jiangxi, a provincial finance notice 2011: the division the readers are sent to (反映, 联系), named with its bureau
    text = ("江西省财政厅关于做好2011年农业综合开发工作的通知\n\n各设区市财政局：\n"
            "一、做好项目申报。执行中的问题请及时向省财政厅农业处反映。\n\n江西省财政厅\n2011年3月1日\n")
    deps = _deps(text)
    assert deps.get("江西省财政厅农业处") == "省财政厅农业处", deps


def test_the_comprehensive_enforcement_department_written_short():
    # Zhejiang, a county statute-like 办法 2022: 综合执法部门 (综合行政执法 written short) as written, not 执法部门
    text = ("龙游县农村生活垃圾分类管理办法\n\n第十八条　违反本办法规定的，由综合执法部门责令改正。\n"
            "第十九条　公安、综合执法等部门应当予以配合。\n\n龙游县人民政府\n2022年3月1日\n")
    deps = _deps(text)
    assert deps.get("综合执法部门") in ("综合执法部门", "综合执法") and "执法部门" not in deps, deps
