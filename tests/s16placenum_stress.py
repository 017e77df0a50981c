"""Stress set of session 16 (helper s16-placenum): places and names that open with a numeral character (三门峡, 七台河,
四川, 十堰, 六盘水, 五家渠, 三台县, 九台区, 四家子镇…) beside targets (RECALL: no spurious count read out of the
name, no indicator cut at its numeral), and numbers right before place-like words that must stay quantities
(PRECISION: 三个市, 十个重点县, 三台以上救护车, 五家以上龙头企业, 三门以上课程, 七台高喷消防车…). Short paragraphs in
the styles of provinces and levels unlike the opened batches (Sichuan, Henan, Heilongjiang, Hubei, Guizhou,
Xinjiang, Guangxi, Hainan, Jilin, Shanxi, Gansu, Guangdong, Tibet, Chongqing, Liaoning, Inner Mongolia, Anhui,
Fujian). The expected list is the COMPLETE output: (value, unit, indicator, comparator); written before running.

Split by a fixed rule: FIX = DOCS[0::2], HELD = DOCS[1::2] (run only at BASE and at the final commit, failures not
read). Run `python3 tests/s16placenum_stress.py fix|held` from the worktree root."""
from __future__ import annotations

# fmt: off
DOCS: list[tuple[str, str, list[tuple]]] = []


def doc(name: str, text: str, expected: list[tuple]) -> None:
    DOCS.append((name, text, expected))


doc("R-sichuan-standards", "四川省市场监督管理局关于实施标准化战略的意见\n到2025年，全省主导或参与制定国际标准20项以上，形成50项以上能够体现四川特色优势的地方标准。\n",
    [(20, "项", "国际标准", ">="), (50, "项", "能够体现四川特色优势的地方标准", ">=")])
doc("R-henan-sanmenxia", "河南省化工产业转型升级行动方案\n支持三门峡、濮阳等市引导大型化工企业向园区集中，到2025年，全省化工园区入园率达到80%以上。\n",
    [(80, "%", "全省化工园区入园率", ">=")])
doc("P-three-cities", "关于开展县域商业体系建设试点的通知\n到2024年，在全省选择三个市、十个重点县开展县域商业体系建设试点，每个试点县支持资金不超过500万元。\n",
    [(3, "个", "市", "="), (10, "个", "重点县", "="), (5000000, "元", "支持资金", "<=")])
doc("P-five-cities", "郑州都市圈发展规划实施方案\n推动郑州、开封、新乡、焦作、许昌五市联动发展，到2025年，都市圈地区生产总值突破5万亿元。\n",
    [(5e12, "元", "都市圈地区生产总值", ">")])
doc("R-heilongjiang-qitaihe", "黑龙江省支持资源型城市转型的若干措施\n省财政安排七台河市先进制造业和数字经济发展专项资金5000万元，支持七台河建设石墨新材料产业园3个。\n",
    [(5e7, "元", "七台河市先进制造业和数字经济发展专项资金", "="), (3, "个", "石墨新材料产业园", "=")])
doc("R-hubei-shiyan", "十堰市文化和旅游发展规划\n到2025年，建成3个以上体现十堰生态特色的文旅融合示范区，十堰市森林覆盖率稳定在65%以上。\n",
    [(3, "个", "体现十堰生态特色的文旅融合示范区", ">="), (65, "%", "十堰市森林覆盖率", ">=")])
doc("P-four-counties", "秦巴山区生态养殖示范方案\n在秦巴山区选择四县开展示范，每县建设标准化养殖场2个。\n",
    [(2, "个", "标准化养殖场", "=")])
doc("P-three-ambulances", "关于加强基层急救能力建设的通知\n为每个乡镇卫生院配备三台以上救护车，到2023年，村卫生室标准化建设达标率达到100%。\n",
    [(3, "台", "救护车", ">="), (100, "%", "村卫生室标准化建设达标率", "=")])
doc("R-guizhou-liupanshui", "贵州省煤炭产业高质量发展实施方案\n支持六盘水、毕节等地建设煤电一体化项目，到2025年，全省新增煤矿产能2000万吨。\n",
    [(2e7, "吨", "煤矿产能", "=")])
doc("R-sichuan-santai", "绵阳市现代农业园区建设方案\n三台县新建高标准农田5万亩，盐亭县建设现代农业园区1个。\n",
    [(50000, "亩", "高标准农田", "="), (1, "个", "现代农业园区", "=")])
doc("P-five-firms", "关于培育农业产业化龙头企业的意见\n每个县培育五家以上农产品加工龙头企业，全县新增规模以上企业10家。\n",
    [(5, "家", "农产品加工龙头企业", ">="), (10, "家", "规模以上企业", "=")])
doc("P-three-courses", "关于加强中小学劳动教育的实施意见\n全市中小学开设三门以上劳动教育课程，每所学校建设劳动实践基地1个。\n",
    [(3, "门", "劳动教育课程", ">="), (1, "个", "劳动实践基地", "=")])
doc("R-xinjiang-wujiaqu", "五家渠市数字经济发展行动方案\n五家渠市到2025年建成5G基站800个，五家渠经济技术开发区新增数字经济企业30家。\n",
    [(800, "个", "5G基站", "="), (30, "家", "数字经济企业", "=")])
doc("R-guangxi-baise", "百色市芒果产业发展方案\n到2025年，百色市芒果种植面积稳定在130万亩，打造5个以上体现百色特色的农业品牌。\n",
    [(1.3e6, "亩", "百色市芒果种植面积", "="), (5, "个", "体现百色特色的农业品牌", ">=")])
doc("P-ten-counties", "关于支持重点县发展特色产业的通知\n每年支持十个重点县发展特色产业，每县补助资金1000万元。\n",
    [(10, "个", "重点县", "="), (1e7, "元", "补助资金", "=")])
doc("P-seven-engines", "关于加强高层建筑消防能力建设的通知\n为全市各消防救援站配置七台高喷消防车，新建消防站5座。\n",
    [(7, "台", "高喷消防车", "="), (5, "座", "消防站", "=")])
doc("R-hainan-sanya", "海南省热带雨林旅游发展方案\n支持三亚、万宁、五指山等市县建设热带雨林旅游精品线路10条以上。\n",
    [(10, "条", "热带雨林旅游精品线路", ">=")])
doc("R-jilin-jiutai-siping", "吉林省乡村振兴示范创建方案\n长春市九台区新建设施农业园区2个；四平市打造10个以上具有四平特色的乡村振兴示范村。\n",
    [(2, "个", "设施农业园区", "="), (10, "个", "具有四平特色的乡村振兴示范村", ">=")])
doc("P-three-plants", "县城污水垃圾处理设施建设方案\n到2025年，全县新建三座污水处理厂、两座垃圾转运站。\n",
    [(3, "座", "污水处理厂", "="), (2, "座", "垃圾转运站", "=")])
doc("P-two-centres", "关于推进区域医疗中心建设的意见\n全省建设两个国家级区域医疗中心和五个省级区域医疗中心。\n",
    [(2, "个", "国家级区域医疗中心", "="), (5, "个", "省级区域医疗中心", "=")])
doc("R-shanxi-wutai", "忻州市文旅康养融合发展方案\n五台县建设旅游公路120公里，台怀镇、豆村镇各建设游客服务中心1处。\n",
    [(120, "公里", "旅游公路", "="), (1, "处", "游客服务中心", "=")])
doc("R-gansu-liangdang", "关于支持秦巴山区特色产业发展的意见\n陇南市两当县新建蜂产业基地3个，宝鸡市千阳县苹果种植面积达到20万亩。\n",
    [(3, "个", "蜂产业基地", "="), (200000, "亩", "苹果种植面积", "=")])
doc("P-three-points", "关于推进新型城镇化的实施意见\n到2025年，全省常住人口城镇化率提高三个百分点，三市一区协同发展取得明显成效。\n",
    [(3, "个百分点", "常住人口城镇化率", "=")])
doc("P-tibet-seven", "西藏自治区边境小康村建设方案\n统筹全区七地市资源，到2025年建设边境小康村628个。\n",
    [(628, "个", "边境小康村", "=")])
doc("R-guangdong-sihui", "广东省县域医疗卫生次中心建设方案\n支持四会市、五华县建设县域医疗卫生次中心各2个，到2025年，县域内就诊率达到90%。\n",
    [(2, "个", "县域医疗卫生次中心", "="), (90, "%", "县域内就诊率", "=")])
doc("R-chongqing-jiulongpo", "重庆市市场主体培育行动方案\n九龙坡区新增市场主体2万户，万州区建成智慧社区30个以上。\n",
    [(20000, "户", "市场主体", "="), (30, "个", "智慧社区", ">=")])
doc("P-eight-counties", "关于加强冷链物流设施建设的通知\n全州八县（市）每县建成标准化仓储冷链设施不少于3处。\n",
    [(3, "处", "标准化仓储冷链设施", ">=")])
doc("P-three-cities-renewal", "关于开展城市更新试点的通知\n选择三个市开展城市更新试点，每个试点城市改造老旧小区不少于50个。\n",
    [(3, "个", "市", "="), (50, "个", "老旧小区", ">=")])
doc("R-liaoning-towns", "沈阳市乡镇商贸中心建设方案\n四家子镇、三家子满族乡各建设乡镇商贸中心1个，五棵树镇新建农贸市场2个。\n",
    [(1, "个", "乡镇商贸中心", "="), (2, "个", "农贸市场", "=")])
doc("R-fujian-sanming", "福建省深化医药卫生体制改革方案\n推广三明医改经验，到2025年，三明市县域内就诊率达到90%，建成紧密型县域医共体10个。\n",
    [(90, "%", "三明市县域内就诊率", "="), (10, "个", "紧密型县域医共体", "=")])
doc("P-nine-cities", "沿黄生态保护修复方案\n在沿黄九市开展生态保护修复，到2025年完成造林面积30万亩。\n",
    [(300000, "亩", "造林面积", "=")])
doc("P-three-regions", "关于支持深度贫困地区产业发展的通知\n支持三区三州等深度贫困地区新建产业项目100个。\n",
    [(100, "个", "产业项目", "=")])
doc("R-anhui-luan", "六安市红色旅游发展方案\n打造5个体现六安红色文化特色的研学基地，建成红色旅游精品线路8条。\n",
    [(5, "个", "体现六安红色文化特色的研学基地", "="), (8, "条", "红色旅游精品线路", "=")])
doc("R-heilongjiang-qitaihe-brand", "黑龙江省品牌建设行动方案\n到2025年，全市形成10项以上能够体现七台河特色优势的先进标准，培育七台河知名品牌20个。\n",
    [(10, "项", "能够体现七台河特色优势的先进标准", ">="), (20, "个", "七台河知名品牌", "=")])
doc("P-seven-stars", "关于提升旅游饭店服务质量的通知\n到2025年，全省新增五星级旅游饭店10家，培育四星级以上乡村旅游点50个。\n",
    [(10, "家", "五星级旅游饭店", "="), (50, "个", "四星级以上乡村旅游点", "=")])
doc("P-three-machines-list", "关于推进农业机械化的意见\n每个乡镇配备烘干机三台、植保无人机五台，全县农作物耕种收综合机械化率达到85%。\n",
    [(3, "台", "烘干机", "="), (5, "台", "植保无人机", "="), (85, "%", "全县农作物耕种收综合机械化率", "=")])
doc("R-neimenggu-towns", "呼伦贝尔市边境口岸城镇建设方案\n三台子村、九台街道、五家站镇各建设便民服务中心1个。\n",
    [(1, "个", "便民服务中心", "=")])
doc("R-henan-sanmenxia-list", "河南省黄河流域生态保护方案\n三门峡市、洛阳市各建设湿地公园3个，三门峡库区水质达标率达到100%。\n",
    [(3, "个", "湿地公园", "="), (100, "%", "三门峡库区水质达标率", "=")])
doc("P-three-county-level", "关于加强县级融媒体中心建设的通知\n每个县配置三台县级融媒体移动直播车，建成县级融媒体中心12个。\n",
    [(3, "台", "县级融媒体移动直播车", "="), (12, "个", "县级融媒体中心", "=")])
doc("P-ten-thousand-homes", "关于推进乡村清洁能源建设的通知\n到2025年，惠及万家乡村农户，新建户用光伏电站500座。\n",
    [(500, "座", "户用光伏电站", "=")])

FIELDS = ("indicator", "comparator")
FIX = DOCS[0::2]
HELD = DOCS[1::2]


def run(docs=None, verbose: bool = True) -> dict:
    try:
        from stress_targets import score
    except ImportError:
        from tests.stress_targets import score
    return score(DOCS if docs is None else docs, FIELDS, verbose)


if __name__ == "__main__":
    import sys
    sys.path.insert(0, ".")
    which = sys.argv[1] if len(sys.argv) > 1 else "fix"
    if which == "held":   # counts only: the held half's failures are not read
        t = run(HELD, verbose=False)
        print({k: t[k] for k in ("gold", "pred", "match", "strict", "indicator")}, "spurious", t["pred"] - t["match"])
    else:
        t = run(FIX, verbose=True)
        print("spurious", t["pred"] - t["match"])
