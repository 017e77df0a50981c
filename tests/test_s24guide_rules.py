"""s24-guide rules (annotation guide S24): D50 short forms with several full names kept as written with their place
(`县扶贫办`, `市金融办`, `县合管办`) unless the notice writes the place's office in full (D40); D49 military organs are no
departments; TG27 `每`+period `N次` is a frequency while a `全年…N次` total is an amount; TG28 how often a benefit is granted
is eligibility; TG29 minimums in a list of conditions. Snippets written in the styles of provinces, levels and eras unlike
the notices that showed the classes (Inner Mongolia, Ningxia, Yunnan, Fujian, Guangdong, Shandong)."""
from __future__ import annotations

from pipeline import process_text


def _rec(text: str) -> dict:
    rec = process_text(text, doc_id="t").model_dump()
    for d in rec["departments"]:
        assert d["quote"] in text  # (spans index the cleaned text; the quote is the text as written)
    for t in rec["targets"]:
        assert t["quote"] in text
    return rec


def _deps(text: str) -> dict[str, str]:
    return {d["name"]: d["quote"] for d in _rec(text)["departments"]}


def _targets(text: str) -> list[tuple[str, float, str]]:
    return sorted((t["quote"], t["value"], t["unit"]) for t in _rec(text)["targets"])


def test_a_countys_poverty_and_cooperative_medical_offices_are_kept_as_written():
    # a Henan county's notice of 2012: 扶贫办 and 合管办 have more than one full name (guide D50)
    text = ("兰考县人民政府关于做好2012年农村医疗救助工作的通知\n\n各乡镇人民政府，县直各单位：\n"
            "一、县民政局负责救助对象审核，县扶贫办、县合管办配合。\n\n兰考县人民政府\n2012年3月5日\n")
    names = _deps(text)
    assert names["兰考县扶贫办"] == "县扶贫办"
    assert names["兰考县合管办"] == "县合管办"
    assert not any(n.endswith(("扶贫开发办公室", "合作医疗管理办公室")) for n in names)


def test_a_citys_financial_office_is_kept_as_written():
    # a Fujian city's plan of 2016 (guide D50: 金融办 is 金融工作办公室 or the government's 人民政府金融工作办公室)
    text = ("漳州市人民政府关于加快发展普惠金融的实施意见\n\n各县（市、区）人民政府，市直各单位：\n"
            "一、扩大小额信贷覆盖面。（责任单位：市金融办、人行漳州市中心支行）\n\n漳州市人民政府\n2016年8月2日\n")
    assert _deps(text)["漳州市金融办"] == "市金融办"


def test_the_short_form_takes_the_full_name_the_notice_writes_itself():
    # a Ningxia region plan: the notice writes 自治区扶贫开发办公室 itself, so 区扶贫办 is that office (guide D40)
    text = ("宁夏回族自治区农民培训实施方案\n\n各市、县（区）人民政府，自治区政府各部门：\n"
            "一、由自治区人力资源和社会保障厅、财政厅、扶贫办制定培训计划。\n"
            "二、自治区扶贫开发办公室负责组织实施“雨露计划”培训。\n\n宁夏回族自治区人民政府办公厅\n2013年4月1日\n")
    names = _deps(text)
    assert "宁夏回族自治区扶贫开发办公室" in names
    assert "宁夏回族自治区扶贫办" not in names


def test_the_national_poverty_office_keeps_its_one_full_name():
    text = ("国务院办公厅关于做好2015年就业扶贫工作的通知\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
            "一、人力资源社会保障部、国务院扶贫办负责组织劳务协作。\n\n国务院办公厅\n2015年5月6日\n")
    assert _deps(text)["国务院扶贫开发领导小组办公室"] == "国务院扶贫办"


def test_military_organs_are_no_departments():
    # a Yunnan provincial plan of 2022: 省军区政治工作局 is the armed forces' (guide D49), the civil organs beside it are kept
    text = ("云南省国防教育发展规划\n\n各州、市人民政府，省直各委、办、厅、局：\n"
            "一、加强学生军事训练。（省教育厅、省军区政治工作局、省退役军人厅按职责分工负责）\n\n云南省人民政府\n2022年3月1日\n")
    names = _deps(text)
    assert "云南省教育厅" in names and "云南省退役军人事务厅" in names
    assert not any("军区" in n for n in names)


def test_a_per_period_count_of_events_is_a_frequency_and_a_years_total_an_amount():
    # an Inner Mongolia banner's one-year plan of 2023 (guide TG27)
    text = ("扎赉特旗2023年禁毒宣传工作方案\n\n各苏木乡镇人民政府：\n"
            "一、各苏木乡镇每季度至少开展2次禁毒宣传活动，各学校每学期开展不少于1次主题教育活动。\n"
            "二、全年开展联合执法检查不少于6次。\n\n扎赉特旗人民政府办公室\n2023年2月10日\n")
    assert _targets(text) == [("开展联合执法检查不少于6次", 6.0, "次")]


def test_how_often_a_benefit_is_granted_is_no_target():
    # a Guangdong city's rules of 2020 (guide TG28)
    text = ("佛山市灵活就业人员社会保险补贴办法\n\n第五条 符合条件的人员每人只能享受一次补贴。\n"
            "第六条 一个年度内申领补贴次数不超过2次，享受补贴次数不超过2次。\n\n佛山市人力资源和社会保障局\n2020年6月1日\n")
    assert _targets(text) == []


def test_minimums_in_a_list_of_conditions_for_keeping_a_registration():
    # a Shandong provincial notice of 2001 (guide TG29): the conditions under which a private school keeps its licence
    text = ("山东省人民政府办公厅关于清理整顿民办培训机构的通知\n\n各市人民政府：\n"
            "一、清理整顿的要求\n（一）符合下列要求的培训机构予以保留：\n1.有固定的教学场所，面积不少于200平方米；\n"
            "2.有专职教师5名以上；\n3.办学资金：\n（1）应有10万元以上的开办资金；\n（2）有健全的财务制度。\n\n"
            "山东省人民政府办公厅\n2001年7月2日\n")
    assert _targets(text) == []


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(r["task"], r["department"], r["role"]) for r in _rec(text)["responsibilities"]}


def test_a_duty_line_after_the_last_sub_item_belongs_to_that_sub_item():
    # a Gansu city plan of 2020 (guide T7, spec §6): the 责任单位 line after 2. is item 2's, and item 2's own prose
    # assignment (`市农业农村局会同市财政局…`) gives way to its annotation
    text = ("张掖市2020年农产品加工业提升行动方案\n\n各县区人民政府，市直有关部门：\n"
            "一、重点任务\n（一）壮大加工主体\n1.培育龙头企业，市工业和信息化局负责。\n"
            "2.市农业农村局会同市财政局完善扶持政策。\n责任单位：市农业农村局、市财政局、市市场监管局\n"
            "（二）强化要素保障\n加大金融支持。（责任单位：市金融办）\n\n张掖市人民政府办公室\n2020年3月2日\n")
    got = _triples(text)
    assert {t for t in got if t[0].startswith("一/(一)")} == {
        ("一/(一)/1", "张掖市工业和信息化局", "responsible"),
        ("一/(一)/2", "张掖市农业农村局", "responsible"), ("一/(一)/2", "张掖市财政局", "responsible"),
        ("一/(一)/2", "张掖市市场监督管理局", "responsible")}
    assert ("一/(二)", "张掖市金融办", "responsible") in got
