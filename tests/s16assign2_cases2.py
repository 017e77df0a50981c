"""s16-assign2 stress set 2: residents'/villagers' committees inside annotations (class 5) and places beside them.
Expectations written before any run; split by order: odd -> FIX, even -> HELD (HELD run at BASE and at the end only)."""
import sys

CASES = [
("E1", """永靖县人民政府办公室关于印发永靖县城乡环境卫生整治实施方案的通知
永政办发〔2019〕21号

各乡镇人民政府，县直各部门：
现将《永靖县城乡环境卫生整治实施方案》印发给你们，请认真抓好落实。

永靖县人民政府办公室
2019年4月2日

永靖县城乡环境卫生整治实施方案

一、重点任务
（一）清理农村生活垃圾。全面清理村庄积存垃圾。（牵头单位：县住建局；配合单位：各乡镇人民政府、各村民委员会）
（二）开展宣传动员。广泛宣传环境卫生整治的意义。（责任单位：县委宣传部，各社区居委会协助）
""", {("一/(一)", "永靖县住房和城乡建设局", "lead"), ("一/(一)", "各乡镇人民政府", "co"),
      ("一/(二)", "中共永靖县委宣传部", "responsible")}),
("E2", """关于印发《兰西县农村留守老人关爱服务工作方案》的通知
兰政办发〔2016〕9号

各乡镇人民政府，县政府各有关部门：
现将《兰西县农村留守老人关爱服务工作方案》印发给你们，请结合实际认真执行。

兰西县人民政府办公室
2016年6月8日

兰西县农村留守老人关爱服务工作方案

一、主要任务
（一）摸清留守老人底数。建立留守老人信息台账。（牵头单位：县民政局；配合单位：各乡镇、各村（居）委会）
（二）开展巡访关爱。定期上门探访。（责任单位：各乡镇，各村民委员会协助）
""", {("一/(一)", "兰西县民政局", "lead"), ("一/(一)", "各乡镇", "co"), ("一/(二)", "各乡镇", "responsible")}),
("E3", """隆安县人民政府办公室关于印发隆安县城区市容环境综合整治方案的通知
隆政办发〔2018〕30号

各乡镇人民政府，县直各单位：
现将《隆安县城区市容环境综合整治方案》印发给你们，请认真组织实施。

隆安县人民政府办公室
2018年9月12日

隆安县城区市容环境综合整治方案

一、整治内容
（一）整治占道经营。（责任单位：县公安局、各社区）
（二）整治楼道堆物。（责任单位：各社区居委会）
""", {("一/(一)", "隆安县公安局", "responsible"), ("一/(一)", "各社区", "responsible")}),
("E4", """琼中黎族苗族自治县人民政府关于做好2012年农村低保工作的通知
琼中府〔2012〕15号

各乡镇人民政府，县政府直属各单位：

一、做好低保申请受理。县民政局负责低保申请的审核审批。各村民委员会、居民委员会应当协助做好入户调查工作。
二、加强资金管理。县财政局负责低保资金的筹集和拨付。

琼中黎族苗族自治县人民政府
2012年3月1日
""", {("一", "琼中黎族苗族自治县民政局", "responsible"), ("二", "琼中黎族苗族自治县财政局", "responsible")}),
]

def run(which):
    from pipeline import process_text
    cases = CASES[0::2] if which == "fix" else CASES[1::2]
    tot_exp = found = spurious = 0
    for cid, text, exp in cases:
        r = process_text(text, doc_id=cid).model_dump()
        got = {(t["task"], t["department"], t["role"]) for t in r["responsibilities"]}
        tot_exp += len(exp); found += len(exp & got); spurious += len(got - exp)
        if which == "fix":
            print(cid, "missing", sorted(exp - got), "extra", sorted(got - exp))
    print(which, f"found {found}/{tot_exp} spurious {spurious}")

if __name__ == "__main__":
    run(sys.argv[1])
