"""(s29-layout) Layout classes of session 29, each tested in another province's, level's or era's style than the notice
that showed it (written for these tests)."""
from pipeline.clean import normalize_string
from pipeline.layout import find_layout


def _layout(text: str):
    return find_layout(normalize_string(text).text)


def test_organs_over_a_plan_title_with_the_number_under_both_are_the_titles_issuers():
    # a Guangdong county's joint plan of 2019, copied with its 文号 under the title
    lay = _layout("中共连南瑶族自治县委员会　连南瑶族自治县人民政府\n2019年全县农业农村工作要点\n\n连南发〔2019〕3号\n\n"
                  "各镇党委、政府，县直各单位：\n\n　　2019年是全面建成小康社会关键之年。\n\n一、总体要求\n\n　　坚持农业农村优先发展。\n")
    assert lay.title.text == "中共连南瑶族自治县委员会 连南瑶族自治县人民政府2019年全县农业农村工作要点"
    assert lay.doc_number.text == "连南发〔2019〕3号"


def test_a_masthead_over_the_number_stays_out_of_the_title():
    # GB/T 9704's order (a Jilin prefecture's plan of 2008): masthead, 文号, then the title
    lay = _layout("四平市人民政府\n\n四政发〔2008〕12号\n\n四平市2008年节能减排工作方案\n\n"
                  "各县（市）、区人民政府，市政府各委办局：\n\n　　为完成节能减排目标，制定本方案。\n\n一、工作目标\n\n　　单位生产总值能耗下降4%。\n")
    assert lay.title.text == "四平市2008年节能减排工作方案"
