"""s37b-towns: organs a town writes about itself."""
from tests.test_organs_s5 import _run


def test_presidium_chair_title_names_the_towns_congress():
    # a Guangdong town's leading group (2015 style): the chair of the presidium is a person's title, the organ in it
    # is the town's 人民代表大会 (guide D57); the presidium acting stays the presidium
    text = ("一、成立领导小组\n组长：镇党委书记；副组长：镇人大主席团主席、镇长。\n"
            "二、工作要求\n（一）镇人大主席团负责监督。\n")
    names, _ = _run(text, "广东省韶关市乐昌市坪石镇", "township")
    c = "乐昌市坪石镇"
    assert names[c + "人民代表大会"] == "镇人大主席团主席"
    assert names[c + "人民代表大会主席团"] == "镇人大主席团"


def test_presidium_chair_title_written_without_the_town():
    # a Shaanxi town's notice (2012 style): 人大主席团主席 written bare
    names, _ = _run("一、组织领导\n由镇党委副书记、人大主席团主席任组长。\n", "陕西省汉中市城固县桔园镇", "township")
    assert names.get("城固县桔园镇人民代表大会") == "人大主席团主席"
    assert "城固县桔园镇人民代表大会主席团" not in names
