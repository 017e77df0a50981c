"""s25-tg: how targets are written, from the classes A17 (a193–a204) showed wrong, each tested in the style of a province,
level or era other than the notice that showed it: a quota table whose sub-column is headed `其中：…` under a `（单位：万亩）`
line (cells multiplied out, spec §7), and a main-indicator table copied with spaces whose rows end in a 责任单位 list of
organs, with a `以内` cap and a row restating the prose's level (guide TG17)."""
from tests.snippets import targets_of as _targets


def test_a_quota_table_with_a_sub_column_headed_qizhong_is_read_in_its_unit_line():
    # Henan prefecture, 2020s web copy: `其中：高效节水灌溉` heads the part of the column before it; `（单位：万亩）` scales
    # every cell (spec §7: 万 multiplied out), a 合计 row too (guide TG17)
    got = _targets("周口市2021年高标准农田建设实施方案", "周口市人民政府办公室", "2021年4月8日",
                   "为推进高标准农田建设，制定本方案。\n一、目标任务\n全市建设高标准农田任务按附件分解。\n附件\n"
                   "周口市2021年高标准农田建设任务分解表\n　　（单位：万亩）\n　　县（市、区）　建设任务　其中：高效节水灌溉\n"
                   "　　项城市　1.50　0.20\n　　沈丘县　2.05　0.35\n　　合计　3.55　0.55\n")
    assert got == [(15000, "亩", "=", False, 2021, 2021), (2000, "亩", "=", False, 2021, 2021),
                   (20500, "亩", "=", False, 2021, 2021), (3500, "亩", "=", False, 2021, 2021),
                   (35500, "亩", "=", False, 2021, 2021), (5500, "亩", "=", False, 2021, 2021)]


def test_a_spaced_indicator_table_with_a_list_of_organs_per_row_is_read():
    # Sichuan prefecture, 2010s three-year plan: rows end in a 责任单位 cell listing organs (`，` and `、` inside); `3以内`
    # caps; the first row restates the prose's 70% and counts again in the table's place (guide TG17)
    got = _targets("宜宾市污水处理提质增效三年行动方案（2019—2021年）", "宜宾市人民政府", "2019年7月2日",
                   "一、工作目标\n（一）目标指标。到2021年，城市生活污水集中收集率达到70%以上。\n宜宾市污水处理提质增效主要指标\n"
                   "　　序号 指标 现状值（2018年） 目标值（2021年） 属性 责任单位\n"
                   "　　1 城市生活污水集中收集率（%） 52 70以上 约束性 市住房城乡建设局，各区县人民政府\n"
                   "　　2 黑臭水体数量（个） 9 3以内 约束性 市住房城乡建设局、市生态环境局\n"
                   "　　3 污水处理厂进水生化需氧量浓度（毫克/升） 80 100以上 预期性 市住房城乡建设局\n"
                   "二、主要任务\n（一）补齐管网短板。\n")
    assert got == [(70, "%", ">=", False, None, 2021), (70, "%", ">=", False, None, 2021),
                   (3, "个", "<=", False, None, 2021), (100, "毫克/升", ">=", False, None, 2021)]
