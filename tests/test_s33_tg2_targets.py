"""Session 33 (s33-tg2) target readings, each in another province, level or era than the notice that showed the miss."""
from __future__ import annotations

from test_extract_targets import summary, targets_of


def test_effects_stated_as_equivalents_are_out():
    # a city's solar plan (2013): what the output is equivalent to in effects restates it (guide S33 TG44)
    body = ("到2015年，全市光伏发电年发电量达到5亿千瓦时。2015年光伏发电量相当于节约标准煤约16万吨，减少二氧化碳排放约40万吨，"
            "减少二氧化硫排放约1200吨。")
    ts = targets_of(body, title="关于印发某市光伏发电推广实施方案的通知")
    assert summary(ts) == [(500000000.0, "千瓦时", "=", False, None, 2015)]


def test_a_level_for_each_of_eight_places():
    # Gansu (2018): eight cities listed before one rate, one target each (guide TG19), past six
    body = "到2020年，兰州市、嘉峪关市、金昌市、白银市、天水市、武威市、张掖市和平凉市城市污水处理率达到95%以上。"
    ts = targets_of(body, title="甘肃省城市污水处理提质增效实施方案", date="2018年5月10日")
    assert summary(ts) == [(95.0, "%", ">=", False, None, 2020)] * 8


def test_pension_top_up_per_extra_year():
    # a county's residents' pension rules (2014): 加发 pays an amount on top of the benefit
    body = "第十六条　缴费年限超过15年的，每多缴费1年，基础养老金每月加发2元，所需资金由县财政负担。"
    ts = targets_of(body, title="某县城乡居民基本养老保险实施办法", date="2014年7月1日")
    assert summary(ts) == [(2.0, "元", "=", False, None, None)]


def test_later_grades_keep_the_first_grades_per_year():
    body = ("第十条　政府对参保人缴费给予补贴，补贴标准为：选择200元档次缴费的，每人每年补贴35元；选择500元档次的，补贴60元；"
            "选择1000元及以上档次的，补贴80元。")
    ts = targets_of(body, title="某县城乡居民基本养老保险实施办法", date="2014年7月1日")
    assert summary(ts) == [(35.0, "元", "=", True, None, None), (60.0, "元", "=", True, None, None),
                           (80.0, "元", "=", True, None, None)]


def test_ladder_from_the_issue_year_is_deadlines():
    # a Henan county's 2016 plan: stages of one rate from the issue year are deadlines (guide S33, S32b TG13 over TG10);
    # the work amount beside the first stage is done in its year
    body = ("一、工作目标\n2016年全县农村生活垃圾无害化处理率达到70%以上，新建垃圾中转站5座；"
            "2017年全县农村生活垃圾无害化处理率达到85%以上。")
    ts = targets_of(body, title="某县2016年农村生活垃圾治理工作方案", date="2016年3月2日")
    assert summary(ts) == [(70.0, "%", ">=", False, None, 2016), (5.0, "座", "=", False, 2016, 2016),
                           (85.0, "%", ">=", False, None, 2017)]


def test_lead_in_deadline_inside_a_semicolon_clause():
    # a district's 2020 plan: the deadline after lead-in clauses dates its own `；` clause only (guide TG48)
    body = ("一、工作目标\n以“净化、绿化、美化”为目标，坚持党建引领、群众主体、政府推动、社会参与、城乡统筹，到2020年底，"
            "全区农村卫生厕所普及率达到90%以上，生活垃圾收运处置体系覆盖率达到100%；农村生活污水治理率达到40%以上；"
            "新建美丽乡村示范村10个。\n二、工作措施\n加强督导。")
    ts = targets_of(body, title="某区2020年农村人居环境整治工作实施方案", date="2020年2月20日")
    assert summary(ts) == [(90.0, "%", ">=", False, None, 2020), (100.0, "%", "=", False, None, 2020),
                           (40.0, "%", ">=", False, 2020, 2020), (10.0, "个", "=", False, 2020, 2020)]


def test_ladder_over_each_year_of_the_stated_period_is_a_schedule():
    # a Zhejiang county's three-year plan (2021—2023): a value for each year of its period stays year by year (TG10)
    body = "一、工作目标\n农村生活垃圾分类覆盖率2021年达到70%、2022年达到85%、2023年达到100%。"
    ts = targets_of(body, title="某县农村生活垃圾分类三年行动计划（2021—2023年）", date="2021年4月6日")
    assert summary(ts) == [(70.0, "%", "=", False, 2021, 2021), (85.0, "%", "=", False, 2022, 2022),
                           (100.0, "%", "=", False, 2023, 2023)]
