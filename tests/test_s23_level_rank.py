"""(s23) Levels sharing one bureau where the later level is an autonomous county or banner (`州、自治县民政局`,
`市、自治县财政局`, as Qinghai and Yunnan prefectures write): the level list is read without a KeyError (the rank table
knew 县 and 旗 but not 自治县, 自治旗, 自治州 or 盟), and the record is made."""
from pipeline import process_text


def _names(text: str, region: str) -> list[str]:
    r = process_text(text, region=region, admin_level="prefecture")
    r = r if isinstance(r, dict) else r.model_dump()
    return [d["name"] for d in r["departments"]]


def test_an_autonomous_county_after_a_joiner_does_not_break_the_record():
    names = _names("一、加强组织领导\n（一）州、自治县民政局要落实责任。\n（二）市、自治县财政局负责资金保障。\n", "青海省海东市")
    assert "海东市财政局" in names


def test_a_league_and_banner_list():
    assert _names("一、工作任务\n（一）盟、自治旗农牧局负责推进。\n", "内蒙古自治区呼伦贝尔市") is not None
