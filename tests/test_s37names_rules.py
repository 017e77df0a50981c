"""Organ names of session 37 (s37-names): organs below the county and organs a place prefix cannot simply be glued to,
classes the opened half (A42, A43) showed, tested on snippets written for these tests in the style of other provinces,
levels and eras than the notices that showed them (not copied from any notice)."""
from tests.organ_snippets import snippet_departments


def test_a_body_the_town_sets_up_written_with_shang_after_its_level_is_the_towns():
    # spec 1.1 section 5 (an organ of the document's own jurisdiction; guide D15: a local working body carries its
    # region): a 2017 Gansu town writes `镇上成立` as the north-western notices write `县上成立`; the group and its office
    # are the town's, named with the town's county in front (guide D31)
    body = ("四、保障措施\n（一）加强组织领导。镇上成立脱贫攻坚工作领导小组，由镇党委书记任组长，"
            "领导小组办公室设在镇党政办，负责日常工作。\n")
    names = snippet_departments("六峰镇2017年脱贫攻坚工作方案", "甘谷县六峰镇人民政府", "2017年3月8日", body)
    assert names == {"甘谷县六峰镇脱贫攻坚工作领导小组": "脱贫攻坚工作领导小组",
                     "中共甘谷县六峰镇委员会": "镇党委",
                     "甘谷县六峰镇脱贫攻坚工作领导小组办公室": "领导小组办公室",
                     "甘谷县六峰镇党政办": "镇党政办"}


def test_an_inspection_team_the_towns_own_offices_form_is_the_towns_team():
    # guide D96 (a 督查组 the document sets up is a working body) and D15 (it carries its region): a 2016 Zhejiang
    # town's plan lets its discipline committee and its office form the team; the team is named with the town's chain
    body = ("三、工作要求\n（二）强化督查。镇纪委、镇党政办抽调人员组成督查组，对各村工作落实情况开展明察暗访。\n")
    names = snippet_departments("店口镇2016年五水共治工作方案", "诸暨市店口镇人民政府", "2016年4月5日", body)
    assert names == {"中共诸暨市店口镇纪律检查委员会": "镇纪委", "诸暨市店口镇党政办": "镇党政办",
                     "诸暨市店口镇督查组": "督查组", "各村": "各村"}


def test_a_joint_inspection_team_of_a_city_and_a_team_of_no_named_former_are_no_town_team():
    # the same rule read against the grammar: a team formed by a city's organs with 联合 is kept as written elsewhere
    # (not a town's team), and a team organised by a village (no organ of the notice's level) is nobody's
    body = ("三、工作要求\n（二）强化督查。各村要组织督查组开展自查。\n")
    names = snippet_departments("店口镇2016年五水共治工作方案", "诸暨市店口镇人民政府", "2016年4月5日", body)
    assert "诸暨市店口镇督查组" not in names


def test_a_county_bureaus_enforcement_brigade_named_after_a_place_of_the_county():
    # spec 1.1 section 5 (an organ's office named as on its seal): a 2021 Hunan county's plan writes its ecology
    # bureau's brigades by the county's short name and by a town of the county; each brigade is named
    # `<county bureau><place>执法大队`, not the bureau
    body = ("二、职责分工\n县生态环境局安化执法大队负责全县建设项目的执法检查；县生态环境局东坪执法大队负责东坪片区的巡查。\n")
    names = snippet_departments("安化县2021年生态环境执法专项行动方案", "安化县人民政府", "2021年5月10日", body)
    assert names == {"安化县生态环境局安化执法大队": "县生态环境局安化执法大队",
                     "安化县生态环境局东坪执法大队": "县生态环境局东坪执法大队"}


def test_the_bureaus_of_an_economically_developed_town_are_the_towns_own():
    # guide D31 (a town's organs carry their county) with organ_township_units.tsv: a 2018 Zhejiang 经济发达镇 writes
    # its bureau-level bodies (经济发展局, 社会事业局) with 镇; each is the town's, named once with the town's chain
    body = ("一、责任分工\n（一）企业安全整治。责任单位：镇经济发展局、镇社会事业局\n（二）学校周边整治。镇社会事业局负责。\n")
    names = snippet_departments("店口镇2018年安全生产工作方案", "诸暨市店口镇人民政府", "2018年2月6日", body)
    assert names == {"诸暨市店口镇经济发展局": "镇经济发展局", "诸暨市店口镇社会事业局": "镇社会事业局"}


def test_a_branch_written_with_the_towns_level_word_is_the_county_bureaus_branch_in_the_town():
    # guide D63 (a branch is named by its official name, the higher bureau's 分局) with organ_town_branch_bureaus.tsv:
    # a 2019 Zhejiang town's notice writes the county-level city's market and police branches in the town with 镇;
    # they are `<county bureau><town less 镇>分局`; a branch of an unlisted sector is left as it was
    body = ("二、职责分工\n镇市场监管分局负责食品经营单位的检查；镇公安分局负责道路交通秩序整治。\n")
    names = snippet_departments("濮院镇2019年市容环境整治方案", "桐乡市濮院镇人民政府", "2019年6月3日", body)
    assert names == {"桐乡市市场监督管理局濮院分局": "镇市场监管分局", "桐乡市公安局濮院分局": "镇公安分局"}


def test_a_district_towns_branch_carries_the_districts_city():
    # the same in a city district's town (a 2020 Guangdong town of 番禺区): the district bureau carries its city in
    # front (spec 1.1 section 5), the branch after it
    body = ("二、职责分工\n镇市场监督管理分局负责农贸市场的日常监管。\n")
    names = snippet_departments("沙湾镇2020年农贸市场整治方案", "广州市番禺区沙湾镇人民政府", "2020年7月1日", body)
    assert names == {"广州市番禺区市场监督管理局沙湾分局": "镇市场监督管理分局"}


def test_a_higher_organs_office_named_after_the_county_is_that_office_with_the_county_written_out():
    # guide S35 (CS2 Q2): a branch of an organ with no office at the text's level, written with the level's prefix,
    # is written as the text gives it with the place written out (no holder guessed); a 2010 Fujian county's plan
    body = ("三、职责分工\n县农业局、县出入境检验检疫局安溪办事处按照各自职责做好出口茶叶质量监管。\n")
    names = snippet_departments("安溪县2010年茶叶质量安全整治方案", "安溪县人民政府", "2010年5月4日", body)
    assert names == {"安溪县农业局": "县农业局", "安溪县出入境检验检疫局安溪办事处": "县出入境检验检疫局安溪办事处"}


def test_a_committee_named_only_inside_two_plenary_sessions_of_one_term_is_no_mention():
    # guide D66/D9 (an organ named only inside its meeting's name is no mention): a 2016 Guangxi regional notice writes
    # two sessions of one term and the enlarged session's bracket; a 2013 Hunan one writes the bracket half-width
    body = ("一、总体要求\n全面落实自治区党委十届六次、七次全委（扩大）会议部署，加快发展现代职业教育。\n")
    names = snippet_departments("关于加快发展现代职业教育的实施意见", "广西壮族自治区人民政府", "2016年3月2日", body)
    assert names == {}
    body = ("一、总体要求\n按照省委十届七次全委(扩大)会议精神，省委教育工委负责统筹。\n")
    names = snippet_departments("关于加强高校党建工作的意见", "湖南省人民政府", "2013年9月2日", body)
    assert names == {"中共湖南省委教育工作委员会": "省委教育工委"}


def test_a_places_establishment_authority_is_its_establishment_office_of_the_time():
    # guide D101 (BR 3: the organ that held the function in that place at the issue date, where data sources it) with
    # organ_function_offices.tsv: a 2012 Inner Mongolia regional notice's `自治区编制部门` is the region's 机构编制委员会
    # 办公室 (the government's before the 2018-2019 reforms); a 2021 Hunan provincial notice's `省机构编制部门` the
    # party committee's; a level word stays a collective as written
    body = ("四、保障措施\n自治区编制部门会同教育部门核定教职工编制。县级以上机构编制部门负责监督检查。\n")
    names = snippet_departments("关于加强中小学教师队伍建设的意见", "内蒙古自治区人民政府", "2012年8月6日", body)
    assert names == {"内蒙古自治区机构编制委员会办公室": "自治区编制部门", "教育部门": "教育部门",
                     "县级以上机构编制部门": "县级以上机构编制部门"}
    body = ("四、保障措施\n省机构编制部门负责核定编制。\n")
    names = snippet_departments("关于加强县域普通高中建设的意见", "湖南省人民政府", "2021年8月6日", body)
    assert names == {"中共湖南省委机构编制委员会办公室": "省机构编制部门"}


def test_a_levels_working_body_whose_slogan_stands_after_what_it_advances_carries_the_region():
    # spec 1.1 section 5 (a region prefix means the document's own jurisdiction) and guide D15: a 2020 Hunan city's plan
    # names its coordinating group with a quoted slogan nine characters in; the group and its office carry the city
    body = ("（一）强化组织领导。市推进政府职能转变和“放管服”改革协调小组要加强统筹。"
            "每月5日前报送市推进政府职能转变和“放管服”改革协调小组办公室。\n")
    names = snippet_departments("2020年优化营商环境工作要点", "岳阳市人民政府办公室", "2020年3月4日", body)
    assert names == {"岳阳市推进政府职能转变和“放管服”改革协调小组": "市推进政府职能转变和“放管服”改革协调小组",
                     "岳阳市推进政府职能转变和“放管服”改革协调小组办公室": "市推进政府职能转变和“放管服”改革协调小组办公室"}


def test_the_members_of_the_body_the_text_sets_up_written_with_its_kind_alone_are_one_collective():
    # guide D15 and S1 (成员单位: a collective as written): a 2020 Liaoning provincial opinion names the members of the
    # joint meeting it sets up by the body's kind alone
    body = ("一、重点任务\n（一）建立联席会议制度。由省卫生健康委牵头，联席会议成员单位配合。\n")
    names = snippet_departments("关于促进3岁以下婴幼儿照护服务发展的实施意见", "辽宁省人民政府办公厅", "2020年3月4日", body)
    assert names == {"辽宁省卫生健康委员会": "省卫生健康委", "联席会议成员单位": "联席会议成员单位"}


def test_a_fire_brigades_squad_is_no_department():
    # guide D26 (the fire and rescue force and its units, 大队, 中队, 站, are not departments): a 2021 Guizhou county's
    # plan names a brigade's squad in a town beside the police station there, which stays
    body = ("三、职责分工\n责任单位：县消防救援大队城关中队、县公安局城关派出所\n")
    names = snippet_departments("2021年城关镇消防安全专项整治方案", "黔西县人民政府", "2021年4月6日", body)
    assert "黔西县消防救援大队城关中队" not in names and "黔西县公安局城关派出所" in names


def test_the_members_clause_that_gives_a_bodys_make_up_names_no_collective():
    # the same read against the grammar: `联席会议成员单位由…组成` in a 2016 Guizhou county's rule gives the body's make-up
    body = ("第二十三条　县城市管理局应当建立建筑垃圾管理联席会议制度。联席会议成员单位由县城市管理局、县公安局组成。\n")
    names = snippet_departments("建筑垃圾管理办法", "湄潭县人民政府", "2016年5月3日", body)
    assert "联席会议成员单位" not in names
