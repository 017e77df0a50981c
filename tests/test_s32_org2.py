"""Organ names of session 32, wave org2 (s32-org2): classes A29-A31's open golds showed, tested on snippets written for
these tests in the style of other places, levels and eras than the notices that showed them (not copied from any
corpus)."""
from pipeline import process_text
from tests.organ_snippets import snippet_departments


def test_sector_words_written_whole_of_the_pre_2018_organs_are_read_in_a_list():
    # guide D3: a 2007 Hunan provincial plan lists the local tax and the film-and-television sectors written whole
    body = "（五）发展改革、地方税务、广播电影电视等部门要按照职责分工做好相关工作。\n"
    names = snippet_departments("关于加快文化产业发展的意见", "湖南省人民政府", "2007年3月1日", body)
    assert names == {"发展改革部门": "发展改革", "地方税务部门": "地方税务", "广播电影电视部门": "广播电影电视"}


def test_a_long_central_addressee_listing_each_provincial_department_is_no_body():
    # spec 1.1 section 1 (guide G1): a 2010 joint ministerial notice's addressee names each kind of provincial department
    # after 各省、自治区、直辖市 and the 兵团's after it; past 200 characters it is still the addressee, no body
    kinds = "、".join(["农业厅（局）", "发展改革委", "财政厅（局）", "国土资源厅（局）", "环境保护厅（局）", "住房城乡建设厅（委）",
                      "交通运输厅（局）", "水利厅（局）", "林业厅（局）", "商务厅（局）", "卫生厅（局）", "统计局", "物价局"])
    text = ("关于加强农村沼气建设管理的通知\n农计发〔2010〕9号\n\n"
            f"各省、自治区、直辖市{kinds}，新疆生产建设兵团{kinds}：\n"
            "　　为加强农村沼气建设管理，现就有关事项通知如下。\n　　一、各地农业部门要加强组织领导。\n\n"
            "农业部\n2010年4月1日\n")
    rec = process_text(text, doc_id="t")
    assert {d.name for d in rec.departments} == {"各地农业部门"}


def test_governments_of_listed_kinds_after_youguan_are_one_collective():
    # guide D74 (a list of the kinds of government of one level below the issuer) with 有关/相关 choosing among them:
    # a 2015 Hunan provincial plan's responsibility bracket (市、州: Hunan's prefectures)
    body = "（三）加快园区建设。（责任单位：省发展改革委，有关市、州人民政府）\n"
    names = snippet_departments("关于加快园区发展的实施意见", "湖南省人民政府", "2015年3月1日", body)
    assert names == {"湖南省发展和改革委员会": "省发展改革委", "有关市、州人民政府": "有关市、州人民政府"}
    # ((s36-names) two levels (市 and 县) after 相关 are D74's level list below the issuer too, one collective with its
    # determiner, as a485's gold reads `有关市、县〔区〕人民政府`); 所在地 before a level list is still shared level by
    # level (D25's `所在市、县（区）…`)
    body = "（三）相关市、县人民政府要加强协调。所在地市、县人民政府负责组织实施。\n"
    names = snippet_departments("关于加快园区发展的实施意见", "湖南省人民政府", "2015年3月1日", body)
    assert names == {"相关市、县人民政府": "相关市、县人民政府",
                     "所在地市人民政府": "所在地市、县人民政府", "所在地县人民政府": "所在地市、县人民政府"}


def test_the_body_of_a_scenic_area_named_by_its_site_takes_no_county():
    # guide D13 (a zone that names itself takes no prefix): a 2018 Sichuan county plan names the scenic area's
    # administration and a tourism area's board by their sites; the county's development zone is still the county's
    body = "（二）加强景区环境整治。（责任单位：县文化旅游局、黄龙风景名胜区管理局、川主寺旅游度假区管委会、经济开发区管委会）\n"
    names = snippet_departments("关于加强旅游环境整治的实施方案", "松潘县人民政府", "2018年3月1日", body)
    assert names == {"松潘县文化和旅游局": "县文化旅游局", "黄龙风景名胜区管理局": "黄龙风景名胜区管理局",
                     "川主寺旅游度假区管理委员会": "川主寺旅游度假区管委会",
                     "松潘县经济开发区管理委员会": "经济开发区管委会"}


def test_a_state_approved_demonstration_zone_written_short_gets_its_board_in_full():
    # spec 1.1 section 5 (short forms written out; organ_state_new_areas.tsv): a 2012 Xianyang city plan writes the
    # State Council's 杨凌 zone short
    body = "（四）推进现代农业园区建设。（责任单位：市农业局、杨凌示范区管委会）\n"
    names = snippet_departments("关于加快现代农业发展的实施意见", "咸阳市人民政府", "2012年3月1日", body)
    assert names == {"咸阳市农业局": "市农业局", "杨凌农业高新技术产业示范区管理委员会": "杨凌示范区管委会"}


def test_a_police_brigade_after_its_bureau_ends_at_its_unit_word_before_any_verb():
    # spec 1.1 section 5 (a unit of a bureau is an organ under its full name): a 2016 Guangxi county plan writes a verb
    # right after the brigade; a title after it (大队长) is still a person's
    body = "（三）县交通运输局会同县公安局交警大队开展联合执法，县公安局交警大队长任副组长。\n"
    names = snippet_departments("关于开展道路运输整治的实施方案", "平南县人民政府", "2016年3月1日", body)
    assert names == {"平南县交通运输局": "县交通运输局", "平南县公安局交通警察大队": "县公安局交警大队",
                     "平南县公安局": "县公安局"}


def test_a_news_copys_lead_above_the_printed_document_names_the_notices_organs():
    # the o25 and a364 golds' reading: a 2019 provincial paper's copy of a joint plan, the lead above the plan's title
    # reports its issuers and the notice's demand
    text = ("中共湖北省委办公厅　湖北省人民政府办公厅印发《关于加强乡村治理的实施意见》\n\n"
            "　　湖北日报讯　近日，中共湖北省委办公厅、湖北省人民政府办公厅印发了《关于加强乡村治理的实施意见》，并发出通知，"
            "要求各地各部门结合实际认真贯彻落实。\n"
            "　　《关于加强乡村治理的实施意见》全文如下。\n\n关于加强乡村治理的实施意见\n\n"
            "　　为加强乡村治理，提出如下意见。\n　　一、县级党委要加强组织领导。\n")
    rec = process_text(text, doc_id="t")
    assert {d.name for d in rec.departments} == {"中共湖北省委办公厅", "湖北省人民政府办公厅", "各地各部门", "县级党委"}


def test_each_organ_before_the_units_keeps_its_organ_part():
    # guide D58 (`…各机关企事业单位` keeps `…各机关`) and D78 (a bare 党政机关 in a list of kinds of unit is a category):
    # a 2015 Shandong county notice
    body = "（二）各机关、企事业单位要带头节约用水。党政机关、事业单位、国有企业要率先使用节水器具。\n"
    names = snippet_departments("关于开展节水型社会建设的通知", "莒县人民政府", "2015年3月1日", body)
    assert names == {"各机关": "各机关"}
    body = "（二）各机关事业单位要带头节约用水。\n"
    assert snippet_departments("关于开展节水型社会建设的通知", "莒县人民政府", "2015年3月1日", body) == {"各机关": "各机关"}


def test_two_levels_finance_that_must_raise_its_input_is_an_organ_at_each_level():
    # guide S32 (D46/S31b confirmed) and D74: `市、县两级财政要加大…投入` is finance that acts, the city's bureau and the
    # counties' finance as written; a 2016 Guizhou city plan
    body = "（五）加大资金投入。市、县两级财政要加大对农村公路养护的投入。\n"
    names = snippet_departments("关于加强农村公路养护的实施意见", "遵义市人民政府", "2016年3月1日", body)
    assert names == {"遵义市财政局": "市、县两级财政", "县财政": "市、县两级财政"}
