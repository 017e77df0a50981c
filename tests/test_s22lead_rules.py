"""Session 22 (lead): an open-ended policy dated from its issue day (guide TG13) and a lead named in the same
assignment before a declared first-listed convention (spec 1.1 section 6). Snippets written for these tests in
the style of other provinces, levels and eras than the notices that showed the gaps."""
from tests.test_extract_targets import summary, targets_of
from tests.test_organs_s5 import _run


def test_a_policy_in_force_from_its_issue_day_dates_its_yearless_targets_from_the_issue_year():
    # a Gansu county 办法 (2011): `本办法自发布之日起施行` with no term: start 2011, no end; a target with its
    # own year keeps it
    body = ("第一条　为规范农村公益事业建设，制定本办法。\n第二条　全县每年新建村级文化活动室不少于20个。\n"
            "第三条　到2013年，全县村级公益设施覆盖率达到90%以上。\n第四条　本办法自发布之日起施行。\n")
    got = summary(targets_of(body, title="临泽县村级公益事业建设管理办法", date="2011年5月6日"))
    assert got == [(20, "个", ">=", True, 2011, None), (90, "%", ">=", False, None, 2013)]


def test_a_stated_term_or_a_statute_is_not_read_as_open_ended():
    # a Jiangxi prefecture 意见 with a term (2016): the term decides (2016/2018)
    body = "一、新建标准化厂房10万平方米。\n二、本意见自印发之日起施行，有效期3年。\n"
    assert summary(targets_of(body, title="赣州市关于支持园区建设的意见", date="2016年3月1日")) == [
        (100000, "平方米", "=", False, 2016, 2018)]
    # a provincial 条例 (a statute): its day of effect opens no period
    body = "第一条　每个乡镇至少配备1名专职人员。\n第二条　本条例自公布之日起施行。\n"
    assert summary(targets_of(body, title="湖北省农村饮水安全条例", date="2014年9月25日")) == [
        (1, "名", ">=", False, None, None)]


def test_a_lead_named_before_the_responsible_list_keeps_the_declared_convention_out():
    # a Guizhou prefecture plan (2022) with `列第一位者为牵头单位` in its closing note, and items that name their lead
    # under 牵头单位 then list the others under 责任单位: those are co, not a second lead
    _, triples = _run("一、重点任务\n（一）推进改厕。（牵头单位：市农业农村局；责任单位：市卫生健康局、市财政局）\n"
                      "（二）治理污水。（责任单位：市生态环境局、市水务局）\n注：列第一位者为牵头单位。\n",
                      "贵州省遵义市", "prefecture")
    assert triples == {("一/(一)", "遵义市农业农村局", "lead"), ("一/(一)", "遵义市卫生健康局", "co"),
                       ("一/(一)", "遵义市财政局", "co"), ("一/(二)", "遵义市生态环境局", "lead"),
                       ("一/(二)", "遵义市水务局", "co")}


def _metadata(text: str):
    from pipeline import process_text
    return process_text(text, doc_id="t").metadata


def test_a_county_rule_adopted_at_the_government_meeting_and_issued_under_its_number():
    # a Guangxi county 办法 in a 1998 collection: the 题注 names the meeting of the bare 县人民政府 and the 文号
    md = _metadata("灵山县城镇集贸市场管理办法\n（1998年6月2日县人民政府第八次常务会议通过　灵政发〔1998〕21号发布）\n"
                   "第一条　为加强城镇集贸市场管理，制定本办法。\n第二条　县工商行政管理局负责集贸市场的监督管理。\n"
                   "第三条　本办法自发布之日起施行。\n")
    assert (md.issuers, md.doc_number, md.issue_date) == (["灵山县人民政府"], "灵政发〔1998〕21号", "1998-06-02")
    assert md.region == "广西壮族自治区钦州市灵山县"


def test_the_printing_office_of_the_banji_dated_on_the_next_line_gives_the_region_not_the_issuer():
    # a Hunan prefecture's self-titled plan (2020) without signature: its 版记 printing office with the date on the
    # next line is read like one on a single line: the place, the printing day, but no issuer (guide M2, M15)
    md = _metadata("城乡环境卫生整治三年行动方案\n一、工作目标\n到2022年，城市生活垃圾无害化处理率达到100%。\n"
                   "二、重点任务\n（一）开展清扫保洁。\n\n邵阳市人民政府办公室\n2020年3月2日印发\n")
    assert (md.issuers, md.region, md.issue_date) == ([], "湖南省邵阳市", "2020-03-02")


def test_a_task_table_spaced_with_full_width_gaps_keeps_a_cell_ending_in_a_number_apart_from_the_lead():
    # a Henan county plan (2020) whose task table reached us with its cells parted by full-width spaces: a measure
    # ending in `95%` stands right before the 牵头单位 cell (the cleaner must not join `95%` and `县…局` as in prose)
    text = ("一、重点任务\n（一）推进农村改厕。\n三、任务分工\n序号　重点任务　具体措施　牵头单位　配合单位　完成时限\n"
            "1　卫生厕所改造　每年改造户厕不少于2000座，验收合格率95%　县农业农村局　县卫生健康委、各乡镇人民政府　每年12月底\n"
            "2　垃圾收运　建成乡镇中转站12座　县住房和城乡建设局　县财政局　2022年6月底\n")
    _, triples = _run(text, "河南省周口市郸城县", "county")
    assert triples == {("表/1", "郸城县农业农村局", "lead"), ("表/1", "郸城县卫生健康委员会", "co"),
                       ("表/1", "各乡镇人民政府", "co"), ("表/2", "郸城县住房和城乡建设局", "lead"),
                       ("表/2", "郸城县财政局", "co")}


def test_provinces_administrative_villages_and_streets_with_towns_as_kinds_of_place_sharing_ge():
    # a 2021 ministry notice (各省份), a Fujian county plan (各行政村（社区）), a Hunan district plan (各街道（乡镇）): each
    # a kind of place sharing 各, a collective as written (guide D34 as read in S21)
    names, _ = _run("一、重点任务\n（一）推进试点。各省份要抓好落实。\n", "全国", "central")
    assert names == {"各省份": "各省份"}
    names, _ = _run("一、重点任务\n（一）推进整治。各行政村（社区）要落实责任。\n", "福建省南平市浦城县", "county")
    assert names == {"各行政村（社区）": "各行政村（社区）"}
    names, _ = _run("一、重点任务\n（一）推进整治。各街道（乡镇）要加强组织领导。\n", "湖南省长沙市望城区", "county")
    assert names == {"各街道（乡镇）": "各街道（乡镇）"}
