"""Organ names of session 31, wave org3 (s31-org3): shared heads over bare-sector lists with no 等, and the classes A30's
open golds (a349-a360) showed, tested on snippets written for these tests in the style of other places, levels and
eras than the notices that showed them (not copied from any corpus)."""
from tests.organ_snippets import snippet_departments


def test_a_bare_sector_list_without_deng_holding_short_words_is_distributed():
    # spec 1.1 section 5 (a shared head distributed; guide D3): a 2011 Zhejiang county notice writes its bureaus' short
    # forms (规土, 建管 are no words of the sector table) in a list sharing one 部门 with no 等
    body = "（三）加强协调。发改、财政、规土、建管、文物部门要加强协调配合。\n"
    names = snippet_departments("关于加强历史街区保护工作的通知", "嘉善县人民政府", "2011年5月1日", body)
    assert names == {"发改部门": "发改", "财政部门": "财政", "规土部门": "规土", "建管部门": "建管", "文物部门": "文物部门"}
    # words that are tasks, not sectors, outnumbering the known sectors: no list
    body = "（三）做好规划、设计、施工、财政部门要加强监督。\n"
    names = snippet_departments("关于加强历史街区保护工作的通知", "嘉善县人民政府", "2011年5月1日", body)
    assert names == {"财政部门": "财政部门"}


def test_the_governments_office_after_the_party_committees_office_is_the_peoples_government_office():
    # 省委办公厅、政府办公厅 (a 2018 Hebei provincial notice citing a joint document): the government's office shares the
    # province and is named in full, 人民政府 (spec 1.1 section 5)
    body = "（三）根据省委办公厅、政府办公厅《关于加强基层治理的意见》，各地要加强组织领导。\n"
    names = snippet_departments("关于加强基层治理的通知", "河北省人民政府", "2018年3月1日", body)
    assert names == {"中共河北省委办公厅": "省委办公厅", "河北省人民政府办公厅": "政府办公厅"}


def test_a_township_safety_station_or_office_names_the_office():
    # a 2008 Sichuan provincial rule: 乡镇安监站（办） gives the alternative organ, the office (the station is a service
    # unit, guide D39/D79); the bare office is a collective as written
    body = "第九条　乡镇安监站（办）可以直接报告县安全生产监督管理部门。乡镇安监办要加强巡查。\n"
    names = snippet_departments("四川省安全生产事故报告办法", "四川省人民政府", "2008年3月1日", body)
    assert names == {"乡镇安监办": "乡镇安监站（办）", "县安全生产监督管理部门": "县安全生产监督管理部门"}


def test_governments_with_the_administrations_in_a_bracket_are_one_collective():
    # guide D98: a 1998 Jilin provincial notice's 各市（地）人民政府（行署） stays one collective as written
    body = "（三）各市（地）人民政府（行署）要加强组织领导。\n"
    names = snippet_departments("关于加强农村工作的通知", "吉林省人民政府", "1998年3月1日", body)
    assert names == {"各市（地）人民政府（行署）": "各市（地）人民政府（行署）"}
    body = "（三）约谈有关市（地）人民政府（行署）负责人。\n"
    names = snippet_departments("关于加强农村工作的通知", "吉林省人民政府", "1998年3月1日", body)
    assert names == {"有关市（地）人民政府（行署）": "有关市（地）人民政府（行署）"}


def test_a_level_body_whose_name_holds_a_stop_character_is_named_with_the_region():
    # a 2019 Hefei municipal rule: 既有 holds 有, where the organ patterns stop; the city's own body all the same
    body = "第四条　市住房保障和房产局负责统筹协调工作，市既有住宅增设电梯工作领导小组办公室设在市住房保障和房产局。\n"
    names = snippet_departments("合肥市既有住宅增设电梯实施办法", "合肥市人民政府", "2019年3月1日", body)
    assert names == {"合肥市住房保障和房产局": "市住房保障和房产局",
                     "合肥市既有住宅增设电梯工作领导小组办公室": "市既有住宅增设电梯工作领导小组办公室"}


def test_a_declared_short_name_under_a_determiner_or_level_is_written_out_in_its_organ_words():
    # guide D107 with a level (a 2012 Jiangxi provincial rule): the determiner or level stays as written
    body = ("第四条　县级以上人民政府安全生产监督管理部门（以下简称安监部门）负责本行政区域内的监督管理。\n"
            "第八条　发现隐患的，应当向所在地安监部门报告。\n第九条　施工单位应当书面告知设区的市安监部门。\n")
    names = snippet_departments("江西省烟花爆竹安全管理办法", "江西省人民政府", "2012年3月1日", body)
    assert names == {"县级以上人民政府安全生产监督管理部门": "县级以上人民政府安全生产监督管理部门",
                     "所在地安全生产监督管理部门": "所在地安监部门", "设区的市安全生产监督管理部门": "设区的市安监部门"}


def test_the_police_fire_authority_is_kept_as_written():
    # 消防法 (1998, 2008) 第四条 公安机关消防机构: a 2005 Henan provincial rule writes 公安消防机构, a function-named
    # collective (guide D26/D37); a level's own (县公安消防机构) is not that bare collective
    body = "第十九条　发生火灾时，公安消防机构接到报警后，应当及时赶赴现场。\n"
    names = snippet_departments("河南省消防安全管理办法", "河南省人民政府", "2005年3月1日", body)
    assert names == {"公安消防机构": "公安消防机构"}
