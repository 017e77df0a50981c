"""Stress set of s18-a2tg: tables whose rows lost their cells under a header row that kept them (tasks, target
task paths). Expected task paths written before any run. Even positions: FIX half; odd positions: HELD half.
Run: python3 tests/s18a2tg_stress.py fix|held  (from a tree's root)."""
import sys

CASES = [
    # R1 Guangxi autonomous-region office, pipe header, tab-less rows under group rows
    ("R1", """广西壮族自治区人民政府办公厅关于印发2023年全区数字政府建设工作要点的通知
桂政办发〔2023〕21号
各市、县人民政府，自治区人民政府各组成部门、各直属机构：
经自治区人民政府同意，现将《2023年全区数字政府建设工作要点》印发给你们，请认真贯彻执行。
一、总体目标
2023年，全区政务服务事项网上可办率达到98%以上。
二、重点任务
序号 | 工作任务 | 牵头单位 | 完成时限
（一）夯实数字底座
1建设全区统一政务云平台，新增算力资源20%以上。 自治区大数据发展局 2023年12月底前
2推进政务数据共享，新增共享数据目录500条以上。 自治区大数据发展局 2023年12月底前
（二）提升服务能力
3推行“桂通办”，新增跨省通办事项50项。 自治区大数据发展局 2023年10月底前
三、保障措施
（一）加强组织领导
各地各部门要明确责任分工。
（二）强化考核评估
将工作落实情况纳入绩效考评。
广西壮族自治区人民政府办公厅
2023年3月10日
""", {"一", "二", "三", "三/(一)", "三/(二)"}),
    # P1 Heilongjiang county: header row and rows all with pipes, then items (一)(二) in the text under the same 二
    ("P1", """关于做好2022年春季农业生产工作的通知
各乡（镇）人民政府，县直有关部门：
现就做好今年春季农业生产工作通知如下：
一、目标任务
全县粮食播种面积稳定在180万亩以上。
二、主要措施
序号 | 作物 | 面积（万亩）
1 | 玉米 | 120
2 | 大豆 | 60
（一）抓好种子供应。县农业农村局要组织种子企业做好供种。
（二）抓好农机准备。各乡镇要检修农机具。
三、工作要求
各乡镇要于4月10日前报送进展情况。
某县人民政府办公室
2022年3月1日
""", {"一", "二", "二/(一)", "二/(二)", "三"}),
    # R2 Chongqing county, tab header kept as pipes after cleaning is not needed: header `编号` with tabs, rows flattened
    ("R2", """重庆市酉阳土家族苗族自治县人民政府办公室关于印发酉阳县2021年乡村振兴重点工作分工方案的通知
各乡镇人民政府、街道办事处，县政府各部门：
《酉阳县2021年乡村振兴重点工作分工方案》已经县政府同意，现印发给你们，请认真组织实施。
一、工作目标
全年农村居民人均可支配收入增长9%以上。
二、任务分工
编号 | 重点工作 | 责任单位
1新建高标准农田5万亩。 县农业农村委
2新改建农村公路300公里。 县交通局
3建成农村人居环境整治示范村20个。 县农业农村委
三、工作要求
（一）加强统筹
（二）严格督查
酉阳土家族苗族自治县人民政府办公室
2021年4月2日
""", {"一", "二", "三", "三/(一)", "三/(二)"}),
    # P2 Gansu 2000s notice: a 序号 header row, then prose (not a row) is no table: numbered items below stay tasks
    ("P2", """甘肃省人民政府办公厅关于加强2006年农村饮水安全工作的通知
各市、州人民政府，省政府有关部门：
为解决农村饮水安全问题，现就有关事项通知如下：
一、明确目标
序号 | 项目 | 数量
1 | 集中供水工程 | 120处
二、落实措施
（一）加强前期工作。各地要抓紧编制实施方案。
（二）加强资金管理。专项资金要专款专用。
甘肃省人民政府办公厅
二〇〇六年三月二日
""", {"一", "二", "二/(一)", "二/(二)"}),
    # R3 Inner Mongolia banner, 序号 header with tabs, group rows `（一）` and rows flattened, then 四、 ends the table
    ("R3", """关于印发鄂托克旗2024年优化营商环境重点任务清单的通知
各苏木镇人民政府，旗直各部门：
现将《鄂托克旗2024年优化营商环境重点任务清单》印发给你们，请结合实际抓好落实。
一、工作目标
力争全年新增市场主体2000户以上。
二、重点任务
（详见下表）
三、任务清单
序号 | 任务内容 | 责任单位 | 完成时限
（一）政务服务
1企业开办时间压减至1个工作日以内。 旗市场监管局 2024年6月底前
2新增“掌上办”事项80项。 旗政务服务局 2024年12月底前
（二）要素保障
3新增普惠小微贷款5亿元以上。 旗金融服务中心 2024年12月底前
四、工作要求
各责任单位每季度末报送进展。
鄂托克旗人民政府办公室
2024年2月20日
""", {"一", "二", "三", "四"}),
    # P3 Hainan town: numbered list items right under a 序号 header line that is itself a pipe row followed by pipe rows,
    # the list after the table keeps its numbering
    ("P3", """海南省琼海市博鳌镇人民政府关于开展2023年环境卫生整治的通知
各村（居）委会：
一、整治范围
序号 | 村（居） | 责任人
1 | 朝烈村 | 王某
2 | 南强村 | 李某
二、整治内容
1.清理房前屋后垃圾。
2.整治乱堆乱放。
三、时间安排
2023年5月1日至5月31日。
博鳌镇人民政府
2023年4月20日
""", {"一", "二", "二/1", "二/2", "三"}),
    # P4 (fix) Tibet prefecture 2010s: flattened rows whose cells hold `1.` `2.` sub-points; the text's next item ends it
    ("P4", """拉萨市人民政府办公厅关于印发拉萨市2016年城乡环境综合整治工作任务分解表的通知
各县（区）人民政府，市直各部门：
现将任务分解表印发给你们，请遵照执行。
一、任务分解
序号 | 工作内容 | 责任单位
1城区主次干道清扫保洁。1.每日清扫两次；2.每周冲洗一次。 市城管局
2农牧区垃圾集中收运。1.每村配备保洁员2名。 各县（区）人民政府
二、工作要求
（一）各责任单位要细化措施。
（二）市督查室定期督查。
拉萨市人民政府办公厅
2016年3月8日
""", {"一", "二", "二/(一)", "二/(二)"}),
    # R4 (held) Hainan county 2019, real tabs: group rows with empty trailing cells, rows with tab cells
    ("R4", """屯昌县人民政府办公室关于印发屯昌县2019年优化营商环境工作任务分工的通知
各镇人民政府，县政府直属各单位：
现将有关任务分工印发给你们，请认真抓好落实。
一、工作目标
2019年，全县新增市场主体1500户以上。
二、任务分工
序号\t工作任务\t牵头单位\t配合单位\t完成时限
（一）提升审批效率\t\t\t\t
1\t工程建设项目审批时间压缩至80个工作日以内。\t县住建局\t县自然资源局\t2019年12月底前
2\t新增“不见面审批”事项60项。\t县政务服务中心\t县直有关单位\t2019年9月底前
（二）降低企业成本\t\t\t\t
3\t全年为企业减免税费2000万元以上。\t县税务局\t县财政局\t2019年12月底前
三、保障措施
（一）加强组织领导
（二）严格督查问责
屯昌县人民政府办公室
2019年4月1日
""", {"一", "二", "三", "三/(一)", "三/(二)"}),
]


def _run_cases(cases, half: str, field: str, key: str, label: str) -> None:
    """Count the cases of one half (even positions FIX, odd HELD) whose `field` items' `key` set is exactly the expected."""
    from pipeline import process_text
    keep = 0 if half == "fix" else 1
    matched = spurious = missed = 0
    for k, (name, text, expected) in enumerate(cases):
        if k % 2 != keep:
            continue
        got = {t[key] for t in process_text(text, doc_id=name).model_dump()[field]}
        sp, mi = got - expected, expected - got
        matched += not sp and not mi
        spurious += len(sp)
        missed += len(mi)
        if half == "fix":
            print(name, "spurious", sorted(sp), "missed", sorted(mi))
    print(half, label, "matched", matched, "spurious", spurious, "missed", missed)


def run(half: str) -> None:
    _run_cases(CASES, half, "tasks", "path", "cases")

# Target cases (values expected; written before any run). Even positions FIX, odd HELD.
def _notice(title, body, issuer, date):
    return f"{title}\n各有关单位：\n一、工作目标\n{body}\n二、工作要求\n各地要按月报送进展。\n{issuer}\n{date}\n"


TARGET_CASES = [
    ("T1", _notice("广西壮族自治区交通运输厅关于推进2018年农村公路建设的通知",
                   "到2020年，实现20户以上自然村（屯）通硬化路，新建屯级道路3000公里。", "广西壮族自治区交通运输厅", "2018年3月5日"),
     {3000.0}),
    ("T2", _notice("关于推进2019年农村人居环境整治的通知",
                   "2019年，完成50户以上较大自然村村内道路硬化，每个行政村建成1个以上公共厕所。", "某州人民政府办公室", "2019年2月1日"),
     {1.0}),
    ("T3", _notice("关于做好2021年产业帮扶工作的通知",
                   "2021年，全县帮助5000户以上农户增收，新增帮扶车间20个。", "某县人民政府办公室", "2021年3月1日"),
     {5000.0, 20.0}),
    ("T4", _notice("关于加快2017年易地扶贫搬迁工作的通知",
                   "2017年，全市建成100户以上的集中安置点5个，搬迁群众1.2万人。", "某市人民政府办公室", "2017年3月1日"),
     {5.0, 12000.0}),
    ("T5", _notice("关于加强2022年城乡生活垃圾处理的通知",
                   "到2025年，全市生活垃圾无害化处理能力达到3000吨/日（按每人每天1.2千克计），回收利用率达到35%以上。", "某市人民政府", "2022年4月1日"),
     {3000.0, 35.0}),
    ("T6", _notice("关于做好2021年节能工作的通知",
                   "到2025年，全省单位地区生产总值能耗下降14%（按2020年不变价计算），新增节能量300万吨标准煤。", "某省人民政府", "2021年5月1日"),
     {14.0, 3000000.0}),
    ("T7", _notice("关于推进2020年厕所革命的通知",
                   "2020年，全县新改建农村户用卫生厕所1.5万座（其中无害化卫生厕所普及率达到85%以上）。", "某县人民政府", "2020年2月1日"),
     {15000.0, 85.0}),
    ("T8", _notice("关于做好2023年国土绿化工作的通知",
                   "到2023年，全省森林覆盖率达到62%（按照含水率15%折算的木材蓄积量另行统计），完成造林10万亩。", "某省人民政府", "2023年2月1日"),
     {62.0, 100000.0}),
]


def run_targets(half: str) -> None:
    _run_cases(TARGET_CASES, half, "targets", "value", "target cases")


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else "fix")
    run_targets(sys.argv[1] if len(sys.argv) > 1 else "fix")
