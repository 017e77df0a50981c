"""s16-assign2 stress set 3: whose-place words before 所在地 (`由户籍所在地的…负责`), spec 1.1 section 5 (dropped in the
name) and look-alikes. Expectations written before any run; split odd -> FIX, even -> HELD. Compared on (task, role) of
the one authority per article plus spurious count, names as the organs reader gives them are printed (organs' area)."""
import sys

CASES = [
("W1", """甘肃省最低生活保障办法

第一条 为了规范最低生活保障工作，根据国务院《社会救助暂行办法》，结合本省实际，制定本办法。
第八条 申请最低生活保障，由申请人户籍所在地的乡镇人民政府负责受理，并进行入户调查。
第九条 申请人应当如实提供家庭收入和财产状况。
""", {("第八条", "lead|responsible")}),
("W2", """西藏自治区林木采伐管理办法（2008年）

第一条 为了加强林木采伐管理，保护森林资源，制定本办法。
第六条 采伐林木的，由林木所在地的县级人民政府林业行政主管部门会同同级国土资源行政主管部门核定采伐限额。
第七条 采伐申请应当向林木所在地的县级人民政府林业行政主管部门提出。
""", {("第六条", "lead"), ("第六条", "co")}),
("W3", """海南省渔船管理规定

第一条 为了加强渔船管理，保障渔业生产安全，制定本规定。
第五条 渔船的登记，由船籍港所在地的市、县渔业行政主管部门负责办理。
第六条 违反本规定的，由船籍港所在地的市、县渔业行政主管部门责令改正，可以处一千元以下罚款。
""", {("第五条", "responsible")}),
("W4", """广西壮族自治区社会救助实施办法

第一条 为了保障公民的基本生活，根据有关法律、法规，制定本办法。
第十条 临时救助的申请，应当向户籍所在地的乡镇人民政府、街道办事处提出。
第十一条 居住地的乡镇人民政府、街道办事处应当及时受理。
""", set()),
]

def run(which):
    from pipeline import process_text
    cases = CASES[0::2] if which == "fix" else CASES[1::2]
    tot_exp = found = spurious = 0
    for cid, text, exp in cases:
        r = process_text(text, doc_id=cid).model_dump()
        got = [(t["task"], t["role"], t["department"]) for t in r["responsibilities"]]
        hit = set()
        for task, roles in exp:
            for g in got:
                if g[0] == task and g[1] in roles.split("|") and g not in hit:
                    hit.add(g); break
        tot_exp += len(exp); found += len(hit)
        spurious += len([g for g in got if g not in hit and g[0] not in {t for t, _ in exp}])
        if which == "fix":
            print(cid, "got", got)
    print(which, f"found {found}/{tot_exp} spurious {spurious}")

if __name__ == "__main__":
    run(sys.argv[1])
