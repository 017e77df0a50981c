"""s24-swap rules: classes the metamorphic swaps (scripts/*_swap.py on A10–A15 and the open country batches) showed
the rules knew by the names of the notices they saw, not by grammar. Snippets written in the styles of provinces,
levels and eras unlike the swapped notices that showed the classes."""
from __future__ import annotations

from pipeline import process_text


def _deps(text: str) -> dict[str, str]:
    rec = process_text(text, doc_id="t").model_dump()
    for d in rec["departments"]:
        assert d["quote"] in text  # (the quote is the text as written)
    return {d["name"]: d["quote"] for d in rec["departments"]}


def test_a_police_station_named_by_a_town_whose_name_holds_a_joiner_character():
    # (place swap 黄姚镇 → 恩和镇) a town's name may hold 和/同/及: the county's towns (townships.tsv) are read whole
    text = ("牟定县共和镇人民政府关于开展平安创建工作的通知\n\n各村（社区）：\n"
            "一、镇综治中心、共和派出所、共和司法所负责矛盾纠纷排查。\n\n牟定县共和镇人民政府\n2016年5月10日\n")
    names = _deps(text)
    assert names.get("牟定县公安局共和派出所") == "共和派出所"
    assert not any(n.endswith("镇派出所") for n in names)
