"""Session 10 (lead): sector words of the state's regulations (殡葬管理条例, 城镇燃气管理条例, 测绘法,
宗教事务条例, 畜牧法, 公路法…) in bare-sector lists. Snippets written for these tests in the style of a
Shanxi prefecture, a Yunnan county and a 2008 provincial regulation, not copied from any corpus."""
from pipeline import process_text


def _organs(body: str, region: str, level: str) -> dict[str, str]:
    r = process_text("一、工作任务\n（一）" + body + "\n", region=region, admin_level=level)
    for d in r.departments:
        assert r.text[d.span[0]:d.span[1]] == d.quote
    return {d.name: d.quote for d in r.departments}


def test_sectors_named_by_regulations_in_bare_sector_lists():
    cases = [
        ("民政、殡葬管理部门要加强公墓建设监管。", "山西省太原市", "prefecture",
         {"民政部门": "民政", "殡葬部门": "殡葬"}),
        # (session 11: sectors listed without 等 share the written head 主管部门, as b3's labellers both read
        # `教育、人力资源社会保障行政部门` and `自治县公安、交通主管部门`; docs/decisions/organs-s11.md)
        ("供水、排水主管部门应当加强设施维护。", "云南省大理白族自治州宾川县", "county",
         {"供水主管部门": "供水", "排水主管部门": "排水主管部门"}),
        ("各级测绘地理信息、自然资源部门要做好数据共享。", "贵州省", "province",
         {"各级测绘地理信息部门": "各级测绘地理信息", "各级自然资源部门": "自然资源"}),
        ("民族、宗教事务部门要依法管理宗教活动场所。", "青海省西宁市", "prefecture",
         {"民族部门": "民族", "宗教事务部门": "宗教事务"}),
        ("畜牧兽医、公路、港航管理部门要各司其职。", "湖南省", "province",
         {"畜牧兽医部门": "畜牧兽医", "公路部门": "公路", "港航部门": "港航"}),
        ("城管、园林绿化部门负责绿地养护。", "河南省洛阳市", "prefecture",
         {"城管部门": "城管", "园林绿化部门": "园林绿化"}),
    ]
    for body, region, level, expected in cases:
        assert _organs(body, region, level) == expected, body


def test_a_city_government_is_not_read_as_a_sector():
    assert _organs("市政府、各区政府要加强领导。", "山西省太原市", "prefecture") == {
        "太原市人民政府": "市政府", "各区政府": "各区政府"}


def test_plain_items_turn_off_for_a_model_validation_would_change():
    # pipeline/plain.py: the shortcut holds only where the model passes the values through unchanged
    import pydantic

    from pipeline.plain import PlainItems
    from pipeline.record import Task

    class Stripped(pydantic.BaseModel):
        heading: str

        @pydantic.field_validator("heading")
        @classmethod
        def _strip(cls, v):
            return v.strip()

    class WithList(pydantic.BaseModel):
        heading: str
        notes: list = []

    assert not PlainItems(Stripped, ("heading",), (" 加强领导 ",)).ok
    assert not PlainItems(WithList, ("heading",), ("加强领导",)).ok
    plain = PlainItems(Task, ("path", "heading", "level", "quote", "span"), ("二/(三)", "强化保障", 2, "强化保障", (4, 8)))
    assert plain.ok
    a, b = Task(path="三/1", heading="建立台账", level=2, quote="建立台账", span=(0, 4)), plain.build("三/1", "建立台账", 2, "建立台账", (0, 4))
    assert a == b and list(a.__dict__.items()) == list(b.__dict__.items()) and a.model_fields_set == b.model_fields_set
