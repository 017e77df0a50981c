"""s17-coll: collectives as written in forms of other provinces, levels and eras (spec 1.1 section 5).

Each snippet is written for this test in the style of a county, town or provincial office unlike the
opened batches; the expected items are the whole department sets (precision included)."""
from pipeline import process_text


def names(text: str) -> list[str]:
    return sorted(d["name"] for d in process_text(text, doc_id="t").model_dump()["departments"])


def test_towns_townships_and_streets_in_brackets():
    # a Guangxi county office: 各镇（乡、街道） is one collective as written, like 各镇（街道）
    text = ("二、工作要求\n（一）压实责任。各镇（乡、街道）要落实属地责任，"
            "做好辖区内困难群众的排查工作。\n（二）加强宣传。各乡（镇、街道）要在村（社区）张贴公告。")
    assert names(text) == ["各乡（镇、街道）", "各镇（乡、街道）"]


def test_members_of_a_leading_group_with_determiner():
    # a Heilongjiang county: 领导小组各有关成员单位, kept as written with its group
    text = "三、保障措施\n县乡村振兴领导小组各有关成员单位要按照职责分工，密切配合，形成合力。"
    got = names(text)
    assert any(n.endswith("领导小组各有关成员单位") for n in got), got


def test_place_collective_before_bare_determined_departments():
    # 各地、有关部门 / 各区县、相关部门 (addressees of a Chongqing-style notice): each member its own collective, but 各地
    # in a prose duty names no kind of place (guide D64, session 25)
    text = "四、工作要求\n各区县、相关部门要完善配套政策，各地、有关部门要及时报送进展情况。"
    assert names(text) == ["各区县", "有关部门", "相关部门"]


def test_level_determiner_before_an_authority():
    # a 1990s-style provincial circular: 县级以上登记管理机关, a collective as written
    text = "二、\n县级以上登记管理机关应当对本行政区域内的社会团体进行年度检查。"
    assert names(text) == ["县级以上登记管理机关"]


def test_gas_management_written_whole_in_a_bare_list():
    # a Hainan city notice: the list closes with 燃气管理部门 without 等 (城镇燃气管理条例 第五条)
    text = "三、职责分工\n由市场监管、应急管理、燃气管理部门按职责开展联合检查。"
    assert names(text) == ["市场监管部门", "应急管理部门", "燃气管理部门"]


def test_precision_no_spurious_collective():
    # look-alikes that are no organs: places as actors, a 各地 not paired with departments, service bodies
    text = ("二、主要任务\n支持各地结合实际探索创新，各地区经验做法要及时总结。"
            "鼓励有条件的镇（乡、街道）建设综合服务中心，各镇（乡、街道）卫生院做好配合。"
            "燃气管理工作要纳入安全生产考核。")
    assert names(text) == []


def test_full_short_county_notice():
    # a whole short notice in the style of a Guangxi county office (all departments expected)
    text = ("某县人民政府办公室关于做好2024年防汛工作的通知\n"
            "各镇（乡、街道），县直各有关单位：\n"
            "一、压实责任\n各镇（乡、街道）要落实属地责任，各镇（乡、街道）卫生院做好医疗救护准备。\n"
            "二、加强协作\n由水利、应急管理、燃气管理部门开展联合检查，县防汛抗旱指挥部各有关成员单位要密切配合。\n")
    got = names(text)
    assert "各镇（乡、街道）" in got and "水利部门" in got and "应急管理部门" in got and "燃气管理部门" in got, got
    assert not any("卫生院" in n or n == "燃气部门" for n in got), got
    assert any(n.endswith("指挥部各有关成员单位") for n in got), got
