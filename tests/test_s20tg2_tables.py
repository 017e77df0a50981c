"""s20-tg2: quota tables split by place (spec 1.1 §7; guide TG10, S20 TG17). Snippets written in the styles of
provinces, levels and eras other than the notices the class was found on (never text of a dev-corpus notice):
a header run onto the caption line or wrapped over two lines, spaced headers over barred rows, paired cells under a
paired unit, a 序号 column, a page's running head between rows; and tables whose numbers are not quotas."""
from pipeline import process_text


def _rec(title, org, date, body, table):
    return process_text(f"{title}\n{org}\n{date}\n{body}\n附件\n{table}", doc_id="t").model_dump()


def _table(rec, marker="附件\n"):
    at = rec["text"].find(marker)
    return [(t["value"], t["unit"], t["comparator"], t["year_start"], t["year_end"]) for t in rec["targets"]
            if t["span"][0] > at]


def test_header_on_the_caption_line_paired_cells_and_a_running_head():
    # Inner Mongolia banner, 2000s, two-year plan: PDF copy hard-wrapped, header run onto the caption line
    rec = _rec("科尔沁右翼前旗2008—2009年农村牧区饮水安全工程建设实施方案", "科尔沁右翼前旗人民政府", "2008年3月20日",
               "一、目标任务\n两年全旗建设饮水工程60处。",
               "科尔沁右翼前旗2008—2009年饮水安全工程任务分解表苏木（镇）2008年（处/万人）2009年（处/万人）\n"
               "索伦镇　12/0.85　10/0.70\n科尔沁右翼前旗人民政府文件　前政发〔2008〕12号\n归流河镇　9/0.66　8/0.52\n"
               "合计　21/1.51　18/1.22\n")
    assert _table(rec) == [(12, "处", "=", 2008, 2008), (8500, "人", "=", 2008, 2008), (10, "处", "=", 2009, 2009),
                           (7000, "人", "=", 2009, 2009), (9, "处", "=", 2008, 2008), (6600, "人", "=", 2008, 2008),
                           (8, "处", "=", 2009, 2009), (5200, "人", "=", 2009, 2009), (21, "处", "=", 2008, 2008),
                           (15100, "人", "=", 2008, 2008), (18, "处", "=", 2009, 2009), (12200, "人", "=", 2009, 2009)]
    for t in rec["targets"]:
        a, b = t["span"]
        assert rec["text"][a:b] == t["quote"]


def test_spaced_header_over_rows_parted_by_tabs():
    # Chongqing district, web copy, one-year plan: every column a quota of the plan's year, the 合计 row too
    rec = _rec("重庆市綦江区2023年农村生活污水治理工作方案", "重庆市綦江区人民政府办公室", "2023年3月1日",
               "一、工作目标\n全区完成农村生活污水治理。",
               "綦江区2023年农村生活污水治理任务分解表\n镇街 新建管网（公里） 完成治理行政村（个）\n"
               "古南街道\t12.5\t3\n三角镇\t8\t2\n合计\t20.5\t5\n")
    assert _table(rec) == [(12.5, "公里", "=", 2023, 2023), (3, "个", "=", 2023, 2023), (8, "公里", "=", 2023, 2023),
                           (2, "个", "=", 2023, 2023), (20.5, "公里", "=", 2023, 2023), (5, "个", "=", 2023, 2023)]


def test_wrapped_header_baseline_and_one_goal_year():
    # Hainan province, 2000s: the 2005 column is the baseline, the 2010 goal a deadline that dates the rate column too
    rec = _rec("海南省人民政府关于加强节能工作的实施意见", "海南省人民政府", "2007年6月5日",
               "一、目标\n到2010年，全省单位生产总值能耗比2005年降低12%。",
               "各市县“十一五”单位生产总值能耗降低目标分解表市县2005年能耗（吨标准煤）2010年\n"
               "目标（吨标准煤） 降低幅度（%）\n海口市　0.80　0.70　12.5\n三亚市　0.75　0.66　12.0\n")
    assert _table(rec) == [(0.7, "吨标准煤", "=", None, 2010), (12.5, "%", "=", None, 2010),
                           (0.66, "吨标准煤", "=", None, 2010), (12.0, "%", "=", None, 2010)]


def test_numbered_rows_under_a_number_column():
    # Tibet county, 2020s: a 序号 column, the header wrapped into the caption
    rec = _rec("墨竹工卡县2022年农牧民技能培训工作方案", "墨竹工卡县人民政府", "2022年4月2日",
               "一、目标\n全县培训农牧民1000人次。",
               "墨竹工卡县2022年各乡镇培训任务分配表序号 乡镇 培训人数（人次） 转移就业（人）\n"
               "1 甲玛乡 300 120\n2 扎雪乡 260 100\n")
    assert _table(rec) == [(300, "人次", "=", 2022, 2022), (120, "人", "=", 2022, 2022),
                           (260, "人次", "=", 2022, 2022), (100, "人", "=", 2022, 2022)]


def test_baseline_rank_and_population_columns_are_not_quotas():
    # Jiangxi prefecture: a quota table with a 现状 column, a population column and a rank column
    rec = _rec("抚州市2022年造林绿化工作方案", "抚州市人民政府办公室", "2022年2月8日",
               "一、目标\n全市完成造林10万亩。",
               "抚州市2022年各县区造林任务分解表\n县区 2021年现状（%） 户籍人口（万人） 造林任务（万亩） 排名\n"
               "临川区 62.5 120 2.5 3\n南城县 70.1 32 1.8 1\n")
    assert _table(rec) == [(25000, "亩", "=", 2022, 2022), (18000, "亩", "=", 2022, 2022)]


def test_tables_of_facts_or_results_are_not_read():
    # Guangxi county: a town profile table and last year's results, neither captioned as a quota table
    rec = _rec("凌云县2023年乡村风貌提升工作方案", "凌云县人民政府办公室", "2023年3月6日",
               "一、目标\n全县建成示范村5个。",
               "凌云县各乡镇基本情况表\n乡镇 面积（平方公里） 人口（万人） 行政村（个）\n泗城镇 310 4.2 16\n逻楼镇 280 3.1 12\n"
               "各乡镇2022年乡村风貌提升完成情况表\n乡镇 完成改造（户） 完成投资（万元）\n泗城镇 320 860\n逻楼镇 210 540\n")
    assert _table(rec) == []


def test_header_line_keeps_its_break_from_the_first_row():
    # Gansu county, hard-wrapped PDF copy: the first row stays a row under the header
    rec = _rec("康乐县2021—2022年高标准农田建设实施方案", "康乐县人民政府", "2021年3月5日",
               "一、建设任务\n两年全县建设高标准农田3万亩。",
               "康乐县2021—2022年高标准农田建设任务分解表\n乡镇　2021年（万亩）　2022年（万亩）\n附城镇　0.6　0.5\n"
               "苏集镇　0.9　0.7\n")
    assert "\n附城镇" in rec["text"]
    assert _table(rec) == [(6000, "亩", "=", 2021, 2021), (5000, "亩", "=", 2022, 2022),
                           (9000, "亩", "=", 2021, 2021), (7000, "亩", "=", 2022, 2022)]


def test_one_cell_a_line_with_year_columns():
    # Ningxia county, PDF copy one cell a line, a two-year plan: each year column its own year (TG10)
    rec = _rec("西吉县2019—2020年农村危房改造实施方案", "西吉县人民政府", "2019年3月1日",
               "一、目标\n两年改造危房2000户。",
               "西吉县2019—2020年农村危房改造任务分解表\n乡镇\n2019年（户）\n2020年（户）\n吉强镇\n300\n280\n兴隆镇\n260\n240\n")
    assert _table(rec) == [(300, "户", "=", 2019, 2019), (280, "户", "=", 2020, 2020),
                           (260, "户", "=", 2019, 2019), (240, "户", "=", 2020, 2020)]


def test_one_cell_a_line_numbered_rows_give_no_row_number():
    # Fujian county, a numbered table one cell a line: the row numbers are no quotas (the 序号 head and the label head)
    rec = _rec("永泰县2021年水土流失治理工作方案", "永泰县人民政府办公室", "2021年3月2日",
               "一、目标\n全县治理水土流失面积3万亩。",
               "永泰县2021年各乡镇水土流失治理任务分解表\n单位：亩\n序号\n乡镇\n治理任务\n1\n樟城镇\n5200\n2\n嵩口镇\n4300\n")
    assert _table(rec) == [(5200, "亩", "=", 2021, 2021), (4300, "亩", "=", 2021, 2021)]
