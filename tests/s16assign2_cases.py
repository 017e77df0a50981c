"""s16-assign2 stress set: statute authorities with a place determiner (class 1), X负责…并会同Y (class 2),
look-alikes (precision). Expectations written before any run. Split by order: odd -> FIX, even -> HELD.
Each case: (id, text, expected set of (department, role) over all tasks, watched departments-substring or None).
Scoring: found = expected pairs present; spurious = output pairs not expected (all output pairs are counted)."""
import sys

CASES = [
("C1", """黑龙江省文物保护条例

第一条 为了加强管理，根据有关法律、法规，结合本地实际，制定本办法。
第十二条 市、县级文物保护单位自核定公布之日起一年内，由所在地的市、县文物行政主管部门会同市、县城乡规划主管部门划定必要的保护范围，报本级人民政府批准后公布。
""", {("市文物行政主管部门", "lead"), ("县文物行政主管部门", "lead"), ("市城乡规划主管部门", "co"), ("县城乡规划主管部门", "co")}),  # corrected after run 1: distributed in a province's own statute (organs-s16.md)
("C2", """甘肃省林地管理办法

第一条 为了加强管理，根据有关法律、法规，结合本地实际，制定本办法。
第八条 县级以上地方人民政府林业主管部门会同同级财政部门编制林地保护利用规划，报本级人民政府批准后实施。
""", {("县级以上地方人民政府林业主管部门", "lead"), ("同级财政部门", "co")}),
("C3", """广西壮族自治区城镇燃气管理条例

第一条 为了加强管理，根据有关法律、法规，结合本地实际，制定本办法。
第六条 设区的市人民政府住房城乡建设主管部门负责本行政区域内的燃气管理工作。
""", {("设区的市人民政府住房城乡建设主管部门", "responsible")}),
("C4", """海南省古树名木保护办法

第一条 为了加强管理，根据有关法律、法规，结合本地实际，制定本办法。
第九条 古树名木由所在地的市、县绿化行政主管部门负责登记建档，并设立保护标志。
""", {("所在地的市、县绿化行政主管部门", "responsible")}),
("C5", """重庆市城市道路管理办法

第一条 为了加强管理，根据有关法律、法规，结合本地实际，制定本办法。
第十条 城市道路的挖掘，由所在地的区县（自治县）市政行政主管部门会同同级公安交通管理部门审批。
""", {("所在地的区县（自治县）市政行政主管部门", "lead"), ("同级公安交通管理部门", "co")}),
("C6", """吉林省地名管理规定（1998年）

第一条 为了加强管理，根据有关法律、法规，结合本地实际，制定本办法。
第七条 乡、镇地名的命名、更名，由所在地的县级人民政府民政部门会同有关部门提出意见，报县级人民政府审批。
""", {("所在地的县级人民政府民政部门", "lead"), ("有关部门", "co")}),
# precision: determiner + authority but no cue, or cue belongs to a unit / person
("C7", """北京市怀柔区雁栖镇历史文化街区保护管理办法

第一条 为了加强本镇历史文化街区的保护，根据《北京市历史文化名城保护条例》，制定本办法。
第二条 镇人民政府负责本镇历史文化街区保护的日常管理工作。
第三条 街区内的传统建筑需要修缮的，由所在地的区、县文物行政主管部门会同区、县规划行政主管部门提出修缮要求。
""", {("北京市怀柔区雁栖镇人民政府", "responsible"), ("所在地的区、县文物行政主管部门", "lead"), ("区、县规划行政主管部门", "co")}),
("C8", """天津市蓟州区下营镇古树名木保护管理办法

第一条 为了保护本镇古树名木，根据有关规定，制定本办法。
第二条 古树名木的认定，由所在地的区、县林业行政管理部门会同区、县规划土地行政管理部门组织专家进行。
""", {("所在地的区、县林业行政管理部门", "lead"), ("区、县规划土地行政管理部门", "co")}),
("P1", """黑龙江省文物保护条例

第一条 为了加强管理，根据有关法律、法规，结合本地实际，制定本办法。
第十五条 在文物保护单位的保护范围内进行建设工程的，应当经所在地的市、县文物行政主管部门同意。
第十六条 建设单位应当向所在地的县级人民政府林业主管部门提出申请。
""", set()),
("P2", """西藏自治区草原管理办法

第一条 为了加强管理，根据有关法律、法规，结合本地实际，制定本办法。
第二十条 违反本办法规定的，由所在地的县级以上人民政府草原行政主管部门责令改正，处五百元以上二千元以下罚款。
""", set()),
("P3", """内蒙古自治区水土保持条例（2001年）

第一条 为了加强管理，根据有关法律、法规，结合本地实际，制定本办法。
第九条 生产建设单位负责编制水土保持方案，报所在地的旗县级水行政主管部门审批。
""", set()),
("P4", """海南省物业管理条例

第一条 为了加强管理，根据有关法律、法规，结合本地实际，制定本办法。
第十一条 业主委员会负责召集业主大会会议，并会同物业服务企业做好物业管理区域内的安全防范工作。
""", set()),
]

def run(which):
    from pipeline import process_text
    cases = CASES[0::2] if which == "fix" else CASES[1::2]
    tot_exp = found = spurious = 0
    for cid, text, exp in cases:
        r = process_text(text, doc_id=cid).model_dump()
        got = {(t["department"], t["role"]) for t in r["responsibilities"]}
        tot_exp += len(exp); found += len(exp & got); spurious += len(got - exp)
        if which == "fix":
            print(cid, "missing", sorted(exp - got), "extra", sorted(got - exp))
    print(which, f"found {found}/{tot_exp} spurious {spurious}")

if __name__ == "__main__":
    run(sys.argv[1])
