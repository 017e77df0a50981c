"""Session 25 wave 3 (s25-swap): rules the metamorphic swaps (scripts/*_swap.py) found keyed to the surface of the notices
they were written on (one layout, one era's organ names, one numeral form), each tested on a snippet written for this
test in the style of a province, level or era other than the notice that showed the class (none copied from a notice)."""
from __future__ import annotations

from pipeline import process_text
from tests.snippets import organs, targets_of, triples_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return triples_of(text, "s25swap")


def test_labelled_division_rows_wrapped_over_lines_and_a_page_break_are_rows():
    # A Guangdong prefecture's 方案 copied out of its PDF: the attachment `…重点任务分工` writes one row per numbered entry with
    # its labels (guide T8), each entry wrapped at the page width, a page number between two lines of a row; the rows
    # are still rows (`表/N`, spec 1.1 section 6), not tasks; the line after the last row (`（此件公开发布）`) is none
    text = """韶关市推进农村生活污水治理工作方案

一、工作目标

到2020年，全市农村生活污水治理率达到60%以上。

二、保障措施

各责任单位要按照分工抓好落实。上述各项任务中，列第一位者为牵头单位，其他为配合单位。

附件：韶关市推进农村生活污水治理重点任务分工

附件

韶关市推进农村生活污水治理重点任务分工

　　1.编制县域农村生活污水治理专项规划。完成时限：2019年6月底前。牵头单
位：市生态环境局；配合单位：市住房城乡建设局、市农业农村局。
　　2.建立农村生活污水处理设施运维管理制度。完成时限：2019年9月底前。

— 3 —

牵头单位：市住房城乡建设局；配合单位：市财政局。

（此件公开发布）
"""
    assert _triples(text) == {
        ("表/1", "韶关市生态环境局", "lead"), ("表/1", "韶关市住房和城乡建设局", "co"),
        ("表/1", "韶关市农业农村局", "co"),
        ("表/2", "韶关市住房和城乡建设局", "lead"), ("表/2", "韶关市财政局", "co")}


def test_a_tab_table_goes_on_over_a_page_number_without_its_header():
    # A Zhejiang county's 实施方案 copied out of its PDF: the task table's tab-separated rows go on after `第2页 共3页`, the
    # header not printed again; the rows after the page break keep their cell borders (the cleaner's reading of the page)
    from pipeline.clean import _indicator_tab_rows
    lines = ["序号\t重点任务\t牵头单位\t配合单位\t完成时限", "1\t农村生活垃圾分类处理\t县农业农村局\t县财政局\t2019年底", "",
             "第2页 共3页", "", "2\t村庄绿化\t县林业水利局\t县财政局\t2020年底"]
    assert _indicator_tab_rows(lines)[-1] == "2 | 村庄绿化 | 县林业水利局 | 县财政局 | 2020年底"


def test_a_barred_table_goes_on_over_a_page_number_with_its_next_row():
    # The same table with bars (a Jiangxi county's notice), `— 2 —` between two rows: one table, its rows numbered on
    # (spec 1.1 section 6: `表/N`, N its 序号 as written)
    from pipeline.extract.task_tables import find_task_tables
    from pipeline.layout import find_layout
    text = ("婺源县美丽乡村建设方案\n\n一、主要任务\n\n序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n"
            "1 | 农村垃圾分类 | 县农业农村局 | 县财政局 | 2019年底\n\n— 2 —\n\n2 | 村庄绿化 | 县林业局 | 县财政局 | 2020年底\n")
    assert [[r.number for r in t.rows] for t in find_task_tables(text, find_layout(text))] == [["1", "2"]]


def test_items_numbered_with_circled_numbers_do_not_stop_the_document():
    # A Henan town's 方案 numbering its third-level items ①②… over a task table: the items' numbers are read by their value
    # (str.isdigit holds for ①, int() does not take it), and the notice is read
    text = """关于印发朱仙镇2021年农村人居环境整治工作方案的通知

一、重点任务

（一）垃圾治理

①完善收运体系。（责任单位：镇城建办）

②开展集中整治。（责任单位：镇综合执法中队）

附件

序号\t工作任务\t责任单位\t完成时限
1\t完善收运体系\t镇城建办\t2021年6月底
"""
    r = process_text(text, doc_id="s25swap")
    assert r.tasks


def test_a_district_branch_of_the_environment_bureau_under_its_pre_2018_name_is_the_city_bureaus_branch():
    # A Hunan district's notice of the 2000s: `区环境保护分局` (and `区环保分局`) written with its level alone is the city
    # bureau's branch in the district, named with the district's name less 区, as `区生态环境分局` is after the 2018 reform
    text = """长沙市天心区人民政府办公室关于开展城区扬尘污染专项整治的通知

一、整治任务

（一）加强工地扬尘监管。由区环境保护分局牵头，区建设局配合。

（二）加强道路保洁。由区环保分局会同区城管局负责。
"""
    got = organs(text, "湖南省长沙市天心区", "county")
    assert got["长沙市环境保护局天心分局"] == "区环境保护分局"


def test_a_commission_of_a_two_character_sector_written_with_wei_is_the_commission():
    # A Jiangsu city's plan of the 1990s: `市建设委` written for the 建设委员会 (spec 1.1 section 5: the full official name),
    # as the longer 委员会 names are written with 委
    got = organs("""南京市人民政府关于加快城市道路建设的意见

一、工作任务

（一）加快主干道改造。（牵头单位：市建设委；配合单位：市计委、市财政局）
""", "江苏省南京市", "prefecture")
    assert got["南京市建设委员会"] == "市建设委"


def test_a_footer_bar_of_links_after_an_attachment_is_no_body():
    # A provincial government's web page whose notice ends with an attachment table: the site's footer under it
    # (`友情链接：…|…`, `关于本站 | 网站声明 | 联系我们`, 主办单位) is page furniture, no organs of the notice
    text = """甘肃省人民政府办公厅关于加快发展家政服务业的实施意见

一、主要任务

（一）加强职业培训。省人力资源社会保障厅牵头负责。

甘肃省人民政府办公厅
2019年9月2日

附件：重点任务分工表

序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限
1 | 加强职业培训 | 省人力资源社会保障厅 | 省商务厅 | 持续推进

友情链接：中国政府网 | 国家税务总局 | 最高人民法院 | 最高人民检察院
关于本站 | 网站声明 | 联系我们 | 网站纠错
主办单位：甘肃省人民政府办公厅
"""
    got = organs(text, "甘肃省", "province")
    assert "最高人民法院" not in got and "最高人民检察院" not in got and "国家税务总局" not in got
    assert "甘肃省商务厅" in got


def test_zhijian_is_a_sector_word_in_a_list_closed_by_bumen_without_deng():
    # A Sichuan county's 方案: `公安、工商、质检部门` lists bare sectors sharing 部门, 质检 the 质量监督检验检疫 / 质量技术监督
    # sector written short; each its <sector>部门 (spec 1.1 section 5)
    got = organs("""关于开展食品安全专项整治的通知

各乡镇人民政府：

一、整治重点

（一）打击违法生产。公安、工商、质检部门要按照职责分工，加强日常检查。
""", "四川省成都市新津县", "county")
    assert {"公安部门", "工商部门", "质检部门"} <= set(got)


def test_towns_and_streets_written_zhenjie_share_a_party_committee_collective():
    # A Guangdong city's 方案: `各镇街党（工）委` (towns and streets written as one compound, as 乡镇 is) is one collective as
    # written (spec 1.1 section 5)
    got = organs("""中山市农村集体经济发展三年行动方案

一、组织保障

（一）压实责任。各镇街党（工）委书记是本辖区集体经济发展第一责任人。
""", "广东省中山市", "prefecture")
    assert any(name.endswith("各镇街党(工)委") or name.endswith("各镇街党（工）委") for name in got)


def test_the_member_units_of_bodies_written_with_a_determiner_are_each_bodys_members():
    # A Yunnan county's 通知: `县安委会、县减灾委各有关成员单位`: the bodies share the member units after them, each body's
    # members one collective as written, 有关 kept (spec 1.1 section 5; guide D15)
    got = organs("""关于做好汛期安全防范工作的通知

各乡镇人民政府：

一、加强值班值守。县安全生产委员会、县减灾委员会各有关成员单位要严格执行24小时值班制度。
""", "云南省大理白族自治州宾川县", "county")
    assert any(n.endswith("减灾委员会各有关成员单位") for n in got), got
    assert any(n.endswith("安全生产委员会各有关成员单位") for n in got), got


def test_a_deadline_cell_in_chinese_numerals_dates_its_row():
    # A Jiangxi prefecture's plan of the 2000s, years in Chinese numerals as older notices write them: a task table written
    # one cell per line dates its row's number by its 完成时限 cell `二〇〇八年底` as `2008年底` (guide S22: null/2008)
    got = targets_of("吉安市人民政府关于加快农业产业化发展的意见", "吉安市人民政府", "二〇〇六年三月一日", """一、目标任务

　　到二〇〇八年，全市农业产业化经营水平明显提高。

二、任务分工

序号
重点任务
牵头单位
配合单位
完成时限
1
培育年销售收入过亿元的龙头企业10家
市农业局
市财政局
二〇〇八年底
""")
    assert (10, "家", "=", False, None, 2008) in got


def test_a_chinese_numeral_year_after_meinian_ends_its_reach():
    # A Hubei prefecture's 意见 of the 2000s: `每年新增…，到二〇一〇年全市…达到100家`: the later year names one year, and the
    # level reached by then is not per year (as with `到2010年`)
    got = targets_of("荆州市人民政府关于发展休闲农业的意见", "荆州市人民政府", "二〇〇七年五月八日",
                     "一、发展目标\n　　每年新增省级休闲农业示范点5个以上，到二〇一〇年全市休闲农庄达到100家。\n")
    assert got == [(5, "个", ">=", True, None, None), (100, "家", "=", False, None, 2010)]


def test_a_bracketed_span_in_chinese_numerals_dates_its_own_clause_only():
    # A Fujian prefecture's 意见 of the 2000s: `累计（二〇〇六～二〇〇八年）` counts that indicator over those years; the clause
    # after it keeps the sentence's `到二〇〇八年` (as the arabic `（2006—2008年）` does)
    got = targets_of("泉州市人民政府关于加快开放型经济发展的意见", "泉州市人民政府", "二〇〇六年三月六日",
                     "一、目标任务\n　　到二〇〇八年，全市合同利用外资累计（二〇〇六～二〇〇八年）达到30亿美元，实际利用外资年均增长20%以上。\n")
    assert got == [(3000000000, "美元", "=", False, 2006, 2008), (20, "%", ">=", True, None, 2008)]


def test_a_schedule_of_years_in_chinese_numerals_keeps_its_last_year():
    # A Guizhou county's five-year 方案 in the style of older notices, its year-by-year lines in Chinese numerals
    # (`二〇二二年：…` / `二〇二五年：…`): the plan's last year is a line of the schedule (guide TG10: that year, 2025/2025), as
    # with `2025年：`, not a deadline
    got = targets_of("湄潭县农村人居环境整治提升五年行动方案（2021—2025年）", "湄潭县人民政府", "2021年6月1日",
                     "一、目标任务\n　　二〇二二年：新改建农村卫生户厕800座。\n　　二〇二五年：新改建农村卫生户厕1800座，普及率达到85%以上。\n")
    assert got == [(800, "座", "=", False, 2022, 2022), (1800, "座", "=", False, 2025, 2025), (85, "%", ">=", False, 2025, 2025)]
