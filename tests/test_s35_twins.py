"""s35-twins (issue 11): a notice gives the same record as text and as PDF. Differences found by PDF twins of the open
authored notices a85–a372 and the open country batches; each rule is tested in the style of a province, level or era
other than the notice that showed it (snippets written for these tests, none copied from a notice)."""
from pipeline import process_text


def _with_attachment(title: str, body: str, org: str, date: str, attachment: str) -> list[tuple]:
    rec = process_text(f"{title}\n{body}\n{org}\n{date}\n{attachment}", doc_id="t").model_dump()
    for t in rec["targets"]:
        a, b = t["span"]
        assert rec["text"][a:b] == t["quote"]
    return [(t["value"], t["unit"], t["comparator"], t["per_year"], t["year_start"], t["year_end"]) for t in rec["targets"]]


def test_a_glued_numbered_header_still_dates_its_last_column():
    # A Sichuan-style city plan of 2019 read from a PDF whose attached table has no ruling: the header's cells reach us
    # glued into one (`序号县（区）…2020年比2018年下降比例`); its last column still dates each row's rate (null/2020)
    got = _with_attachment("某市打赢蓝天保卫战实施方案", "一、工作目标\n空气质量持续改善。", "某市人民政府", "2019年4月2日",
                           "附件\n各县（区）细颗粒物浓度下降目标\n序号县（区）2018年浓度（微克/立方米）2020年比2018年下降比例\n"
                           "1丙县48 12%\n2丁区52 15%\n")
    assert got == [(12, "%", "=", False, None, 2020), (15, "%", "=", False, None, 2020)]


def test_a_header_with_spaces_around_its_years_dates_its_last_column():
    # The same table as a PDF's text layer gives it (a Jiangxi-style county plan of 2016): spaces around the digits of
    # the last header cell (`2020 年比 2015 年下降比例`)
    got = _with_attachment("某县大气污染防治行动计划", "一、工作目标\n空气质量逐步好转。", "某县人民政府", "2016年9月5日",
                           "附件\n各乡镇可吸入颗粒物浓度下降目标\n序号　乡镇　2015 年浓度　2020 年比 2015 年下降比例\n"
                           "1　甲镇　70　10%\n2　乙乡　66　8%\n")
    assert got == [(10, "%", "=", False, None, 2020), (8, "%", "=", False, None, 2020)]


def test_a_yearly_pace_in_a_barred_rows_deadline_cell_is_a_target():
    # A Zhejiang-style district plan of 2021 whose task table keeps its bars (a PDF's ruled table): the deadline cell's
    # yearly pace (`每年50座，2023年底`) is a target of its own, each year from the issue year to the cell's deadline, as
    # the same cell written one per line reads
    got = _with_attachment("某区城乡公交一体化实施方案", "一、主要目标\n到2023年，城乡公交更加便捷。", "某区人民政府办公室",
                           "2021年5月6日",
                           "附件\n重点任务分工表\n序号 | 工作任务 | 责任单位 | 完成时限\n"
                           "1 | 新建城乡公交候车亭不少于150座 | 区交通运输局 | 每年50座，2023年底\n"
                           "2 | 优化公交线路 | 区交通运输局 | 2022年6月\n")
    assert (50, "座", "=", True, 2021, 2023) in got
    assert [g for g in got if g[0] == 150] == [(150, "座", ">=", False, None, 2023)]

