"""s23-meta2: metadata of notices as they reach users (issue 11): a two-character county named where a title's 事由 names
its place (after 关于 and its verb, after its year or its province, before its 城区); a 文号 whose year is written in
Chinese numerals; the 新疆生产建设兵团's divisions and the cities they are one with. Snippets written for these tests (other
provinces, levels and eras than the notices that prompted them)."""
import pytest

from pipeline import process_text
from pipeline.patterns import own_doc_number
from pipeline.regions import resolve_region, xpcc_division


def md(text):
    return process_text(text).metadata


def _span_holds(rec, key):
    ev = rec.metadata.evidence.get(key)
    assert ev is not None and ev.span
    assert rec.text[ev.span[0]:ev.span[1]] == ev.quote


# Class 1: a two-character county (歙县, 沛县, 眉县) in a title whose 事由 names it after 关于 and its verb; the signature
# writes the county's office bare (县人民政府办公室), so the title is all that places the notice.
BARE_SIGNED = ("关于进一步加强歙县古城区消防安全管理的通知\n\n各乡镇人民政府，县直各单位：\n为加强消防安全管理，现就有关事项通知如下：\n"
               "一、县应急管理局负责全县消防安全的综合监管。\n二、县消防救援大队负责日常检查。\n\n县人民政府办公室\n2016年11月3日\n")


def test_title_county_after_verb_places_bare_signature():
    m = md(BARE_SIGNED)
    assert m.region == "安徽省黄山市歙县"
    assert m.admin_level == "county"
    assert m.issuers == ["歙县人民政府办公室"]
    assert m.issue_date == "2016-11-03"


@pytest.mark.parametrize("title,region", [
    ("沛县城区户外广告设置管理办法", "江苏省徐州市沛县"),            # the county's own 城区
    ("关于做好眉县城乡居民医疗保险工作的通知", "陕西省宝鸡市眉县"),  # its 城乡
    ("2021年泾县秸秆禁烧工作方案", "安徽省宣城市泾县"),              # after the plan's year
    ("陕西省陇县农村公路养护管理办法", "陕西省宝鸡市陇县"),          # after its province
    ("徐州市丰县小型水库管理办法", "江苏省徐州市丰县"),              # after its prefecture
])
def test_title_names_two_character_county(title, region):
    assert resolve_region([], title, "") == (region, "county")


@pytest.mark.parametrize("title", [
    "关于召开县人大常委会第五次会议的通知",   # 召开 + 县人大: not 开县
    "关于提高县财政保障水平的意见",           # 提高 + 县财政: not 高县
    "关于加快新县城建设的意见",               # a new 县城, not 新县
    "关于做好全县春耕生产工作的通知",
    "城市和县城区绿化管理办法",               # 市和县城区: not 和县
])
def test_title_words_ending_in_a_county_character_name_no_county(title):
    assert resolve_region([], title, "") == (None, None)


# Class 2: a 文号 with its year in Chinese numerals, as the date line of the same notice writes it.
CN_YEAR = ("湖北省人民政府办公厅文件\n\n鄂政办发〔一九九八〕47号\n\n省人民政府办公厅关于加强农村电网改造工作的通知\n\n"
           "各市、州、县人民政府，省政府各部门：\n为加快农村电网改造，现就有关问题通知如下：\n一、省电力局负责农村电网改造的组织实施。\n\n"
           "一九九八年九月十日\n")


def test_doc_number_with_chinese_numeral_year():
    rec = process_text(CN_YEAR)
    m = rec.metadata
    assert m.doc_number == "鄂政办发〔一九九八〕47号"
    _span_holds(rec, "doc_number")
    assert m.issue_date == "1998-09-10"
    assert m.region == "湖北省"


@pytest.mark.parametrize("s,num", [
    ("闽政〔二〇一〇〕5号", "闽政〔二〇一〇〕5号"),
    ("桂政办发[二○○七]112号", "桂政办发[二○○七]112号"),
    ("〔二〇一〇〕", None),            # a year alone is no number
    ("第二〇一〇号", None),
])
def test_own_doc_number_chinese_year(s, num):
    m = own_doc_number(s)
    assert (m.group("num") if m else None) == num


# Class 3: the 兵团's divisions: the chain 兵团 + division + the city it is one with (师市合一) once that city exists, at the
# division's prefecture rank; a division without a city, or before its city, is the 兵团 + division.
@pytest.mark.parametrize("issuer,year,out", [
    ("新疆生产建设兵团第四师", 2020, ("新疆生产建设兵团第四师可克达拉市", "prefecture")),
    ("兵团第十三师", 2022, ("新疆生产建设兵团第十三师新星市", "prefecture")),
    ("兵团第十三师", 2018, ("新疆生产建设兵团第十三师", "prefecture")),          # 新星市 was set up in 2021
    ("中共第二师铁门关市委员会", 2019, ("新疆生产建设兵团第二师铁门关市", "prefecture")),
    ("新疆生产建设兵团第十一师", 2020, ("新疆生产建设兵团第十一师", "prefecture")),  # no city
])
def test_xpcc_division(issuer, year, out):
    assert xpcc_division(issuer, year) == out
    assert resolve_region([issuer], year=year) == out


def test_division_alone_is_not_read():
    # `第四师` without the 兵团 or its city may be any army's division
    assert xpcc_division("第四师") is None
    assert xpcc_division("第四师伊宁市") is None


def test_division_title_places_notice():
    text = ("新疆生产建设兵团第七师关于做好冬春季节棉花秸秆综合利用工作的通知\n\n师属各团场、各单位：\n为做好秸秆综合利用，现通知如下：\n"
            "一、师农业农村局负责组织实施。\n\n2020年12月2日\n")
    m = md(text)
    assert m.region == "新疆生产建设兵团第七师胡杨河市"
    assert m.admin_level == "prefecture"


# Class 2b: the 文号 of a county rule's meeting 题注 with its year in Chinese numerals (the day too).
def test_meeting_note_number_with_chinese_year():
    text = ("泗县城乡供水管理办法\n\n（二〇〇七年六月十二日泗县人民政府第十次常务会议通过　泗政〔二〇〇七〕33号）\n\n"
            "第一条　为加强城乡供水管理，制定本办法。\n第二条　县水利局负责全县供水的监督管理。\n第三条　本办法自2007年7月1日起施行。\n")
    rec = process_text(text)
    m = rec.metadata
    assert m.doc_number == "泗政〔二〇〇七〕33号"
    assert m.issuers == ["泗县人民政府"]
    assert m.issue_date == "2007-06-12"
    assert m.region == "安徽省宿州市泗县"


# Class 1b: a county's own rules whose title does not name it; the body names it as a place (its government, its
# 行政区域), and no place of the gazetteer.
def test_body_names_two_character_county():
    text = ("农村集体资产管理办法\n\n第一条　为加强农村集体资产管理，根据有关规定，结合本县实际，制定本办法。\n"
            "第二条　本办法适用于莘县行政区域内的农村集体经济组织。\n第三条　县农业农村局负责本办法的组织实施。\n")
    m = md(text)
    assert (m.region, m.admin_level) == ("山东省聊城市莘县", "county")


def test_body_word_before_county_character_is_no_county():
    # 经费 + 县人民政府…: not 费县
    text = ("农村公路养护办法\n\n第一条　为加强农村公路养护，制定本办法。\n第二条　养护所需经费县人民政府统筹安排。\n"
            "第三条　县交通运输局负责组织实施。\n")
    assert md(text).region is None


# Class 3b: the 兵团 and its divisions sign with their own names (no organ word at their end).
def test_division_signature_is_issuer():
    text = ("新疆生产建设兵团第十二师关于做好冬季供暖工作的通知\n\n师属各单位：\n为做好冬季供暖，现通知如下：\n"
            "一、师住房和城乡建设局负责供暖监管。\n\n新疆生产建设兵团第十二师\n2019年10月15日\n")
    m = md(text)
    assert m.issuers == ["新疆生产建设兵团第十二师"]
    assert m.issue_date == "2019-10-15"
    assert (m.region, m.admin_level) == ("新疆生产建设兵团第十二师", "prefecture")


# Class 4: a web page's reading settings above the title (视力保护色, 关怀版, 无障碍 | 长者模式) are furniture.
@pytest.mark.parametrize("furniture", ["视力保护色：", "【视力保护色：　】", "护眼模式 关怀版", "无障碍 | 长者模式"])
def test_reading_settings_above_title(furniture):
    text = (furniture + "\n柳州市人民政府办公室关于加强城市道路占用挖掘管理的通知\n柳政办〔2015〕88号\n各县、区人民政府，市直各委、办、局：\n"
            "为加强城市道路管理，现通知如下：\n一、市住房城乡建设委负责城市道路占用挖掘审批。\n二、市公安局交警支队负责交通组织。\n"
            "柳州市人民政府办公室\n2015年6月3日\n")
    rec = process_text(text)
    m = rec.metadata
    assert m.title == "柳州市人民政府办公室关于加强城市道路占用挖掘管理的通知"
    assert m.doc_number == "柳政办〔2015〕88号"
    _span_holds(rec, "title")


def test_title_about_accessibility_is_no_furniture():
    from pipeline.patterns import is_web_furniture
    assert not is_web_furniture("无障碍环境建设实施方案")
    assert not is_web_furniture("关于推进长者模式改造的通知")


def test_title_county_after_preposition():
    assert resolve_region([], "关于对萧县2018年度安全生产目标考核结果的通报", "") == ("安徽省宿州市萧县", "county")


# Class 3c: a division-city's office signs without the 兵团 (`第六师五家渠市办公室`) under a head that prints it whole: the
# issuer is the full name; its bureaus keep the division-city's name (`师市财政局` → `第六师五家渠市财政局`).
def test_division_city_signature_full_name():
    text = ("新疆生产建设兵团第六师五家渠市办公室\n师市办发〔2019〕17号\n关于印发《第六师五家渠市冬季清洁取暖实施方案》的通知\n"
            "各团场，师市各部门、各单位：\n现将《第六师五家渠市冬季清洁取暖实施方案》印发给你们，请认真贯彻执行。\n"
            "第六师五家渠市办公室\n2019年9月20日\n第六师五家渠市冬季清洁取暖实施方案\n一、工作任务\n"
            "（一）师市发展改革委负责清洁取暖规划。\n（二）师市财政局负责资金保障。\n")
    rec = process_text(text)
    m = rec.metadata
    assert m.issuers == ["新疆生产建设兵团第六师五家渠市办公室"]
    assert (m.region, m.admin_level) == ("新疆生产建设兵团第六师五家渠市", "prefecture")
    assert m.doc_number == "师市办发〔2019〕17号"
    assert "第六师五家渠市财政局" in {d.name for d in rec.departments}


def test_division_chain_splits_at_the_corps():
    from pipeline.regions import jurisdiction_of, split_region, xpcc_full_name
    assert split_region("新疆生产建设兵团第八师石河子市") == ("新疆生产建设兵团", "第八师石河子市", None)
    assert jurisdiction_of("新疆生产建设兵团第三师图木舒克市", "prefecture").prefix_for("市") == "第三师图木舒克市"
    assert xpcc_full_name("中共第二师铁门关市委员会") == "中共新疆生产建设兵团第二师铁门关市委员会"
    assert xpcc_full_name("第四师伊宁市财政局") == "第四师伊宁市财政局"   # not the division's city


# Class 2c: a 文号 with a Chinese-numeral year on the title's line, as database copies glue them.
@pytest.mark.parametrize("head", [
    "桂政发〔一九九九〕31号 广西壮族自治区人民政府关于加强森林防火工作的通知",
    "广西壮族自治区人民政府关于加强森林防火工作的通知（桂政发〔一九九九〕31号）",
    "广西壮族自治区人民政府关于加强森林防火工作的通知 桂政发〔一九九九〕31号",
])
def test_title_line_with_chinese_year_number(head):
    text = (head + "\n各市、县人民政府，自治区人民政府各组成部门：\n为加强森林防火工作，现通知如下：\n"
            "一、自治区林业厅负责全区森林防火的组织协调。\n二、各级公安机关负责火案查处。\n广西壮族自治区人民政府\n一九九九年十一月二日\n")
    rec = process_text(text)
    m = rec.metadata
    assert m.title == "广西壮族自治区人民政府关于加强森林防火工作的通知"
    assert m.doc_number == "桂政发〔一九九九〕31号"
    assert m.issue_date == "1999-11-02"
    _span_holds(rec, "doc_number")


# Class 5: a two-character county's party office signed bare (县委办公室) is named as any county's (中共<county>委办公室,
# spec 1.1 section 5); written whole with its 县 doubled, as such counties write it, it is named by the same pattern
# (guide D65, session 25: 中共萧县委办公室).
@pytest.mark.parametrize("signature,first", [
    ("县委办公室　县政府办公室", "中共萧县委办公室"),
    ("中共萧县县委办公室　萧县人民政府办公室", "中共萧县委办公室"),
])
def test_two_character_county_party_office(signature, first):
    text = ("关于做好萧县2017年秋冬季造林绿化工作的通知\n\n各乡镇人民政府，县直各单位：\n为做好秋冬季造林绿化，现通知如下：\n"
            "一、县林业局负责技术指导。\n二、县财政局负责资金保障。\n\n" + signature + "\n2017年10月9日\n")
    assert md(text).issuers == [first, "萧县人民政府办公室"]


def test_body_county_under_its_city():
    # the body names the city whose plan the county follows, and the county as the place it applies to
    text = ("秸秆综合利用实施方案\n\n为贯彻落实《宿州市秸秆综合利用三年行动计划》，结合泗县实际，制定本方案。\n"
            "一、县农业农村局负责秸秆还田技术指导。\n二、县财政局负责资金保障。\n")
    m = md(text)
    assert (m.region, m.admin_level) == ("安徽省宿州市泗县", "county")


# Class 3d: a regiment (团场) of a division is a township-rank unit under its division-city; `兵团` written short is the
# 新疆生产建设兵团 in an issuer's full name; a Youth League committee (团委) is no regiment.
@pytest.mark.parametrize("organ,year,out", [
    ("第三师四十四团", 2019, ("新疆生产建设兵团第三师图木舒克市四十四团", "township")),
    ("新疆生产建设兵团第十二师104团", 2019, ("新疆生产建设兵团第十二师104团", "township")),
    ("第五师双河市团委", 2019, ("新疆生产建设兵团第五师双河市", "prefecture")),
])
def test_xpcc_regiment(organ, year, out):
    assert xpcc_division(organ, year) == out


def test_xpcc_short_corps_full_name():
    from pipeline.regions import jurisdiction_of, xpcc_full_name
    assert xpcc_full_name("兵团第十四师") == "新疆生产建设兵团第十四师"
    assert jurisdiction_of("新疆生产建设兵团第三师图木舒克市四十四团", "township").prefix_for("市") == "第三师图木舒克市"


def test_division_without_city_signed_short_under_full_head():
    text = ("新疆生产建设兵团第十一师办公室\n师办发〔2018〕9号\n关于印发《第十一师建筑施工安全专项整治方案》的通知\n各建筑企业，师属各单位：\n"
            "现将《第十一师建筑施工安全专项整治方案》印发给你们，请认真贯彻执行。\n第十一师办公室\n2018年4月12日\n"
            "第十一师建筑施工安全专项整治方案\n一、师住房和城乡建设局负责组织实施。\n")
    m = md(text)
    assert m.issuers == ["新疆生产建设兵团第十一师办公室"]
    assert (m.region, m.admin_level) == ("新疆生产建设兵团第十一师", "prefecture")
