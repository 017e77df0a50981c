"""(s25, lead) A rule copied from its government's portal: the page's 成文日期 and the adoption note.

A prefecture's 细则 on its portal prints a metadata table (发文机关, 成文日期, 文号) and, under the title, the note of the
meeting that adopted it (`（2020年6月29日州人民政府第41次常务会议审议通过）`). Guide M18: the 成文日期 is the day the
rule was issued (spec §3, the date of the document, M17), the adoption note's day is the meeting's (M10 applies when no
such field is there). The note's bare `州人民政府` is the autonomous prefecture's own government (spec §5: a bare prefix
is the document's own jurisdiction), as a bare 县/市 already was; the same for a league's 盟 and a banner's 旗.
"""
from pipeline import process_text


def _meta(text):
    return process_text(text, doc_id="t").model_dump()["metadata"]


PAGE = ("首页 > 政务公开 > 政府规章\n\n"
        "索引号：115134000089/2021-00123	主题分类：城乡建设\n"
        "发文机关：凉山州人民政府	成文日期：2021年03月15日\n"
        "文  号：凉府发〔2021〕7号	发布日期：2021年03月22日\n"
        "标  题：凉山彝族自治州城市绿化管理办法\n\n"
        "凉山彝族自治州城市绿化管理办法\n\n"
        "发布时间：2021-03-22 10:05  来源：州住房城乡建设局  浏览次数：512\n\n"
        "（2021年3月2日州人民政府第58次常务会议审议通过）\n\n"
        "第一条  为加强城市绿化管理，制定本办法。\n\n"
        "第二条  州住房和城乡建设局负责全州城市绿化的监督管理。\n\n"
        "第三条  本办法自2021年5月1日起施行。\n")


def test_a_portal_rule_takes_its_written_date_and_its_own_government():
    md = _meta(PAGE)
    assert md["issue_date"] == "2021-03-15"
    assert md["issuers"] == ["凉山彝族自治州人民政府"]
    assert md["region"] == "四川省凉山彝族自治州"


def test_without_the_page_table_the_adoption_day_stays_the_issue_date():
    # a regulations database's copy: no 成文日期 field, so guide M10 (the day its issuer adopted it)
    text = PAGE[PAGE.index("凉山彝族自治州城市绿化管理办法\n\n发布时间"):].replace(
        "发布时间：2021-03-22 10:05  来源：州住房城乡建设局  浏览次数：512\n\n", "")
    md = _meta(text)
    assert md["issue_date"] == "2021-03-02"
    assert md["issuers"] == ["凉山彝族自治州人民政府"]


def test_a_bare_league_or_banner_organ_takes_its_own_place():
    from pipeline.extract.metadata import _with_own_place
    assert _with_own_place("盟行政公署", "内蒙古自治区锡林郭勒盟") == "锡林郭勒盟行政公署"
    assert _with_own_place("旗人民政府", "内蒙古自治区鄂尔多斯市鄂托克旗") == "鄂托克旗人民政府"
    assert _with_own_place("州人民政府", "湖南省湘西土家族苗族自治州") == "湘西土家族苗族自治州人民政府"
    assert _with_own_place("州人民政府", "四川省成都市") == "州人民政府"  # no 州 in the region: nothing guessed
