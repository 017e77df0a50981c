"""Organs written with a function, bodies of every level and two-level governments (issue 12,
session 5, second pass). Snippets written for these tests in the style of other provinces,
levels and eras than the notices that raised the rules."""
from tests.test_organs_s5 import _run


def test_a_sectors_department_named_by_its_function_is_kept_as_written():
    # a Zhejiang prefecture's 办法 (articles), 2010s
    names, triples = _run("第一章 总则\n第一条 为做好老年人优待工作，制定本办法。\n"
                          "第二条 市老龄工作机构负责全市老年人优待工作的组织协调，区老龄工作机构负责本辖区的具体工作。\n"
                          "第三条 文物保护部门、新闻宣传部门和文化市场执法部门按照各自职责做好相关工作。\n",
                          "浙江省温州市", "prefecture")
    assert names == {"温州市老龄工作机构": "市老龄工作机构", "区老龄工作机构": "区老龄工作机构",
                     "文物保护部门": "文物保护部门", "新闻宣传部门": "新闻宣传部门", "文化市场执法部门": "文化市场执法部门"}
    assert triples == {("第一章/第二条", "温州市老龄工作机构", "responsible"),
                       ("第一章/第二条", "区老龄工作机构", "responsible")}


def test_a_body_inside_a_department_and_bodies_to_be_built_are_not_organs():
    # a Hubei provincial 办法: the department's own data office; building up work bodies
    names, _ = _run("一、要求\n（一）各单位应当将本部门统计工作机构报省统计局备案。加强档案工作机构和队伍建设。\n",
                    "湖北省", "province")
    assert set(names) == {"湖北省统计局"}


def test_working_bodies_of_every_level_and_congresses_of_every_level():
    # a Jiangxi provincial 规划, 2010s
    names, _ = _run("一、保障措施\n（一）健全各级党委农村工作领导小组工作机制，设置各级人民政府教育督导机构。"
                    "主动接受各级人大监督，支持各级政协开展民主监督。\n", "江西省", "province")
    assert set(names) == {"各级党委农村工作领导小组", "各级人民政府教育督导机构", "各级人大", "各级政协"}


def test_governments_of_two_levels_and_committees_of_a_kind_of_unit():
    # a Gansu provincial 意见: 市县政府, 高校党委, 国家有关部门; 高校党委领导下的校长负责制 is a system
    names, _ = _run("一、任务\n（一）将该项工作列入市县政府考核，落实高校党委主体责任，争取国家有关部门支持。"
                    "坚持高校党委领导下的校长负责制。\n", "甘肃省", "province")
    assert set(names) == {"市县政府", "高校党委", "国家有关部门"}


def test_function_named_authorities_sharing_a_head_and_authorities_over_a_unit():
    # a Hunan provincial 意见 (2000s): 公安、检察和审判机关; the original and the unit's authority
    names, _ = _run("一、要求\n（一）建立与公安、检察和审判机关的衔接机制。向原发证机关申请变更，执业机构主管部门审核，"
                    "用人单位主管部门备案。\n", "湖南省", "province")
    assert names == {"公安机关": "公安", "检察机关": "检察", "审判机关": "审判机关", "原发证机关": "原发证机关",
                     "执业机构主管部门": "执业机构主管部门", "用人单位主管部门": "用人单位主管部门"}


def test_a_reply_letters_past_work_assigns_and_a_responsibility_system_does_not():
    # a central 函 of the 2000s replying to a province: 已会同 is past work, still lead and co (guide R9);
    # 统一负责制的…申请表 is a form, 负责制定 a duty
    _, triples = _run("一、关于水库移民问题。\n水利部已会同财政部、民政部等部门研究提出了办理意见。\n"
                      "二、关于申请表。\n（一）省级卫生行政部门统一负责制的申请表；\n"
                      "三、关于号牌。\n公安部负责制定号牌管理办法。\n", "全国", "central", ["国务院办公厅"])
    assert triples == {("一", "水利部", "lead"), ("一", "财政部", "co"), ("一", "民政部", "co"),
                       ("三", "公安部", "responsible")}


def test_a_provincial_party_committees_office_for_taiwan_hong_kong_and_macao():
    names, _ = _run("一、要求\n（一）省委台港澳办牵头做好港澳青年交流工作。\n", "福建省", "province")
    assert names == {"中共福建省委台港澳工作办公室": "省委台港澳办"}


def test_the_addressees_jurisdiction_written_with_you():
    # a provincial 批复 to a city (Jiangsu style, 2000s): 你市 is the addressee's city (guide D20)
    names, _ = _run("江苏省人民政府关于同意设立某开发区的批复\n苏政复〔2006〕12号\n徐州市人民政府：\n"
                    "你市《关于设立开发区的请示》收悉。经研究，同意设立。请你市有关部门抓紧做好规划工作，省有关部门给予支持。\n"
                    "江苏省人民政府\n2006年3月2日\n", "江苏省", "province")
    assert names == {"徐州市有关部门": "市有关部门", "江苏省有关部门": "省有关部门"}


def test_departments_named_by_their_step_or_by_a_sectors_supervision():
    # a Guizhou provincial notice on coal mines (2010s) and a Liaoning 办法's review steps
    names, _ = _run("一、工作要求\n（一）各市（州）煤矿安全监管部门要加强日常检查，县煤矿安全监管部门汇总后报送。"
                    "申请人对认定部门意见有异议的，可向复核部门申请复核，受理部门应当在5个工作日内答复。\n",
                    "贵州省", "province")
    assert names == {"各市（州）煤矿安全监管部门": "各市（州）煤矿安全监管部门", "县煤矿安全监管部门": "县煤矿安全监管部门",
                     "认定部门": "认定部门", "复核部门": "复核部门", "受理部门": "受理部门"}


def test_places_of_a_kind_before_a_function_named_department():
    # a Henan prefecture's 规定 (articles)
    names, _ = _run("第一章 总则\n第一条 为加强安全生产管理，制定本规定。\n"
                    "第二条 生产经营单位应当每年向县（市、区）负有安全生产监督管理职责的部门报告本单位安全生产情况。\n",
                    "河南省洛阳市", "prefecture")
    assert names == {"县（市、区）负有安全生产监督管理职责的部门": "县（市、区）负有安全生产监督管理职责的部门"}


def test_the_level_of_congresses_is_shared_by_cppcc_committees_and_awards_are_no_organs():
    # a Jiangxi provincial 规划 (2010s): 人大 and 政协 written as a pair; an award named for the government
    names, _ = _run("一、保障\n（一）主动接受各级人大执法监督和政协民主监督，自觉接受同级人大、政协监督。"
                    "设立“江西省政府友好城市留学生奖学金”。\n", "江西省", "province")
    assert names == {"各级人大": "各级人大", "各级政协": "政协", "同级人大": "同级人大", "同级政协": "政协"}


def test_a_later_clause_without_subject_takes_the_latest_organ_subject():
    # a central 函 (2000s): the organ opens the second clause, 同时将会同 follows it
    _, triples = _run("一、关于农村医疗问题。\n目前，卫生部正在对有关办法进行修订，同时将会同财政部、民政部等部门研究完善补助政策。\n",
                      "全国", "central", ["国务院办公厅"])
    assert triples == {("一", "卫生部", "lead"), ("一", "财政部", "co"), ("一", "民政部", "co")}


def test_short_forms_whose_full_name_is_the_places_own():
    # a Xuhui district notice of the 2010s (区规土局, 市规土局) and a Shandong city notice citing 省畜牧局
    names, _ = _run("一、职责\n（一）区规土局会同市规土局做好规划编制。\n", "上海市徐汇区", "county")
    assert names == {"上海市徐汇区规划和土地管理局": "区规土局", "上海市规划和国土资源管理局": "市规土局"}
    names, _ = _run("一、职责\n（一）积极争取省畜牧局支持。\n", "山东省潍坊市", "prefecture")
    assert names == {"山东省畜牧兽医局": "省畜牧局"}


def test_food_and_drug_supervision_of_the_2013_2018_era():
    # a Hubei prefecture notice of 2015: the city's 食品药品监督管理局 and bare sectors of the era
    names, _ = _run("一、要求\n（一）市食品药品监管部门加强检查，食品药品监管、卫生计生等部门配合。\n", "湖北省宜昌市", "prefecture")
    assert names == {"宜昌市食品药品监督管理局": "市食品药品监管部门", "食品药品监管部门": "食品药品监管", "卫生计生部门": "卫生计生"}


def test_sectors_of_the_2000s_in_lists_and_under_a_level():
    # a Hebei county notice of 2006: the era's portfolios written bare and under the county level
    names, _ = _run("一、要求\n（一）工商、质监、安监、物价等部门加强检查，县安监部门牵头组织，县国土部门配合。\n",
                    "河北省石家庄市正定县", "county")
    assert names == {"工商部门": "工商", "质监部门": "质监", "安监部门": "安监", "物价部门": "物价",
                     "正定县安全生产监督管理局": "县安监部门", "正定县国土资源局": "县国土部门"}


def test_collectives_that_qualify_are_a_category():
    # a Shaanxi city 意见 (2010s): 有条件的 + a collective, like 有条件的县（市、区）
    names, _ = _run("一、措施\n（一）推动有条件的行政机关、企事业单位开放场馆，有关部门加强指导。\n", "陕西省宝鸡市", "prefecture")
    assert names == {"有关部门": "有关部门"}
