"""Organ names by their grammar (session 8): county and township party and discipline organs, verbs
ending before a place that shares their characters. Snippets written for these tests in the style of
provinces, levels and eras other than the opened notices (Henan, Hunan, Guangxi, Gansu counties)."""
from tests.test_organs_s5 import _run


def test_discipline_commission_and_supervisory_commission_written_together():
    # a Henan county notice: 县纪委监委 (合署办公) names the party's commission and the state's
    names, triples = _run("一、工作任务\n（一）县纪委监委负责监督执纪问责，县委办、县政府办负责督查。\n",
                          "河南省周口市郸城县", "county")
    assert names == {"中共郸城县纪律检查委员会": "县纪委监委", "郸城县监察委员会": "县纪委监委",
                     "中共郸城县委办公室": "县委办", "郸城县人民政府办公室": "县政府办"}
    assert ("一/(一)", "郸城县监察委员会", "responsible") in triples
    assert ("一/(一)", "中共郸城县纪律检查委员会", "responsible") in triples


def test_discipline_pair_with_the_level_written_twice():
    # a Hunan district plan: 区纪委区监委 is two organs, not one 区纪委区监委
    names, triples = _run("一、工作任务\n（一）区纪委区监委、区委组织部牵头，区委统战部、区委编办配合。\n",
                          "湖南省长沙市岳麓区", "county")
    assert names == {"中共长沙市岳麓区纪律检查委员会": "区纪委", "长沙市岳麓区监察委员会": "区监委",
                     "中共长沙市岳麓区委组织部": "区委组织部", "中共长沙市岳麓区委统一战线工作部": "区委统战部",
                     "中共长沙市岳麓区委机构编制委员会办公室": "区委编办"}
    assert ("一/(一)", "长沙市岳麓区监察委员会", "lead") in triples


def test_discipline_pair_at_provincial_and_central_level():
    names, _ = _run("一、工作任务\n（一）自治区纪委监委牵头。\n", "广西壮族自治区", "province")
    assert names == {"中共广西壮族自治区纪律检查委员会": "自治区纪委监委", "广西壮族自治区监察委员会": "自治区纪委监委"}
    names, _ = _run("一、工作任务\n（一）中央纪委国家监委、中央组织部负责。\n", "全国", "central")
    assert names == {"中共中央纪律检查委员会": "中央纪委", "国家监察委员会": "国家监委", "中共中央组织部": "中央组织部"}


def test_a_verb_ending_in_a_one_character_countys_name_before_the_county_marker():
    # a Gansu county (陇南, where 成县 lies): 责成县交通局 is 责成 + the document's county bureau
    names, _ = _run("一、工作任务\n（一）责成县交通局限期整改，会同市财政局研究。\n", "甘肃省陇南市西和县", "county")
    assert names == {"西和县交通运输局": "县交通局", "陇南市财政局": "市财政局"}
    # an Anhui county of 马鞍山 (where 和县 lies), a Shandong county (单县, 费县 lie in the province)
    names, _ = _run("一、工作任务\n（一）所需经费县财政予以保障，完成县政府交办的任务，对省级示范县教育局给予奖励。\n",
                    "安徽省马鞍山市含山县", "county")
    assert names == {"含山县人民政府": "县政府", "含山县教育局": "县教育局"}


def test_a_one_character_county_after_its_city_stays_that_county():
    # a prefecture notice naming its county: 马鞍山市和县 is the county 和县, not 市 + 和 + 县
    names, _ = _run("一、工作任务\n（一）马鞍山市和县人民政府负责。陇南市成县交通运输局配合。\n", "安徽省马鞍山市", "prefecture")
    # (the quotes: how a county written after its city is named is the chain rule's, not this one's)
    assert sorted(names.values()) == ["陇南市成县交通运输局", "马鞍山市和县人民政府"]


def test_a_committee_office_before_the_verb_du_ban():
    # 县委办督办 is 县委办 + 督办 (to supervise), not an office 委办督办公室
    names, _ = _run("一、工作任务\n（一）由县委办督办，县政府办督办。\n", "山东省菏泽市郓城县", "county")
    assert names == {"中共郓城县委办公室": "县委办", "郓城县人民政府办公室": "县政府办"}


def test_township_police_station_in_a_township_notice():
    # a Hubei town's plan (the county is named 公安县: its 公安 is no police bureau before 派出所); (s22, guide D39)
    # the bare 镇派出所 is the town's, named with the town in front
    names, _ = _run("一、工作任务\n（一）镇党委、镇政府负责，镇派出所、镇纪委配合。\n", "湖北省荆州市公安县埠河镇", "township")
    chain = "公安县埠河镇"  # (s9: a town's organs carry its county, not the province)
    assert names == {f"中共{chain}委员会": "镇党委", f"{chain}人民政府": "镇政府",
                     f"{chain}派出所": "镇派出所", f"中共{chain}纪律检查委员会": "镇纪委"}


def test_township_police_station_of_a_city_district():
    # a street of a Chengdu district: (s22, guide D39) the bare 街道派出所 is the street's, named with the street's
    # chain in front (no longer after the district's police branch, 分局, of the city's bureau)
    names, _ = _run("一、工作任务\n（一）街道派出所牵头。\n", "四川省成都市武侯区玉林街道", "township")
    assert names == {"成都市武侯区玉林街道派出所": "街道派出所"}


def test_towns_stations_of_a_kind_in_a_county_notice():
    # an Anhui county notice: the towns' dispatched organs as a kind, the shared 各乡镇 distributed
    names, _ = _run("一、工作任务\n（一）各乡镇派出所要加强巡查，各司法所负责排查，各乡镇司法所、财政所配合，"
                    "各乡镇（街道）综合行政执法队参与。\n", "安徽省六安市霍邱县", "county")
    assert names == {"各乡镇派出所": "各乡镇派出所", "各司法所": "各司法所", "各乡镇司法所": "各乡镇司法所",
                     "各乡镇财政所": "财政所", "各乡镇（街道）综合行政执法队": "各乡镇（街道）综合行政执法队"}


def test_a_committees_departments_as_a_kind():
    # a Sichuan county and a Hunan district: 县委各部委 is one collective with its level, not 县委 + 各部委
    names, _ = _run("一、工作任务\n（一）县委各部委、县直各单位要高度重视。\n", "四川省南充市仪陇县", "county")
    assert names == {"仪陇县委各部委": "县委各部委"}  # (县直各单位: no department, guide D30)
    names, _ = _run("一、工作任务\n（一）区委各部委办局要认真贯彻。\n", "湖南省长沙市岳麓区", "county")
    assert names == {"长沙市岳麓区委各部委办局": "区委各部委办局"}


def test_towns_and_streets_party_committees_and_governments_with_bracketed_alternatives():
    # a Sichuan county and a Chongqing district: the shared 各乡镇（街道） runs along both heads, as written
    names, _ = _run("一、工作任务\n（一）各乡镇（街道）党（工）委、政府（办事处）负责组织实施。\n", "四川省南充市仪陇县", "county")
    assert names == {"各乡镇（街道）党（工）委": "各乡镇（街道）党（工）委、政府（办事处）",
                     "各乡镇（街道）政府（办事处）": "各乡镇（街道）党（工）委、政府（办事处）"}
    names, triples = _run("一、工作任务\n（一）各乡镇（街道）党委、政府（办事处）负责，各乡镇党委、政府配合。\n", "重庆市綦江区", "county")
    assert set(names) == {"各乡镇（街道）党委", "各乡镇（街道）政府（办事处）", "各乡镇党委", "各乡镇政府"}
    assert ("一/(一)", "各乡镇（街道）政府（办事处）", "responsible") in triples


def test_a_city_bureaus_branch_in_the_documents_county():
    # a Zhejiang county plan after the 2019 reform: the county's ecology office is the city bureau's branch
    names, _ = _run("一、工作任务\n（一）市生态环境局县分局、县水利局负责。\n", "浙江省丽水市缙云县", "county")
    assert names == {"丽水市生态环境局缙云分局": "市生态环境局县分局", "缙云县水利局": "县水利局"}


def test_a_county_post_office_is_not_the_state_post_bureau():
    # a Guizhou county notice: 县邮政局 (the county's post office) is no central organ; undated, it is read as recent, and
    # a local 邮政局 after the 2006 separation is the China Post enterprise's branch (guide D102), no organ at all
    names, _ = _run("一、工作任务\n（一）县气象局、县邮政局负责。\n", "贵州省黔南布依族苗族自治州瓮安县", "county")
    assert names == {"瓮安县气象局": "县气象局"}
    assert "国家邮政局" not in names


def test_an_organ_named_only_inside_a_designation_it_confers():
    # a Jilin provincial plan (guide D21: `…部重点实验室` names no organ)
    names, _ = _run("一、工作任务\n（一）申报农业农村部重点实验室、国家林草局生态定位站、省科技厅创新平台、国家发展改革委示范基地，"
                    "省科技厅负责组织推荐。\n", "吉林省", "province")
    assert names == {"吉林省科学技术厅": "省科技厅"}


def test_county_offices_written_short_and_the_banks_county_branch():
    # a Hubei county notice: 县人行 is the People's Bank's county branch, 县文明办/县国动办 the county's offices,
    # 县交警大队 the county police's traffic brigade; 人行道 is a pavement
    names, _ = _run("一、工作任务\n（一）县人行、县文明办、县国动办、县交警大队负责，市人民银行配合。人行道要畅通，倡导文明办公。\n",
                    "湖北省襄阳市南漳县", "county")
    assert names == {"中国人民银行南漳县支行": "县人行", "南漳县文明办": "县文明办",
                     "南漳县国防动员办公室": "县国动办", "南漳县公安局交通警察大队": "县交警大队",
                     "中国人民银行襄阳市中心支行": "市人民银行"}


def test_a_city_districts_police_is_a_branch_of_the_city_bureau():
    # a Tianjin district plan: 区公安分局 is 天津市公安局和平分局, as on its seal
    names, _ = _run("一、工作任务\n（一）区公安分局、区民政局负责。\n", "天津市和平区", "county")
    assert names == {"天津市公安局和平分局": "区公安分局", "天津市和平区民政局": "区民政局"}


def test_article_style_departments_of_a_level_government():
    # a Hebei prefecture's regulation (articles, 2000s wording)
    names, _ = _run("第五条 市人民政府民政行政主管部门负责全市工作，市人民政府城市管理行政主管部门负责监督，区人民政府市容环境卫生行政主管部门负责本辖区工作。"
                    "规划、建设、公安、工商等行政管理部门按照各自职责，协同实施本条例。\n", "河北省石家庄市", "prefecture")
    # (an authority named by its function at a written level: as written, region written out, organs-s7)
    assert names == {"石家庄市人民政府民政行政主管部门": "市人民政府民政行政主管部门",
                     "区人民政府市容环境卫生行政主管部门": "区人民政府市容环境卫生行政主管部门",
                     "石家庄市人民政府城市管理行政主管部门": "市人民政府城市管理行政主管部门",
                     "规划部门": "规划", "建设部门": "建设", "公安部门": "公安", "工商部门": "工商"}


def test_a_labour_department_of_the_1990s_under_the_local_governments():
    # a State Council regulation of the 1990s-2000s: 劳动行政部门 under 县级以上地方各级人民政府
    names, _ = _run("第七条 县级以上地方各级人民政府劳动行政部门负责本行政区域内的劳动保障监察工作。\n", "全国", "central")
    assert names == {"县级以上地方各级人民政府劳动行政部门": "县级以上地方各级人民政府劳动行政部门"}


def test_a_towns_committee_and_government_sharing_the_level_in_a_township_notice():
    # a Hunan town's plan and a Shenzhen street's: 镇党委、政府 / 街道党工委、办事处 name both own organs
    chain = "隆回县桃洪镇"  # (s9: a town's organs carry its county, not the province)
    names, triples = _run("一、工作任务\n（一）镇党委、政府负责。\n", "湖南省邵阳市隆回县桃洪镇", "township")
    assert names == {f"中共{chain}委员会": "镇党委", f"{chain}人民政府": "政府"}
    assert triples == {("一/(一)", f"{chain}人民政府", "responsible"), ("一/(一)", f"中共{chain}委员会", "responsible")}
    chain = "深圳市龙岗区布吉街道"  # (s9: a town's organs carry its county, not the province)
    names, _ = _run("一、工作任务\n（一）街道党工委、办事处负责，街道办配合。\n", "广东省深圳市龙岗区布吉街道", "township")
    assert names == {f"中共{chain}工作委员会": "街道党工委", f"{chain}办事处": "办事处"}


def test_a_towns_committee_and_government_in_a_county_notice_stay_as_written():
    names, _ = _run("一、工作任务\n（一）镇党委、政府要高度重视，各镇党委、政府抓好落实。\n", "湖南省邵阳市隆回县", "county")
    assert names == {"镇党委": "镇党委", "镇政府": "政府", "各镇党委": "各镇党委、政府", "各镇政府": "各镇党委、政府"}


def test_the_level_written_again_after_a_named_committee_in_a_central_notice():
    # a State Council reply: 广东省委、省政府 / 成都市委、市政府 -> the same place's government
    names, _ = _run("一、工作任务\n（一）广东省委、省政府负责。成都市委和市政府配合。\n", "全国", "central")
    assert names == {"中共广东省委员会": "广东省委", "广东省人民政府": "省政府",
                     "中共成都市委员会": "成都市委", "成都市人民政府": "市政府"}


def test_a_reservoir_area_is_no_district_marker():
    # 三峡库区…指挥部: 库区 is a reservoir area, its 区 opens no district organ
    names, _ = _run("一、工作任务\n（一）库区移民工作领导小组办公室、湖北省地震局等单位专家参加。\n", "全国", "central")
    assert names == {"库区移民工作领导小组办公室": "库区移民工作领导小组办公室", "湖北省地震局": "湖北省地震局"}


def test_a_countys_congress_and_civilisation_commission_written_short():
    # a Shaanxi county notice: the 四大家 and the county's 文明委; 人大代表 is a seat, 人大附中 a school
    names, _ = _run("一、工作任务\n（一）县委、县人大、县政府、县政协领导分片包干。县人大代表、人大附中参加。县文明委负责。\n",
                    "陕西省渭南市蒲城县", "county")
    assert names == {"中共蒲城县委员会": "县委", "蒲城县人民代表大会": "县人大", "蒲城县人民政府": "县政府",
                     "中国人民政治协商会议蒲城县委员会": "县政协", "蒲城县精神文明建设委员会": "县文明委"}


def test_a_provinces_overseas_chinese_and_taiwan_offices():
    # a Fujian provincial notice: the government's 侨办/台办 (人民政府…办公室, like 外办), the committee's 台办
    names, _ = _run("一、工作任务\n（一）省侨办、省台办、省委台办负责。群众可通过网络服务平台办理。\n", "福建省", "province")
    assert names == {"福建省人民政府侨务办公室": "省侨办", "福建省台办": "省台办",
                     "中共福建省委台湾工作办公室": "省委台办"}


def test_river_and_forest_chief_offices_written_short():
    # a Zhejiang county notice (河长制 2016-, 林长制 2021-): 县河长办 is the county's 河长制办公室
    names, _ = _run("一、工作任务\n（一）县河长办设在县水利局，县林长办负责。\n", "浙江省衢州市常山县", "county")
    assert names == {"常山县河长制办公室": "县河长办", "常山县水利局": "县水利局", "常山县林长制办公室": "县林长办"}


def test_towns_and_streets_as_a_kind_in_an_assignment():
    # a Guangdong district's task list (镇街, towns and streets) and a Jiangxi county's (各相关乡镇)
    _, triples = _run("一、工作任务\n（一）推进项目建设。（牵头单位：区发改局；责任单位：各镇街、区直有关部门）\n",
                      "广东省佛山市南海区", "county")
    assert triples == {("一/(一)", "佛山市南海区发展和改革局", "lead"), ("一/(一)", "各镇街", "co"),
                       ("一/(一)", "佛山市南海区直有关部门", "co")}
    names, _ = _run("一、工作任务\n（一）加强监管。（牵头单位：县市场监管局；责任单位：各相关乡镇、各有关街道）\n",
                    "江西省九江市都昌县", "county")
    assert names == {"都昌县市场监督管理局": "县市场监管局", "各相关乡镇": "各相关乡镇", "各有关街道": "各有关街道"}


def test_a_committees_and_governments_joint_office():
    # a Gansu county notice: 县委县政府督查室 is the committee's and the government's 督查室 (a shared head)
    names, _ = _run("一、工作任务\n（一）县委县政府督查室督办，市委、市政府办公室配合。县委，县政府办公室负责。\n",
                    "甘肃省平凉市静宁县", "county")
    assert names == {"中共静宁县委督查室": "县委", "静宁县人民政府督查室": "县政府督查室",
                     "中共平凉市委办公室": "市委", "平凉市人民政府办公室": "市政府办公室",
                     "中共静宁县委员会": "县委", "静宁县人民政府办公室": "县政府办公室"}


def test_schools_and_institutes_named_by_the_organ_over_them():
    # a Hunan city's talent policy: 教育部直属高校, 中国科学院所属院所 are kinds of schools and institutes (guide D21)
    names, _ = _run("一、工作任务\n（一）支持教育部直属高校、中国科学院所属院所、省国资委及其监管企业参与，省委组织部负责。\n",
                    "湖南省长沙市", "prefecture")
    assert names == {"湖南省人民政府国有资产监督管理委员会": "省国资委", "中共湖南省委组织部": "省委组织部"}


def test_party_and_government_organs_as_a_kind_with_a_determiner():
    # a Hubei county notice: 各级党政机关, 县直党政机关 are collectives; bare 党政机关 is a category (spec 1.1 section 5)
    names, _ = _run("一、工作任务\n（一）党政机关要带头。各级党政机关要厉行节约，县直党政机关负责。\n", "湖北省宜昌市远安县", "county")
    assert names == {"各级党政机关": "各级党政机关", "远安县直党政机关": "县直党政机关"}


def test_committees_and_governments_of_levels_of_a_kind():
    # a Hubei county notice: 县乡两级党委政府 (was 远安县 + 乡两级党委), 市县两级党委和政府, 县乡两级政府
    names, _ = _run("一、工作任务\n（一）县乡两级党委政府负责，市县两级党委和政府支持，县乡两级政府落实。\n",
                    "湖北省宜昌市远安县", "county")
    assert names == {"县乡两级党委": "县乡两级党委政府", "县乡两级政府": "县乡两级党委政府",
                     "市县两级党委": "市县两级党委和政府", "市县两级政府": "市县两级党委和政府"}
