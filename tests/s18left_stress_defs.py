"""Stress set of session 18 (s18-left), class 4: a defining sentence `X是本县…工作的主管部门`, `X作为全县…的行业主管部门`,
`X为本省…的行政主管部门`: the organ X is the mention, the predicate is no second organ (spec 1.1 section 5, every organ
mentioned: the role given to X names X). Recall cases keep the real 主管部门 collectives of the same articles (县级以上
人民政府…主管部门, 有关行业主管部门) and precision cases hold definitions in every phrasing; complete output written
down. Statute and rule articles of Jilin, Tibet, Guangxi, Ningxia, Chongqing counties, Hainan, Inner Mongolia banners
and 自治州, 1990s-2020s; none copied from a corpus notice. Split: even positions FIX, odd HELD.
"""
from __future__ import annotations

import sys

sys.path.insert(0, ".")
from tests.s18left_stress_levels import counts, half, main  # same harness (departments only)

CASES = [
    ("jl-county-shi-de", "吉林省延边朝鲜族自治州安图县", "county",
     "第一章 总则\n第一条 县林业局是本县林木种苗工作的主管部门，县公安局、县财政局按照各自职责做好相关工作。\n",
     {"安图县林业局", "安图县公安局", "安图县财政局"}),
    ("xz-city-shi-no-de", "西藏自治区拉萨市", "prefecture",
     "第一章 总则\n第一条 市水务局是本市城市供水行政主管部门，负责全市城市供水的监督管理。\n",
     {"拉萨市水务局"}),
    ("cq-county-zuowei-hangye", "重庆市巫山县", "county",
     "第一章 总则\n第一条 县交通运输委员会作为全县农村公路建设管理的行业主管部门，负责农村公路的规划和建设。\n",
     {"巫山县交通运输委员会"}),
    ("gx-region-wei-quanqu", "广西壮族自治区", "province",
     "第一章 总则\n第一条 自治区文化和旅游厅为全区旅游市场监督管理的行政主管部门。县级以上人民政府文化和旅游主管部门负责本行政区域内的旅游市场监督管理。\n",
     {"广西壮族自治区文化和旅游厅", "县级以上人民政府文化和旅游主管部门"}),
    ("nx-county-shi-no-scope", "宁夏回族自治区吴忠市盐池县", "county",
     "第一章 总则\n第一条 县自然资源局是草原保护建设利用的主管部门，县农业农村局、县林业和草原局配合做好相关工作。\n",
     {"盐池县自然资源局", "盐池县农业农村局", "盐池县林业和草原局"}),
    ("hi-province-shi-benzsheng", "海南省", "province",
     "第一章 总则\n第一条 省住房城乡建设厅是本省物业管理活动的行政主管部门。市、县、自治县人民政府住房城乡建设主管部门负责本行政区域内物业管理活动的监督管理。\n",
     {"海南省住房和城乡建设厅", "市、县、自治县人民政府住房城乡建设主管部门"}),
    ("nm-banner-shi-benqi", "内蒙古自治区鄂尔多斯市乌审旗", "county",
     "第一章 总则\n第一条 旗农牧局是本旗草原防火工作的主管部门，各苏木镇人民政府负责本辖区内的草原防火工作。\n",
     {"乌审旗农牧局", "各苏木镇人民政府"}),
    ("sc-pref-zhou-shi", "四川省甘孜藏族自治州", "prefecture",
     "第一章 总则\n第一条 州林业和草原局是本州野生动物保护工作的主管部门，各县（市）林业主管部门负责本行政区域内的野生动物保护工作。\n",
     {"甘孜藏族自治州林业和草原局", "各县（市）林业主管部门"}),
    ("gs-1998-pref-wei-quanshi", "甘肃省天水市", "prefecture",
     "第一章 总则\n第一条 市城乡建设局为全市城市规划的主管部门，负责本办法的实施。市计委、市土地局按照各自职责协同实施本办法。\n",
     {"天水市城乡建设局", "天水市计划委员会", "天水市土地管理局"}),
    ("hlj-county-precision-real-authority", "黑龙江省佳木斯市桦南县", "county",
     "一、工作措施\n（一）加强行业监管。行业主管部门要加强日常监管，县应急管理局要会同有关部门开展联合检查。\n",
     {"行业主管部门", "桦南县应急管理局", "有关部门"}),
    ("jl-county-quedingwei", "吉林省延边朝鲜族自治州安图县", "county",
     "第一章 总则\n第一条 县人民政府确定县水利局为本县河道管理的主管部门，县自然资源局协助做好河道采砂管理。\n",
     {"安图县人民政府", "安图县水利局", "安图县自然资源局"}),
    ("gx-pref-zuowei-shi", "广西壮族自治区柳州市", "prefecture",
     "第一章 总则\n第一条 市市场监督管理局作为本市食品安全监督管理的主管部门，统一负责食品生产经营活动的监督管理。区人民政府有关主管部门按照职责做好相关工作。\n",
     {"柳州市市场监督管理局", "区人民政府有关主管部门"}),
]

if __name__ == "__main__":
    sys.path.insert(0, ".")
    main(CASES, sys.argv[1:])
