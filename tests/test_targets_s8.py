"""Targets by construction class, session 8: a deadline written after the number in its own sentence,
numbers as web copies and older texts write them (full-width thousands separators, a bare 近), times
per head, and poverty plans' 减贫.

Every snippet is written for this file; none is copied from a corpus. Expected items are exact:
(task, value, unit, comparator, per_year, year_start, year_end); spans are checked by targets_of.
"""
from __future__ import annotations

import pytest

from test_targets_classes import targets_of

# fmt: off
CASES = [
    # (a) a deadline after the number in its own sentence (a city's 2020 notice; a county's 2019 one-year plan)
    ("某市人民政府办公室关于加快推进城市停车设施建设的通知\n各区人民政府：\n一、新建公共停车泊位5000个，于2021年底前建成投用。\n"
     "二、到2022年，城市建成区停车泊位总数达到20万个。\n某市人民政府办公室\n2020年6月1日",
     [("一", 5000, "个", "=", False, None, 2021), ("二", 200000, "个", "=", False, None, 2022)]),
    ("某县2019年农村危房改造工作实施方案\n一、目标任务\n全县完成农村危房改造1200户，2019年10月底前全部竣工。",
     [("一", 1200, "户", "=", False, None, 2019)]),
    # relative: 年底前 counted from the issue year (a district's practical matters of 2023)
    ("某区人民政府关于办好民生实事的通知\n一、改造老旧小区20个，年底前全部完工。\n某区人民政府\n2023年2月10日",
     [("一", 20, "个", "=", False, None, 2023)]),
    # a deadline that leads a number of its own (`到2021年建成…1个以上`) is not the one before it
    ("某县乡村振兴产业发展三年行动方案\n一、主要任务\n每年新建县级现代农业园区2个，到2021年建成省级星级园区1个以上。",
     [("一", 2, "个", "=", True, None, None), ("一", 1, "个", ">=", False, None, 2021)]),
    # another number first, or a bare year after it: no deadline read (the plan's year stays)
    ("某县2021年水利工作要点\n一、新建山塘10座，2022年完成除险加固5座。\n二、新修渠道30公里，2021年完成。",
     [("一", 10, "座", "=", False, 2021, 2021), ("一", 5, "座", "=", False, 2022, 2022),
      ("二", 30, "公里", "=", False, 2021, 2021)]),
    # (b) full-width digits with a full-width thousands separator (web copies typed with an input method)
    ("某县人民政府关于做好2015年就业工作的通知\n全县新增城镇就业１，２００人，发放创业担保贷款12，000万元。",
     [(None, 1200, "人", "=", False, 2015, 2015), (None, 120000000, "元", "=", False, 2015, 2015)]),
    # a list of counts separated by commas is no thousands number
    ("某市2016年教育工作要点\n新建幼儿园12所，300个班级完成改造。",
     [(None, 12, "所", "=", False, 2016, 2016), (None, 300, "个", "=", False, 2016, 2016)]),
    # (c) a bare 近 before the number reads like 将近; 就近/附近 do not
    ("某市人民政府关于印发某市2008年为民办实事项目的通知\n一、新增城镇就业岗位近5000个，就近安置下岗职工3000人。",
     [("一", 5000, "个", "~", False, 2008, 2008), ("一", 3000, "人", "=", False, 2008, 2008)]),
    # (d) times per head are a level, not a frequency; a meeting's frequency stays out
    ("某省卫生事业发展规划\n到2020年，居民人均年就诊次数达到6次，城乡居民年人均体检达到1次。每年召开2次联席会议。",
     [(None, 6, "次", "=", False, None, 2020), (None, 1, "次", "=", False, None, 2020)]),
    # (e) 减贫 demands (a county's poverty plan, year-by-year)
    ("某县脱贫攻坚实施方案\n一、总体目标\n2016年，全县减贫1.5万人；2017年，减贫1.2万人；2018年，贫困发生率降至2%以下。",
     [("一", 15000, "人", "=", False, 2016, 2016), ("一", 12000, "人", "=", False, 2017, 2017),
      ("一", 2, "%", "<=", False, 2018, 2018)]),
    # (f) validity (TG6e) as other offices word it: stated by the notice that issues the policy (a city's 2019
    # 印发 notice), a range of dates closed by 止 without a verb, `以上政策`, `暂定执行三年` (county 若干意见, 2016)
    ("某市人民政府办公室关于印发某市高层次人才引进办法的通知\n各区人民政府，市政府各部门：\n现将《某市高层次人才引进办法》印发给你们，"
     "请认真贯彻执行。本办法自2020年1月1日起施行，有效期3年。\n某市人民政府办公室\n2019年12月10日\n某市高层次人才引进办法\n"
     "第一条 为加快引进高层次人才，制定本办法。\n第二条 对新引进的博士研究生，给予安家补贴10万元。",
     [("第二条", 100000, "元", "=", False, 2020, 2022)]),
    ("某县人民政府关于进一步促进就业的若干意见\n一、对吸纳就业困难人员的企业，给予每人每年2000元补贴。\n"
     "二、本意见有效期三年，自2016年1月1日起至2018年12月31日止。",
     [("一", 2000, "元", "=", True, 2016, 2018)]),
    ("某县人民政府关于进一步促进就业的若干意见\n一、对吸纳就业困难人员的企业，给予每人每年2000元补贴。\n"
     "二、以上政策执行期限为2016年1月1日—2018年12月31日。",
     [("一", 2000, "元", "=", True, 2016, 2018)]),
    ("某县人民政府关于进一步促进就业的若干意见\n一、对吸纳就业困难人员的企业，给予每人每年2000元补贴。\n"
     "二、本意见自2016年1月1日起施行，暂定执行三年。",
     [("一", 2000, "元", "=", True, 2016, 2018)]),
    # a start without an end stays open; another programme's dates are no validity
    ("某县人民政府关于进一步促进就业的若干意见\n一、对吸纳就业困难人员的企业，给予每人每年2000元补贴。\n"
     "二、本意见从2016年1月1日起执行，过去有关规定与本意见不一致的，以本意见为准。",
     [("一", 2000, "元", "=", True, 2016, None)]),
    # (g) growth per year as plans of the 1990s-2000s write it (`年递增`, `年增长`): not per_year, since spec 1.1
    # §7 names only 每年/年均/每年度 (lead review of s8; guide B9 TG11 reads that list as closed)
    ("某省“九五”乡镇企业发展计划\n一、发展目标\n乡镇企业总产值年递增15%，财政收入年增长8%以上，到2000年出口总额达到30亿美元。",
     [("一", 15, "%", "=", False, 1996, 2000), ("一", 8, "%", ">=", False, 1996, 2000),
      ("一", 3000000000, "美元", "=", False, None, 2000)]),
    ("某县2021年经济工作要点\n一、主要目标\n地区生产总值较上年增长7%，全年增长目标为7.5%。",
     [("一", 7, "%", "=", False, 2021, 2021), ("一", 7.5, "%", "=", False, 2021, 2021)]),
    # (h) a one-year plan whose title writes its year in Chinese numerals (a county education bureau, 1998)
    ("某县教育局关于一九九八年教育工作的意见\n全县小学入学率达到百分之九十九以上，扫除青壮年文盲二千人。",
     [(None, 99, "%", ">=", False, 1998, 1998), (None, 2000, "人", "=", False, 1998, 1998)]),
    # (i) `最迟于…年底`, `不晚于…年` are deadlines read like 到 (a city's waste-sorting notice)
    ("某市关于推进生活垃圾分类的通知\n最迟于2021年底，全市建成垃圾分类示范小区200个。不晚于2022年，公共机构生活垃圾分类覆盖率达到100%。",
     [(None, 200, "个", "=", False, None, 2021), (None, 100, "%", "=", False, None, 2022)]),
    # (j) comparators as health and statistics offices write them: `（含）以上`, `大于等于`, `小于或等于`
    ("某市卫生健康委关于加强医疗质量管理的通知\n门诊患者满意度达到90%（含）以上，基层诊疗量占比大于等于65%，"
     "抗菌药物使用率小于或等于40%。",
     [(None, 90, "%", ">=", False, None, None), (None, 65, "%", ">=", False, None, None),
      (None, 40, "%", "<=", False, None, None)]),
    # units picked out by a level written with a comparator ending in 于 are who a rule covers (a condition)
    ("某市卫生健康委关于控制医疗费用的通知\n药占比大于等于30%的医院要限期整改，对药占比高于40%的医院进行约谈。", []),
    # (k) year-by-year schedules: years listed before 分别 (a county three-year plan), and a schedule table kept
    # as rows (consecutive plain year columns from the issue year on: every column the year's own goal)
    ("某县农村危房改造三年行动方案\n一、目标任务\n2021年、2022年、2023年分别完成改造300户、400户、500户。",
     [("一", 300, "户", "=", False, 2021, 2021), ("一", 400, "户", "=", False, 2022, 2022),
      ("一", 500, "户", "=", False, 2023, 2023)]),
    ("某县农村危房改造实施方案\n一、目标任务\n| 任务 | 2021年 | 2022年 | 2023年 |\n| 危房改造（户） | 300 | 400 | 500 |\n"
     "某县人民政府\n2021年3月2日",
     [("一", 300, "户", "=", False, 2021, 2021), ("一", 400, "户", "=", False, 2022, 2022),
      ("一", 500, "户", "=", False, 2023, 2023)]),
    # a table of past years with the goal year last stays an indicator table (baseline, then the goal)
    ("某县“十四五”教育规划\n| 指标 | 2020年 | 2025年 |\n| 学前教育毛入园率（%） | 85 | 92 |\n某县人民政府\n2021年5月2日",
     [(None, 92, "%", "=", False, None, 2025)]),
    # (l) a standard written before whom it is provided for (a central 意见 of 2011; a provincial notice)
    ("国务院办公厅关于实施农村义务教育学生营养改善计划的意见\n从2011年秋季学期起，中央财政按照每生每天3元的标准为试点地区"
     "农村义务教育阶段学生提供营养膳食补助。",
     [(None, 3, "元", "=", False, 2011, None)]),
    ("某省民政厅关于提高困难残疾人生活补贴标准的通知\n各地按照每人每月100元的标准向困难残疾人发放生活补贴。",
     [(None, 100, "元", "=", False, None, None)]),
    # (m) the plan's end without its name (`到期末`, a sentence opened by `期末，`): null/the plan's last year
    ("某市“十四五”养老服务发展规划\n一、主要目标\n到期末，全市养老机构护理型床位占比达到55%。期末，每千名老年人拥有养老床位40张。"
     "规划期内，全市新增养老床位5000张。",
     [("一", 55, "%", "=", False, None, 2025), ("一", 40, "张", "=", False, None, 2025),
      ("一", 5000, "张", "=", False, 2021, 2025)]),
    # (n) bare magnitudes reached or nearly reached (a county's work points): 上万 >=, 过千 >, 近百 ~; 万人以上 after
    # its verb and noun; an event's name (`线上万人招聘会`, `网上千人培训`) is none
    ("某县2019年就业工作要点\n全年培训农民工上万人次，新增市场主体过千户，培育示范合作社近百家，转移农村劳动力万人以上。"
     "举办线上万人招聘会，开展网上千人培训。",
     [(None, 10000, "人次", ">=", False, 2019, 2019), (None, 1000, "户", ">", False, 2019, 2019),
      (None, 100, "家", "~", False, 2019, 2019), (None, 10000, "人", ">=", False, 2019, 2019)]),
    # (o) a title naming the year's work by 今年/本年度/明年 is a one-year plan of the issue year (or the next)
    ("某县人民政府办公室关于做好今年防汛工作的通知\n各乡镇人民政府：\n一、各乡镇要组建不少于30人的抢险队伍。\n二、全县储备编织袋10万条。\n"
     "某县人民政府办公室\n2019年5月6日",
     [("一", 30, "人", ">=", False, 2019, 2019), ("二", 100000, "条", "=", False, 2019, 2019)]),
    ("某县人民政府办公室关于下达明年农村公路建设计划的通知\n各乡镇人民政府：\n一、全县新改建农村公路120公里。\n某县人民政府办公室\n2019年12月6日",
     [("一", 120, "公里", "=", False, 2020, 2020)]),
    ("某县人民政府办公室关于今年以来安全生产情况的通报\n各乡镇人民政府：\n一、各乡镇要组建不少于30人的应急队伍。\n某县人民政府办公室\n2019年8月6日",
     [("一", 30, "人", ">=", False, None, None)]),
    # (p) 年 right before the verb (`年培训`) is no 每年/年均/每年度: not per_year (spec 1.1 §7, lead review of s8)
    ("某省林业发展规划\n年培训林农1万人次，全省年完成植树造林任务200万亩以上，省财政年安排专项资金1亿元。",
     [(None, 10000, "人次", "=", False, None, None), (None, 2000000, "亩", ">=", False, None, None),
      (None, 100000000, "元", "=", False, None, None)]),
    ("某市关于促进青年就业的通知\n帮助青年培训1000人，老年培训200人。",
     [(None, 1000, "人", "=", False, None, None), (None, 200, "人", "=", False, None, None)]),
    # (q) a web copy with page chrome: a title naming the year's work after a verb of carrying out; numbers of the
    # page (visits, phone, site codes) are none
    ("首页 > 政务公开 > 通知公告\n某县人力资源和社会保障局关于开展2021年职业技能培训的通知\n"
     "发布时间：2021-04-02 10:30 来源：县人社局 浏览次数：1,234 【打印】【关闭】\n各乡镇人民政府：\n"
     "一、全年完成补贴性职业技能培训3000人次。\n二、联系人：张某，联系电话：0768-1234567。\n某县人力资源和社会保障局\n2021年4月1日\n"
     "网站标识码：4405000012 粤ICP备12345678号\n您是本站第 1234567 位访客",
     [("一", 3000, "人次", "=", False, 2021, 2021)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES)
def test_s8_classes(text, expected):
    assert targets_of(text) == expected
