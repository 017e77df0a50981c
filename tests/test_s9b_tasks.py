"""Task tree under copy transformations (session 9b): self-titled and central documents as other
copies present them. Snippets written for these tests in the style of several provinces, levels and
eras (docs/decisions/tasks-s9b.md), not copied from any corpus."""
from pipeline import process_text


def _paths(text, region=None, level=None):
    rec = process_text(text, region=region, admin_level=level)
    for t in rec.tasks:
        assert rec.clean_text[t.span[0]:t.span[1]] == t.quote if hasattr(rec, "clean_text") else True
    return [(t.path, t.heading) for t in rec.tasks]


def test_run_on_child_after_the_sections_stop_in_a_glued_heading_line():
    # a provincial opinion of the 2010s numbering its （一）… across sections, set by a copy that glued
    # each section heading, its stop kept, to its first item
    text = ("甘肃省人民政府关于加快发展现代物流业的意见\n各市、州人民政府，省政府各部门：\n"
            "为加快发展现代物流业，现提出如下意见。\n"
            "一、总体要求\n（一）指导思想。坚持市场主导、政府引导。\n（二）基本原则。坚持统筹规划。\n"
            "（三）发展目标。到2020年，物流业增加值年均增长10%。\n"
            "二、重点任务。（四）完善物流基础设施。加快建设一批物流园区。\n"
            "（五）培育物流市场主体。支持物流企业做大做强。\n"
            "三、保障措施。（六）加强组织领导。各地要建立协调机制。\n"
            "（七）加大政策支持。落实税收优惠政策。\n")
    assert _paths(text, "甘肃省", "province") == [
        ("一", "总体要求"), ("一/(一)", "指导思想"), ("一/(二)", "基本原则"), ("一/(三)", "发展目标"),
        ("二", "重点任务"), ("二/(四)", "完善物流基础设施"), ("二/(五)", "培育物流市场主体"),
        ("三", "保障措施"), ("三/(六)", "加强组织领导"), ("三/(七)", "加大政策支持")]


def test_a_cited_number_after_a_stop_is_no_run_on_child():
    # a county notice citing an item of another document right after a heading's stop: (三) does not
    # run on from the last (一)-style item (none before), so it stays text
    text = ("一、工作任务。（三）款所列情形按规定办理。\n（一）摸清底数。开展全面排查。\n（二）建立台账。逐户登记。\n")
    assert _paths(text, "湖南省", "county") == [
        ("一", "工作任务"), ("一/(一)", "摸清底数"), ("一/(二)", "建立台账")]


def test_a_self_holding_notice_keeps_its_items_before_a_web_pages_link_list():
    # a Sichuan prefecture 印发 notice whose own text holds the standards, copied from a web page that
    # lists related documents (numbered) after the signature
    text = ("成都市民政局 成都市财政局关于印发我市2024年城乡低保标准的通知\n各区（市）县民政局、财政局：\n"
            "经市政府同意，现将我市2024年城乡低保标准通知如下：\n"
            "一、城市低保标准\n（一）中心城区每人每月900元。\n（二）其他区县每人每月850元。\n"
            "二、农村低保标准\n（一）全市统一为每人每月700元。\n（二）特困人员基本生活标准按低保标准的1.3倍确定。\n"
            "本通知自2024年7月1日起执行。\n成都市民政局　　成都市财政局\n2024年6月20日\n"
            "相关链接：\n1. 国务院关于进一步加强和改进最低生活保障工作的意见\n2. 民政部关于做好社会救助工作的通知\n")
    assert [p for p, _ in _paths(text, "四川省成都市", "prefecture")] == [
        "一", "一/(一)", "一/(二)", "二", "二/(一)", "二/(二)"]


def test_numbered_notes_under_an_indicator_table_are_no_items():
    # a Hubei provincial plan whose indicator table lost its frame in a web copy; the notes under it
    # (`注：` alone, then `1.` `2.`) are the table's, the text's next item follows
    text = ("湖北省人民政府关于印发湖北省养老服务体系建设规划的通知\n鄂政发〔2017〕21号\n各市、州、县人民政府，省政府各部门：\n"
            "现将《湖北省养老服务体系建设规划》印发给你们，请认真贯彻执行。\n湖北省人民政府\n2017年5月2日\n"
            "湖北省养老服务体系建设规划\n一、发展目标\n（一）总体目标。到2020年，养老服务体系更加健全。\n"
            "（二）主要指标。\n指标名称 2015年 2020年\n每千名老年人养老床位数 30 35\n注：\n"
            "1.带〔〕的为五年累计数。\n2.护理型床位占比为预期性指标。\n"
            "（三）重点领域。加快发展居家养老服务。\n二、主要任务\n（一）发展居家养老服务。支持社区建设服务设施。\n")
    assert [p for p, _ in _paths(text, "湖北省", "province")] == [
        "一", "一/(一)", "一/(二)", "一/(三)", "二", "二/(一)"]


def test_a_note_line_followed_by_the_texts_next_heading_ends_at_once():
    # `备注：` with nothing numbered under it: the next heading is the text's
    text = ("一、工作目标\n到2022年，完成改造任务。\n备注：\n二、工作措施\n（一）摸清底数。开展排查。\n（二）分类实施。逐步推进。\n")
    assert [p for p, _ in _paths(text, "江西省", "county")] == ["一", "二", "二/(一)", "二/(二)"]


def test_a_first_child_glued_after_the_headings_bracketed_count():
    # a ministry notice of the 2010s listing measures to promote, its section heading ending in a
    # bracketed count and glued to its first item by a copy that lost the break
    text = ("一、推广的经验做法（共7项）（一）审批服务方面4项：企业开办一日办结；不动产登记一窗受理。\n"
            "（二）监管执法方面3项：跨部门联合抽查；信用分级分类监管。\n"
            "二、认真抓好推广落实。各地要结合实际制定推广方案。\n")
    assert _paths(text, None, None) == [
        ("一", "推广的经验做法（共7项）"), ("一/(一)", "审批服务方面4项：企业开办一日办结；不动产登记一窗受理"),
        ("一/(二)", "监管执法方面3项：跨部门联合抽查；信用分级分类监管"), ("二", "认真抓好推广落实")]


def test_a_top_list_run_into_its_announcing_line_in_a_copy_that_lost_every_other_break():
    # a State Council opinion of the 2010s as a PDF-to-text copy joined it: the top headings run into
    # the line before them, their (一)… at line starts
    text = ("国务院关于促进某某产业健康发展的若干意见\n国发〔2016〕30号\n"
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：为促进某某产业健康发展，现提出以下意见：一、总体要求\n"
            "（一）指导思想。坚持市场主导。（二）发展目标。到2020年，产业规模明显扩大。\n"
            "各地要结合实际抓好落实。二、主要任务\n"
            "（三）优化产业布局。引导产业集聚发展。\n（四）培育市场主体。支持企业做大做强。\n")
    assert [p for p, _ in _paths(text, None, None)] == [
        "一", "一/(一)", "一/(二)", "二", "二/(三)", "二/(四)"]


def test_a_glued_first_child_whose_sibling_runs_into_a_later_line():
    # a ministry implementation plan (2019 style) in a copy that joined lines in pairs: the heading
    # carries its first item, the second item runs in after a sentence end further down
    text = ("一、完善制度体系（一）健全制度框架。\n把握正确方向，推进资历框架建设。（二）提高办学水平。\n"
            "优化布局结构，改善办学条件。\n二、构建标准体系（三）完善教学标准。\n发布专业目录。（四）启动证书制度试点。\n")
    assert [p for p, _ in _paths(text, None, None)] == ["一", "一/(一)", "一/(二)", "二", "二/(三)", "二/(四)"]


def test_a_run_on_child_glued_after_indentation():
    # a provincial opinion numbering （一）… across sections, in a copy that turned the break after each
    # section heading into full-width indentation
    text = ("一、总体要求\n（一）指导思想。坚持创新驱动。\n（二）基本原则。坚持需求导向。\n"
            "二、加强资源共享　　（三）推进数据共享。建立共享机制。\n（四）深化开发利用。鼓励社会力量参与。\n")
    assert [p for p, _ in _paths(text, "江苏省", "province")] == [
        "一", "一/(一)", "一/(二)", "二", "二/(三)", "二/(四)"]
