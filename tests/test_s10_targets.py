"""Targets as other copies and offices present them (session 10, construction classes and the stress method).

* A copy that lost its signature date still has its document number: the year in `〔2018〕` is the year the
  notice was issued (GB/T 9704), so `自印发之日起施行，有效期3年` and `今后三年` are counted from it.
* A notice title that leaves out the period of the plan it issues (`关于印发某市全民健身实施计划的通知`) while the
  notice quotes the plan's full title (`现将《…（2016—2020年）》印发给你们`): the plan's period dates its targets.
* A five-year plan named without quotes (`十三五期间`, a web copy's usual form) is no number.
* A year of the statistic a rate is taken of (`二〇一七年度…平均工资的60%`, also in Chinese numerals, and in a
  heading run on into its first sentence) is a basis, not the target's year.
* A central plan's term in other words: `本规划是指导2021—2025年…的行动纲领`, `规划期为“十四五”时期`,
  `规划期至2020年` (by 2020), a pilot's `试点期为2年（2019—2020年）`, a `时间安排：2019年5月至2020年12月`.
* Comparators: a negated limit verb (`不得突破`, `不能超过`) is a cap `<=`.

Snippets written for this file in the style of other provinces, levels and eras; run through the whole pipeline.
"""
from __future__ import annotations

import pytest



from tests.snippets import targets


# fmt: off
CASES = [
    # a county subsidy rule copied without its signature date (Henan style, 2018): the document number dates it
    ("某县人民政府办公室关于印发某县农村公益性岗位管理办法的通知\n某政办〔2018〕15号\n各乡（镇）人民政府：\n"
     "现将《某县农村公益性岗位管理办法》印发给你们，请认真贯彻执行。\n某县农村公益性岗位管理办法\n"
     "第一条　为规范农村公益性岗位管理，制定本办法。\n第二条　公益性岗位补贴标准为每人每月500元。\n"
     "第三条　本办法自印发之日起施行，有效期3年。",
     [("第二条", 500, "元", "=", False, 2018, 2020)]),
    # a prefecture's notice that names the plan without its period, the body quoting its full title (Sichuan, 2016)
    ("某市人民政府办公室关于印发某市全民健身实施计划的通知\n某府办发〔2016〕21号\n各县（区）人民政府，市级各部门：\n"
     "现将《某市全民健身实施计划（2016—2020年）》印发给你们，请认真贯彻执行。\n"
     "某市全民健身实施计划（2016—2020年）\n一、主要目标\n全市经常参加体育锻炼的人数达到150万人。",
     [("一", 1500000, "人", "=", False, 2016, 2020)]),
    # a county web copy writing the plan period without quotes (Hebei style, 2017)
    ("某县教育事业发展意见\n一、发展目标\n在十三五期间，全县新建标准化学校15所。",
     [("一", 15, "所", "=", False, 2016, 2020)]),
    ("某县卫生健康工作意见\n一、目标\n到十四五末，全县每千人口执业医师数达到3人。",
     [("一", 3, "人", "=", False, None, 2025)]),
    # a provincial insurance rule of the 2010s with its basis year in Chinese numerals (Jiangxi style, 2019)
    ("某省城乡居民养老保险实施办法\n一、缴费标准\n缴费基数按二〇一七年度全省城镇非私营单位在岗职工平均工资的60%确定。\n"
     "二、附则\n本办法自2019年1月1日起施行。",
     [("一", 60, "%", "=", False, 2019, None)]),
    # a heading run on into its first sentence (a web copy that lost the break, Fujian style, 2022)
    ("某市长期护理保险实施办法（2022—2024年）\n一、筹资标准\n（一）职工参保人员缴费基数为2021年度全市在岗职工月平均工资，"
     "缴费费率如下：\n1.用人单位缴费费率为0.1%；\n2.个人缴费费率为0.1%。",
     [("一/(一)/1", 0.1, "%", "=", False, 2022, 2024), ("一/(一)/2", 0.1, "%", "=", False, 2022, 2024)]),
    # negated limit verbs are caps; `吨标准煤` is one unit (session 20, as written after the number) (a Shaanxi county energy plan, 2016)
    ("某县节能减排工作方案\n一、目标\n全县建设用地总规模不得突破3万公顷，单位生产总值能耗降低到0.5吨标准煤以下，"
     "煤炭消费总量不能超过200万吨。",
     [("一", 30000, "公顷", "<=", False, None, None), ("一", 0.5, "吨标准煤", "<=", False, None, None),
      ("一", 2000000, "吨", "<=", False, None, None)]),
    # a ministry's plan that states its term in its preamble (central, 2016 style)
    ("全国农村经营管理信息化发展规划\n一、规划背景\n本规划是指导2016—2020年全国农村经营管理信息化发展的行动纲领。\n"
     "二、主要任务\n（一）建设服务平台。建设县级农村产权交易服务平台1000个。",
     [("二/(一)", 1000, "个", "=", False, 2016, 2020)]),
    ("某省“十四五”养老服务体系规划纲要\n一、总则\n本纲要的期限为2021—2025年。\n二、任务\n新增养老床位2万张。",
     [("二", 20000, "张", "=", False, 2021, 2025)]),
    ("某省养老服务体系建设规划\n一、总则\n规划期为“十四五”时期，展望到2035年。\n二、任务\n新增养老床位2万张。",
     [("二", 20000, "张", "=", False, 2021, 2025)]),
    ("某省水资源保护规划\n一、总则\n本规划以2015年为基期，规划期至2020年。\n二、任务\n新建水质监测站30个。",
     [("二", 30, "个", "=", False, None, 2020)]),
    # a pilot's term and a work schedule (a Guizhou prefecture's pilot plan, 2019)
    ("某市医养结合试点工作方案\n一、试点期限\n试点期为2年（2019—2020年）。\n二、试点任务\n建设医养结合示范机构10家。",
     [("二", 10, "家", "=", False, 2019, 2020)]),
    ("某县农村生活污水治理工作方案\n一、时间安排\n时间安排：2019年5月至2020年12月。\n二、工作任务\n完成污水治理行政村40个。",
     [("二", 40, "个", "=", False, 2019, 2020)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES)
def test_targets_s10(text, expected):
    assert targets(text) == expected


def test_unquoted_plan_name_is_no_number():
    # `十三五期间` must not give a target of 15 (a web copy's five-year plan without quotes)
    got = targets("某县文物保护工作实施意见\n一、主要任务\n力争在十三五期间，完成全县省级文物保护单位保护规划的编制和报审工作。")
    assert got == []


def test_doc_number_year_only_without_date():
    # the signature date wins over the document number's year when both are there (Guangxi style, 2020)
    got = targets("某市就业见习管理办法\n某人社规〔2019〕3号\n第一条　为规范就业见习管理，制定本办法。\n"
                  "第二条　见习补贴标准为每人每月1500元。\n第三条　本办法自印发之日起施行，有效期5年。\n"
                  "某市人力资源和社会保障局\n2020年1月6日")
    assert got == [("第二条", 1500, "元", "=", False, 2020, 2024)]


def test_labelled_doc_number_of_a_page_that_lost_its_breaks():
    # a database page whose fields and body run on in one line (a Hubei prefecture, 2021): `文　　号：` dates it
    got = targets("基本信息\n统一编号：\nXZ0320210011文　　号：某府办规〔2021〕11号实施日期：2021年06月01日失效日期：2026年05月31日"
                  "发布机关：某市人民政府办公厅文件状态：某市人民政府办公厅关于进一步做好困难群众救助工作的通知各区人民政府，市政府各部门："
                  "一、提高救助标准。城乡特困人员基本生活标准每人每月不低于1200元。二、本通知自印发之日起施行，有效期5年。")
    # (s12b-lines) the run-in `一、` after the addressee's `：` is now read as item 一, which holds the target
    assert got == [("一", 1200, "元", ">=", False, 2021, 2025)]


def test_statistic_year_is_no_past_year():
    # `以2022年度…平均工资为参照` in a 2024 rule (a Yunnan province allowance, articles form): the amount is set now,
    # not a report of 2022, and takes the rule's validity
    got = targets("某省高技能人才津贴办法\n第一条　为激励高技能人才，制定本办法。\n"
                  "第二条　以2022年度全省城镇非私营单位在岗职工平均工资为参照，每人每月发放技能津贴300元。\n"
                  "第三条　本办法自印发之日起施行，有效期3年。\n某省人力资源和社会保障厅\n2024年3月1日")
    assert got == [("第二条", 300, "元", "=", False, 2024, 2026)]


def test_thereafter_each_year_starts_the_year_after():
    # a county afforestation plan (Gansu style, 2018): the first year's target, then `此后每年` from the next year on
    got = targets("某县国土绿化工作方案\n一、目标任务\n2019年完成造林5万亩，此后每年完成3万亩以上。")
    assert got == [("一", 50000, "亩", "=", False, 2019, 2019), ("一", 30000, "亩", ">=", True, 2020, None)]


def test_goals_label_dates_the_run_on_goals():
    # a provincial plan copied without its paragraph breaks (Jiangsu style, 2019): `具体目标：到2022年，…` with numbers of
    # its own still dates the goals run on after it in the same paragraph
    got = targets("某省职业教育改革实施方案\n一、总体要求\n坚持以就业为导向，深化产教融合。具体目标：到2022年，建设高水平高职院校10所，"
                  "建成省级骨干专业50个。培育产教融合型企业300家，建设实训基地100个。")
    assert got == [("一", 10, "所", "=", False, None, 2022), ("一", 50, "个", "=", False, None, 2022),
                   ("一", 300, "家", "=", False, None, 2022), ("一", 100, "个", "=", False, None, 2022)]
