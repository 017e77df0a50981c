"""Assignments, session 28 second wave (s28-assign2): classes read from the unlabelled stress notices o31–o48.

* units of a kind named by a determiner (`各管线权属单位`, `相关产权单位`) as one item of an assignment list: no triple,
  and they no longer void the organs listed with them (an unlabelled bracket under a first-listed declaration, a
  labelled list);
* the places concerned written with a bracket of several kinds (`相关乡（镇、街道）`) and the pilot places
  (`试点镇（街道）`) in a 责任单位 list: kept as written (spec 1.1 §5, guide D34/D38);
* a leading group's office seated in an organ whose standing functions are written without 日常
  (`负责统筹协调、督促检查`): the body's make-up, no assignment (guide R28), also where the group already exists.

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
problems (a Shanghai district 2022 plan, a Jiangxi county 2021 plan, a Fujian county 2018 plan, a Liaoning city 2016
plan); not copied from any corpus.
"""
from tests.test_organs_s5 import _run


def test_units_of_a_kind_in_an_unlabelled_first_listed_bracket():
    # a Shanghai district plan (2022): bare brackets closing each item, the first-listed convention closing the text
    text = ("一、加强设施管理\n1.开展燃气管线隐患排查，完成整改200处。（区建设管理委、区应急局、各燃气管线产权单位）\n"
            "2.推进架空线入地5公里。（区建设管理委、区规划资源局）\n"
            "二、工作要求\n各项任务排在第一位的为牵头单位，其他为配合单位。\n")
    _, triples = _run(text, "上海市闵行区", "county")
    assert triples == {("一/1", "上海市闵行区建设和管理委员会", "lead"), ("一/1", "上海市闵行区应急管理局", "co"),
                       ("一/2", "上海市闵行区建设和管理委员会", "lead"), ("一/2", "上海市闵行区规划和自然资源局", "co")}


def test_units_of_a_kind_in_a_labelled_list_do_not_void_it():
    # a Liaoning city plan (2016): a 配合单位 list closing with the property owners as a kind
    text = ("一、重点任务\n（一）推进老旧小区改造。完成改造小区30个。\n牵头单位：市住房城乡建设委\n"
            "配合单位：市财政局、相关产权单位\n")
    _, triples = _run(text, "辽宁省鞍山市", "city")
    assert triples == {("一/(一)", "鞍山市住房和城乡建设委员会", "lead"), ("一/(一)", "鞍山市财政局", "co")}


def test_places_concerned_with_a_bracket_of_several_kinds_and_pilot_places():
    # a Jiangxi county plan (2021): 责任单位 lines naming the towns concerned and the pilot towns
    text = ("二、重点任务\n（一）整治黑臭水体。完成2处治理。\n责任单位：县生态环境局，相关乡（镇、场）\n"
            "（二）开展垃圾分类试点。试点村覆盖率达到60%。\n责任单位：县城管局、试点乡（镇）\n")
    _, triples = _run(text, "江西省赣州市于都县", "county")
    assert ("二/(一)", "相关乡（镇、场）", "responsible") not in triples  # (场 is no kind the group words take)
    text = ("二、重点任务\n（一）整治黑臭水体。完成2处治理。\n责任单位：县生态环境局，相关乡（镇、街道）\n"
            "（二）开展垃圾分类试点。试点村覆盖率达到60%。\n责任单位：县城管局、试点乡（镇）\n")
    _, triples = _run(text, "江西省赣州市于都县", "county")
    assert ("二/(一)", "相关乡（镇、街道）", "responsible") in triples
    assert ("二/(二)", "试点乡（镇）", "responsible") in triples
    assert ("二/(一)", "于都县生态环境局", "responsible") in triples


def test_office_seated_with_its_coordinating_functions_is_no_assignment():
    # a Fujian county plan (2018): the group already exists; its office's standing functions without 日常
    text = ("三、保障措施\n（一）加强组织领导。充分发挥县乡村振兴工作领导小组作用，领导小组办公室设在县农业农村局，"
            "负责统筹协调、督促检查。\n（二）强化考核。领导小组办公室设在县发改局，负责统筹协调全县项目建设。\n")
    _, triples = _run(text, "福建省南平市顺昌县", "county")
    assert not {t for t in triples if t[0] == "三/(一)"}


def test_area_offices_after_street_offices_share_the_determiner():
    # a Beijing Chaoyang district plan (2020) (Beijing's districts send out 地区办事处 beside their street offices)
    text = ("一、重点任务\n1.开展背街小巷整治，完成80条。（区城市管理委、各街道办事处、地区办事处、乡镇人民政府）\n"
            "2.推进垃圾分类。（区城市管理委、相关街道办事处、地区办事处）\n"
            "二、工作要求\n各项任务排在第一位的为牵头单位，其他为配合单位。\n")
    _, triples = _run(text, "北京市朝阳区", "county")
    assert triples == {("一/1", "北京市朝阳区城市管理委员会", "lead"), ("一/1", "各街道办事处", "co"),
                       ("一/1", "各地区办事处", "co"), ("一/1", "各乡镇人民政府", "co"),
                       ("一/2", "北京市朝阳区城市管理委员会", "lead"), ("一/2", "相关街道办事处", "co"),
                       ("一/2", "相关地区办事处", "co")}


def test_party_departments_listed_after_the_first_inherit_its_committee():
    # a Guangxi regional plan (2019) and a Hunan county plan (2012): the committee written once before its departments
    _, triples = _run("一、重点任务\n（一）开展民族团结宣传。\n责任单位：自治区党委宣传部、统战部，自治区妇联\n",
                      "广西壮族自治区", "province")
    assert triples == {("一/(一)", "中共广西壮族自治区委员会宣传部", "responsible"),
                       ("一/(一)", "中共广西壮族自治区委员会统一战线工作部", "responsible"),
                       ("一/(一)", "广西壮族自治区妇女联合会", "responsible")}
    _, triples = _run("一、重点任务\n（一）加强基层组织建设。\n责任单位：县委组织部、宣传部、政法委，县民政局\n",
                      "湖南省长沙市长沙县", "county")
    assert triples == {("一/(一)", "中共长沙县委组织部", "responsible"), ("一/(一)", "中共长沙县委宣传部", "responsible"),
                       ("一/(一)", "中共长沙县委政法委员会", "responsible"), ("一/(一)", "长沙县民政局", "responsible")}


def test_service_centre_with_its_office_as_second_sign_gives_the_duty_to_the_office():
    # a Sichuan town's plan (2019): the centre (a 事业单位, no department) houses the town's office, named in a bracket
    text = ("三、职责分工\n（一）镇农业综合服务中心（农业办）负责秸秆禁烧巡查。\n（二）镇社会事务服务中心负责宣传发动。\n"
            "（三）镇财政所负责资金拨付。\n")
    _, triples = _run(text, "四川省成都市金堂县赵镇", "township")
    assert triples == {("三/(一)", "金堂县赵镇农业办", "responsible"), ("三/(三)", "金堂县赵镇财政所", "responsible")}
