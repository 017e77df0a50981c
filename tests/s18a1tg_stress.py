"""Stress set of session 18 (helper s18-a1tg): targets in the styles of authored batch A1's classes, written in the
styles of other provinces, levels and eras (Gansu, Guangxi, Hainan, Tibet, Ningxia, Chongqing counties, 旗/盟,
1990s-2000s notices, towns), with expectations by spec 1.1 §7 written before running:
(value, unit, comparator, per_year, year_start, year_end, task).
RECALL docs hold targets of the classes; PRECISION docs are full paragraphs and short notices whose numbers are not
targets by spec §7 (eligibility, past standards, durations, frequencies, phone numbers, article numbers), so every
extra item counts as spurious. The set is split by a fixed rule: even positions are the FIX half, odd the HELD half
(`python3 tests/s18a1tg_stress.py fix|held|all`)."""
from __future__ import annotations

# fmt: off
DOCS: list[tuple[str, str, list[tuple]]] = []


def doc(name: str, text: str, expected: list[tuple]) -> None:
    DOCS.append((name, text, expected))


# R1. a provincial 印发 notice whose own letter sets the year's targets (Gansu 2022)
doc("R1-gansu-letter-targets", """甘肃省人力资源和社会保障厅关于印发《甘肃省2022年高校毕业生就业见习工作方案》的通知
甘人社发〔2022〕15号
各市（州）人力资源和社会保障局，兰州新区人力资源和社会保障局：
现将《甘肃省2022年高校毕业生就业见习工作方案》印发给你们，请认真贯彻执行。2022年，全省要募集就业见习岗位1.2万个以上，组织1万名以上离校未就业高校毕业生参加见习。各地要于每月5日前报送工作进展情况（联系电话：0931-8123456）。

甘肃省人力资源和社会保障厅
2022年3月10日

甘肃省2022年高校毕业生就业见习工作方案
一、工作目标
全年见习留用率达到50%以上。
二、工作措施
（一）落实见习补贴。对吸纳见习人员的单位，按当地最低工资标准的80%给予见习补贴。
""", [
    (12000, "个", ">=", False, 2022, 2022, None),
    (10000, "名", ">=", False, 2022, 2022, None),
    (50, "%", ">=", False, 2022, 2022, "一"),
    (80, "%", "=", False, 2022, 2022, "二/(一)"),
])

# R2. a county 转发 notice of 2009 whose letter restates the county's quota (Heilongjiang county)
doc("R2-county-letter-quota", """桦南县人民政府办公室关于印发《桦南县2009年农村劳动力转移就业工作意见》的通知
桦政办发〔2009〕21号
各乡镇人民政府，县政府各有关部门：
经县政府同意，现将《桦南县2009年农村劳动力转移就业工作意见》印发给你们，请认真组织实施。2009年，全县要完成农村劳动力转移就业2.5万人，开展转移就业技能培训3000人以上。

二〇〇九年三月二日

桦南县2009年农村劳动力转移就业工作意见
一、加强组织输出
各乡镇要建立劳务输出服务站，每个乡镇至少培育2个劳务经纪人队伍。
""", [
    (25000, "人", "=", False, 2009, 2009, None),
    (3000, "人", ">=", False, 2009, 2009, None),
    (2, "个", ">=", False, 2009, 2009, "一"),
])

# R3. a share in the second object of a coverage verb (Guangxi 2019)
doc("R3-guangxi-share-object", """广西壮族自治区农村人居环境整治三年行动实施方案
一、行动目标
到2020年，全区农村卫生厕所普及率达到85%以上，生活垃圾收运处置体系覆盖所有乡镇和70%以上的行政村。
二、重点任务
（一）推进厕所革命。各县（市、区）每年改造农村户厕不少于3000户。
""", [
    (85, "%", ">=", False, None, 2020, "一"),
    (70, "%", ">=", False, None, 2020, "一"),
    (3000, "户", ">=", True, None, None, "二/(一)"),
])

# R4. the same share class in a 2006 provincial plan (Hainan)
doc("R4-hainan-share-object", """海南省广播电视村村通工程实施意见
一、工作目标
到2010年，有线电视网络覆盖全省县城和80%以上的乡镇，广播电视人口综合覆盖率达到95%。
""", [
    (80, "%", ">=", False, None, 2010, "一"),
    (95, "%", "=", False, None, 2010, "一"),
])

# R5. one unit demanded of each place with a verb-plus-result (Chongqing county 2017)
doc("R5-chongqing-per-unit", """酉阳县推进农村综合服务平台建设工作方案
一、建设任务
（一）完善服务阵地。每个行政村要建好1个村级便民服务中心，2017年底前全县村级便民服务中心达到278个。
""", [
    (1, "个", "=", False, None, None, "一/(一)"),
    (278, "个", "=", False, None, 2017, "一/(一)"),
])

# R6. a per-year goal and a cumulative one for the plan's period in one sentence (Tibet prefecture)
doc("R6-tibet-cumulative", """日喀则市“十四五”就业促进规划
一、主要目标
“十四五”期间，每年新增城镇就业5000人以上，累计新增城镇就业2.5万人以上，城镇登记失业率控制在3.5%以内。
""", [
    (5000, "人", ">=", True, 2021, 2025, "一"),
    (25000, "人", ">=", False, 2021, 2025, "一"),
    (3.5, "%", "<=", False, 2021, 2025, "一"),
])

# R7. a grant after a clause naming who gets it, by an existing policy (Ningxia 2015)
doc("R7-ningxia-existing-policy", """宁夏回族自治区农业厅关于加快发展农民专业合作社的意见
二、扶持措施
（一）对新认定的自治区级示范合作社，按现行政策一次性奖励10万元；对新认定的国家级示范合作社，按已有政策再奖励20万元。
""", [
    (100000, "元", "=", False, None, None, "二/(一)"),
    (200000, "元", "=", False, None, None, "二/(一)"),
])

# R8. coverage of a list of units, the share of the second (Inner Mongolia 盟 2016 web copy)
doc("R8-meng-share-object", """锡林郭勒盟行政公署关于加快推进牧区饮水安全工程的实施意见
一、目标任务
到2018年，集中供水工程覆盖全盟旗县所在地和60%以上的苏木镇，牧区自来水普及率达到80%。
""", [
    (60, "%", ">=", False, None, 2018, "一"),
    (80, "%", "=", False, None, 2018, "一"),
])

# R9. per-unit quotas in a 1998 county notice
doc("R9-1998-county-quotas", """肃宁县人民政府关于加快发展个体私营经济的决定
一、目标任务
1998年，每个乡镇要办好1个个体私营经济小区，全县个体私营经济上缴税金达到1200万元。
""", [
    (1, "个", "=", False, 1998, 1998, "一"),
    (12000000, "元", "=", False, 1998, 1998, "一"),
])

# R10. per-year list with a cumulative total of its own period (a Zhejiang city 2021)
doc("R10-zhejiang-cumulative", """丽水市养老服务体系建设“十四五”规划
一、发展目标
到2025年，每年培训养老护理员不少于800人次，“十四五”期间累计培训4000人次以上。
""", [
    (800, "人次", ">=", True, 2021, 2025, "一"),
    (4000, "人次", ">=", False, 2021, 2025, "一"),
])

# P1. a transmitting letter full of non-target numbers (Gansu county 2021): dates, phone, document numbers, article
doc("P1-letter-no-targets", """临夏县人民政府办公室关于印发《临夏县农村危房改造实施办法》的通知
临县政办发〔2021〕36号
各乡镇人民政府，县政府各部门：
根据《甘肃省农村危房改造实施细则》（甘建村〔2019〕212号）第十二条规定，县政府制定了《临夏县农村危房改造实施办法》，现印发给你们，请认真贯彻执行。请各乡镇于2021年6月30日前将实施情况报县住建局（联系电话：0930-5621234）。2020年，全县共完成农村危房改造1560户。本办法自2021年5月1日起施行，有效期5年。

临夏县人民政府办公室
2021年4月20日

临夏县农村危房改造实施办法
第一条　为规范农村危房改造工作，制定本办法。
第二条　改造对象为建档立卡贫困户等4类重点对象。
""", [])

# P2. a provincial letter with eligibility, durations and frequencies (Heilongjiang 2012)
doc("P2-letter-eligibility", """黑龙江省民政厅关于印发《黑龙江省城市低保审核审批办法》的通知
黑民发〔2012〕8号
各市（地）民政局：
现将《黑龙江省城市低保审核审批办法》印发给你们，请遵照执行。凡家庭人均收入低于当地低保标准、在本地居住满3年以上的城市居民，均可申请。各地要在受理申请后20个工作日内完成审核，每季度报送一次审批情况。

黑龙江省民政厅
2012年2月15日

黑龙江省城市低保审核审批办法
第一条　为规范城市低保审核审批工作，制定本办法。
第二条　民政部门应当自受理之日起30日内作出决定。
""", [])

# P3. a share that picks out who may apply, past coverage, and standards of the past (Guangxi town 2020)
doc("P3-shares-not-targets", """某镇人民政府关于开展农村人居环境整治的通知
各村（社区）：
截至2019年底，全镇已有60%以上的行政村完成改厕，生活垃圾收运覆盖所有村和90%的自然村。卫生厕所普及率达到80%以上的村，可申请镇级奖补。
联系人：韦某，电话：0771-6612345。
""", [])

# P4. per-unit words that are not quotas (Chongqing district 2017)
doc("P4-per-unit-not-quota", """璧山区民政局关于做好2017年敬老院管理工作的通知
各镇人民政府、街道办事处：
每个敬老院要建立健全值班制度，每月至少组织1次安全检查，每季度召开1次院务会议。入住老人年满60周岁以上的，按每人每月300元标准发放生活费，此标准自2015年起执行。
""", [
    (300, "元", "=", False, 2017, 2017, None),
])

# P5. cumulative and per-year words in a report of the past (Tibet 2020 review)
doc("P5-cumulative-past", """那曲市人民政府关于2020年就业工作情况的通报
各县（区）人民政府：
2020年，全市累计新增城镇就业4200人，每年培训农牧民1.1万人次，城镇登记失业率为2.8%。“十三五”期间累计转移就业9.6万人次。
""", [])

# P6. a letter that only dates and numbers its documents (Hainan 2006)
doc("P6-hainan-letter", """海南省人民政府办公厅关于转发省发展改革委2006年重点项目投资计划的通知
琼府办〔2006〕45号
各市、县、自治县人民政府，省政府直属有关单位：
省发展改革委《2006年重点项目投资计划》已经省政府同意，现转发给你们，请按照《海南省政府投资项目管理办法》（琼府〔2004〕17号）第八条执行。请于每月10日前报送项目进展。

二〇〇六年四月三日
""", [])

# P7. existing-policy words around non-targets (Ningxia 2015)
doc("P7-existing-policy-words", """固原市农牧局关于做好示范合作社监测的通知
各县（区）农牧局：
已有政策规定，示范合作社成员数应在50户以上。按已有政策已奖励的合作社，监测期为3年。请于每年12月底前报送监测报告。
""", [])

# P8. shares after coverage verbs describing what is (Inner Mongolia 旗 2016)
doc("P8-qi-coverage-review", """阿巴嘎旗2016年牧区工作情况报告
一、工作回顾
目前，全旗广播电视覆盖所有苏木镇和85%的嘎查，集中供水工程已覆盖旗所在地和70%以上的嘎查。
""", [])

# P9. eligibility clauses around grants (Chongqing 2017)
doc("P9-eligibility-grants", """璧山区关于支持乡村旅游发展的若干措施
一、支持措施
（一）对年接待游客5万人次以上的乡村旅游点，给予一次性奖励5万元。
（二）对连续经营3年以上的农家乐，优先推荐评定星级。
""", [
    (50000, "元", "=", False, None, None, "一/(一)"),
])

# P10. a town's notice: durations, frequencies, phone numbers (Zhejiang town 2024)
doc("P10-town-durations", """某镇人民政府关于开展夏季安全生产大检查的通知
各村（社区），镇属各单位：
检查自2024年6月1日开始，为期2个月。各村要每周开展1次隐患排查，每月25日前报送检查台账。值班电话：0572-8051236，24小时有人值守。
""", [])

FIELDS = ("comparator", "per_year", "year_start", "year_end", "task")


def half(which: str):
    if which == "all":
        return DOCS
    return DOCS[0::2] if which == "fix" else DOCS[1::2]


def run(which: str = "fix", verbose: bool = True) -> dict:
    try:
        from stress_targets import score
    except ImportError:
        from tests.stress_targets import score
    docs = half(which)
    tot = score(docs, FIELDS, verbose)
    prec = [d for d in docs if d[0].startswith("P")]
    ptot = score(prec, FIELDS, False)
    tot["spurious_precision_docs"] = ptot["pred"] - ptot["match"]
    if verbose:
        print(which, "spurious on precision docs:", tot["spurious_precision_docs"])
    return tot


if __name__ == "__main__":
    import sys
    sys.path.insert(0, ".")
    sys.path.insert(0, "tests")
    run(sys.argv[1] if len(sys.argv) > 1 else "fix")
