"""Assignments, session 30 (s30-assign): classes read from the opened A26/A27 and the stress golds o31–o42.

* a task table copied one cell per line whose lead cell carries a bracketed second sign (`省商务厅（省口岸办）`), names a
  customs office (`海口海关`) or whose time cell follows the organs: the cells stay apart (A27 a318);
* an organ's own sentence `X要积极配合…` after a lead named by 会同 is `co` (guide R40, spec §6; A27 a319);
* a body told to name a counted leader for the duty (`明确一名领导具体负责`) is `responsible` (guide R32; a319);
* a collective of lower governments given the carrying-out beside a named lead is `responsible` (guide R47; a320);
* a bracket after an organ that names an organ the document also writes alone is a separate organ given the same work
  (stress o35's adjudication); a second sign never written alone stays one organ (spec 1.1 section 5).

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
problems (a Guangdong city 2021 plan, a Hebei county 2015 notice, a Sichuan city 2016 opinion, a Hubei province 2020
plan); not copied from any corpus.
"""
from tests.test_organs_s5 import _run

from pipeline.extract.responsibilities import LOWER_LEVELS


STACKED = ("一、重点任务\n（一）提升通关效率。推广“两步申报”。\n（二）降低口岸费用。公示收费目录。\n附件\n重点任务分工表\n"
           "序号\n重点任务\n具体措施\n牵头单位\n配合单位\n完成时限\n"
           "1\n提升通关效率\n在珠海港、高栏港推广“两步申报”“提前申报”模式，压缩进口整体通关时间，建设智能卡口系统\n"
           "市商务局（市口岸办）\n拱北海关、市交通运输局、金湾区政府\n2021年12月\n"
           "2\n降低口岸费用\n开展口岸收费专项检查，动态更新口岸收费目录清单并在“单一窗口”公示\n拱北海关\n"
           "市发展改革局、市市场监管局\n持续推进\n")


def test_stacked_table_cells_stay_apart_at_a_second_sign_a_customs_office_and_a_time_cell():
    # a Guangdong city plan (2021): the long measure cell stops without punctuation before the lead cell; the second sign
    # 市口岸办 is never written alone, so the lead is the bureau only; the time cell is no part of the 配合 cell
    _, triples = _run(STACKED, "广东省珠海市", "prefecture")
    assert triples == {("一/(一)", "珠海市商务局", "lead"), ("一/(一)", "拱北海关", "co"),
                       ("一/(一)", "珠海市交通运输局", "co"), ("一/(一)", "珠海市金湾区人民政府", "co"),
                       ("一/(二)", "拱北海关", "lead"), ("一/(二)", "珠海市发展和改革局", "co"),
                       ("一/(二)", "珠海市市场监督管理局", "co")}


def test_own_cooperation_sentence_after_a_huitong_lead_and_a_counted_leader():
    # a Hebei county notice (2015): 会同 names the item's lead (spec §6), so the towns' own 积极配合 sentence is `co` (R40);
    # the towns told to name one leader who 具体负责 are `responsible` for the item (R32)
    text = ("二、工作措施\n（一）摸清底数。县农业局要会同县统计局制定调查方案。各乡镇要积极配合，认真核实本辖区农户情况。\n"
            "（二）落实责任。各乡镇要成立相应工作机构，明确一名领导具体负责，抓好本辖区的组织实施。\n"
            "（三）加强宣传。县农业局要积极配合，利用广播开展宣传。\n")
    _, triples = _run(text, "河北省保定市阜平县", "county")
    assert triples == {("二/(一)", "阜平县农业局", "lead"), ("二/(一)", "阜平县统计局", "co"), ("二/(一)", "各乡镇", "co"),
                       ("二/(二)", "各乡镇", "responsible")}


def test_lower_governments_carrying_out_beside_a_named_lead_are_responsible():
    # a Sichuan city opinion (2016): the counties' carrying-out is their own work at their level (R47); a peer bureau's
    # 具体落实 inside the lead's assignment stays `co` (R14)
    text = ("二、主要任务\n（一）健全养老服务体系。由市民政局会同市发展改革委、市财政局负责指导督促，各县（市、区）人民政府具体组织实施。\n"
            "（二）推进医养结合。由市卫生计生委牵头，市民政局具体落实。\n"
            "（三）发展农村养老。由市民政局牵头，市财政局配合，各乡镇抓好落实。\n")
    _, triples = _run(text, "四川省绵阳市", "prefecture")
    assert triples == {("二/(一)", "绵阳市民政局", "lead"), ("二/(一)", "绵阳市发展和改革委员会", "co"),
                       ("二/(一)", "绵阳市财政局", "co"), ("二/(一)", "各县（市、区）人民政府", "responsible"),
                       ("二/(二)", "绵阳市卫生和计划生育委员会", "lead"), ("二/(二)", "绵阳市民政局", "co"),
                       ("二/(三)", "绵阳市民政局", "lead"), ("二/(三)", "绵阳市财政局", "co"), ("二/(三)", "各乡镇", "responsible")}
    assert LOWER_LEVELS.match("各地政府") and LOWER_LEVELS.match("各乡（镇）") and LOWER_LEVELS.match("乡镇人民政府")
    assert not LOWER_LEVELS.match("各有关部门") and not LOWER_LEVELS.match("各村（社区）") and not LOWER_LEVELS.match("市规划局")


def test_bracketed_organ_written_alone_elsewhere_is_a_separate_organ():
    # a Hubei province plan (2020): 省粮食局 signs with the others and is named alone, so `省发展改革委（省粮食局）` names two
    # organs, both given the work; `省商务厅（省口岸办）`'s second sign is never written alone: one organ
    text = ("省发展改革委、省财政厅、省粮食局制定了本方案，现印发给你们。\n"
            "一、保障措施\n（一）加强统筹。省发展改革委（省粮食局）负责统筹协调，省财政厅负责资金保障。\n"
            "（二）提升口岸服务。省商务厅（省口岸办）负责日常调度。\n")
    _, triples = _run(text, "湖北省", "province")
    assert triples == {("一/(一)", "湖北省发展和改革委员会", "responsible"), ("一/(一)", "湖北省粮食局", "responsible"),
                       ("一/(一)", "湖北省财政厅", "responsible"), ("一/(二)", "湖北省商务厅", "responsible")}


def test_group_office_taken_up_as_the_partner_of_huitong():
    # an Anhui town plan (2012): the group's office set up in item (一) and taken up by its head word alone after 会同 in a
    # later item is that group's office, `co` of the item (spec §6); in the item that sets it up it does the body's routine
    text = ("三、保障措施\n（一）加强组织领导。成立镇美好乡村建设领导小组，由镇党委书记任组长。领导小组办公室设在镇党政办，"
            "负责日常工作。\n（二）严格督查考核。镇纪委会同领导小组办公室，每月对各村进度进行督查通报。\n")
    _, triples = _run(text, "安徽省六安市霍山县衡山镇", "township")
    assert triples == {("三/(二)", "中共霍山县衡山镇纪律检查委员会", "lead"),
                       ("三/(二)", "霍山县衡山镇美好乡村建设领导小组办公室", "co")}


def test_one_organ_two_roles_from_two_sentences():
    # a Jiangsu county plan (2019): its own 负责 sentence and another organ's 会同 (or 牵头…配合) sentence in one item give the
    # bureau both roles (guide R46); R12's one role per organ holds within one sentence
    text = ("二、主要任务\n（一）推进秸秆利用。县农业农村局负责全县秸秆综合利用的组织实施。县发展改革局会同县农业农村局制定扶持政策。\n"
            "（二）加强执法。县生态环境局牵头，县农业农村局配合。县农业农村局负责建立台账。\n")
    _, triples = _run(text, "江苏省宿迁市泗洪县", "county")
    assert triples == {("二/(一)", "泗洪县农业农村局", "responsible"), ("二/(一)", "泗洪县农业农村局", "co"),
                       ("二/(一)", "泗洪县发展和改革局", "lead"), ("二/(二)", "泗洪县生态环境局", "lead"),
                       ("二/(二)", "泗洪县农业农村局", "co"), ("二/(二)", "泗洪县农业农村局", "responsible")}
