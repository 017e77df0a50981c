"""Assignments of session 37b (s37b-provtriples): the office of a leading group an item sets up, seated in an organ.
Snippets written for these tests in the style of another level and era than the notices that showed the misses (Shanxi and
Guizhou provincial plans of 2013 and 2019): a Hunan county plan of the 2010s; not copied from any notice."""
from tests.test_organs_s5 import _run


def test_a_set_up_groups_office_given_work_with_an_object_and_its_host():
    # guide R28 made precise (S33 CK Q3, S37b): the office of a group the item sets up, given a duty with an object, is
    # responsible with its host organ; the group itself (set up, R10) gets nothing
    _, triples = _run("四、保障措施\n（一）加强组织领导。成立由县长任组长的桃源县水环境综合治理工作领导小组，县水利局、县财政局、"
                      "县农业局等单位负责同志为成员，领导小组办公室设在县水利局，负责统筹协调、督促检查全县水环境综合治理工作。\n"
                      "（二）强化资金保障。县财政局负责足额安排治理资金。\n", "湖南省常德市桃源县", "county")
    assert triples == {("四/(一)", "桃源县水环境综合治理工作领导小组办公室", "responsible"),
                       ("四/(一)", "桃源县水利局", "responsible"), ("四/(二)", "桃源县财政局", "responsible")}


def test_a_set_up_groups_office_with_paired_routine_words_only_gets_nothing():
    # coordination words alone, paired with 推进, 通报, 评价 or 落实 (`调度推进`, `督查通报`, `考核评价`, `组织推进落实`), are the
    # office's standing work (R28): no triple for the office or its host
    _, triples = _run("四、保障措施\n（一）加强组织领导。成立桃源县水环境综合治理工作领导小组，领导小组办公室设在县水利局，"
                      "负责统筹协调、调度推进和督查通报。\n（二）完善工作机制。成立桃源县河长制工作领导小组，领导小组办公室设在"
                      "县水利局，具体负责组织推进落实和考核评价。\n（三）强化资金保障。县财政局负责足额安排治理资金。\n",
                      "湖南省常德市桃源县", "county")
    assert triples == {("四/(三)", "桃源县财政局", "responsible")}
