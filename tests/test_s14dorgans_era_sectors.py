"""s14d-organs: a province's sector authority named by its function in a statute (guide D28, labelled-stress-s14:
three labellers) is the 厅/局 of that sector as named at the document's date. Snippets written in the style of
provincial statutes of other provinces and eras (not from any dev-corpus notice)."""
import pytest

from pipeline import process_text


def _deps(text):
    r = process_text(text, doc_id="s14d").model_dump()
    for d in r["departments"]:
        s, e = d["span"]
        assert text[s:e] == d["quote"]
    return {d["quote"]: d["name"] for d in r["departments"]}


CASES = [
    ("福建省城市房地产交易管理条例\n（2003年9月26日福建省第十届人民代表大会常务委员会第五次会议通过）\n"
     "第四条 省人民政府建设行政主管部门负责全省城市房地产交易的管理工作。\n",
     "省人民政府建设行政主管部门", "福建省建设厅"),
    ("安徽省建筑工程招标投标管理办法\n（2004年6月30日安徽省第十届人民代表大会常务委员会第十次会议通过）\n"
     "第五条 省建设行政主管部门负责全省建筑工程招标投标活动的监督管理。\n",
     "省建设行政主管部门", "安徽省建设厅"),
    ("辽宁省防震减灾条例\n（2011年7月29日辽宁省第十一届人民代表大会常务委员会第二十四次会议通过）\n"
     "第四条 省人民政府地震工作主管部门负责全省防震减灾的监督管理工作。\n",
     "省人民政府地震工作主管部门", "辽宁省地震局"),
    ("山东省土地监察条例\n（2006年3月30日山东省第十届人民代表大会常务委员会第十九次会议通过）\n"
     "第三条 省人民政府国土资源行政主管部门主管全省土地监察工作。\n",
     "省人民政府国土资源行政主管部门", "山东省国土资源厅"),
    ("河南省劳动保障监察条例\n（2005年9月30日河南省第十届人民代表大会常务委员会第十八次会议通过）\n"
     "第三条 省人民政府劳动保障行政部门主管全省劳动保障监察工作。\n",
     "省人民政府劳动保障行政部门", "河南省劳动和社会保障厅"),
    ("山西省环境保护条例\n（2005年11月24日山西省第十届人民代表大会常务委员会第二十次会议通过）\n"
     "第五条 省人民政府环境保护行政主管部门对全省环境保护工作实施统一监督管理。\n",
     "省人民政府环境保护行政主管部门", "山西省环境保护局"),
    # a later statute: today's names unchanged
    ("湖北省建筑市场管理条例\n（2019年11月29日湖北省第十三届人民代表大会常务委员会第十二次会议通过）\n"
     "第四条 省人民政府住房和城乡建设主管部门负责全省建筑市场的监督管理。\n",
     "省人民政府住房和城乡建设主管部门", "湖北省住房和城乡建设厅"),
]


@pytest.mark.parametrize("text,quote,name", CASES)
def test_province_authority_of_its_time(text, quote, name):
    assert _deps(text)[quote] == name


def test_environment_after_reform_is_the_ting():
    text = ("贵州省环境保护条例\n（2009年11月27日贵州省第十一届人民代表大会常务委员会第十一次会议通过）\n"
            "第五条 省人民政府环境保护行政主管部门对全省环境保护工作实施统一监督管理。\n")
    assert _deps(text)["省人民政府环境保护行政主管部门"] == "贵州省环境保护厅"


def test_county_authority_by_function_stays_as_written():
    # a county's 主管部门 named by its function stays as written (b3 gold; the county's merged bureaus)
    text = ("某县城市绿化管理办法\n（2011年5月10日县人民政府第12次常务会议通过）\n"
            "第四条 县城乡建设主管部门负责全县城市绿化工作。\n")
    deps = _deps(text)
    assert "县城乡建设主管部门" in deps and not deps["县城乡建设主管部门"].endswith("局")
