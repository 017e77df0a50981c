"""s30 (lead): metadata of two page kinds (issue 11). A joint ministerial order's number is written as its 题注 and
the legal databases write it, each organ without `中华人民共和国`, joined by `、` (guide M22 made precise in S30),
however the header block lays the organs out. A normative document's registration line under a county site's
catalog (`登记编号` / `有效期至`, `统一登记号`) is the page's, never the title. Snippets written for these tests
(other ministries, eras and provinces than the notices that prompted them)."""
import pytest

from pipeline import process_text

_ORDER_BODY = """
《农村土地承包经营纠纷调解仲裁工作规范》已经农业部常务会议审议通过，并经国家林业局同意，现予公布，自2013年3月1日起施行。

农业部部长　韩长赋
国家林业局局长　赵树丛
2013年1月15日

农村土地承包经营纠纷调解仲裁工作规范

第一章　总则

　　第一条　为规范农村土地承包经营纠纷调解仲裁工作，制定本规范。
"""

HEADERS = {
    # an organ a line, as the Gazette prints a joint order
    "line_each": "中华人民共和国农业部\n国家林业局\n令\n第3号\n",
    # the ministries' names spaced out character by character, as some copies centre them
    "spaced": "中 华 人 民 共 和 国 农 业 部\n国 家 林 业 局\n令\n第3号\n",
}


@pytest.mark.parametrize("layout", sorted(HEADERS))
def test_joint_order_number_names_each_organ_joined(layout):
    rec = process_text(HEADERS[layout] + _ORDER_BODY)
    m = rec.metadata
    assert m.doc_number == "农业部、国家林业局令第3号"
    assert m.issuers == ["农业部", "国家林业局"]
    assert m.title == "农村土地承包经营纠纷调解仲裁工作规范"


def test_single_ministry_order_keeps_its_printed_number():
    rec = process_text("中华人民共和国交通运输部令\n2016年第32号\n" + _ORDER_BODY.replace("，并经国家林业局同意", "")
                       .replace("国家林业局局长　赵树丛\n", "").replace("农业部部长　韩长赋", "部长　杨传堂"))
    assert rec.metadata.doc_number == "交通运输部令2016年第32号"


REGISTERED = """某县人民政府网
当前位置：首页 > 政府信息公开 > 规范性文件

索 引 号：11421100-2019-00021	主题分类：农业、林业
发布机构：罗田县人民政府	生成日期：2019-06-03
文　　号：罗政发〔2019〕6号	有 效 性：有效
{reg}

罗田县农村集体经济组织资产管理办法

各乡镇人民政府，县直各单位：
　　第一条　为加强农村集体资产管理，制定本办法。
　　第二条　县农业农村局负责全县农村集体资产管理的指导和监督。
"""


@pytest.mark.parametrize("reg", ["登记编号：HGFR-2019-00011	有效期至：2024-06-02",
                                 "统一登记号：EHGG-2019-00011",
                                 "登 记 号：HGFR-2019-00011",
                                 "有效期至：2024年6月2日"])
def test_registration_line_is_not_the_title(reg):
    rec = process_text(REGISTERED.replace("{reg}", reg))
    m = rec.metadata
    assert m.title == "罗田县农村集体经济组织资产管理办法"
    assert m.doc_number == "罗政发〔2019〕6号"
    ev = m.evidence.get("title")
    assert ev is not None and rec.text[ev.span[0]:ev.span[1]] == ev.quote
