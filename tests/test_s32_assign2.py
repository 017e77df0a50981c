"""Assignments, session 32, second wave (s32-assign2). Snippets written for these tests in the style of other provinces,
levels and eras than the notices that showed the problems (A29-A31, the open authored batches); not copied from any
corpus."""
from tests.test_organs_s5 import _run


def test_a_town_turned_street_is_a_listed_place():
    # a Zhejiang county plan (2020s): the streets 泗安街道 and 吕山街道, which the townships table (NBS 2021) still holds as
    # 泗安镇 and 吕山乡 (撤镇设街道), are assignees like the listed 雉城街道; a street with no such town (雉南街道) is none
    text = ("一、主要任务\n（一）推进美丽城镇建设。完善集镇功能。（责任单位：县建设局，雉城街道、泗安街道、吕山街道）\n"
            "（二）整治河道。开展清淤。（责任单位：县水利局、雉南街道）\n")
    _, triples = _run(text, "浙江省湖州市长兴县", "county")
    assert triples == {("一/(一)", "长兴县建设局", "responsible"), ("一/(一)", "雉城街道", "responsible"),
                       ("一/(一)", "泗安街道", "responsible"), ("一/(一)", "吕山街道", "responsible"),
                       ("一/(二)", "长兴县水利局", "responsible")}


def test_an_office_seated_with_paired_routine_words_gets_no_triple():
    # a Hebei city plan (2010s): `办公室设在X，负责协调调度、督促检查` (two routine words run on without a mark) is the
    # group's make-up (guide R28 made precise); with an object (`负责调度督促全市外贸企业复工复产`) the office is given work
    text = ("一、重点任务\n（一）扩大外贸。支持企业开拓市场。（市商务局负责）\n二、保障措施\n"
            "（一）加强组织领导。市外贸稳增长工作领导小组办公室设在市商务局，负责协调调度、督促检查。\n"
            "（二）强化督导。市外贸稳增长工作领导小组办公室设在市商务局，负责调度督促全市外贸企业复工复产。\n")
    _, triples = _run(text, "河北省沧州市", "city")
    assert triples == {("一/(一)", "沧州市商务局", "responsible"),
                       ("二/(二)", "市外贸稳增长工作领导小组办公室", "responsible"),
                       # (s37-assign) the host of an office given work with an object, too (guide R28 made precise, S33 CK Q3)
                       ("二/(二)", "沧州市商务局", "responsible")}


def test_a_list_closing_on_ji_keeps_its_unknown_units_and_group_places():
    # a Shandong township plan (2010s): `镇国土资源所、镇文化站、镇便民服务中心及有关村配合` - the service units the tables
    # do not hold (no departments) before 及 no longer void the annotation, and the villages concerned after 及/和 are
    # assignees as after 、 (spec 1.1 section 5, guide R39)
    text = ("一、重点工作\n1.清理违规建房。开展排查。（镇规划建设办牵头，镇国土资源所、镇文化站、镇便民服务中心及有关村配合）\n"
            "2.整治农村道路。由镇农业综合服务中心牵头，镇财政所、镇水利站及沿线各村配合。\n"
            "3.整治河道。\n配合单位：镇财政所、镇便民服务中心和相关社区\n")
    _, triples = _run(text, "山东省临沂市沂南县依汶镇", "town")
    assert triples == {("一/1", "沂南县依汶镇规划建设办", "lead"), ("一/1", "沂南县依汶镇国土资源所", "co"),
                       ("一/1", "有关村", "co"), ("一/2", "沂南县依汶镇财政所", "co"), ("一/2", "沿线各村", "co"),
                       ("一/3", "沂南县依汶镇财政所", "co"), ("一/3", "相关社区", "co")}


def test_a_bracketed_sector_inside_a_list_of_sectors_is_a_member():
    # a Jiangsu provincial notice (2010s): `会同交通运输（港口）、水利等部门`, `会同住房城乡建设（水务）、农业农村等部门`: the
    # bracket names the sector holding the work where a place organised it otherwise, a member of the list of its own (as
    # `住房城乡建设（水务）部门` names two collectives); before, the bracket ended the list and dropped the rest
    text = ("一、重点任务\n（一）整治码头污染。省生态环境厅会同交通运输（港口）、水利等部门开展专项检查。\n"
            "（二）做好统计。各设区市人民政府要会同住房城乡建设（水务）、农业农村等部门按季度报送进展。\n")
    _, triples = _run(text, "江苏省", "province")
    assert triples == {("一/(一)", "江苏省生态环境厅", "lead"), ("一/(一)", "交通运输部门", "co"),
                       ("一/(一)", "港口部门", "co"), ("一/(一)", "水利部门", "co"),
                       ("一/(二)", "各设区市人民政府", "lead"), ("一/(二)", "住房城乡建设部门", "co"),
                       ("一/(二)", "水务部门", "co"), ("一/(二)", "农业农村部门", "co")}


def test_a_row_fitting_a_goal_as_written_and_a_task_less_its_verb_stays_a_table_row():
    # a Hubei city plan (2017): row 1 is goal (一)'s heading as written and task (一)'s with 加强 dropped, row 2 goal (二)'s
    # and task (二)'s less 推进: two headings fit, each stays 表/N (guide R42 scope); row 3 fits goal (三) only (分类推进 is
    # no verb of R42's list) and links to it
    text = ("一、工作目标\n（一）城乡供水保障。2017年底前集中供水率达到95%。\n（二）污水处理。2017年底前处理率达到90%。\n"
            "（三）农村改厕。完成改厕5000座。\n二、重点任务\n（一）加强城乡供水保障。新建水厂。\n（二）推进污水处理。新建管网。\n"
            "（三）分类推进农村改厕。开展改厕。\n附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t城乡供水保障\t市水利和湖泊局\t市财政局\t2017年底前\n2\t污水处理\t市住房城乡建设委\t市财政局\t2017年底前\n"
            "3\t农村改厕\t市卫生计生委\t市农业局\t2017年底前\n")
    _, triples = _run(text, "湖北省孝感市", "city")
    assert triples == {("表/1", "孝感市水利和湖泊局", "lead"), ("表/1", "孝感市财政局", "co"),
                       ("表/2", "孝感市住房和城乡建设委员会", "lead"), ("表/2", "孝感市财政局", "co"),
                       ("一/(三)", "孝感市卫生和计划生育委员会", "lead"), ("一/(三)", "孝感市农业局", "co")}
