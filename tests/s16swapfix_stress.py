"""s16-swapfix stress set (place-swap classes of region reading): a province's stem that is also a city (吉林), and a
town whose name holds a level character before 镇/乡/街道 (浦市镇, 旧县镇, 蓝旗镇, 故县乡…), written for this set in the
styles of provinces, levels and eras unlike the opened batches. No case copies a dev-corpus notice. Expected values
were written before the code was run (spec 1.1 §3 region province first, admin_level the issuer's; §5 organs named
with their place written out).

kind "recall": a form the pipeline should read; kind "precision": a notice full of things that look like the items
(吉林市's own organs, 市镇/县镇/乡镇 as words, towns without a level character, 海南州 and 海南省), whose region, level
and (where `deps_full` is given) complete list of departments are written down, so that a spurious item counts.

Items counted: region, admin_level, each name of `deps` (recall; must be among the departments), and for `deps_full`
every department not in the list (spurious). The set is split by a fixed rule: cases at even positions (0, 2, …) are
the FIX half, odd positions the HELD half. Run `python3 -m tests.s16swapfix_stress fix` (or `held`)."""
from __future__ import annotations

import re
import sys

CASES: list[tuple[str, str, str, dict]] = []


def case(name, kind, text, **expected):
    CASES.append((name, kind, text, expected))


case("jilin_energy_regulator_branch", "recall", """国家能源局吉林监管办公室关于开展2022年度电力安全生产检查的通知
吉监能安全〔2022〕15号
各有关电力企业：
为贯彻落实安全生产责任制，现决定开展年度电力安全生产检查。请吉林电力交易中心、国网吉林省电力有限公司按要求做好自查。
一、检查范围
二、工作要求
国家能源局吉林监管办公室
2022年4月8日
""", region="吉林省", admin_level="province")

case("hunan_xiangxi_town_shi", "recall", """泸溪县浦市镇人民政府关于做好2023年春季森林防火工作的通知
各村（居）民委员会，镇直各单位：
当前已进入森林防火紧要期，为切实做好全镇森林防火工作，现将有关事项通知如下：
一、压实防火责任。镇人民政府与各村签订责任书，县林业局派员指导。
二、强化火源管控。
泸溪县浦市镇人民政府
2023年2月10日
""", region="湖南省湘西土家族苗族自治州泸溪县浦市镇", admin_level="township",
     deps=["泸溪县浦市镇人民政府", "泸溪县林业局"])

case("jilin_city_government", "precision", """吉林市人民政府办公厅关于印发吉林市城市更新行动实施方案的通知
吉市政办发〔2021〕12号
各县（市）区人民政府，市政府各委办局、各直属机构：
经市政府同意，现将《吉林市城市更新行动实施方案》印发给你们，请认真贯彻执行。
吉林市人民政府办公厅
2021年7月20日
""", region="吉林省吉林市", admin_level="prefecture")

case("beijing_district_town_jiuxian", "recall", """北京市延庆区旧县镇人民政府关于开展人居环境整治专项行动的通知
各村民委员会，镇属各单位：
为改善农村人居环境，镇人民政府决定开展专项整治行动。区农业农村局负责业务指导，镇财政所做好资金保障。
北京市延庆区旧县镇人民政府
2020年5月12日
""", region="北京市延庆区旧县镇", admin_level="township",
     deps=["北京市延庆区旧县镇人民政府", "北京市延庆区农业农村局", "北京市延庆区旧县镇财政所"])

case("jilin_stats_survey_team", "recall", """国家统计局吉林调查总队关于做好2019年农村住户调查工作的通知
各调查队：
为做好年度农村住户调查，现将有关事项通知如下：
一、严格执行调查方案。
二、按时报送数据。
国家统计局吉林调查总队
2019年1月15日
""", region="吉林省", admin_level="province")

case("deqing_county_names_xinshi_town", "precision", """德清县人民政府办公室关于做好防汛防台工作的通知
各镇人民政府、街道办事处，县政府各部门：
为做好今年防汛防台工作，现通知如下：
一、新市镇人民政府要加强对运河沿线堤防的巡查。
二、县水利局负责技术指导，县应急管理局做好物资储备。
德清县人民政府办公室
2019年6月3日
""", region="浙江省湖州市德清县", admin_level="county",
     deps=["德清县新市镇人民政府", "德清县水利局", "德清县应急管理局"])

case("guizhou_rongjiang_guzhou_town", "recall", """中共榕江县古州镇委员会 榕江县古州镇人民政府关于加强防溺水安全教育工作的通知
各村（社区），镇直各站所：
为切实做好夏季防溺水工作，现将有关事项通知如下：
一、镇人民政府组织各村开展隐患排查。
二、县教育局配合做好学生安全教育。
中共榕江县古州镇委员会
榕江县古州镇人民政府
2021年6月1日
""", region="贵州省黔东南苗族侗族自治州榕江县古州镇", admin_level="township",
     deps=["榕江县古州镇人民政府", "榕江县教育局"])

case("jilin_zone_admin_city", "precision", """吉林经济技术开发区管理委员会关于印发安全生产大检查工作方案的通知
各部门、各街道办事处、园区各企业：
现将《安全生产大检查工作方案》印发给你们，请认真组织实施。
吉林经济技术开发区管理委员会
2020年3月9日
""", region="吉林省吉林市", admin_level="prefecture")

case("anhui_yongqiao_qixian_town", "recall", """宿州市埇桥区蕲县镇人民政府关于做好秸秆禁烧工作的通知
各村（居）委会，镇直各单位：
夏收在即，为做好秸秆禁烧工作，镇人民政府要求各村落实网格责任，区生态环境分局加强巡查。
宿州市埇桥区蕲县镇人民政府
2018年5月20日
""", region="安徽省宿州市埇桥区蕲县镇", admin_level="township",
     deps=["宿州市埇桥区蕲县镇人民政府"])

case("hainan_province_stem", "precision", """海南省人民政府办公厅关于进一步做好稳就业工作的通知
琼府办〔2020〕30号
各市、县、自治县人民政府，省政府直属各单位：
为做好海南自由贸易港建设中的稳就业工作，现通知如下：
一、省人力资源社会保障厅要加强统筹。
二、各市县要落实属地责任。
海南省人民政府办公厅
2020年6月18日
""", region="海南省", admin_level="province")

case("shanxi_puxian_guxian_township", "recall", """蒲县古县乡人民政府关于做好2022年冬季清洁取暖工作的通知
各村委会，乡直各单位：
为确保群众温暖过冬，乡人民政府决定全面推进清洁取暖工作，县能源局给予指导。
蒲县古县乡人民政府
2022年10月26日
""", region="山西省临汾市蒲县古县乡", admin_level="township",
     deps=["蒲县古县乡人民政府"])

case("qinghai_hainan_prefecture", "precision", """海南藏族自治州人民政府办公室关于做好草原防火工作的通知
各县人民政府，州政府各部门：
为切实做好草原防火工作，现通知如下：
一、州林业和草原局要加强监测。
二、各县要落实防火责任。
海南藏族自治州人民政府办公室
2021年3月2日
""", region="青海省海南藏族自治州", admin_level="prefecture")

case("yunnan_qilin_yuezhou_town", "recall", """曲靖市麒麟区越州镇人民政府关于开展森林草原防灭火隐患排查的通知
各村（社区）委员会，镇属各部门：
为防范森林草原火灾，镇人民政府决定开展隐患排查整治，区林业和草原局派员督导。
曲靖市麒麟区越州镇人民政府
2023年1月6日
""", region="云南省曲靖市麒麟区越州镇", admin_level="township",
     deps=["曲靖市麒麟区越州镇人民政府", "曲靖市麒麟区林业和草原局"])

case("puxian_county_xiangzhen_words", "precision", """中共蒲县县委办公室 蒲县人民政府办公室关于加强县镇两级干部作风建设的通知
各乡镇党委、政府，县直各单位：
为加强县乡两级干部作风建设，推进市镇建设管理，现将有关事项通知如下：
一、各乡镇要建立台账。
二、县纪委监委要加强监督。
中共蒲县县委办公室
蒲县人民政府办公室
2019年3月15日
""", region="山西省临汾市蒲县", admin_level="county")

case("hubei_tianmen_zaoshi_town", "recall", """天门市皂市镇人民政府关于做好2021年汛期安全工作的通知
各村（社区），镇直各单位：
汛期将至，镇人民政府要求各单位落实防汛责任，市水利和湖泊局负责堤防技术指导。
天门市皂市镇人民政府
2021年5月8日
""", region="湖北省天门市皂市镇", admin_level="township",
     deps=["天门市皂市镇人民政府"])

case("jilin_banking_regulator_2019", "recall", """中国银保监会吉林监管局关于加强银行业保险业消费者权益保护工作的通知
吉银保监发〔2019〕21号
各银保监分局，机关各处室，各政策性银行吉林省分行，各大型银行吉林省分行：
为加强消费者权益保护，现通知如下：
一、健全工作机制。
二、强化考核。
中国银保监会吉林监管局
2019年9月10日
""", region="吉林省", admin_level="province")

case("liaoning_fengcheng_lanqi_town", "recall", """凤城市蓝旗镇人民政府关于开展农村饮水安全排查的通知
各村民委员会：
为保障农村饮水安全，镇人民政府决定开展专项排查，市水利局给予技术支持。
凤城市蓝旗镇人民政府
2022年7月14日
""", region="辽宁省丹东市凤城市蓝旗镇", admin_level="township",
     deps=["凤城市蓝旗镇人民政府", "凤城市水利局"])

case("central_list_of_provinces_jilin", "precision", """国务院办公厅关于同意在吉林、黑龙江、甘肃等地开展试点的复函
国办函〔2016〕18号
国家发展改革委：
你委关于在吉林、黑龙江、甘肃等地开展试点的请示收悉。经国务院同意，现函复如下：
一、同意开展试点。
国务院办公厅
2016年2月25日
""", region="全国", admin_level="central")

case("neimenggu_yakeshi_hongqi_street", "recall", """牙克石市红旗街道办事处关于做好冬季供暖保障工作的通知
各社区居民委员会：
为保障辖区居民温暖过冬，街道办事处决定成立供暖保障工作专班。
牙克石市红旗街道办事处
2020年10月15日
""", region="内蒙古自治区呼伦贝尔市牙克石市红旗街道", admin_level="township")

case("tianjin_heping_nanshi_street", "recall", """天津市和平区南市街道办事处关于开展老旧小区消防安全检查的通知
各社区居委会：
为消除老旧小区火灾隐患，街道办事处决定开展消防安全检查，区消防救援支队给予指导。
天津市和平区南市街道办事处
2021年11月3日
""", region="天津市和平区南市街道", admin_level="township")

case("sichuan_zhongjiang_qingshi_township", "recall", """中江县青市乡人民政府关于做好春耕生产工作的通知
各村民委员会，乡属各单位：
为抓好春耕生产，乡人民政府要求各村落实种植面积，县农业农村局做好技术服务。
中江县青市乡人民政府
2019年3月1日
""", region="四川省德阳市中江县青市乡", admin_level="township",
     deps=["中江县青市乡人民政府", "中江县农业农村局"])

case("jilin_city_party_committee_1990s", "precision", """中共吉林市委办公室关于加强基层党组织建设的通知
各县（市）区委，市委各部委，市直各单位党委（党组）：
为加强基层党组织建设，现将有关事项通知如下：
一、各级党委要高度重视。
中共吉林市委办公室
一九九七年四月二日
""", region="吉林省吉林市", admin_level="prefecture")

case("guangdong_nanxiong_gushi_town", "recall", """南雄市古市镇人民政府关于做好烟叶收购工作的通知
各村（居）委会，镇直各单位：
烟叶收购即将开始，镇人民政府要求各村做好组织工作，市烟草专卖局配合做好收购服务。
南雄市古市镇人民政府
2018年7月2日
""", region="广东省韶关市南雄市古市镇", admin_level="township",
     deps=["南雄市古市镇人民政府"])

case("sichuan_luodai_plain_town", "precision", """成都市龙泉驿区洛带镇人民政府关于做好古镇旅游安全工作的通知
各社区，镇属各单位：
为做好旅游旺季安全工作，镇人民政府要求各单位落实责任，区文化广电旅游局加强指导。
成都市龙泉驿区洛带镇人民政府
2019年4月28日
""", region="四川省成都市龙泉驿区洛带镇", admin_level="township",
     deps=["成都市龙泉驿区洛带镇人民政府"])


def halves() -> tuple[list, list]:
    return CASES[0::2], CASES[1::2]


def _spurious(name, text, exp, names, fails) -> int:
    """Departments that carry a place the notice neither writes nor lives in (吉林市 in a 吉林省 notice), or a
    town's name cut short (浦市 of 浦市镇 read as a county)."""
    from pipeline.regions import places_in

    region = exp["region"]
    chains = {p.region for _, p, _ in places_in(region)}
    county = max((c for c in chains if region.startswith(c)), key=len, default="")
    town = region[len(county):] if county and region.endswith(("镇", "乡", "街道")) else None
    n = 0
    for dep in names:
        bad = False
        for _, p, _ in places_in(dep):
            if p.name not in text and not region.startswith(p.region):
                bad = True
        if town:
            stem = town[:-1] if not town.endswith("街道") else town[:-2]
            for m in re.finditer(re.escape(stem), dep):
                if not dep.startswith(town[len(stem):], m.end()):
                    bad = True
        if bad:
            n += 1
            fails.append((name, "spurious", dep, None))
    return n


def run(cases) -> dict:
    from pipeline import process_text

    tot = {"items": 0, "hit": 0, "spurious": 0}
    fails = []
    for name, kind, text, exp in cases:
        r = process_text(text, doc_id=name).model_dump()
        md = r["metadata"]
        names = [d["name"] for d in r["departments"]]
        for key in ("region", "admin_level"):
            tot["items"] += 1
            if md[key] == exp[key]:
                tot["hit"] += 1
            else:
                fails.append((name, key, md[key], exp[key]))
        for dep in exp.get("deps", []):
            tot["items"] += 1
            if dep in names:
                tot["hit"] += 1
            else:
                fails.append((name, "dep", None, dep))
        tot["spurious"] += _spurious(name, text, exp, names, fails)
    tot["fails"] = fails
    return tot


if __name__ == "__main__":
    fix, held = halves()
    which = sys.argv[1] if len(sys.argv) > 1 else "fix"
    res = run(fix if which == "fix" else held)
    print(which, f"{res['hit']}/{res['items']}", "spurious", res["spurious"])
    if which == "fix" or "-v" in sys.argv:
        for f in res["fails"]:
            print("  ", f)
