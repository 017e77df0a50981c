"""Organ names of session 36 (s36-names2): classes the opened half (A40, A41) showed, tested on snippets written for
these tests in the style of other provinces, levels and eras than the notices that showed them (not copied from any
notice)."""
from tests.organ_snippets import snippet_departments


def test_a_place_determiner_with_its_de_runs_along_a_list_of_town_governments_as_written():
    # spec 1.1 section 5 (a shared determiner distributed; collectives as written) and guide D1: a 2014 Jiangxi
    # provincial rule writes `户籍所在地的` once before the towns' governments and the street offices; the 的 written
    # before the first is carried to the second
    body = ("第一条　为了规范城乡居民最低生活保障工作，制定本办法。\n"
            "第八条　申请最低生活保障，由申请人向户籍所在地的镇（乡）人民政府、街道办事处提出书面申请。\n")
    names = snippet_departments("江西省城乡居民最低生活保障办法", "江西省人民政府", "2014年6月3日", body)
    assert names == {"所在地的镇（乡）人民政府": "所在地的镇（乡）人民政府", "所在地的街道办事处": "街道办事处"}


def test_a_qualifier_of_places_before_the_towns_governments_written_without_ge_is_kept():
    # spec 1.1 section 5 (a collective as written; guide D21, a qualifying clause kept), as `沿线各县（市、区）人民政府`
    # keeps its 沿线: a 2015 Jiangxi county's plan names the towns along a road and in a reservoir area without 各
    body = ("一、工作任务\n（一）开展公路沿线环境整治。（责任单位：县交通运输局、沿线乡镇人民政府）\n"
            "（二）加强库区管理。库区乡（镇）人民政府负责日常巡查。\n")
    names = snippet_departments("2015年公路沿线环境整治方案", "修水县人民政府", "2015年4月2日", body)
    assert names == {"修水县交通运输局": "县交通运输局", "沿线乡镇人民政府": "沿线乡镇人民政府",
                     "库区乡（镇）人民政府": "库区乡（镇）人民政府"}


def test_a_body_a_sentence_requires_to_be_designated_or_set_up_is_no_function_named_organ():
    # spec 1.1 section 5 (有权机关: organs named by what they do) read against the grammar: after 明确/设立 or across a
    # modal verb (应当, 可以) the clause is what a subject must designate, not an organ; a 2020 securities regulator's
    # rule. The statutes' function-named authorities stay (县级以上…负责…的部门, …管理专利工作的部门).
    body = ("第一条　为规范证券期货投诉处理，制定本办法。\n"
            "第五条　各派出机构应当明确负责投诉处理工作的部门，并向社会公开。\n"
            "第六条　乡镇人民政府要设立负责农产品质量安全工作的机构。\n"
            "第七条　海关监督管理机构应当确定受理复议申请工作的部门。\n"
            "第八条　县级以上地方人民政府负责农产品质量安全监督管理工作的部门依法开展检查。\n"
            "第九条　省、自治区、直辖市人民政府管理专利工作的部门负责本行政区域内的专利执法。\n")
    names = snippet_departments("投诉处理办法", "中国证券监督管理委员会", "2020年3月2日", body)
    assert names == {"各派出机构": "各派出机构", "乡镇人民政府": "乡镇人民政府", "海关监督管理机构": "海关监督管理机构",
                     "县级以上地方人民政府负责农产品质量安全监督管理工作的部门":
                         "县级以上地方人民政府负责农产品质量安全监督管理工作的部门",
                     "省、自治区、直辖市人民政府管理专利工作的部门": "省、自治区、直辖市人民政府管理专利工作的部门"}


def test_a_level_of_governments_with_the_areas_administration_in_a_bracket_and_the_areas_bracketed_level():
    # spec 1.1 section 5 (a bracket naming an alternative organ gives two; a shared head over levels split, guide D25):
    # a 2008 Xinjiang regional rule writes the areas' 行署 beside the governments, and the prefecture level as 地（州）
    body = ("第一条　为了做好农村牧区低保工作，制定本办法。\n第四条　县级以上人民政府（行署）负责本行政区域内低保工作的组织领导。\n"
            "第五条　自治区民政厅负责全区低保工作的指导监督。地（州）、县（市）民政部门负责本行政区域内低保工作的具体管理。\n")
    names = snippet_departments("新疆维吾尔自治区农村牧区最低生活保障办法", "新疆维吾尔自治区人民政府", "2008年4月2日", body)
    assert names == {"县级以上人民政府": "县级以上人民政府", "县级以上行署": "县级以上人民政府",
                     "新疆维吾尔自治区民政厅": "自治区民政厅", "地（州）民政部门": "地（州）、县（市）民政部门",
                     "县（市）民政部门": "地（州）、县（市）民政部门"}


def test_the_places_a_pipeline_crosses_keep_their_clause_before_a_levels_authority():
    # spec 1.1 section 5 (a collective as written) and guide D1 (a determiner of whose place kept): a 2012 Sichuan
    # provincial rule sends a pipeline's plan to the authority of every county it crosses
    body = ("第一条　为了加强长输管道保护，制定本办法。\n第九条　管道企业的巡护方案，应当抄送所跨行政区域的县级能源管理部门。\n")
    names = snippet_departments("四川省石油天然气管道保护办法", "四川省人民政府", "2012年9月3日", body)
    assert names == {"所跨行政区域的县级能源管理部门": "所跨行政区域的县级能源管理部门"}
