"""Stress set of s20-tg (targets and their years). Expected targets written before any run, as
(value, unit, comparator, per_year, year_start, year_end). Even positions: FIX half; odd positions: HELD half.
Recall cases and precision cases (full notices with numbers that are not targets by spec 1.1 §7).
Run: python3 tests/s20tg_stress.py fix|held  (from a tree's root)."""
import sys
import os
sys.path.insert(0, os.getcwd())


def N(title, body, issuer, date, to="各有关单位："):
    return f"{title}\n{to}\n{body}\n{issuer}\n{date}\n"


F, T = False, True
CASES = [
    # S1 Guangxi county three-year plan: a bare plan-end year inside a goal sentence is a deadline
    ("S1", N("关于印发恭城瑶族自治县月柿产业提升工作方案（2022—2024年）的通知",
             "一、重点任务\n（一）提升品质。推广套袋、疏果等技术，2024年优质果率达到70%以上。\n（二）拓展销售。每年举办月柿推介活动不少于3场。",
             "恭城瑶族自治县人民政府办公室", "2022年5月6日", "各乡镇人民政府，县直各有关单位："),
     [(70, "%", ">=", F, None, 2024), (3, "场", ">=", T, 2022, 2024)]),
    # S2 Heilongjiang county: year-by-year schedule lines keep their own years
    ("S2", N("关于印发宝清县黑木耳产业发展三年行动方案（2021—2023年）的通知",
             "一、发展目标\n2021年，全县黑木耳栽培规模达到3亿袋；\n2022年，栽培规模达到3.5亿袋；\n2023年，栽培规模达到4亿袋以上。\n二、保障措施\n县财政每年安排产业扶持资金200万元。",
             "宝清县人民政府办公室", "2021年3月15日", "各乡镇人民政府，县政府各部门："),
     [(300000000, "袋", "=", F, 2021, 2021), (350000000, "袋", "=", F, 2022, 2022), (400000000, "袋", ">=", F, 2023, 2023),
      (2000000, "元", "=", T, 2021, 2023)]),
    # S3 Chongqing county 意见 in force from issue, no stated length: issue year, no end
    ("S3", N("城口县人民政府关于支持返乡创业的实施意见",
             "一、加大金融支持\n返乡创业人员可申请最高不超过20万元的创业担保贷款。\n二、给予场地补贴\n对入驻孵化基地的创业实体，每户每年补贴场地租金不超过5000元。\n三、其他\n本意见自印发之日起施行。",
             "城口县人民政府", "2019年6月3日", "各乡镇人民政府、街道办事处，县政府各部门："),
     [(200000, "元", "<=", F, 2019, None), (5000, "元", "<=", T, 2019, None)]),
    # S4 Tibet prefecture 2000s: the general goal sentence over a span of years gives the plan's period
    ("S4", N("山南地区行政公署关于加快发展农牧区劳务经济的通知",
             "一、目标任务\n2006—2007年，全地区劳务输出工作的总体目标是：以技能培训为重点，扩大有组织输出。\n2006年，全地区转移农牧民富余劳动力3万人次以上。\n"
             "二、工作措施\n（一）加强培训。每个县每年举办技能培训班不少于5期。",
             "山南地区行政公署", "二〇〇六年三月二日", "各县人民政府，行署各部门："),
     [(30000, "人次", ">=", F, 2006, 2006), (5, "期", ">=", T, 2006, 2007)]),
    # S5 Yunnan prefecture indicator table with cells parted by slashes, baseline column
    ("S5", N("西双版纳州人民政府关于加快发展茶产业的意见",
             "一、发展目标\n到2020年，全州茶叶综合产值达到80亿元。\n附件\n西双版纳州茶产业发展主要指标\n指标名称 / 2015年（基数）/ 2018年 / 2020年\n"
             "茶园面积（万亩） / 120 / 130 / 135\n茶叶产量（万吨） / 4.5 / 5.5 / 6\n",
             "西双版纳州人民政府", "2016年4月8日", "各县（市）人民政府，州直各部门："),
     [(8000000000, "元", "=", F, None, 2020), (1300000, "亩", "=", F, None, 2018), (1350000, "亩", "=", F, None, 2020),
      (55000, "吨", "=", F, None, 2018), (60000, "吨", "=", F, None, 2020)]),
    # S6 Hainan town training minimum hours
    ("S6", N("关于做好2020年农民技能培训工作的通知",
             "一、培训要求\n每期培训时间不少于40个学时，其中实操不少于20学时。全年培训农民500人次以上。\n二、联系方式\n联系电话：0898-62345678。",
             "琼中黎族苗族自治县湾岭镇人民政府", "2020年3月9日", "各村（居）委会："),
     [(40, "学时", ">=", F, 2020, 2020), (20, "学时", ">=", F, 2020, 2020), (500, "人次", ">=", F, 2020, 2020)]),
    # P1 precision: Gansu county notice full of non-targets; one real target
    ("P1", N("关于做好2018年农村危房改造工作的通知",
             "一、补助对象\n补助对象为建档立卡贫困户、低保户、分散供养特困人员和贫困残疾人家庭等4类重点对象，家庭人均纯收入低于3000元的优先。\n"
             "二、任务\n全年完成农村危房改造1200户。\n三、时限\n各乡镇于6月30日前报送名单，审核在15个工作日内完成。依据《甘肃省农村危房改造实施办法》第12条执行。\n"
             "联系电话：0943-5221234。",
             "靖远县住房和城乡建设局", "2018年2月26日", "各乡镇人民政府："),
     [(1200, "户", "=", F, 2018, 2018)]),
    # P2 precision: a past review with a bare year, a deadline plan-end, a slash date in prose, no spurious fraction
    ("P2", N("关于印发三江侗族自治县油茶产业发展规划（2019—2021年）的通知",
             "一、发展基础\n2018年，全县油茶面积达到65万亩，产值12亿元，比上年增长8%。\n二、发展目标\n到2021年，全县油茶面积稳定在70万亩以上。\n"
             "三、附则\n本规划由县林业局负责解释，联系电话 0772-8612345，传真 0772-8612346。",
             "三江侗族自治县人民政府", "2019年4月1日", "各乡镇人民政府，县直各单位："),
     [(700000, "亩", ">=", F, None, 2021)]),
    # P3 precision: a statute in force from its date (no period), article numbers and fines
    ("P3", N("黔东南苗族侗族自治州森林防火条例",
             "第一条　为了预防和扑救森林火灾，制定本条例。\n第十二条　违反本条例第八条规定的，处二百元以上一千元以下罚款。\n"
             "第十三条　各县每年组织森林防火演练不少于2次。\n第二十条　本条例自2016年3月1日起施行。",
             "黔东南苗族侗族自治州人民代表大会常务委员会", "2016年1月8日", ""),
     [(2, "次", ">=", T, None, None)]),
    # P4 precision: a one-cell-per-line table of what was done (no goal columns), durations and ages
    ("P4", N("关于开展2021年度农机购置补贴工作的通知",
             "一、补贴标准\n补贴额按不超过上年市场平均价格的30%测算。\n二、对象条件\n年满18周岁、从事农业生产3年以上的个人可以申请。\n三、办理时限\n县农机中心在收到申请之日起10个工作日内完成核验。",
             "临洮县农业农村局", "2021年3月3日", "各乡镇人民政府："),
     [(30, "%", "<=", F, 2021, 2021)]),
]



def run(half: str) -> None:
    from tests.stress_runners import report_targets  # (the tree's root is on sys.path: run from it)
    report_targets(CASES, half)


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else "fix")
