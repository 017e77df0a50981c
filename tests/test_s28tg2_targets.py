"""Session 28 (s28-tg2): target classes the stress notices o31–o48 showed, each written here in the style of another
province, level or era than the notice that showed it. Expected items are exact:
(task, value, unit, comparator, per_year, year_start, year_end); `text[span] == quote` holds."""
from __future__ import annotations

import pytest

from tests.snippets import targets as targets_of


# fmt: off
CASES = [
    # kinds named in quotation marks, each with its count, after 其中 (a Hebei county's 2018 sanitation plan; spec §7: a
    # restated sub-quantity that is a distinct demand; the first kind is no longer swallowed by the second's quote)
    ("某县2018年农村改厕工作方案\n一、工作目标\n2018年，全县完成农村户用厕所改造2万户，其中“水冲式”1.2万户、“双瓮式”0.8万户。",
     [("一", 20000, "户", "=", False, 2018, 2018), ("一", 12000, "户", "=", False, 2018, 2018),
      ("一", 8000, "户", "=", False, 2018, 2018)]),
    # an indicator table flattened into spaced lines whose first row is a ratio written `2.2:1 2.6:1` (a Henan
    # provincial action plan, 2022): the goal column is read (2.6:1 as 260 %, as the prose `比达到2.6∶1` reads), the
    # baseline 2.2:1 is not a target (spec §7: a baseline is not the target)
    ("河南省农产品加工业提质增效行动方案（2022—2025年）\n\n一、发展目标\n"
     "到2025年，全省农产品加工业质量效益明显提升，加工转化水平进一步提高，龙头企业带动能力明显增强，农产品加工业成为乡村产业振兴的重要支撑。主要指标如下：\n\n"
     "表1 主要指标\n指标 2021年 2025年 属性\n农产品加工业与农业总产值比 2.2:1 2.6:1 预期性\n"
     "农产品加工转化率（%） 65 72 预期性\n规模以上农产品加工企业（家） 6500 8000 预期性\n\n"
     "二、重点任务\n（一）培育龙头企业。支持龙头企业通过兼并重组、股权投资等方式做大做强，打造一批具有核心竞争力的农业产业化联合体，带动小农户共同发展。",
     [("一", 260, "%", "=", False, None, 2025), ("一", 72, "%", "=", False, None, 2025),
      ("一", 8000, "家", "=", False, None, 2025)]),
    # a hedged baseline after 由目前的 (`由目前的不足30%提高到50%以上`, a Guangdong provincial opinion of 2003): only the level
    # to reach is a target (spec §7: a baseline is not the target)
    ("广东省人民政府关于加强中小学教师队伍建设的意见\n各地级以上市人民政府，省政府各部门：\n一、目标任务\n"
     "（一）主要目标。从2003年起，用三年时间，使全省初中教师中具有本科学历的比例由目前的不足30%提高到50%以上。\n"
     "广东省人民政府\n二〇〇三年五月八日",
     [("一/(一)", 50, "%", ">=", False, 2003, 2005)]),
    # one change shared by two rates with its baseline before 分别 (`较上年分别提高3个百分点`, a Zhejiang city's 2022 work
    # points): one target per rate (guide TG19)
    ("温州市2022年政务服务工作要点\n一、提升热线服务质效\n1.优化12345热线运行机制，热线按时办结率、群众满意率较上年分别提高3个百分点。",
     [("一/1", 3, "个百分点", "=", False, 2022, 2022), ("一/1", 3, "个百分点", "=", False, 2022, 2022)]),
    # the year before the notice reviewed in its opening paragraph (a Sichuan county notice of 2012): the figures of 2011
    # describe, they demand nothing (spec §7); the goal of the numbered item stays
    ("四川省某县人民政府关于进一步做好新型农村社会养老保险工作的通知\n各乡（镇）人民政府，县直各部门：\n"
     "2011年，我县被确定为全省新型农村社会养老保险试点县，试点工作开局良好。全县参保率达到85.6%，累计发放养老金1200万元。"
     "为进一步做好新农保工作，现就有关事项通知如下：\n一、工作目标\n全县参保率稳定在90%以上。\n某县人民政府\n二〇一二年三月一日",
     [("一", 90, "%", ">=", False, None, None)]),
    # 每年 between an indicator's noun and the level it keeps is that indicator's own (a Jiangsu county opinion of 1998):
    # the later clauses naming their own indicators are not per year (as 年均 after its noun, s25)
    ("某县人民政府关于加快农业科技进步的意见\n各乡镇人民政府，县各委、办、局：\n一、主要目标\n"
     "到2000年，全县农业科技投入每年不低于农业总产值的1%，农业科技进步贡献率提高到50%，农业实用技术普及率达到80%以上。\n"
     "某县人民政府\n一九九八年三月十日",
     [("一", 1, "%", ">=", True, None, 2000), ("一", 50, "%", "=", False, None, 2000), ("一", 80, "%", ">=", False, None, 2000)]),
    # a cap on what may be applied for or obtained (`个人最高可申请20万元`, `最高可获得300万元`, a Shandong provincial
    # measure of 2020): amounts the policy caps, `<=` (spec §7 `最高不超过15万元`)
    ("山东省人民政府办公厅关于支持返乡入乡创业的若干措施\n各市人民政府，省政府各部门：\n一、加大金融支持\n"
     "（一）对符合条件的返乡创业人员，按规定给予创业担保贷款支持，个人最高可申请20万元，小微企业最高可获得300万元。\n"
     "山东省人民政府办公厅\n2020年6月2日",
     [("一/(一)", 200000, "元", "<=", False, None, None), ("一/(一)", 3000000, "元", "<=", False, None, None)]),
    # how many heating seasons a subsidy runs (`连续补贴3个供暖季`, a Hebei provincial plan of 2021): a duration, out (spec §7)
    ("河北省2021年农村地区冬季清洁取暖工作方案\n一、补贴政策\n（一）对完成“煤改电”的农户，每户每年补贴运行费用不超过1000元，连续补贴3个供暖季。",
     [("一/(一)", 1000, "元", "<=", True, 2021, 2021)]),
    # the size of units counted just before (`完成4台20万千瓦燃煤机组烟气脱硫改造`, an Inner Mongolia plan of 2008): the
    # count is the target, the capacity names which units (a size class, as `30万千瓦以下机组` is)
    ("内蒙古自治区2008年主要污染物总量减排工作方案\n一、工程减排\n（一）2008年底前，完成4台20万千瓦燃煤机组烟气脱硫改造，新增脱硫能力10万吨。",
     [("一/(一)", 4, "台", "=", False, None, 2008), ("一/(一)", 100000, "吨", "=", False, None, 2008)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES)
def test_s28tg2_classes(text, expected):
    assert targets_of(text) == expected
