"""Organ names and collectives (session 27, s27-org, issue 12): classes shown by batches A21 and A22, tested on snippets
written for these tests in the style of other provinces, levels and eras than the notices that showed them."""
from pipeline import process_text
from tests.test_organs_s5 import _run


def _names(text: str, region: str, level: str) -> dict[str, str]:
    names, _ = _run(text, region, level)
    return names


def _signed(title: str, signer: str, date: str, body: str) -> str:
    return f"{title}\n\n{body}\n\n{signer}\n{date}\n"


def test_short_forms_with_several_full_names_are_kept_as_written():
    # guide D68: 台办 (party 台湾工作办公室 / government 台湾事务办公室), 城管局 and 城管执法局 (named differently by city
    # and year) keep the written form with the place; a place whose reform named them keeps its sourced name
    names = _names("一、任务\n（一）加强交流。市台办牵头，市城管局、区城管执法局配合。\n", "浙江省温州市", "prefecture")
    assert {"温州市台办", "温州市城管局", "区城管执法局"} <= set(names)
    names = _names("一、任务\n（一）整治街巷。区城管执法局牵头。\n", "北京市朝阳区", "county")
    assert "北京市朝阳区城市管理综合行政执法局" in names
    names = _names("一、任务\n（一）整治街巷。市城管局牵头。\n", "江苏省常州市", "prefecture")
    assert "常州市城市管理局" in names


def test_central_short_forms_of_their_time():
    # 中央编办 is 中央机构编制委员会办公室 (no 中共 prefix: the office serves both 中共中央 and 国务院); 食品药品监管局 in a
    # State Council notice of 2003-2013 is the national administration
    rec = process_text(_signed("国务院关于加强食品安全工作的决定", "国务院", "2007年3月8日",
                               "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n一、加强监管\n"
                               "（一）卫生部、食品药品监管局等部门要按照职责分工加强监督检查。中央编办要研究完善监管体制。\n"),
                       doc_id="t")
    names = {d.name for d in rec.departments}
    assert {"国家食品药品监督管理局", "中央机构编制委员会办公室"} <= names


def test_hainan_water_bureau_by_its_year():
    # 海南省's water organ: 水务局 until the 2009 reform, 水务厅 since; a 办法's 省人民政府水务行政主管部门 is the 厅
    body = "第一章 总则\n第一条 省人民政府水务行政主管部门负责全省农村供水工作。\n"
    names = _names(body, "海南省", "province")
    assert "海南省水务厅" in names


def test_levels_below_the_issuer_sharing_one_head_are_one_collective():
    # guide D74: a Guangxi regulation's `设区的市、县（市、区）人民政府`, a Qinghai one's `市、州、县人民政府` and a central
    # notice's `市、县两级财政部门` are the formula for the governments (departments) below the issuer, as written; the
    # seat of those governments is a place
    text = ("第一章 总则\n第三条 设区的市、县（市、区）人民政府应当加强领导。\n第四条 市、州、县人民政府负责组织实施。\n"
            "第五条 本办法所称城镇，是指设区的市、县（市）人民政府所在地的镇。\n")
    names = _names(text, "广西壮族自治区", "province")
    assert {"设区的市、县（市、区）人民政府", "市、州、县人民政府"} <= set(names)
    assert not {"设区的市人民政府", "县（市、区）人民政府", "设区的市、县（市）人民政府"} & set(names)
    rec = process_text(_signed("财政部关于加强村级组织运转经费保障工作的通知", "财政部", "2016年5月4日",
                               "各省、自治区、直辖市财政厅（局）：\n\n一、措施\n（一）加强保障。各省级财政部门要指导市、县两级"
                               "财政部门落实资金。\n"), doc_id="t")
    assert "市、县两级财政部门" in {d.name for d in rec.departments}


def test_divisions_in_brackets_after_their_organ():
    # guide D72: a Sichuan notice's `请及时报省农业厅（科技教育处）`: the division named under its organ (the organ itself
    # counts only where it is written on its own); a second sign in brackets stays one organ
    names = _names("一、措施\n（一）加强监测。有关情况请及时报省农业厅（科技教育处）。市财政局（金融办）负责资金。\n",
                   "四川省", "province")
    assert "四川省农业厅科技教育处" in names
    assert "四川省农业厅" not in names


def test_divisions_named_by_a_shared_head_and_in_a_contact_block():
    # guide D73: `计划、财务、科技等处室要密切配合` in a ministry's notice to the provinces: each the addressees' division,
    # without region; guide D72: the contact block before the signature is body, its division listed
    rec = process_text(_signed("农业部办公厅关于做好农业统计工作的通知", "农业部办公厅", "2012年4月6日",
                               "各省、自治区、直辖市农业（农牧、农村经济）厅（局、委）：\n\n一、加强领导\n"
                               "（一）明确分工。各省级农业行政主管部门要明确职能处室分工，计划、财务、科技等处室要密切配合。\n"
                               "联系人：农业部发展计划司统计处 张三\n"), doc_id="t")
    names = {d.name for d in rec.departments}
    assert {"计划处室", "财务处室", "科技处室", "农业部发展计划司统计处"} <= names
    assert "职能处室" not in names


def test_commissions_of_lower_levels_in_a_central_notice():
    # guide D71, D75: a 1990s State Planning Commission notice: `各级建委（建设厅）`-style alternatives give two collectives;
    # a level's determiner is shared by the list's sectors; a bare short name under a lower acting organ is kept as written
    rec = process_text(_signed("国家计委 财政部关于加强基本建设项目管理的通知", "国家计委", "1999年6月2日",
                               "各省、自治区、直辖市计委、财政厅（局）：\n\n一、加强管理\n"
                               "（一）各级经贸委（经委）、计委、财政、审计部门要按照职责分工加强监督。\n"
                               "（二）省级经贸委（经委）会同同级计委、财政等部门负责本地区项目的审核。各省级审核部门要定期检查。\n"
                               "（三）各省级经贸委（经委）要会同计委、财政等部门建立协调机制。\n"), doc_id="t")
    names = {d.name for d in rec.departments}
    assert {"各级经贸委", "各级经委", "各级计委", "各级财政部门", "各级审计部门", "省级经贸委", "省级经委", "同级计委",
            "同级财政部门", "各省级经委", "各省级审核部门", "计委"} <= names
    assert not {"经济委员会", "各省经委", "审核部门"} & names


def test_category_words_and_units_own_departments_are_no_organs():
    # a Hubei county notice: `明确分管领导和责任部门` names no organ, a school's `校内各业务部门` neither; a level's statistics
    # organ with its determiner (统计法) is a collective
    names = _names("一、措施\n（一）各乡镇要明确分管领导和责任部门。各中小学要建立校内各业务部门信息共享机制。"
                   "确需开展的统计调查，报同级统计机构审批。\n", "湖北省宜昌市远安县", "county")
    assert "同级统计机构" in names
    assert not {"责任部门", "各业务部门"} & set(names)


def test_statute_authorities_sharing_a_government_and_a_head():
    # a Yunnan regulation: `所在地县级以上人民政府林业、水利行政主管部门` gives each sector's authority with the
    # government as written; `县级以上地方人民政府公安机关交通管理部门` (道路交通安全法) is one collective; a CAAC office
    names = _names("第一章 总则\n第八条 发现险情的，应当向所在地县级以上人民政府林业、水利行政主管部门报告。"
                   "县级以上地方人民政府公安机关交通管理部门负责道路交通安全。民航云南安全监管局负责机场安全。\n",
                   "云南省", "province")
    assert {"所在地县级以上人民政府林业行政主管部门", "所在地县级以上人民政府水利行政主管部门",
            "县级以上地方人民政府公安机关交通管理部门", "中国民用航空云南安全监督管理局"} <= set(names)
    assert not {"所在地县级以上人民政府", "公安机关交通管理部门"} & set(names)


def test_a_townships_own_offices_and_verbs_before_its_government():
    # a Hunan town's work points: bare 扶贫办, 宣传办, 环保所 are the town's (D39: a 所 exercising a county bureau's authority
    # is an organ, a 站 a service unit); `加强镇政府…`, `严格执行镇政府…` hold no town named 加强 or 严格执行;
    # `县委、县政府和镇党委` are three organs; `各办（站、所、中心）` keeps its organ part (D42)
    text = ("一、工作任务\n（一）认真落实县委、县政府和镇党委各项决策部署。（扶贫办、宣传办负责）\n"
            "（二）加强镇政府系统作风建设，严格执行镇政府集体决策制度。（环保所、安监站负责）\n"
            "（三）镇政府将任务分解到各办（站、所、中心）和各村。\n")
    names = _names(text, "湖南省邵阳市隆回县桃洪镇", "township")
    assert {"中共隆回县委员会", "隆回县人民政府", "中共隆回县桃洪镇委员会", "隆回县桃洪镇扶贫办", "隆回县桃洪镇宣传办",
            "隆回县桃洪镇环保所", "各办"} <= set(names)
    assert not [n for n in names if "加强" in n or "严格执行" in n or "安监站" in n or "和镇党委" in n]


def test_collectives_of_a_prefecture_and_a_province():
    # a Qinghai prefecture's opinion: the 州 education inspectorate; `各县人民政府（管委会）` is one addressee collective as
    # written (guide D98, S33 CK Q5: the s27 two-collective reading of D71/D59 was revised);
    # `州、县两级` leaves the county level alone; a Guangdong provincial notice's `各地级以上市` (D34) and `市级部门` (D35);
    # `乡镇党委书记、乡镇长为第一责任人` names every township's committee (D105 scope), not its head's government
    names = _names("一、措施\n（一）州教育督导室每年开展一次专项督导。各县人民政府（管委会）负责落实。\n",
                   "青海省海南藏族自治州", "prefecture")
    assert {"海南藏族自治州教育督导室", "各县人民政府（管委会）"} <= set(names)
    assert "各县管理委员会" not in names and "各县人民政府" not in names
    names = _names("一、措施\n（一）各地级以上市要在年底前建立服务中心，纳入各县（市、区）和省级部门年度考核。"
                   "乡镇党委书记、乡镇长为第一责任人。\n", "广东省", "province")
    assert {"各地级以上市", "省级部门"} <= set(names)
    # ((s33-org) guide D105 scope, S31b: a party secretary's title writes its committee, `乡镇党委` is mentioned)
    assert "乡镇党委" in names


def test_receiving_authorities_and_securities_regulators():
    # a Fujian regulation: `接到投诉、举报的部门应当…` (D21: a qualifying clause kept as written); a Jiangxi provincial
    # notice of the 2000s: `省证券监管部门` a sector collective with the province written out
    names = _names("第二十条 任何单位和个人有权投诉、举报。接到投诉、举报的部门应当在5个工作日内处理。\n", "福建省", "province")
    assert "接到投诉、举报的部门" in names
    names = _names("一、措施\n（一）省证券监管部门要支持中小企业进行股份制改造。\n", "江西省", "province")
    assert "江西省证券监管部门" in names


def test_column_back_references_township_service_offices_and_civilisation_offices():
    # guide D81: `各牵头部门`, `责任部门`, `区直各牵头部门` refer back to the document's columns; D79: a township's 劳动保障所
    # (事务所) and 站 are service units; D80: 文明办 kept as written with its place
    names = _names("一、任务\n（一）各牵头部门要加强统筹，责任部门要按时完成，区直各牵头部门要配合。区文明办负责宣传。\n",
                   "四川省成都市武侯区", "county")
    assert "成都市武侯区文明办" in names
    assert not [n for n in names if "牵头部门" in n or "责任部门" in n]
    names = _names("一、任务\n（一）镇劳动保障所、镇农技站、镇财政所负责。\n", "河北省保定市涞水县永阳镇", "township")
    assert "涞水县永阳镇财政所" in names
    assert not [n for n in names if "劳动保障所" in n or "农技站" in n]


def test_machinery_collectives_qualified_by_a_level_or_a_place():
    # guide D78: a Zhejiang county's plan: `全县党政机关`, `县直机关` (written out, D33), `乡镇机关`, `县级机关` are
    # collectives; bare `党政机关、事业单位` is a category; `机关事务管理局` is an organ of its own
    names = _names("一、任务\n（一）全县党政机关、事业单位率先实行垃圾分类，年底前县级机关全面停用一次性用品。"
                   "选派县直机关干部驻村，乡镇机关干部实行值班。党政机关、事业单位应当带头。县机关事务管理局负责。\n",
                   "浙江省湖州市安吉县", "county")
    assert {"全县党政机关", "县级机关", "安吉县直机关", "乡镇机关", "安吉县机关事务管理局"} <= set(names)
    assert "党政机关" not in names
    names = _names("一、任务\n（一）镇机关干部实行全天候值班。\n", "四川省绵阳市三台县芦溪镇", "township")
    assert "三台县芦溪镇机关" in names
