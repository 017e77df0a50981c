"""Assignments, session 31 second wave (s31-assign2): township label lines and designated authorities of 办法.

* a place group (`各相关村`, `相关村`) that closes a label line with `。` is a list item like the others (guide D44: the
  place in an assignment is kept as written); `各驻村工作队` is a collective as written (guide D85, extended in S31b);
* the villages' two committees (`各村“两委”`, `各村两委`) stay out of assignments (guide D44 names 村“两委”), and the
  villages are not cut out before them;
* `设区的市、县（市）人民政府确定的X主管部门`: levels sharing the designating government are split (guide D25), also where
  the county level is written with its bracket; the government itself is given nothing.

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
problems (a Guizhou township 2018 plan, a Hunan township 2016 notice, a Shandong province 2004 办法); not copied from
any corpus.
"""
from tests.test_organs_s5 import _run


def test_place_group_closing_a_label_line_and_village_work_teams():
    # a Guizhou township plan (2018): the label line ends with 。 after the place group; the poverty campaign's
    # resident teams are a collective as written
    text = ("二、重点任务\n（一）实施危房改造。完成改造任务。\n责任单位：乡村镇建设服务中心、乡民政办、各相关村。\n"
            "（二）发展特色产业。种植茶叶。\n责任单位：乡农业服务中心、各驻村工作队。\n"
            "（三）加强村容整治。开展清理。\n责任单位：乡民政办、相关村。\n")
    _, triples = _run(text, "贵州省黔东南苗族侗族自治州雷山县望丰乡", "township")
    assert triples == {("二/(一)", "雷山县望丰乡民政办", "responsible"), ("二/(一)", "各相关村", "responsible"),
                       ("二/(二)", "各驻村工作队", "responsible"),
                       ("二/(三)", "雷山县望丰乡民政办", "responsible"), ("二/(三)", "相关村", "responsible")}


def test_villages_two_committees_stay_out_of_assignments():
    # a Hunan township notice (2016): the committees are self-governing bodies (D44); the organ beside them keeps its duty
    text = ("一、工作任务\n（一）开展禁烧巡查。镇派出所负责巡查，各村“两委”负责具体落实。\n"
            "（二）开展清理。各村两委负责组织村民清理。\n（三）加强宣传。（镇党政办负责，各村两委配合）\n")
    _, triples = _run(text, "湖南省邵阳市邵东县廉桥镇", "township")
    assert triples == {("一/(一)", "邵东县廉桥镇派出所", "responsible"), ("一/(三)", "邵东县廉桥镇党政办", "responsible")}


def test_levels_sharing_a_designating_government_with_a_bracketed_county_level():
    # a Shandong provincial 办法 (2004): the designated authorities of both levels, as written; not the government
    text = ("第一条　为了加强城市供水管理，制定本办法。\n"
            "第二条　设区的市、县（市）人民政府确定的城市供水行政主管部门（以下简称供水主管部门）负责本行政区域内的城市供水"
            "管理工作。\n第三条　本办法自2004年7月1日起施行。\n")
    _, triples = _run(text, "山东省", "province")
    assert triples == {("第二条", "设区的市人民政府确定的城市供水行政主管部门", "responsible"),
                       ("第二条", "县（市）人民政府确定的城市供水行政主管部门", "responsible")}
