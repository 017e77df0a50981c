"""s24-town rules: township notices. A town's office written bare as an item of its own, the ecology branch and its
town stations written after the city bureau, and a 版记 printed between a 印发 notice and its plan. Snippets written in
the styles of provinces, levels and eras unlike the A-batch notices that showed the classes (a30, a100, a120, a170,
a09, a18, a42)."""
from __future__ import annotations

from pipeline import process_text


def _record(text: str) -> dict:
    rec = process_text(text, doc_id="t").model_dump()
    for item in rec["departments"] + rec["responsibilities"]:
        a, b = item["span"]
        assert rec["text"][a:b] == item["quote"]  # (the quote is the text as written, at its span)
    return rec


def _deps(text: str) -> dict[str, str]:
    return {d["name"]: d["quote"] for d in _record(text)["departments"]}


def test_a_towns_office_written_bare_in_a_duty_list_is_the_towns():
    # Hunan town, 2020: offices of the 2019 township reform named by fields no table lists, bare in 责任单位 lines
    text = ("沅陵县二酉乡人民政府关于印发二酉乡2020年文明创建工作方案的通知\n\n各村（居），乡直各单位：\n"
            "一、开展环境卫生整治。责任单位：文明创建工作办公室（牵头）、综合治理和网格管理办公室，各村（居）\n"
            "二、做好宣传发动。责任单位：宣传教育办公室\n\n沅陵县二酉乡人民政府\n2020年4月3日\n")
    rec = _record(text)
    assert {d["name"]: d["quote"] for d in rec["departments"]} == {
        "沅陵县二酉乡文明创建工作办公室": "文明创建工作办公室",
        "沅陵县二酉乡综合治理和网格管理办公室": "综合治理和网格管理办公室",
        "沅陵县二酉乡宣传教育办公室": "宣传教育办公室",
        "各村（居）": "各村（居）"}
    assert ("一", "沅陵县二酉乡文明创建工作办公室", "lead") in {(r["task"], r["department"], r["role"])
                                                          for r in rec["responsibilities"]}


def test_a_bare_office_with_a_level_a_group_or_another_organs_head_is_not_the_towns():
    # Hebei town, 2012: the county's offices, a group's office and an office named inside a sentence stay as they are
    text = ("阜平县龙泉关镇人民政府关于做好2012年防汛工作的通知\n\n各村委会：\n"
            "一、县防汛抗旱指挥部办公室负责调度，县政府办公室督查。\n二、领导小组办公室设在镇党政办公室。\n\n"
            "阜平县龙泉关镇人民政府\n2012年6月1日\n")
    deps = _deps(text)
    assert not any(n.startswith("阜平县龙泉关镇") and n.endswith(("指挥部办公室", "县政府办公室")) for n in deps)
    assert "阜平县龙泉关镇党政办公室" in deps
    # in a county's own notice the same shape is no town's office (no town to name it with)
    text = ("阜平县人民政府办公室关于做好2012年防汛工作的通知\n\n各乡镇人民政府：\n"
            "一、责任单位：县水务局、林区管理办公室\n\n阜平县人民政府办公室\n2012年6月1日\n")
    assert not any("镇" in n for n in _deps(text))


def test_the_ecology_branch_and_its_town_station_written_after_the_city_bureau():
    # Guangxi town, 2021 (the 2019 vertical reform: the county's ecology office is the city bureau's 分局, with town
    # stations): the branch written with the county's name less 县, and a station of the county bureau in the town
    text = ("阳朔县兴坪镇人民政府关于印发兴坪镇2021年漓江沿岸环境整治方案的通知\n\n各村（社区），镇直各单位：\n"
            "一、开展排污口排查，镇规划建设办负责，会同市生态环境局阳朔分局开展执法检查。\n"
            "二、做好日常巡查。责任单位：阳朔县生态环境局兴坪环境监管站、各村（社区）\n\n"
            "阳朔县兴坪镇人民政府\n2021年3月2日\n")
    deps = _deps(text)
    assert deps["桂林市生态环境局阳朔分局"] == "市生态环境局阳朔分局"
    assert deps["阳朔县生态环境局兴坪环境监管站"] == "阳朔县生态环境局兴坪环境监管站"
    assert "阳朔县生态环境局" not in deps and "桂林市生态环境局" not in deps


def test_a_copy_to_line_between_the_notice_and_its_plan_is_no_body():
    # Fujian town's web copy, 2019: the notice's 版记 (抄送) printed before the plan it transmits
    text = ("中共永泰县嵩口镇委员会 永泰县嵩口镇人民政府关于印发《嵩口镇2019年乡村振兴工作方案》的通知\n\n"
            "各村（社区）党组织，镇直各单位：\n现将《嵩口镇2019年乡村振兴工作方案》印发给你们，请认真贯彻执行。\n\n"
            "中共永泰县嵩口镇委员会　　永泰县嵩口镇人民政府\n2019年3月5日\n\n"
            "抄送：县委农办，县农业农村局，县财政局。\n\n"
            "嵩口镇2019年乡村振兴工作方案\n\n一、工作任务\n（一）镇农业农村办负责产业发展，县农业农村局指导。\n")
    deps = _deps(text)
    assert "永泰县财政局" not in deps
    assert deps["永泰县农业农村局"] == "县农业农村局"  # (named in the plan itself)
    assert deps["永泰县嵩口镇农业农村办"] == "镇农业农村办"


def test_a_towns_short_office_in_a_list_after_its_level_is_kept_as_written():
    # Shaanxi town, 2017 (guide D39 read in S22, D50): 扶贫办 bare after 镇党政办、 is the town's, kept as written
    text = ("洛南县石门镇人民政府关于印发石门镇2017年脱贫攻坚工作方案的通知\n\n各村委会，镇属各单位：\n"
            "一、成立领导小组，镇党政办、扶贫办、民政办负责人为成员。\n二、镇扶贫办负责建档立卡。\n\n"
            "洛南县石门镇人民政府\n2017年2月8日\n")
    deps = _deps(text)
    assert deps["洛南县石门镇扶贫办"] in ("扶贫办", "镇扶贫办")
    assert not any(n.endswith("扶贫开发办公室") for n in deps)


def test_a_local_poverty_or_finance_office_written_short_keeps_its_short_form():
    # Heilongjiang county, 2009 (guide D50): 县扶贫办 and 县金融办 each have more than one full name
    text = ("桦南县人民政府关于做好2009年扶贫开发工作的通知\n\n各乡镇人民政府，县政府各部门：\n"
            "一、县扶贫办负责项目申报，县金融办协调贷款投放。\n\n桦南县人民政府\n二〇〇九年三月二日\n")
    assert _deps(text) == {"桦南县扶贫办": "县扶贫办", "桦南县金融办": "县金融办"}


def test_a_body_every_village_sets_up_correspondingly_is_no_organ():
    # Yunnan town, 2019: the villages' groups set up "correspondingly", with their leader written between
    text = ("勐海县勐混镇人民政府关于做好2019年森林防火工作的通知\n\n各村委会：\n"
            "一、各村要相应成立由村党总支书记任组长的森林防火工作小组，镇林业站配合。\n"
            "二、各村相应组建扑火工作专班。\n\n勐海县勐混镇人民政府\n2019年1月8日\n")
    deps = _deps(text)
    assert not any(n.endswith(("工作小组", "工作专班")) for n in deps)


def test_a_working_team_written_bare_in_a_towns_duty_list_is_the_towns():
    # Shanghai town, 2022: 责任部门 lists a 工作专班 bare, the town's team (not a team of no place)
    text = ("上海市闵行区吴泾镇人民政府关于开展2022年违法建筑治理的通知\n\n各村（居），镇属各单位：\n"
            "一、开展存量违建拆除。责任部门：拆违工作专班（牵头）、镇规建办\n二、做好宣传。责任部门：镇党政办\n\n"
            "上海市闵行区吴泾镇人民政府\n2022年3月1日\n")
    rec = _record(text)
    assert {(r["task"], r["department"], r["role"]) for r in rec["responsibilities"]} >= {
        ("一", "上海市闵行区吴泾镇拆违工作专班", "lead"), ("一", "上海市闵行区吴泾镇规建办", "co")}
    assert "拆违工作专班" not in {d["name"] for d in rec["departments"]}
