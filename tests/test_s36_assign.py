"""Assignments, session 36 (s36-assign): ways of phrasing an assignment read from the misses of the opened batches A40 and
A41, grouped by grammar, not by notice:

* the places of a street or town that still farm (`各涉农村`, `各涉农社区`) as one item of a 责任单位 list;
* a town named as one item of a prose subject list after organs (`B、C、<town>负责落实`);
* the organs that form the team doing the item's work after its lead (`B、C等部门组成联合执法组，重点整治…`): co;
* the share after another organ's 负责 written after a clause naming the staff for it (`应当明确相应机构和人员，配合做好…`);
* the system a rule says the work is run under (`实行…负责…的工作责任制`): no assignment;
* levels written with their alternatives bracketed before a shared head (`地（州、市）、县（市、区）民政部门负责…`);
* a list member the tables miss that shares the level of the one before it (`市委督查室、政府督查室要会同…`);
* a leading group's office named and then seated in a clause of its own (`…下设办公室，办公室设在X，负责日常工作`): R28;
* a bureau's working group stationed in a street (`区水务局驻街工作组`) is not the bureau;
* a label qualified by the chief system whose units it lists (`市级林长制责任单位为：…`) is the system's make-up (R11).

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the misses
(a Foshan street's plan, a Hebei city's forest-chief plan, a Chongqing district street's plan, a Jiangxi county's plan
of 2019, a Hunan county's rule of 2015, a Sichuan provincial rule, a Xinjiang regional rule, a Hubei city's notices); not
copied from any corpus.
"""
from tests.test_organs_s5 import _run


def test_the_farming_villages_of_a_street_listed_as_assignees():
    # a Foshan street office's plan for rural living conditions: its farming communities and villages as list items
    _, triples = _run("一、重点任务\n（一）整治农村生活垃圾。完善垃圾收运体系，每季度开展一次集中清理。\n责任单位：城市管理办公室、各涉农社区\n"
                      "（二）提升村容村貌。开展“美丽庭院”创建。\n责任单位：党建工作办公室、各涉农村（居）\n", "广东省佛山市南海区", "township")
    assert triples == {("一/(一)", "各涉农社区", "responsible"), ("一/(二)", "各涉农村（居）", "responsible")}


def test_a_town_listed_after_organs_in_a_prose_assignment():
    # a Jiangxi county's plan of 2019: the county's own town as the last member of the list, after a lead and alone
    _, triples = _run("一、主要任务\n（一）疏解人口。推进老城区人口向新区疏解。由县城市管理委员会牵头，县住建局、县教育局、嘉定镇负责落实。\n"
                      "（二）整治市场。县农业局、嘉定镇负责组织实施。\n", "江西省赣州市信丰县", "county")
    assert triples == {("一/(一)", "信丰县城市管理委员会", "lead"), ("一/(一)", "信丰县住房和城乡建设局", "co"),
                       ("一/(一)", "信丰县教育局", "co"), ("一/(一)", "嘉定镇", "co"),
                       ("一/(二)", "信丰县农业局", "responsible"), ("一/(二)", "嘉定镇", "responsible")}


def test_the_organs_forming_the_team_that_does_the_work_after_a_lead_are_co():
    # the same county: a joint enforcement group formed under the lead goes on to the work; a make-up alone gives nothing
    _, triples = _run("一、工作要求\n（一）规范市场秩序。由县市场监管局牵头，县公安局、县交通局、县卫健委等部门组成联合执法组，重点整治欺客宰客行为。\n"
                      "（二）成立专班。成立工作专班，由县教育局牵头，县财政局、县审计局组成。\n", "江西省赣州市信丰县", "county")
    assert triples == {("一/(一)", "信丰县市场监督管理局", "lead"), ("一/(一)", "信丰县公安局", "co"),
                       ("一/(一)", "信丰县交通运输局", "co"), ("一/(一)", "信丰县卫生健康委员会", "co"),
                       ("一/(二)", "信丰县教育局", "lead")}


def test_a_share_after_naming_the_staff_for_it_is_co():
    # a Hunan county's rule of 2015: the towns name the staff, then 配合 the bureau's work
    _, triples = _run("第一条 为加强管理，制定本办法。\n第五条 县住房和城乡建设局负责全县公共租赁住房的组织实施和监督管理工作。\n"
                      "各乡镇人民政府应当明确相应机构和人员，配合做好申请受理、调查核实等工作。\n", "湖南省郴州市宜章县", "county")
    assert triples == {("第五条", "宜章县住房和城乡建设局", "responsible"), ("第五条", "各乡镇人民政府", "co")}


def test_the_system_the_work_is_run_under_is_no_assignment():
    # a Sichuan provincial rule: 第四条 describes the responsibility system, 第五条 gives the work
    _, triples = _run("第一条 为加强管理，制定本办法。\n第四条 农村危房改造实行省级负总责，市（州）、县（市、区）人民政府负责组织实施的工作责任制。\n"
                      "第五条 市（州）、县（市、区）住房和城乡建设部门负责本行政区域内农村危房改造的具体实施。\n", "四川省", "province")
    assert triples == {("第五条", "市（州）住房和城乡建设部门", "responsible"),
                       ("第五条", "县（市、区）住房和城乡建设部门", "responsible")}


def test_bracketed_levels_before_a_shared_head():
    # a Xinjiang regional rule: the prefecture level written with its alternatives before the county level's department
    _, triples = _run("第一条 为加强管理，制定本办法。\n第四条 自治区民政厅负责全区临时救助工作的统筹协调。地（州、市）、县（市、区）民政部门负责本"
                      "行政区域内临时救助工作的具体管理。\n", "新疆维吾尔自治区", "province")
    # (the prefecture level's own department is the organs reader's to name; the county level's keeps the clause)
    assert triples == {("第四条", "新疆维吾尔自治区民政厅", "responsible"), ("第四条", "县（市、区）民政部门", "responsible")}


def test_a_member_the_tables_miss_sharing_the_level_voids_nothing():
    # a Hubei city's rule: the government's office after the party committee's, and a sector the tables do not hold
    _, triples = _run("第一条 为加强管理，制定本办法。\n第四条 市委督查室、政府督查室要会同市文化和旅游局加强督促检查。\n"
                      "第五条 市公安局、畜牧水产部门负责对运输车辆进行检查。\n", "湖北省襄阳市", "prefecture")
    assert triples == {("第四条", "中共襄阳市委督查室", "lead"), ("第四条", "襄阳市文化和旅游局", "co"),
                       ("第五条", "襄阳市公安局", "responsible")}


def test_an_office_seated_in_a_clause_of_its_own_is_the_make_up():
    # a Hubei city's notice: the group's office named, then `办公室设在X，负责日常工作` (guide R28)
    _, triples = _run("一、工作措施\n（一）加强组织领导。调整充实市电子商务工作领导小组，由市长任组长，分管副市长任副组长。领导小组下设办公室，"
                      "办公室设在市商务局，负责日常工作。\n（二）加强考核。市商务局负责全市电子商务考核。\n", "湖北省宜昌市", "prefecture")
    assert triples == {("一/(二)", "宜昌市商务局", "responsible")}


def test_a_bureau_s_working_group_stationed_in_the_street_is_not_the_bureau():
    # a Chongqing district street's plan: the water bureau's group stationed in the street 配合 (a working body, not the
    # bureau; the group itself is the organs reader's to name)
    _, triples = _run("一、主要任务\n（一）治理农村污水。排查农村污水处理设施，建立台账。\n责任单位：区农业农村委\n"
                      "配合单位：区水利局驻街工作组、区生态环境局\n", "重庆市渝北区", "county")
    assert triples == {("一/(一)", "重庆市渝北区农业农村委员会", "responsible"), ("一/(一)", "重庆市渝北区生态环境局", "co")}


def test_the_units_of_a_chief_system_listed_under_its_label_are_no_item_s_list():
    # a Hebei city's plan for the forest-chief system: `市级林长制责任单位为：…` names the system's units (guide R11), while
    # a bare `责任单位：` of a later item is that item's
    _, triples = _run("一、组织体系\n（一）建立林长体系。全市建立市、县、乡三级林长制。\n（二）明确林长制责任单位。市级林长制责任单位为："
                      "市委组织部、市发展改革委、市财政局、市自然资源局等单位。\n二、主要任务\n（一）加强保护。（责任单位：市自然资源局）\n",
                      "河北省承德市", "prefecture")
    assert triples == {("二/(一)", "承德市自然资源局", "responsible")}
