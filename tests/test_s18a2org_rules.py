"""Session 18 (s18-a2org): task-division tables grouped by （一） sub-headings, places of a kind before their
bureaus, `X负责…，会同Y…`, and short names whose full name is the place's (docs/decisions/organs-a2-s18.md).
Snippets written for these tests in the style of other provinces; never copied from a dev notice."""
from pipeline import process_text


def _run(text: str):
    r = process_text(text, doc_id="t").model_dump()
    names = {d["name"] for d in r["departments"]}
    triples = {(x["task"], x["department"], x["role"]) for x in r["responsibilities"]}
    for t in triples:
        assert t[1] in names
    return r, names, triples


GROUPED_TABLE = (
    "哈尔滨市人民政府办公厅关于印发哈尔滨市2023年优化营商环境重点任务分工方案的通知\n\n"
    "哈政办发〔2023〕12号\n\n各区、县（市）人民政府，市政府各委、办、局：\n\n"
    "《哈尔滨市2023年优化营商环境重点任务分工方案》已经市政府同意，现印发给你们，请认真组织实施。\n\n"
    "哈尔滨市人民政府办公厅\n2023年3月20日\n\n"
    "哈尔滨市2023年优化营商环境重点任务分工方案\n\n"
    "一、总体要求\n\n持续深化“放管服”改革，推动营商环境持续优化。\n\n"
    "二、任务分工\n\n"
    "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
    "（一）提升审批服务效率\t\t\t\t\n"
    "1\t推行企业开办“一日办结”，全面推广电子营业执照应用。\t市市场监管局\t市公安局、市税务局\t2023年6月底前\n"
    "2\t深化工程建设项目审批制度改革，审批时间压减至45个工作日以内。\t市住建局\t市自然资源局、市营商局\t2023年12月底前\n"
    "（二）强化要素支撑\t\t\t\t\n"
    "3\t开展中小微企业融资对接活动不少于20场。\t市金融服务局\t市工信局、各区、县（市）政府\t持续推进\n\n"
    "三、保障措施\n\n"
    "（一）加强组织领导。各牵头单位要细化工作措施，确保各项任务按期完成。\n")


def test_a_tab_table_grouped_by_bracketed_subheadings_goes_on_under_them():
    # a Heilongjiang city's 任务分工方案 (web copy, tabs): rows after `（一）…` group lines are rows of the table
    r, names, triples = _run(GROUPED_TABLE)
    table = {t for t in triples if t[0].startswith("表/")}
    assert table == {
        ("表/1", "哈尔滨市市场监督管理局", "lead"), ("表/1", "哈尔滨市公安局", "co"),
        ("表/1", "国家税务总局哈尔滨市税务局", "co"),
        ("表/2", "哈尔滨市住房和城乡建设局", "lead"), ("表/2", "哈尔滨市自然资源局", "co"),
        ("表/2", "哈尔滨市营商环境建设监督局", "co"),
        ("表/3", "哈尔滨市金融服务局", "lead"), ("表/3", "哈尔滨市工业和信息化局", "co"),
        ("表/3", "各区、县（市）政府", "co")}
    # the group lines are no tasks, the rows no body items
    paths = [t["path"] for t in r["tasks"]]
    assert not any(p.startswith("二/") for p in paths), paths
    assert "三/(一)" in paths


def test_a_bracketed_heading_after_a_table_stays_a_body_item():
    # precision: `（一）…` prose after the table (no tabs) is the body's next item, not a group of the table
    r, _, triples = _run(GROUPED_TABLE)
    assert not any(t[0].startswith("三") for t in triples)
    assert "三/(一)" in [t["path"] for t in r["tasks"]]


ARTICLES = (
    "广西壮族自治区教育厅 广西壮族自治区财政厅关于印发《广西壮族自治区中职学生资助资金管理办法》的通知\n\n"
    "桂教规范〔2021〕3号\n\n各设区市教育局、财政局：\n\n现将《广西壮族自治区中职学生资助资金管理办法》印发给你们，请遵照执行。\n\n"
    "广西壮族自治区教育厅　广西壮族自治区财政厅\n2021年5月6日\n\n"
    "广西壮族自治区中职学生资助资金管理办法\n\n第一章　总则\n\n"
    "第一条　为规范资助资金管理，制定本办法。\n\n第二章　职责分工\n\n"
    "第二条　自治区财政厅负责资助资金的预算安排和拨付，会同自治区教育厅对资金使用情况进行监督检查。\n\n"
    "第三条　设区市教育局、财政局负责本地区资助工作的统筹协调。\n\n"
    "第四条　县（市、区）教育局负责资助对象的审核认定，县（市、区）财政局负责资金的及时拨付。"
    "县（市、区）应当设立学生资助管理机构。\n\n"
    "第三章　附则\n\n第五条　本办法自印发之日起施行。\n")


def test_places_of_a_kind_before_their_bureaus_are_collectives_as_written():
    _, names, triples = _run(ARTICLES)
    art = {t for t in triples if t[0].startswith("第二章/第三条") or t[0].startswith("第二章/第四条")}
    assert art == {("第二章/第三条", "设区市教育局", "responsible"), ("第二章/第三条", "设区市财政局", "responsible"),
                   ("第二章/第四条", "县（市、区）教育局", "responsible"),
                   ("第二章/第四条", "县（市、区）财政局", "responsible")}
    # precision: no organ of the region made of them, no organ for the places acting alone
    assert "广西壮族自治区教育局" not in names and "广西壮族自治区财政局" not in names
    assert "县（市、区）" not in names


def test_a_duty_then_hui_tong_makes_the_subject_lead():
    _, _, triples = _run(ARTICLES)
    assert {t for t in triples if t[0] == "第二章/第二条"} == {
        ("第二章/第二条", "广西壮族自治区财政厅", "lead"), ("第二章/第二条", "广西壮族自治区教育厅", "co")}


def test_a_duty_alone_stays_responsible():
    # precision: 负责 with no 会同 in the sentence (a Hainan county's 办法)
    text = ("琼中黎族苗族自治县人民政府关于印发《琼中黎族苗族自治县农村公路养护管理办法》的通知\n\n"
            "琼中府规〔2020〕2号\n\n各乡镇人民政府，县政府直属各单位：\n\n现将《办法》印发给你们，请认真贯彻执行。\n\n"
            "琼中黎族苗族自治县人民政府\n2020年8月3日\n\n琼中黎族苗族自治县农村公路养护管理办法\n\n"
            "第一条　为加强农村公路养护管理，制定本办法。\n\n"
            "第二条　县交通运输局负责全县农村公路养护的监督管理，县财政局负责养护资金的筹集和拨付。\n")
    _, _, triples = _run(text)
    assert {t for t in triples if t[0] == "第二条"} == {
        ("第二条", "琼中黎族苗族自治县交通运输局", "responsible"), ("第二条", "琼中黎族苗族自治县财政局", "responsible")}


def test_short_names_of_the_time_and_of_the_place():
    # a central transmitting notice of 2001 (国家体改办), a Liaoning city's (营商局, 中级法院)
    text = ("国务院办公厅转发国家经贸委等部门关于加快发展城镇中小企业服务体系意见的通知\n\n国办发〔2001〕9号\n\n"
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n现转发给你们，请认真贯彻执行。\n\n"
            "国务院办公厅\n2001年3月5日\n\n一、主要任务\n\n"
            "（一）深化中小企业服务机构改革。国家体改办要会同有关部门研究提出改革办法。\n")
    _, names, triples = _run(text)
    assert ("一/(一)", "国务院经济体制改革办公室", "lead") in triples
    assert "国家体改办" not in names
    text = ("营口市人民政府办公室关于印发营口市政务诚信建设实施方案的通知\n\n营政办发〔2022〕7号\n\n"
            "各县（市）区人民政府，市政府各部门：\n\n现印发给你们，请认真贯彻落实。\n\n营口市人民政府办公室\n2022年6月1日\n\n"
            "一、重点工作\n\n（一）开展失信问题专项治理。由市营商局牵头，市中级法院、市财政局配合，实现政府机构失信动态清零。\n")
    _, names, triples = _run(text)
    assert {t for t in triples if t[0] == "一/(一)"} == {
        ("一/(一)", "营口市营商环境建设局", "lead"), ("一/(一)", "营口市中级人民法院", "co"),
        ("一/(一)", "营口市财政局", "co")}


def test_ying_shang_ju_elsewhere_stays_as_written():
    # precision: a place not in the table keeps the short form as written (no invented full name)
    text = ("某某市人民政府办公室关于印发优化营商环境工作方案的通知\n\n"
            "一、重点工作\n\n（一）开展专项治理。由市营商局牵头。\n")
    _, names, _ = _run(text)
    assert not any("营商环境建设" in n for n in names)


def test_a_working_body_after_a_deadline_is_named_without_the_date():
    # a Gansu prefecture's notice (2013 wording): `于…日前报市…领导小组办公室`; precision: no `日前报…` organ
    text = ("定西市人民政府关于加快易地扶贫搬迁工作的意见\n\n定政发〔2013〕21号\n\n一、工作要求\n\n"
            "（一）按时报送。各县（区）要制定实施方案，于2013年7月31日前报市易地扶贫搬迁工作领导小组办公室。\n")
    _, names, _ = _run(text)
    assert names == {"定西市易地扶贫搬迁工作领导小组办公室", "各县（区）"}  # (s21-org: 各县（区）, guide D34 of S20)
    assert not any(n.startswith(("日", "前", "报")) for n in names)


def test_a_zone_committee_after_the_places_governments_shares_their_each():
    # a Jilin city's division of duties: `各县（市）区政府、开发区管委会` is every zone's committee; precision: a bare
    # zone committee alone is left as it was (no collective made without a 各 before it)
    text = ("四平市人民政府办公室关于印发四平市优化营商环境实施方案的通知\n\n一、重点任务\n\n"
            "（一）深化审批改革。由市政务服务局牵头，各县（市）区政府、开发区管委会配合。\n")
    _, names, triples = _run(text)
    assert ("一/(一)", "各开发区管理委员会", "co") in triples and ("一/(一)", "各县（市）区政府", "co") in triples
    text = text.replace("各县（市）区政府、开发区管委会配合", "市发展改革委配合")
    _, names, _ = _run(text)
    assert not any(n.startswith("各") for n in names)
