"""Organ names of session 36 (s36-names): classes the opened half (A40, A41) showed, tested on snippets written for
these tests in the style of other provinces, levels and eras than the notices that showed them (not copied from any
notice)."""
from tests.organ_snippets import snippet_departments


def test_an_out_of_date_ministry_named_as_the_author_of_an_earlier_rule_is_the_organ_of_the_issue_date():
    # guide D99 (confirmed in S32: `建设部` as the issuer of an older rule in a 2010 notice is 住房和城乡建设部) and
    # organ_renamed_central.tsv: a 2012 Yunnan county's notice cites a rule of 人事部 and 信息产业部 (both gone in 2008);
    # `原劳动部` as the author of a rule the notice repeals is the organ of the issue date too (D99 with 原, CN1 Q3)
    body = ("一、工作任务\n（一）根据人事部、信息产业部《关于加强信息化人才培养的通知》要求，县人力资源社会保障局负责组织培训。\n"
            "（二）原劳动部1994年发布的《职业培训实体管理规定》不再执行。\n")
    names = snippet_departments("关于做好2012年信息化人才培训工作的通知", "禄劝彝族苗族自治县人民政府", "2012年5月4日", body)
    assert names == {"人力资源和社会保障部": "人事部", "工业和信息化部": "信息产业部",
                     "禄劝彝族苗族自治县人力资源和社会保障局": "县人力资源社会保障局"}



def test_a_bare_village_work_team_acting_or_listed_is_a_collective_but_not_inside_a_longer_phrase():
    # guide D85 (extended in S31b: a bare 驻村工作队 acting is a collective as written, like 各驻村工作队): a 2017 Guizhou
    # county's plan lets the team act after a full stop and lists the 工作组 in a 责任单位 line; a member
    # (`驻村工作队员`), a slogan (`发挥驻村工作队作用`), a system's name (`驻村工作队驻村帮扶责任制`) and a team named with
    # its sender (`县直驻村工作队`) are none
    body = ("一、工作任务\n（一）精准识别。驻村工作队、第一书记要逐户核实。发挥驻村工作队作用，实行干部包户、驻村工作队驻村帮扶责任制。"
            "选派驻村工作队员不少于60名，配合县直驻村工作队开展工作。\n（二）控辍保学。（责任单位：县教育局、驻村工作组）\n")
    names = snippet_departments("2017年脱贫攻坚工作方案", "剑河县人民政府", "2017年3月8日", body)
    assert names == {"驻村工作队": "驻村工作队", "剑河县教育局": "县教育局", "驻村工作组": "驻村工作组"}


def test_the_poverty_relief_sector_written_whole_in_a_list_before_a_peoples_organisation():
    # spec 1.1 section 5 (a bare sector word in a list is `<sector>部门`; a people's organisation named bare is the
    # document's own) and organ_sectors.tsv's 扶贫开发: a 2016 Shaanxi provincial rule lists 扶贫开发 before 残联 and 妇联
    body = ("第一条　为了做好农村留守儿童关爱保护工作，制定本办法。\n"
            "第二条　民政、扶贫开发、残联、妇联等部门和单位按照各自职责做好相关工作。\n")
    names = snippet_departments("陕西省农村留守儿童关爱保护办法", "陕西省人民政府", "2016年9月12日", body)
    assert names == {"民政部门": "民政", "扶贫开发部门": "扶贫开发", "陕西省残疾人联合会": "残联",
                     "陕西省妇女联合会": "妇联"}


def test_the_regulators_local_offices_written_as_a_kind_without_a_place_are_kept_as_written():
    # spec 1.1 section 5 (a collective or unnamed group as written) and organ_branch_patterns.tsv (a branch with its
    # place written out): a 2016 banking regulator's order gives work to 银监局 and 银监分局 as kinds, one of them after
    # `监督`, which is no place; a branch named by its place is the named office, a title (`银监局局长`) none
    body = ("第一条　为规范投诉处理工作，制定本办法。\n"
            "第二条　银监局负责辖内投诉处理，负责指导、协调和监督银监分局投诉处理工作；银监分局负责辖内投诉处理。\n"
            "第三条　福建银监局、延边银监分局按照本办法开展试点，试点方案由银监局局长签发。\n")
    names = snippet_departments("银行业消费者投诉处理办法", "中国银行业监督管理委员会", "2016年5月6日", body)
    assert names == {"银监局": "银监局", "银监分局": "银监分局", "中国银行业监督管理委员会福建监管局": "福建银监局",
                     "中国银行业监督管理委员会延边监管分局": "延边银监分局"}


def test_a_countys_rule_of_law_committee_an_ecological_zones_board_and_its_whole_level_enforcement_organs():
    # spec 1.1 section 5 (a party committee's bodies named 中共<place>委…; a zone's board with its county; collectives
    # as written) with department_aliases.tsv's 委全面依法治县委员会, guide D87 (全X before a collective is kept as
    # written) and D96 revised (a function-named organ written bare before 负责人 names the heads of every such organ,
    # no mention): a 2019 Jiangxi county's work points; `治县委员会` holds no 县委员会 of its own
    body = ("一、工作任务\n（一）推进生态保护。（责任单位：县林业局、珠山生态区管委会）\n"
            "（二）落实县委全面依法治县委员会部署。全县行政执法机关要严格执法，行政执法机关负责人要带头出庭应诉。\n")
    names = snippet_departments("2019年生态文明建设工作要点", "婺源县人民政府", "2019年3月6日", body)
    assert names == {"婺源县林业局": "县林业局", "婺源县珠山生态区管理委员会": "珠山生态区管委会",
                     "中共婺源县委全面依法治县委员会": "县委全面依法治县委员会", "全县行政执法机关": "全县行政执法机关"}
