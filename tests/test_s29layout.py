"""(s29-layout) Layout classes of session 29, each tested in another province's, level's or era's style than the notice
that showed it (written for these tests)."""
from pipeline.clean import normalize_string
from pipeline.layout import find_layout


def _layout(text: str):
    return find_layout(normalize_string(text).text)


def test_organs_over_a_plan_title_with_the_number_under_both_are_the_titles_issuers():
    # a Guangdong county's joint plan of 2019, copied with its 文号 under the title
    lay = _layout("中共连南瑶族自治县委员会　连南瑶族自治县人民政府\n2019年全县农业农村工作要点\n\n连南发〔2019〕3号\n\n"
                  "各镇党委、政府，县直各单位：\n\n　　2019年是全面建成小康社会关键之年。\n\n一、总体要求\n\n　　坚持农业农村优先发展。\n")
    assert lay.title.text == "中共连南瑶族自治县委员会 连南瑶族自治县人民政府2019年全县农业农村工作要点"
    assert lay.doc_number.text == "连南发〔2019〕3号"


def test_a_masthead_over_the_number_stays_out_of_the_title():
    # GB/T 9704's order (a Jilin prefecture's plan of 2008): masthead, 文号, then the title
    lay = _layout("四平市人民政府\n\n四政发〔2008〕12号\n\n四平市2008年节能减排工作方案\n\n"
                  "各县（市）、区人民政府，市政府各委办局：\n\n　　为完成节能减排目标，制定本方案。\n\n一、工作目标\n\n　　单位生产总值能耗下降4%。\n")
    assert lay.title.text == "四平市2008年节能减排工作方案"


def _record(text: str):
    import pipeline

    return pipeline.process_text(text)


def test_a_one_column_markdown_table_holds_paragraphs():
    # a Hainan city's plan of 2016 set in a one-column grid by its web page, converted to Markdown
    text = ("三亚市人民政府办公室关于印发三亚市2016年美丽乡村建设工作方案的通知\n\n各区人民政府，市政府直属各单位：\n\n"
            "现将《三亚市2016年美丽乡村建设工作方案》印发给你们，请认真贯彻落实。\n\n三亚市人民政府办公室\n\n2016年4月8日\n\n"
            "| 三亚市2016年美丽乡村建设工作方案 |\n| --- |\n| 一、工作目标 |\n| 2016年全市建成美丽乡村20个。 |\n"
            "| 二、主要任务 |\n| （一）完善基础设施。市住房城乡建设局负责，各区人民政府配合。 |\n"
            "| （二）发展乡村旅游。 |\n")
    rec = _record(text)
    assert [(t.path, t.heading) for t in rec.tasks] == [
        ("一", "工作目标"), ("二", "主要任务"), ("二/(一)", "完善基础设施"), ("二/(二)", "发展乡村旅游")]
    assert rec.metadata.title == "三亚市2016年美丽乡村建设工作方案"
    assert ("三亚市住房和城乡建设局", "二/(一)", "responsible") in {(r.department, r.task, r.role) for r in rec.responsibilities}
    assert "| " not in rec.text and "---" not in rec.text


def test_one_cell_rows_leave_a_lone_bar_line_and_wider_rows():
    from pipeline.clean import _one_cell_rows

    lines = ["| 备注 |", "正文。", "| 序号 | 任务 | 牵头单位 |", "| --- | --- | --- |", "| 1 | 建设服务中心 | 市商务局 |"]
    assert _one_cell_rows(lines) == lines
    assert _one_cell_rows(["| 一、总体要求 |", "", "| 坚持规划引领。 |"]) == ["一、总体要求  ", "", "坚持规划引领。  "]


def test_first_second_and_yi_shi_lists_are_no_tasks():
    # spec §4 (a list item with no number is no task) and guide T4 scope: `第一，…` paragraphs and `一是…二是…` lists
    # (a Heilongjiang county's 意见 of 2006) are not numbered items
    rec = _record("桦南县人民政府关于加强农村饮水安全工作的意见\n\n各乡镇人民政府，县政府各有关部门：\n\n一、总体要求\n\n"
                  "坚持统筹规划。\n\n二、主要任务\n\n第一，加快工程建设。县水务局要抓紧实施。\n\n第二，强化水质监测。\n\n"
                  "一是完善制度；二是落实管护责任。\n\n三、保障措施\n\n（一）加强组织领导。\n")
    assert [t.path for t in rec.tasks] == ["一", "二", "三", "三/(一)"]


def _wrapped(paras: list[str], width: int = 28) -> str:
    """A hard-wrapped copy (text out of a PDF page): body paragraphs indented two characters and cut at the row's
    width; headings on their own rows."""
    rows = []
    for p in paras:
        if p[:1] in "一二三四五六七八九十":
            rows.append(p)
            continue
        s = "　　" + p
        rows += [s[i:i + width] for i in range(0, len(s), width)]
    return "\n".join(rows)


def test_a_wrapped_row_opening_with_listed_numerals_is_no_heading():
    # a Shaanxi county's plan of 2009, hard-wrapped: the page cut `…水质均要稳定达到` / `一、二类标准…`
    more = "各有关部门要按照职责分工，密切配合，形成工作合力，定期报送工作进展情况。"
    paras = ["为切实改善全县农村饮水条件，保障群众饮水安全，根据省市有关要求，结合我县实际，制定本方案。",
             "一、工作目标",
             "到二〇一二年，全县集中式饮用水水源地水质均要稳定达到一、二类标准，农村自来水普及率达到百分之八十五以上。",
             "二、主要任务",
             "（一）加强水源保护。县环保局负责划定饮用水水源保护区，县水利局配合做好水源地监测工作，各乡镇人民政府负责日常巡查。" + more,
             "（二）加快工程建设。县水利局负责工程规划和建设管理，县财政局负责落实配套资金，确保工程按期完工。" + more,
             "（三）强化水质检测。县卫生局负责建立农村饮用水水质检测制度，定期开展水质检测，及时向社会公布检测结果。" + more,
             "（四）完善管护机制。县水利局负责制定工程运行管护办法，明确管护主体和管护责任，落实管护经费。" + more,
             "三、保障措施",
             "各乡镇、各部门要高度重视农村饮水安全工作，加强组织领导，明确工作责任，确保各项任务落到实处。"]
    text = normalize_string("洛南县人民政府办公室关于印发洛南县农村饮水安全工作实施方案的通知\n\n" + _wrapped(paras) + "\n").text
    assert "到二〇一二年，全县集中式饮用水水源地水质均要稳定达到一、二类标准，农村自来水普及率达到百分之八十五以上。" in text.split("\n")
    rec = _record("洛南县人民政府办公室关于印发洛南县农村饮水安全工作实施方案的通知\n\n" + _wrapped(paras) + "\n")
    assert [t.path for t in rec.tasks] == ["一", "二", "二/(一)", "二/(二)", "二/(三)", "二/(四)", "三"]


def test_numerals_listed_before_a_classifier_and_headings_apart():
    # (a row after a sentence end, `…。` / `七、二级以上综合医院…`, is never looked at: it stays item 七)
    from pipeline.clean import NUMERAL_LIST

    assert NUMERAL_LIST.match("一、二类标准的断面比例")
    assert NUMERAL_LIST.match("三、四级公路")
    assert not NUMERAL_LIST.match("一、总体要求")
    assert not NUMERAL_LIST.match("二、三农工作")
