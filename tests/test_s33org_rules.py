"""Organ names of session 33 (s33-org): classes the opened A32-A35 golds showed, tested on snippets written for these
tests in the style of other provinces, levels and eras than the notices that showed them (not copied from any notice)."""
from tests.organ_snippets import snippet_departments


def test_a_village_party_body_named_only_in_its_secretarys_title_is_no_organ():
    # guide D96 (revised in S29e) and S33 CK Q4: a 2020 Guangxi county plan makes every village's and community's
    # party secretary answerable; the body named only inside the title is a category of person, not mentioned
    body = ("（三）落实责任。各村（社区）党组织书记为本村第一责任人，各社区党委书记、副书记负责督促。"
            "县农业农村局负责技术指导。\n")
    names = snippet_departments("关于开展村庄清洁行动的实施方案", "凌云县人民政府", "2020年3月1日", body)
    assert names == {"凌云县农业农村局": "县农业农村局"}
    # where the body acts in its own right it is still a collective as written
    body = "（三）各村党支部要组织党员带头清理，县农业农村局负责技术指导。\n"
    names = snippet_departments("关于开展村庄清洁行动的实施方案", "凌云县人民政府", "2020年3月1日", body)
    assert names == {"各村党支部": "各村党支部", "凌云县农业农村局": "县农业农村局"}


def test_a_township_party_committee_in_its_secretarys_title_is_mentioned():
    # guide D105 (scope, S31b; S32b CG Q1): a party secretary's title writes its committee, so `乡（镇）党委书记` in a
    # 2018 Shaanxi county plan names the collective as written, the bracket of kinds kept; a pastoral banner's
    # `苏木乡镇党委书记` (a 2017 Inner Mongolia banner plan) keeps its 苏木
    body = "（一）压实责任。各乡（镇）要成立工作专班，乡（镇）党委书记为第一责任人。\n"
    names = snippet_departments("关于推进农村垃圾治理的实施方案", "洛南县人民政府", "2018年3月1日", body)
    assert names == {"各乡（镇）": "各乡（镇）", "乡（镇）党委": "乡（镇）党委"}
    body = "（一）压实责任。苏木乡镇党委书记为第一责任人，旗农牧业局负责技术服务。\n"
    names = snippet_departments("关于推进牧区人居环境整治的实施方案", "镶黄旗人民政府", "2017年3月1日", body)
    assert names == {"苏木乡镇党委": "苏木乡镇党委", "镶黄旗农牧业局": "旗农牧业局"}


def test_a_list_of_levels_shares_its_committee_and_government():
    # spec 1.1 section 5 (a shared head distributed; guide D1 collectives as written): a 2012 Gansu provincial opinion
    # assesses the levels' committees and governments, a policy word qualifying one level (guide D93), and a place
    # qualifier (`沿边`) before the shared 各 goes before each collective
    body = ("（十）省委、省政府每年对市、县党委和政府扶贫工作进行考核。各市、重点县党委和政府要层层落实责任。"
            "沿边各县（市、区）党委和政府要加强边境管理。\n")
    names = snippet_departments("关于加强扶贫开发工作的意见", "甘肃省人民政府", "2012年3月1日", body)
    assert names == {"中共甘肃省委员会": "省委", "甘肃省人民政府": "省政府",
                     "市、县党委": "市、县党委和政府", "市、县政府": "市、县党委和政府",
                     "各市、重点县党委": "各市、重点县党委和政府", "各市、重点县政府": "各市、重点县党委和政府",
                     "沿边各县（市、区）党委": "沿边各县（市、区）党委和政府",
                     "沿边各县（市、区）政府": "沿边各县（市、区）党委和政府"}
    # a province's list with the autonomous counties (Yunnan, Hainan), `人民政府` as written
    body = "（一）各市、县、自治县党委和人民政府要加强领导。\n"
    names = snippet_departments("关于加强农村公路建设的意见", "海南省人民政府", "2009年3月1日", body)
    assert names == {"各市、县、自治县党委": "各市、县、自治县党委和人民政府",
                     "各市、县、自治县人民政府": "各市、县、自治县党委和人民政府"}
    # the province's own level written first is not a list of lower levels: nothing is read as the pair
    body = "（一）省、市、县党委和政府要加强领导。\n"
    names = snippet_departments("关于加强农村公路建设的意见", "海南省人民政府", "2009年3月1日", body)
    assert "市、县党委" not in names


def test_a_lower_levels_governments_are_kept_as_written_beside_the_own_government():
    # guide D74 (made precise in S28) and D76: a 2012 Tianjin municipal opinion (districts and counties until 2016)
    # names its own government, written out, and the lower level's governments as written
    body = "（五）市、区县两级政府要把养老服务设施建设纳入规划。\n"
    names = snippet_departments("关于加快发展养老服务业的意见", "天津市人民政府", "2012年3月1日", body)
    assert names == {"天津市人民政府": "市、区县两级政府", "区县政府": "市、区县两级政府"}
    body = "（五）市、区县两级人民政府要把养老服务设施建设纳入规划。\n"
    names = snippet_departments("关于加快发展养老服务业的意见", "天津市人民政府", "2012年3月1日", body)
    assert names == {"天津市人民政府": "市、区县两级人民政府", "区县人民政府": "市、区县两级人民政府"}


def test_a_joint_meeting_described_by_its_convener_or_members_is_the_levels():
    # guide D15 (working bodies take the region) and D96: a 2016 Guangxi regional opinion describes its joint meeting
    # by the vice-chairman who convenes it (主席, written with 为); a 2019 Guizhou provincial one by the department
    # that leads it and its member units (为成员单位的)
    body = ("（一）建立由自治区人民政府分管副主席为召集人，自治区商务厅、发展改革委、财政厅等部门为成员单位的"
            "电子商务发展联席会议制度，联席会议办公室设在自治区商务厅。\n")
    names = snippet_departments("关于加快电子商务发展的意见", "广西壮族自治区人民政府", "2016年3月1日", body)
    assert names["广西壮族自治区电子商务发展联席会议"] == "电子商务发展联席会议"
    assert names["广西壮族自治区电子商务发展联席会议办公室"] == "联席会议办公室"
    body = ("（一）建立由省住房城乡建设厅牵头，省发展改革委、财政厅等部门为成员单位的农村生活垃圾治理联席会议制度，"
            "联席会议办公室设在省住房城乡建设厅。\n")
    names = snippet_departments("关于加强农村生活垃圾治理的实施意见", "贵州省人民政府", "2019年3月1日", body)
    assert names == {"贵州省住房和城乡建设厅": "省住房城乡建设厅", "贵州省发展和改革委员会": "省发展改革委",
                     "贵州省财政厅": "财政厅", "贵州省农村生活垃圾治理联席会议": "农村生活垃圾治理联席会议",
                     "贵州省农村生活垃圾治理联席会议办公室": "联席会议办公室"}


def _notice_departments(text: str) -> dict[str, str]:
    from pipeline import process_text

    rec = process_text(text, doc_id="t")
    for d in rec.departments:
        assert rec.text[d.span[0]:d.span[1]] == d.quote
    return {d.name: d.quote for d in rec.departments}


def test_a_ministrys_own_departments_as_a_kind_are_collectives():
    # spec 1.1 section 5 (collectives as written; guide D1, D10): a 2015 agriculture ministry's general office notice
    # tells its departments as a kind to act, with the ministry's short prefix written out and a shared 各有关 going
    # with its offices sent out; `农业部门户网站` is the ministry's portal, no sector's 部门
    text = ("农业部办公厅关于印发《2015年农业政务公开工作要点》的通知\n\n农办办〔2015〕12号\n\n部机关各司局，部直属各单位：\n\n"
            "　　现印发给你们，请认真贯彻落实。\n　　1．加强农业部门户网站建设。（办公厅牵头，各司局按职责负责）\n"
            "　　2．公开审批事项。（各有关司局和派出机构配合）\n　　3．部机关各司局要明确分工。\n\n农业部办公厅\n2015年4月1日\n")
    names = _notice_departments(text)
    # ((s38-assign) the ministry's own 办公厅 written bare in the annotation is its general office, as its 司 are; a394's gold)
    assert names == {"各司局": "各司局", "各有关司局": "各有关司局", "各有关派出机构": "各有关司局和派出机构",
                     "农业部机关各司局": "部机关各司局", "农业部办公厅": "办公厅"}


def test_bureaus_written_short_by_their_sector_get_their_full_names():
    # department_aliases.tsv (s33-org rows): a 2011 Beijing district's 市政市容委 and a 2014 Guizhou prefecture's
    # 民族宗教局 (a 局, as written, though a prefecture's is often a 委员会)
    body = "（三）区市政市容委、区民族宗教局负责。\n"
    names = snippet_departments("关于加强城市环境整治的意见", "北京市东城区人民政府", "2011年3月1日", body)
    assert names == {"北京市东城区市政市容管理委员会": "区市政市容委", "北京市东城区民族宗教事务局": "区民族宗教局"}
    body = "（三）州民族宗教局负责，各县民族宗教局配合。\n"
    names = snippet_departments("关于加强民族团结进步创建的意见", "黔东南苗族侗族自治州人民政府", "2014年3月1日", body)
    assert names == {"黔东南苗族侗族自治州民族宗教事务局": "州民族宗教局", "各县民族宗教局": "各县民族宗教局"}


def test_an_enterprises_second_sign_in_brackets_is_no_division():
    # guide D12 (one organ with a second sign in brackets, named by its main name): a 2014 Yunnan county's
    # responsibility list writes the tobacco and salt monopolies with their companies' signs (政企合一)
    body = "（五）发展特色产业。责任单位：县农业局、县烟草专卖局（分公司）、县盐务局（盐业公司）\n"
    names = snippet_departments("关于加快高原特色农业发展的实施意见", "弥渡县人民政府", "2014年3月1日", body)
    assert names == {"弥渡县农业局": "县农业局", "弥渡县烟草专卖局": "县烟草专卖局", "弥渡县盐务局": "县盐务局"}


def test_the_food_safety_authority_written_short_is_a_sector():
    # organ_sectors.tsv (食品安全法 第六条): a 2010 provincial decision names the authority bare, after 与
    body = "（八）公安机关要加强与食品安全监管部门的协作，各级食品安全监管部门要加大检查力度。\n"
    names = snippet_departments("关于加强食品安全工作的决定", "浙江省人民政府", "2010年3月1日", body)
    assert names == {"公安机关": "公安机关", "食品安全监管部门": "食品安全监管部门",
                     "各级食品安全监管部门": "各级食品安全监管部门"}


def test_the_governments_of_the_places_people_move_between_are_kept_as_written():
    # guide D1 and D83 (a place determiner kept as written, as 迁入地, 居住地): a 2004 Jiangsu provincial opinion on migrant
    # workers' children names the governments of the places they move to and from, and one's finance department
    body = ("（一）流入地政府负责外来务工人员子女接受义务教育工作，输出地政府要积极配合。"
            "（五）流入地政府财政部门要对接收学校给予补助。所在地政府要加强领导。\n")
    names = snippet_departments("关于做好外来务工人员子女义务教育工作的意见", "江苏省人民政府", "2004年3月1日", body)
    assert names == {"流入地政府": "流入地政府", "输出地政府": "输出地政府",
                     "流入地政府财政部门": "流入地政府财政部门", "所在地政府": "所在地政府"}


def test_the_zones_and_towns_of_a_county_level_city_are_a_collective():
    # guide D34 (places of a kind sharing 各 are one collective as written): a 2020 Zhangjiagang plan's 区镇 (its zones
    # and towns, 区镇合一), with 各 and with 相关
    body = "（三）推进分类投放。（责任单位：市城管局、各区镇）相关区镇要落实属地责任。\n"
    names = snippet_departments("关于推进生活垃圾分类的实施方案", "张家港市人民政府", "2020年3月1日", body)
    assert names["各区镇"] == "各区镇" and names["相关区镇"] == "相关区镇"


def test_a_levels_inspection_team_named_by_the_document_is_a_working_body():
    # guide D96 (S32b CD a383): a 2017 Anhui township's notice names the county's inspection teams, with and without
    # their topic; a 2018 Henan county's notice its own and the city's
    body = "（二）确保不被县秸秆禁烧督查组查处火点。对被县督查组发现火点的村，扣除保证金。\n"
    names = snippet_departments("关于做好秋季秸秆禁烧工作的通知", "利辛县阚疃镇人民政府", "2017年9月1日", body)
    assert names == {"利辛县秸秆禁烧督查组": "县秸秆禁烧督查组", "利辛县督查组": "县督查组"}
    body = "（二）县督查组每天巡查，市督导组将进行抽查。\n"
    names = snippet_departments("关于做好秋季秸秆禁烧工作的通知", "鹿邑县人民政府", "2018年9月1日", body)
    assert names == {"鹿邑县督查组": "县督查组", "周口市督导组": "市督导组"}


def test_a_county_level_citys_ecology_branch_keeps_its_prefecture_and_stem():
    # COUNTY_STEM_BUREAUS (the 2019 vertical reform of the ecology authorities): a 2020 Jiangyin plan writes its branch of
    # 无锡市生态环境局 with the prefecture and without it
    body = "（三）加强执法。（责任单位：无锡市江阴生态环境局、市城管局）（牵头单位：江阴生态环境局）\n"
    names = snippet_departments("关于推进生活垃圾分类的实施方案", "江阴市人民政府", "2020年3月1日", body)
    assert names["无锡市江阴生态环境局"] in ("无锡市江阴生态环境局", "江阴生态环境局")
    assert "江阴市生态环境局" not in names and not any(n.startswith("江阴市无锡市") for n in names)


def test_banks_and_securities_in_a_list_of_departments_and_units_are_the_units():
    # guide D9 (金融机构 are no departments; organ_utility_sectors.tsv): a 2012 Hubei provincial notice on minimum living
    # allowances lists the authorities and the banks, securities firms and insurers that hold the data
    body = "（四）民政、公安、税务、银行、证券、保险等部门和单位要配合做好信息核对。\n"
    names = snippet_departments("关于进一步加强最低生活保障工作的通知", "湖北省人民政府", "2012年3月1日", body)
    assert names == {"民政部门": "民政", "公安部门": "公安", "税务部门": "税务"}


def test_the_youth_league_committee_written_whole_after_its_level():
    # department_aliases.tsv (youth scope, 团章 第五章): a 2010 Sichuan provincial opinion writes `省共青团委员会`
    body = "（六）省共青团委员会要开展青年创业行动，省人力资源社会保障厅配合。\n"
    names = snippet_departments("关于促进青年创业的意见", "四川省人民政府", "2010年3月1日", body)
    assert names == {"共青团四川省委员会": "省共青团委员会", "四川省人力资源和社会保障厅": "省人力资源社会保障厅"}


def test_a_count_of_levels_opens_no_organ():
    # a 2014 Guangdong prefecture's opinion: `市、区两级公办养老机构` (publicly run homes of both levels), no office named 公办
    body = "（二）推进市、区两级公办养老机构建设，县乡两级党委政府要加强领导。\n"
    names = snippet_departments("关于加快养老服务体系建设的意见", "韶关市人民政府", "2014年3月1日", body)
    assert not any("公办" in n for n in names)
    assert names == {"县乡两级党委": "县乡两级党委政府", "县乡两级政府": "县乡两级党委政府"}
