"""地区 as a notice's own level before an organ stem that holds a function character (对口支援, 对口帮扶, 对口协作:
pipeline/data/organ_stem_words.tsv), as before any other stem (s16-kindorg); session 16, lead. Snippets written for
this test in the style of a Tibetan 地区's plan and of a Guangdong city's (where 地区 is a word, not a level).
Also, found by the place swap: a province's stem that is a city of a list closed by 市政府 (吉林、松原、通化市政府), and a
zone named after a city whose name ends in a joining character (大同, 包头)."""
from tests.test_organs_s5 import _run


def test_an_areas_pairing_assistance_body_is_the_areas():
    names, triples = _run("一、工作任务\n（一）地区对口支援工作领导小组负责统筹协调。\n（二）由地区对口协作办公室牵头，地区财政局配合。\n",
                          "西藏自治区阿里地区", "prefecture")
    assert set(names) == {"阿里地区对口支援工作领导小组", "阿里地区对口协作办公室", "阿里地区财政局"}
    assert triples == {("一/(一)", "阿里地区对口支援工作领导小组", "responsible"),
                       ("一/(二)", "阿里地区对口协作办公室", "lead"), ("一/(二)", "阿里地区财政局", "co")}


def test_area_as_a_word_opens_no_organ():
    names, _ = _run("一、工作任务\n（一）支持欠发达地区对口帮扶工作，市对口帮扶办公室负责统筹。\n", "广东省梅州市", "prefecture")
    assert set(names) == {"梅州市对口帮扶办公室"}


def test_a_provinces_stem_in_a_list_of_cities_is_the_city():
    # a Jilin provincial plan: 吉林 before 、松原、通化市政府 is the city 吉林市 (the place swap's 吉林 class), while
    # before 、辽宁省人民政府 in a central notice it is the province
    _, triples = _run("一、重点任务\n（一）建设区域金融中心。（牵头单位：省地方金融监管局，参加单位：吉林、松原、通化市政府）\n",
                      "吉林省", "province")
    assert triples == {("一/(一)", "吉林省地方金融监督管理局", "lead"), ("一/(一)", "吉林市人民政府", "co"),
                       ("一/(一)", "松原市人民政府", "co"), ("一/(一)", "通化市人民政府", "co")}
    names, _ = _run("一、任务\n（一）请吉林、辽宁省人民政府负责组织实施。\n", "全国", "central")
    assert set(names) == {"吉林省人民政府", "辽宁省人民政府"}


def test_a_zone_named_after_a_city_whose_name_ends_in_a_joining_character():
    # a Shanxi city's 细则 and an Inner Mongolia one: 大同, 包头 end in 同 (会同) and 头 (牵头), which stopped the walk
    # back over the zone's name (found by the place swap)
    _, triples = _run("一、资金拨付\n（一）由南郊区财政局会同大同高科技工业园管委会将资金拨付申报主体。\n", "山西省大同市", "prefecture")
    assert triples == {("一/(一)", "大同市南郊区财政局", "lead"), ("一/(一)", "大同高科技工业园管理委员会", "co")}
    names, _ = _run("一、任务\n（一）市科技局牵头包头稀土高新区管委会开展评估。\n", "内蒙古自治区包头市", "prefecture")
    assert "包头稀土高新技术产业开发区管理委员会" in names
