"""Organ names by their grammar (session 12): township offices and stations, verbs before a bare
township level, Inner Mongolia's banners (旗) and sumu, working bodies' offices after a level marker.
Snippets written for these tests in the style of provinces, levels and eras other than the opened
notices (Yunnan, Sichuan, Inner Mongolia, Hubei, Hunan, Guizhou counties and townships)."""
from tests.test_organs_s5 import _run


def test_a_verb_before_the_bare_township_level_is_no_town():
    # a Yunnan township notice: 已经镇人民政府同意 names the town's own government, not a town 已经镇
    names, _ = _run("一、工作要求\n（一）《金牛镇秸秆禁烧工作方案》已经镇人民政府同意，现印发执行。报经镇政府批准后实施。\n",
                    "云南省大理白族自治州宾川县金牛镇", "township")
    assert names == {"宾川县金牛镇人民政府": "镇人民政府"}


def test_a_named_town_of_the_table_keeps_its_name():
    # a Sichuan county plan naming a town whose name opens like a verb is still read by the table
    names, _ = _run("一、工作任务\n（一）龙泉乡人民政府负责组织实施，县财政局配合。\n", "四川省凉山彝族自治州会理县", "county")
    assert names["会理县财政局"] == "县财政局"
    assert not any(n.startswith(("已经", "经")) for n in names)


def test_town_government_office_and_reform_era_centres():
    # a Hunan town's plan after the 2019 township reform ("办+中心"), and its government's office
    names, _ = _run("一、职责分工\n（一）镇农业综合服务中心负责技术推广；镇综合文化站负责宣传；镇统计站负责数据报送。\n"
                    "（二）镇政府办负责综合协调，镇党政办公会议定期研究。镇政府办理相关手续。\n",
                    "云南省大理白族自治州宾川县金牛镇", "township")
    c = "宾川县金牛镇"
    assert names == {c + "农业综合服务中心": "镇农业综合服务中心", c + "综合文化站": "镇综合文化站",
                     c + "统计站": "镇统计站", c + "人民政府办公室": "镇政府办",
                     c + "人民政府": "镇政府"}  # (镇政府办理: the government, doing the 办理)


def test_a_township_office_word_before_office_work_is_no_office():
    # 政府办公会议, 党政办公会: meetings held in office work, not the offices 政府办 / 党政办
    names, _ = _run("一、工作程序\n（一）项目由政府办公会议集体审议，经镇党政办公会研究后由镇党政办公室负责实施。\n",
                    "云南省大理白族自治州宾川县金牛镇", "township")
    assert names == {"宾川县金牛镇党政办公室": "镇党政办公室"}


def test_a_banner_level_shared_by_a_list_of_sectors():
    # an Inner Mongolia banner plan: 旗网信、公安、保密等部门 are the banner's three organs; 旗政务服务局 (政务
    # after a level opens an organ, unlike 市政 a city's public works)
    names, _ = _run("一、工作任务\n（一）旗政务服务局应当会同旗网信、公安、保密等部门建立数据安全管理制度。\n",
                    "内蒙古自治区赤峰市翁牛特旗", "county")
    assert names == {"翁牛特旗政务服务局": "旗政务服务局",
                     "中共翁牛特旗委网络安全和信息化委员会办公室": "旗网信",
                     "翁牛特旗公安局": "公安", "翁牛特旗国家保密局": "保密"}


def test_this_banner_and_the_banners_own_departments():
    # 本旗各级人民政府, 旗直有关部门, 我旗各有关部门: the banner's collectives with the region written out
    names, _ = _run("一、保障措施\n（一）本旗各级人民政府和旗直有关部门要密切配合。\n（二）我旗各有关部门要按照职责抓好落实。\n",
                    "内蒙古自治区呼伦贝尔市阿荣旗", "county")
    assert names == {"阿荣旗各级人民政府": "旗各级人民政府", "阿荣旗直有关部门": "旗直有关部门",
                     "阿荣旗各有关部门": "旗各有关部门"}


def test_a_banner_word_is_no_level_before_a_list():
    # 红旗 ends a word: no banner's organs in 红旗、国旗教育部门
    names, _ = _run("一、工作任务\n（一）开展红旗、国旗教育活动，由教育部门负责。\n", "内蒙古自治区赤峰市翁牛特旗", "county")
    assert names == {"教育部门": "教育部门"}


def test_every_sumu_and_town_of_a_banner():
    # 各苏木镇 / 各苏木乡镇: the banner's townships as one collective each, as written
    names, _ = _run("一、工作任务\n（一）全旗各苏木镇要落实属地责任，各苏木乡镇人民政府负责组织实施。\n",
                    "内蒙古自治区兴安盟扎赉特旗", "county")
    assert names == {"各苏木镇": "各苏木镇", "各苏木乡镇人民政府": "各苏木乡镇人民政府"}


def test_the_office_of_a_headquarters_after_a_level_marker():
    # a Hubei county plan: 县森林防火指挥部办公室 is the county's office of that headquarters
    names, _ = _run("一、组织领导\n（一）县防汛抗旱指挥部办公室负责日常工作。\n（二）县防汛抗旱指挥部和县森林防火指挥部办公室负责督查，"
                    "县森林防火指挥部办公室和县应急管理局配合。\n", "湖北省宜昌市长阳土家族自治县", "county")
    c = "长阳土家族自治县"
    assert names == {c + "防汛抗旱指挥部办公室": "县防汛抗旱指挥部办公室", c + "防汛抗旱指挥部": "县防汛抗旱指挥部",
                     c + "森林防火指挥部办公室": "县森林防火指挥部办公室", c + "应急管理局": "县应急管理局"}


def test_the_office_of_a_joint_meeting_after_a_level_marker():
    # a Guizhou prefecture notice: 州…联席会议办公室 under the autonomous prefecture's level
    names, _ = _run("一、组织领导\n（一）市农村改革联席会议办公室负责统筹协调。\n", "湖南省衡阳市", "prefecture")
    assert names == {"衡阳市农村改革联席会议办公室": "市农村改革联席会议办公室"}


def test_more_township_stations_and_offices():
    # a Henan town's web notice, an Inner Mongolia town's, a Zhejiang town's (2016): 村镇建设服务中心, 草原站, 财政办
    names, _ = _run("一、职责分工\n（一）镇村镇建设服务中心负责危房改造；镇草原站负责火情监测；镇财政办负责资金保障。\n",
                    "河南省南阳市邓州市彭桥镇", "township")
    c = "邓州市彭桥镇"
    assert names == {c + "村镇建设服务中心": "镇村镇建设服务中心", c + "草原站": "镇草原站", c + "财政办公室": "镇财政办"}


def test_a_bracket_with_a_second_name_left_open_by_the_stem():
    # a Henan county notice of 2012: 县纪委（监察局） is the commission under its co-located sign (guide D12:
    # named by the main name), never a name cut inside the bracket
    names, _ = _run("一、工作要求\n（一）县纪委（监察局）要加强监督检查，县财政局（金融办）配合。\n", "河南省周口市郸城县", "county")
    assert names == {"中共郸城县纪律检查委员会": "县纪委", "郸城县财政局": "县财政局"}
    names, _ = _run("一、工作要求\n（一）旗纪委（监察局）要加强监督检查，旗财政局（金融办）配合。\n",
                    "内蒙古自治区赤峰市翁牛特旗", "county")
    assert names == {"中共翁牛特旗纪律检查委员会": "旗纪委", "翁牛特旗财政局": "旗财政局"}


def test_the_governments_of_towns_and_zones_or_farms_run_as_towns():
    # a Jiangsu county-level city's notice (各镇（区）), a Heilongjiang county's (各乡（镇、场）)
    names, _ = _run("一、工作要求\n（一）各镇（区）人民政府是低保工作的责任主体，各乡（镇、场）人民政府配合。\n",
                    "江苏省南通市如皋市", "county")
    assert names == {"各镇（区）人民政府": "各镇（区）人民政府", "各乡（镇、场）人民政府": "各乡（镇、场）人民政府"}


def test_an_autonomous_prefecture_level_shared_by_a_list_and_its_own_departments():
    # a Guizhou autonomous prefecture's plan of 2017: 州水务、财政等部门, 州直有关部门; 广州 ends a word
    names, _ = _run("一、职责分工\n（一）州水务、财政等部门要加强指导，州直有关部门要密切配合。\n",
                    "贵州省黔东南苗族侗族自治州", "prefecture")
    c = "黔东南苗族侗族自治州"
    assert names == {c + "水务局": "州水务", c + "财政局": "财政", c + "直有关部门": "州直有关部门"}


def test_a_party_committees_inspection_bureau():
    # a Henan city's notice: 市委督查局 (a city committee's 督查局, as others have a 督查室)
    names, _ = _run("一、督导考核\n（一）市委督查局、市政府督查室负责督导考核。\n", "河南省郑州市", "prefecture")
    assert names == {"中共郑州市委督查局": "市委督查局", "郑州市人民政府督查室": "市政府督查室"}


def test_a_towns_centres_written_short_and_its_congress_and_union():
    # a town's notice in the Shanghai style ("6+2" centres written short), its congress and union after 镇
    names, _ = _run("一、职责分工\n（一）镇城建中心、镇网格化中心、镇党群中心负责；镇规划建设和环境保护办公室配合。\n"
                    "（二）镇人大、镇总工会要加强监督，镇人大代表积极参与。\n", "上海市金山区朱泾镇", "township")
    c = "上海市金山区朱泾镇"
    assert names == {c + "城建中心": "镇城建中心", c + "网格化中心": "镇网格化中心", c + "党群中心": "镇党群中心",
                     c + "规划建设和环境保护办公室": "镇规划建设和环境保护办公室",
                     c + "人民代表大会": "镇人大", c + "总工会": "镇总工会"}


def test_a_higher_levels_congress_and_union_in_a_township_notice():
    # 全国人大常委会, 中华全国总工会 in a town's notice stay the national organs (no town's 人大 or 总工会 without 镇)
    names, _ = _run("一、工作依据\n（一）根据全国人大常委会决定和中华全国总工会要求，镇党政办负责落实。\n",
                    "江苏省南通市如皋市吴窑镇", "township")
    assert names == {"全国人民代表大会常务委员会": "全国人大常委会", "中华全国总工会": "中华全国总工会",
                     "如皋市吴窑镇党政办公室": "镇党政办"}


def _record(text: str):
    from pipeline import process_text

    r = process_text(text)
    for d in r.departments:
        assert d.quote and d.quote in text
    return {d.name for d in r.departments}


def test_a_web_copys_source_line_and_glued_addressee_are_not_body():
    # a Hunan county's web copy that lost its breaks: the 来源 line is the page's, the addressee runs into
    # the first sentence and the signature into the last (guide G1: neither is body)
    names = _record("关于印发衡东县农村饮水安全工程实施方案的通知\n发布日期：2010-04-06　来源：衡东县人民政府办公室\n"
                    "各乡镇人民政府，县政府各部门，县直各单位：现将《衡东县农村饮水安全工程实施方案》印发给你们，请遵照执行。 "
                    "衡东县人民政府办公室 2010年4月6日\n衡东县农村饮水安全工程实施方案\n一、县水利局负责工程建设管理；县卫生局负责水质检测。\n")
    assert names == {"衡东县水利局", "衡东县卫生局"}


def test_a_central_notices_glued_addressee_of_place_kinds():
    names = _record("关于印发全民健身计划的通知\n来源：国务院办公厅\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：现将"
                    "《全民健身计划》印发给你们，请认真贯彻执行。\n全民健身计划\n一、体育总局牵头，教育部、财政部配合。\n")
    assert names == {"国家体育总局", "教育部", "财政部"}


def test_a_first_sentence_ending_in_a_colon_is_not_an_addressee():
    # a body-only copy's transition (为…，现通知如下：) stays body; its organs count
    names = _record("关于做好防汛工作的通知\n为做好防汛工作，经县政府同意，现通知如下：县水利局负责巡查。\n")
    assert any(n.endswith("县水利局") for n in names)
