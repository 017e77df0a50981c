"""s17-era: organs of older notices the ERA swap (scripts/era_swap.py) exposed, and the swap itself.

Snippets are written for this test in the style of places and eras unlike the opened batches (Gansu, Guangxi,
Heilongjiang; State Council notices of the 1990s and early 2000s). Exact items; text[span] == quote.
"""
import sys
from pathlib import Path

from pipeline import process_text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import era_swap  # noqa: E402


def _run(text):
    r = process_text(text, doc_id="t").model_dump()
    for d in r["departments"]:
        assert r["text"][d["span"][0]:d["span"][1]] == d["quote"]
    return r


def _names(text):
    return {d["name"] for d in _run(text)["departments"]}


# ---------------------------------------------------------------- 安全监管 (the sector of 2001-2018)
GANSU_2006 = """天水市人民政府办公室关于进一步加强烟花爆竹安全管理工作的通知
天政办发[2006]21号

各县区人民政府，市政府各部门：
一、市和县区人民政府安全监管部门负责烟花爆竹生产经营单位的安全监督管理。
二、公安、工商、质监、安全监管等部门要密切配合，各级安全监管部门要加强日常检查。
三、食品安全监管部门和负有安全监管职责的部门按照各自职责做好相关工作。

天水市人民政府办公室
二○○六年一月十二日
"""


def test_safety_sector_of_its_time_named_and_collective():
    # 市…安全监管部门 is the city's own 安全生产监督管理局 (spec 1.1 section 5: the full name of the time), 县区…
    # a collective as written; at BASE both were read as the governments (天水市人民政府, 县区人民政府)
    assert {(d["name"], d["quote"]) for d in _run(GANSU_2006)["departments"]} == {
        ("天水市安全生产监督管理局", "市和县区人民政府安全监管部门"),
        ("县区人民政府安全监管部门", "市和县区人民政府安全监管部门"),
        ("公安部门", "公安"), ("工商部门", "工商"), ("质监部门", "质监"), ("安全监管部门", "安全监管"),
        ("各级安全监管部门", "各级安全监管部门"), ("负有安全监管职责的部门", "负有安全监管职责的部门"),
        # ((s33-org) 食品安全监管 is a sector of its own, organ_sectors.tsv after 食品安全法 第六条: read whole, as the a404
        # gold reads it; still nothing cut out of it)
        ("食品安全监管部门", "食品安全监管部门"),
    }   # precision: nothing cut out of 食品安全监管部门, no government added


# ---------------------------------------------------------------- 计委 and 安全监管局 in central notices
def _central(year, body):
    return f"""国务院办公厅关于加快发展体育产业的通知
国办发〔{year}〕16号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
{body}

国务院办公厅
{year}年3月8日
"""


def test_central_bare_plan_commission_of_its_time():
    body = "一、制定产业规划。（计委、经贸委、财政部负责）\n二、加强安全检查。（体育总局、安全监管局负责）"
    assert _names(_central(1996, body)) >= {"国家计划委员会", "国家经济贸易委员会", "财政部"}
    names = _names(_central(2002, body))
    assert {"国家发展计划委员会", "国家经济贸易委员会", "财政部", "国家安全生产监督管理局"} <= names
    assert not any("发展发展" in n for n in names)


def test_local_plan_commission_stays_local():
    text = """柳州市人民政府关于加强重点项目管理的通知
柳政发〔2001〕30号

各县、区人民政府，市直各委、办、局：
一、市计委负责重点项目的综合协调，县计委负责本县项目。
二、市安全监管局负责安全检查。
三、推行会计委派制度，由计委牵头，统计、物价部门配合。

柳州市人民政府
二〇〇一年五月八日
"""
    # 计委 is no alias (会计委派); written bare after 由 it is the city's own commission (organs.BARE_PLAN_COMMISSION)
    assert {(d["name"], d["quote"]) for d in _run(text)["departments"]} == {
        ("柳州市发展计划委员会", "市计委"), ("县发展计划委员会", "县计委"),
        ("柳州市安全生产监督管理局", "市安全监管局"), ("统计部门", "统计"), ("物价部门", "物价"),
    }
    bare = text.replace("市计委负责重点项目的综合协调，县计委负责本县项目。", "")
    assert ("柳州市发展计划委员会", "计委") in {(d["name"], d["quote"]) for d in _run(bare)["departments"]}


# ---------------------------------------------------------------- the swap
def test_swap_years_plans_congresses():
    s = era_swap.shift_text_years("到2025年，“十四五”期间，党的十九大和十九届五中全会，黑政办发〔2021〕5号，2021—2025年，"
                                  "二〇二一年三月五日，２０２１年，北京2022年冬奥会，分别为2000、3000元，增长2000.5万元", 15)
    assert s == ("到2010年，“十一五”期间，党的十六大和十六届五中全会，黑政办发〔2006〕5号，2006—2010年，"
                 "二〇〇六年三月五日，２００６年，北京2022年冬奥会，分别为2000、3000元，增长2000.5万元")


def test_swap_organs_of_the_time():
    f = era_swap.rename_organs
    assert f("黑龙江省卫生健康委员会", 2005, "p") == "黑龙江省卫生厅"
    assert f("哈尔滨市卫生健康委员会", 2014, "l") == "哈尔滨市卫生和计划生育委员会"
    assert f("国家卫生健康委员会", 2005, "c") == "卫生部"
    assert f("县市场监管局、县应急管理局", 2006, "l") == "县工商局、县安全生产监督管理局"
    assert f("公安、交通运输、农业农村、生态环境等部门", 2004, "l") == "公安、交通、农业、环境保护等部门"
    assert f("推进生态环境保护", 2004, "l") == "推进生态环境保护"      # a field, not an organ
    assert f("县医疗保障局", 2004, "l") == "县医疗保障局"              # no predecessor: kept (decision)
    assert f("市人力资源社会保\n障局", 2004, "l") == "市劳动保障\n局"   # a wrapped line


def test_swap_is_consistent_in_text_and_gold():
    text = "某县人民政府\n到2025年，县卫生健康局牵头。\n2021年3月5日\n"
    gold = {"doc_id": "x", "metadata": {"issue_date": "2021-03-05", "admin_level": "county", "region": "甘肃省某县",
                                         "doc_number": None},
            "departments": [{"name": "甘肃省某县卫生健康局", "quote": "县卫生健康局"}],
            "targets": [{"year_start": None, "year_end": 2025}], "years": [{"quote": "2025年", "start": 2025, "end": 2025}],
            "citations": [], "tasks": [], "responsibilities": []}
    nt, ng, info = era_swap.era_swap_notice(text, gold, seed=1)
    k = info["k"]
    assert ng["metadata"]["issue_date"] == f"{2021 - k}-03-05"
    assert ng["targets"][0]["year_end"] == 2025 - k and ng["years"][0]["end"] == 2025 - k
    assert ng["departments"][0]["quote"] in nt
    assert "卫生健康" not in nt and "卫生健康" not in ng["departments"][0]["name"]


# ---------------------------------------------------------------- older sectors and their 委员会
HEILONGJIANG_2005 = """齐齐哈尔市人民政府关于加强农村劳动力转移工作的通知
齐政发〔2005〕9号

各县（市）、区人民政府，市政府各委、办、局：
一、市人口和计划生育部门、市对外贸易经济合作部门、市发展计划部门负责摸底。
二、各级文化广电新闻出版部门、信息产业部门要做好宣传。
三、（市外经贸委、市劳动保障局负责）

齐齐哈尔市人民政府
二○○五年三月八日
"""


def test_older_sectors_of_their_time():
    # sectors of the organs of 1998-2018 (organ_sectors.tsv): a 市 sector is the city's own organ, others are
    # collectives as written; at BASE 市人口和计划生育部门 was cut to 计划生育部门 and the other two were lost
    assert {(d["name"], d["quote"]) for d in _run(HEILONGJIANG_2005)["departments"]} == {
        ("齐齐哈尔市人口和计划生育局", "市人口和计划生育部门"),
        ("齐齐哈尔市对外贸易经济合作局", "市对外贸易经济合作部门"),
        ("齐齐哈尔市发展计划委员会", "市发展计划部门"),
        ("各级文化广电新闻出版部门", "各级文化广电新闻出版部门"),
        ("各级信息产业部门", "信息产业部门"),  # (s22-org2: 各级 shared by the list, as 各级农业农村部门、财政部门 in A8)
        ("齐齐哈尔市对外贸易经济合作委员会", "市外经贸委"),
        ("齐齐哈尔市劳动和社会保障局", "市劳动保障局"),
    }


def test_older_sector_words_in_todays_prose_are_not_organs():
    # precision: the same words as industries or plans, not followed by 部门, are no organs
    text = """嘉峪关市人民政府关于促进信息产业发展的意见
嘉政发〔2019〕7号

一、加快发展信息产业，推进对外贸易经济合作，落实人口和计划生育政策和发展计划。
二、出入境检验检疫便利化水平进一步提升。

嘉峪关市人民政府
2019年3月8日
"""
    assert _names(text) == set()
