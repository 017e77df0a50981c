"""Session 15, second wave (s15b-era): the stress set of organs of their time (issue 12). Each case is a snippet written
for this set in the style of a province, level and era (1984-2020), with the department names a labeller would give by
spec 1.1 section 5 (the full official name of the time). `python3 -m tests.s15bera_stress` prints the pass count."""
from __future__ import annotations

from pipeline.clean import normalize_string
from pipeline.extract.context import make_context
from pipeline.extract.departments import extract_departments
from pipeline.extract.metadata import extract_metadata
from pipeline.extract.responsibilities import extract_responsibilities
from pipeline.extract.tasks import extract_tasks

HEAD = "一、工作要求\n（一）"

# (snippet, region, level, issue date or None, 文号 or None, expected department names)
CASES: list[tuple[str, str, str, str | None, str | None, set[str]]] = [
    (HEAD + "电力部、煤炭部要会同国家计委做好电网和煤矿建设规划。\n", "全国", "central", "1995-06-12", None,
     {"电力工业部", "煤炭工业部", "国家计划委员会"}),
    (HEAD + "经国家计委批准，省计委、省建委负责项目的审核和监督。\n", "山西省", "province", "1996-03-20", None,
     {"国家计划委员会", "山西省计划委员会", "山西省建设委员会"}),
    (HEAD + "市计委、市经委、市工商局按职责做好企业改制工作。\n", "广西壮族自治区柳州市", "prefecture", "2001-09-03", None,
     {"柳州市发展计划委员会", "柳州市经济委员会", "柳州市工商行政管理局"}),
    (HEAD + "国家广电总局、国家质检总局、国家工商总局加强对广告的监管。\n", "全国", "central", "2009-04-15", None,
     {"国家广播电影电视总局", "国家质量监督检验检疫总局", "国家工商行政管理总局"}),
    (HEAD + "按照国家广电总局的部署，省广电局、省卫生计生委、省食药监局分别做好宣传和监管。\n", "贵州省", "province",
     "2015-07-08", None, {"国家新闻出版广电总局", "贵州省新闻出版广电局", "贵州省卫生和计划生育委员会",
                          "贵州省食品药品监督管理局"}),
    (HEAD + "国家药监局、国家环保总局、国家安监总局联合开展专项检查。\n", "全国", "central", "2006-05-10", None,
     {"国家食品药品监督管理局", "国家环境保护总局", "国家安全生产监督管理总局"}),
    (HEAD + "国家计生委、劳动部、人事部要密切配合。\n", "全国", "central", "1997-02-18", None,
     {"国家计划生育委员会", "劳动部", "人事部"}),
    (HEAD + "按照国家计生委的要求，省计生委负责组织实施。\n", "河南省", "province", "2004-11-02", None,
     {"国家人口和计划生育委员会", "河南省人口和计划生育委员会"}),
    (HEAD + "化工部、冶金部、机械部、地矿部、广电部要结合行业特点制定实施办法。\n", "全国", "central", "1997-08-01", None,
     {"化学工业部", "冶金工业部", "机械工业部", "地质矿产部", "广播电影电视部"}),
    (HEAD + "锡盟行署、阿盟行署要加强草原防火工作。\n", "内蒙古自治区", "province", "1999-03-10", None,
     {"锡林郭勒盟行政公署", "阿拉善盟行政公署"}),
    (HEAD + "国家工商局、国家土地局、国家环保局要加强指导。\n", "全国", "central", "1996-10-08", None,
     {"国家工商行政管理局", "国家土地管理局", "国家环境保护局"}),
    (HEAD + "国家工商局负责企业登记的监督管理。\n", "全国", "central", "2003-05-20", None,
     {"国家工商行政管理总局"}),
    (HEAD + "国家药监局负责药品安全的监督管理。\n", "全国", "central", "2016-02-01", None,
     {"国家食品药品监督管理总局"}),
    (HEAD + "国家广电总局、国家药监局按职责分工负责。\n", "全国", "central", "2020-06-30", None,
     {"国家广播电视总局", "国家药品监督管理局"}),
    (HEAD + "省广电局、省工商局、省质监局、省安监局要加强协作。\n", "湖南省", "province", "2007-04-12", None,
     {"湖南省广播电影电视局", "湖南省工商行政管理局", "湖南省质量技术监督局", "湖南省安全生产监督管理局"}),
    (HEAD + "自治区广电局负责广播电视村村通工程的组织实施。\n", "宁夏回族自治区", "province", "2016-03-15", None,
     {"宁夏回族自治区新闻出版广电局"}),
    (HEAD + "县计委、县财政局负责项目资金的安排。\n", "浙江省宁波市鄞县", "county", "2001-05-08", None,
     {"鄞县发展计划委员会", "鄞县财政局"}),
    (HEAD + "国务院经贸办、国家体改委要抓紧研究提出意见。\n", "全国", "central", "1993-01-15", None,
     {"国务院经济贸易办公室", "国家经济体制改革委员会"}),
    (HEAD + "机电部、能源部、物资部要加强对企业的指导。\n", "全国", "central", "1990-07-20", None,
     {"机械电子工业部", "能源部", "物资部"}),
    (HEAD + "水电部、广电部要做好农村广播电视用电保障。\n", "全国", "central", "1984-09-10", None,
     {"水利电力部", "广播电视部"}),
    (HEAD + "国家安监局负责煤矿安全监察的综合管理。\n", "全国", "central", "2003-08-05", None,
     {"国家安全生产监督管理局"}),
    (HEAD + "国家安监局负责煤矿安全监察的综合管理。\n", "全国", "central", "2006-08-05", None,
     {"国家安全生产监督管理总局"}),
    (HEAD + "省环保厅、省广电局负责宣传和监测工作。\n", "黑龙江省", "province", "2012-06-18", None,
     {"黑龙江省环境保护厅", "黑龙江省广播电影电视局"}),
    (HEAD + "自治区计委会同自治区财政厅做好项目审批。\n", "广西壮族自治区", "province", None, "桂政发〔2001〕30号",
     {"广西壮族自治区发展计划委员会", "广西壮族自治区财政厅"}),
    (HEAD + "轻工部、纺织部、商业部要做好市场供应。\n", "全国", "central", "1991-11-02", None,
     {"轻工业部", "纺织工业部", "商业部"}),
    (HEAD + "国家经委、国家建委要加强对技术改造项目的管理。\n", "全国", "central", "1980-03-01", None,
     {"国家经济委员会", "国家基本建设委员会"}),
    (HEAD + "内贸部、经贸部、国家物价局要共同做好市场物价调控工作。\n", "全国", "central", "1993-12-01", None,
     # (s40b-central) 经贸部 of December 1993 is the 对外贸易经济合作部: the 1993 plan (1993-03-16) renamed the
     # 对外经济贸易部 (organ_renamed_central.tsv), as it set up the 国内贸易部 this case names
     {"国内贸易部", "对外贸易经济合作部", "国家物价局"}),
    (HEAD + "市计委、市广电局做好项目论证。\n", "四川省绵阳市", "prefecture", "1998-04-20", None,
     {"绵阳市计划委员会", "绵阳市广播电视局"}),
    (HEAD + "省体育运动委员会、省轻工厅、省纺织厅、省冶金厅、省化工厅负责行业管理。\n", "辽宁省", "province", "1995-09-01", None,
     {"辽宁省体育运动委员会", "辽宁省轻工业厅", "辽宁省纺织工业厅", "辽宁省冶金工业厅", "辽宁省化学工业厅"}),
    (HEAD + "省广电厅、省地矿厅做好地质灾害的宣传和监测。\n", "广东省", "province", "1996-07-11", None,
     {"广东省广播电视厅", "广东省地质矿产厅"}),
    (HEAD + "市土地局、市物价局负责土地价格的评估和监督。对土地局部调整的，要重新报批。\n", "河北省邢台市", "prefecture",
     "1996-04-22", None, {"邢台市土地管理局", "邢台市物价局"}),
    (HEAD + "广电总局负责指导，各省级广播电视行政部门抓好落实。\n", "全国", "central", "2013-09-01", None,
     {"国家新闻出版广电总局", "各省级广播电视行政部门"}),
    (HEAD + "省药监局、省食药监局按职责做好药品和食品安全监管。\n", "河北省", "province", "2006-08-14", None,
     {"河北省食品药品监督管理局"}),
    (HEAD + "省药监局负责药品流通的监督管理。\n", "吉林省", "province", "2001-03-09", None, {"吉林省药品监督管理局"}),
    (HEAD + "区广电局、区文体局负责。\n", "浙江省杭州市西湖区", "county", "2010-05-18", None,
     {"杭州市西湖区广播电视局", "杭州市西湖区文化体育局"}),
    (HEAD + "国家电监会、国家能源办、国务院信息办加强协调。\n", "全国", "central", "2006-11-20", None,
     {"国家电力监管委员会", "国家能源领导小组办公室", "国务院信息化工作办公室"}),
    (HEAD + "市工信委、市经信局、市民宗局负责。\n", "江西省九江市", "prefecture", "2012-05-21", None,
     {"九江市工业和信息化委员会", "九江市经济和信息化局", "九江市民族宗教事务局"}),
]

# Cases whose fix is in pipeline/nlp/organs.py (the lead's to merge; see the s15b-era report): not asserted.
OPEN: list[tuple[str, str, str, str | None, str | None, set[str]]] = [
    # 经委 after 地区/州/旗/盟 (organs.py reads it only after 省市县区)
    (HEAD + "地区计委、地区经委负责项目审核。\n", "新疆维吾尔自治区哈密地区", "prefecture", "1995-05-01", None,
     {"哈密地区计划委员会", "哈密地区经济委员会"}),
    # a list inheriting the level: 省计委、经委 (bare 经委 is no alias: 经委托)
    (HEAD + "省计委、经委、工商局要加强协调。\n", "福建省", "province", "2001-05-01", None,
     {"福建省发展计划委员会", "福建省经济委员会", "福建省工商行政管理局"}),
    # places of a kind with 旗: 各旗区, 各旗市
    (HEAD + "各旗区人民政府要加强领导。\n", "内蒙古自治区鄂尔多斯市", "prefecture", "2014-01-01", None, {"各旗区人民政府"}),
    (HEAD + "盟委、行署高度重视，各旗市人民政府抓好落实。\n", "内蒙古自治区锡林郭勒盟", "prefecture", "1998-05-01", None,
     {"中共锡林郭勒盟委员会", "锡林郭勒盟行政公署", "各旗市人民政府"}),
    # 设区的市 before a sector's authority: a collective as written, not the document's own city
    (HEAD + "设区的市交通运输主管部门负责本行政区域的道路运输管理。\n", "广东省", "province", "2016-01-01", None,
     {"设区的市交通运输主管部门"}),
    # a shared head 机关 distributed over levels (as 部门 is)
    (HEAD + "县、区公安机关负责本辖区的治安管理。\n", "四川省绵阳市", "prefecture", "2012-01-01", None,
     {"县公安机关", "区公安机关"}),
    # 指挥机构: a body named by its function (《防洪法》第三十九条)
    (HEAD + "县级以上地方人民政府防汛指挥机构负责本行政区域的防汛工作。\n", "湖北省", "province", "2005-01-01", None,
     {"县级以上地方人民政府防汛指挥机构"}),
    # 广播影视 (the sector's name of 1998-2013, 国家广播电影电视总局) is no sector of organ_sectors.tsv
    (HEAD + "各级广播影视行政部门抓好落实。\n", "全国", "central", "2010-09-01", None, {"各级广播影视行政部门"}),
]


def names_of(text: str, region: str, level: str, date: str | None, number: str | None) -> set[str]:
    doc = normalize_string(text)
    ctx = make_context(doc)
    ctx.metadata = extract_metadata(doc, ctx)
    ctx.metadata.region, ctx.metadata.admin_level = region, level
    ctx.metadata.issue_date, ctx.metadata.doc_number = date, number
    ctx.tasks = extract_tasks(doc, ctx)
    ctx.responsibilities = extract_responsibilities(doc, ctx)
    deps = extract_departments(doc, ctx)
    for d in deps:
        assert doc.text[d.span[0]:d.span[1]] == d.quote
    return {d.name for d in deps}


def failures(cases=None) -> list[tuple[int, set[str], set[str]]]:
    out = []
    for k, (text, region, level, date, number, expected) in enumerate(CASES if cases is None else cases):
        got = names_of(text, region, level, date, number)
        if got != expected:
            out.append((k, expected, got))
    return out


if __name__ == "__main__":
    bad = failures()
    for k, exp, got in bad:
        print(k, "missing", sorted(exp - got), "extra", sorted(got - exp))
    print(f"{len(CASES) - len(bad)} of {len(CASES)} pass")
    try:
        bad = failures(OPEN)
    except NameError:
        bad = None
    if bad is not None:
        for k, exp, got in bad:
            print("open", k, "missing", sorted(exp - got), "extra", sorted(got - exp))
        print(f"open (organs.py): {len(OPEN) - len(bad)} of {len(OPEN)} pass")
