"""s9b-transplant: organs of an autonomous prefecture, a league and a 地区 written with their bare level
marker after a joiner or a verb (snippets written for the tests, Hunan / Inner Mongolia / Xinjiang style)."""
from pipeline import process_text

XIANGXI = """湘西土家族苗族自治州人民政府办公室关于印发湘西州就业补助资金管理办法的通知
各县市人民政府，州直各单位：
《湘西州就业补助资金管理办法》业经州人民政府同意，现印发给你们，请认真贯彻执行。
第一条 为规范资金管理，根据有关规定，制定本办法。
第二条 州财政局会同州人力资源社会保障局负责资金的预算管理。资金收支计划报州政府审定。
第三条 州委组织部、团州委、州总工会、州残联负责配合。
湘西土家族苗族自治州人民政府办公室
2021年3月5日
"""

AKSU = """阿克苏地区行政公署关于做好高校毕业生就业工作的通知
各县（市）人民政府，行署各部门：
一、落实见习补贴。地区人力资源社会保障局会同地区财政局负责见习补贴发放。
二、加强协作配合。地委组织部、团地委、地区总工会负责配合。
阿克苏地区行政公署
2019年4月2日
"""


def _names(r):
    return [d.name for d in r.departments]


def test_prefecture_marker_after_verb_and_joiner():
    r = process_text(XIANGXI)
    assert r.metadata.region == "湖南省湘西土家族苗族自治州"
    assert _names(r) == ["湘西土家族苗族自治州人民政府", "湘西土家族苗族自治州财政局", "湘西土家族苗族自治州人力资源和社会保障局",
                         "中共湘西土家族苗族自治州委组织部", "共青团湘西土家族苗族自治州委员会", "湘西土家族苗族自治州总工会",
                         "湘西土家族苗族自治州残疾人联合会"]
    triples = {(x.task, x.department, x.role) for x in r.responsibilities}
    assert ("第二条", "湘西土家族苗族自治州财政局", "lead") in triples
    assert ("第二条", "湘西土家族苗族自治州人力资源和社会保障局", "co") in triples


def test_area_youth_league():
    r = process_text(AKSU)
    names = _names(r)
    assert "共青团阿克苏地区委员会" in names
    assert "阿克苏地区财政局" in names
    triples = {(x.task, x.department, x.role) for x in r.responsibilities}
    assert ("一", "阿克苏地区人力资源和社会保障局", "lead") in triples
    assert ("一", "阿克苏地区财政局", "co") in triples
    assert ("二", "共青团阿克苏地区委员会", "responsible") in triples


def test_word_ending_in_zhou_is_no_marker():
    r = process_text("""杭州市人民政府关于加强就业工作的通知
一、市人力社保局会同市财政局负责，做好与温州财政部门的衔接。
杭州市人民政府
2020年5月6日
""")
    assert "州财政部门" not in " ".join(_names(r))


GUANGXI = """广西壮族自治区人民政府办公厅关于加强人才工作的通知
各市、县人民政府，自治区人民政府各组成部门、各直属机构：
一、加强统筹。自治区党委组织部牵头，自治区党委宣传部、自治区党委网信办、自治区教育厅、自治区财政厅配合。
二、加强保障。自治区人力资源社会保障厅会同自治区党委金融办负责。
广西壮族自治区人民政府办公厅
2022年3月1日
"""


def test_autonomous_region_party_departments():
    r = process_text(GUANGXI)
    assert _names(r) == ["中共广西壮族自治区委员会组织部", "中共广西壮族自治区委员会宣传部",
                         "中共广西壮族自治区委员会网络安全和信息化委员会办公室", "广西壮族自治区教育厅", "广西壮族自治区财政厅",
                         "广西壮族自治区人力资源和社会保障厅", "中共广西壮族自治区委员会金融委员会办公室"]
    triples = {(x.task, x.department, x.role) for x in r.responsibilities}
    assert ("一", "中共广西壮族自治区委员会组织部", "lead") in triples
    assert ("一", "中共广西壮族自治区委员会宣传部", "co") in triples
    assert ("二", "中共广西壮族自治区委员会金融委员会办公室", "co") in triples


def test_named_autonomous_region_party_department():
    r = process_text("""内蒙古自治区人民政府关于做好高校毕业生就业工作的通知
一、强化统筹。由宁夏回族自治区党委宣传部负责协调。
二、加强宣传。自治区党委宣传部牵头，自治区广播电视局配合。
内蒙古自治区人民政府
2021年6月1日
""")
    names = _names(r)
    assert "中共宁夏回族自治区委员会宣传部" in names
    assert "中共内蒙古自治区委员会宣传部" in names


def test_autonomous_counties_written_short():
    # a Gansu-style prefecture notice naming an autonomous county by its stem (张家川县, 张家川自治县)
    r = process_text("""天水市人民政府办公室关于做好防汛抗旱工作的通知
各县区人民政府，市政府各部门：
一、压实责任。张家川县人民政府负责辖区内防汛工作。
二、加强调度。市水利局牵头，张家川自治县应急管理局配合。
天水市人民政府办公室
2021年5月1日
""")
    names = _names(r)
    assert names == ["张家川回族自治县人民政府", "天水市水利局", "张家川回族自治县应急管理局"]
    triples = {(x.task, x.department, x.role) for x in r.responsibilities}
    assert triples == {("一", "张家川回族自治县人民政府", "responsible"), ("二", "天水市水利局", "lead"),
                       ("二", "张家川回族自治县应急管理局", "co")}


def test_level_sector_departments_of_a_prefecture_and_league():
    r = process_text("""湘西土家族苗族自治州人民政府关于印发长期护理保险办法的通知
各县市人民政府，州直各单位：
第一条 为规范管理，制定本办法。
第二条 州医疗保障部门负责组织实施。州财政部门、州民政部门按职责分工负责。
第三条 州公安部门会同州审计部门做好监督。
湘西土家族苗族自治州人民政府
2021年5月1日
""")
    assert _names(r) == ["湘西土家族苗族自治州医疗保障局", "湘西土家族苗族自治州财政局", "湘西土家族苗族自治州民政局",
                         "湘西土家族苗族自治州公安局", "湘西土家族苗族自治州审计局"]
    triples = {(x.task, x.department, x.role) for x in r.responsibilities}
    assert ("第三条", "湘西土家族苗族自治州公安局", "lead") in triples
    assert ("第三条", "湘西土家族苗族自治州审计局", "co") in triples
    r = process_text("""兴安盟行政公署关于印发草原保护办法的通知
各旗县市人民政府，盟直各单位：
第一条 为规范管理，制定本办法。
第二条 盟林业和草原部门负责组织实施。旗财政部门按职责分工负责。
兴安盟行政公署
2021年5月1日
""")
    assert _names(r) == ["兴安盟林业和草原局", "旗财政部门"]


def test_word_ending_in_zhou_before_a_sector_department():
    r = process_text("""浙江省人民政府办公厅关于加强财政管理的通知
一、加强协作。省财政厅牵头，做好与温州财政部门的对接。
浙江省人民政府办公厅
2020年5月6日
""")
    assert not any(n.startswith("州") for n in _names(r))


def test_level_sector_departments_of_an_area():
    r = process_text("""阿克苏地区行政公署关于印发长期护理保险办法的通知
各县（市）人民政府，行署各部门：
第一条 为规范管理，制定本办法。
第二条 地区医疗保障部门负责组织实施。地区财政部门、地区民政部门按职责分工负责。贫困地区财政部门另行规定。
阿克苏地区行政公署
2021年5月1日
""")
    assert _names(r) == ["阿克苏地区医疗保障局", "阿克苏地区财政局", "阿克苏地区民政局", "财政部门"]
    triples = {(x.task, x.department, x.role) for x in r.responsibilities}
    assert triples == {("第二条", "阿克苏地区医疗保障局", "responsible"), ("第二条", "阿克苏地区财政局", "responsible"),
                       ("第二条", "阿克苏地区民政局", "responsible")}


def test_government_parts_of_a_prefecture_and_banner():
    r = process_text("""克什克腾旗人民政府关于加强政务数据管理的通知
各苏木乡镇人民政府，旗政府各组成部门、各直属机构：
一、明确职责。旗政府组成部门、直属机构负责本部门数据管理。
二、加强保障。旗财政局牵头，旗政府相关部门配合。
克什克腾旗人民政府
2021年5月1日
""")
    assert _names(r) == ["克什克腾旗人民政府组成部门", "克什克腾旗人民政府直属机构", "克什克腾旗财政局", "克什克腾旗人民政府相关部门"]
    triples = {(x.task, x.department, x.role) for x in r.responsibilities}
    assert triples == {("一", "克什克腾旗人民政府组成部门", "responsible"), ("一", "克什克腾旗人民政府直属机构", "responsible"),
                       ("二", "克什克腾旗财政局", "lead"), ("二", "克什克腾旗人民政府相关部门", "co")}
    r = process_text("""湘西土家族苗族自治州人民政府关于加强政务数据管理的通知
各县市人民政府，州直各单位：
一、明确职责。州人民政府组成部门和州人民政府直属机构负责本部门数据管理。
湘西土家族苗族自治州人民政府
2021年5月1日
""")
    assert "湘西土家族苗族自治州人民政府组成部门" in _names(r)
