"""s19-assign: the assignment classes fixed this session (spec 1.1 section 6), each with exact expected triples for a
snippet written for this test in the style of a province, level or era unlike the notice that raised it (never text
of a dev-corpus notice), and the invariant text[span] == quote of every triple."""
from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.clean import normalize_string


def _triples(text: str) -> set[tuple[str, str, str]]:
    r = process_text(text, doc_id="s19assign")
    clean = normalize_string(text).text  # (spans are offsets in the cleaned text)
    for x in r.responsibilities:
        if x.span is not None:
            assert clean[x.span[0]:x.span[1]] == x.quote
    return {(x.task, x.department, x.role) for x in r.responsibilities}


def test_time_window_before_huitong_in_a_duty_article():
    # (a) `X应当自…之日起N个工作日内会同Y…`, `X应当在…后1个月内会同Y…`: a statute's time window before the cue
    text = """宁夏回族自治区城乡居民最低生活保障实施办法

第一条　为规范城乡居民最低生活保障工作，制定本办法。
第二条　县级人民政府民政部门应当自收到乡（镇）人民政府审核意见之日起20个工作日内会同同级财政部门作出审批决定。
第三条　乡（镇）人民政府应当在每季度结束后10日内会同村民委员会公示保障对象名单。
第四条　申请人应当在收到通知之日起15日内补充材料。
第五条　本办法自2008年1月1日起施行。
"""
    assert _triples(text) == {("第二条", "县级人民政府民政部门", "lead"), ("第二条", "同级财政部门", "co"),
                              ("第三条", "乡（镇）人民政府", "lead")}


def test_paragraph_subject_goes_on_into_yao_huitong_sentence():
    # (b) `X要…。要会同Y…`: the paragraph's subject leads the sentence that opens with 要会同
    text = """关于做好2009年农村劳动力转移培训工作的通知

一、主要任务
（一）落实培训补贴。各级劳动保障部门要把转移培训摆上重要位置，主要负责同志亲自抓。要会同财政部门加强培训补贴资金监管。
（二）加强督查。各级农业部门要加强检查。各地要落实属地责任。
"""
    assert _triples(text) == {("一/(一)", "各级劳动保障部门", "lead"), ("一/(一)", "财政部门", "co")}


def test_noun_qiantou_danwei_opening_a_sentence_is_no_cue():
    # (g) `。牵头单位要…`: the noun, not the paragraph's subject leading
    text = """关于印发防城港市2019年乡村振兴工作要点的通知

一、保障措施
（一）压实责任。各县（市、区）、各部门要严格落实主体责任。牵头单位要细化工作措施，按时报送进展。
"""
    assert _triples(text) == set()


def test_lower_governments_carrying_out_are_responsible_with_or_without_a_lead():
    # (d) `由A牵头，B配合，C具体组织实施`: C, the governments below, `responsible` (guide R47 of session 30 overrules the
    # earlier `co`); `由A负责，C具体组织实施` gives C `responsible` (guide R31, S27c, which overrules the earlier reading
    # that it gave C nothing)
    text = """湖北省襄樊市人民政府关于加快乡镇企业改制的通知

一、主要任务
（一）推进企业改制。改制工作由市乡镇企业局牵头，市财政局、市审计局配合，各县（市）区人民政府具体组织实施。
（二）清产核资。清产核资工作由市财政局负责，各乡镇人民政府具体组织实施。
"""
    assert _triples(text) == {("一/(一)", "襄樊市乡镇企业局", "lead"), ("一/(一)", "襄樊市财政局", "co"),
                              ("一/(一)", "襄樊市审计局", "co"), ("一/(一)", "各县（市）区人民政府", "responsible"),
                              ("一/(二)", "襄樊市财政局", "responsible"), ("一/(二)", "各乡镇人民政府", "responsible")}


def test_body_built_with_its_makeup_gives_no_triple():
    # (e) `建立（成立）由A牵头，B、C等部门参加的X工作专班`: the body's make-up (R10, R11), however long the list
    text = """关于印发黔南州2020年人才工作要点的通知

一、保障措施
（一）加强组织领导。在州委人才工作领导小组领导下，建立由州委组织部、州人力资源社会保障局牵头，州委宣传部、州发展改革委、州教育局、州科技局、州财政局、州卫生健康局、州农业农村局等部门参加的人才工作专班，统筹推进各项工作。
（二）成立由州教育局牵头，州财政局参加的工作组，负责督导。
（三）强化保障。由州财政局牵头，州教育局参加，建立经费保障的工作机制。
"""
    assert _triples(text) == {("一/(三)", "黔南布依族苗族自治州财政局", "lead"),
                              ("一/(三)", "黔南布依族苗族自治州教育局", "co")}


def test_party_school_in_a_co_list_voids_nothing():
    # (f) `A牵头，县委党校、B、C配合`: the party school is no department; the organs after it stay co
    text = """关于印发榆中县2016年村干部培训工作方案的通知

一、培训任务
（一）开展村干部轮训。每年轮训村党组织书记一遍。县委组织部牵头，县委党校、县民政局、县财政局配合。
"""
    assert _triples(text) == {("一/(一)", "中共榆中县委组织部", "lead"), ("一/(一)", "榆中县民政局", "co"),
                              ("一/(一)", "榆中县财政局", "co")}


def test_places_concerned_as_the_partner_of_huitong():
    # (h) `X要会同有关县区…`: the places kept as written, co; with their governments the organs reader names them
    text = """关于加强乡镇企业环境保护工作的通知

一、主要措施
（一）重视环境保护。对污染严重、治理无望的小造纸企业，宝鸡市环保局要会同有关县区限期关停。
（二）清理整顿。宝鸡市环保局要会同相关单位开展检查。
"""
    assert _triples(text) == {("一/(一)", "宝鸡市环境保护局", "lead"), ("一/(一)", "有关县区", "co"),
                              ("一/(二)", "宝鸡市环境保护局", "lead"), ("一/(二)", "相关单位", "co")}


@pytest.mark.parametrize("lead_in", ["其主要职责是：", "其职责是："])
def test_duty_article_lead_in_qi_zhize_shi(lead_in):
    # (i) `X是…的主管部门，其主要职责是：（一）…`: the article is the organ's (a duty article)
    text = f"""牡丹江市劳动力市场管理办法

第一条　为培育和发展劳动力市场，制定本办法。
第二条　市劳动局是本市劳动力市场的主管部门，{lead_in}
（一）贯彻执行国家有关劳动力市场的法律、法规；
（二）制定劳动力市场发展规划。
第三条　本办法自1997年5月1日起施行。
"""
    assert _triples(text) == {("第二条", "牡丹江市劳动局", "responsible")}


def test_zhuguan_and_shares_without_a_cue_stay_nothing():
    # precision: 主管, `按照各自职责，做好…`, `应当…` without 牵头/会同/负责, 协助 with no lead, penalties
    text = """黔西县农村饮水安全工程运行管理办法

第一条　为加强农村饮水安全工程运行管理，制定本办法。
第二条　县水务局主管全县农村饮水安全工程的运行管理工作。
第三条　县发展和改革局、县财政局按照各自职责，做好工程维修养护资金的安排工作。
第四条　村民委员会应当协助乡（镇）人民政府做好工程管护。
第五条　擅自改装供水设施的，由县水务局责令改正。
第六条　本办法自2014年1月1日起施行。
"""
    assert _triples(text) == set()
