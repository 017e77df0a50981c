"""s21-org stress set: short notices in the styles of provinces, levels and eras unlike the opened batches, each with
its COMPLETE expected department list written before the code ran (so spurious items are counted).

FIX = cases at even positions (0, 2, 4…), HELD = odd positions; HELD is scored at BASE and at the final commit only.
Run: `python3 tests/s21org_stress.py fix|held` (from the worktree root) -> recall and spurious counts.
"""
from __future__ import annotations

import sys

CASES = [
    # 0 Gansu prefecture, 2019: places of a kind sharing 各 acting and as the object of 纳入
    ("定西市人民政府办公室关于加快推进马铃薯产业发展的通知\n\n各县（区）人民政府，市政府有关部门：\n"
     "为加快马铃薯产业发展，现就有关事项通知如下：\n一、各县（区）要把马铃薯产业作为主导产业，成立相应工作机构。\n"
     "二、市农业农村局负责技术指导，市财政局负责资金保障。\n三、将马铃薯产业发展纳入各县（区）年度目标责任考核。\n\n"
     "定西市人民政府办公室\n2019年3月5日\n",
     {"各县（区）", "定西市农业农村局", "定西市财政局"}),
    # 1 Heilongjiang province, 2008: 市（地）、县（市）, a level word kept as written, places qualifying enterprises
    ("黑龙江省人民政府关于加强农村饮水安全工作的意见\n\n各市（地）、县（市）人民政府（行署），省政府各直属单位：\n"
     "一、各市（地）、县（市）要将农村饮水安全纳入当地经济社会发展规划。\n"
     "二、省水利厅会同省发展改革委负责项目审批。省级有关部门要加强协调配合。\n三、各市、县供水企业要加强水质检测。\n\n"
     "黑龙江省人民政府\n二〇〇八年五月十日\n",
     {"各市（地）、县（市）", "黑龙江省水利厅", "黑龙江省发展和改革委员会", "省级有关部门"}),
    # 2 Guangxi county, 2021: precision (地方政府债券, 村党组织书记)
    ("田林县人民政府办公室关于做好秋冬种工作的通知\n\n各乡镇人民政府，县直有关单位：\n"
     "一、各乡镇要抓好秋冬种生产。县农业农村局负责技术服务。\n二、地方政府债券资金要优先安排农田水利项目。\n"
     "三、村党组织书记要带头发动群众参与秋冬种。\n\n田林县人民政府办公室\n2021年9月1日\n",
     {"各乡镇", "田林县农业农村局"}),
    # 3 Tibet, 2016: 地（市）, 地（市）、县（区）, 地方政府责任
    ("西藏自治区人民政府办公厅关于推进青稞产业发展的实施意见\n\n各地（市）行政公署、人民政府，自治区各委、办、厅、局：\n"
     "一、各地（市）要结合实际制定实施方案。\n二、自治区农牧厅牵头，自治区财政厅配合，做好项目资金管理。\n"
     "三、落实地方政府责任，各地（市）、县（区）要加强组织领导。\n\n西藏自治区人民政府办公厅\n2016年6月1日\n",
     {"各地（市）", "西藏自治区农牧厅", "西藏自治区财政厅", "地方政府", "各地（市）、县（区）"}),
    # 4 Hainan province, 2012: 各市县 acting; 各市县 before a service body is no collective
    ("海南省人民政府关于促进天然橡胶产业发展的意见\n\n各市、县、自治县人民政府，省政府直属各单位：\n"
     "一、各市县要扶持民营橡胶加工企业。省农业厅负责技术指导。\n二、各市县农业技术推广中心要加强服务。\n\n"
     "海南省人民政府\n2012年4月6日\n",
     {"各市县", "海南省农业厅"}),
    # 5 Chongqing autonomous county, 2020: 乡镇（街道）, 县级有关部门
    ("酉阳土家族苗族自治县人民政府办公室关于加强森林防火工作的通知\n\n各乡镇人民政府、街道办事处，县政府各部门：\n"
     "一、各乡镇（街道）要落实森林防火责任。县级有关部门要加强指导。\n二、县林业局负责火情监测。\n\n"
     "酉阳土家族苗族自治县人民政府办公室\n2020年2月10日\n",
     {"各乡镇（街道）", "县级有关部门", "酉阳土家族苗族自治县林业局"}),
    # 6 Inner Mongolia league, 2018: 旗县市（区）, 苏木镇
    ("锡林郭勒盟行政公署关于推进肉牛产业发展的通知\n\n各旗县市（区）人民政府，盟直各有关部门：\n"
     "一、各旗县市（区）要建立工作台账，每季度报送进展。\n二、盟农牧局负责技术指导。\n三、各苏木镇要配备专职人员。\n\n"
     "锡林郭勒盟行政公署\n2018年5月3日\n",
     {"各旗县市（区）", "锡林郭勒盟农牧局", "各苏木镇"}),
    # 7 Sichuan autonomous prefecture, 2012: 县（市）, 州级有关部门
    ("甘孜藏族自治州人民政府关于加强草原保护的通知\n\n各县人民政府，州级各部门：\n"
     "一、各县（市）要加强草原执法。州级有关部门要密切配合。\n二、州发展改革委负责项目安排。\n\n"
     "甘孜藏族自治州人民政府\n2012年7月1日\n",
     {"各县（市）", "州级有关部门", "甘孜藏族自治州发展和改革委员会"}),
    # 8 Shanxi province, 1998: 各市、地 (the years of 地区); 各地 stays a place
    ("山西省人民政府关于加强乡镇企业管理的通知\n\n各地区行政公署，各市、县人民政府，省直各委、办、厅、局：\n"
     "一、各市、地要切实加强对乡镇企业工作的领导。\n二、省农业厅、省财政厅负责做好指导服务。\n三、各地要认真总结经验。\n\n"
     "山西省人民政府\n一九九八年六月八日\n",
     {"各市、地", "山西省农业厅", "山西省财政厅"}),
    # 9 web copy, Guangdong city, 2022: furniture; places before a competition are no collective
    ("发布时间：2022-05-10 来源：市农业农村局\n韶关市人民政府办公室关于做好高标准农田建设工作的通知\n\n"
     "各县（市、区）人民政府，市直有关单位：\n一、各县（市、区）每年6月底前将工作进展报市农业农村局。\n"
     "二、各县（市、区）职业技能比赛要突出农业特色。\n\n韶关市人民政府办公室\n2022年5月9日\n"
     "主办：韶关市人民政府办公室 版权所有\n",
     {"各县（市、区）", "韶关市农业农村局"}),
    # 10 a ministry, 2005: 省（区、市）, 地方各级…部门; 各地 stays a place
    ("劳动和社会保障部关于做好农村劳动力转移培训工作的通知\n\n各省、自治区、直辖市劳动和社会保障厅（局）：\n"
     "一、各省（区、市）要于2005年底前报送培训计划。\n二、各地要加强培训质量监管。\n"
     "三、地方各级劳动保障部门要加强组织实施。\n\n劳动和社会保障部\n二〇〇五年三月一日\n",
     {"各省（区、市）", "地方各级劳动保障部门"}),
    # 11 State Council office, 2019: precision (各省（自治区、直辖市）统一的平台, 地方政府专项债券) and 地方政府积极性
    ("国务院办公厅关于加快推进农作物秸秆综合利用的意见\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
     "一、建设各省（自治区、直辖市）统一的秸秆资源监测平台。\n二、用好地方政府专项债券支持秸秆收储设施建设。\n"
     "三、优先在地方政府积极性高的县开展整县推进。\n\n国务院办公厅\n2019年8月2日\n",
     {"地方政府"}),
    # 12 Guangxi prefecture, 2017: 县（市、区）、各有关部门 (two collectives), 市级有关部门
    ("百色市人民政府关于加强养老服务体系建设的实施意见\n\n各县（市、区）人民政府，市直各委、办、局：\n"
     "一、市民政局牵头做好养老机构备案。\n二、各县（市、区）、各有关部门要加强协作。\n三、市级有关部门要加强督促检查。\n\n"
     "百色市人民政府\n2017年10月12日\n",
     {"百色市民政局", "各县（市、区）", "各有关部门", "市级有关部门"}),
    # 13 Hainan province, 2015: precision (各市县 before a fund; the places' governments named)
    ("海南省人民政府办公厅关于加强农村公路养护的通知\n\n各市、县、自治县人民政府，省政府直属各单位：\n"
     "一、各市县人民政府要落实养护主体责任。\n二、各市县农村公路养护资金要专款专用。\n三、省交通运输厅负责监督检查。\n\n"
     "海南省人民政府办公厅\n2015年3月2日\n",
     {"各市县人民政府", "海南省交通运输厅"}),
    # 14 Heilongjiang county, 2010: 全县各乡镇 (the determiner kept)
    ("依安县人民政府关于做好春耕生产工作的通知\n\n各乡镇人民政府，县直各有关部门：\n"
     "一、全县各乡镇要抓好春耕备耕。\n二、县财政局负责落实春耕资金。\n\n依安县人民政府\n2010年3月15日\n",
     {"各乡镇", "依安县财政局"}),
    # 15 Jiangxi prefecture, 2021: a level word before 各部门; places in a bracketed annotation
    ("吉安市人民政府办公室关于推进油茶产业高质量发展的通知\n\n各县（市、区）人民政府，市直有关单位：\n"
     "一、扩大油茶种植面积。（责任单位：市林业局，各县〔市、区〕人民政府）\n"
     "二、市级各部门要加强协同。各县（市、区）要将油茶产业纳入乡村振兴考核。\n\n吉安市人民政府办公室\n2021年6月1日\n",
     {"吉安市林业局", "各县〔市、区〕人民政府", "市级各部门", "各县（市、区）"}),
]


def run(which: str) -> None:
    from pipeline import process_text
    idx = [i for i in range(len(CASES)) if (i % 2 == 0) == (which == "fix")]
    rec = tot = spur = full = 0
    for i in idx:
        text, expected = CASES[i]
        got = {d["name"] for d in process_text(text, doc_id=f"s21org{i}").model_dump()["departments"]}
        hit = len(got & expected)
        rec, tot, spur = rec + hit, tot + len(expected), spur + len(got - expected)
        full += got == expected
        if "-v" in sys.argv:
            print(i, "missing", sorted(expected - got), "spurious", sorted(got - expected))
    print(f"{which}: cases exact {full}/{len(idx)}, recall {rec}/{tot}, spurious {spur}")


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else "fix")
