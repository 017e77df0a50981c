"""s23-town rules: township grammar. A town's office written short in a notice that writes the same office in full
elsewhere (guide D39 read in S22 and the A13 answer: the document makes the full form certain). Snippets written in the
styles of provinces, levels and eras unlike the A10-A13 notices that showed the classes."""
from __future__ import annotations

from pipeline import process_text
from tests.test_s22org_rules import _deps


def test_a_towns_short_office_takes_the_full_form_the_notice_writes():
    # Shaanxi township, 2020: the signature line writes 党政综合办公室; 社会事务办 is written in full in a duty list
    text = ("宁强县大安镇人民政府关于印发大安镇2020年防汛工作方案的通知\n\n各村（社区），镇属各单位：\n"
            "一、镇党政综合办负责值班调度，社会事务办公室、镇财政所配合。\n二、镇社会事务办做好转移安置。\n\n"
            "宁强县大安镇人民政府\n2020年5月6日\n\n宁强县大安镇党政综合办公室　　2020年5月6日印发\n")
    assert _deps(text) == {"宁强县大安镇党政综合办公室": "镇党政综合办", "宁强县大安镇社会事务办公室": "社会事务办公室",
                           "宁强县大安镇财政所": "镇财政所"}


def test_a_full_form_inside_a_longer_office_does_not_expand_a_short_one():
    # Fujian township, 2018: 环保办 stays as written, 规划建设环保办公室 being another office's tail
    text = ("永泰县嵩口镇人民政府关于开展农村人居环境整治的通知\n\n各村委会：\n"
            "一、镇环保办负责巡查，镇规划建设环保办公室配合。\n\n永泰县嵩口镇人民政府\n2018年4月2日\n")
    assert _deps(text) == {"永泰县嵩口镇环保办": "镇环保办", "永泰县嵩口镇规划建设环保办公室": "镇规划建设环保办公室"}


def test_a_collectives_bracket_typed_as_tortoise_shell_is_named_round():
    # Hunan township, 2019 (a web copy typing 〔〕, outside and inside an annotation; guide D43)
    text = ("衡东县杨桥镇人民政府关于做好秋冬季森林防火工作的通知\n\n各村〔社区〕，镇直各单位：\n"
            "一、各村〔社区〕要落实巡山护林，镇应急办负责督查。\n"
            "二、做好火源管控（责任单位：镇应急办、各村〔社区〕）。\n\n衡东县杨桥镇人民政府\n2019年10月8日\n")
    assert _deps(text) == {"各村（社区）": "各村〔社区〕", "衡东县杨桥镇应急办": "镇应急办"}
    # a duty annotation opening with the villages, no other mention of them
    text = ("衡东县杨桥镇人民政府关于做好秋冬季森林防火工作的通知\n\n镇直各单位：\n"
            "一、做好火源管控，每个检查站安排值守人员。（责任单位：各村〔社区〕、镇应急办）\n\n衡东县杨桥镇人民政府\n2019年10月8日\n")
    rec = process_text(text, doc_id="t").model_dump()
    assert {d["name"]: d["quote"] for d in rec["departments"]} == {"各村（社区）": "各村〔社区〕", "衡东县杨桥镇应急办": "镇应急办"}
    assert {(r["department"], r["role"]) for r in rec["responsibilities"]} == {("各村（社区）", "responsible"),
                                                                               ("衡东县杨桥镇应急办", "responsible")}


def test_a_justice_station_written_with_its_towns_name_is_the_county_bureaus():
    # Henan township, 2017: `城郊司法所` (a town of the county) is the county 司法局's station; the bare 司法所 is the same
    text = ("光山县城郊乡人民政府关于开展矛盾纠纷排查化解的通知\n\n各村（居）委会：\n"
            "一、城郊司法所负责法律援助，乡综治办配合。\n二、司法所每月汇总一次。\n\n光山县城郊乡人民政府\n2017年3月1日\n")
    assert _deps(text) == {"光山县司法局城郊司法所": "城郊司法所", "光山县城郊乡综治办": "乡综治办"}


def test_a_county_brigades_squad_and_a_city_bureaus_station_in_the_town():
    # Jiangxi township, 2021: the county brigade's squad and the city ecology bureau's county branch's station, each
    # written with the town's name, are those units (named as on their seals), not the brigade or the bureau
    text = ("都昌县多宝乡人民政府关于印发多宝乡2021年河湖环境整治方案的通知\n\n各村委会，乡直各单位：\n"
            "一、开展岸线清理。责任单位：乡农业农村办、都昌县农业综合行政执法大队多宝中队、"
            "九江市生态环境局都昌分局多宝监督站。\n\n都昌县多宝乡人民政府\n2021年4月6日\n")
    assert _deps(text) == {"都昌县多宝乡农业农村办": "乡农业农村办",
                           "都昌县农业综合行政执法大队多宝中队": "都昌县农业综合行政执法大队多宝中队",
                           "九江市生态环境局都昌分局多宝监督站": "九江市生态环境局都昌分局多宝监督站"}


def test_a_streets_enforcement_brigade_written_short_is_kept_as_written():
    # Hubei street office, 2020 (guide D39 read in S22: the reform's team has no one full name)
    text = ("武汉市江岸区百步亭花园路街道办事处关于开展违法建设专项整治的通知\n\n各社区居委会：\n"
            "一、街道综合执法大队负责拆除，街道城管办配合。\n\n武汉市江岸区百步亭花园路街道办事处\n2020年6月1日\n")
    assert _deps(text) == {"武汉市江岸区百步亭花园路街道综合执法大队": "街道综合执法大队",
                           "武汉市江岸区百步亭花园路街道城管办": "街道城管办"}


def test_a_towns_offices_as_a_category_written_without_the_level():
    # Zhejiang town, 2022 (guide D42): 各办（中心） in a member list, 各科室 and 各责任科室 as subjects
    text = ("衢州市柯城区石梁镇人民政府关于印发石梁镇2022年垃圾分类工作方案的通知\n\n各村（社区）：\n"
            "一、成立领导小组，各办（中心）负责人为成员。\n二、各科室、各村要按照分工抓好落实，各责任科室按月报送。\n\n"
            "衢州市柯城区石梁镇人民政府\n2022年3月1日\n")
    assert _deps(text) == {"各办": "各办（中心）", "各科室": "各科室", "各村": "各村", "各责任科室": "各责任科室"}
    # not a verb's object or a word's tail (`分别各办一期`, `开办各科室` are no category of offices)
    text = ("衢州市柯城区石梁镇人民政府关于举办培训班的通知\n\n各村（社区）：\n"
            "一、春秋两季分别各办一期培训班。\n\n衢州市柯城区石梁镇人民政府\n2022年3月1日\n")
    assert _deps(text) == {}


def test_a_station_written_as_stationed_in_the_town_is_the_towns():
    # Hunan town, 2021: 驻镇派出所 (the station stationed in the town) is the town's bare station (guide D39), no place `驻镇`
    text = ("宁乡市夏铎铺镇人民政府关于开展道路交通安全整治的通知\n\n各村（社区）：\n"
            "一、驻镇派出所负责路面巡查，镇应急办配合。\n\n宁乡市夏铎铺镇人民政府\n2021年3月1日\n")
    assert _deps(text) == {"宁乡市夏铎铺镇派出所": "镇派出所", "宁乡市夏铎铺镇应急办": "镇应急办"}


def test_an_office_of_merged_fields_is_not_read_as_its_table_tail():
    # (s23-town2) Jiangxi township, 2021: the group's member list writes 规划建设环保办公室; later in a duty annotation
    # and opening a duty sentence the same office is read whole, not as a second 环保办公室
    text = ("永新县禾川镇人民政府关于印发禾川镇2021年农村生活污水治理工作方案的通知\n\n各村（社区）：\n"
            "一、成立工作领导小组，党政综合办公室、规划建设环保办公室负责人为成员。\n"
            "二、规划建设环保办公室负责，做好污水管网巡查。\n"
            "三、清理沟渠（责任单位：规划建设环保办公室、各村（社区））。\n\n永新县禾川镇人民政府\n2021年3月8日\n")
    rec = process_text(text, doc_id="t").model_dump()
    names = {d["name"] for d in rec["departments"]}
    assert "永新县禾川镇规划建设环保办公室" in names and "永新县禾川镇环保办公室" not in names
    assert all(rec["text"][d["span"][0]:d["span"][1]] == d["quote"] for d in rec["departments"])
    quotes = sorted(d["quote"] for d in rec["departments"] if d["name"] == "永新县禾川镇规划建设环保办公室")
    assert quotes == ["规划建设环保办公室"]
    assert ("永新县禾川镇规划建设环保办公室", "responsible") in {(r["department"], r["role"]) for r in rec["responsibilities"]}


def test_a_towns_office_with_the_word_xiangcun_and_the_groups_office_named_in_brackets():
    # (s23-town2) Sichuan township, 2019: 镇美丽乡村建设办公室 (乡村 is one word, not 乡 and 村); the group's office given its
    # name in brackets is one organ with that name, and its short form 镇美丽办 joins it
    text = ("苍溪县元坝镇人民政府关于印发元坝镇2019年美丽乡村建设工作要点的通知\n\n各村（社区），镇级各部门：\n"
            "一、成立元坝镇美丽乡村建设工作领导小组，领导小组下设办公室（镇美丽乡村建设办公室），负责日常工作。\n"
            "二、镇美丽乡村建设办公室牵头，镇财政所、镇工商所配合，做好产业项目申报。\n"
            "三、镇美丽办每月通报进度。\n\n苍溪县元坝镇人民政府\n2019年3月5日\n")
    rec = process_text(text, doc_id="t").model_dump()
    names = {d["name"] for d in rec["departments"]}
    assert {"苍溪县元坝镇美丽乡村建设办公室", "苍溪县元坝镇财政所", "苍溪县元坝镇工商所",
            "苍溪县元坝镇美丽乡村建设工作领导小组"} <= names
    assert not any(n.endswith("领导小组办公室") or n.endswith("美丽办") for n in names)
    roles = {(r["department"], r["role"]) for r in rec["responsibilities"]}
    assert {("苍溪县元坝镇美丽乡村建设办公室", "lead"), ("苍溪县元坝镇财政所", "co"), ("苍溪县元坝镇工商所", "co")} <= roles
    # the item that sets the group up tells its make-up (guide R10): its office, under the bracket's name, gets no duty there
    assert not [r for r in rec["responsibilities"] if r["task"] == "一"]


def test_a_towns_office_with_a_second_name_in_brackets_and_a_merged_office_written_short():
    # (s23-town2) Hubei township, 2020: 综合治理办公室（应急管理办公室） is one office under its first name, and 镇应急办
    # is it; 规划建设管理环保办 (short for the office the member list writes in full) is no 环保办
    text = ("秭归县茅坪镇人民政府关于印发茅坪镇2020年安全生产工作方案的通知\n\n各村（社区），镇直各单位：\n"
            "一、成立安全生产委员会，镇综合治理办公室（应急管理办公室）、规划建设管理环保办公室负责人为成员。\n"
            "二、开展隐患排查。（责任单位：镇应急办、规划建设管理环保办）\n\n秭归县茅坪镇人民政府\n2020年4月1日\n")
    rec = process_text(text, doc_id="t").model_dump()
    names = {d["name"] for d in rec["departments"]}
    assert {"秭归县茅坪镇综合治理办公室", "秭归县茅坪镇规划建设管理环保办公室"} <= names
    assert not any(n.endswith(("应急办", "应急管理办公室", "镇环保办")) for n in names)
    assert all(rec["text"][d["span"][0]:d["span"][1]] == d["quote"] for d in rec["departments"])
    roles = {(r["task"], r["department"], r["role"]) for r in rec["responsibilities"]}
    assert {("二", "秭归县茅坪镇综合治理办公室", "responsible"), ("二", "秭归县茅坪镇规划建设管理环保办公室", "responsible")} <= roles
