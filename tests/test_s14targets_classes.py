"""Targets and years by construction class (session 14, helper s14-targets), found by the stress method
(tests/s14targets_stress.py): short notices written for this file in the style of other provinces, levels and eras.

* Hours of instruction (学时, 课时) are an amount of training, per a period of several years (`每五年接受不少于360学时的
  培训`) or with no period (`初次安全培训时间不得少于48学时`), never a time limit (guide TG11).
* `N条措施` names how many items a policy package sets out (`稳经济28条措施`): structural (guide TG16).
* A preamble sentence `决定用三年时间（2022—2024年）实施…` states the period of what the policy sets out (spec 1.1 §7,
  a body sentence of duration); `三年累计…` is the plan's own period.
* Deadlines without 到 read like 到 (spec 1.1 §7): `于2025年底`, `2025年6月底，`, `到明年`; `2025年度内` is the year;
  `力争2026年…` keeps the year (tests/test_targets_s7.py: `力争2022年达到60亿元` is the level of that year).
* An item's annotation gives its deadline (`（县市场监管局牵头，2023年10月底前完成）`, `完成时限：2024年3月` on a line under
  it), read like 到, before the plan's period; so does a task table's deadline column (`完成时间`, `完成时限`).
* A date that says which objects are meant (`2000年底前建成的老旧小区`) is neither the target's year nor a past year that
  makes the sentence a report; verbs of works and investment lists (加装, 安装, 敷设, 开工, 签约…) demand.
* An open start in the target's sentence (`从2022年起，每年…`) inside a plan with a period ends with the plan.
* A table that allocates quotas (`…目标任务分解表`, `…任务分配表`): each amount is a quota, in its column head's unit or
  the table's `单位：万人` line.
* A transmitting notice naming the year's work (`为做好2023年森林防火工作，现将《…》印发`) dates the plan it issues as
  a one-year plan.
* A rate bounded before `的` and the units it describes (`研发投入占营业收入比例不低于3%的科技型中小企业`) says who
  qualifies (spec §7: eligibility out).
* `每年完成以下任务：A；B；C` gives every item per_year (guide TG3 over a list cut by ；); `每年安排…资金：市级300万元、县级
  200万元` gives the amounts after the colon of a provide or demand verb (not `具备以下条件：`).
* Item lines under `其中：` or `如下：` (`（一）县道200公里；`, `（一）东苑小区25套，位于…`) are the breakdown's amounts (spec
  §7, a restated sub-quantity), per year when the introducing line is; not under a heading of another level.
* `1T OPS/w`: a unit prefix cut from its unit by a copy's space.

Every case runs the whole pipeline; tests.snippets checks text[span] == quote for every target."""
from __future__ import annotations

import pytest

from tests.snippets import targets

# fmt: off
CASES = [
    # a Hubei-style education department's opinions (2021): hours per five years after 接受
    ("湖北省教育厅关于加强乡村教师培训的意见\n各市、州、县教育局：\n一、每位乡村教师每五年接受不少于360学时的培训。\n"
     "湖北省教育厅\n2021年3月1日\n",
     [("一", 360, "学时", ">=", False, None, None)]),
    # a central ministry's safety notice: first training hours without a period; yearly retraining
    ("某部关于加强危险化学品从业人员培训的通知\n各省、自治区、直辖市应急管理厅：\n"
     "一、主要负责人初次安全培训时间不得少于32学时，每年再培训时间不得少于12学时。\n二、发生事故后，企业应当在1小时内报告。\n"
     "某部\n2022年3月8日\n",
     [("一", 32, "学时", ">=", False, None, None), ("一", 12, "学时", ">=", True, None, None)]),
    # a Guangxi-style package of measures: 稳经济28条措施 is the package's name, the subsidy is in
    ("某自治区支持民营经济发展若干措施\n为贯彻落实稳经济28条措施，提出以下措施。\n"
     "一、对吸纳就业困难人员5人以上的民营企业，给予每人2000元一次性吸纳就业补贴。\n某自治区人民政府办公厅\n2023年9月5日\n",
     [("一", 2000, "元", "=", False, None, None)]),
    # a Fujian-style notice: the preamble's effort phrase with its years dates the items
    ("某省人民政府办公厅关于实施县城补短板强弱项工程的通知\n各市、县（区）人民政府：\n"
     "为推进以县城为重要载体的城镇化建设，决定用三年时间（2022—2024年）实施县城补短板强弱项工程。\n"
     "一、建设任务\n全省新建改造县城道路1000公里，新增停车位10万个。\n某省人民政府办公厅\n2022年3月20日\n",
     [("一", 1000, "公里", "=", False, 2022, 2024), ("一", 100000, "个", "=", False, 2022, 2024)]),
    # the same without the bracketed years: counted from the issue year
    ("某省人民政府办公厅关于实施县城补短板强弱项工程的通知\n各市、县（区）人民政府：\n"
     "为推进以县城为重要载体的城镇化建设，决定用三年时间实施县城补短板强弱项工程。\n"
     "一、建设任务\n全省新建改造县城道路1000公里。\n某省人民政府办公厅\n2022年3月20日\n",
     [("一", 1000, "公里", "=", False, 2022, 2024)]),
    # a Guizhou-style schedule: each year's bare year; the three-year total is the title's period
    ("某市新能源汽车推广应用实施方案（2022—2024年）\n为加快新能源汽车推广应用，制定本方案。\n一、推广目标\n"
     "2022年，全市新增推广新能源汽车1000辆；2023年，新增推广2000辆。三年累计建成充电桩5000个以上。\n"
     "某市人民政府办公室\n2022年4月1日\n",
     [("一", 1000, "辆", "=", False, 2022, 2022), ("一", 2000, "辆", "=", False, 2023, 2023),
      ("一", 5000, "个", ">=", False, 2022, 2024)]),
    # deadlines without 到 in a prefecture's opinions (2023)
    ("某市人民政府关于加快推进公共充电设施建设的意见\n各区县人民政府：\n"
     "一、于2025年底建成公共充电桩3000个。\n二、2024年6月底，全市建成换电站20座。\n三、力争2026年实现乡镇充电站全覆盖，建成乡镇充电站80个。\n"
     "四、到明年，新增城市公共停车位5000个。\n五、2024年度内完成老旧小区充电设施改造100个。\n某市人民政府\n2023年5月1日\n",
     [("一", 3000, "个", "=", False, None, 2025), ("二", 20, "座", "=", False, None, 2024),
      ("三", 80, "个", "=", False, 2026, 2026), ("四", 5000, "个", "=", False, None, 2024),
      ("五", 100, "个", "=", False, 2024, 2024)]),
    # a county's task list (Henan style): the item's annotation gives its deadline, bracketed or on a labelled line;
    # an annotation without a date gives none
    ("某县2023年优化营商环境重点任务分工\n1.新增市场主体3000户。（县市场监管局牵头，2023年10月底前完成）\n"
     "2.企业开办时间压缩至1个工作日以内。（责任单位：县政务服务中心；完成时限：2023年6月底前）\n"
     "3.建成县级政务服务驿站15个。\n责任单位：县政务服务中心\n完成时限：2024年3月\n"
     "4.培育“专精特新”企业10家。（县工业和信息化局负责，长期坚持）\n某县人民政府办公室\n2023年3月1日\n",
     [("1", 3000, "户", "=", False, None, 2023), ("3", 15, "个", "=", False, None, 2024),
      ("4", 10, "家", "=", False, 2023, 2023)]),
    # a prefecture's task table (a web copy's cells): the deadline column dates its row
    ("某市城市更新重点任务分工表\n序号 | 重点任务 | 牵头单位 | 完成时间\n1 | 改造老旧小区45个 | 市住房城乡建设局 | 2024年11月\n"
     "2 | 新建口袋公园12个 | 市园林局 | 2024—2025年\n3 | 新增停车泊位3000个 | 市交通运输局 | 长期坚持\n某市人民政府办公室\n2024年2月1日\n",
     [(None, 45, "个", "=", False, None, 2024), (None, 12, "个", "=", False, 2024, 2025),
      (None, 3000, "个", "=", False, None, None)]),
    # a county's plan (Shaanxi style): a date naming which houses are meant is no time expression; verbs of works
    ("某县农村危房改造实施方案\n一、工作目标\n全面完成2008年以前建成的农村危房改造，改造危房1200户，敷设供水管网45公里，"
     "安装路灯800盏。\n某县人民政府办公室\n2019年5月6日\n",
     [("一", 1200, "户", "=", False, None, None), ("一", 45, "公里", "=", False, None, None),
      ("一", 800, "盏", "=", False, None, None)]),
    # a province's five-year plan (Jiangxi style): an open start inside the plan ends with the plan; a policy's own
    # open-ended validity keeps its open end
    ("某省“十四五”全民健身实施计划（2021—2025年）\n一、主要目标\n从2022年起，全省每年新建社会足球场地100块。\n"
     "某省人民政府\n2021年9月1日\n",
     [("一", 100, "块", "=", True, 2022, 2025)]),
    ("某市老年人优待办法\n第一条　年满65周岁的老年人乘坐公交车享受半价优惠。\n第二条　本办法自2021年5月1日起施行。\n"
     "某市人民政府\n2021年4月1日\n",
     [("第一条", 50, "%", "=", False, 2021, None)]),
    # a county's allocation of farmland works by township (Henan style): the column head gives the unit; the 序号 column
    # and the remarks are no quotas
    ("某县2024年高标准农田建设任务分配表\n| 序号 | 乡镇 | 建设任务（万亩） | 备注 |\n| 1 | 城关镇 | 1.2 | 新建 |\n"
     "| 2 | 河口镇 | 0.8 | 改造提升 |\n某县人民政府办公室\n2024年1月5日\n",
     [(None, 12000, "亩", "=", False, 2024, 2024), (None, 8000, "亩", "=", False, 2024, 2024)]),
    # a township's notice (Hunan style) naming the year's work of the plan it issues
    ("关于印发《白沙镇防汛抗旱应急预案》的通知\n各村（居）委会，镇直各单位：\n为切实做好2022年防汛抗旱工作，经镇党委研究同意，"
     "现将《白沙镇防汛抗旱应急预案》印发给你们，请遵照执行。\n白沙镇人民政府\n2022年4月2日\n"
     "一、组织保障\n每个村组建不少于15人的应急抢险队。\n",
     [("一", 15, "人", ">=", False, 2022, 2022)]),
    # a province's industry measures (Zhejiang style): the firms whose rate is bounded so qualify; the reward is in
    ("某省促进制造业高质量发展若干措施\n一、对研发费用占营业收入比重不低于5%的规上工业企业，按研发费用增量的20%给予奖励。\n"
     "二、支持出口额占比超过50%的外贸企业开拓新兴市场。\n某省人民政府办公厅\n2023年6月1日\n",
     [("一", 20, "%", "=", False, None, None)]),
    # a prefecture's forestry plan (Yunnan style): 每年 before the colon holds for every item cut by ；; amounts after a
    # provide verb's colon are what it provides
    ("某市国土绿化行动方案\n一、年度任务。全市每年完成以下任务：人工造林5万亩；森林抚育10万亩。\n"
     "二、资金保障。每年安排造林补助资金：市级300万元、县级200万元。\n某市人民政府办公室\n2021年3月12日\n",
     [("一", 50000, "亩", "=", True, None, None), ("一", 100000, "亩", "=", True, None, None),
      ("二", 3000000, "元", "=", True, None, None), ("二", 2000000, "元", "=", True, None, None)]),
    # a county's water plan (Gansu style): a breakdown typed one item per line under `其中：`
    ("某县农村供水保障工程实施方案\n一、建设任务。每年新建改造供水管网120公里，其中：\n（一）城关片区50公里；\n"
     "（二）川区片区70公里。\n某县人民政府办公室\n2022年3月1日\n",
     [("一", 120, "公里", "=", True, None, None), ("一/(一)", 50, "公里", "=", True, None, None),
      ("一/(二)", 70, "公里", "=", True, None, None)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES)
def test_class(text, expected):
    assert targets(text) == expected


def test_split_unit_prefix():
    text = ("某部关于促进人工智能芯片发展的通知\n各有关单位：\n到2022年，推出能效比超过2T OPS/w的终端芯片。\n某部\n2020年1月2日\n")
    assert targets(text) == [(None, 2, "TOPS/w", ">", False, None, 2022)]


def test_stress_set_holds():
    """The stress set's counts at the commit that wrote this test (only the attachment table glued to its title by
    the layout is missed: a layout question)."""
    from tests.s14targets_stress import run
    tot = run(verbose=False)
    assert tot["match"] >= tot["gold"] - 3 and tot["pred"] - tot["match"] <= 0
    assert tot["strict"] == tot["match"]
