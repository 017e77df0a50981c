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


def test_an_organ_after_the_passive_marker_is_its_own_and_not_a_body_of_the_place_before_it():
    # spec 1.1 section 5 (a national organ by its full name): a 2015 Guizhou county's plan writes that the county was
    # chosen by a ministry (`我县被农业部确定为…`); 被 ends the place's word, the ministry is named on its own
    body = "一、工作任务\n（一）抢抓我县被农业部确定为全国休闲农业示范县的机遇，县农业局负责。\n"
    names = snippet_departments("关于加快休闲农业发展的实施意见", "湄潭县人民政府", "2015年6月2日", body)
    assert names == {"农业部": "农业部", "湄潭县农业局": "县农业局"}


def test_a_level_list_of_governments_with_the_prefectures_written_zhou_shi_or_chosen_by_youguan_is_one_collective():
    # guide D74 (a level list of governments below the issuer is one collective as written) and D1 (有关 kept): a 2020
    # Yunnan provincial rule writes 州（市） before 县（市、区）; a 2019 Shaanxi provincial opinion writes 有关市、县（区）,
    # once with the 〔〕 a web editor types for the bracket (the same collective, named with round brackets)
    body = "第一条　州（市）、县（市、区）人民政府负责本行政区域内的工作。\n"
    names = snippet_departments("云南省农村公路条例实施办法", "云南省人民政府", "2020年4月3日", body)
    assert names == {"州（市）、县（市、区）人民政府": "州（市）、县（市、区）人民政府"}
    body = "一、重点任务\n（一）培育示范区。（有关市、县（区）人民政府负责）\n（二）建设旅游名镇。（有关市、县〔区〕人民政府负责）\n"
    names = snippet_departments("关于促进全域旅游发展的实施意见", "陕西省人民政府", "2019年3月6日", body)
    assert names == {"有关市、县（区）人民政府": "有关市、县（区）人民政府"}


def test_a_relative_clause_before_an_organ_named_by_its_duty_is_kept_as_its_determiner():
    # guide D112 (a relative clause before an organ naming a field is a determiner, kept as written): a 2017 Zhejiang
    # provincial rule names the 负有…职责的部门 that accept a filing and the ones the State Council's organs are
    # (the 国务院 inside the clause is no mention of its own); the bare duty collective after 其他 stays as before
    body = ("第一条　为了规范应急预案管理，制定本细则。\n"
            "第三条　中央企业的应急预案，报国务院主管的负有安全生产监督管理职责的部门备案。"
            "受理备案登记的负有安全生产监督管理职责的部门应当核对材料。其他负有安全生产监督管理职责的部门应当配合。\n")
    names = snippet_departments("浙江省生产安全事故应急预案管理实施细则", "浙江省安全生产监督管理局", "2017年3月6日", body)
    assert names == {"国务院主管的负有安全生产监督管理职责的部门": "国务院主管的负有安全生产监督管理职责的部门",
                     "受理备案登记的负有安全生产监督管理职责的部门": "受理备案登记的负有安全生产监督管理职责的部门",
                     "其他负有安全生产监督管理职责的部门": "其他负有安全生产监督管理职责的部门"}
