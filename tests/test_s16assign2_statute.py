"""s16-assign2: a statute article's authority written with a place determiner (`由所在地的…部门会同…`)."""
from pipeline import process_text
from pipeline.extract.departments import NamedMention
from pipeline.extract.responsibilities import _written_whole
from pipeline.nlp.organs import Mention


def _triples(text):
    r = process_text(text, doc_id="t").model_dump()
    for x in r["responsibilities"]:
        assert r["text"][x["span"][0]:x["span"][1]] == x["quote"]
    return {(x["task"], x["department"], x["role"]) for x in r["responsibilities"]}


TOWN = """天津市西青区杨柳青镇人民政府关于印发《杨柳青镇历史风貌建筑保护管理办法》的通知
杨政发〔2012〕8号

各村民委员会、居民委员会，镇属各单位：
现将《杨柳青镇历史风貌建筑保护管理办法》印发给你们，请认真贯彻执行。

天津市西青区杨柳青镇人民政府
2012年5月10日

杨柳青镇历史风貌建筑保护管理办法

第一条 为了加强本镇历史风貌建筑的保护，根据有关规定，制定本办法。
第二条 镇人民政府负责本镇历史风貌建筑保护的日常管理。
第三条 历史风貌建筑的修缮方案，由所在地的区、县房屋行政管理部门会同区、县规划行政管理部门审定。
第四条 擅自拆除历史风貌建筑的，由区、县房屋行政管理部门责令改正。
第五条 在保护范围内进行建设的，应当经所在地的区、县规划行政管理部门同意。
"""


def test_town_rule_copying_municipal_authorities():
    # a town's rule copying the municipality's `区、县…` authorities: one collective each (organs-s16.md), lead and co
    assert _triples(TOWN) == {
        ("第二条", "天津市西青区杨柳青镇人民政府", "responsible"),
        ("第三条", "所在地的区、县房屋行政管理部门", "lead"),
        ("第三条", "区、县规划行政管理部门", "co"),
    }  # 第四条 (a penalty) and 第五条 (no cue) assign nothing


PROVINCE = """黑龙江省湿地保护条例

第一条 为了加强湿地保护，根据有关法律、行政法规，结合本省实际，制定本条例。
第九条 湿地保护规划，由所在地的市、县林业行政主管部门会同市、县水行政主管部门编制，报本级人民政府批准。
第十条 违反本条例规定的，由所在地的县级以上林业行政主管部门责令停止违法行为。
"""


def test_province_statute_determiner_distributed_levels():
    # in a province's own statute `市、县…` is distributed (organs-s16.md); the determiner no longer hides the cue
    assert _triples(PROVINCE) == {
        ("第九条", "市林业行政主管部门", "lead"), ("第九条", "县林业行政主管部门", "lead"),
        ("第九条", "市水行政主管部门", "co"), ("第九条", "县水行政主管部门", "co"),
    }


def test_written_whole_widens_only_a_name_written_out():
    text = "由所在地的区、县文物行政管理部门会同区、县规划部门拟定。"
    a = text.index("区")
    marked = NamedMention(Mention(a, a + 1, "区", "collective"), "所在地的区、县文物行政管理部门")
    other = NamedMention(Mention(text.index("会同") + 2, text.index("会同") + 3, "区", "collective"), "区、县规划土地部门")
    out = _written_whole(text, [marked, other])
    assert (out[0].mention.start, out[0].mention.end) == (1, 1 + len("所在地的区、县文物行政管理部门"))
    assert text[out[0].mention.start:out[0].mention.end] == out[0].name
    assert out[1] is other  # its name is not written there: unchanged
    assert marked.mention.start == a  # the shared mention is not changed


BANNER = """内蒙古自治区草原承包经营办法（2004年）

第一条 为了稳定和完善草原承包经营制度，根据《中华人民共和国草原法》，制定本办法。
第七条 草原承包合同的鉴证，由草原所在地的县级人民政府草原行政主管部门负责。
第八条 承包方应当向草原所在地的县级人民政府草原行政主管部门提出申请。
第九条 违反本办法的，由草原所在地的县级人民政府草原行政主管部门责令改正。
"""


def test_whose_place_words_before_the_determiner():
    # `由草原所在地的…负责`: the words saying whose place it is do not hide the authority (spec 1.1 section 5 drops
    # them from the name); 第八条 (no cue) and 第九条 (a penalty) assign nothing
    assert _triples(BANNER) == {("第七条", "所在地县级人民政府草原行政主管部门", "responsible")}


LOOKALIKE = """广西壮族自治区流动人口服务管理办法

第一条 为了加强流动人口服务管理，制定本办法。
第八条 流动人口应当向居住地所在地的派出所申报居住登记。
第九条 用人单位所在地的有关行业协会负责组织会员单位开展培训。
第十条 由申请人所在地的村民委员会负责出具证明。
"""


def test_determiner_before_no_organ_gives_nothing():
    assert _triples(LOOKALIKE) == set()
