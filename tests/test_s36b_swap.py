"""Swapped forms, session 36 (s36b-swap; issues 11 and 12): ways of writing an assignment that the metamorphic swap scripts
(scripts/assign_swap.py) rewrote the open notices into and the extractor had not read as the originals, grouped by grammar:

* a role label's list parted by commas (`责任单位：A，B，C`), as many web editors and county offices write it: an organ the
  tables miss at its end is a member as it is after `、`; in prose a comma still ends a clause;
* a bureau's own divisions (处) written bare with the share by duties in its other forms (`按职能分工负责`, `按照职责`);
* the same divisions under role labels on a line of their own (`牵头处室：A　配合处室：B`);
* a school leading (`镇中心小学牵头，A、B等配合`): no department, the organs after it keep `co`, as under labels;
* a label closing its line with its list on the next (a PDF copy's wrapped lines: `责任单位：` / `A、B、C。`).

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the misses
(a Yunnan provincial notice of 2012, a Hunan department's work points of 2014, a Guangdong town plan of 2021, a Henan
county plan of 2013); not copied from any corpus.
"""
from tests.test_organs_s5 import _run


def test_a_label_list_parted_by_commas_keeps_its_last_member():
    text = ("一、主要任务\n（一）办好边境贸易博览会。完善展会服务，扩大对外开放。\n"
            "责任单位：省商务厅，外办，博览局\n"
            "（二）规范口岸秩序。加强口岸联合执法。\n责任单位：省商务厅，省公安厅\n")
    names, triples = _run(text, "云南省", "province")
    assert triples == {("一/(一)", "云南省商务厅", "responsible"), ("一/(一)", "云南省人民政府外事办公室", "responsible"),
                       ("一/(一)", "云南省博览局", "responsible"), ("一/(二)", "云南省商务厅", "responsible"),
                       ("一/(二)", "云南省公安厅", "responsible")}


def test_a_comma_in_prose_is_no_list_mark():
    text = ("一、主要任务\n（一）办好边境贸易博览会。省商务厅负责组织，博览局要做好场馆保障。\n")
    names, _ = _run(text, "云南省", "province")
    assert "云南省博览局" not in names


def _department_points(body: str):
    # a Hunan provincial department's own work points of 2014: its divisions named bare in the annotations
    from pipeline import process_text
    rec = process_text("湖南省交通运输厅\n\n2014年全省交通运输工作要点\n\n" + body + "\n\n湖南省交通运输厅\n2014年2月20日\n",
                       doc_id="t").model_dump()
    return ({d["name"] for d in rec["departments"]},
            {(x["task"], x["department"], x["role"]) for x in rec["responsibilities"]})


def test_divisions_sharing_the_work_by_their_functions():
    body = ("一、加快基础设施建设\n（一）推进高速公路建设。全年完成投资500亿元。（规划处、建设管理处按职能分工负责）\n"
            "（二）加强农村公路养护。开展养护示范路创建。（公路处按照职责分工负责）\n")
    _, triples = _department_points(body)
    assert triples == {("一/(一)", "湖南省交通运输厅规划处", "responsible"),
                       ("一/(一)", "湖南省交通运输厅建设管理处", "responsible"),
                       ("一/(二)", "湖南省交通运输厅公路处", "responsible")}


def test_divisions_under_role_labels_on_their_own_line():
    body = ("一、加快基础设施建设\n（一）推进高速公路建设。全年完成投资500亿元。\n牵头处室：建设管理处　配合处室：规划处、财务处\n"
            "（二）加强农村公路养护。开展养护示范路创建。\n牵头单位：公路处\n配合单位：人事处\n")
    _, triples = _department_points(body)
    assert triples == {("一/(一)", "湖南省交通运输厅建设管理处", "lead"), ("一/(一)", "湖南省交通运输厅规划处", "co"),
                       ("一/(一)", "湖南省交通运输厅财务处", "co"), ("一/(二)", "湖南省交通运输厅公路处", "lead"),
                       ("一/(二)", "湖南省交通运输厅人事处", "co")}


def test_a_school_leading_leaves_the_organs_after_it_co():
    # a Guangdong town's plan of 2021: the central primary school leads, the town's offices share the work
    text = ("一、重点任务\n（一）落实教育资助。建立困难家庭学生台账，做到应助尽助。（镇中心小学牵头，镇社会事务办、镇妇联等配合）\n"
            "（二）开展暑期安全教育。每年组织防溺水宣传不少于2次。（县第二中学牵头，镇综治办配合）\n")
    _, triples = _run(text, "广东省清远市英德市大站镇", "township")
    assert triples == {("一/(一)", "英德市大站镇社会事务办", "co"), ("一/(一)", "英德市大站镇妇女联合会", "co"),
                       ("一/(二)", "英德市大站镇综治办", "co")}


def test_a_label_closing_its_line_has_its_list_on_the_next():
    # a Henan county's plan of 2013 copied out of its PDF: the label ends a wrapped line, its list opens the next
    text = ("一、重点任务\n（一）整治城区交通秩序。规范机动车停放，新增停车泊位800个。责任单位：\n县公安局、县城市管理局、县住房和城乡建设局。\n"
            "（二）整治占道经营。取缔马路市场3处。责任单位：\n（三）开展文明劝导。县文明办组织志愿者上街劝导。\n")
    _, triples = _run(text, "河南省周口市鹿邑县", "county")
    # (the empty label of (二) takes nothing from the item opening the next line)
    assert triples == {("一/(一)", "鹿邑县公安局", "responsible"), ("一/(一)", "鹿邑县城市管理局", "responsible"),
                       ("一/(一)", "鹿邑县住房和城乡建设局", "responsible")}


def test_a_second_label_closing_its_line_has_its_list_on_the_next():
    # a Jilin city's plan of 2019 copied out of its PDF: the co label, second on its line, wraps before its list
    text = ("一、重点任务\n（一）推进垃圾分类。2020年底前城区分类投放设施覆盖率达到90%。杜绝“先分后混”。\n"
            "责任单位：市城市管理局，各县（市、区）政府；配合单位：\n市生态环境局、市财政局\n"
            "（二）推进农村改厕。完成改厕5000户。\n责任单位：市农业农村局\n")
    _, triples = _run(text, "吉林省四平市", "prefecture")
    assert triples == {("一/(一)", "四平市城市管理局", "responsible"), ("一/(一)", "各县（市、区）政府", "responsible"),
                       ("一/(一)", "四平市生态环境局", "co"), ("一/(一)", "四平市财政局", "co"),
                       ("一/(二)", "四平市农业农村局", "responsible")}
