"""Article-form rules, session 32 (s32-articles): organs a statute names by their role in the matter, not by place.

* a relative clause before a government or a sector's authority picks it out and is kept as written (guide D112, D1):
  `由有关行政区域共同的上级人民政府负责`, `向可能受到威胁的相邻地区的人民政府通报`, `山区多发区域的地方各级人民政府`,
  `接受举报的国土资源主管部门`; a copula (`X是本省Y的行政主管部门`) and a clause of place words alone are no clause;
* the pooling area of social insurance (统筹地区) before a government, and 所在地 before it, is a determiner kept as
  written, as before a sector's department (工伤保险条例's formulas);
* the government of the place an event happened (`交通事故发生地人民政府`) and `本地人民政府` after a verb of help are
  kept as written, like 所在地人民政府.

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
misses (a Shandong provincial regulation of 2012, a Hainan provincial government rule of 2015); not copied from any
corpus.
"""
from tests.organ_snippets import snippet_departments


def test_a_relative_clause_before_a_government_or_an_authority_is_kept_as_written():
    body = ("第十条　地质灾害涉及两个以上行政区域的，由有关行政区域共同的上级人民政府负责组织治理。\n"
            "第十一条　县级以上人民政府国土资源主管部门应当及时向可能受到威胁的相邻地区的人民政府通报灾情。\n"
            "第十二条　山区多发区域的地方各级人民政府应当加强巡查。\n"
            "第十三条　公民可以向接受举报的国土资源主管部门反映情况。\n"
            "第十四条　省国土资源厅是本省地质灾害防治和矿山地质环境保护的行政主管部门。\n")
    names = snippet_departments("山东省地质灾害防治条例", "山东省人民代表大会常务委员会", "2012年7月1日", body)
    assert set(names) == {"有关行政区域共同的上级人民政府", "县级以上人民政府国土资源主管部门",
                          "可能受到威胁的相邻地区的人民政府", "山区多发区域的地方各级人民政府",
                          "接受举报的国土资源主管部门", "山东省国土资源厅"}


def test_places_of_a_kind_before_the_government_are_no_relative_clause():
    body = "第五条　省、自治区、直辖市的人民政府应当组织实施本条例。\n"
    names = snippet_departments("某某条例", "国务院", "1999年3月1日", body)
    assert not any(n.endswith("的人民政府") for n in names)


def test_the_pooling_area_and_the_place_of_an_event_before_a_government_are_kept_as_written():
    body = ("第六条　工伤保险费率调整方案由统筹地区社会保险经办机构拟定，报统筹地区人民政府批准后公布。\n"
            "第七条　职工受伤后，用人单位应当在30日内向用人单位所在地统筹地区社会保险行政部门申请工伤认定。\n"
            "第八条　交通事故发生地人民政府应当为救治提供便利；居民委员会应当协助本地人民政府做好宣传。\n")
    names = snippet_departments("海南省工伤保险若干规定", "海南省人民政府", "2015年3月1日", body)
    assert set(names) == {"统筹地区人民政府", "所在地统筹地区社会保险行政部门", "交通事故发生地人民政府", "本地人民政府"}


def test_a_cap_within_the_same_year_is_per_year():
    # A Guizhou-style provincial 实施办法 of 2009 on training subsidies: `同一年度内…不超过N` bounds each year (spec §7 per_year,
    # as `一个年度内` and `每年度`); the cap after the comma is bounded by the same year
    from tests.snippets import targets_of
    got = targets_of("某省农村劳动力培训补贴实施办法", "某省人民政府", "2009年5月1日",
                     "第一条　为规范培训补贴，制定本办法。\n"
                     "第九条　每名学员同一年度内享受补贴的培训项目不超过2个，补贴金额不超过1500元。\n")
    assert got == [(2, "个", "<=", True, None, None), (1500, "元", "<=", True, None, None)]


def test_the_local_tax_service_written_in_full_in_a_list_of_sectors():
    # A Guangxi-style 2006 实施办法 under the 工伤保险条例: `会同地方税务、安全生产监督管理、审计等部门` lists the pre-2018
    # local tax service by its full sector word (organ_sectors.tsv), not a bare 税务
    body = "第二十二条　社会保险行政部门应当会同地方税务、安全生产监督管理、审计等部门，定期研究工伤保险工作。\n"
    names = snippet_departments("广西壮族自治区工伤保险实施办法", "广西壮族自治区人民政府", "2006年3月1日", body)
    assert set(names) == {"社会保险行政部门", "地方税务部门", "安全生产监督管理部门", "审计部门"}
