"""Targets by construction class (session 11): how statutes and regulations state quantities, and how a target's
year is stated.

* A fine set as a share of a base (`处工程合同价款百分之二以上百分之四以下的罚款`) is a sanction, like one in 元
  (guide TG6c).
* A statute (a 条例, or a law a people's congress adopts) takes effect on its 施行 date and stays in force: that date
  is no period of its quotas (null/null), while a normative document's `本办法自2021年5月1日起施行` still opens its
  period (guide TG6e). A term the statute states is read.
* A lone 零 is a word (`零部件`, `零星`), never a count of nothing.
* A comparator written after the last of a list of amounts holds for each bare amount (`分别达到95%、85%以上`), not for
  items that carry their own indicator and verb (`能耗下降18%、用水量降低10%以上`).

Snippets written for this file in the style of other provinces, levels and eras; run through the whole pipeline.
"""
from __future__ import annotations

import pytest

from pipeline import process_text


def targets(text: str):
    d = process_text(text.strip() + "\n").model_dump()
    for t in d["targets"]:
        assert d["text"][t["span"][0]:t["span"][1]] == t["quote"]
    return [(t["task"], t["value"], t["unit"], t["comparator"], t["per_year"], t["year_start"], t["year_end"])
            for t in d["targets"]]


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


@pytest.mark.parametrize("text,expected", CASES)
def test_s11_targets(text, expected):
    assert targets(text) == expected
