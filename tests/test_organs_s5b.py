"""Organs written with a function, bodies of every level and two-level governments (issue 12,
session 5, second pass). Snippets written for these tests in the style of other provinces,
levels and eras than the notices that raised the rules."""
from tests.test_organs_s5 import _run


def test_a_sectors_department_named_by_its_function_is_kept_as_written():
    # a Zhejiang prefecture's 办法 (articles), 2010s
    names, triples = _run("第一章 总则\n第一条 为做好老年人优待工作，制定本办法。\n"
                          "第二条 市老龄工作机构负责全市老年人优待工作的组织协调，区老龄工作机构负责本辖区的具体工作。\n"
                          "第三条 文物保护部门、新闻宣传部门和文化市场执法部门按照各自职责做好相关工作。\n",
                          "浙江省温州市", "prefecture")
    assert names == {"温州市老龄工作机构": "市老龄工作机构", "区老龄工作机构": "区老龄工作机构",
                     "文物保护部门": "文物保护部门", "新闻宣传部门": "新闻宣传部门", "文化市场执法部门": "文化市场执法部门"}
    assert triples == {("第一章/第二条", "温州市老龄工作机构", "responsible"),
                       ("第一章/第二条", "区老龄工作机构", "responsible")}


def test_a_body_inside_a_department_and_bodies_to_be_built_are_not_organs():
    # a Hubei provincial 办法: the department's own data office; building up work bodies
    names, _ = _run("一、要求\n（一）各单位应当将本部门统计工作机构报省统计局备案。加强档案工作机构和队伍建设。\n",
                    "湖北省", "province")
    assert set(names) == {"湖北省统计局"}


def test_working_bodies_of_every_level_and_congresses_of_every_level():
    # a Jiangxi provincial 规划, 2010s
    names, _ = _run("一、保障措施\n（一）健全各级党委农村工作领导小组工作机制，设置各级人民政府教育督导机构。"
                    "主动接受各级人大监督，支持各级政协开展民主监督。\n", "江西省", "province")
    assert set(names) == {"各级党委农村工作领导小组", "各级人民政府教育督导机构", "各级人大", "各级政协"}


def test_governments_of_two_levels_and_committees_of_a_kind_of_unit():
    # a Gansu provincial 意见: 市县政府, 高校党委, 国家有关部门; 高校党委领导下的校长负责制 is a system
    names, _ = _run("一、任务\n（一）将该项工作列入市县政府考核，落实高校党委主体责任，争取国家有关部门支持。"
                    "坚持高校党委领导下的校长负责制。\n", "甘肃省", "province")
    assert set(names) == {"市县政府", "高校党委", "国家有关部门"}
