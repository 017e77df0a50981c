"""Organ names of session 36 (s36-names): classes the opened half (A40, A41) showed, tested on snippets written for
these tests in the style of other provinces, levels and eras than the notices that showed them (not copied from any
notice)."""
from tests.organ_snippets import snippet_departments


def test_an_out_of_date_ministry_named_as_the_author_of_an_earlier_rule_is_the_organ_of_the_issue_date():
    # guide D99 (confirmed in S32: `建设部` as the issuer of an older rule in a 2010 notice is 住房和城乡建设部) and
    # organ_renamed_central.tsv: a 2012 Yunnan county's notice cites a rule of 人事部 and 信息产业部 (both gone in 2008);
    # `原劳动部` (the text itself marks the organ as former) stays the organ of its time
    body = ("一、工作任务\n（一）根据人事部、信息产业部《关于加强信息化人才培养的通知》要求，县人力资源社会保障局负责组织培训。\n"
            "（二）原劳动部1994年发布的《职业培训实体管理规定》不再执行。\n")
    names = snippet_departments("关于做好2012年信息化人才培训工作的通知", "禄劝彝族苗族自治县人民政府", "2012年5月4日", body)
    assert names == {"人力资源和社会保障部": "人事部", "工业和信息化部": "信息产业部",
                     "禄劝彝族苗族自治县人力资源和社会保障局": "县人力资源社会保障局", "劳动部": "劳动部"}
