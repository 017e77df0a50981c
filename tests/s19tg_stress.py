"""Stress set of s19-tg (targets and their years). Expected targets written before any run, as
(value, unit, comparator, per_year, year_start, year_end). Even positions: FIX half; odd positions: HELD half.
Recall cases and precision cases (full paragraphs with numbers that are not targets by spec 1.1 §7).
Run: python3 tests/s19tg_stress.py fix|held  (from a tree's root)."""
import sys
import os
sys.path.insert(0, os.getcwd())


def N(title, body, issuer, date, to="各有关单位："):
    return f"{title}\n{to}\n{body}\n{issuer}\n{date}\n"


F, T = False, True
CASES = [
    # P1 Gansu 2003, a background paragraph of deficiencies, then one goal
    ("P1", N("甘肃省人民政府关于加强城市节约用水工作的通知",
             "一、充分认识节约用水的紧迫性\n我省现有设市城市16个，其中缺水城市有11个，城市供水管网漏失率普遍在18%以上，工业用水重复利用率仅为45%左右，"
             "人均水资源量不足全国平均水平的一半。\n二、工作目标\n到2005年，全省城市供水管网漏失率控制在12%以内，工业用水重复利用率达到65%以上。",
             "甘肃省人民政府", "二〇〇三年五月十二日", "各市、州人民政府，省政府各部门："),
     [(12, "%", "<=", F, None, 2005), (65, "%", ">=", F, None, 2005)]),
    # P2 Heilongjiang county 2019: the relocation sites described, then the quota
    ("P2", N("关于做好2019年易地扶贫搬迁后续扶持工作的通知",
             "一、基本情况\n全县共有易地扶贫搬迁集中安置点3个，搬迁群众286户793人，已全部入住。\n二、重点任务\n"
             "（一）加强安置点管理。为每个安置点配备1名以上专职管理人员。\n（二）促进就业。年内帮助搬迁群众实现就业400人以上。",
             "泰来县人民政府办公室", "2019年3月8日", "各乡镇人民政府，县直各有关单位："),
     [(1, "名", ">=", F, 2019, 2019), (400, "人", ">=", F, 2019, 2019)]),
    # R1 Guangxi 14th-plan indicator table copied with full-width spaces between cells
    ("R1", N("广西壮族自治区人民政府办公厅关于印发广西“十四五”生态环境保护规划的通知",
             "一、主要目标\n到2025年，全区生态环境质量保持全国前列。\n表1　主要指标\n序号　指标名称　2020年　2025年　属性\n"
             "1　设区市细颗粒物平均浓度（微克/立方米）　26　≤25　约束性\n2　地表水达到或好于Ⅲ类水体比例（%）　96.8　≥97　约束性\n"
             "3　森林覆盖率（%）　62.5　62.6　约束性\n4　城市生活污水集中收集率（%）　63　≥70　预期性\n二、重点任务\n（一）推进绿色发展。",
             "广西壮族自治区人民政府办公厅", "2021年12月30日", "各市、县人民政府，自治区人民政府各组成部门："),
     [(25, "微克/立方米", "<=", F, None, 2025), (97, "%", ">=", F, None, 2025), (62.6, "%", "=", F, None, 2025),
      (70, "%", ">=", F, None, 2025)]),
    # R2 Hainan table with two or more ASCII spaces between cells, a category cell merged down
    ("R2", N("海南省人民政府关于印发海南省“十四五”水安全保障规划的通知",
             "一、发展目标\n表1  水安全保障主要指标\n类别  指标  2020年  2025年  属性\n供水保障  城乡自来水普及率（%）  92  ≥95  预期性\n"
             "  农村集中供水率（%）  88  ≥92  预期性\n节约用水  万元工业增加值用水量下降（%）  —  ≥10  约束性\n二、主要任务\n（一）完善水网。",
             "海南省人民政府", "2021年9月2日", "各市、县、自治县人民政府，省政府直属各单位："),
     [(95, "%", ">=", F, None, 2025), (92, "%", ">=", F, None, 2025), (10, "%", ">=", F, None, 2025)]),
    # R3 an autonomous prefecture: one level shared by two indicators (均)
    ("R3", N("甘南藏族自治州人民政府办公室关于印发甘南州2022年教育工作要点的通知",
             "一、总体目标\n2022年，全州九年义务教育巩固率和高中阶段毛入学率均达到95%以上，学前三年毛入园率达到92%。\n二、保障措施\n各县市要按季度报送进展。",
             "甘南藏族自治州人民政府办公室", "2022年2月20日", "各县市人民政府，州直有关部门："),
     [(95, "%", ">=", F, 2022, 2022), (95, "%", ">=", F, 2022, 2022), (92, "%", "=", F, 2022, 2022)]),
    # R4 Chongqing county: two incomes 均, and 各 after two quoted titles
    ("R4", N("重庆市城口县人民政府办公室关于印发城口县2023年乡村振兴工作要点的通知",
             "一、目标任务\n2023年，城镇、农村常住居民人均可支配收入均增长7%左右。\n二、重点工作\n（一）选树典型。每年评选“优秀护林员”“模范管护员”各20名。",
             "城口县人民政府办公室", "2023年3月1日", "各乡镇人民政府、街道办事处，县政府各部门："),
     [(7, "%", "~", F, 2023, 2023), (7, "%", "~", F, 2023, 2023), (20, "名", "=", T, 2023, 2023), (20, "名", "=", T, 2023, 2023)]),
    # R5 Inner Mongolia banner: 各 after a list of titles, and per-year
    ("R5", N("关于开展2021年度乡村人才评选工作的通知",
             "一、评选名额\n全旗每年推荐“十佳新型农牧民”“牧区致富带头人”各10名。\n二、评选程序\n各苏木镇于每年6月底前报送推荐材料。",
             "阿巴嘎旗人民政府办公室", "2021年4月6日", "各苏木镇人民政府，旗直各部门："),
     [(10, "名", "=", T, 2021, 2021), (10, "名", "=", T, 2021, 2021)]),
    # R6 Heilongjiang province: three crops sharing one rate (均)
    ("R6", N("黑龙江省农业农村厅关于做好2020年种子工作的通知",
             "一、工作目标\n2020年，全省水稻、玉米、大豆良种覆盖率均稳定在98%以上，新建良种繁育基地10个。\n二、工作措施\n（一）加强种子市场监管。",
             "黑龙江省农业农村厅", "2020年2月25日", "各市（地）农业农村局，省农垦总局："),
     [(98, "%", ">=", F, 2020, 2020), (98, "%", ">=", F, 2020, 2020), (98, "%", ">=", F, 2020, 2020), (10, "个", "=", F, 2020, 2020)]),
    # P3 Guangxi county: a product standard, an eligibility threshold, a phone number, one real target
    ("P3", N("关于做好2021年农田残膜回收工作的通知",
             "一、推广标准地膜\n各乡镇要推广使用厚度不低于0.015毫米的加厚地膜，禁止销售厚度小于0.01毫米的地膜。\n二、回收任务\n"
             "对年回收能力在500吨以上的企业，优先安排项目。全年回收废旧地膜3000吨以上。\n三、监督举报\n举报电话：0771-12345。",
             "田阳县农业农村局", "2021年3月2日", "各乡镇人民政府："),
     [(3000, "吨", ">=", F, 2021, 2021)]),
    # P4 Tibet prefecture 2016: a past result with its growth, then the year's goal
    ("P4", N("日喀则市人民政府关于做好2016年植树造林工作的通知",
             "一、基本情况\n2015年，全市完成植树造林8.6万亩，比上年增长12%，成活率达85%。\n二、目标任务\n2016年，全市计划完成植树造林10万亩，"
             "义务植树300万株。",
             "日喀则市人民政府", "2016年3月1日", "各县（区）人民政府，市直各部门："),
     [(100000, "亩", "=", F, 2016, 2016), (3000000, "株", "=", F, 2016, 2016)]),
    # P5 Yunnan autonomous prefecture: thirteenth-plan results, fourteenth-plan goal
    ("P5", N("楚雄彝族自治州人民政府关于加快高标准农田建设的实施意见",
             "一、发展基础\n“十三五”期间，全州累计建成高标准农田120万亩，粮食产量连续5年稳定在100万吨以上。\n二、目标任务\n"
             "“十四五”期间，全州新建高标准农田80万亩，改造提升30万亩。",
             "楚雄彝族自治州人民政府", "2021年6月10日", "各县市人民政府，州级各部门："),
     [(800000, "亩", "=", F, 2021, 2025), (300000, "亩", "=", F, 2021, 2025)]),
    # P6 Hainan city: an income threshold of who qualifies, a water-use class, and the goal
    ("P6", N("三亚市人民政府关于推进节水型社会建设的通知",
             "一、计划用水管理\n对年用水量1万立方米以上的非居民用水单位实行计划用水管理。家庭人均月收入低于800元的，可申请水费减免。\n"
             "二、工作目标\n到2022年，全市节水器具普及率达到90%，公共供水管网漏损率控制在10%以内。",
             "三亚市人民政府", "2020年8月3日", "各区人民政府，市政府直属各单位："),
     [(90, "%", "=", F, None, 2022), (10, "%", "<=", F, None, 2022)]),
    # Y1 Shaanxi 3-year plan: the title's period, a deadline sentence and a year-end clause
    ("Y1", N("陕西省人民政府办公厅关于印发陕西省农村供水保障三年行动方案（2021—2023年）的通知",
             "一、目标任务\n到2023年，全省农村自来水普及率达到90%。\n二、重点任务\n（一）新建改造供水工程。每年新建改造农村供水工程300处。\n"
             "（二）加强水质检测。2022年底前，县级水质检测中心覆盖率达到100%。",
             "陕西省人民政府办公厅", "2021年5月6日", "各设区市人民政府，省人民政府各工作部门："),
     [(90, "%", "=", F, None, 2023), (300, "处", "=", T, 2021, 2023), (100, "%", "=", F, None, 2022)]),
    # Y2 Guizhou 2018 one-year plan: year-end deadlines and a 期末 goal of the plan
    ("Y2", N("贵州省人民政府办公厅关于印发贵州省2018年农村“组组通”硬化路建设工作方案的通知",
             "一、目标任务\n2018年，全省建成农村“组组通”硬化路3万公里。\n二、推进措施\n（一）6月底前，完成年度任务的50%以上。\n"
             "（二）到“十三五”期末，全省30户以上村民组100%通硬化路。",
             "贵州省人民政府办公厅", "2018年1月20日", "各市、自治州人民政府，各县（市、区）人民政府："),
     [(30000, "公里", "=", F, 2018, 2018), (50, "%", ">=", F, 2018, 2018), (100, "%", "=", F, None, 2020)]),
    # Q1 a per-county quota table, one row per county, tab-separated cells (a web copy)
    ("Q1", N("关于下达2022年农村户厕改造任务的通知",
             "一、任务下达\n现将2022年农村户厕改造任务下达给你们，请抓好落实。\n附件：2022年农村户厕改造任务分解表\n单位：户\n"
             "县（区）\t改造任务\t其中无害化\n城关区\t1200\t800\n东乡县\t900\t600\n临夏县\t1500\t1000\n",
             "临夏回族自治州农业农村局", "2022年3月4日", "各县（市）农业农村局："),
     [(1200, "户", "=", F, 2022, 2022), (800, "户", "=", F, 2022, 2022), (900, "户", "=", F, 2022, 2022),
      (600, "户", "=", F, 2022, 2022), (1500, "户", "=", F, 2022, 2022), (1000, "户", "=", F, 2022, 2022)]),
    # Q2 the same kind of table copied one cell per line (PDF text layer), Liangshan 2020
    ("Q2", N("关于下达2020年农村危房改造任务的通知",
             "一、任务下达\n现将2020年农村危房改造任务分解下达，请抓紧组织实施。\n附件：2020年各县农村危房改造任务分解表\n单位：户\n"
             "县（市）\n任务数\n昭觉县\n500\n布拖县\n420\n美姑县\n380\n",
             "凉山彝族自治州住房和城乡建设局", "2020年4月2日", "各县（市）住房和城乡建设局："),
     [(500, "户", "=", F, 2020, 2020), (420, "户", "=", F, 2020, 2020), (380, "户", "=", F, 2020, 2020)]),
]


def _key(t):
    return (round(float(t[0]), 4), t[1])


def run(half: str) -> None:
    from pipeline import process_text
    keep = 0 if half == "fix" else 1
    exp_n = got_tp = spurious = strict = cases_ok = 0
    for k, (name, text, expected) in enumerate(CASES):
        if k % 2 != keep:
            continue
        got = [(t["value"], t["unit"], t["comparator"], bool(t["per_year"]), t["year_start"], t["year_end"])
               for t in process_text(text, doc_id=name).model_dump()["targets"]]
        pool = list(got)
        miss, bad = [], []
        for e in expected:
            cand = [g for g in pool if _key(g) == _key(e)]
            if not cand:
                miss.append(e)
                continue
            best = max(cand, key=lambda g: sum(a == b for a, b in zip(g[2:], e[2:])))
            pool.remove(best)
            got_tp += 1
            if tuple(best[2:]) == tuple(e[2:]):
                strict += 1
            else:
                bad.append((e, best))
        exp_n += len(expected)
        spurious += len(pool)
        cases_ok += not miss and not pool and not bad
        if half == "fix":
            print(name, "missed", miss, "spurious", pool, "attrs", bad)
    print(f"{half}: cases exact {cases_ok}, expected {exp_n}, found {got_tp}, strict {strict}, spurious {spurious}")


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else "fix")
