"""Citations (spec section 9): titles with and without 文号, nesting, short names, own title."""
import json
from pathlib import Path

import pytest

from pipeline.clean import normalize_string
from pipeline.extract import extract_all

NOTICES = sorted(Path(__file__).parent.joinpath("notices").glob("structure-*.txt"))
HEAD = "某自治区全民健身实施计划\n一、总体要求\n"


def cites(text: str) -> list[tuple]:
    return [(c.title, c.doc_number) for c in extract_all(normalize_string(text)).citations]


@pytest.mark.parametrize("sentence,expected", [
    ("根据《全民健身条例》，制定本计划。", [("全民健身条例", None)]),
    ("落实《国务院关于实施全民健身计划的通知》（国发〔2021〕11号）要求。",
     [("国务院关于实施全民健身计划的通知", "国发〔2021〕11号")]),
    ("按照《某厅关于印发〈体育场馆开放办法〉的通知》（某体规［2019］4号）执行。",
     [("某厅关于印发〈体育场馆开放办法〉的通知", "某体规［2019］4号")]),
    ("参照《关于印发<学校体育工作规范>的通知（某教发（2018）7号）》办理。",
     [("关于印发<学校体育工作规范>的通知", "某教发（2018）7号")]),
    ("按照某政办发[2020]15号文件要求执行。", [(None, "某政办发[2020]15号")]),
])
def test_citation_forms(sentence, expected):
    assert cites(HEAD + sentence + "\n") == expected


def test_short_name_is_not_counted_twice():
    text = HEAD + "依据《某自治区体育发展条例》（以下简称《条例》），按《条例》第十条执行。\n"
    assert cites(text) == [("某自治区体育发展条例", None)]


def test_transmitted_plan_is_not_a_citation():
    text = ("关于印发《某县全民健身实施计划》的通知\n各乡镇人民政府：\n现将《某县全民健身实施计划》印发给你们。\n"
            "某县人民政府办公室\n2021年9月1日\n某县全民健身实施计划\n一、目标\n落实《全民健身计划（2021—2025年）》。\n")
    assert cites(text) == [("全民健身计划（2021—2025年）", None)]


@pytest.mark.parametrize("path", NOTICES, ids=lambda p: p.stem)
def test_notice_citations(path):
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert cites(path.read_text(encoding="utf-8")) == [(c["title"], c["doc_number"]) for c in expected["citations"]]


def test_forms_and_short_names_are_not_citations_and_order_numbers_are():
    """Guide C7 (a Fujian county rule): forms and permits in 《》 are no citation; an order's number
    in brackets after a title is its doc_number; a short name of a cited law is no second citation."""
    text = ("一、依据\n根据《中华人民共和国固体废物污染环境防治法》和《福州市城市市容管理办法》（福州市人民政府令第68号），"
            "申请人填写《建筑垃圾处置申请表》，持《营业执照》办理。违反《固废法》的，依法处理。\n")
    got = [(c.title, c.doc_number) for c in extract_all(normalize_string(text)).citations]
    assert got == [("中华人民共和国固体废物污染环境防治法", None), ("福州市城市市容管理办法", "福州市人民政府令第68号")]


@pytest.mark.parametrize("sentence,expected", [
    # an order's number written with a space, an announcement's number with a long issuer (a Sichuan rule)
    ("根据《某市城镇职工医疗保险规定》（某市人民政府令 第88号）执行。", [("某市城镇职工医疗保险规定", "某市人民政府令第88号")]),
    ("依据《某省中小学校安全条例》（某省第十二届人民代表大会常务委员会公告第41号）制定。",
     [("某省中小学校安全条例", "某省第十二届人民代表大会常务委员会公告第41号")]),
    # a stray bracket typed before 》 is not part of the title (a 2017 energy-regulator notice)
    ("按照《某局关于印发〈调峰服务补偿(市场）机制方案〉的通知)》（某能发〔2017〕9号）要求。",
     [("某局关于印发〈调峰服务补偿(市场）机制方案〉的通知", "某能发〔2017〕9号")]),
    # the number and a short name in one bracket (a Shandong notice)
    ("根据《某省人民政府办公厅关于加强体育工作的通知》（某政办字〔2020〕1号，以下简称《通知》）要求，落实《通知》。",
     [("某省人民政府办公厅关于加强体育工作的通知", "某政办字〔2020〕1号")]),
    # a standard's number in brackets after its title (a Guangzhou care rule)
    ("参考《残疾人残疾分类和分级》（GB/T26341-2010）标准评定。", [("残疾人残疾分类和分级", "GB/T26341-2010")]),
    ("执行《农村生活污水处理设施水污染物排放标准》（DB44/T 2208-2019）。",
     [("农村生活污水处理设施水污染物排放标准", "DB44/T2208-2019")]),
    # a roll to fill in is a form, not a cited document (guide C7)
    ("附件：《学员补贴花名册》。", []),
    ("请填写《2024年教学改革项目申报书》并附《园区自评报告》。", []),
])
def test_citation_forms_more(sentence, expected):
    assert [(t, n and n.replace(" ", "")) for t, n in cites(HEAD + sentence + "\n")] == expected


def test_documents_a_transmitting_notice_cites_are_citations():
    """`为贯彻落实《X》（…）和《Y》有关规定，现将《Z》印发给你们` transmits Z and cites X and Y
    (a Hangzhou-style 印发 notice)."""
    text = ("关于印发某市就业见习管理办法的通知\n各区人力资源和社会保障局：\n"
            "为贯彻落实《某市人民政府关于促进就业的实施意见》（某府规〔2020〕3号）和《某市就业补助资金管理办法》有关规定，"
            "现将《某市就业见习管理办法》印发给你们，请认真贯彻执行。\n某市人力资源和社会保障局\n2020年5月6日\n"
            "某市就业见习管理办法\n第一条 为规范就业见习管理，制定本办法。\n第二条 本办法自印发之日起施行。\n")
    assert cites(text) == [("某市人民政府关于促进就业的实施意见", "某府规〔2020〕3号"), ("某市就业补助资金管理办法", None)]


def test_a_document_cited_twice_is_one_citation():
    """Guangzhou style: the notice cites `《…关于印发〈X〉的通知》（穗…〔2019〕1号）` and its 第一条 the same
    title without 〈〉: one citation, as first written."""
    text = HEAD + ("落实《某局关于印发〈就业补助资金管理办法〉的通知》（某人社规〔2019〕1号）。"
                   "根据《某局关于印发就业补助资金管理办法的通知》（某人社规〔2019〕1号）执行。\n")
    assert cites(text) == [("某局关于印发〈就业补助资金管理办法〉的通知", "某人社规〔2019〕1号")]


def test_an_attached_document_is_no_citation():
    """A Shanxi energy-regulator notice: `我办组织拟定了《X》` with `附件：X（模拟运行版）`: X is the
    document's own attachment; the 《Y》 it follows is cited."""
    text = ("某省能源监管办公室关于开展调峰辅助服务市场模拟运行的通知\n2019-11-15\n各发电企业：\n"
            "按照《调峰服务补偿办法》要求，我办组织拟定了《某省调峰辅助服务市场运营规则》（以下简称《规则》）。现将有关事项通知如下：\n"
            "一、模拟运行时间为一个月。\n二、各单位按照《规则》参与。\n附件：某省调峰辅助服务市场运营规则（模拟运行版）\n"
            "某省能源监管办公室\n2019年11月15日\n")
    assert cites(text) == [("调峰服务补偿办法", None)]


def test_standards_without_year_protocols_and_agreements():
    """A 2013 ministry engineering notice: standards cited by number without a year (`（GB 50395）`,
    `（GB50052）`) keep their number; a technical protocol and a framework agreement between parties
    are documents, while a contract form (《廉洁协议》) stays out (guide C7)."""
    text = HEAD + ("遵照《视频安防监控系统工程设计规范》（GB 50395）和《供配电系统设计规范》（GB50052）。\n"
                   "执行《智能电能表数据传输协议》和《某市人民政府与某集团战略合作框架协议》，签订《廉洁协议》。\n")
    assert cites(text) == [("视频安防监控系统工程设计规范", "GB 50395"),
                           ("供配电系统设计规范", "GB50052"), ("智能电能表数据传输协议", None),
                           ("某市人民政府与某集团战略合作框架协议", None)]


def test_own_title_set_over_lines_without_its_commas():
    """A Zhejiang district bureau's notice (2022) names its 办法 in 《》 with 、 and full-width brackets, while the
    办法's own title block, set over four lines, drops the 、 (and a PDF may give half-width brackets):
    compared as titles they are the same document."""
    from pipeline.extract.citations import _key

    assert _key("某区甲孵化基地、乙（某区）众创空间运营管理办法（V2.0）") == _key("某区甲孵化基地乙(某区)众创空间运营管理办法(V2.0)")
    assert _key("某省促进条例") != _key("某省促进条例实施细则")


def test_orders_and_announcements_with_their_year():
    """`（国家发展改革委令2019年第29号）` after a title is its number; an announcement cited by its number alone
    (`根据财政部 税务总局公告2019年第39号规定`, a 2019 tax notice) is a citation without title."""
    text = HEAD + ("根据《产业结构调整指导目录（2019年本）》（国家发展改革委令2019年第29号）执行。\n"
                   "根据财政部 税务总局公告2019年第39号规定，对符合条件的企业予以退税。\n")
    assert cites(text) == [("产业结构调整指导目录（2019年本）", "国家发展改革委令2019年第29号"),
                           (None, "财政部 税务总局公告2019年第39号")]
