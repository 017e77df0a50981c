"""(s24, lead) A county whose whole name is a word of official prose: 会同县 (Hunan) and the verb 会同 (jointly with).

`县水利局会同县财政局` is the document's own county water bureau acting jointly with its county finance bureau; read as
the place it gave a Jiangxi excerpt the region 湖南省怀化市会同县 and named every county bureau after it. The organ
reader and the region reader now both take `*会同` (organ_place_words.tsv, as `*和` for 和县): after a Han character or a
closing mark 会同 is the verb; written with its city (怀化市会同县) or in the county's own notice it is the place.
"""
from pipeline import process_text
from pipeline.regions import places_read


def _record(text):
    return process_text(text, doc_id="t").model_dump()


def test_the_verb_before_a_county_bureau_names_no_place():
    # a Jiangxi county's web excerpt without its title block: no region is guessed from the verb
    rec = _record("关于做好2019年农村饮水安全工作的通知\n各乡镇人民政府，县直有关单位：\n一、加强组织领导\n"
                  "县水利局会同县财政局制定资金分配方案，县卫生健康局负责水质监测。\n"
                  "二、落实资金保障\n县发展改革局会同县水利局争取项目资金。\n2019年3月1日\n")
    assert rec["metadata"]["region"] is None
    assert [d["name"] for d in rec["departments"]] == ["县水利局", "县财政局", "县卫生健康局", "县发展和改革局"]


def test_the_county_written_with_its_city_or_as_the_issuer_stays_a_place():
    assert [name for _, _, name in places_read("怀化市会同县人民政府")] == ["怀化市", "会同县"]
    assert [name for _, _, name in places_read("芷江侗族自治县、会同县要落实责任")] == ["芷江侗族自治县", "会同县"]
    rec = _record("会同县人民政府办公室关于加强农村饮水安全工作的通知\n一、工作任务\n县水利局会同县财政局负责实施。\n"
                  "会同县人民政府办公室\n2019年3月1日\n")
    assert rec["metadata"]["region"] == "湖南省怀化市会同县"
    assert {(x["department"], x["role"]) for x in rec["responsibilities"]} == {
        ("会同县水利局", "lead"), ("会同县财政局", "co")}


def test_a_county_written_after_a_verb_in_a_prefecture_notice_is_not_the_region():
    # a Guizhou-style prefecture notice whose city is not named in the head: the verb gives no county
    assert places_read("各县水利局会同县财政局具体实施") == []


def test_a_town_notice_takes_its_own_county_not_the_verb():
    # (s25) a Yunnan town's web copy that names its county only as 县: the town's chain comes from the table of towns
    # (五街镇 is one town, in 南华县), not from `中心会同县林草局` read as 湖南省怀化市会同县
    rec = _record("五街镇人民政府关于印发五街镇2021年森林防火工作方案的通知\n各村委会，镇属各单位：\n"
                  "现将《五街镇2021年森林防火工作方案》印发给你们，请认真贯彻执行。\n五街镇人民政府\n2021年2月3日\n"
                  "五街镇2021年森林防火工作方案\n一、工作任务\n（一）加强火源管控。由镇林业服务中心会同县林草局开展巡查，"
                  "镇派出所负责野外用火执法。\n二、保障措施\n镇财政所负责经费保障。\n")
    assert rec["metadata"]["region"] == "云南省楚雄彝族自治州南华县五街镇"
    assert rec["metadata"]["issuers"] == ["南华县五街镇人民政府"]
    assert "湖南省怀化市会同县林草局" not in {d["name"] for d in rec["departments"]}
