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


def test_station_or_short_office_with_its_second_office_in_a_bracket():
    # a Fujian town's notice (2021 style): the justice station also hangs the order office's sign, the safety
    # office the emergency office's; each is one organ under the name written first
    text = ("一、主要任务\n（一）化解矛盾纠纷。责任单位：镇司法所（综治办）、镇派出所。\n"
            "（二）排查安全隐患。责任单位：镇安监办（应急管理办公室）、各村。\n")
    names, _ = _run(text, "福建省三明市沙县区夏茂镇", "township")
    c = "三明市沙县区夏茂镇"
    assert names[c + "司法所"] == "镇司法所"
    assert names[c + "安监办"] == "镇安监办"
    assert c + "综治办" not in names and c + "应急管理办公室" not in names


def test_a_bracket_giving_the_seat_is_no_second_name():
    # a Hebei town (2016 style): `（设在镇党政办）` gives where the group's office sits, two organs
    text = "一、工作要求\n（一）领导小组办公室（设在镇党政办）负责日常工作，镇财政所（牵头）负责资金。\n"
    names, _ = _run(text, "河北省保定市涞水县永阳镇", "township")
    assert "涞水县永阳镇财政所" in names
