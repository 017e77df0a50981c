"""Numbered structure (spec section 4): levels, styles, run-on numbering, false positives."""
import json
from pathlib import Path

import pytest

from pipeline.clean import normalize_string
from pipeline.extract import extract_all

NOTICES = sorted(Path(__file__).parent.joinpath("notices").glob("structure-*.txt"))


def tasks_of(text: str) -> list[tuple[str, str]]:
    return [(t.path, t.heading) for t in extract_all(normalize_string(text)).tasks]


def test_gbt_levels_and_heading_inside_paragraph():
    text = ("江西省数字经济发展三年行动方案\n一、总体目标\n到2025年，数字经济核心产业增加值明显提高。\n二、重点任务\n"
            "（一）夯实数字基础设施\n1. 加快5G网络建设。支持各设区市……\n（1）推进基站共建共享。鼓励……\n① 优先覆盖工业园区\n"
            "2. 建设算力中心。统筹布局……\n")
    assert tasks_of(text) == [
        ("一", "总体目标"), ("二", "重点任务"), ("二/(一)", "夯实数字基础设施"),
        ("二/(一)/1", "加快5G网络建设"), ("二/(一)/1/(1)", "推进基站共建共享"),
        ("二/(一)/1/(1)/①", "优先覆盖工业园区"), ("二/(一)/2", "建设算力中心"),
    ]


def test_numbering_runs_on_across_sections_and_accepts_dunhao():
    text = ("某市农村人居环境整治方案\n一、重点任务\n（一）垃圾治理\n1、建立收运体系。……\n2、推进分类减量。……\n"
            "（二）污水治理\n3、完善管网。……\n4．推广生态处理。……\n")
    assert [p for p, _ in tasks_of(text)] == ["一", "一/(一)", "一/(一)/1", "一/(一)/2", "一/(二)", "一/(二)/3", "一/(二)/4"]


def test_articles_under_chapters_run_on():
    text = "某县安全生产管理办法\n第一章 总则\n第一条 为加强管理，制定本办法。\n第二章 职责\n第二条 县应急管理局负责监督。\n"
    assert tasks_of(text) == [("第一章", "总则"), ("第一章/第一条", "为加强管理，制定本办法"),
                              ("第二章", "职责"), ("第二章/第二条", "县应急管理局负责监督")]


@pytest.mark.parametrize("line", ["2025年，全省完成培训10万人次。", "1.5万人次参加培训。", "10个部门联合印发文件。",
                                  "3.建设数字乡村。"])
def test_lines_starting_with_a_number_are_not_tasks(line):
    # `3.` without a 1. and 2. before it is out of sequence, not a list item.
    text = f"某市乡村振兴工作方案\n一、工作目标\n{line}\n二、保障措施\n"
    assert [p for p, _ in tasks_of(text)] == ["一", "二"]


def test_markdown_and_bold_marks_are_not_part_of_tokens():
    text = "# 某区养老服务实施方案\n## 一、基本原则\n**（一）坚持政府主导。**各街道要……\n"
    assert tasks_of(text) == [("一", "基本原则"), ("一/(一)", "坚持政府主导")]


def test_transmitting_notice_and_attachment_tables_are_not_tasks():
    text = ("关于印发《某县就业帮扶实施方案》的通知\n各乡镇人民政府：\n现将《某县就业帮扶实施方案》印发给你们，请遵照执行。"
            "一、高度重视。\n某县人民政府办公室\n2022年4月1日\n某县就业帮扶实施方案\n一、目标任务\n二、工作措施\n"
            "附件：1.任务分工表\n1.开展培训 县人社局\n")
    assert [p for p, _ in tasks_of(text)] == ["一", "二"]


@pytest.mark.parametrize("path", NOTICES, ids=lambda p: p.stem)
def test_notice_tasks(path):
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert tasks_of(path.read_text(encoding="utf-8")) == [(t["path"], t["heading"]) for t in expected["tasks"]]


def test_second_transmitted_document_restarts_under_section_two():
    """Spec 1.1 section 4: a notice of a Hebei provincial office transmitting two documents, its
    title glued to a bracketed 文号 as database copies print it."""
    from pipeline.clean import normalize_string
    from pipeline.extract import extract_all

    text = ("河北省人民政府办公厅关于印发支持数字经济发展若干措施和河北省数字经济行动计划的通知（冀政办字〔2022〕15号）\n"
            "各市（含定州、辛集市）人民政府，省政府各部门：\n"
            "《支持数字经济发展若干措施》《河北省数字经济行动计划》已经省政府同意，现印发给你们，请认真贯彻落实。\n"
            "河北省人民政府办公厅\n2022年3月1日\n"
            "支持数字经济发展若干措施\n一、支持平台建设\n对平台给予奖补。\n二、支持企业上云\n支持企业上云。\n"
            "河北省数字经济行动计划\n一、总体要求\n（一）指导思想。坚持创新。\n二、重点任务\n（一）建设平台。加快建设。\n")
    ctx = extract_all(normalize_string(text))
    assert [t.path for t in ctx.tasks] == ["一", "二", "§2/一", "§2/一/(一)", "§2/二", "§2/二/(一)"]
    md = ctx.metadata
    assert md.doc_number == "冀政办字〔2022〕15号"
    assert md.title == "支持数字经济发展若干措施和河北省数字经济行动计划"
    assert md.doc_type == "行动计划"


def test_item_number_glued_to_a_digit_is_the_next_item():
    """Spec 1.1 section 4 (a Zhejiang talent plan): `11.121人才梯队项目` is item 11, while a line
    that opens with a decimal outside a list (`1.5万人次…`) is not an item."""
    from pipeline.clean import normalize_string
    from pipeline.extract import extract_all

    items = "".join(f"{n}.实施第{n}项工程。\n" for n in range(1, 11))
    text = f"一、重点任务\n{items}11.121人才梯队项目。培养人才。\n12.实施青年计划。\n二、保障措施\n1.5万人次参加培训。\n"
    paths = [(t.path, t.heading) for t in extract_all(normalize_string(text)).tasks]
    assert ("一/11", "121人才梯队项目") in paths and ("一/12", "实施青年计划") in paths
    assert [p for p, _ in paths if p.startswith("二")] == ["二"]


def test_private_use_glyph_after_an_item_number_is_its_stop():
    """A legal-database copy whose font drew the item stop with a private code (a Qingdao plan)."""
    from pipeline.clean import normalize_string
    from pipeline.extract import extract_all

    text = "一、主要任务\n（一）实施攻关行动\n1\ue010突破关键技术。加大投入。\n2\ue010建设创新平台。\n"
    assert [(t.path, t.heading) for t in extract_all(normalize_string(text)).tasks] == [
        ("一", "主要任务"), ("一/(一)", "实施攻关行动"), ("一/(一)/1", "突破关键技术"), ("一/(一)/2", "建设创新平台")]


def test_items_whose_stop_was_lost_are_read_as_a_run():
    """A Jiangsu city's action plan copied from a PDF whose font drew the item stop with a private
    glyph that the copy lost: `1推进…`, `2完善…` after a closing annotation. A run of two or more
    numbered lines is a list; the quantities `3家`, `5年` are not items."""
    text = ("一、重点任务\n（一）实施创新攻关行动\n"
            "1推进关键技术攻关。支持企业开展联合攻关。（责任单位：市科技局）\n"
            "2完善创新平台体系。新建省级以上平台。（责任单位：市发展改革委）\n"
            "（二）实施产业培育行动\n"
            "3家龙头企业牵头组建创新联合体。\n"
            "5年内培育10家领军企业。\n")
    assert tasks_of(text) == [
        ("一", "重点任务"), ("一/(一)", "实施创新攻关行动"),
        ("一/(一)/1", "推进关键技术攻关"), ("一/(一)/2", "完善创新平台体系"),
        ("一/(二)", "实施产业培育行动"),
    ]


def test_a_single_line_opening_with_a_bare_number_is_no_item():
    """A county notice (Hunan style) with one line opening `1` glued to a word: no run, no item."""
    text = "一、工作目标\n1所学校完成改造任务。\n二、工作措施\n"
    assert tasks_of(text) == [("一", "工作目标"), ("二", "工作措施")]


def test_a_first_item_glued_to_a_digit_is_an_item_when_its_2_follows():
    """A Shandong-style action plan copied from a database with garbled years (`1.0400年底前…`): the
    first item's number runs into a digit. It is item 1 because item 2 follows; a lone `1.5万…`
    line stays a sentence."""
    text = ("一、重点任务\n（一）文化旅游数字化\n1.0400年底前完成重点景区网络覆盖。\n2.建设智慧旅游平台。\n"
            "（二）金融服务数字化\n1.5万家企业接入平台。\n")
    assert tasks_of(text) == [("一", "重点任务"), ("一/(一)", "文化旅游数字化"), ("一/(一)/1", "0400年底前完成重点景区网络覆盖"),
                              ("一/(一)/2", "建设智慧旅游平台"), ("一/(二)", "金融服务数字化")]


def test_headings_run_into_the_paragraph_before_them():
    """A copy that lost line breaks: `。四、` inside a line is item 四 only as the next item of an
    open list; a bare heading ending a line after `。` is split off in clean (written for this test)."""
    from pipeline.document import process_text
    text = ("各省、自治区、直辖市通信管理局：\n现将有关要求通知如下：\n一、本通知所称智能电视是指具有操作系统的电视终端。\n"
            "二、生产企业应当提供软件配置清单。三、生产企业不得预置以下软件：\n（一）未经同意收集用户信息的；\n"
            "（二）擅自调用通信功能的；\n四、本通知自2016年3月1日起执行。\n")
    tasks = process_text(text, doc_id="t").tasks
    assert [t.path for t in tasks] == ["一", "二", "三", "三/(一)", "三/(二)", "四"]
    assert tasks[2].heading == "生产企业不得预置以下软件"
    assert all(text[t.span[0]:t.span[1]] == t.quote for t in tasks)
    # a number after a sentence end that is not the next item stays prose
    tasks = process_text("一、总体要求\n各地要抓落实。五、六月份完成申报。\n二、保障措施\n", doc_id="u").tasks
    assert [t.path for t in tasks] == ["一", "二"]


def test_a_bare_heading_glued_to_the_end_of_a_paragraph_line():
    from pipeline.document import process_text
    text = ("第一章　建设内容\n一、数据资源\n各市要建设数据中心，满足业务需求。二、数据交换\n　　数据交换要坚持统一标准。\n"
            "三、应用系统\n　　应用系统要集约建设。\n")
    tasks = process_text(text, doc_id="v").tasks
    assert [(t.path, t.heading) for t in tasks] == [("第一章", "建设内容"), ("第一章/一", "数据资源"),
                                                     ("第一章/二", "数据交换"), ("第一章/三", "应用系统")]


def test_stray_marks_of_a_converted_copy_after_a_heading():
    from pipeline.document import process_text
    tasks = process_text("一、总体要求\n（一）严格执行以下规定:←\n（二）未经同意擅自收费的;↔\n", doc_id="w").tasks
    assert [t.heading for t in tasks] == ["总体要求", "严格执行以下规定", "未经同意擅自收费的"]


def test_numbering_inside_a_table_copied_one_cell_per_line_is_not_a_task():
    from pipeline.document import process_text
    text = ("一、参保范围\n本市户籍居民均可参保。\n二、办理渠道\n请按下表办理：\n序号\n人员类别\n办理渠道\n1\n在校学生\n"
            "1.由学校统一办理。\n2.个人补办的到社区办理。\n2\n其他居民\n到街道服务中心办理。\n三、缴费时间\n集中缴费期为每年9月至12月。\n"
            "附件\n参保申请表填写说明\n一、基本信息\n按身份证填写。\n")
    assert [t.path for t in process_text(text, doc_id="x").tasks] == ["一", "二", "三", "附件/一"]


def test_an_attachment_table_under_its_title_with_a_number_header():
    from pipeline.document import process_text
    text = ("一、推广内容\n各地要结合实际推广。\n二、工作要求\n各部门要加强指导。\n国务院办公厅\n2016年5月4日\n"
            "附件\n第一批改革举措推广清单\n序号\n改革举措\n主要内容\n一、科技金融方面（共3项）\n1\n知识产权质押融资\n"
            "由银行机构开展。\n")
    assert [t.path for t in process_text(text, doc_id="y").tasks] == ["一", "二"]


def test_the_attachment_note_above_the_signature_is_a_list_not_an_attachment():
    from pipeline.document import process_text
    text = ("各区住房保障部门：\n现将有关标准通知如下。\n一、收入标准\n按附件1执行。\n二、租金标准\n按附件2执行。\n"
            "附件：\n1．住房保障家庭收入限额\n2．公共租赁住房租金标准\n南昌市住房和城乡建设局\n2022年6月1日\n")
    assert [t.path for t in process_text(text, doc_id="z").tasks] == ["一", "二"]


def test_decimal_numbering_of_an_emergency_plan():
    """Spec 1.1 section 4: `2/2.1/2.1.3`; a quantity such as `1.5万人` is not an item (written for this test)."""
    from pipeline.document import process_text
    text = ("某市森林火灾应急预案\n1 总则\n1.1 编制目的\n为有效应对森林火灾，制定本预案。\n1.2 适用范围\n本预案适用于全市。\n"
            "2 组织指挥体系\n2.1 市森林防灭火指挥部\n2.1.1 指挥部组成\n由分管副市长任总指挥。\n2.1.2 指挥部职责\n负责组织指挥。\n"
            "2.2 扑火前线指挥部\n受灾人口超过1.5万人时设立。\n3 预警\n3.1 预警分级\n分为四级。\n")
    record = process_text(text, doc_id="d")
    tasks = record.tasks
    assert [t.path for t in tasks] == ["1", "1/1.1", "1/1.2", "2", "2/2.1", "2/2.1/2.1.1", "2/2.1/2.1.2", "2/2.2",
                                       "3", "3/3.1"]
    assert tasks[5].heading == "指挥部组成"
    assert all(record.text[t.span[0]:t.span[1]] == t.quote for t in tasks)


def test_arabic_items_and_first_children_run_into_the_paragraph_before_them():
    from pipeline.document import process_text
    text = ("一、申报要求\n（一）申报主体。申报单位分为牵头单位和参与单位。其中：\n"
            "1.每个项目的牵头单位一般为1所高校。2.每所高校牵头申报不超过2个项目。\n3.参与单位数量不限。\n"
            "（二）申报程序\n各高校按要求组织申报，遵循公开公平原则。1.学校推荐。各高校择优推荐。\n2.专家评审。\n")
    record = process_text(text, doc_id="a")
    assert [t.path for t in record.tasks] == ["一", "一/(一)", "一/(一)/1", "一/(一)/2", "一/(一)/3", "一/(二)",
                                              "一/(二)/1", "一/(二)/2"]
    assert record.tasks[6].heading == "学校推荐"
    assert all(record.text[t.span[0]:t.span[1]] == t.quote for t in record.tasks)


def test_a_bare_paren_heading_glued_to_the_end_of_a_paragraph_line():
    from pipeline.document import process_text
    text = ("一、更新方式\n（一）整体更新\n整体更新按规划实施。（二）零星更新\n零星更新由业主申请。\n")
    record = process_text(text, doc_id="b")
    assert [(t.path, t.heading) for t in record.tasks] == [("一", "更新方式"), ("一/(一)", "整体更新"),
                                                           ("一/(二)", "零星更新")]


def test_a_table_before_any_item_ends_at_the_first_top_level_item():
    from pipeline.document import process_text
    text = ("各区县教育局：\n现将补助标准列表如下：\n序号\n类别\n标准\n1\n本科生\n每人每年3000元\n"
            "一、资助对象\n在校学生。\n二、资助程序\n（一）个人申请。\n")
    assert [t.path for t in process_text(text, doc_id="q").tasks] == ["一", "二", "二/(一)"]


def test_attachments_labelled_and_titled_on_one_line_after_the_signature():
    """`附件1：重点任务清单` after the signature starts attachment 附件1 (spec 1.1 section 4); the body's
    own `附件：1.…` list above the signature stays a list (written for this test)."""
    from pipeline.document import process_text
    text = ("关于印发某县农村供水保障方案的通知\n各乡镇人民政府：\n现将《某县农村供水保障方案》印发给你们，请认真执行。\n"
            "附件：1.农村供水工程建设任务\n2.供水站名单\n某县人民政府办公室\n2020年4月1日\n某县农村供水保障方案\n"
            "一、总体目标\n（一）到2022年实现全覆盖。\n二、保障措施\n（一）落实资金。\n"
            "附件1：农村供水工程建设任务\n一、新建工程\n（一）新建水厂。\n二、改造工程\n"
            "附件2：供水站名单\n1.城关供水站\n2.河口供水站\n")
    paths = [t.path for t in process_text(text, doc_id="att").tasks]
    assert paths == ["一", "一/(一)", "二", "二/(一)", "附件1/一", "附件1/一/(一)", "附件1/二", "附件2/1", "附件2/2"]
