"""s31-tg2: periods and targets the recalled notices of A30 showed — `经过N年努力` in the goals item's first sub-item as the
plan's period (guide S31b TG64), a local `五年行动` counted from its own issue year (TG18 confirmed), a numbered table's
last column headed by a later year, and the classes below. Each is tested in the style of a province, level or era other
than the notice that showed it (snippets written for these tests, none copied from a notice)."""
from pipeline import process_text
from tests.snippets import targets_of as _targets


def _with_attachment(title: str, body: str, org: str, date: str, attachment: str) -> list[tuple]:
    rec = process_text(f"{title}\n{body}\n{org}\n{date}\n{attachment}", doc_id="t").model_dump()
    for t in rec["targets"]:
        a, b = t["span"]
        assert rec["text"][a:b] == t["quote"]
    return [(t["value"], t["unit"], t["comparator"], t["per_year"], t["year_start"], t["year_end"]) for t in rec["targets"]]


def test_effort_years_in_the_goals_items_first_sub_item_state_the_period():
    # A Shaanxi-style provincial 实施方案 of 2016 (guide S31b TG64): `一、总体要求和主要目标` / `（一）总体要求。…通过五年努力，…`
    # states the plan's period from the issue year (2016/2020); a target dated in its own sentence keeps its year
    got = _targets("陕西省水污染防治工作方案实施细则", "陕西省人民政府", "2016年3月2日",
                   "一、总体要求和主要目标\n（一）总体要求。坚持节水优先、治污为本，通过五年努力，使全省水环境质量得到阶段性改善。\n"
                   "（二）主要目标。到2018年，地级城市集中式饮用水水源水质达到或优于Ⅲ类比例高于95%。\n"
                   "二、主要任务\n（一）治理工业污染。每年完成重点企业清洁化改造不少于30家。\n")
    assert got == [(95, "%", ">", False, None, 2018), (30, "家", ">=", True, 2016, 2020)]


def test_a_local_five_year_action_counts_from_its_own_issue_year():
    # A Guangxi-style county 实施方案 of 2022 implementing a national plan whose cited title has 2021—2025 (guide S31b TG18
    # confirmed): the county's own five years run 2022/2026; a goal dated `到2025年` keeps its own year
    got = _targets("某县乡村建设五年行动实施方案", "某县人民政府办公室", "2022年6月8日",
                   "为贯彻落实《乡村建设行动实施方案（2021—2025年）》，制定本方案。\n一、工作目标\n到2025年，农村卫生厕所普及率达到70%以上。\n"
                   "二、重点任务\n（一）改善村容。每年新建村级公共厕所不少于20座。\n")
    assert got == [(70, "%", ">=", False, None, 2025), (20, "座", ">=", True, 2022, 2026)]


def test_a_numbered_tables_last_column_headed_by_a_later_year_dates_its_cells():
    # A Hebei-style provincial plan of 2018 with an attached table (no deadline column): the last column `2020年比2015年
    # 下降比例` dates each row's rate like 到 (null/2020); the baseline column `2015年浓度` is no deadline
    got = _with_attachment("河北省打赢蓝天保卫战三年行动方案", "一、工作目标\n空气质量明显改善。", "河北省人民政府",
                           "2018年8月23日",
                           "附件\n各市细颗粒物浓度下降目标\n序号　城市　2015年浓度（微克/立方米）　2020年比2015年下降比例\n"
                           "1　甲市　60　18%\n2　乙市　55　15%\n")
    assert got == [(18, "%", "=", False, None, 2020), (15, "%", "=", False, None, 2020)]
