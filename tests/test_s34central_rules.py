"""s34-central: central notices (State Council, ministries' orders). Snippets written for these tests in the style of
another ministry and era than the notices that showed each class; none copied from a notice; expected items exact."""
from tests.snippets import organs


def test_a_level_governments_sector_that_ends_longer_words_with_its_alternative_bracketed():
    # a 1990s culture ministry's rule and a construction ministry's order of the 2000s: the statute's level government,
    # then 文化 / 建设 (which also end longer words: 企业文化, 法治政府建设) with the alternative sector bracketed; the
    # bracket makes the word the sector: two collectives, the level shared (spec 1.1 section 5, guide D25)
    text = ("文化部关于加强文物经营活动管理的规定\n第一章 总则\n"
            "第四条 县级以上地方人民政府文化（文物）主管部门负责本行政区域内文物经营活动的监督管理。\n"
            "第五条 县级以上人民政府建设（规划）主管部门负责历史街区的保护管理。\n"
            "第六条 法治政府建设部门的考核另行规定。\n"
            "第七条 本规定自1997年5月1日起施行。\n")
    assert organs(text, "全国", "central") == {
        "县级以上地方人民政府文化主管部门": "县级以上地方人民政府文化（文物）主管部门",
        "县级以上地方人民政府文物主管部门": "县级以上地方人民政府文化（文物）主管部门",
        "县级以上人民政府建设主管部门": "县级以上人民政府建设（规划）主管部门",
        "县级以上人民政府规划主管部门": "县级以上人民政府建设（规划）主管部门",
    }


def test_central_organs_of_earlier_structures_are_named_as_they_were():
    # a 1999 State Council notice (the class was seen as organs of other eras missing from the table): the 国家局 under
    # 国家经贸委 of the 1998 reform written in full and short, a 办事机构 of 1999-2018 (the addressees' line names no department)
    text = ("国务院办公厅关于清理整顿小炼油厂和规范原油成品油流通秩序的通知\n各省、自治区、直辖市人民政府：\n"
            "一、由国家石化局会同国家冶金工业局、国家轻工业局负责清理整顿工作，国务院防范办做好配合。\n"
            "国务院办公厅\n1999年5月25日\n")
    assert organs(text, "全国", "central") == {
        "国家石油和化学工业局": "国家石化局",
        "国家冶金工业局": "国家冶金工业局",
        "国家轻工业局": "国家轻工业局",
        "国务院防范和处理邪教问题办公室": "国务院防范办",
    }


def test_a_ministry_orders_provincial_formula_before_a_single_sector():
    # a civil-affairs ministry's order of the 2000s and a finance ministry's 办法 (the class was seen in a housing and a
    # commerce administration's orders): `省、自治区、直辖市X部门` and `报省、自治区、直辖市人民政府X部门` with no 行政/主管,
    # one collective each as written (guide D25); the governments alone stay their formula
    text = ("民政部关于社会福利机构管理的暂行办法\n第一章 总则\n"
            "第三条 省、自治区、直辖市民政部门负责本行政区域内社会福利机构的监督管理。\n"
            "第四条 设立社会福利机构，由举办者报省、自治区、直辖市人民政府财政部门备案，"
            "重大事项报省、自治区、直辖市人民政府批准，涉及河道的报省、自治区、直辖市人民政府水利（河道）主管部门审核。\n"
            "第五条 本办法自2004年1月1日起施行。\n")
    assert organs(text, "全国", "central") == {
        "省、自治区、直辖市民政部门": "省、自治区、直辖市民政部门",
        "省、自治区、直辖市人民政府财政部门": "省、自治区、直辖市人民政府财政部门",
        "省、自治区、直辖市人民政府": "省、自治区、直辖市人民政府",
        # a bracketed field with 主管 is PROVINCIAL_FORMULA's (two collectives), untouched by this rule
        "省、自治区、直辖市人民政府水利主管部门": "省、自治区、直辖市人民政府水利（河道）主管部门",
        "省、自治区、直辖市人民政府河道主管部门": "省、自治区、直辖市人民政府水利（河道）主管部门",
    }
