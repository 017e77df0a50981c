"""Township rules of session 30 (s30-town): classes the township notices of A11, A23, A24 and the stress notices showed,
tested on snippets written for these tests in the style of other provinces, levels and eras."""
from pipeline import process_text
from tests.organ_snippets import snippet_departments


def _record(title: str, signer: str, date: str, body: str):
    text = f"{title}\n\n{body}\n\n{signer}\n{date}\n"
    rec = process_text(text, doc_id="t")
    for d in rec.departments:
        assert rec.text[d.span[0]:d.span[1]] == d.quote
    return rec


def test_town_districts_and_gacha_share_one_each_like_villages():
    # guide D38: a town's 管区 (a 2017 Heilongjiang town grouping its villages) and Inner Mongolia's 嘎查 (a 2020 苏木)
    # are places sharing one 各, a collective as written wherever mentioned, and the subject of a 负总责 duty
    body = ("二、工作措施\n（一）压实责任。各管区对所辖村的秸秆禁烧工作负总责，镇农业服务中心做好技术指导。\n"
            "（二）强化考核。禁烧工作纳入各管区年度考核。\n")
    rec = _record("兴隆镇2017年秸秆禁烧工作方案", "巴彦县兴隆镇人民政府", "2017年9月1日", body)
    assert {d.name: d.quote for d in rec.departments}.get("各管区") == "各管区"
    assert ("二/(一)", "各管区", "responsible") in {(r.task, r.department, r.role) for r in rec.responsibilities}
    body = "三、保障措施\n（一）落实责任。各嘎查要对本嘎查草原防火工作负总责，苏木综合保障和技术推广中心做好服务。\n"
    names = snippet_departments("巴彦塔拉苏木2020年草原防火工作方案", "科尔沁右翼中旗巴彦塔拉苏木人民政府", "2020年3月1日", body)
    assert names.get("各嘎查") == "各嘎查"


def test_town_union_inspection_office_and_new_countryside_office_after_the_level():
    # a 2009 Guizhou 镇: 镇工会 is the town's 总工会 (as its bare 工会), 镇督查室 kept as written, 镇新农村建设办 an
    # office whose field holds 农村 (not stopped at 村)
    body = ("一、重点工作\n1.加强群团工作。镇工会、团委要组织职工开展技能竞赛。\n"
            "2.推进新农村建设。镇新农村建设办负责，各村配合。\n3.强化督查。镇督查室每月对各项工作进展情况进行督查。\n")
    rec = _record("茅坡镇2009年工作要点", "修文县茅坡镇人民政府", "2009年2月1日", body)
    names = {d.name: d.quote for d in rec.departments}
    assert names.get("修文县茅坡镇总工会") == "镇工会"
    assert names.get("修文县茅坡镇督查室") == "镇督查室"
    assert names.get("修文县茅坡镇新农村建设办") == "镇新农村建设办"
    assert ("一/2", "修文县茅坡镇新农村建设办", "responsible") in {(r.task, r.department, r.role)
                                                                for r in rec.responsibilities}


def test_other_levels_union_and_inspection_office_stay_theirs():
    # a 2015 Shaanxi county notice: 县委督查室 and 全国工会 are not a town's
    body = "一、工作要求\n（一）加强督查。县委督查室负责督查，县总工会配合。\n"
    names = snippet_departments("洛南县2015年安全生产工作要点", "洛南县人民政府", "2015年3月1日", body)
    assert not any("督查室" in n and "镇" in n for n in names)
    assert not any(n.endswith("乡总工会") or n.endswith("镇总工会") for n in names)


def test_villages_heading_their_share_in_a_section_dividing_the_work():
    # A21 a222's adjudication (a Nanjing street's communities): here a 2020 Guizhou town's villages and a community,
    # each heading its item of `各村任务分解` with a colon, take that item (responsible), kept as written (guide D51)
    body = ("一、工作目标\n全镇完成改厕500户。\n二、各村任务分解\n1.红星村：完成改厕120户，建设垃圾收集点3个。\n"
            "2.光明村：完成改厕100户，建设垃圾收集点2个。\n3.城东社区：完成改厕80户。\n"
            "三、保障措施\n（一）加强领导。镇党政办负责统筹协调。\n")
    rec = _record("城关镇2020年农村人居环境整治实施方案", "普安县城关镇人民政府", "2020年3月1日", body)
    triples = {(r.task, r.department, r.role) for r in rec.responsibilities}
    assert {("二/1", "红星村", "responsible"), ("二/2", "光明村", "responsible"),
            ("二/3", "城东社区", "responsible")} <= triples
    assert {"红星村", "光明村", "城东社区"} <= {d.name for d in rec.departments}
    # a section that does not divide the work (`二、主要任务`) or a kind of village (示范村：) gives nothing
    body = ("二、主要任务\n1.红星村：完成改厕120户。\n2.光明村：完成改厕100户。\n"
            "三、任务分解\n1.示范村：每村建设垃圾收集点3个。\n2.一般村：每村建设垃圾收集点1个。\n")
    rec = _record("城关镇2020年农村人居环境整治实施方案", "普安县城关镇人民政府", "2020年3月1日", body)
    assert not rec.responsibilities


def test_government_funds_name_no_government_and_units_bracket_is_dropped():
    # a 2014 Henan 乡's rules: 乡级政府性债务 qualifies debt (政府性), no government acting; 各项目主管部门（单位） is its organ
    # part (guide D42: the bracket adds units, no organs)
    body = ("第一条 本办法所称债务，是指乡级政府性债务。\n第二条 各项目主管部门（单位）负责本项目债务的申报，乡财政所负责审核。\n")
    rec = _record("晏河乡政府性债务管理办法", "光山县晏河乡人民政府", "2014年6月1日", body)
    names = {d.name: d.quote for d in rec.departments}
    assert not any(n.endswith("级政府") for n in names)
    assert names.get("各项目主管部门") == "各项目主管部门"
    assert ("第二条", "各项目主管部门", "responsible") in {(r.task, r.department, r.role) for r in rec.responsibilities}


def test_issuers_printed_under_the_title_are_no_mention():
    # a 2018 Yunnan 乡's joint party-government plan as a web copy prints it: the issuers again under the title, the
    # same names as the signature (the 署名, not body); the party committee named in the body stays
    text = ("勐往乡2018年脱贫攻坚实施方案\n中共勐往乡委员会　勐往乡人民政府\n"
            "一、工作措施\n（一）强化领导。乡党委负责统筹，乡扶贫工作站做好日常工作。\n"
            "中共勐往乡委员会　　勐往乡人民政府\n2018年3月1日\n")
    rec = process_text(text, doc_id="t")
    names = {d.name: d.quote for d in rec.departments}
    assert not any(n.endswith("人民政府") for n in names)
    assert [q for n, q in names.items() if n.endswith("勐往乡委员会")] == ["乡党委"]


def test_town_headquarters_office_taken_up_by_its_head_word():
    # a 2019 Fujian 镇's flood plan: 镇成立防汛抗旱指挥部, later `向镇指挥部办公室报告`, beside the county's own 指挥部:
    # the town's one headquarters' office (guide D14), not a second body nor the county's
    body = ("一、组织领导\n镇成立防汛抗旱指挥部，指挥部办公室设在镇应急管理办公室。\n"
            "二、工作要求\n（一）及时报告。各村发现险情后，要立即向镇指挥部办公室报告，并报县防汛抗旱指挥部办公室。\n")
    names = snippet_departments("洋中镇2019年防汛抗旱工作方案", "尤溪县洋中镇人民政府", "2019年4月1日", body)
    assert "尤溪县洋中镇指挥部办公室" not in names
    assert "尤溪县洋中镇防汛抗旱指挥部办公室" in names
    assert names.get("尤溪县防汛抗旱指挥部办公室") == "县防汛抗旱指挥部办公室"


def test_bare_market_office_is_the_placed_one_and_a_joined_station_opens_no_kind():
    # a 2022 Hubei 镇's plan naming its market-regulation office by its place and then bare (guide D14, D39 read in S22:
    # one office, under its bureau), and `各村和派出所` (各村 and a 派出所, no kind of station)
    body = ("一、主要任务\n（一）整治占道经营。责任单位：红花套市场监管所（牵头）\n"
            "二、保障措施\n（一）加强领导。成立镇工作领导小组，各村和派出所、市场监管所负责人为成员。\n")
    names = snippet_departments("红花套镇2022年集镇环境整治工作方案", "宜都市红花套镇人民政府", "2022年3月1日", body)
    placed = [n for n in names if n.endswith("红花套市场监督管理所")]
    assert len(placed) == 1 and placed[0].startswith("宜都市市场监督管理局")
    assert "宜都市红花套镇市场监督管理所" not in names
    assert not any("和派出所" in n for n in names)
