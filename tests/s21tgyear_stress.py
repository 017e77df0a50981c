"""Stress set of session 21 (s21-tgyear): the years of targets in short full notices, written (expected output included)
before any rule was changed. Every target the notice sets is listed (value, unit, year_start, year_end), so spurious
targets count. Split by a fixed rule: cases at odd positions (c01, c03, …) are the FIX half, even positions the HELD
half. Run: `python3 tests/s21tgyear_stress.py fix|held|all`.

Classes: quota tables with a column per year (each column its own year, a total column the plan's period); `N年内` in
a target's own sentence under a paragraph opener (spec §7: own sentence first; the plan period gives N年内 its start);
precision: columns of past data or baselines, a one-goal-year column, a table without year columns, `近三年内` /
`三年内只能` (conditions and frequencies), a report table of past years."""
from __future__ import annotations

import sys

CASES: list[tuple[str, str, list[tuple[float, str, int | None, int | None]]]] = []


def case(cid: str, text: str, expect: list[tuple[float, str, int | None, int | None]]) -> None:
    CASES.append((cid, text, expect))


# c01 Gansu autonomous county, bar table with a column per year and a total column
case("c01", """积石山保安族东乡族撒拉族自治县人民政府办公室
关于印发积石山县农村户厕改造三年行动方案（2023—2025年）的通知
积政办发〔2023〕15号
各乡镇人民政府，县直有关部门：
《积石山县农村户厕改造三年行动方案（2023—2025年）》已经县政府同意，现印发给你们，请认真贯彻执行。
积石山保安族东乡族撒拉族自治县人民政府办公室
2023年3月20日
积石山县农村户厕改造三年行动方案（2023—2025年）
一、工作目标
2023—2025年，全县新改建农村卫生户厕3000座，各乡镇年度任务见附件。
二、保障措施
县农业农村局负责统筹协调，各乡镇人民政府负责组织实施。
附件
积石山县2023—2025年农村户厕改造任务分解表
单位：座
乡镇 | 2023年 | 2024年 | 2025年 | 合计
吹麻滩镇 | 400 | 350 | 250 | 1000
大河家镇 | 300 | 300 | 200 | 800
居集镇 | 450 | 450 | 300 | 1200
""", [(3000, "座", 2023, 2025),
      (400, "座", 2023, 2023), (350, "座", 2024, 2024), (250, "座", 2025, 2025), (1000, "座", 2023, 2025),
      (300, "座", 2023, 2023), (300, "座", 2024, 2024), (200, "座", 2025, 2025), (800, "座", 2023, 2025),
      (450, "座", 2023, 2023), (450, "座", 2024, 2024), (300, "座", 2025, 2025), (1200, "座", 2023, 2025)])

# c02 Heilongjiang provincial department, PDF copy with cells parted by full-width spaces and a 序号 column
case("c02", """黑龙江省农业农村厅关于下达2022—2024年高标准农田建设任务的通知
黑农厅发〔2022〕41号
各市（地）农业农村局：
根据《全国高标准农田建设规划（2021—2030年）》，经研究，现将2022—2024年全省高标准农田建设任务下达给你们（见附件），请认真组织实施。
黑龙江省农业农村厅
2022年4月8日
附件
2022—2024年高标准农田建设任务分配表
单位：万亩
序号　市（地）　2022年　2023年　2024年
1　哈尔滨市　120　110　100
2　齐齐哈尔市　150　140　130
3　绥化市　130　125　120
""", [(1200000, "亩", 2022, 2022), (1100000, "亩", 2023, 2023), (1000000, "亩", 2024, 2024),
      (1500000, "亩", 2022, 2022), (1400000, "亩", 2023, 2023), (1300000, "亩", 2024, 2024),
      (1300000, "亩", 2022, 2022), (1250000, "亩", 2023, 2023), (1200000, "亩", 2024, 2024)])

# c03 Guangxi prefecture: `三年内` in the item's own sentence under a `到2024年` paragraph
case("c03", """贺州市人民政府办公室关于印发贺州市茶产业高质量发展三年行动方案（2022—2024年）的通知
贺政办发〔2022〕9号
各县（区）人民政府，市直各委、办、局：
《贺州市茶产业高质量发展三年行动方案（2022—2024年）》已经市人民政府同意，现印发给你们，请认真组织实施。
贺州市人民政府办公室
2022年5月12日
贺州市茶产业高质量发展三年行动方案（2022—2024年）
一、发展目标
到2024年，全市茶园面积稳定在20万亩以上，茶叶综合产值达到80亿元。
（一）品牌培育。三年内新增自治区级以上茶叶品牌5个，创建茶叶标准化示范基地10个。
（二）主体培育。到2024年，培育茶叶龙头企业3家以上。
二、保障措施
市农业农村局负责牵头推进，市财政局负责资金保障。
""", [(200000, "亩", None, 2024), (8000000000, "元", None, 2024), (5, "个", 2022, 2024), (10, "个", 2022, 2024),
      (3, "家", None, 2024)])

# c04 Heilongjiang forest city, 1998: `三年内` in an item under a `到2000年` paragraph, period from `从1998年起，用三年时间`
case("c04", """伊春市人民政府关于加快林下经济发展的意见
伊政发〔1998〕17号
各区人民政府，各林业局，市政府各部门：
为加快林区经济转型，现就加快林下经济发展提出如下意见。
一、发展目标
从1998年起，用三年时间，建成一批林下经济示范基地。到2000年，全市林下经济产值达到5亿元。
（一）食用菌。三年内新建食用菌生产基地20处，新增黑木耳栽培3000万袋。
（二）山野菜。到2000年，山野菜采集加工量达到1万吨。
二、工作要求
市林业局负责组织实施，市财政局负责资金保障。
伊春市人民政府
1998年4月2日
""", [(500000000, "元", None, 2000), (20, "处", 1998, 2000), (30000000, "袋", 1998, 2000), (10000, "吨", None, 2000)])

# c05 Inner Mongolia league, 年度 columns and a 三年合计 column
case("c05", """锡林郭勒盟行政公署办公室关于印发锡林郭勒盟草原生态修复实施方案（2021—2023年）的通知
锡署办发〔2021〕22号
各旗县市（区）人民政府，盟直有关部门：
现将《锡林郭勒盟草原生态修复实施方案（2021—2023年）》印发给你们，请结合实际认真贯彻落实。
锡林郭勒盟行政公署办公室
2021年6月1日
锡林郭勒盟草原生态修复实施方案（2021—2023年）
一、目标任务
到2023年，全盟完成草原生态修复300万亩。
二、任务分解
各旗县市年度任务见下表。
锡林郭勒盟草原生态修复任务分解表
单位：万亩
旗县市 | 2021年度 | 2022年度 | 2023年度 | 三年合计
阿巴嘎旗 | 20 | 25 | 25 | 70
苏尼特左旗 | 30 | 30 | 40 | 100
正蓝旗 | 40 | 40 | 50 | 130
""", [(3000000, "亩", None, 2023),
      (200000, "亩", 2021, 2021), (250000, "亩", 2022, 2022), (250000, "亩", 2023, 2023), (700000, "亩", 2021, 2023),
      (300000, "亩", 2021, 2021), (300000, "亩", 2022, 2022), (400000, "亩", 2023, 2023), (1000000, "亩", 2021, 2023),
      (400000, "亩", 2021, 2021), (400000, "亩", 2022, 2022), (500000, "亩", 2023, 2023), (1300000, "亩", 2021, 2023)])

# c06 Gansu town, two-year plan, `2024年计划` / `2025年计划` columns
case("c06", """临洮县洮阳镇人民政府关于印发洮阳镇人居环境整治提升行动方案（2024—2025年）的通知
洮阳政发〔2024〕6号
各村（社区）：
现将《洮阳镇人居环境整治提升行动方案（2024—2025年）》印发给你们，请认真抓好落实。
临洮县洮阳镇人民政府
2024年2月26日
洮阳镇人居环境整治提升行动方案（2024—2025年）
一、目标任务
到2025年底，全镇卫生厕所普及率达到85%以上。各村改厕任务见附件。
附件
洮阳镇2024—2025年各村改厕计划分配表
单位：户
村（社区） | 2024年计划 | 2025年计划
东街村 | 60 | 40
西街村 | 50 | 30
""", [(85, "%", None, 2025), (60, "户", 2024, 2024), (40, "户", 2025, 2025), (50, "户", 2024, 2024),
      (30, "户", 2025, 2025)])

# c07 Hainan, 2006: one goal-year column in a five-year plan's quota table (a deadline)
case("c07", """海南省人民政府关于印发海南省“十一五”农村饮水安全工程规划的通知
琼府〔2006〕52号
各市、县、自治县人民政府，省政府直属各单位：
现将《海南省“十一五”农村饮水安全工程规划》印发给你们，请认真贯彻执行。
海南省人民政府
2006年7月10日
海南省“十一五”农村饮水安全工程规划
一、规划目标
“十一五”期间，全省解决120万农村人口饮水安全问题。
二、任务分配
各市县农村饮水安全任务分配表
单位：万人
市县 | 2010年目标
海口市 | 15
三亚市 | 8
儋州市 | 20
""", [(1200000, "人", 2006, 2010), (150000, "人", None, 2010), (80000, "人", None, 2010), (200000, "人", None, 2010)])

# c08 Tibet prefecture one-year plan: a column of last year's actual figures (no quota) beside the year's task
case("c08", """日喀则市人民政府办公室关于印发日喀则市2023年青稞增产行动实施方案的通知
日政办发〔2023〕11号
各县（区）人民政府，市直各部门：
现将《日喀则市2023年青稞增产行动实施方案》印发给你们，请认真组织实施。
日喀则市人民政府办公室
2023年3月1日
日喀则市2023年青稞增产行动实施方案
一、目标任务
2023年，全市青稞播种面积稳定在75万亩以上，单产提高3%。
附件
各县（区）青稞播种面积任务分解表
单位：万亩
县（区） | 2022年实际 | 2023年任务
桑珠孜区 | 9.5 | 10
南木林县 | 7.8 | 8
江孜县 | 8.9 | 9
""", [(750000, "亩", 2023, 2023), (3, "%", 2023, 2023), (100000, "亩", 2023, 2023), (80000, "亩", 2023, 2023),
      (90000, "亩", 2023, 2023)])

# c09 Guizhou autonomous prefecture 办法: `近三年内` (who qualifies) and `三年内只能享受一次` (a frequency), no period
case("c09", """黔南布依族苗族自治州工业和信息化局关于印发黔南州中小企业技术改造补助资金管理办法的通知
黔南工信发〔2019〕8号
各县（市）工业和信息化局：
现将《黔南州中小企业技术改造补助资金管理办法》印发给你们，请遵照执行。
黔南布依族苗族自治州工业和信息化局
2019年5月6日
黔南州中小企业技术改造补助资金管理办法
第一条 为规范中小企业技术改造补助资金管理，制定本办法。
第二条 申报企业近三年内未发生重大安全、环保事故。
第三条 补助标准按项目设备投资额的10%给予补助，单个项目最高不超过50万元。同一企业三年内只能享受一次补助。
第四条 本办法由州工业和信息化局负责解释。
""", [(10, "%", None, None), (500000, "元", None, None)])

# c10 Chongqing autonomous county one-year plan: a quota table without year columns
case("c10", """重庆市酉阳土家族苗族自治县人民政府办公室关于印发酉阳县2024年农村人居环境整治工作方案的通知
酉阳府办发〔2024〕21号
各乡镇人民政府、街道办事处，县政府各部门：
《酉阳县2024年农村人居环境整治工作方案》已经县政府同意，现印发给你们，请认真贯彻执行。
重庆市酉阳土家族苗族自治县人民政府办公室
2024年3月15日
酉阳县2024年农村人居环境整治工作方案
一、目标任务
2024年，全县完成农村户厕改造2000户。各乡镇（街道）任务见附件。
附件
2024年各乡镇农村户厕改造任务分解表
单位：户
乡镇（街道） | 改厕任务 | 其中：新建
钟多街道 | 300 | 100
龙潭镇 | 500 | 200
麻旺镇 | 400 | 150
""", [(2000, "户", 2024, 2024), (300, "户", 2024, 2024), (100, "户", 2024, 2024), (500, "户", 2024, 2024),
      (200, "户", 2024, 2024), (400, "户", 2024, 2024), (150, "户", 2024, 2024)])

# c11 Hunan autonomous prefecture three-year plan: a baseline column (现有) and one goal-year column
case("c11", """湘西土家族苗族自治州人民政府办公室关于印发湘西州养老服务体系建设三年行动方案（2023—2025年）的通知
州政办发〔2023〕8号
各县市人民政府，州政府各局委办、直属机构：
《湘西州养老服务体系建设三年行动方案（2023—2025年）》已经州人民政府同意，现印发给你们，请认真组织实施。
湘西土家族苗族自治州人民政府办公室
2023年4月18日
湘西州养老服务体系建设三年行动方案（2023—2025年）
一、工作目标
到2025年，全州养老机构护理型床位占比达到55%以上。
附件
湘西州护理型床位建设任务分解表
单位：张
县市 | 2022年底现有 | 2025年目标
吉首市 | 800 | 1500
凤凰县 | 500 | 900
""", [(55, "%", None, 2025), (1500, "张", None, 2025), (900, "张", None, 2025)])

# c12 Jilin provincial department circular: a report table of past years (no quota) and this year's goal
case("c12", """吉林省人力资源和社会保障厅关于2022年城镇新增就业完成情况的通报
吉人社函〔2023〕12号
各市（州）人力资源和社会保障局：
2022年，全省城镇新增就业工作总体平稳，各地完成情况见附表。今年全省城镇新增就业要达到23万人以上。
吉林省人力资源和社会保障厅
2023年2月10日
附表
2021—2022年各市（州）城镇新增就业完成情况表
单位：万人
市（州） | 2021年 | 2022年
长春市 | 10.2 | 10.8
吉林市 | 4.1 | 4.3
""", [(230000, "人", 2023, 2023)])


def half(name: str):
    if name == "fix":
        return CASES[0::2]
    if name == "held":
        return CASES[1::2]
    return CASES


def run(cases, verbose: bool = False) -> dict:
    """Counts over the cases: expected, found (value and unit matched one to one), years right on found ones, spurious
    (predicted targets matching nothing expected), cases exact (all found with the right years, none spurious)."""
    from pipeline import process_text

    tot = {"expected": 0, "found": 0, "years": 0, "spurious": 0, "exact": 0, "cases": len(cases)}
    for cid, text, expect in cases:
        rec = process_text(text, doc_id=cid).model_dump()
        preds = [(float(t["value"]), t["unit"], t["year_start"], t["year_end"]) for t in rec["targets"]]
        for t in rec["targets"]:
            s = t.get("span")
            if s:
                assert text[s[0]:s[1]] == t["quote"], (cid, t)
        left = list(preds)
        found = years = 0
        misses = []
        for v, u, ys, ye in expect:
            cands = [p for p in left if p[1] == u and abs(p[0] - v) <= 1e-3 * max(abs(v), 1)]
            best = next((p for p in cands if p[2:] == (ys, ye)), cands[0] if cands else None)
            if best is None:
                misses.append(("missing", v, u, ys, ye))
                continue
            left.remove(best)
            found += 1
            if best[2:] == (ys, ye):
                years += 1
            else:
                misses.append(("years", v, u, (ys, ye), best[2:]))
        tot["expected"] += len(expect)
        tot["found"] += found
        tot["years"] += years
        tot["spurious"] += len(left)
        tot["exact"] += int(not misses and not left)
        if verbose and (misses or left):
            print(cid, misses, "spurious", left)
    return tot


if __name__ == "__main__":
    sys.path.insert(0, ".")
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    print(which, run(half(which), verbose=which != "held"))
