"""Articles and notices of their time, session 29 (s29-articles): classes read from the stress notices o13–o24 (opened
with their golds in session 29) and the unlabelled articles and pre-2018 stress notices.

* a statute's `所在地的` before places of a kind written with their bracket (`所在地的县（市、区）…主管部门`) kept whole
  with the formula, and `所在地` before `设区的市级人民政府…部门` kept (spec 1.1 section 5, collectives as written);
* organs of their time (spec 1.1 section 5; guide D99, D82): the local 质量技术监督局 written `质量技监局`; the 计划生育协会 of a place written `计生协` (a people's organisation); `国家地震局` written after the
  1998 reform is the 中国地震局, before it the 国家地震局; Shanghai's 2008-2014 `交通港口局`.

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
classes (a Zhejiang 2007 provincial 办法, a Jiangsu city 2004 细则, a Hebei 2009 provincial notice, a 1995 and a 2008
central notice, a Shanghai 2011 district plan); not copied from any corpus.
"""
from pipeline.clean import normalize_string
from pipeline.extract.context import make_context
from pipeline.extract.departments import extract_departments
from pipeline.extract.metadata import extract_metadata
from pipeline.extract.responsibilities import extract_responsibilities
from pipeline.extract.tasks import extract_tasks


def _run(text: str, region: str, level: str, date: str):
    doc = normalize_string(text)
    ctx = make_context(doc)
    ctx.metadata = extract_metadata(doc, ctx)
    ctx.metadata.region, ctx.metadata.admin_level, ctx.metadata.issue_date = region, level, date
    ctx.tasks = extract_tasks(doc, ctx)
    resp = ctx.responsibilities = extract_responsibilities(doc, ctx)
    deps = ctx.departments = extract_departments(doc, ctx)
    for d in deps:
        assert doc.text[d.span[0]:d.span[1]] == d.quote
    names = {d.name for d in deps}
    for r in resp:
        assert doc.text[r.span[0]:r.span[1]] == r.quote
        assert r.department in names
    return {d.name: d.quote for d in deps}, {(r.task, r.department, r.role) for r in resp}


def test_place_determiner_with_the_de_before_a_bracketed_place_kind_is_kept_whole():
    # a Zhejiang provincial 办法 (2007) on urban drainage: the county authority of the applicant's place
    names, triples = _run("第一章 总则\n第一条 为加强城镇排水管理，制定本办法。\n"
                          "第二条 县（市、区）建设行政主管部门负责本行政区域内城镇排水的监督管理。\n"
                          "第三条 排水户应当向所在地的县（市、区）建设行政主管部门申请排水许可。\n"
                          "第四条 申请人应当向所在地的民政部门提出申请。\n", "浙江省", "province", "2007-11-20")
    assert names == {"县（市、区）建设行政主管部门": "县（市、区）建设行政主管部门",
                     "所在地的县（市、区）建设行政主管部门": "所在地的县（市、区）建设行政主管部门",
                     "所在地民政部门": "所在地的民政部门"}
    assert triples == {("第一章/第二条", "县（市、区）建设行政主管部门", "responsible")}


def test_place_determiner_before_the_districted_city_level_of_a_statute():
    # a Jiangsu city's 细则 (2004): the filing authority named by level, 所在地 kept (spec 1.1 section 5)
    names, _ = _run("第一条 为规范再生资源回收，制定本细则。\n"
                    "第二条 回收企业应当向所在地设区的市级人民政府商务主管部门备案，"
                    "并向所在地县级人民政府公安机关报告。\n", "江苏省常州市", "prefecture", "2004-05-10")
    assert set(names) == {"所在地设区的市级人民政府商务主管部门", "所在地县级人民政府公安机关"}


def test_organs_of_their_time_written_short():
    # a Hebei provincial notice (2009): the quality bureau written 质量技监局, the family-planning association 计生协,
    # the national seismological bureau under its pre-1998 name
    text = ("一、明确部门职责\n（一）加强监管。省质量技监局负责产品质量监督。省计生协负责宣传服务。\n"
            "（二）做好防震减灾。国家地震局负责指导，省地震局负责组织实施。\n")
    names, triples = _run(text, "河北省", "province", "2009-03-01")
    assert names == {"河北省质量技术监督局": "省质量技监局", "河北省计划生育协会": "省计生协",
                     "中国地震局": "国家地震局", "河北省地震局": "省地震局"}
    assert triples == {("一/(一)", "河北省质量技术监督局", "responsible"),
                       ("一/(一)", "河北省计划生育协会", "responsible"),
                       ("一/(二)", "中国地震局", "responsible"), ("一/(二)", "河北省地震局", "responsible")}


def test_central_family_planning_association_and_the_seismological_bureau_before_1998():
    text = "一、明确部门职责\n（一）加强宣传。计生协负责宣传服务。\n"
    names, _ = _run(text, "全国", "central", "2008-03-01")
    assert names == {"中国计划生育协会": "计生协"}
    names, _ = _run("一、明确部门职责\n（一）加强监测。国家地震局负责监测预报。\n", "全国", "central", "1995-03-01")
    assert names == {"国家地震局": "国家地震局"}


def test_shanghai_transport_and_port_bureau_written_short():
    # a Shanghai district plan (2011): the city's 交通港口局 of the 2008 reform
    names, triples = _run("一、工作任务\n（一）加强内河码头管理。市交通港口局负责码头监管。\n",
                          "上海市浦东新区", "county", "2011-06-01")
    assert names == {"上海市交通运输和港口管理局": "市交通港口局"}
    assert triples == {("一/(一)", "上海市交通运输和港口管理局", "responsible")}


def test_guangdong_prefecture_level_word_of_statutes():
    # a Guangdong provincial 办法 (2012) on urban waste, written with the province's level word 地级以上市
    names, triples = _run("第一章 总则\n第一条 为加强城乡生活垃圾处理，制定本办法。\n"
                          "第二条 地级以上市人民政府环境卫生主管部门负责本行政区域内生活垃圾处理的监督管理。"
                          "县级人民政府环境卫生主管部门具体负责本行政区域内的生活垃圾处理工作。\n"
                          "第三条 各地级以上市人民政府应当制定生活垃圾处理规划。地级以上市和县级人民政府应当安排生活垃圾处理资金。\n",
                          "广东省", "province", "2012-01-01")
    assert set(names) == {"地级以上市人民政府环境卫生主管部门", "县级人民政府环境卫生主管部门", "各地级以上市人民政府",
                          "地级以上市和县级人民政府"}
    assert triples == {("第一章/第二条", "地级以上市人民政府环境卫生主管部门", "responsible"),
                       ("第一章/第二条", "县级人民政府环境卫生主管部门", "responsible")}


def test_common_superior_authority_of_a_statute():
    # a Hainan provincial 办法 (2010): the authority over roads crossing two places, and the plain superior one
    names, _ = _run("第一条 为加强农村公路管理，制定本办法。\n"
                    "第二条 跨行政区域的农村公路，由其共同的上一级人民政府交通运输主管部门确定养护责任单位。\n"
                    "第三条 对处理决定不服的，可以向上一级人民政府交通运输主管部门申请复议。\n", "海南省", "province",
                    "2010-01-01")
    assert names == {"共同的上一级人民政府交通运输主管部门": "共同的上一级人民政府交通运输主管部门",
                     "上一级人民政府交通运输主管部门": "上一级人民政府交通运输主管部门"}


def test_municipal_commissions_of_their_time_written_short():
    # a Tianjin municipal notice (2012) and a Chongqing municipal one (2011): commissions of the 2009 reforms written short
    names, triples = _run("一、工作任务\n（一）整治街巷环境。市市容园林委负责组织实施，各区县市容园林委负责本辖区工作。\n",
                          "天津市", "province", "2012-04-01")
    assert names["天津市市容和园林管理委员会"] == "市市容园林委"
    assert ("一/(一)", "天津市市容和园林管理委员会", "responsible") in triples
    names, triples = _run("一、工作任务\n（一）加强市政设施管理。市市政委负责，市财政局配合。\n", "重庆市", "province",
                          "2011-05-01")
    assert names == {"重庆市市政管理委员会": "市市政委", "重庆市财政局": "市财政局"}
    assert triples == {("一/(一)", "重庆市市政管理委员会", "responsible"), ("一/(一)", "重庆市财政局", "co")}


def test_group_office_set_up_in_a_standing_office_is_a_second_organ():
    # a Hubei prefecture's 2010 work plan: the leading group's office is seated in the city's 扶贫办, which keeps its own
    # short name (guide D50) and its own assignments
    text = ("一、重点工作\n（一）实施整村推进。（牵头单位：市扶贫办；配合单位：市财政局）\n"
            "二、保障措施\n（一）加强领导。市扶贫开发领导小组负责统筹协调全市扶贫开发工作，领导小组办公室设在市扶贫办。\n")
    names, triples = _run(text, "湖北省黄冈市", "prefecture", "2010-03-01")
    assert names == {"黄冈市扶贫办": "市扶贫办", "黄冈市财政局": "市财政局",
                     "黄冈市扶贫开发领导小组": "市扶贫开发领导小组",
                     "黄冈市扶贫开发领导小组办公室": "领导小组办公室"}
    assert ("一/(一)", "黄冈市扶贫办", "lead") in triples


def test_short_office_beside_its_full_name_written_in_the_notice():
    # the full name written by the notice itself still makes the short form certain (guide D40)
    text = ("一、重点工作\n（一）实施整村推进。市扶贫开发办公室负责统筹，市扶贫办负责组织实施。\n")
    names, _ = _run(text, "湖北省黄冈市", "prefecture", "2010-03-01")
    assert set(names) == {"黄冈市扶贫开发办公室"}
