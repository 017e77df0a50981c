"""s25-tg2: how targets are written, from the classes A18 (a205–a216) showed wrong, each tested in the style of a
province, level or era other than the notice that showed it."""
from tests.snippets import targets_of as _targets


def test_a_bare_later_year_opening_goals_before_deadlines_is_a_deadline():
    # Sichuan province, 2000s 意见: `2009年，全省…` issued in 2008 and followed by `到2012年，…` is read like `到2009年`
    # (guide TG13: null/2009); a paragraph of the issue year's goals stays that year
    got = _targets("四川省人民政府关于加强农民工培训工作的意见", "四川省人民政府", "2008年6月2日",
                   "一、主要目标\n　　2009年，全省培训农民工80万人次以上，培训后就业率达到85%。到2012年，基本建立农民工培训制度。\n")
    assert got == [(800000, "人次", ">=", False, None, 2009), (85, "%", "=", False, None, 2009)]


def test_a_bare_year_among_other_bare_years_is_a_schedule_year():
    # Guangxi county, 2010s: `2016年，…。2017年，…。到2018年` is a year-by-year schedule (guide TG10), each year its own
    got = _targets("某县农村公路建设实施意见", "某县人民政府", "2015年11月2日",
                   "一、目标任务\n　　2016年，全县新建农村公路100公里。2017年，全县新建农村公路120公里。到2018年，实现村村通。\n")
    assert got == [(100, "公里", "=", False, 2016, 2016), (120, "公里", "=", False, 2017, 2017)]
