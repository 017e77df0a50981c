"""An article's number followed by a colon (`第三条：`), as county offices and web copies write it, and an
article number alone on its line: the article's heading and its duty's subject are read as after a space.
Snippets written in the style of a Gansu county's management rules (not from any dev-corpus notice)."""
from pipeline import process_text

TEXT = (
    "临泽县城区环境卫生管理办法\n"
    "第一条　为加强城区环境卫生管理，制定本办法。\n"
    "第二条\n"
    "县住房和城乡建设局负责本办法的组织实施。\n"
    "第三条：各乡镇人民政府负责辖区内的环境卫生管理工作。\n"
    "第四条:县财政局负责环境卫生经费保障。\n"
    "第五条　本办法自2021年3月1日起施行。\n"
)


def test_article_colon_heading_and_duty():
    record = process_text(TEXT, doc_id="linze").model_dump()
    tasks = {t["path"]: t for t in record["tasks"]}
    assert [t["path"] for t in record["tasks"]] == ["第一条", "第二条", "第三条", "第四条", "第五条"]
    assert tasks["第三条"]["heading"] == "各乡镇人民政府负责辖区内的环境卫生管理工作"
    assert tasks["第四条"]["heading"] == "县财政局负责环境卫生经费保障"
    triples = {(r["department"], r["task"], r["role"]) for r in record["responsibilities"]}
    assert triples == {
        ("临泽县住房和城乡建设局", "第二条", "responsible"),
        ("各乡镇人民政府", "第三条", "responsible"),  # a collective, as written
        ("临泽县财政局", "第四条", "responsible"),
    }
    for item in record["tasks"] + record["responsibilities"]:
        assert TEXT[item["span"][0]:item["span"][1]] == item["quote"]


def test_article_number_at_the_end_of_the_text_stays_inside_it():
    # (found by tests/test_properties.py: `"" in "：:"` is true, so a number closing the text took a colon it has not)
    for text in ("第一条", "第一条：", "某县办法\n第一条"):
        for task in process_text(text, doc_id="end").model_dump()["tasks"]:
            assert 0 <= task["span"][0] <= task["span"][1] <= len(text)
            assert text[task["span"][0]:task["span"][1]] == task["quote"]
