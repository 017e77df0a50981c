"""Session 10b (s10b-organs): organs by construction class — collectives named by the step they take in
making a normative document, governments' departments as a collective, places of a kind written in one
word after 各, determiners listed with 各部门, sectors named by the side of their work, a level list
keeping its written head, sector words of lists. Every snippet was written for these tests in the style
of offices of other provinces, levels and eras (not copied from any corpus)."""


from tests.snippets import organs as _organs


def _item(body: str) -> str:
    return "一、工作任务\n（一）" + body + "\n"


def test_bodies_named_by_their_step_in_making_a_rule_are_collectives():
    # spec 1.1 section 5: organs named by their function are collectives, kept (发证机关, 法制审核机构)
    assert _organs(_item("起草单位应当在报送前将草案送本单位审核机构审核，未经审核的不得提交制定机关审议。"),
                   "全国", "central") == {"起草单位": "起草单位", "本单位审核机构": "本单位审核机构", "制定机关": "制定机关"}
    assert _organs(_item("乡镇规范性文件由起草部门报同级人民政府审核机构进行合法性审核。"), "江西省", "province") == {
        "起草部门": "起草部门", "同级人民政府审核机构": "同级人民政府审核机构"}
    assert _organs(_item("审核机构应当自收到材料之日起七个工作日内出具意见。"), "福建省", "province") == {
        "审核机构": "审核机构"}


def test_a_government_and_the_state_council_as_collectives_of_departments():
    assert _organs(_item("县级以上人民政府部门和国务院部门制定的规范性文件，应当依法备案。"), "全国", "central") == {
        "县级以上人民政府部门": "县级以上人民政府部门", "国务院部门": "国务院部门"}
    assert _organs(_item("各级人民政府部门要按照职责抓好落实。"), "甘肃省", "province") == {
        "各级人民政府部门": "各级人民政府部门"}


def test_places_of_a_kind_written_in_one_word_after_ge():
    # spec 1.1 section 5: a list of places sharing one 各 is one collective as written
    assert _organs(_item("各省区市水利厅局、各地市水利局和各县市水利局要加强协调。"), "全国", "central") == {
        "各省区市水利厅局": "各省区市水利厅局", "各地市水利局": "各地市水利局", "各县市水利局": "各县市水利局"}


def test_a_level_word_alone_before_ge_bumen_names_no_organ():
    # guide D28 (session 14): 各级 written alone before 、各部门 names no organ; 各部门 is kept
    assert _organs(_item("各级、各部门要把这项工作摆上重要议事日程。"), "河南省", "province") == {
        "各部门": "各部门"}


def test_a_sector_named_by_the_side_of_its_work_is_a_collective_as_written():
    cases = [
        ("为交通运输政务部门提供辅助决策支持。", {"交通运输政务部门": "交通运输政务部门"}),
        ("为水利政府部门提供准确的水资源查询服务。", {"水利政府部门": "水利政府部门"}),
        ("面向农业农村管理服务部门提供数据服务。", {"农业农村管理服务部门": "农业农村管理服务部门"}),
        ("强化各级农业信息化部门的统筹协调作用。", {"各级农业信息化部门": "各级农业信息化部门"}),
        ("整合全国水利部门各业务系统的数据资源。", {"全国水利部门": "全国水利部门"}),
        ("通过平台建设，气象相关部门的服务能力将进一步提升。", {"气象相关部门": "气象相关部门"}),
    ]
    for body, expected in cases:
        assert _organs(_item(body), "全国", "central") == expected, body
    # a verb that is also a sector word governs 有关部门: no sector
    assert _organs(_item("组织有关部门开展联合检查。"), "全国", "central") == {"有关部门": "有关部门"}
    # 等相关部门 only sums the list up (spec 1.1 section 5)
    assert _organs(_item("协调气象、农业等相关部门做好服务。"), "全国", "central") == {
        "气象部门": "气象", "农业部门": "农业"}


def test_a_level_list_keeps_its_written_head():
    # spec 1.1 section 5: a shared head is distributed; the other levels' departments as written
    assert _organs(_item("省、市、县水利主管部门要加大财政资金投入。"), "云南省", "province") == {
        "云南省水利厅": "省、市、县水利主管部门", "市水利主管部门": "省、市、县水利主管部门",
        "县水利主管部门": "省、市、县水利主管部门"}
    assert _organs(_item("省、市、县水利主管部门要加大财政资金投入。"), "全国", "central") == {
        "省水利主管部门": "省、市、县水利主管部门", "市水利主管部门": "省、市、县水利主管部门",
        "县水利主管部门": "省、市、县水利主管部门"}


def test_sector_words_of_lists():
    assert _organs(_item("会同卫生健康、中医药等部门开展联合督查。"), "浙江省", "province") == {
        "卫生健康部门": "卫生健康", "中医药部门": "中医药"}
    assert _organs(_item("加强与经济、科技、金融等部门的沟通协作。"), "全国", "central") == {
        "经济部门": "经济", "科技部门": "科技", "金融部门": "金融"}


def test_levels_written_with_ji_share_a_sector_head():
    # spec 1.1 section 5: a shared head is distributed; 省级X部门 is kept as written, so is each level
    assert _organs(_item("省级、地市级人力资源社会保障部门应当加强业务指导。"), "全国", "central") == {
        "省级人力资源社会保障部门": "省级、地市级人力资源社会保障部门",
        "地市级人力资源社会保障部门": "省级、地市级人力资源社会保障部门"}
    assert _organs(_item("省级、设区的市级生态环境主管部门负责监督检查。"), "全国", "central") == {
        "省级生态环境主管部门": "省级、设区的市级生态环境主管部门",
        "设区的市级生态环境主管部门": "省级、设区的市级生态环境主管部门"}


def test_governments_of_a_kind_and_their_departments():
    assert _organs(_item("县（市、区）人民政府部门应当按照职责落实。"), "四川省", "province") == {
        "县（市、区）人民政府部门": "县（市、区）人民政府部门"}
    assert _organs(_item("省、自治区、直辖市和设区的市人民政府部门制定的规章应当备案。"), "全国", "central") == {
        "省、自治区、直辖市和设区的市人民政府部门": "省、自治区、直辖市和设区的市人民政府部门"}
    # X或者其办公机构: the government's office, as 及其部门 (guide D21)
    assert _organs(_item("以县级以上人民政府或者其办公机构名义印发的文件，应当统一登记。"), "全国", "central") == {
        "县级以上人民政府": "县级以上人民政府", "县级以上人民政府办公机构": "办公机构"}


def test_collectives_named_by_the_power_or_work_they_hold():
    assert _organs(_item("由具有管辖权的市场监督管理部门依法处理。"), "全国", "central") == {
        "具有管辖权的市场监督管理部门": "具有管辖权的市场监督管理部门"}
    assert _organs(_item("由从事消防监督检查的机构负责组织实施。"), "全国", "central") == {
        "从事消防监督检查的机构": "从事消防监督检查的机构"}
    # a service institution (从事…服务的机构) is no department (spec 1.1 section 5)
    assert _organs(_item("鼓励从事养老服务的机构参与。"), "全国", "central") == {}


def test_working_bodies_named_in_a_sentence_that_gives_them_a_role():
    assert _organs(_item("科技部充分发挥新一代信息技术发展规划推进办公室的统筹作用。"), "全国", "central") == {
        "科学技术部": "科技部", "新一代信息技术发展规划推进办公室": "新一代信息技术发展规划推进办公室"}
    assert _organs(_item("充分发挥促进中小企业发展工作部际联席会议制度作用，加强统筹。"), "全国", "central") == {
        "促进中小企业发展工作部际联席会议": "促进中小企业发展工作部际联席会议"}
    # a system still to be built is no organ
    assert _organs(_item("建立健全旅游发展部际联席会议制度。"), "全国", "central") == {}


def test_the_office_a_group_sets_up_and_one_group_under_two_names():
    # spec 1.1 section 5: …委员会办公室 / 领导小组办公室 are organs; guide D14: one organ under the fuller name
    assert _organs(_item("成立市数字乡村建设工作领导小组，由市长任组长。领导小组下设办公室，办公室设在市农业农村局。"),
                   "湖北省襄阳市", "prefecture") == {
        "襄阳市数字乡村建设工作领导小组": "市数字乡村建设工作领导小组",
        "襄阳市数字乡村建设工作领导小组办公室": "领导小组下设办公室", "襄阳市农业农村局": "市农业农村局"}
    assert _organs(_item("成立智慧水利建设工作领导小组，负责统筹推进。由智慧水利建设领导小组牵头制定考核办法。"),
                   "全国", "central") == {"智慧水利建设工作领导小组": "智慧水利建设工作领导小组"}


def test_places_of_kinds_sharing_one_ge_before_a_sector_department():
    # spec 1.1 section 5: a list of places sharing one 各 is one collective as written
    assert _organs(_item("各市（州）、县（市、区）民政部门要加强排查。"), "贵州省", "province") == {
        "各市（州）、县（市、区）民政部门": "各市（州）、县（市、区）民政部门"}
    # 各地市州…局: every prefecture's bureau, never the province's own
    assert _organs(_item("各地市州人力资源社会保障局要按月报送统计数据。"), "湖南省", "province") == {
        "各地市州人力资源社会保障局": "各地市州人力资源社会保障局"}
    assert _organs(_item("各有关部门、各直属单位要认真贯彻执行。"), "全国", "central") == {
        "各有关部门": "各有关部门", "各直属单位": "各直属单位"}


def test_sector_words_of_other_reforms_and_statutes():
    assert _organs(_item("发展改革、粮食和储备、市场监管等部门要加强协作。"), "湖北省", "province") == {
        "发展改革部门": "发展改革", "粮食和储备部门": "粮食和储备", "市场监管部门": "市场监管"}
    assert _organs(_item("由商务、招商、园林绿化等部门配合落实。"), "北京市朝阳区", "county") == {
        "商务部门": "商务", "招商部门": "招商", "园林绿化部门": "园林绿化"}
    assert _organs(_item("县级以上地方人民政府兽医主管部门负责监督管理。"), "全国", "central") == {
        "县级以上地方人民政府兽医主管部门": "县级以上地方人民政府兽医主管部门"}
    # 县属/区属 before a sector's department stays, as written
    assert _organs(_item("申请企业应为县属招商部门报请批准的重点企业。"), "河南省郑州市中牟县", "county") == {
        "县属招商部门": "县属招商部门"}


def test_older_level_lists_with_the_prefecture_level_di():
    # 1990s-2000s wording: 地、州、市 / 地、市、县 (地 = 地区); a shared head distributed, as written
    assert _organs(_item("各地、州、市人民政府要加强领导。"), "四川省", "province") == {
        "各地、州、市人民政府": "各地、州、市人民政府"}
    assert _organs(_item("地、市、县劳动部门要做好失业登记。"), "全国", "central") == {
        "地劳动部门": "地、市、县劳动部门", "市劳动部门": "地、市、县劳动部门", "县劳动部门": "地、市、县劳动部门"}
    assert _organs(_item("省、地、县水利部门要做好汛期值守。"), "全国", "central") == {
        "省水利部门": "省、地、县水利部门", "地水利部门": "省、地、县水利部门", "县水利部门": "省、地、县水利部门"}
    # the first level of a list that is not the document's own keeps the sector (never a bare 市)
    assert _organs(_item("市、县劳动部门要做好失业登记。"), "云南省", "province") == {
        "市劳动部门": "市", "县劳动部门": "县劳动部门"}
    assert _organs(_item("省直有关厅局要积极配合。"), "山西省", "province") == {"山西省直有关厅局": "省直有关厅局"}


def test_every_province_level_place_sharing_one_ge_in_a_central_notice():
    # spec 1.1 section 5: a list of places sharing one 各 is one collective as written; never the national organ
    assert _organs(_item("各省、自治区、直辖市卫生健康委要加强督导。"), "全国", "central") == {
        "各省、自治区、直辖市卫生健康委": "各省、自治区、直辖市卫生健康委"}
    # (s23-org: guide S22, a bracket giving the alternative bureau inside the formula names two collectives)
    assert _organs(_item("各省、自治区、直辖市人力资源社会保障厅（局）、财政厅（局）要加强协作。"), "全国", "central") == {
        "各省、自治区、直辖市人力资源社会保障厅": "各省、自治区、直辖市人力资源社会保障厅",
        "各省、自治区、直辖市人力资源社会保障局": "各省、自治区、直辖市人力资源社会保障厅",
        "各省、自治区、直辖市财政厅": "财政厅", "各省、自治区、直辖市财政局": "财政厅"}
    assert _organs(_item("省（区、市）财政部门要及时拨付资金。"), "全国", "central") == {
        "省（区、市）财政部门": "省（区、市）财政部门"}


def test_the_province_a_place_belongs_to_and_the_departments_under_a_government():
    # owner words before 所属 are dropped (like 户籍 before 所在地); 所属 stays as a determiner
    assert _organs(_item("由示范区所属省（自治区、直辖市）政府负责推进，所属省（自治区、直辖市）教育主管部门具体实施。"),
                   "全国", "central") == {
        "所属省（自治区、直辖市）政府": "所属省（自治区、直辖市）政府",
        "所属省（自治区、直辖市）教育主管部门": "所属省（自治区、直辖市）教育主管部门"}
    assert _organs(_item("各级人民政府对所属部门制定的规范性文件加强指导监督。"), "全国", "central") == {
        "各级人民政府": "各级人民政府", "所属部门": "所属部门"}
    # an enterprise's own units are no organs
    assert _organs(_item("企业所属单位要落实安全责任。"), "全国", "central") == {}


def test_the_councils_for_the_promotion_of_international_trade():
    # spec 1.1 section 5: short forms expand to the full official name (as on the seal)
    assert _organs(_item("由市贸促会、市工商联负责组织企业参展。"), "江苏省无锡市", "prefecture") == {
        "中国国际贸易促进委员会无锡市委员会": "市贸促会", "无锡市工商业联合会": "市工商联"}
    assert _organs(_item("省贸促会牵头做好境外展会服务。"), "河北省", "province") == {
        "中国国际贸易促进委员会河北省委员会": "省贸促会"}
    assert _organs(_item("充分发挥贸促会的对外联络作用。"), "全国", "central") == {"中国国际贸易促进委员会": "贸促会"}


def test_a_level_written_before_a_sector_list_names_the_tax_office_as_its_seal_does():
    # spec 1.1 section 5: a shared head distributed; since 2018 a county's 税务局 is 国家税务总局<county>税务局
    assert _organs(_item("由县人社、财政、税务部门联合审核。"), "河北省邯郸市磁县", "county") == {
        "磁县人力资源和社会保障局": "县人社", "磁县财政局": "财政", "国家税务总局磁县税务局": "税务"}


def test_a_district_level_before_ge_bumen_is_written_out():
    # session 14 wrote the document's own level out (重庆市级相关部门); s21-org: kept as written (guide D35 of S20, and
    # the b3 d078 gold brought to it in session 21)
    assert _organs(_item("区级各部门要主动作为。"), "上海市浦东新区", "county") == {"区级各部门": "区级各部门"}


def test_statute_levels_and_words_ending_in_yuan():
    assert _organs("第一条 设区的市级以上地方人民政府生态环境主管部门负责监督管理。\n", "全国", "central") == {
        "设区的市级以上地方人民政府生态环境主管部门": "设区的市级以上地方人民政府生态环境主管部门"}
    # 草原主管部门: 原 ends 草原, no 原主管部门 (the former authority); 林业草原 is a sector word of statutes
    assert _organs("第二条 县级以上地方人民政府农业农村、林业草原主管部门按照职责分工负责。\n", "全国", "central") == {
        "县级以上地方人民政府农业农村主管部门": "县级以上地方人民政府农业农村",
        "县级以上地方人民政府林业草原主管部门": "林业草原"}
    assert _organs("第三条 变更事项应当报原发证机关备案。\n", "全国", "central") == {"原发证机关": "原发证机关"}
