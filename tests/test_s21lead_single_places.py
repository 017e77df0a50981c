"""One kind of place sharing 各 (`各市`, `各区`, `各县`, `各镇`, `各村`, `各社区`) is a collective kept as written wherever it
is mentioned (guide D34 as read in S21, D38); `各地` stays a place (D34), `各村“两委”` is not the villages, a list
that runs into a bracket this reader does not know is left, and `各省、自治区、直辖市` is one list.
Snippets in the styles of a Hunan prefecture, a Guizhou county, a Shanxi town and a central ministry of the 2000s."""
from __future__ import annotations

from pipeline import process_text


def _names(text: str) -> set[str]:
    rec = process_text(text, doc_id="t").model_dump()
    for d in rec["departments"]:
        assert d["quote"] in text
    return {d["name"] for d in rec["departments"]}


def test_one_kind_of_place_with_each_is_a_collective():
    text = ("常德市人民政府关于加快发展油茶产业的意见\n\n各区县（市）人民政府，市直各单位：\n"
            "一、各市要结合实际制定扶持办法。各区可根据财力提高补助标准。\n二、市林业局负责技术指导。\n\n"
            "常德市人民政府\n2012年3月5日\n")
    names = _names(text)
    assert {"各市", "各区", "常德市林业局"} <= names


def test_villages_and_towns_of_a_county_plan():
    text = ("息烽县人民政府办公室关于开展农村人居环境整治的通知\n\n各镇（乡）人民政府，县直有关部门：\n"
            "一、各镇要于6月底前完成摸底。各村要将卫生管护纳入村规民约。\n二、县住房城乡建设局负责技术指导。\n\n"
            "息烽县人民政府办公室\n2019年4月2日\n")
    names = _names(text)
    assert {"各镇", "各村"} <= names


def test_each_place_word_that_is_no_place_list_stays_out():
    text = ("平遥县段村镇人民政府关于做好秸秆禁烧工作的通知\n\n各村委会，镇直各单位：\n"
            "一、各地要加强巡查。各村“两委”要落实包片责任。\n二、镇综治办负责督查。\n\n段村镇人民政府\n2016年10月8日\n")
    names = _names(text)
    assert "各地" not in names and "各村" not in names


def test_provinces_regions_and_municipalities_are_one_list():
    text = ("国家林业局关于加强森林防火工作的通知\n\n各省、自治区、直辖市林业厅（局）：\n"
            "一、各省、自治区、直辖市要在防火期内实行24小时值班。\n二、国家林业局森林防火办公室负责督导。\n\n"
            "国家林业局\n二〇〇八年十月十日\n")
    names = _names(text)
    assert "各省、自治区、直辖市" in names and "各省" not in names
