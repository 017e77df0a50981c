"""Assignments, session 32 (s32-assign): an organ's second sign in brackets inside an annotation, several villages heading
one share of a township's task division, a carry-forward clause ending at its part also in a running list (guide R29).
Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
problems (A29 a343, a341, a337); not copied from any corpus."""
from tests.test_organs_s5 import _run


def test_a_second_sign_in_brackets_is_part_of_the_organ_before_it():
    # a Shandong county plan (2010s): the merged bureau written with its second name in brackets, round or tortoise-shell,
    # is one organ; the annotation keeps its lead and partners (before, the bracket voided it)
    text = ("一、主要任务\n1.完善价格政策。落实峰谷电价。（县发展改革委（县物价局）牵头，县财政局配合）\n"
            "2.加强价格监管。开展检查。（县发改委〔县物价局〕、县市场监管局牵头，县公安局配合）\n")
    _, triples = _run(text, "山东省潍坊市临朐县", "county")
    assert triples == {("一/1", "临朐县发展和改革委员会", "lead"), ("一/1", "临朐县财政局", "co"),
                       ("一/2", "临朐县发展和改革委员会", "lead"), ("一/2", "临朐县市场监督管理局", "lead"),
                       ("一/2", "临朐县公安局", "co")}


def test_several_villages_heading_one_share_each_get_it():
    # a Fujian street's plan: a share written for several villages (`后湖村、前洋村：`), or for some villages and the rest
    # of a kind (`…等其余村：`): each named village is given the item, the kind is no name
    text = ("一、工作目标\n全镇完成创建。\n二、各村任务分配\n1.后湖村、前洋村：年内建成省级美丽乡村示范村。\n"
            "2.溪口村、林边村、上坂村等其余村：完成环境整治。\n三、保障措施\n1.加强领导。各村要落实责任。\n")
    _, triples = _run(text, "福建省宁德市古田县城东街道", "town")
    assert triples == {("二/1", "后湖村", "responsible"), ("二/1", "前洋村", "responsible"),
                       ("二/2", "溪口村", "responsible"), ("二/2", "林边村", "responsible"),
                       ("二/2", "上坂村", "responsible")}


def test_a_town_office_is_no_short_form_of_the_towns_working_group():
    # a Jiangxi township plan: the group's office seated in the town's 农办 does not make the 农办 the group; its own line
    # of the division of duties (`乡农办：负责…，牵头…，会同财政所…`) gives it the item (before, `利村乡农` was read as the
    # office's stem, found in `利村乡人居…领导小组`, and its lead was dropped)
    text = ("一、工作目标\n全乡完成整治。\n二、职责分工\n乡党委、乡政府成立利村乡人居环境整治工作领导小组，由乡党委书记任组长，"
            "乡农办、财政所等单位负责人为成员。领导小组下设办公室，办公室设在乡农办，负责日常调度。\n各单位分工如下：\n"
            "乡农办：负责方案制定，牵头组织全乡环境整治，会同财政所做好资金管理。\n财政所：负责整合涉农资金。\n"
            "三、保障措施\n（一）加强督查。各村要落实。\n")
    _, triples = _run(text, "江西省赣州市于都县利村乡", "town")
    assert triples == {("二", "于都县利村乡农办", "lead"), ("二", "于都县利村乡财政所", "co"),
                       ("二", "于都县利村乡财政所", "responsible")}


def test_the_organ_designated_by_a_list_of_governments_is_the_subject():
    # a Shenyang municipal 办法 (2000s): `A区、B区人民政府及C管委会确定的城市管理部门…负责`: the designated department is
    # given the work, not the governments that designate it
    from test_s29_articles import _run as run_dated
    _, triples = run_dated("第一章 总则\n第一条 为了加强户外广告管理，制定本办法。\n"
                           "第二条 市城市管理局是本市户外广告管理的主管部门，负责全市户外广告的监督管理工作。\n"
                           "和平区、铁西区、皇姑区人民政府及浑南新区管委会确定的城市管理部门按照职责分工，负责本辖区内户外广告的"
                           "日常管理工作。\n第三条 市公安局负责户外广告设置中的交通安全管理。\n", "辽宁省沈阳市", "city", "2004-05-01")
    assert triples == {("第一章/第二条", "沈阳市城市管理局", "responsible"), ("第一章/第二条", "城市管理部门", "responsible"),
                       ("第一章/第三条", "沈阳市公安局", "responsible")}


def test_prefectures_named_by_their_kind_in_a_label_list_are_assignees():
    # a Xinjiang regional plan (2020s): `…，巴音郭楞蒙古自治州、阿勒泰地区` closing a 责任单位 list beside a 牵头单位: each
    # prefecture the gazetteer knows is `co`, kept as written; a name it does not know (`伊犁地区`) gets nothing and voids
    # nothing
    text = ("一、重点任务\n（一）发展特色林果。\n1.提质增效。推广标准化种植。（牵头单位：自治区林业和草原局；责任单位：自治区农业农村厅，"
            "巴音郭楞蒙古自治州、阿勒泰地区）\n2.建设市场。完善冷链。（牵头单位：自治区商务厅；责任单位：自治区发展改革委，伊犁地区）\n")
    _, triples = _run(text, "新疆维吾尔自治区", "province")
    assert triples == {("一/(一)/1", "新疆维吾尔自治区林业和草原局", "lead"), ("一/(一)/1", "新疆维吾尔自治区农业农村厅", "co"),
                       ("一/(一)/1", "巴音郭楞蒙古自治州", "co"), ("一/(一)/1", "阿勒泰地区", "co"),
                       ("一/(一)/2", "新疆维吾尔自治区商务厅", "lead"), ("一/(一)/2", "新疆维吾尔自治区发展和改革委员会", "co")}
