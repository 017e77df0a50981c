"""s17-assign: assignment phrasings the metamorphic swap (scripts/assign_swap.py) exposed.

Snippets written for these tests in the styles of a Gansu prefecture (2020), a Heilongjiang city district (2016) and a
county bureau's notice (2009); none copied from a corpus notice. Expected triples by spec 1.1 section 6."""
import sys
from pathlib import Path

import pytest

from pipeline import process_text
from pipeline.clean import _role_line_before_paragraph
from pipeline.extract.responsibilities import _listed_unit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
CASES = {}
CASES["zhangye"] = """张掖市人民政府办公室关于印发张掖市加快5G网络建设实施方案的通知
张政办发〔2020〕41号
各县区人民政府，市政府各部门：
现将《张掖市加快5G网络建设实施方案》印发给你们，请认真组织实施。
张掖市人民政府办公室
2020年6月12日
张掖市加快5G网络建设实施方案
一、加快基站建设
1.推进站址规划。将5G站址纳入国土空间规划，做好站址预留。（市自然资源局、市铁塔公司、各基础电信企业、各县区人民政府负责）
2.开放公共资源。推动机关、学校、医院等公共场所向5G基站建设开放。（市工业和信息化局、市教育局、各县区人民政府负责）
二、强化保障
3.落实电价政策。对符合条件的5G基站执行转供电改直供电政策。（市发展和改革委员会、国网张掖供电公司负责）
4.推进共建共享。推动杆塔、管道等资源共建共享。（市工业和信息化局、市住房和城乡建设局、各基础电信企业按职能分工负责）
"""
CASES["hulan"] = """呼兰区人民政府关于印发呼兰区农村人居环境整治实施方案的通知
各乡镇人民政府、街道办事处，区政府各有关部门：
现将《呼兰区农村人居环境整治实施方案》印发给你们，请结合实际认真贯彻落实。
哈尔滨市呼兰区人民政府
2016年3月2日
呼兰区农村人居环境整治实施方案
一、重点任务
（一）推进垃圾治理。建立村收集、乡镇转运、区处理的垃圾收运体系，配齐保洁人员和收运设施。
责任单位：区城市管理局、区财政局、区农业局、区环境保护局、区住房和城乡建设局、各乡镇人民政府
区财政局会同区审计局加强资金监管，确保专款专用，定期通报资金使用情况和项目进展。
（二）推进污水治理。因地制宜建设农村污水处理设施，逐步提高污水处理率。
牵头单位：区住房和城乡建设局　配合单位：区环境保护局、区水务局、各乡镇人民政府
区住房和城乡建设局要会同有关部门制定年度计划，分批组织实施，年底前完成首批项目。
"""
CASES["precision"] = """某县教育局关于做好2009年秋季学期开学工作的通知
各乡镇中心学校，县直各学校：
现将有关事项通知如下。
一、做好校舍安全排查。各校要在开学前完成校舍安全排查（县教育局督促各学校负责），对发现的隐患及时整改（鼓励企业负责）。
二、做好经费保障。责任单位：县教育局、县财政局负责组织实施，各乡镇
要做好配合工作，确保各项任务落到实处，按时完成经费拨付。
某县教育局
2009年8月20日
"""


def triples(text, doc_id="x"):
    r = process_text(text, doc_id=doc_id).model_dump()
    for x in r["responsibilities"]:
        assert r["text"][x["span"][0]:x["span"][1]] == x["quote"]
    return {(x["task"], x["department"], x["role"]) for x in r["responsibilities"]}


def test_fuze_list_with_enterprises_keeps_its_organs():
    # `（A、B公司、各基础电信企业、各县区人民政府负责）`: the enterprises get nothing, the organs stay responsible
    got = triples(CASES["zhangye"])
    assert {("一/1", "张掖市自然资源局", "responsible"), ("一/1", "各县区人民政府", "responsible"),
            ("一/2", "张掖市工业和信息化局", "responsible"), ("一/2", "张掖市教育局", "responsible"),
            ("一/2", "各县区人民政府", "responsible"),
            ("二/3", "张掖市发展和改革委员会", "responsible"),
            ("二/4", "张掖市工业和信息化局", "responsible"), ("二/4", "张掖市住房和城乡建设局", "responsible")} <= got
    assert not any("公司" in d or "企业" in d for _, d, _ in got)


def test_role_line_ends_before_the_next_paragraph():
    # a label line under the item, then a paragraph of the same item: the item carries an annotation, so only the
    # annotation counts (spec 1.1 section 6); the paragraph's 会同 gives nothing and changes no role
    got = triples(CASES["hulan"])
    org = "哈尔滨市呼兰区"
    assert got == {("一/(一)", org + x, "responsible") for x in ("城市管理局", "财政局", "农业局", "环境保护局", "住房和城乡建设局")} | {
        ("一/(一)", "各乡镇人民政府", "responsible"),
        ("一/(二)", org + "住房和城乡建设局", "lead"), ("一/(二)", org + "环境保护局", "co"),
        ("一/(二)", org + "水务局", "co"), ("一/(二)", "各乡镇人民政府", "co")}


def test_precision_lookalikes_unchanged():
    got = triples(CASES["precision"])
    # `（县教育局督促各学校负责）`, `（鼓励企业负责）`: prose in brackets, no list: nothing for item 一
    assert not any(t == "一" for t, _, _ in got)


@pytest.mark.parametrize("a,b,keep", [
    ("责任单位：省地方金融监管局、人行合肥中心支行、安徽银保监局、安徽证监局、各市人民政府",
     "省经济和信息化厅会同省财政厅等单位制定具体实施细则或申报服务指南。严格申报程序。", True),
    ("牵头单位：市人社局　配合单位：市财政局、市教育局", "加强统筹协调，建立工作台账，定期通报进展情况。", True),
    # a sentence cut by the layout after a label: not a list line
    ("责任单位：县教育局、县财政局负责组织实施，各乡镇", "要做好配合工作，确保各项任务落到实处，按时完成。", False),
    # the next line goes on the list
    ("责任单位：市发展改革委、市财政局、市人力资源社会保障局、市住房城乡建设局", "、市交通运输局。负责…。加强保障。", False),
    # the next line is no paragraph (another label, a short stub)
    ("牵头单位：县发改局", "配合单位：县财政局", False),
])
def test_role_line_before_paragraph(a, b, keep):
    assert _role_line_before_paragraph(a, b) is keep


@pytest.mark.parametrize("blanked,f,ok", [
    ("      、省铁塔公司、各基础电信企业、      负责", "省铁塔公司", True),
    ("      、省铁塔公司、各基础电信企业、      负责", "各基础电信企业", True),
    ("    督促各学校负责", "督促各学校", False),
    ("鼓励企业负责", "鼓励企业", True),  # (no organ inside: _is_assignment rejects it before)
    ("      、省铁塔公司开展试点", "省铁塔公司", False),
    ("      、      、各基础电信企业按职能分工负责", "各基础电信企业", True),
    ("      、县供电公司等配合", "县供电公司", True),
])
def test_listed_unit(blanked, f, ok):
    assert _listed_unit(blanked, f) is ok


def test_swap_forms_keep_triples():
    # the swap's forms of one annotation give the same triples (spec 1.1 section 6)
    from assign_swap import render
    st = {"colon": "：", "sep": "、", "semi": "；", "line_gap": False, "duty": "职责"}
    head = CASES["zhangye"].split("一、加快基站建设")[0] + "一、加快基站建设\n1.推进站址规划。将5G站址纳入国土空间规划，做好站址预留。"
    tail = "\n2.开放公共资源。推动公共场所向5G基站建设开放。\n"
    seen = []
    for form in ("label-pei", "label-can", "label-ze", "qt-pei", "qt-can", "qt-deng-pei", "ze-qt", "qtfz-can", "qt-fengong"):
        body, _ = render("LC", form, ["市工业和信息化局"], ["市自然资源局", "市教育局"], st)
        seen.append({x for x in triples(head + "（" + body + "）" + tail) if x[0] == "一/1"})
    assert all(s == {("一/1", "张掖市工业和信息化局", "lead"), ("一/1", "张掖市自然资源局", "co"),
                     ("一/1", "张掖市教育局", "co")} for s in seen), seen
