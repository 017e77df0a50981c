"""Assignments of session 37 (s37-assign): duties given in prose and annotations of transmitted and self-titled plans.
Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the misses
(a Sichuan township plan of 2022, a Hubei county plan of 2019, a Guizhou provincial plan of 2019); not copied from any notice."""
from tests.test_organs_s5 import _run


def test_an_organ_heading_its_line_that_works_huitong_leads():
    # a Hebei county 沼气 plan of the 2000s, duties divided organ by organ in paragraphs: `X：负责…，会同Y做好…` gives X lead and
    # Y co (guide R12, spec 1.1 section 6 `A会同B`), as any `A负责…，会同B…`
    _, triples = _run("一、工作目标\n（一）总体目标。到2010年，全县农村沼气入户率达到40%以上。\n二、职责分工\n"
                      "　　县农业局：负责沼气项目的规划编制和技术培训，会同县财政局做好补助资金的审核兑付。\n"
                      "　　县公安局：负责配合各乡镇开展安全巡查。\n"
                      "　　县质监局：负责配合开展沼气池质量抽检，依法查处销售不合格配件的行为。\n"
                      "三、保障措施\n（一）加强宣传。各乡镇要广泛宣传。\n", "河北省保定市阜平县", "county")
    # 负责配合 alone is the supporting share (R21: co); going on with a duty of its own, responsible (R21's scope, S34)
    assert triples == {("二", "阜平县农业局", "lead"), ("二", "阜平县财政局", "co"), ("二", "阜平县公安局", "co"),
                       ("二", "阜平县质量技术监督局", "responsible")}


def test_fu_ze_pei_he_with_an_own_duty_clause_in_prose():
    # a Jiangxi prefecture opinion: `A负责配合B…，督促…` is not wholly co-operation; `C负责配合B…` alone is (R21)
    _, triples = _run("一、重点工作\n（一）规范市场秩序。市公安局负责配合市市场监管局开展联合检查，督促企业落实安全责任。\n"
                      "（二）加强源头管控。市交通运输局负责配合市市场监管局开展运输环节检查。\n", "江西省赣州市", "prefecture")
    assert triples == {("一/(一)", "赣州市公安局", "responsible"), ("一/(二)", "赣州市交通运输局", "co")}


def test_a_technical_guidance_field_in_an_annotation_is_co():
    # a Guangdong provincial plan: `技术指导：X` / `业务指导：X` beside the 责任单位 or 牵头单位 names a supporting share (S35 CR1 Q4)
    _, triples = _run("一、重点任务\n（一）推进高标准农田建设。新建高标准农田100万亩。（责任单位：各地级以上市人民政府；技术指导：省农业农村厅）\n"
                      "（二）发展节水灌溉。新增高效节水灌溉面积20万亩。（牵头单位：省水利厅；业务指导：省农业农村厅、省自然资源厅）\n",
                      "广东省", "province")
    assert triples == {("一/(一)", "各地级以上市人民政府", "responsible"), ("一/(一)", "广东省农业农村厅", "co"),
                       ("一/(二)", "广东省水利厅", "lead"), ("一/(二)", "广东省农业农村厅", "co"),
                       ("一/(二)", "广东省自然资源厅", "co")}


def test_a_joint_meetings_office_given_work_with_an_object_and_its_host():
    # a Yunnan county plan: the office of a joint meeting the item builds, seated in a bureau and given the item's work with
    # an object, is assigned with its host (guide R28 made precise, S33 CK Q3); `负责日常工作` is the body's make-up (R28)
    _, triples = _run("一、主要任务\n（一）加强组织领导。建立由县卫生健康局、县教育局、县民政局等部门组成的县托育服务发展工作联席会议制度，"
                      "联席会议办公室设在县卫生健康局，负责统筹协调全县托育服务发展工作。\n"
                      "（二）健全工作机制。成立县禁毒工作领导小组，领导小组办公室设在县公安局，负责日常工作。\n",
                      "云南省曲靖市陆良县", "county")
    assert triples == {("一/(一)", "陆良县托育服务发展工作联席会议办公室", "responsible"),
                       ("一/(一)", "陆良县卫生健康局", "responsible")}
