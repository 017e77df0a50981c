"""s14b-meta stress set (issue 11): short notices written in the style of provinces, levels and eras absent from the
opened notices, with what a labeller expects by spec 1.1 (§3 metadata, §6 task tables). No case copies a dev-corpus
notice. Classes: tab-separated task and quota tables keep their cells through clean; an attachment's title is not joined
with the table under it; a notice title over three lines; a street or town directly under its city (东莞, 中山, 儋州,
嘉峪关) and its own offices are township level; national new areas (雄安, 贵安); a 文号 code two governments share
(宁政: 宁夏 and 南京; 青政: 青海 and 青岛) decided from the document.

Run alone for the count: `PYTHONPATH=. python3 tests/test_s14bmeta_stress.py`.
"""
from __future__ import annotations

import pytest

from pipeline import process_text

CASES: list[tuple[str, str, dict]] = []


def case(name: str, text: str, **expect) -> None:
    CASES.append((name, text, expect))


# ---------------------------------------------------------------- task-division tables with tabs (a spreadsheet pasted)
ZUNYI = """遵义市人民政府办公室
关于印发遵义市加快建设农业现代化示范区若干措施的通知
遵府办发〔2022〕31号

各县（市、区）人民政府，市政府各工作部门：
《遵义市加快建设农业现代化示范区若干措施》已经市人民政府同意，现印发给你们，请认真贯彻执行。

附件：遵义市农业现代化示范区重点任务分工表

遵义市人民政府办公室
2022年8月16日

遵义市加快建设农业现代化示范区若干措施
一、稳定粮食生产。到2025年，全市粮食播种面积稳定在600万亩以上。
二、发展特色产业。

附件
遵义市农业现代化示范区重点任务分工表
"""
ZUNYI_META = {"title": "遵义市加快建设农业现代化示范区若干措施", "doc_type": "措施", "issuers": ["遵义市人民政府办公室"],
              "region": "贵州省遵义市", "admin_level": "prefecture", "doc_number": "遵府办发〔2022〕31号"}

case("tab-table-unnumbered", ZUNYI + """重点任务\t责任单位\t完成时限
实施高标准农田建设 新建50万亩\t市农业农村局 市财政局\t2023年底前
推进农村人居环境整治\t各县（市、区）人民政府\t持续推进
""", meta=ZUNYI_META,
     resp={("表/1", "遵义市农业农村局", "responsible"), ("表/1", "遵义市财政局", "responsible"),
           ("表/2", "各县（市、区）人民政府", "responsible")},
     lines=["重点任务 | 责任单位 | 完成时限", "实施高标准农田建设 新建50万亩 | 市农业农村局 市财政局 | 2023年底前"])

case("tab-table-empty-cell", ZUNYI + """序号\t工作任务\t具体措施\t牵头单位\t配合单位\t完成时限
1\t产业发展\t培育龙头企业 支持企业上市\t市工业和信息化局\t市地方金融监管局、市农业农村局\t2024年
2\t品牌建设\t打造区域公用品牌\t市农业农村局\t\t2025年
""", meta=ZUNYI_META,
     resp={("表/1", "遵义市工业和信息化局", "lead"), ("表/1", "遵义市地方金融监督管理局", "co"),
           ("表/1", "遵义市农业农村局", "co"), ("表/2", "遵义市农业农村局", "lead")},
     lines=["1 | 产业发展 | 培育龙头企业 支持企业上市 | 市工业和信息化局 | 市地方金融监管局、市农业农村局 | 2024年",
            "2 | 品牌建设 | 打造区域公用品牌 | 市农业农村局 | | 2025年"])

case("tab-table-group-rows", ZUNYI + """序号\t重点任务\t牵头单位\t配合单位\t完成时限
一、稳定粮食生产
1\t稳定粮食播种面积，确保面积不减\t市农业农村局\t市财政局\t2025年
二、发展特色产业
2\t打造茶产业集群\t市农业农村局\t各县（市、区）人民政府\t2024年底
""", meta=ZUNYI_META,
     resp={("一", "遵义市农业农村局", "lead"), ("一", "遵义市财政局", "co"),
           ("二", "遵义市农业农村局", "lead"), ("二", "各县（市、区）人民政府", "co")},
     lines=["一、稳定粮食生产", "1 | 稳定粮食播种面积，确保面积不减 | 市农业农村局 | 市财政局 | 2025年"])

case("tab-table-prefecture-hunan", """湘潭市人民政府办公室
关于印发湘潭市优化营商环境三年行动方案
（2023—2025年）的通知
潭政办发〔2023〕12号

各县市区人民政府，市直各有关单位：
现将《湘潭市优化营商环境三年行动方案（2023—2025年）》印发给你们，请认真抓好落实。

湘潭市人民政府办公室
2023年4月10日

湘潭市优化营商环境三年行动方案（2023—2025年）
一、总体要求
坚持问题导向，持续深化改革。
二、重点任务
附件：重点任务分工表

附件
重点任务分工表
序号\t重点任务\t牵头单位\t配合单位\t完成时限
1\t推行企业开办一日办结\t市市场监管局\t市税务局、市公安局\t2023年底
2\t实施工程建设项目审批改革\t市住房城乡建设局\t市自然资源和规划局\t2024年6月
""", meta={"title": "湘潭市优化营商环境三年行动方案（2023—2025年）",
           "notice_title": "关于印发湘潭市优化营商环境三年行动方案（2023—2025年）的通知", "doc_type": "行动方案",
           "issuers": ["湘潭市人民政府办公室"], "region": "湖南省湘潭市", "admin_level": "prefecture",
           "issue_date": "2023-04-10", "doc_number": "潭政办发〔2023〕12号"},
     resp={("表/1", "湘潭市市场监督管理局", "lead"), ("表/1", "国家税务总局湘潭市税务局", "co"), ("表/1", "湘潭市公安局", "co"),
           ("表/2", "湘潭市住房和城乡建设局", "lead"), ("表/2", "湘潭市自然资源和规划局", "co")},
     lines=["序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限", "1 | 推行企业开办一日办结 | 市市场监管局 | 市税务局、市公安局 | 2023年底"])

# a quota table (spec §7 quotas) pasted with tabs: its cells stay cells, read by the targets stage
case("tab-quota-table-jilin", """吉林省人民政府办公厅关于下达2024年农村人居环境整治任务的通知
吉政办明电〔2024〕6号

各市（州）人民政府，长白山管委会，各县（市）人民政府，省政府各厅委办、各直属机构：
经省政府同意，现将2024年农村人居环境整治任务下达给你们，请认真组织实施。

附件：2024年农村户厕改造任务分配表

吉林省人民政府办公厅
2024年2月20日

附件
2024年农村户厕改造任务分配表
市（州）\t新建改建户厕（户）\t完成时限
长春市\t12000\t2024年10月底
吉林市\t8000\t2024年10月底
四平市\t6000\t2024年10月底
""", meta={"issuers": ["吉林省人民政府办公厅"], "region": "吉林省", "admin_level": "province", "issue_date": "2024-02-20",
           "doc_number": "吉政办明电〔2024〕6号", "doc_type": "通知"},
     targets={(12000.0, "户", 2024), (8000.0, "户", 2024), (6000.0, "户", 2024)},
     lines=["市（州） | 新建改建户厕（户） | 完成时限", "长春市 | 12000 | 2024年10月底"])

case("tab-year-columns", ZUNYI.replace("重点任务分工表", "高标准农田建设任务分解表") + """县（市、区）\t2023年（万亩）\t2024年（万亩）\t2025年（万亩）
红花岗区\t1.2\t1.5\t1.8
播州区\t6.5\t7.0\t7.5
""", meta=ZUNYI_META, lines=["县（市、区） | 2023年（万亩） | 2024年（万亩） | 2025年（万亩）", "播州区 | 6.5 | 7.0 | 7.5"])

# tabs that are no table: a signature set with tabs, a paragraph's indent
case("tabs-not-a-table", """阳泉市人民政府办公室关于做好2023年森林防火工作的通知

各县（区）人民政府，市直各有关单位：
\t为切实做好今年森林防火工作，现就有关事项通知如下：
\t一、压实防火责任。
\t二、加强火源管控。

阳泉市人民政府办公室\t\t2023年2月10日
""", meta={"title": "阳泉市人民政府办公室关于做好2023年森林防火工作的通知", "issuers": ["阳泉市人民政府办公室"],
           "region": "山西省阳泉市", "admin_level": "prefecture", "issue_date": "2023-02-10", "doc_type": "通知"},
     no_bar=True)

case("tabs-web-metadata-table", """主题分类\t综合政务\t体裁分类\t通知
发布机构\t阳泉市人民政府办公室\t发文日期\t2023年02月10日
文号\t阳政办发〔2023〕5号\t发布日期\t2023年02月13日
阳泉市人民政府办公室关于做好2023年森林防火工作的通知
阳政办发〔2023〕5号
各县（区）人民政府，市直各有关单位：
为切实做好今年森林防火工作，现就有关事项通知如下：
一、压实防火责任。
二、加强火源管控。
阳泉市人民政府办公室
2023年2月10日
""", meta={"title": "阳泉市人民政府办公室关于做好2023年森林防火工作的通知", "issuers": ["阳泉市人民政府办公室"],
           "region": "山西省阳泉市", "issue_date": "2023-02-10", "doc_number": "阳政办发〔2023〕5号"}, no_bar=True)

# ---------------------------------------------------------------- an attachment title right above its table
SUINING_HEAD = """巴中市人民政府关于印发2023年市政府民生实事的通知
巴府发〔2023〕3号
各县（区）人民政府，市级各部门：
现将2023年市政府民生实事印发给你们，请认真抓好落实。
附件：2023年市政府民生实事项目表
巴中市人民政府
2023年2月1日
附件
2023年市政府民生实事项目表
"""
case("attachment-title-bar-rows", SUINING_HEAD + """序号 | 项目名称 | 目标任务 | 牵头单位
1 | 新建公办幼儿园 | 10所 | 市教育局
2 | 改造老旧燃气管网 | 120公里 | 市住房城乡建设局
""", meta={"title": "2023年市政府民生实事项目表", "issuers": ["巴中市人民政府"], "region": "四川省巴中市",
           "admin_level": "prefecture", "issue_date": "2023-02-01", "doc_number": "巴府发〔2023〕3号"},
     resp={("表/1", "巴中市教育局", "lead"), ("表/2", "巴中市住房和城乡建设局", "lead")},
     targets={(10.0, "所", 2023), (120.0, "公里", 2023)})

case("attachment-title-tab-rows", SUINING_HEAD + """序号\t项目名称\t目标任务\t牵头单位
1\t新建公办幼儿园\t10所\t市教育局
2\t改造老旧燃气管网\t120公里\t市住房城乡建设局
""", meta={"title": "2023年市政府民生实事项目表", "issuers": ["巴中市人民政府"], "region": "四川省巴中市"},
     resp={("表/1", "巴中市教育局", "lead"), ("表/2", "巴中市住房和城乡建设局", "lead")},
     targets={(10.0, "所", 2023), (120.0, "公里", 2023)})

case("attachment-title-spaced-header", SUINING_HEAD + """序号 项目名称 牵头单位 配合单位
1 新建公办幼儿园 市教育局 市财政局
2 改造老旧燃气管网 市住房城乡建设局 市应急管理局
""", meta={"title": "2023年市政府民生实事项目表", "issuers": ["巴中市人民政府"], "region": "四川省巴中市"},
     resp={("表/1", "巴中市教育局", "lead"), ("表/1", "巴中市财政局", "co"),
           ("表/2", "巴中市住房和城乡建设局", "lead"), ("表/2", "巴中市应急管理局", "co")})

# ---------------------------------------------------------------- a notice title over three lines (PDF copies)
HEGANG_PLAN = "鹤岗市促进民营经济高质量发展行动方案（2023—2025年）"
HEGANG_BODY = """
各县（区）人民政府，市政府各部门：
现将《鹤岗市促进民营经济高质量发展行动方案（2023—2025年）》印发给你们，请认真贯彻执行。

{org}
2023年6月2日

鹤岗市促进民营经济高质量发展行动方案（2023—2025年）
一、总体要求
二、重点任务
"""
HEGANG_META = {"title": HEGANG_PLAN, "notice_title": "关于印发" + HEGANG_PLAN + "的通知", "doc_type": "行动方案",
               "issuers": ["鹤岗市人民政府办公室"], "region": "黑龙江省鹤岗市", "admin_level": "prefecture",
               "issue_date": "2023-06-02"}
for k, head in enumerate([
        "鹤岗市人民政府办公室\n关于印发鹤岗市促进民营经济高质量发展行动方案\n（2023—2025年）的通知",
        "鹤岗市人民政府办公室\n关于印发鹤岗市促进民营经济\n高质量发展行动方案（2023—2025年）的通知",
        "鹤岗市人民政府办公室关于印发鹤岗市促进\n民营经济高质量发展行动方案\n（2023—2025年）的通知",
        "鹤岗市人民政府办公室\n关于印发鹤岗市促进民营经济高质量发展\n行动方案（2023—2025年）\n的通知",
        "鹤岗市人民政府办公室文件\n鹤政办发〔2023〕9号\n鹤岗市人民政府办公室\n关于印发鹤岗市促进民营经济高质量发展行动方案\n（2023—2025年）的通知"]):
    case(f"three-line-title-{k + 1}", head + HEGANG_BODY.format(org="鹤岗市人民政府办公室"), meta=HEGANG_META)
case("three-line-title-joint", "中共鹤岗市委办公室\n鹤岗市人民政府办公室\n关于印发鹤岗市乡村振兴\n三年行动方案（2023—2025年）的通知"
     + HEGANG_BODY.replace(HEGANG_PLAN, "鹤岗市乡村振兴三年行动方案（2023—2025年）").format(org="中共鹤岗市委办公室\n鹤岗市人民政府办公室"),
     meta={"title": "鹤岗市乡村振兴三年行动方案（2023—2025年）", "doc_type": "行动方案",
           "issuers": ["中共鹤岗市委办公室", "鹤岗市人民政府办公室"], "region": "黑龙江省鹤岗市", "admin_level": "prefecture"})

# ---------------------------------------------------------------- streets and towns (spec §3: township level)
def town_notice(org: str) -> str:
    return f"""{org}
关于开展2023年安全生产大检查的通知

各社区居委会，各有关单位：
为做好安全生产工作，现就有关事项通知如下：
一、提高认识。
二、落实责任。

{org}
2023年5月20日
"""


for org, region in [("东莞市莞城街道办事处", "广东省东莞市莞城街道"),
                    ("东莞市莞城街道办事处办公室", "广东省东莞市莞城街道"),
                    ("中共东莞市莞城街道工作委员会办公室", "广东省东莞市莞城街道"),
                    ("儋州市那大镇人民政府", "海南省儋州市那大镇"),
                    ("嘉峪关市峪泉镇人民政府", "甘肃省嘉峪关市峪泉镇"),
                    ("中山市南区街道办事处", "广东省中山市南区街道"),
                    ("佛山市顺德区大良街道办事处", "广东省佛山市顺德区大良街道"),
                    ("如皋市如城街道办事处办公室", "江苏省南通市如皋市如城街道"),
                    ("兰州市城关区张掖路街道办事处", "甘肃省兰州市城关区张掖路街道"),
                    # a street's own offices, and a street office named as its district government's agency
                    ("东莞市莞城街道党政办公室", "广东省东莞市莞城街道"),
                    ("东莞市莞城街道党政综合办公室", "广东省东莞市莞城街道"),
                    ("东莞市莞城街道办", "广东省东莞市莞城街道"),
                    ("珠海市香洲区狮山街道党政办", "广东省珠海市香洲区狮山街道"),
                    ("北京市朝阳区人民政府建外街道办事处", "北京市朝阳区建外街道")]:
    # (s21-layout) guide D36: a street office is `<city><district><street>街道办事处`, not its seal form with 人民政府
    named = org.replace("朝阳区人民政府建外", "朝阳区建外")
    case(f"town-{org}", town_notice(org), meta={"issuers": [named] if not org.startswith(("如皋", "兰州", "东莞市莞城街道办", "珠海")) else None,
                                                 "region": region, "admin_level": "township", "issue_date": "2023-05-20"})
# a city's bureau whose name holds 城乡 or 乡镇 is no town
for org in ["东莞市城乡规划局", "东莞市乡镇企业局"]:
    case(f"not-town-{org}", town_notice(org), meta={"region": "广东省东莞市", "admin_level": "prefecture"})
case("town-transmit-dongguan", """东莞市莞城街道办事处
关于印发莞城街道垃圾分类工作实施方案的通知

各社区，街道各部门：
现将《莞城街道垃圾分类工作实施方案》印发给你们，请认真组织实施。

东莞市莞城街道办事处
2022年5月6日
""", meta={"title": "莞城街道垃圾分类工作实施方案", "doc_type": "实施方案", "issuers": ["东莞市莞城街道办事处"],
           "region": "广东省东莞市莞城街道", "admin_level": "township", "issue_date": "2022-05-06"})

# ---------------------------------------------------------------- national new areas (国函: 雄安, 贵安)
for org, region in [("河北雄安新区管理委员会", "河北省"), ("雄安新区党工委管委会党政办公室", "河北省"),
                    ("贵安新区管委会", "贵州省"), ("贵州贵安新区管理委员会办公室", "贵州省")]:
    case(f"new-area-{org}", f"""{org}
关于印发2023年重点工作任务的通知

各部门：
现将2023年重点工作任务印发给你们，请认真贯彻落实。

{org}
2023年3月2日
""", meta={"region": region, "admin_level": "province", "issue_date": "2023-03-02"})

# ---------------------------------------------------------------- a 文号 code two governments write
CODE_DOC = """关于加快推进数字经济发展的实施意见
{no}

各区人民政府，{addr}各委办局，各直属单位：
为加快推进{scope}数字经济发展，结合实际，提出如下意见。
一、总体目标。到2025年，{scope}数字经济核心产业增加值占比达到10%。
二、主要任务。{extra}
"""
for k, (no, addr, scope, extra, region, level) in enumerate([
        ("宁政发〔2022〕15号", "市府", "全市", "", "江苏省南京市", "prefecture"),
        ("宁政发〔2022〕15号", "自治区政府", "全区", "", "宁夏回族自治区", "province"),
        ("宁政办发〔2022〕15号", "自治区政府", "全区", "推动银川都市圈建设。", "宁夏回族自治区", "province"),
        ("青政发〔2021〕8号", "市政府", "全市", "", "山东省青岛市", "prefecture"),
        ("青政〔2021〕8号", "省政府", "全省", "", "青海省", "province"),
        ("青政〔2021〕8号", "省政府", "全省", "推进西宁—海东都市圈建设，支持青海湖地区生态保护。", "青海省", "province")]):
    case(f"shared-code-{k + 1}", CODE_DOC.format(no=no, addr=addr, scope=scope, extra=extra),
         meta={"region": region, "admin_level": level, "doc_number": no})


# ---------------------------------------------------------------- items run in after a comma (a copy that lost a stop and a break)
case("items-after-comma", """某省医疗保障局关于加强基金智能监控工作的通知
各市医疗保障局：
为加强基金监管，现就有关工作通知如下：
一、明确目标任务
到2025年，全面建立智能监控制度。
二、加强规则库建设
（一）准确把握建设重点。要厘清关系，保持规则合理的粗细度，设置合理阈值、定期分析维护。
（二）赋予本地化权限。要加强规则库体系的管理，确保规则运行逻辑清晰、阈值设置合理，（三）科学设置指标阈值。要合理确定规则数量，做到成熟一条应用一条。
（四）持续用好规则库。要加强监管和干预，实现对违法违规行为的自动拦截和及时纠正，三、优化审核流程
（一）科学划分流程。要划分事前、事中、事后。
（二）鼓励机构开展事前提醒。要开展预审，在一、二级医院，三、四级手术实行事前提醒，1.5倍以上费用重点审核。
四、加强组织保障
各地要高度重视。
某省医疗保障局
2023年5月6日
""", tasks=["一", "二", "二/(一)", "二/(二)", "二/(三)", "二/(四)", "三", "三/(一)", "三/(二)", "四"],
     lines=["（二）鼓励机构开展事前提醒。要开展预审，在一、二级医院，三、四级手术实行事前提醒，1.5倍以上费用重点审核。"])
case("items-after-comma-articles", """某市物业管理办法
第一条　为规范物业管理活动，制定本办法。
第二条　本市行政区域内的物业管理活动，适用本办法。依照本办法第二条，第三条规定的程序执行的，从其规定。
第三条　市住房城乡建设局负责全市物业管理活动的监督管理工作，第四条　本办法自2023年1月1日起施行。
""", tasks=["第一条", "第二条", "第三条", "第四条"])


# ---------------------------------------------------------------- the runner
def check(name: str, text: str, expect: dict) -> list[str]:
    rec = process_text(text, doc_id=name).model_dump()
    md = rec["metadata"]
    bad = []
    for key, want in (expect.get("meta") or {}).items():
        if want is None:
            continue
        if md.get(key) != want:
            bad.append(f"{key}: {md.get(key)!r} != {want!r}")
    if "resp" in expect:
        got = {(r["task"], r["department"], r["role"]) for r in rec["responsibilities"]}
        if got != expect["resp"]:
            bad.append(f"resp missing {sorted(expect['resp'] - got)} extra {sorted(got - expect['resp'])}")
    if "targets" in expect:
        got = {(t["value"], t["unit"], t["year_end"]) for t in rec["targets"]}
        if not expect["targets"] <= got:
            bad.append(f"targets missing {sorted(expect['targets'] - got)}")
    if "tasks" in expect and [t["path"] for t in rec["tasks"]] != expect["tasks"]:
        bad.append(f"tasks {[t['path'] for t in rec['tasks']]}")
    lines = rec["text"].split("\n")
    for ln in expect.get("lines", []):
        if ln not in lines:
            bad.append(f"line not in text: {ln}")
    if expect.get("no_bar") and "|" in rec["text"]:
        bad.append("a cell border where there is no table")
    for group in ("responsibilities", "departments", "targets"):
        for item in rec[group]:
            a, b = item["span"]
            if rec["text"][a:b] != item["quote"]:
                bad.append(f"{group} span {item['span']} != {item['quote']!r}")
    return bad


@pytest.mark.parametrize("name,text,expect", CASES, ids=[c[0] for c in CASES])
def test_stress(name: str, text: str, expect: dict) -> None:
    assert check(name, text, expect) == []


if __name__ == "__main__":
    failed = 0
    for name, text, expect in CASES:
        bad = check(name, text, expect)
        if bad:
            failed += 1
            print("FAIL", name)
            for b in bad:
                print("    ", b)
    print(f"{len(CASES) - failed}/{len(CASES)} cases pass")
