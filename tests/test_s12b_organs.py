"""Organ names by their grammar (session 12b): a level word right after a date, a league's or an area's
sector offices named 处. Snippets written for these tests in the style of provinces, levels and eras
other than the opened notices (Guizhou, Hebei, Gansu prefectures; Inner Mongolia leagues and 1990s
Heilongjiang area administrations)."""
from tests.test_organs_s5 import _run


def test_a_level_word_right_after_a_date_is_a_level():
    # a Guizhou autonomous prefecture's notice: 8日州政府 (州 after the date's 日 opens the prefecture's government)
    names, _ = _run("一、工作安排\n（一）2019年3月8日州政府召开专题会议，州发展改革委负责落实。每年旗财政安排专项资金。\n",
                    "贵州省黔东南苗族侗族自治州", "prefecture")
    assert names == {"黔东南苗族侗族自治州人民政府": "州政府", "黔东南苗族侗族自治州发展和改革委员会": "州发展改革委"}


def test_a_place_word_ending_in_the_marker_stays_a_word():
    # 温州, 联盟 still end a word after a Han character that closes no date
    names, _ = _run("一、工作安排\n（一）学习温州财政部门经验，加强联盟财政处理。\n", "甘肃省甘南藏族自治州", "prefecture")
    assert not any(n.startswith("甘南") for n in names)


def test_a_leagues_sector_offices_named_chu():
    # an Inner Mongolia league's notice of the 1990s: the league's offices are 处 (盟公安处, 盟财政处)
    names, _ = _run("一、工作任务\n（一）盟行政公署统一领导，盟公安处、盟民政处负责组织实施，盟财政处配合。\n",
                    "内蒙古自治区兴安盟", "prefecture")
    assert names == {"兴安盟行政公署": "盟行政公署", "兴安盟公安处": "盟公安处", "兴安盟民政处": "盟民政处",
                     "兴安盟财政处": "盟财政处"}


def test_an_area_administrations_sector_office():
    # a 1990s Heilongjiang area's notice: 行署计划处 is the area's office, named with the area
    names, _ = _run("一、工作任务\n（一）行署计划处负责项目审核，地区公安处负责治安保障。\n", "黑龙江省大兴安岭地区", "prefecture")
    assert names == {"大兴安岭地区计划处": "行署计划处", "大兴安岭地区公安处": "地区公安处"}
