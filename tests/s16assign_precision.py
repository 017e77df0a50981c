"""PRECISION set of s16-assign: full short notices written for this set (none copied from a corpus notice) full of
sentences that look like the cues this session's rules read (你部/你局 in replies, an organ heading and a colon, a
division's colon, `牵头，组织…`, `是…责任主体，对…负总责`, 村（社区） in lists, members of a body, 牵好头) but give no
triple by spec 1.1 §6, or another one. Each case lists the complete expected triples, so spurious ones are counted.

`python3 tests/s16assign_precision.py` prints found / missed / extra per case.
"""
from __future__ import annotations

try:
    from tests.stress_runners import assignment_rows, case_collector, report_assignments
except ModuleNotFoundError:  # run as a script
    from stress_runners import assignment_rows, case_collector, report_assignments

CASES: list[dict] = []
case = case_collector(CASES)


case("Q1 central 批复 to a ministry (2018): 你部 only in 收悉, 报你部备案, 你部要加强指导 (no cue) and a body's lead (R11)",
     """国务院关于同意建立全国旅游工作部际联席会议制度的批复
国函〔2018〕12号

文化和旅游部：
你部《关于建立全国旅游工作部际联席会议制度的请示》收悉。现批复如下：
一、同意建立全国旅游工作部际联席会议制度。联席会议由你部牵头，国家发展改革委、财政部等部门参加。
二、联席会议议定事项，请你部及时报国务院备案。
三、你部要加强对各地旅游工作的指导。

国务院
2018年3月5日
""", set())

case("Q2 city 复函 to an enterprise (Gansu 2016): 你公司 is no organ; 你局 with an addressee not a bureau", """关于兰州某某物流有限公司用地问题的复函
兰发改函〔2016〕88号

兰州某某物流有限公司：
你公司《关于物流园区用地有关问题的请示》收悉。经研究，现函复如下：
一、请你公司负责做好项目前期工作，按程序报批。
二、市国土资源局负责做好项目用地预审工作。

兰州市发展和改革委员会
2016年5月6日
""", {("二", "兰州市国土资源局", "responsible")})

case("Q3 county notice (Qinghai 2015): organ headings over members and contacts, a colon after 分工 with no duty",
     """关于调整湟中县扶贫开发领导小组成员的通知

各乡镇人民政府，县直各部门：
现将有关事项通知如下：
一、领导小组成员
（一）县扶贫开发局：
1.张某某（局长）
2.李某某（副局长）
（二）县财政局：
1.负责人：王某某
2.联系电话：0971-2234567
二、工作分工
明确职责分工：县扶贫开发局为牵头单位，县财政局为配合单位。
三、其他事项
县扶贫开发局要牵好头，认真做好领导小组的日常工作。

湟中县人民政府办公室
2015年4月1日
""", {("二", "湟中县扶贫开发局", "lead"), ("二", "湟中县财政局", "co"), ("三", "湟中县扶贫开发局", "lead")})

case("Q4 province 通知 (Liaoning 2012): `牵头，组织` of schools and experts; persons 负总责; enterprises 对…负责", """辽宁省人民政府办公厅关于做好校园安全工作的通知
辽政办明电〔2012〕20号

各市人民政府，省政府各厅委、各直属机构：
一、开展安全检查
省教育厅牵头，组织各级各类学校于9月底前完成一次全面安全检查。省教育厅牵头，组织专家开展评估。
二、落实安全责任
学校校长是校园安全第一责任人，对本校安全工作负总责。校车运营企业对校车安全负责。
三、加强督查
各市人民政府是校园安全的责任主体，政府主要负责人对本地区校园安全工作负总责。

辽宁省人民政府办公厅
2012年8月30日
""", {("一", "辽宁省教育厅", "lead")},
     note="三 was first written `各市人民政府` responsible; corrected after the first run on reading spec 1.1 §6 again: "
          "`是…责任主体` has no cue, and the 负总责 is the 主要负责人's (a person), not the organ's")

case("Q5 town plan (Sichuan 2018): 村（社区） in prose and inside a word, 各村（社区） in an annotation, members in the set-up item",
     """关于印发射洪县金华镇2018年环境整治工作方案的通知
射洪县金华镇人民政府

各村（社区）、镇属各单位：
现将方案印发给你们。

金华镇2018年环境整治工作方案

一、组织领导
成立金华镇环境整治工作领导小组，镇长任组长，镇党政办、镇环保办为成员单位，各成员单位负责抓好本部门工作。
二、工作任务
（一）清理垃圾。责任单位：镇环保办、各村（社区）
（二）宣传发动。村（社区）要组织群众参与，村（社区）党组织发挥带头作用。
（三）督查考核。（责任单位：镇党政办；责任人：各村（社区）党组织书记）

射洪县金华镇人民政府
2018年4月2日
""", {("二/(一)", "射洪县金华镇环保办", "responsible"), ("二/(一)", "各村（社区）", "responsible"),
      ("二/(三)", "射洪县金华镇党政办", "responsible")},
     organs={("二/(三)", "射洪县金华镇党政办", "responsible")},
     note="the organs reader writes 党政办 out as 党政办公室")


def run(cases=None):
    return assignment_rows(cases or CASES)


if __name__ == "__main__":
    import sys
    sys.path.insert(0, ".")
    report_assignments(CASES, verbose="-v" in sys.argv)
