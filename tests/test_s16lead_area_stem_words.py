"""地区 as a notice's own level before an organ stem that holds a function character (对口支援, 对口帮扶, 对口协作:
pipeline/data/organ_stem_words.tsv), as before any other stem (s16-kindorg); session 16, lead. Snippets written for
this test in the style of a Tibetan 地区's plan and of a Guangdong city's (where 地区 is a word, not a level)."""
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
