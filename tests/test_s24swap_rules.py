"""s24-swap rules: classes the metamorphic swaps (scripts/*_swap.py on A10–A15 and the open country batches) showed
the rules knew by the names of the notices they saw, not by grammar. Snippets written in the styles of provinces,
levels and eras unlike the swapped notices that showed the classes."""
from __future__ import annotations

from pipeline import process_text


def _deps(text: str) -> dict[str, str]:
    rec = process_text(text, doc_id="t").model_dump()
    for d in rec["departments"]:
        assert d["quote"] in text  # (the quote is the text as written)
    return {d["name"]: d["quote"] for d in rec["departments"]}


def test_a_police_station_named_by_a_town_whose_name_holds_a_joiner_character():
    # (place swap 黄姚镇 → 恩和镇) a town's name may hold 和/同/及: the county's towns (townships.tsv) are read whole
    text = ("牟定县共和镇人民政府关于开展平安创建工作的通知\n\n各村（社区）：\n"
            "一、镇综治中心、共和派出所、共和司法所负责矛盾纠纷排查。\n\n牟定县共和镇人民政府\n2016年5月10日\n")
    names = _deps(text)
    assert names.get("牟定县公安局共和派出所") == "共和派出所"
    assert not any(n.endswith("镇派出所") for n in names)


def _triples(text: str) -> set[tuple[str, str, str]]:
    rec = process_text(text, doc_id="t").model_dump()
    return {(r["task"], r["department"], r["role"]) for r in rec["responsibilities"]}


LIUZHOU = ("柳州市人民政府办公室关于印发柳州市城乡环境综合整治实施方案的通知\n\n各县、区人民政府，市直各委、办、局：\n"
           "　　现将《柳州市城乡环境综合整治实施方案》印发给你们，请认真组织实施。\n\n柳州市人民政府办公室\n2010年4月6日\n\n"
           "柳州市城乡环境综合整治实施方案\n\n一、整治城区环境\n"
           "　　（一）全面清理占道经营。对城区主次干道占道经营行为开展集中整治。\n"
           "　　（二）加快改造背街小巷、城中村道路，完善排水和照明设施。\n"
           "二、整治农村环境\n"
           "　　（一）深入推进农村垃圾治理。建立村收集、镇转运、县处理的垃圾处理体系。\n"
           "　　（二）加强农村饮水安全保障。实施农村饮水安全工程。\n\n"
           "附件\n\n任务分工表\n\n"
           "序号 | 工作任务 | 责任单位\n"
           "1 | （一）清理占道经营 | 市城管局、市公安局\n"
           "2 | 加快改造背街小巷、城中村道路 | 市住房城乡建设委、市市政局\n"
           "3 | （一）农村垃圾治理 | 市环保局、市农业局\n"
           "4 | 加强农村饮水安全保障 | 市水利局\n")


def test_a_table_row_linked_by_a_number_several_items_share_and_its_headings_words():
    # (table swap: rows `（一）排查建立台账` under a central 意见 whose parts each number (一)…) the number with words of
    # the heading names the one item so numbered whose heading holds them (guide S20 R13, by number or heading)
    got = _triples(LIUZHOU)
    assert ("一/(一)", "柳州市公安局", "responsible") in got and ("二/(一)", "柳州市环境保护局", "responsible") in got
    # (s36-tables) only row 2 is `表/N`: it writes the first clause of a one-sentence item (next test)
    assert {t for t, _, _ in got if t.startswith("表")} == {"表/2"}


def test_a_table_row_writing_the_heading_up_to_a_later_clause_break_restates_it():
    # (table swap: `加快发展工业软件、工业互联网` of `加快发展工业软件、工业互联网，培育…`) the heading cut at its comma
    # (s36-tables) …not where the item is one sentence and nothing more (`（二）加快改造背街小巷、城中村道路，完善排水和照明
    # 设施。`): its heading is that whole sentence, which the row does not contain (guide S20 R13, R42: a row that drops
    # words other than a leading verb stays `表/N`; the CQ labels of the open half read one-sentence items so)
    got = _triples(LIUZHOU)
    assert {("表/2", "柳州市住房和城乡建设委员会", "responsible"), ("表/2", "柳州市市政局", "responsible")} <= got


def test_a_row_whose_item_number_repeats_its_serial_and_its_heading_words():
    # (table swap: `| 3 | 3.探访关爱服务 |` where the body numbers its items 1.–N. across its parts) a county's 2016 plan
    text = ("某县人民政府关于印发某县养老服务体系建设实施方案的通知\n\n各乡镇人民政府，县直各单位：\n"
            "　　现将《某县养老服务体系建设实施方案》印发给你们，请认真贯彻执行。\n\n某县人民政府\n2016年3月2日\n\n"
            "某县养老服务体系建设实施方案\n\n一、完善服务设施\n"
            "　　1.建设社区养老服务中心。每个乡镇建成1所养老服务中心。\n"
            "　　2.推进敬老院改造提升。改善供养条件。\n"
            "二、提升服务能力\n"
            "　　3.开展探访关爱服务。建立留守老年人探访制度。\n"
            "　　4.加强养老护理队伍建设。开展护理员培训。\n\n"
            "附件\n\n责任分工表\n\n"
            "序号\t主要任务\t责任单位\n"
            "1\t建设社区养老服务中心\t县民政局\n"
            "2\t推进敬老院改造提升\t县民政局、县财政局\n"
            "3\t3.探访关爱服务\t县民政局、县卫生计生局\n"
            "4\t4.养老护理队伍建设\t县人力资源社会保障局\n")
    assert _triples(text) == {("一/1", "县民政局", "responsible"), ("一/2", "县民政局", "responsible"),
                              ("一/2", "县财政局", "responsible"), ("二/3", "县民政局", "responsible"),
                              ("二/3", "县卫生和计划生育局", "responsible"), ("二/4", "县人力资源和社会保障局", "responsible")}


def test_a_long_page_title_with_the_sites_name_is_the_pages_headline_not_prose():
    # (web swap of a four-bureau joint notice) `<title> - <site>` longer than 60 characters is still the page's title line
    title = "嘉兴市人力资源和社会保障局 嘉兴市财政局 嘉兴市民政局 嘉兴市卫生健康委员会关于印发嘉兴市居家养老服务补贴办法的通知"
    text = (f"{title} - 嘉兴市人民政府门户网站\n当前位置：首页 > 政务公开 > 政策文件\n"
            "时间：2021-03-10 09:12  文章来源：嘉兴市人力资源和社会保障局\n【打印】 【关闭】\n"
            "嘉人社〔2021〕8号\n\n" + title + "\n\n各县（市、区）人力资源和社会保障局、财政局、民政局、卫生健康局：\n\n"
            "　　《嘉兴市居家养老服务补贴办法》已经市政府同意，现印发给你们，请遵照执行。\n\n"
            "嘉兴市人力资源和社会保障局　嘉兴市财政局　嘉兴市民政局　嘉兴市卫生健康委员会\n\n2021年3月5日\n\n"
            "嘉兴市居家养老服务补贴办法\n\n第一条 为规范居家养老服务补贴工作，制定本办法。\n"
            "第二条 市民政局负责补贴的组织实施，市财政局负责资金保障。\n")
    rec = process_text(text, doc_id="t").model_dump()
    assert rec["metadata"]["title"] == "嘉兴市居家养老服务补贴办法"
    assert [t["path"] for t in rec["tasks"]] == ["第一条", "第二条"]


def test_a_spaced_table_goes_on_past_a_page_number_printed_between_its_rows():
    # (form swap: a PDF's spaced task table, `第2页 共4页` between rows 3 and 4) a 2012 Hunan county plan's table
    rows = [("1", "农村公路建设", "县交通运输局", "县财政局、各乡镇人民政府"),
            ("2", "农村安全饮水", "县水务局", "县卫生局、各乡镇人民政府"),
            ("3", "农村电网改造", "县发展和改革局", "县供电公司"),
            ("4", "农村危房改造", "县住房和城乡建设局", "县民政局、各乡镇人民政府"),
            ("5", "农村环境整治", "县环境保护局", "县农业局、各乡镇人民政府")]
    lines = ["　".join(r) for r in rows]
    text = ("桃江县人民政府办公室关于印发桃江县2012年农村基础设施建设工作方案的通知\n\n各乡镇人民政府，县直各单位：\n"
            "　　现将《桃江县2012年农村基础设施建设工作方案》印发给你们，请认真组织实施。\n\n桃江县人民政府办公室\n2012年3月8日\n\n"
            "桃江县2012年农村基础设施建设工作方案\n\n一、工作目标\n　　全面完成年度农村基础设施建设任务。\n"
            "二、任务分工\n序号　重点任务　牵头单位　配合单位\n" + "\n".join(lines[:3]) + "\n\n第2页 共4页\n\n"
            + "\n".join(lines[3:]) + "\n三、保障措施\n　　各乡镇要加强组织领导，确保各项任务落到实处。\n")
    got = _triples(text)
    assert {t for t, _, _ in got} == {"表/1", "表/2", "表/3", "表/4", "表/5"}
    assert ("表/4", "桃江县住房和城乡建设局", "lead") in got and ("表/5", "桃江县农业局", "co") in got
