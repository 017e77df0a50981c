"""Targets by construction class (session 11): how statutes and regulations state quantities, and how a target's
year is stated.

* A fine set as a share of a base (`处工程合同价款百分之二以上百分之四以下的罚款`) is a sanction, like one in 元
  (guide TG6c).
* A statute (a 条例, or a law a people's congress adopts) takes effect on its 施行 date and stays in force: that date
  is no period of its quotas (null/null), while a normative document's `本办法自2021年5月1日起施行` still opens its
  period (guide TG6e). A term the statute states is read.
* A lone 零 is a word (`零部件`, `零星`), never a count of nothing; a decimal in Chinese numerals (`一点五元`,
  `三点五亿元`) is one number (it read 5 元, 5 亿元).
* A ratio without a unit (`容积率不得超过2.5`, `PUE降到1.3以下`) takes the unit 比值 (guide TG14); `百分之六十至七十` is a
  range of two.
* A comparator written after the last of a list of amounts holds for each bare amount (`分别达到95%、85%以上`), not for
  items that carry their own indicator and verb (`能耗下降18%、用水量降低10%以上`).

Snippets written for this file in the style of other provinces, levels and eras; run through the whole pipeline.
"""
from __future__ import annotations

import pytest



from tests.snippets import targets


# fmt: off
CASES = [
    # a provincial statute of the 2000s: fines as a share of the contract price, in words and in digits
    ("某省建筑市场管理条例\n（2004年7月30日某省第十届人民代表大会常务委员会第十一次会议通过）\n第一章　总则\n"
     "第一条　为了加强建筑市场管理，制定本条例。\n第二章　法律责任\n"
     "第二条　违反本条例规定，将工程发包给不具备资质的单位的，由县级以上人民政府建设行政主管部门责令改正，"
     "处工程合同价款百分之零点五以上百分之一以下的罚款。\n"
     "第三条　施工单位转包工程的，责令改正，没收违法所得，并处工程合同价款0.5%以上1%以下的罚款；可以责令停业整顿。\n"
     "第三章　附则\n第四条　本条例自2004年10月1日起施行。",
     []),
    # an autonomous prefecture's regulation of the 1990s: its quotas have no period
    ("某自治州草原管理条例\n（1996年3月20日某自治州第八届人民代表大会第五次会议通过　"
     "1996年9月25日某省第八届人民代表大会常务委员会第二十三次会议批准）\n第一章　总则\n"
     "第一条　为了保护、建设和合理利用草原，制定本条例。\n第二章　草原建设\n"
     "第二条　自治州每年用于草原建设的资金不低于畜牧业收入的百分之五。\n"
     "第三条　牧区草原植被覆盖度不低于百分之六十。\n第三章　附则\n第四条　本条例自1996年12月1日起施行。",
     [("第二章/第二条", 5, "%", ">=", True, None, None), ("第二章/第三条", 60, "%", ">=", False, None, None)]),
    # a province's 实施办法 of a national law, adopted by its standing committee (a statute, not a 规范性文件)
    ("某省实施《中华人民共和国村民委员会组织法》办法\n2001年5月26日某省第九届人民代表大会常务委员会第二十三次会议通过\n"
     "第一条　根据《中华人民共和国村民委员会组织法》，结合本省实际，制定本办法。\n"
     "第二条　村民委员会由主任、副主任和委员共三至七人组成，其中妇女成员至少有1名。\n"
     "第三条　本办法自2001年8月1日起施行。",
     [("第二条", 1, "名", ">=", False, None, None)]),
    # a city bureau's normative document (2021): its 施行 date opens the period
    ("某市人力资源和社会保障局关于印发某市就业见习管理办法的通知\n某人社规〔2021〕3号\n各区人力资源和社会保障局：\n"
     "现将《某市就业见习管理办法》印发给你们，请遵照执行。\n某市就业见习管理办法\n"
     "第一条　为规范就业见习管理，制定本办法。\n"
     "第二条　见习单位按不低于当地最低工资标准的60%向见习人员发放基本生活费。\n"
     "第三条　本办法自2021年5月1日起施行。\n某市人力资源和社会保障局\n2021年4月2日",
     [("第二条", 60, "%", ">=", False, 2021, None)]),
    # a city statute with a stated term (2018): the term is read
    ("某市电动自行车管理条例\n（2018年6月28日某市第十五届人民代表大会常务委员会第十二次会议通过）\n"
     "第一条　为加强电动自行车管理，制定本条例。\n第二条　本市电动自行车登记率达到百分之九十以上。\n"
     "第三条　本条例自2018年10月1日起施行，有效期五年。",
     [("第二条", 90, "%", ">=", False, 2018, 2022)]),
    # 零部件 / 零星 are words (a provincial industry opinion, 2016)
    ("某省关于加快装备制造业发展的意见\n一、发展目标\n"
     "到2020年，全省每年突破关键零部件50项以上，培育零部件配套企业100家，零星分散的小作坊全部整合。",
     [("一", 50, "项", ">=", True, None, 2020), ("一", 100, "家", "=", True, None, 2020)]),
    # decimals in Chinese numerals (a 1990s provincial statute; a county plan of the 十五 era)
    ("某省城市房地产管理条例\n（1999年9月24日某省第九届人民代表大会常务委员会第十二次会议通过）\n"
     "第一条　为了加强城市房地产管理，制定本条例。\n第二条　物业服务收费标准为每平方米每月一点五元。\n"
     "第三条　省财政每年安排专项资金三点五亿元。\n第四条　本条例自2000年1月1日起施行。",
     [("第二条", 1.5, "元", "=", False, None, None), ("第三条", 350000000, "元", "=", True, None, None)]),
    ("某县国民经济和社会发展第十个五年计划纲要\n一、主要目标\n"
     "城镇登记失业率控制在四点五%以内，全县生产总值年均增长百分之九点五，财政收入达到二点八亿元。",
     [("一", 4.5, "%", "<=", False, 2001, 2005), ("一", 9.5, "%", "=", True, 2001, 2005),
      ("一", 280000000, "元", "=", False, 2001, 2005)]),
    # a ratio without a unit (guide TG14: 比值), also as a range; a range of shares spelled out (a data-centre guide and a
    # county planning rule)
    ("某市数据中心建设指引\n一、建设要求\n新建大型数据中心电能利用效率（PUE）不高于1.3，存量数据中心PUE值降到1.5以下。\n"
     "二、用地要求\n产业用地容积率控制在1.2—2.0，绿地率达到百分之十五至二十。",
     [("一", 1.3, "比值", "<=", False, None, None), ("一", 1.5, "比值", "<=", False, None, None),
      ("二", 1.2, "比值", ">=", False, None, None), ("二", 2.0, "比值", "<=", False, None, None),
      ("二", 15, "%", ">=", False, None, None), ("二", 20, "%", "<=", False, None, None)]),
    # a list of items each with its own indicator and verb keeps each item's comparator (a city energy plan, 2014)
    ("某市节能降耗实施方案\n一、主要目标\n"
     "到2017年，全市规模以上工业企业单位增加值能耗下降18%、用水量降低10%以上、主要污染物排放量削减12%。",
     [("一", 18, "%", "=", False, None, 2017), ("一", 10, "%", ">=", False, None, 2017),
      ("一", 12, "%", "=", False, None, 2017)]),
    # bare amounts after 分别 share the comparator written after the last (a county sanitation plan, 2018)
    ("某县农村人居环境整治方案\n一、目标任务\n"
     "到2020年，全县农村生活垃圾收运处置体系覆盖率和卫生厕所普及率分别达到95%、85%以上。",
     [("一", 95, "%", ">=", False, None, 2020), ("一", 85, "%", ">=", False, None, 2020)]),
]
# fmt: on

# fmt: off
# How a target's year is stated (spec §7): each form as other offices write it.
YEAR_FORMS = [
    # the plan's end without its year, opening the paragraph the goals hang from (a provincial digital plan, 2021)
    ("某省数字经济发展规划（2021—2025年）\n一、总体要求\n（一）发展目标\n到规划期末，数字经济成为全省经济高质量发展的重要引擎。\n"
     "——数字基础设施更加完善。累计建成5G基站8万个。\n——产业规模持续壮大。培育数字经济龙头企业50家以上。",
     [("一/(一)", 80000, "个", "=", False, None, 2025), ("一/(一)", 50, "家", ">=", False, None, 2025)]),
    # `期末，…` and `规划期内，…` in one paragraph (a city elderly-care plan): by the end / over the plan's period
    ("某市养老服务体系建设规划（2021—2025年）\n一、发展目标\n期末，全市养老机构护理型床位占比达到55%以上。"
     "规划期内，全市新增养老床位5000张。",
     [("一", 55, "%", ">=", False, None, 2025), ("一", 5000, "张", "=", False, 2021, 2025)]),
    # a range of years opening the paragraph (a county three-year campaign, 2023)
    ("某县乡村振兴三年行动方案\n一、目标任务\n2023—2025年，全县每年新建高标准农田2万亩，累计改造农村危房500户。",
     [("一", 20000, "亩", "=", True, 2023, 2025), ("一", 500, "户", "=", False, 2023, 2025)]),
    ("某县教育发展行动计划\n二、主要任务\n2024年至2026年，全县新建改扩建幼儿园12所。",
     [("二", 12, "所", "=", False, 2024, 2026)]),
    # a five-year plan's end (an autonomous region's opinion; a city's of the 十三五 era)
    ("某自治区关于加快发展职业教育的实施意见\n一、主要目标\n到“十四五”期末，全区中等职业学校在校生规模达到30万人。",
     [("一", 300000, "人", "=", False, None, 2025)]),
    ("某市文化事业发展意见\n一、目标\n“十三五”时期末，全市公共图书馆人均藏书达到1.2册。",
     [("一", 1.2, "册", "=", False, None, 2020)]),
    # a deadline without 到; the year in the item's heading; an introducer on a line of its own
    ("某区人民政府关于推进垃圾分类工作的通知\n一、工作目标\n2025年底前，全区生活垃圾回收利用率达到35%以上。",
     [("一", 35, "%", ">=", False, None, 2025)]),
    ("某州关于促进民营经济发展的意见\n一、到2027年主要目标\n（一）培育年营业收入超百亿元民营企业3家。\n"
     "（二）民营经济增加值占全州生产总值比重达到60%。",
     [("一/(一)", 3, "家", "=", False, None, 2027), ("一/(二)", 60, "%", "=", False, None, 2027)]),
    ("某市全民健身实施计划\n一、目标\n到2030年，主要目标是：\n——经常参加体育锻炼人数比例达到45%以上。\n——人均体育场地面积达到2.6平方米。",
     [("一", 45, "%", ">=", False, None, 2030), ("一", 2.6, "平方米", "=", False, None, 2030)]),
    # 年均 before a list of amounts holds for each (as 每年, guide TG3); 年均增长 keeps to its own clause
    ("某省就业促进规划（2016—2020年）\n一、主要目标\n年均新增城镇就业50万人以上，培训农村劳动力20万人次。",
     [("一", 500000, "人", ">=", True, 2016, 2020), ("一", 200000, "人次", "=", True, 2016, 2020)]),
    ("某县发展意见\n一、目标\n农民人均纯收入年均提高8%，新建农村公路100公里。",
     [("一", 8, "%", "=", True, None, None), ("一", 100, "公里", "=", False, None, None)]),
    # a deadline with 之前, a range with 起, a range in Chinese numerals (a prefecture's opinions of different eras)
    ("某地区关于加快发展养老服务业的实施意见\n一、发展目标\n2025年底之前，全区新增养老床位5000张。\n"
     "二、重点任务\n从2021年起到2025年，每年培训养老护理员300名。\n三、远景安排\n二〇二六—二〇三〇年，新建敬老院12所。\n"
     "某地区行政公署\n2021年5月2日",
     [("一", 5000, "张", "=", False, None, 2025), ("二", 300, "名", "=", True, 2021, 2025),
      ("三", 12, "所", "=", False, 2026, 2030)]),
    # a notice whose purpose clause names one year's work (a provincial department, 2019; the title without the year)
    ("某省人力资源和社会保障厅关于做好高校毕业生就业创业工作的通知\n各市人力资源和社会保障局：\n"
     "为做好2019年全省高校毕业生就业创业工作，现就有关事项通知如下：\n一、目标任务\n全省组织开展就业见习岗位1万个。\n"
     "某省人力资源和社会保障厅\n2019年3月5日",
     [("一", 10000, "个", "=", False, 2019, 2019)]),
    # a validity closed by 废止 without 至 (a city bureau's rule, 2024)
    ("某市就业创业补贴实施办法\n第一条　为促进就业创业，制定本办法。\n第二条　对首次创业的给予一次性创业补贴5000元。\n"
     "第三条　本办法自2024年2月1日起施行，2028年12月31日废止。\n某市人力资源和社会保障局\n2024年1月5日",
     [("第二条", 5000, "元", "=", False, 2024, 2028)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", YEAR_FORMS)
def test_s11_year_forms(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text,expected", CASES)
def test_s11_targets(text, expected):
    assert targets(text) == expected
