"""(s34-names) How organs are named: the forms the guide tells labellers to write (D80, D82, D99)."""
from tests.organ_snippets import snippet_departments


def test_municipal_district_police_bureau_written_as_the_city_bureaus_branch():
    # D80: a Tianjin district notice of 2019 writing 区公安局: the city bureau's branch, the district less 区
    body = "一、任务\n（一）整治交通秩序。（责任单位：区公安局、区交通局）\n"
    names = snippet_departments("河西区2019年交通秩序整治方案", "天津市河西区人民政府办公室", "2019年4月2日", body)
    assert names.get("天津市公安局河西分局") == "区公安局"
    assert "天津市河西区公安局" not in names
    # a prefecture's district (not a municipality) keeps 区公安局 with its place: no rule of D80 for it
    body = "一、任务\n（一）整治交通秩序。（责任单位：区公安局）\n"
    names = snippet_departments("雁塔区2019年交通秩序整治方案", "西安市雁塔区人民政府办公室", "2019年4月2日", body)
    assert "西安市公安局雁塔分局" not in names


def test_provincial_agriculture_committee_written_out_where_a_row_sources_it():
    # D82: a Hunan provincial notice of 2015 writing 省农委: 湖南省农业委员会 (2009 reform, organ_local_names.tsv)
    body = "一、任务\n（一）发展农村电子商务。（责任单位：省农委、省商务厅）\n"
    names = snippet_departments("湖南省2015年农村电子商务工作要点", "湖南省人民政府办公厅", "2015年6月3日", body)
    assert names.get("湖南省农业委员会") == "省农委"
    assert "湖南省农委" not in names


def test_hainan_tourism_culture_bureaus_written_out_at_every_level():
    # D82: a Hainan city notice of 2021 writing 市旅文局 (the 2019 city and county reform, organ_local_names.tsv)
    body = "一、任务\n（一）打造夜间消费街区。（牵头单位：市旅文局；责任单位：市商务局）\n"
    names = snippet_departments("三亚市2021年夜间经济发展工作方案", "三亚市人民政府办公室", "2021年3月8日", body)
    assert names.get("三亚市旅游和文化广电体育局") == "市旅文局"
    assert "三亚市旅文局" not in names


def test_division_short_forms_with_several_full_names_kept_as_written():
    # D68: a Jiangxi education department's notice of 2019: 规划处 and 法规处 have several full names across organs
    body = "一、任务\n（一）完善学校布局规划。（责任处室：规划处，配合：法规处、基教处）\n"
    names = snippet_departments("江西省教育厅2019年学校布局调整工作要点", "江西省教育厅", "2019年3月4日", body)
    assert names.get("江西省教育厅规划处") == "规划处"
    assert names.get("江西省教育厅法规处") == "法规处"
    assert "江西省教育厅发展规划处" not in names and "江西省教育厅政策法规处" not in names


def test_city_run_zone_named_with_its_city_in_full_in_a_district_notice():
    # a Liuzhou district's notice of 2018 naming the city's 北部生态新区管委会 (organ_zone_names.tsv)
    body = "一、任务\n（一）推进园区道路建设。（责任单位：北部生态新区管委会、区住建局）\n"
    names = snippet_departments("柳江区2018年园区基础设施建设方案", "柳州市柳江区人民政府办公室", "2018年5月7日", body)
    assert "柳州市北部生态新区管理委员会" in names


def test_function_named_authority_read_as_the_organ_the_rule_names_holder():
    # D101: a Jiangxi county's 办法 of 2016 naming the holder in its 第三条; the county's function name after it is that
    # bureau; a bare function name (no level) stays as written
    body = ("第三条　县畜牧兽医局是本县动物防疫行政主管部门，负责全县动物防疫的监督管理工作。\n"
            "第八条　县动物防疫行政主管部门应当会同县财政局制定强制免疫计划。\n")
    names = snippet_departments("安福县动物防疫管理办法", "安福县人民政府", "2016年5月10日", body)
    assert "安福县畜牧兽医局" in names
    assert "安福县动物防疫行政主管部门" not in names
    assert "安福县财政局" in names


def test_housing_planning_construction_bureau_written_with_its_conjunction():
    # a Zhuhai district's notice of 2016 naming the city's 住房城乡规划建设局 (和 dropped in the short form)
    body = "一、任务\n（一）推进老旧小区改造。（责任单位：市住房城乡规划建设局、区住房和城乡建设局）\n"
    names = snippet_departments("香洲区2016年老旧小区改造工作方案", "珠海市香洲区人民政府办公室", "2016年4月6日", body)
    assert names.get("珠海市住房和城乡规划建设局") == "市住房城乡规划建设局"


def test_short_named_seat_of_a_group_office_is_its_own_organ():
    # D50: a Gansu county's 2017 plan writes the group's office in full once and seats it in the 县扶贫办: two organs
    body = ("一、任务\n（一）各乡镇方案报县扶贫开发领导小组办公室备案。\n"
            "（二）加强组织领导。成立县扶贫开发领导小组，领导小组办公室设在县扶贫办，负责日常工作。\n"
            "（三）落实帮扶资金。（责任单位：县扶贫办、县财政局）\n")
    names = snippet_departments("通渭县2017年精准扶贫实施方案", "通渭县人民政府办公室", "2017年3月2日", body)
    assert names.get("通渭县扶贫办") == "县扶贫办"
    assert "通渭县扶贫开发领导小组办公室" in names
    # a prefecture's 2012 notice seating its group's office in a short-named 招商办 (no alias): two organs as well
    body = ("一、任务\n（一）成立市招商引资工作领导小组，领导小组办公室设在市招商办，负责日常工作。\n"
            "（二）开展专题招商。（责任单位：市招商办、市商务局）\n")
    names = snippet_departments("天水市2012年招商引资工作方案", "天水市人民政府办公室", "2012年4月9日", body)
    assert names.get("天水市招商办") == "市招商办"
