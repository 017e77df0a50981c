"""s23-assign2: assignment grammar seen first on the A14 batch (dev/authored a157-a168), written as rules and tested on
snippets in the styles of other provinces, levels and eras (never copied from a dev notice). Expected triples written
before the run; every triple of the record is compared, and every span quotes the record's text."""
from tests.test_s17table_classes import _triples

# 1. A task-division table whose header row kept its cells on one line with single spaces while its rows were copied
#    one cell per line, a blank line between rows (a web page's table pasted as text): the bare row numbers are the
#    table's 序号, not page numbers, and a long content cell that stops without punctuation is no paragraph cut by the
#    page's width (the lead cell below it stays a cell). Spec 1.1 section 6: task-division tables in any flattening;
#    a row restating a body item's heading goes to the item, the others to `表/N`. (A Hunan county, 2019.)
SPACED_HEADER_STACKED_ROWS = """攸县人民政府办公室关于印发攸县农村人居环境整治三年行动实施方案的通知

各乡镇人民政府，县直有关单位：

现将《攸县农村人居环境整治三年行动实施方案》印发给你们，请认真贯彻执行。

攸县农村人居环境整治三年行动实施方案

一、重点任务

（一）农村厕所革命

全面推进农村户用卫生厕所改造，同步开展粪污治理。

（二）村容村貌提升

整治公共空间和庭院环境，清理乱搭乱建。

附件：重点任务分工表

序号 工作任务 具体内容 牵头单位 配合单位 完成时限

1
农村厕所革命
全面推进农村户用卫生厕所改造，同步开展粪污无害化处理和资源化利用工作，每年完成改厕任务数量不少于三千户
县农业农村局
县卫生健康局、县财政局，各乡镇人民政府
2020年12月底前

2
农村生活垃圾治理
建立户分类、村收集、镇转运、县处理的垃圾收运处置体系，实现全县行政村收运处置体系全覆盖目标
县城市管理局
县生态环境局，各乡镇人民政府
2020年6月底前

3
村容村貌提升
整治公共空间和庭院环境，清理乱搭乱建、乱堆乱放，推进村庄绿化美化亮化，打造一批美丽乡村示范村
县住房城乡建设局
县自然资源局、县林业局
持续推进
"""


def test_spaced_header_over_stacked_rows():
    assert _triples(SPACED_HEADER_STACKED_ROWS) == sorted([
        ("一/(一)", "攸县农业农村局", "lead"),
        ("一/(一)", "攸县卫生健康局", "co"),
        ("一/(一)", "攸县财政局", "co"),
        ("一/(一)", "各乡镇人民政府", "co"),
        ("表/2", "攸县城市管理局", "lead"),
        ("表/2", "攸县生态环境局", "co"),
        ("表/2", "各乡镇人民政府", "co"),
        ("一/(二)", "攸县住房和城乡建设局", "lead"),
        ("一/(二)", "攸县自然资源局", "co"),
        ("一/(二)", "攸县林业局", "co"),
    ])
