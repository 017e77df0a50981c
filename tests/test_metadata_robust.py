"""Metadata on notices as they reach users (snippets written for these tests)."""
from pipeline.document import process_text

ITEMS = "一、总体要求\n（一）明确目标。各地区要抓好落实。\n二、主要任务\n（一）完善机制。各有关部门要加强协作。\n"


def _md(text):
    return process_text(text, doc_id="m").metadata


def test_a_title_line_ending_in_wenjian_is_not_a_masthead():
    md = _md("国务院办公厅关于进一步规范行政规范性文件\n制定和监督管理工作的通知\n国办发〔2018〕37号\n"
             "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为规范行政规范性文件制定工作，现通知如下。\n" + ITEMS
             + "国务院办公厅\n2018年5月16日\n")
    assert md.title == "国务院办公厅关于进一步规范行政规范性文件制定和监督管理工作的通知"


def test_party_centre_and_state_council_in_the_title_and_a_date_under_it():
    md = _md("中共中央 国务院关于加快建设全国统一大市场的意见\n（2022年3月25日）\n"
             "建设全国统一大市场是构建新发展格局的基础支撑。现提出如下意见。\n" + ITEMS)
    assert md.title == "中共中央 国务院关于加快建设全国统一大市场的意见"
    assert md.issuers == ["中共中央", "国务院"]
    assert md.issue_date == "2022-03-25"
    assert (md.region, md.admin_level) == ("全国", "central")


def test_state_prefix_of_ministries_in_a_joint_signature():
    md = _md("各省、自治区、直辖市住房和城乡建设厅、水利厅：\n为推进城市节水工作，现提出以下意见。\n" + ITEMS
             + "中华人民共和国住房和城乡建设部\n中华人民共和国水利部\n国家市场监督管理总局\n2021年9月6日\n")
    assert md.issuers == ["住房和城乡建设部", "水利部", "国家市场监督管理总局"]
    assert (md.region, md.admin_level) == ("全国", "central")


def test_central_addressee_glued_to_the_first_paragraph():
    md = _md("各省、自治区、直辖市及新疆生产建设兵团卫生健康委:为贯彻落实有关部署，现就有关工作通知如下。\n" + ITEMS)
    assert md.issuers == []
    assert (md.region, md.admin_level) == ("全国", "central")


NOTICE_ITEMS = "一、扩大培训规模\n各地要结合实际，组织开展补贴性职业技能培训。\n二、加强资金监管\n各地要规范使用专账资金。\n"


def test_without_a_title_block_the_page_metadata_table_gives_issuer_and_date():
    md = _md("索引号：\n000014349/2021-00087\n发布机构：\n江西省人力资源和社会保障厅\n成文日期：\n2021-07-02\n"
             "各设区市人力资源社会保障局，省直有关单位：\n为进一步做好职业技能提升行动有关工作，现将有关事项通知如下。\n" + NOTICE_ITEMS)
    assert md.issuers == ["江西省人力资源和社会保障厅"]
    assert md.issue_date == "2021-07-02"
    assert (md.region, md.admin_level) == ("江西省", "province")
    assert md.doc_type == "通知"


def test_without_a_signature_the_printing_line_gives_the_date():
    md = _md("江西省人力资源和社会保障厅 江西省财政厅关于做好职业技能提升行动有关工作的通知\n赣人社字〔2021〕112号\n"
             "各设区市人力资源社会保障局、财政局：\n为进一步做好职业技能提升行动有关工作，现将有关事项通知如下。\n" + NOTICE_ITEMS
             + "（此件主动公开）\n抄送：人力资源社会保障部。\n江西省人力资源和社会保障厅办公室 2021年7月5日印发\n")
    assert md.issuers == ["江西省人力资源和社会保障厅", "江西省财政厅"]
    assert md.issue_date == "2021-07-05"


def test_title_from_the_page_table_when_the_copy_has_no_title_block():
    md = _md("标题：内蒙古自治区人民政府办公厅关于促进养老托育服务健康发展的实施意见\n发文机关：内蒙古自治区人民政府办公厅\n"
             "发文字号：内政办发〔2021〕34号\n成文日期：2021年06月08日\n"
             "各盟行政公署、市人民政府，自治区各委、办、厅、局：\n为促进养老托育服务健康发展，现提出如下实施意见。\n" + ITEMS
             + "内蒙古自治区人民政府办公厅\n2021年6月8日\n")
    assert md.title == "内蒙古自治区人民政府办公厅关于促进养老托育服务健康发展的实施意见"
    assert md.doc_type == "实施意见" and md.doc_number == "内政办发〔2021〕34号"
    assert md.issuers == ["内蒙古自治区人民政府办公厅"]


def test_transmitting_title_from_the_page_table():
    md = _md("名称：\n关于印发内蒙古自治区托育机构管理办法的通知\n文号：\n内卫发〔2022〕5号\n"
             "各盟市卫生健康委：\n现将《内蒙古自治区托育机构管理办法》印发给你们，请认真执行。\n")
    assert md.notice_title == "关于印发内蒙古自治区托育机构管理办法的通知"
    assert md.title == "内蒙古自治区托育机构管理办法"
    assert md.doc_type == "办法"


def test_date_beside_the_document_number_under_the_title():
    title = "内蒙古自治区人民政府办公厅关于促进养老托育服务健康发展的实施意见\n"
    body = "各盟行政公署、市人民政府：\n为促进养老托育服务健康发展，现提出如下实施意见。\n" + ITEMS
    md = _md(title + "（2021年6月8日　内政办发〔2021〕34号）\n" + body)
    assert (md.doc_number, md.issue_date) == ("内政办发〔2021〕34号", "2021-06-08")
    md = _md(title + "发布时间：2021年6月10日\n" + body)  # a web page's publishing date is not the issue date
    assert md.issue_date is None
