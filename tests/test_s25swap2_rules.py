"""Session 25 wave 4 (s25-swap2): rules the A15 assignment and place swaps (scripts/assign_swap.py, place_swap.py) found
keyed to one wording or one place, each tested on a snippet written for this test in the style of a province, level or
era other than the notice that showed the class (none copied from a notice)."""
from __future__ import annotations

from tests.snippets import targets_of, triples_of

NAMED_PLACES_IN_A_PROSE_CO_LIST = """蒲江县人民政府办公室关于印发蒲江县农村生活污水治理三年行动方案的通知

各乡镇人民政府，县级有关部门：
现将《蒲江县农村生活污水治理三年行动方案》印发给你们，请认真贯彻执行。

蒲江县农村生活污水治理三年行动方案

一、重点任务
（一）摸清底数。开展全面排查，建立台账，由县生态环境局牵头，县水务局、各镇人民政府、南街社区、桂花村配合。
（二）建设管网。推进污水管网建设，由县住房城乡建设局牵头，县财政局、城东居配合。
（三）加强宣传。开展宣传活动，由县委宣传部牵头，各镇人民政府、城市社区配合。

蒲江县人民政府办公室
2023年3月2日
"""


def test_named_communities_and_villages_in_a_prose_co_list_are_co():
    # `由A牵头，B、C、南街社区、桂花村配合`: a named community, 居 or village listed with the co organs in prose stands for
    # its place, kept as written, as in an annotation's list (spec 1.1 section 5, guide D44); before, the unknown name
    # voided the whole co list. `城市社区` names a kind of community, no place, and still ends the list.
    got = triples_of(NAMED_PLACES_IN_A_PROSE_CO_LIST)
    assert got == {
        ("一/(一)", "蒲江县生态环境局", "lead"), ("一/(一)", "蒲江县水务局", "co"), ("一/(一)", "各镇人民政府", "co"),
        ("一/(一)", "南街社区", "co"), ("一/(一)", "桂花村", "co"),
        ("一/(二)", "蒲江县住房和城乡建设局", "lead"), ("一/(二)", "蒲江县财政局", "co"), ("一/(二)", "城东居", "co"),
        ("一/(三)", "中共蒲江县委宣传部", "lead")}


def test_places_whose_names_open_with_a_level_word_each_set_their_level():
    # A Yunnan provincial 意见 of the 2010s: `镇雄县、乡城县…覆盖率达到80%` names two places, each with its level (guide
    # TG19); a name opening with 镇 or 乡 is no payer (`中央、省、市三级财政`), which stays one indicator
    got = targets_of("云南省人民政府关于加快发展学前教育的意见", "云南省人民政府", "2012年5月8日",
                     "一、发展目标\n　　2015年底前，镇雄县、乡城县学前三年毛入园率达到60%。"
                     "\n二、保障措施\n　　中央、省、市三级财政补助比例达到90%。\n")
    assert got == [(60, "%", "=", False, None, 2015), (60, "%", "=", False, None, 2015), (90, "%", "=", False, None, None)]


WRAPPED_LABEL_LINE = """湄潭县农村生活垃圾治理工作方案
一、工作目标
到2025年，全县农村生活垃圾收运处置体系实现行政村全覆盖，农村生活
垃圾得到有效治理，村庄环境明显改善。
二、重点任务
（一）完善收运体系。按照户分类、村收集、镇转运、县处理的模式，完善农
村生活垃圾收运处置体系，配齐收集设施。
责任单位：县住房城乡建设局、县农业农村局、县财政局、各镇（街道）人民
政府
（二）推进源头减量。引导农户就地分类减量，推行垃圾积分兑换等办法，逐
步提高村民参与的积极性和主动性。
责任单位：县农业农村局、县生态环境局、县商务局、县供销社，各乡（镇）
人民政府
三、保障措施
（一）加强组织领导。各乡镇要把农村生活垃圾治理摆上重要位置，主要负责
同志亲自抓，确保各项任务落到实处。
湄潭县人民政府办公室
2021年6月1日
"""


def test_a_label_line_wrapped_before_the_government_word_keeps_the_name_whole():
    # A Guizhou county's 方案 copied out of its PDF (hard line breaks at the page's width): `…，各乡（镇）` / `人民政府`
    # is the list's last name cut by the layout, not a signature's organ alone on its line (a signature names its
    # place): one name, `各乡（镇）人民政府`, kept as written (spec 1.1 section 5)
    got = triples_of(WRAPPED_LABEL_LINE)
    assert ("二/(二)", "各乡（镇）人民政府", "responsible") in got and ("二/(二)", "各乡（镇）", "responsible") not in got
    assert {x for x in got if x[0] == "二/(二)"} == {
        ("二/(二)", "湄潭县农业农村局", "responsible"), ("二/(二)", "湄潭县生态环境局", "responsible"),
        ("二/(二)", "湄潭县商务局", "responsible"), ("二/(二)", "湄潭县供销合作社", "responsible"),
        ("二/(二)", "各乡（镇）人民政府", "responsible")}
