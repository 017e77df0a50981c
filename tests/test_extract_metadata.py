"""Metadata (spec section 3): titles, 文号 brackets, issuers, dates, region, genre, draft."""
import json
from pathlib import Path

import pytest

from pipeline.clean import normalize_string
from pipeline.extract import extract_all
from pipeline.extract.metadata import doc_type_of, parse_date, split_issuer_prefix, split_organs

NOTICES = sorted(Path(__file__).parent.joinpath("notices").glob("structure-*.txt"))


def meta(text: str) -> dict:
    return extract_all(normalize_string(text)).metadata.model_dump(exclude={"evidence"})


@pytest.mark.parametrize("line,number", [
    ("浙政办发〔2021〕15号", "浙政办发〔2021〕15号"),
    ("苏人社规［2020］3号", "苏人社规［2020］3号"),
    ("黔府办函（2019）88号", "黔府办函（2019）88号"),
    ("晋财社[2018]102号", "晋财社[2018]102号"),
])
def test_doc_number_in_every_bracket_style(line, number):
    text = f"某省人民政府办公厅关于加强冬春农田水利建设的通知\n{line}\n各市人民政府：\n现就有关事项通知如下。\n"
    assert meta(text)["doc_number"] == number


def test_joint_notice_with_issuers_before_guanyu_and_chinese_date():
    text = ("中共宁海县委办公室 宁海县人民政府办公室 关于印发《宁海县乡村人才振兴实施方案》的通知\n"
            "各乡镇党委、政府，县直各单位：\n现将《宁海县乡村人才振兴实施方案》印发给你们，请认真贯彻落实。\n"
            "中共宁海县委办公室\n宁海县人民政府办公室\n二〇二三年三月五日\n宁海县乡村人才振兴实施方案\n一、总体要求\n")
    m = meta(text)
    assert m["notice_title"] == "关于印发《宁海县乡村人才振兴实施方案》的通知"
    assert m["title"] == "宁海县乡村人才振兴实施方案"
    assert m["issuers"] == ["中共宁海县委办公室", "宁海县人民政府办公室"]
    assert m["issue_date"] == "2023-03-05"
    assert (m["region"], m["admin_level"]) == ("浙江省宁波市宁海县", "county")
    assert m["doc_type"] == "实施方案"


def test_signature_with_several_organs_per_line_and_county_level_city():
    text = ("关于印发义乌市职业技能提升行动方案的通知\n各镇人民政府、街道办事处：\n现将方案印发给你们。\n"
            "义乌市人力资源和社会保障局 义乌市财政局\n2020年5月6日\n义乌市职业技能提升行动方案（2020—2022年）\n一、目标\n")
    m = meta(text)
    assert m["issuers"] == ["义乌市人力资源和社会保障局", "义乌市财政局"]
    assert (m["region"], m["admin_level"]) == ("浙江省金华市义乌市", "county")
    assert m["title"] == "义乌市职业技能提升行动方案（2020—2022年）"
    assert m["doc_type"] == "行动方案"


def test_draft_without_issuer_takes_region_from_title():
    text = "关于促进绵阳数字经济高质量发展的若干意见\n（征求意见稿）\n为加快数字经济发展，提出如下意见。\n一、总体要求\n"
    m = meta(text)
    assert m["draft"] is True and m["issuers"] == []
    assert (m["region"], m["admin_level"]) == ("四川省绵阳市", "prefecture")
    assert m["doc_type"] == "意见"


def test_fadian_box_gives_issuers_when_there_is_no_signature():
    text = ("某县发电\n发电单位 中共仁寿县委办公室\n仁寿县人民政府办公室\n等级 特急·明电 仁委办明电〔2021〕9号\n"
            "关于做好防汛工作的通知\n各乡镇：\n请做好防汛准备。\n")
    m = meta(text)
    assert m["issuers"] == ["中共仁寿县委办公室", "仁寿县人民政府办公室"]
    assert m["doc_number"] == "仁委办明电〔2021〕9号"


def test_central_organ_and_web_metadata_table_is_skipped():
    text = ("索引号：\n000014349/2019-00021\n发文机关：\n国务院办公厅\n成文日期：\n2019-05-10\n标题：\n"
            "国务院办公厅关于加快发展流通促进商业消费的意见\n国办发〔2019〕42号\n"
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n流通是经济运行的基础。\n一、促进流通新业态\n国务院办公厅\n2019年8月16日\n")
    m = meta(text)
    assert m["title"] == "国务院办公厅关于加快发展流通促进商业消费的意见"  # spec 1.1: issuer kept
    assert m["issuers"] == ["国务院办公厅"] and m["issue_date"] == "2019-08-16"
    assert (m["region"], m["admin_level"]) == ("全国", "central")


@pytest.mark.parametrize("title,genre", [
    ("关于推进养老服务发展的若干意见", "意见"), ("某市住房公积金管理办法（试行）", "办法"),
    ("某省数字经济发展规划（2021—2025年）", "规划"), ("某县安全生产专项整治实施细则", "实施细则"),
    ("某市2024年就业工作要点", "工作要点"),
    # spec 1.1 genres of replies and rules, qualifiers dropped as in 若干意见 → 意见
    ("国务院关于同意设立某综合保税区的批复", "批复"), ("国务院办公厅关于某省有关问题的复函", "复函"),
    ("关于某县地质灾害有关问题的函", "函"), ("关于医师执业注册中执业范围的暂行规定", "规定"),
    ("某市促进外贸稳增长的若干政策措施", "政策措施"),  # longest genre word; 若干 dropped (decisions/metadata-s5.md)
])
def test_doc_type(title, genre):
    assert doc_type_of(title) == genre


def test_helpers():
    assert parse_date("二○二一年十二月三十一日") == "2021-12-31"
    assert split_organs("成都市民政局成都市财政局") == ["成都市民政局", "成都市财政局"]
    # guide M1c: a 转发/印发 notice's 事由 starts at its verb when no 关于 comes before it
    assert split_issuer_prefix("国务院办公厅转发国家发展改革委关于某事的通知") == ("国务院办公厅", "转发国家发展改革委关于某事的通知")
    assert split_issuer_prefix("北京市经济和信息化局印发《关于推进的指导意见》的通知") == (
        "北京市经济和信息化局", "印发《关于推进的指导意见》的通知")


@pytest.mark.parametrize("path", NOTICES, ids=lambda p: p.stem)
def test_notice_metadata(path):
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta(path.read_text(encoding="utf-8")) == expected["metadata"]


def test_self_titled_policy_keeps_its_issuer_in_title():
    """Spec 1.1 section 3 (a Yunnan provincial opinion written on one title line)."""
    text = ("云南省人民政府关于加快推进高原特色农业现代化的意见\n云政发〔2015〕12号\n各州、市人民政府：\n"
            "为加快推进，提出如下意见。\n一、总体要求\n云南省人民政府\n2015年3月2日\n")
    m = meta(text)
    assert m["title"] == "云南省人民政府关于加快推进高原特色农业现代化的意见"
    assert m["notice_title"] is None and m["doc_type"] == "意见"
    assert (m["region"], m["admin_level"]) == ("云南省", "province")


def test_body_only_central_notice_region_from_addressee_and_type_from_self_reference():
    """A database copy that kept only the body (spec 1.1: metadata from the document itself)."""
    text = ("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为加快建设，经国务院同意，现提出以下意见：\n"
            "一、总体要求\n（一）指导思想。\n坚持统筹规划。\n")
    m = meta(text)
    assert (m["region"], m["admin_level"], m["doc_type"]) == ("全国", "central", "意见")
    assert m["issuers"] == [] and m["title"] is None


def test_issuers_from_a_lead_in_when_the_title_block_is_missing():
    text = ("近日，中共中央办公厅、国务院办公厅印发了《关于加强基层治理的意见》，并发出通知，要求各地区各部门结合实际认真贯彻落实。\n"
            "一、总体要求\n（一）指导思想。坚持党的领导。\n")
    m = meta(text)
    assert m["issuers"] == ["中共中央办公厅", "国务院办公厅"]
    assert (m["region"], m["admin_level"]) == ("全国", "central")


def test_government_order_gives_number_issuer_date_and_the_rule_title():
    """A Hangzhou order (政府令) printed before the rule it promulgates."""
    text = ("杭州市人民政府令\n第321号\n《杭州市停车场管理办法》已经2019年5月6日市人民政府第47次常务会议审议通过，现予公布，"
            "自2019年7月1日起施行。\n市长  徐立毅\n2019年5月20日\n杭州市停车场管理办法\n第一条 为了加强停车场管理，制定本办法。\n")
    m = meta(text)
    assert (m["doc_number"], m["issuers"], m["issue_date"]) == ("杭州市人民政府令第321号", ["杭州市人民政府"], "2019-05-20")
    assert (m["title"], m["doc_type"], m["region"]) == ("杭州市停车场管理办法", "办法", "浙江省杭州市")


def test_regulation_adoption_note_gives_issuer_and_date():
    """Guide M10 (a Yunnan city regulation): the adopting standing committee, on the day it adopted."""
    text = ("昆明市城市绿化条例\n（2020年10月28日昆明市第十五届人民代表大会常务委员会第三十二次会议通过　"
            "2020年11月25日云南省第十三届人民代表大会常务委员会第二十一次会议批准）\n第一条 为了促进城市绿化，制定本条例。\n")
    m = meta(text)
    assert (m["issuers"], m["issue_date"], m["region"]) == (["昆明市人民代表大会常务委员会"], "2020-10-28", "云南省昆明市")


def test_a_yinfa_notice_that_holds_its_own_content_is_self_titled():
    """`关于印发…标准的通知` whose own items are the standards (a Wuhan bureau notice)."""
    text = ("武汉市民政局关于印发我市2024年临时救助标准的通知\n各区民政局：\n经市人民政府同意，现将我市2024年临时救助标准公布如下：\n"
            "一、救助标准。按每人每月800元执行。\n二、执行时间。自2024年1月1日起执行。\n武汉市民政局\n2024年1月5日\n")
    m = meta(text)
    assert m["title"] == "武汉市民政局关于印发我市2024年临时救助标准的通知"
    assert m["notice_title"] is None and m["doc_type"] == "通知"


def test_forwarding_notice_title_starts_at_zhuanfa_and_district_issuer_carries_the_city():
    text = ("黄浦区人民政府办公室转发区发展改革委关于做好价格监测工作意见的通知\n各街道办事处：\n现将区发展改革委意见转发给你们。\n"
            "黄浦区人民政府办公室\n2022年3月1日\n")
    m = meta(text)
    assert m["notice_title"] == "转发区发展改革委关于做好价格监测工作意见的通知"
    assert m["issuers"] == ["上海市黄浦区人民政府办公室"]


def test_body_only_provincial_plan_is_the_provinces_own():
    """Without title block: organs written 省X厅 make the province the issuer's level (a Henan plan)."""
    text = ("一、主要目标\n到2025年，郑州、洛阳建成示范区。\n二、重点任务\n（一）建设平台。（省科技厅牵头，省财政厅、省教育厅配合）\n"
            "（二）培育企业。（省工业和信息化厅负责）\n郑州、洛阳、开封要加快推进。\n")
    m = meta(text)
    assert (m["region"], m["admin_level"]) == ("河南省", "province")


def test_title_keeps_no_stray_closing_quote_and_no_table_header():
    """A PDF-to-text copy whose title lost its 《 (a 2001 central rule), and a notice whose attached
    table header follows a title line."""
    assert meta("关于医师执业注册中执业范围的暂行规定》\n（卫医发〔2001〕169号）\n一、医师执业范围\n")["title"] == \
        "关于医师执业注册中执业范围的暂行规定"


def test_a_doc_number_on_the_title_line_after_spaces_is_grounded_on_itself():
    """A Fujian county notice copied with its 文号 on the title line, two spaces between: the
    doc_number's span covers the number, not the space before it (a Hypothesis find)."""
    from pipeline.document import process_text

    record = process_text("关于做好春耕生产工作的通知  永政办〔2023〕12号\n各乡镇人民政府：\n现将有关事项通知如下。")
    evidence = record.metadata.evidence["doc_number"]
    assert record.metadata.doc_number == "永政办〔2023〕12号"
    assert evidence.quote == "永政办〔2023〕12号"
    assert record.text[evidence.span[0]:evidence.span[1]] == evidence.quote
