"""Web-copy stress set (s17-web, issue 11): short notices in the styles of places, levels and eras unlike
the opened batches, each as a user copies its government web page to text (head furniture, a metadata
table, web body shapes, the page's closing furniture). Written by hand, expected items written before
running the code; nothing copied from a dev-corpus notice.

Each case: the page text and its complete expected record (metadata, department names, task paths,
citation titles, years as (start, end)). Precision cases are pages full of things that look like items and are not
(organs in the footer, the 来源 line and the table; titles and years in 上一篇/下一篇 links, 附件下载 files,
dates in the table). FIX half = even-numbered cases, HELD half = odd-numbered ones (run at BASE and at the
end only).

    python3 tests/s17web_stress.py            # FIX half
    python3 tests/s17web_stress.py --held     # HELD half
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # this worktree's pipeline

CASES: list[dict] = [
    # 0. Gansu province, portal page: breadcrumb, title, 发布时间/来源/浏览次数, 字体, full-width indentation,
    #    blank lines, a right-aligned signature, 扫一扫, 上一篇/下一篇 with years and a 通知 title, footer.
    dict(name="gansu-portal", text="""当前位置：首页 > 信息公开 > 政策文件
甘肃省人民政府办公厅关于做好春季农业生产工作的通知
发布时间：2024-03-08 09:30  来源：甘肃省人民政府办公厅  浏览次数：2318
【字体：大 中 小】【打印】【关闭】
　　甘政办发〔2024〕21号

　　各市、自治州人民政府，兰州新区管委会，省政府有关部门：

　　为切实抓好春季农业生产，经研究，现就有关事项通知如下：

　　一、抓好粮食播种。各地要落实播种面积，甘肃省农业农村厅要加强技术指导。

　　二、强化资金保障。甘肃省财政厅要及时下达补助资金。

　　　　　　　　　　　　　　　　　　甘肃省人民政府办公厅
　　　　　　　　　　　　　　　　　　2024年3月5日
　　（此件公开发布）
扫一扫在手机打开当前页
上一篇：甘肃省人民政府办公厅关于印发甘肃省2023年深化“放管服”改革工作要点的通知
下一篇：关于开展2024年全省安全生产大检查的通知
主办单位：甘肃省人民政府办公厅  网站标识码：6200000001
陇ICP备05000286号  甘公网安备 62010202000520号
""", meta=dict(title="甘肃省人民政府办公厅关于做好春季农业生产工作的通知", notice_title=None,
               doc_number="甘政办发〔2024〕21号", issuers=["甘肃省人民政府办公厅"], issue_date="2024-03-05",
               region="甘肃省", admin_level="province"),
         departments={"甘肃省农业农村厅", "甘肃省财政厅"}, tasks={"一", "二"}, citations=set(), years={(2024, 2024)}),

    # 1. Heilongjiang prefecture, disclosure table one cell per line, a transmitting notice, a download list,
    #    a footer with 版权所有 and 技术支持.
    dict(name="heilongjiang-table", text="""索引号：
11230100MB0000000X/2023-00112
主题分类：
劳动、人事、监察\\其他
发布机构：
哈尔滨市人力资源和社会保障局
成文日期：
2023-06-12
名称：
哈尔滨市人力资源和社会保障局关于印发《哈尔滨市就业见习管理办法》的通知
文号：
哈人社规〔2023〕4号
发布日期：
2023-06-16
哈尔滨市人力资源和社会保障局关于印发《哈尔滨市就业见习管理办法》的通知
哈人社规〔2023〕4号
各区、县（市）人力资源和社会保障局：
现将《哈尔滨市就业见习管理办法》印发给你们，请认真贯彻执行。
哈尔滨市人力资源和社会保障局
2023年6月12日
哈尔滨市就业见习管理办法
第一条 为规范就业见习工作，制定本办法。
第二条 哈尔滨市人力资源和社会保障局负责全市就业见习工作，哈尔滨市财政局负责见习补贴资金保障。
第三条 本办法自2023年7月1日起施行，有效期5年。
附件下载：
哈尔滨市就业见习管理办法.pdf
就业见习补贴申请表.doc
【打印本页】 【关闭窗口】
版权所有：哈尔滨市人力资源和社会保障局
技术支持：哈尔滨市大数据中心
黑ICP备12003306号-1
""", meta=dict(title="哈尔滨市就业见习管理办法",
               notice_title="关于印发《哈尔滨市就业见习管理办法》的通知",
               doc_number="哈人社规〔2023〕4号", issuers=["哈尔滨市人力资源和社会保障局"], issue_date="2023-06-12",
               region="黑龙江省哈尔滨市", admin_level="prefecture"),
         departments={"哈尔滨市人力资源和社会保障局", "哈尔滨市财政局"}, tasks={"第一条", "第二条", "第三条"},
         citations=set(), years={(2023, 2023)}),

    # 2. Guangxi county (autonomous county), portal in one-cell-per-line form (date / 来源： / organ),
    #    &nbsp; indentation, glued signature and date, 上一篇 with a 《》 title.
    dict(name="guangxi-county", text="""首页 >> 政务公开 >> 规范性文件
三江侗族自治县人民政府办公室关于加强农村自建房安全管理的通知
2022-08-19 16:05
来源：
三江侗族自治县人民政府办公室
字号：大 中 小
\u00a0\u00a0\u00a0\u00a0各乡镇人民政府，县直各有关单位：
\u00a0\u00a0\u00a0\u00a0为加强农村自建房安全管理，现将有关事项通知如下：
\u00a0\u00a0\u00a0\u00a0一、开展排查整治。三江侗族自治县住房和城乡建设局牵头开展排查。
\u00a0\u00a0\u00a0\u00a0二、严格审批管理。三江侗族自治县自然资源局负责用地审批。
\u00a0\u00a0\u00a0\u00a0三江侗族自治县人民政府办公室2022年8月17日
上一篇：转发《柳州市农村房屋建设管理办法》的通知
下一篇：无
【打印】 【关闭】
主办：三江侗族自治县人民政府办公室
桂ICP备10001234号
""", meta=dict(title="三江侗族自治县人民政府办公室关于加强农村自建房安全管理的通知", notice_title=None,
               doc_number=None, issuers=["三江侗族自治县人民政府办公室"], issue_date="2022-08-17",
               region="广西壮族自治区柳州市三江侗族自治县", admin_level="county"),
         departments={"三江侗族自治县住房和城乡建设局", "三江侗族自治县自然资源局"}, tasks={"一", "二"},
         citations=set(), years={(2022, 2022)}),

    # 3. Hainan prefecture (city without counties), gov.cn-style tab table, the notice's last item ends with a
    #    responsibility note (no stop) right above the page's 打印/footer lines.
    dict(name="hainan-tab", text="""索引号：\t00817000-2/2021-00045\t主题分类：\t城乡建设、环境保护\\其他
发文机关：\t儋州市人民政府\t成文日期：\t2021年04月20日
标　　题：\t儋州市人民政府关于加强城乡环境卫生整治的意见
发文字号：\t儋府〔2021〕33号\t发布日期：\t2021-04-23
儋州市人民政府关于加强城乡环境卫生整治的意见
儋府〔2021〕33号
各镇人民政府，市政府直属各单位：
一、明确整治重点
（一）清理农村生活垃圾。（责任单位：儋州市住房和城乡建设局）
（二）整治乱搭乱建。（责任单位：儋州市综合行政执法局）
二、加强组织保障
各镇要建立工作台账，按月报送进展。（责任单位：儋州市人民政府办公室）
儋州市人民政府
2021年4月20日
（此件主动公开）
打印本页 | 关闭窗口
主办单位：儋州市人民政府办公室　　联系电话：0898-23883000
网站标识码：4604000001
琼ICP备09001234号
""", meta=dict(title="儋州市人民政府关于加强城乡环境卫生整治的意见", notice_title=None,
               doc_number="儋府〔2021〕33号", issuers=["儋州市人民政府"], issue_date="2021-04-20",
               region="海南省儋州市", admin_level="prefecture"),
         departments={"儋州市住房和城乡建设局", "儋州市综合行政执法局", "儋州市人民政府办公室"},
         tasks={"一", "一/(一)", "一/(二)", "二"}, citations=set(), years={(2021, 2021)}),

    # 4. Chongqing county, a rule database record (基本信息 …), a notice whose last paragraph ends with a note.
    dict(name="chongqing-record", text="""基本信息
统一编号：
CQ0320200031
文　　号：
酉阳府办发〔2020〕58号
实施日期：
2020年06月01日
失效日期：
2025年05月31日
发布机关：
酉阳土家族苗族自治县人民政府办公室
文件状态：
酉阳土家族苗族自治县人民政府办公室关于进一步规范政府投资项目管理的通知
酉阳府办发〔2020〕58号
各乡镇人民政府、街道办事处，县政府各部门：
一、严格项目审批。酉阳土家族苗族自治县发展和改革委员会负责项目审批。
二、加强资金监管。酉阳土家族苗族自治县财政局负责资金拨付（审计部门配合）
酉阳土家族苗族自治县人民政府办公室
2020年5月26日
打印本页
版权所有：酉阳土家族苗族自治县人民政府办公室
渝ICP备05003300号
""", meta=dict(title="酉阳土家族苗族自治县人民政府办公室关于进一步规范政府投资项目管理的通知", notice_title=None,
               doc_number="酉阳府办发〔2020〕58号", issuers=["酉阳土家族苗族自治县人民政府办公室"],
               issue_date="2020-05-26", region="重庆市酉阳土家族苗族自治县", admin_level="county"),
         departments={"酉阳土家族苗族自治县发展和改革委员会", "酉阳土家族苗族自治县财政局", "审计部门"}, tasks={"一", "二"},
         citations=set(), years={(2020, 2020)}),

    # 5. Inner Mongolia 盟, 1990s-style notice on a portal page: title in the <title> line with the site's name,
    #    breadcrumb ending in the title, 文章来源, an 作者 cell, a 阅读 count.
    dict(name="neimenggu-meng", text="""锡林郭勒盟行政公署关于加强草原防火工作的通知_锡林郭勒盟行政公署网站
首页 > 政务公开 > 锡林郭勒盟行政公署关于加强草原防火工作的通知
锡林郭勒盟行政公署关于加强草原防火工作的通知
时间：1998-03-20  文章来源：锡林郭勒盟行政公署  作者：  阅读：512次
【打印】 【关闭】
锡署发〔1998〕12号
各旗县市人民政府，行署各委、办、局：
一、落实防火责任。锡林郭勒盟林业局要加强巡查。
二、做好扑火准备。锡林郭勒盟公安处要组织扑火队伍。
锡林郭勒盟行政公署
一九九八年三月十六日
上一篇：锡林郭勒盟行政公署关于1998年春季植树造林的通知
版权所有：锡林郭勒盟行政公署
""", meta=dict(title="锡林郭勒盟行政公署关于加强草原防火工作的通知", notice_title=None,
               doc_number="锡署发〔1998〕12号", issuers=["锡林郭勒盟行政公署"], issue_date="1998-03-16",
               region="内蒙古自治区锡林郭勒盟", admin_level="prefecture"),
         departments={"锡林郭勒盟林业局", "锡林郭勒盟公安处"}, tasks={"一", "二"}, citations=set(), years={(1998, 1998)}),

    # 6. Tibet prefecture, a 政策解读 label on the page title, the page's 分享到 line, blank lines.
    dict(name="xizang-label", text="""您所在的位置：首页 > 政务公开 > 政府文件
【政策解读】拉萨市人民政府关于印发拉萨市城市供水管理办法的通知
发布日期：2019年11月08日　信息来源：拉萨市人民政府　点击数：903
分享到：

拉萨市人民政府关于印发拉萨市城市供水管理办法的通知

拉政发〔2019〕40号

各县（区）人民政府，市直各部门：

现将《拉萨市城市供水管理办法》印发给你们，请认真遵照执行。

拉萨市人民政府

2019年11月4日

拉萨市城市供水管理办法

第一条 为加强城市供水管理，制定本办法。

第二条 拉萨市水务局是本市城市供水行政主管部门。

第三条 本办法自2020年1月1日起施行。
【我要纠错】
网站标识码：5401000001  藏ICP备05000123号
""", meta=dict(title="拉萨市城市供水管理办法", notice_title="关于印发拉萨市城市供水管理办法的通知",
               doc_number="拉政发〔2019〕40号", issuers=["拉萨市人民政府"], issue_date="2019-11-04",
               region="西藏自治区拉萨市", admin_level="prefecture"),
         departments={"拉萨市水务局"}, tasks={"第一条", "第二条", "第三条"}, citations=set(),
         years={(2019, 2019), (2020, 2020)}),

    # 7. A town (Zhejiang 镇), a short notice; footer in one line; a 相关链接 line.
    dict(name="zhejiang-town", text="""当前位置：首页>政府信息公开>法定主动公开内容>政策文件
发布时间：2023-09-14  来源：千岛湖镇人民政府  浏览次数：77
【字号 大 中 小】【打印】【关闭】
关于开展城镇燃气安全隐患排查的通知
各村（社区）、镇属各单位：
一、排查范围。全镇瓶装燃气经营点和餐饮场所。
二、工作要求。镇应急管理办公室负责统筹，镇市场监督管理所配合。
千岛湖镇人民政府
2023年9月12日
相关链接：中国政府网 | 浙江政务服务网
主办：千岛湖镇人民政府 网站标识码：3301270004 浙ICP备13012345号
""", meta=dict(title="关于开展城镇燃气安全隐患排查的通知", notice_title=None, doc_number=None,
               issuers=["千岛湖镇人民政府"], issue_date="2023-09-12",
               region="浙江省杭州市淳安县千岛湖镇", admin_level="township"),
         departments=None, tasks={"一", "二"}, citations=set(), years={(2023, 2023)}),

    # 8. Autonomous prefecture (自治州), an info-disclosure table in tab form, the document's own 附件 list above
    #    its signature (kept), and the page's 相关附件 list of files under it (furniture).
    dict(name="yanbian-zhou", text="""索引号：\t11222400/2022-00087\t主题分类：\t卫生、体育\\卫生
发文机关：\t延边朝鲜族自治州卫生健康委员会\t成文日期：\t2022年07月06日
标　　题：\t延边朝鲜族自治州卫生健康委员会关于开展基层卫生人才培训的通知
发文字号：\t延州卫发〔2022〕19号\t发布日期：\t2022-07-08
延边朝鲜族自治州卫生健康委员会关于开展基层卫生人才培训的通知
延州卫发〔2022〕19号
各县（市）卫生健康局：
一、培训对象。乡镇卫生院和村卫生室人员。
二、培训安排。延边朝鲜族自治州卫生健康委员会统一组织，各县（市）卫生健康局做好报名。
附件：培训报名表
延边朝鲜族自治州卫生健康委员会
2022年7月6日
相关附件
培训报名表.doc
【打印本页】 【关闭窗口】
主办单位：延边朝鲜族自治州卫生健康委员会
吉ICP备05001234号
""", meta=dict(title="延边朝鲜族自治州卫生健康委员会关于开展基层卫生人才培训的通知", notice_title=None,
               doc_number="延州卫发〔2022〕19号", issuers=["延边朝鲜族自治州卫生健康委员会"],
               issue_date="2022-07-06", region="吉林省延边朝鲜族自治州", admin_level="prefecture"),
         departments={"延边朝鲜族自治州卫生健康委员会", "各县（市）卫生健康局"}, tasks={"一", "二"}, citations=set(), years={(2022, 2022)}),

    # 9. Central ministry 2000s notice on its site: one-cell-per-line table with a long organ list under
    #    发布机构 (a joint notice), the body in blank-line form, the 上一篇 link naming a 《》 rule.
    dict(name="central-joint", text="""索引号：
000013039/2007-00231
主题分类：
农业、林业、水利\\其他
发布机构：
农业部、财政部、国家发展和改革委员会、国土资源部、建设部、交通部、水利部、商务部
成文日期：
2007-05-10
名称：
农业部 财政部关于加强农村沼气建设管理的通知
文号：
农计发〔2007〕9号
发布日期：
2007-05-18
农业部 财政部关于加强农村沼气建设管理的通知

农计发〔2007〕9号

各省、自治区、直辖市农业（农村能源）厅（局、委、办），财政厅（局）：

一、加强项目管理。农业部负责项目审批。

二、加强资金管理。财政部负责资金下达。

农业部　　财政部

二〇〇七年五月十日
上一篇：《农村沼气项目建设管理办法》解读
主办单位：中华人民共和国农业部　网站标识码：bm20000001
""", meta=dict(title="农业部 财政部关于加强农村沼气建设管理的通知", notice_title=None, doc_number="农计发〔2007〕9号",
               issuers=["农业部", "财政部"], issue_date="2007-05-10", region="全国", admin_level="central"),
         departments={"农业部", "财政部"}, tasks={"一", "二"}, citations=set(), years={(2007, 2007)}),
]


def run(cases: list[dict]) -> dict:
    from pipeline import process_text
    tot = {"checks": 0, "ok": 0, "missing": 0, "spurious": 0}
    for c in cases:
        r = process_text(c["text"], doc_id=c["name"]).model_dump()
        md = r["metadata"]
        for k, v in c["meta"].items():
            got = md.get(k)
            if k == "issuers":
                got, v = sorted(got or []), sorted(v)
            tot["checks"] += 1
            if got == v:
                tot["ok"] += 1
            else:
                print(f"  {c['name']}: metadata.{k}: want {v!r} got {got!r}")
        for key, items in (("departments", {d["name"] for d in r["departments"]}), ("tasks", {t["path"] for t in r["tasks"]}),
                           ("citations", {x["title"] for x in r["citations"] if x["title"]}),
                           ("years", {(y["start"], y["end"]) for y in r["years"]})):
            want = c.get(key)
            if want is None:
                continue
            miss, spur = want - items, items - want
            tot["checks"] += 1
            tot["ok"] += not (miss or spur)
            tot["missing"] += len(miss)
            tot["spurious"] += len(spur)
            if miss or spur:
                print(f"  {c['name']}: {key}: missing {sorted(miss)} spurious {sorted(spur)}")
    return tot


if __name__ == "__main__":
    held = "--held" in sys.argv
    half = [c for i, c in enumerate(CASES) if i % 2 == (1 if held else 0)]
    print(("HELD" if held else "FIX"), run(half))
