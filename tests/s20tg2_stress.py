"""s20-tg2 stress set: quota tables split by place (spec 1.1 §7). Cases alternate FIX / HELD (fixed rule: by the
order written, odd = FIX, even = HELD). Each case: a short notice and the expected (value, unit, year_start,
year_end) of every target read from its attachment table (after the marker `附件\n`); targets in the table not
expected are spurious. Precision cases expect none. Run: python3 tests/s20tg2_stress.py fix|held [-v]"""
import sys

sys.path.insert(0, ".")

HEAD = "{title}\n{org}\n{date}\n"

CASES = [
    # 1 FIX: Gansu county, web copy with tabs, units in the header, a 合计 row (2023 work plan)
    ("fix", "甘肃省岷县2023年农村改厕工作实施方案\n岷县人民政府办公室\n2023年3月6日\n"
     "一、目标任务\n2023年全县完成农村卫生户厕改造3000座。各乡镇任务详见附件。\n"
     "附件\n岷县2023年农村户厕改造任务分解表\n"
     "乡镇\t户厕改造（座）\t公厕建设（座）\n梅川镇\t420\t3\n西寨镇\t380\t2\n十里镇\t300\t2\n合计\t1100\t7\n",
     [(420, "座", 2023, 2023), (3, "座", 2023, 2023), (380, "座", 2023, 2023), (2, "座", 2023, 2023),
      (300, "座", 2023, 2023), (2, "座", 2023, 2023), (1100, "座", 2023, 2023), (7, "座", 2023, 2023)]),
    # 2 HELD: Guangxi prefecture, bars, unit line
    ("held", "百色市2022年城镇新增就业目标任务分解的通知\n百色市人力资源和社会保障局\n2022年2月10日\n"
     "各县（市、区）人力资源社会保障局：现将2022年城镇新增就业目标任务分解下达给你们，请认真抓好落实。\n"
     "附件\n2022年各县（市、区）城镇新增就业目标任务分解表\n单位：人\n"
     "| 县（市、区） | 城镇新增就业 | 失业人员再就业 |\n| 右江区 | 3500 | 800 |\n| 田阳区 | 2600 | 600 |\n| 平果市 | 2800 | 650 |\n| 合计 | 8900 | 2050 |\n",
     [(3500, "人", 2022, 2022), (800, "人", 2022, 2022), (2600, "人", 2022, 2022), (600, "人", 2022, 2022),
      (2800, "人", 2022, 2022), (650, "人", 2022, 2022), (8900, "人", 2022, 2022), (2050, "人", 2022, 2022)]),
    # 3 FIX: Jiangxi township, PDF copy one cell a line, 2-year plan, year columns with paired units
    ("fix", "于都县2021—2022年高标准农田建设实施方案\n于都县人民政府\n2021年4月2日\n"
     "一、建设任务\n两年全县建设高标准农田5万亩。\n"
     "附件\n于都县2021—2022年高标准农田建设任务分解表\n"
     "乡镇　2021年（万亩）　2022年（万亩）\n贡江镇　0.8　0.6\n罗坳镇　1.2　1.0\n岭背镇　0.9　0.5\n",
     [(8000, "亩", 2021, 2021), (6000, "亩", 2022, 2022), (12000, "亩", 2021, 2021), (10000, "亩", 2022, 2022),
      (9000, "亩", 2021, 2021), (5000, "亩", 2022, 2022)]),
    # 4 HELD: 1990s county, paired cells `个/人`
    ("held", "会宁县一九九八年劳务输出工作意见\n会宁县人民政府\n1998年3月2日\n"
     "一、任务\n全县输出劳务3万人。\n"
     "附件\n会宁县1998年劳务输出任务分配表\n"
     "乡（镇）　基地（个/人）\n郭城乡　4/2500\n新添堡乡　3/1800\n合计　7/4300\n",
     [(4, "个", 1998, 1998), (2500, "人", 1998, 1998), (3, "个", 1998, 1998), (1800, "人", 1998, 1998),
      (7, "个", 1998, 1998), (4300, "人", 1998, 1998)]),
    # 5 FIX: 2000s prefecture, caption joined to a header with a baseline column and a goal column
    ("fix", "赣州市推进节水型社会建设的实施意见\n赣州市人民政府\n2007年5月9日\n"
     "一、目标\n到2010年，全市万元工业增加值用水量下降20%。\n"
     "附件\n各县（市、区）“十一五”万元工业增加值用水量控制目标分解表县（市、区）2005年实际（立方米）2010年\n"
     "目标（立方米） 下降幅度（%）\n章贡区120 96 20.0\n南康区150 118 21.3\n全 市135 108 20.0\n",
     [(96, "立方米", None, 2010), (20.0, "%", None, 2010), (118, "立方米", None, 2010), (21.3, "%", None, 2010),
      (108, "立方米", None, 2010), (20.0, "%", None, 2010)]),
    # 6 HELD: Heilongjiang county, caption and header on one line, one plan year
    ("held", "海伦市2024年秸秆综合利用工作方案\n海伦市人民政府办公室\n2024年4月1日\n"
     "一、目标\n全市秸秆综合利用率达到95%以上。\n"
     "附件\n海伦市2024年各乡镇秸秆还田任务分配表乡镇还田面积（万亩）离田量（万吨）\n"
     "海北镇 12.5 3.2\n伦河镇 10.0 2.8\n共合镇 9.5 2.1\n",
     [(125000, "亩", 2024, 2024), (32000, "吨", 2024, 2024), (100000, "亩", 2024, 2024), (28000, "吨", 2024, 2024),
      (95000, "亩", 2024, 2024), (21000, "吨", 2024, 2024)]),
    # 7 FIX precision: a table of what was done last year (no targets)
    ("fix", "临夏州2023年农村公路建设工作要点\n临夏州交通运输局\n2023年2月1日\n"
     "一、目标\n全州新改建农村公路500公里。\n"
     "附件\n各县市2022年农村公路建设完成情况表\n"
     "县市\t完成里程（公里）\t完成投资（万元）\n临夏县\t120\t8600\n康乐县\t95\t6100\n和政县\t80\t5200\n", []),
    # 8 HELD precision: areas and populations of towns
    ("held", "东兰县2023年乡镇环境整治工作方案\n东兰县人民政府办公室\n2023年5月8日\n"
     "一、目标\n全县建成示范村10个。\n"
     "附件\n东兰县各乡镇基本情况表\n"
     "乡镇 面积（平方公里） 人口（万人） 行政村（个）\n东兰镇 210 5.2 18\n隘洞镇 180 3.6 15\n长乐镇 160 2.9 12\n", []),
    # 9 FIX precision: a goal column beside a baseline and a rank column
    ("fix", "定西市2022年森林覆盖率提升行动方案\n定西市林业和草原局\n2022年3月3日\n"
     "一、目标\n全市森林覆盖率提高1个百分点。\n"
     "附件\n定西市2022年各县区造林任务分解表\n"
     "县区\t2021年现状（%）\t造林任务（万亩）\t排名\n安定区\t12.5\t3.0\t2\n通渭县\t10.1\t2.5\t5\n陇西县\t13.2\t2.2\t1\n",
     [(30000, "亩", 2022, 2022), (25000, "亩", 2022, 2022), (22000, "亩", 2022, 2022)]),
    # 10 HELD precision: a table of scores of last year's assessment
    ("held", "钦州市2023年河长制工作要点\n钦州市河长制办公室\n2023年3月9日\n"
     "一、目标\n全市地表水国考断面水质优良比例达到100%。\n"
     "附件\n各县区2022年河长制工作考核结果表\n"
     "县区 | 考核得分（分） | 排名\n钦南区 | 96.5 | 1\n钦北区 | 93.0 | 2\n灵山县 | 90.5 | 3\n", []),
]


def run(half: str, verbose: bool = False):
    from pipeline import process_text
    found = total = spurious = 0
    for i, (h, text, want) in enumerate(CASES, 1):
        if h != half:
            continue
        rec = process_text(text, doc_id=f"s{i}").model_dump()
        at = text.find("附件\n")
        cap = text[at:text.find("\n", at + 3) + 1]
        short = text[:at] + cap + text[at + len(cap):].split("\n")[1] + "\n"  # (the notice without the table's rows)
        body = [(t["value"], t["unit"]) for t in process_text(short, doc_id=f"s{i}").model_dump()["targets"]]
        got = []
        for t in rec["targets"]:
            key = (t["value"], t["unit"])
            if key in body:
                body.remove(key)
            else:
                got.append((t["value"], t["unit"], t["year_start"], t["year_end"]))
        left = list(got)
        hit = 0
        for w in want:
            m = next((g for g in left if abs(g[0] - w[0]) <= 1e-3 * max(1, abs(w[0])) and g[1] == w[1]), None)
            if m:
                left.remove(m)
                hit += 1
        found += hit
        total += len(want)
        spurious += len(left)
        if verbose:
            print(i, f"{hit}/{len(want)} spurious {len(left)}", left[:6])
    print(f"{half}: recall {found}/{total} spurious {spurious}")


if __name__ == "__main__":
    run(sys.argv[1], "-v" in sys.argv)
