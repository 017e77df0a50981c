"""s24-swap2 rules: layout classes the metamorphic form and web swaps showed (a hard-wrapped copy with blank lines
between its lines, a tab table with blank lines between its rows, an empty cell of a page's metadata table, a member
list then its office). Snippets written in the styles of provinces, levels and eras unlike the notices that showed them."""
from __future__ import annotations

from pipeline import process_text
from pipeline.clean import _member_line_before_paragraph, normalize_string

PARAGRAPHS = [
    "赣州市章贡区农村生活污水治理三年行动方案",
    "为贯彻落实省委、省政府关于农村生活污水治理的决策部署，结合我区实际，制定本方案。",
    "一、总体目标",
    "“十三五”期间，全区累计完成农村生活污水处理设施建设八十处，行政村污水收集体系初步建立，农村人居环境改观。在此基础上，到2025年，全区农村人居环境进一步改善。主要目标是：农村生活污水治理率达到45%以上，行政村污水处理设施正常运行率不低于90%。",
    "二、重点任务",
    "（一）加强规划引领。各镇（街道）要在2023年6月底前完成污水治理专项规划编制，优先治理贡江沿线村庄，统筹推进污水管网建设，确保规划科学合理、可操作、能落地。",
    "（二）推进设施建设。城镇周边村庄污水纳入城镇管网统一处理，居住分散的村庄推广资源化利用模式，新建设施应同步建立运行维护机制，确保建成一处、运行一处、见效一处。",
    "（三）强化运行管护。区农业农村局会同区生态环境局建立设施运行台账，每季度开展一次抽查，对发现的问题限期整改，整改完成率达到100%。",
    "（四）落实资金保障。区财政局要统筹安排农村生活污水治理资金，积极争取上级专项资金支持，引导社会资本参与设施建设和运营，建立多元化投入机制。",
    "三、保障措施",
    "各镇（街道）要切实履行主体责任，成立由主要负责同志任组长的工作专班，细化工作方案，明确时间节点，压实工作责任，确保各项任务按期完成。区直有关部门要按照职责分工，加强指导服务和监督检查，形成工作合力。",
]


def _wrap(paragraph: str, width: int) -> list[str]:
    """A PDF page's lines: cut at the width (a digit half a unit), a stop never opening a line (it hangs at the end of
    the line above)."""
    lines, cur, w = [], "", 0.0
    for ch in paragraph:
        if w >= width and ch not in "，。、；：）”":
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += 0.5 if ch.isascii() else 1.0
    return lines + [cur]


def _pdf_copy(inner: str, between: str, width: int = 26) -> str:
    return between.join(inner.join(_wrap(p, width)) for p in PARAGRAPHS) + "\n"


def test_a_wrapped_copy_with_a_blank_line_under_every_line_joins_like_one_without():
    # (form swap, wrap with blank lines) a full line that ends a sentence, with only the paragraph's inner gap under
    # it, goes on: the paragraph's next sentence is no paragraph of its own
    spaced = normalize_string(_pdf_copy("\n\n", "\n\n\n")).text
    plain = normalize_string(_pdf_copy("\n", "\n\n")).text
    assert spaced == plain
    whole = PARAGRAPHS[3]
    assert whole in spaced.split("\n")
    # …and a paragraph's last line keeps its break (the next paragraph is a heading or an item)
    assert "二、重点任务" in spaced.split("\n")
    assert _targets(_pdf_copy("\n\n", "\n\n\n")) == _targets(PARAGRAPHS[0] + "\n" + "\n".join(PARAGRAPHS[1:]) + "\n")


def test_a_wrapped_copy_whose_blank_lines_tell_no_paragraphs_apart_keeps_its_stops():
    # one blank line under every line, paragraphs too: nothing tells the gaps apart, a full line's stop keeps its break
    text = normalize_string(_pdf_copy("\n\n", "\n\n")).text
    assert PARAGRAPHS[3] not in text.split("\n")


TAB_TABLE = ("衢州市数字经济发展三年行动计划（2023—2025年）\n\n{g}一、主要目标\n\n{g}到2025年，全市数字经济发展取得明显成效，主要指标如下：\n\n"
             "{g}序号\t指标\t单位\t2022年\t2025年目标\n{b}"
             "{g}1\t数字经济核心产业增加值\t亿元\t210\t300\n{b}"
             "{g}2\t规模以上工业企业数字化改造覆盖率\t%\t62\t≥80\n{b}"
             "{g}3\t千兆光网覆盖家庭数\t万户\t48\t75\n\n"
             "{g}二、重点任务\n\n{g}（一）推进产业数字化。实施制造业数字化改造行动。\n")


def _targets(text: str) -> set[tuple[str, int | None]]:
    """(quote without white space, year_end) of each target; the quote is the record's text as read."""
    rec = process_text(text, doc_id="t").model_dump()
    for t in rec["targets"]:
        assert t["quote"] in rec["text"]
    return {("".join(t["quote"].split()), t.get("year_end")) for t in rec["targets"]}


def test_a_tab_indicator_table_with_blank_lines_between_its_rows_reads_as_without():
    # (web swap) a web copy sets a blank line (and &nbsp; indentation) under every row of a tab table
    web = TAB_TABLE.format(g="\u00a0\u00a0", b="\n")
    plain = TAB_TABLE.format(g="", b="")
    assert "1 | 数字经济核心产业增加值 | 亿元 | 210 | 300" in normalize_string(web).text.split("\n")
    assert _targets(web) == _targets(plain) and len(_targets(plain)) >= 3


RECORD = ("基本信息\n索 引 号：\n11441900007330187T/2021-00312\n发文字号：\n东府办〔2021〕58号\n成文日期：\n2021年09月03日\n"
          "发布机构：\n东莞市人民政府办公室、东莞市发展和改革局、东莞市财政局、东莞市自然资源局、东莞市生态环境局、东莞市住房和城乡建设局\n"
          "文件状态：\n东莞市人民政府办公室关于印发东莞市城市更新三年行动方案的通知\n"
          "各镇人民政府（街道办事处），市府直属各单位：\n"
          "　　《东莞市城市更新三年行动方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。\n\n"
          "东莞市人民政府办公室\n2021年9月3日\n")


def test_an_empty_cell_of_a_metadata_table_does_not_run_onto_the_long_value_above_it():
    # (web swap, record form) `发布机构：` / six organs, then `文件状态：` with its value left empty: the label opens its
    # own cell, so the title under it is read as the title
    lines = normalize_string(RECORD).text.split("\n")
    assert "文件状态：" in lines
    rec = process_text(RECORD, doc_id="t").model_dump()
    assert rec["metadata"]["title"] == "东莞市城市更新三年行动方案"
    assert rec["metadata"]["notice_title"] == "关于印发东莞市城市更新三年行动方案的通知"


MEMBERS = ("湘西州农村公路建设领导小组成员名单\n"
           "　　组　　长：州人民政府副州长\n"
           "　　副 组 长：州交通运输局局长、州财政局局长\n"
           "　　成　　员：州发展改革委、州自然资源和规划局、州生态环境局、州农业农村局分管负责人及各县市交通运输局局长\n"
           "　　领导小组办公室设在州交通运输局，州交通运输局分管负责人兼任办公室主任。\n")


def test_a_member_lists_last_line_does_not_run_into_the_sentence_naming_its_office():
    # (a175) the list's line ends on a post (`…局长`), the next line is a sentence of its own: no name of the list
    lines = normalize_string(MEMBERS).text.split("\n")
    assert "领导小组办公室设在州交通运输局，州交通运输局分管负责人兼任办公室主任。" in lines


def test_a_member_list_cut_inside_a_name_is_no_list_ended():
    # the rule reads a list that ends on a whole name or post only (`…州农业农` / `村局、…` is one name cut)
    assert not _member_line_before_paragraph("成 员：州发展改革委、州自然资源和规划局、州生态环境局、州农业农",
                                             "村局、州水利局分管负责人负责日常工作。")


YEARLY = ("{g}附件\n\n{g}重点任务年度目标表\n\n"
          "{g}序号 重点任务 指标 2023年 2024年 2025年 牵头单位 配合单位\n{b}"
          "{g}1 农村实用人才培训 年度培训（万人次） 12 12 15 省农业农村厅 省财政厅、省人力资源社会保障厅\n{b}"
          "{g}2 乡村工匠认定 累计认定（人） 800 1600 2500 省人力资源社会保障厅 省农业农村厅\n{b}"
          "{g}3 职业院校涉农专业招生 年度招生（人） 3000 3200 3500 省教育厅 省农业农村厅\n")


def test_a_single_spaced_yearly_table_with_web_indentation_and_blank_lines_keeps_its_cells():
    # (web swap, a133) the &nbsp; indentation of a web copy is no cell: the header is still read as a table's
    web = normalize_string(YEARLY.format(g="\u00a0 \u00a0 ", b="\n")).text.split("\n")
    plain = normalize_string(YEARLY.format(g="", b="")).text.split("\n")
    row = "2 | 乡村工匠认定 | 累计认定（人） | 800 | 1600 | 2500 | 省人力资源社会保障厅 | 省农业农村厅"
    assert row in plain and row in web
