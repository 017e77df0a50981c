"""s12-speed: hot patterns rebound to their standard-library twins (pipeline/twins.py) give the same
matches as the `regex` originals, and the records do not change."""
from __future__ import annotations

import importlib
import re as stdlib_re

import pytest

import pipeline.document  # noqa: F401  (binds the listed patterns: pipeline/twins.py)
from pipeline import twins
from pipeline.scan import stdlib_twin

# Snippets written for these tests in the style of several provinces, levels and eras (not from any corpus).
SNIPPETS = [
    "各市、县（市、区）人民政府，省政府各部门、各直属机构：\n现将《关于加快发展林下经济的实施意见》印发给你们，请认真贯彻执行。",
    "三、保障措施\n（一）加强组织领导。县发展改革、财政、自然资源主管部门要按照职责分工，做好项目审批工作。"
    "县水利局牵头，县农业农村局、县生态环境局配合。",
    "第十二条 县级以上地方人民政府民政、公安、卫生健康行政部门应当依法履行监督职责，"
    "乡镇人民政府（街道办事处）负责辖区内的具体实施。",
    "1.完善投入机制。到2025年，全省农村自来水普及率达到90%以上，其中山区县不低于85%。（责任单位：省水利厅、省财政厅）",
    "2．加强督查考核 市政府督查室会同市发展改革委定期通报进展情况，各区管委会、各镇人民政府要于每季度末前报送。",
    "黔南州人民政府办公室\n2016年5月20日\n（此件公开发布）\n抄送：州委办公室，州人大常委会办公室，州政协办公室。",
    "本办法自2019年1月1日起施行。2008年3月印发的《城镇廉租住房管理办法》（市政发〔2008〕15号）同时废止。",
    "各旗县区人民政府，盟行政公署各委、办、局，各企事业单位：经盟行署第十次常务会议研究同意，现印发给你们。",
    "（三）建立联席会议制度。由副县长任召集人，县教育局、县人社局、县市场监管局、团县委、县妇联等单位为成员单位，"
    "联席会议办公室设在县教育局，负责日常工作。",
    "第一章 总则\n第一条 为了规范行政执法行为，根据《中华人民共和国行政处罚法》等法律法规，结合本省实际，制定本办法。"
    "第二条 省人民政府法制机构负责本办法的组织实施。",
    "二○一五年十二月三十日\n重庆市人民政府令 第296号\n《重庆市实施〈中华人民共和国防洪法〉办法》已经2015年12月21日市人民政府第118次常务会议通过，现予公布。",
    "附件：1．任务分工表\n序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限\n1 | 编制专项规划 | 区住建局 | 区规资局 | 2022年6月底前",
]


def _listed():
    out = []
    for module_name, names in twins.TWINNED.items():
        for name in names:
            out.append((module_name, name))
    return out


@pytest.mark.parametrize("module_name,name", _listed())
def test_listed_pattern_exists_and_has_a_twin(module_name, name):
    """A stale entry (a pattern renamed or rewritten without a twin by a rule change) is dropped from
    pipeline/twins.py's list, not worked around."""
    original = twins.ORIGINALS.get((module_name, name))
    assert original is not None, f"{module_name}.{name}: no regex pattern of that name (drop it from TWINNED)"
    assert stdlib_twin(original) is not original, f"{module_name}.{name}: no standard-library twin any more"


def _sig(m):
    return None if m is None else (m.span(), m.groups(), m.groupdict())


@pytest.mark.parametrize("module_name,name", _listed())
def test_twin_matches_as_the_original(module_name, name):
    original = twins.ORIGINALS[(module_name, name)]
    twin = stdlib_twin(original)
    for text in SNIPPETS:
        assert [_sig(m) for m in original.finditer(text)] == [_sig(m) for m in twin.finditer(text)]
        for i in range(len(text) + 1):
            assert _sig(original.match(text, i)) == _sig(twin.match(text, i))
            assert _sig(original.search(text, i, min(len(text), i + 40))) == _sig(twin.search(text, i, min(len(text), i + 40)))


def test_names_are_bound_to_the_twins_after_use():
    organs = importlib.import_module("pipeline.nlp.organs")
    organs.SHARED_HEAD.search("县发展改革、财政主管部门")  # (first use builds the twin and rebinds the name)
    assert isinstance(organs.SHARED_HEAD, stdlib_re.Pattern)
    assert twins.adopt_twins() is twins.ORIGINALS  # a second call binds nothing again
    assert isinstance(organs.SHARED_HEAD, stdlib_re.Pattern)


def test_stdlib_twin_of_a_stdlib_pattern_is_itself():
    p = stdlib_re.compile("[局厅委]")
    assert stdlib_twin(p) is p


def test_records_same_with_the_originals():
    from pipeline import process_text
    from pipeline.write import to_json

    text = "\n".join(["县人民政府办公室关于印发某县农村人居环境整治实施方案的通知", "各乡镇人民政府，县直各有关单位："]
                     + SNIPPETS[1:5] + ["某县人民政府办公室", "2021年3月2日"])
    with_twins = to_json(process_text(text, region="贵州省", admin_level="county").model_dump(mode="json"))
    saved = {}
    try:
        for (module_name, name), original in twins.ORIGINALS.items():
            module = importlib.import_module(module_name)
            saved[(module_name, name)] = getattr(module, name)
            setattr(module, name, original)
        with_originals = to_json(process_text(text, region="贵州省", admin_level="county").model_dump(mode="json"))
    finally:
        for (module_name, name), bound in saved.items():
            setattr(importlib.import_module(module_name), name, bound)
    assert with_twins == with_originals
