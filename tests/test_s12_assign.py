"""Assignments by construction class (session 12: article-style duties of 办法/条例/规定 and the labels of county and
township task lists). Snippets written for these tests in the style of other provinces, levels and eras
(docs/decisions/assign-s12.md), not copied from any corpus."""
from tests.test_organs_s5 import _run

ART = "第一条 为加强管理，根据有关法律法规，结合本地实际，制定本办法。\n"


def test_an_organ_given_the_duties_listed_below_its_article():
    # a Fujian provincial 办法 (2012): `X履行下列职责：` over its listed duties assigns the article (as 负责 would)
    _, triples = _run(ART + "第六条 省教育厅履行下列职责：\n（一）制定全省学前教育发展规划；\n（二）负责幼儿园教师队伍建设。\n",
                      "福建省", "province")
    # (its listed duty that opens with 负责 was the organ's too under b5's d019 reading; guide R48, S31: one of the
    # article's duties, no assignment of its own)
    assert triples == {("第六条", "福建省教育厅", "responsible")}
    # a Sichuan prefecture 条例: `X是…的主管部门，应当依法履行以下职责：` (the predicate 是…主管部门 before the duties)
    _, triples = _run("第一条 为了控制吸烟，制定本条例。\n第五条 市卫生健康主管部门是控制吸烟工作的主管部门，应当依法履行以下职责：\n"
                      "（一）组织控烟宣传；\n（二）组织监测和评估。\n", "四川省眉山市", "prefecture")
    assert triples == {("第五条", "眉山市卫生健康主管部门", "responsible")}


def test_a_condition_or_a_charge_alone_is_no_duty_list():
    # `X履行下列职责时，…` is a condition; `X主管…工作` alone is no assignment (assignment-precision-s6.md)
    _, triples = _run(ART + "第十一条 相关部门履行下列职责时，涉及文物的，应当征询文物行政管理部门的意见：\n（一）审批；\n（二）验收。\n"
                      "第十二条 省建设行政主管部门主管全省城市供水工作。\n", "辽宁省", "province")
    assert triples == set()


def test_a_body_set_up_before_is_the_subject_of_its_duty():
    # a Hunan autonomous county 条例 (1990s): `自治县成立的城乡规划委员会，负责…`, `县人民政府设立的…委员会负责…`
    _, triples = _run("第一条 为加强城乡规划管理，制定本条例。\n第九条 自治县成立的城乡规划委员会，负责审议城乡总体规划。\n"
                      "第十条 县人民政府设立的城市管理委员会负责统筹协调城市管理工作。\n", "湖南省湘西土家族苗族自治州凤凰县", "county")
    assert triples == {("第九条", "凤凰县城乡规划委员会", "responsible"), ("第十条", "凤凰县城市管理委员会", "responsible")}
    # the body an item itself sets up still gets nothing (guide R10)
    _, triples = _run("二、组织保障\n（一）加强领导。成立县人居环境整治工作领导小组，负责统筹协调。\n", "湖南省湘西土家族苗族自治州凤凰县", "county")
    assert triples == set()


def test_the_agents_named_after_a_subject_leave_it_the_duty():
    # `X及其委托的管理机构，负责…` (with or without the comma): the duty is X's; the agent is no organ
    for text in ("第二条 县市政园林主管部门及其委托的管理机构，负责管理和养护公用设施。\n",
                 "第二条 县市政园林主管部门及其委托的管理机构负责管理和养护公用设施。\n"):
        _, triples = _run("第一条 为加强市政管理，制定本条例。\n" + text, "湖南省湘西土家族苗族自治州凤凰县", "county")
        assert triples == {("第二条", "凤凰县市政园林主管部门", "responsible")}
    # a delegate after 可以委托 still takes the later 负责 (no triple for the delegating organ)
    _, triples = _run(ART + "第八条 县住房保障部门可以委托国有住房租赁公司，负责公共租赁住房的日常管理。\n", "河北省保定市涞源县", "county")
    assert triples == set()


def test_lead_and_co_columns_named_by_the_offices_own_units():
    # a Jiangxi township list: 责任科室 / 配合科室; a Hunan county bureau's 牵头股室 / 配合股室 line
    _, triples = _run("二、工作任务\n（一）开展环境整治。清理沟渠。（责任科室：镇经济发展办，配合科室：镇财政所）\n",
                      "江西省赣州市于都县贡江镇", "township")
    # (s22, guide D39) the town's offices named as written, its 农业服务中心 a public service unit, no organ
    assert triples == {("二/(一)", "于都县贡江镇经济发展办", "responsible"), ("二/(一)", "于都县贡江镇财政所", "co")}
    _, triples = _run("二、重点工作\n（一）推进电商进村。\n牵头科室：镇党政办；配合科室：镇农业服务中心、镇财政所\n",
                      "江西省赣州市于都县贡江镇", "township")
    assert triples == {("二/(一)", "于都县贡江镇党政办", "lead"), ("二/(一)", "于都县贡江镇财政所", "co")}


def test_other_offices_words_for_the_main_duty_in_an_item_bracket():
    # a Shaanxi county plan: 负总责 / 总负责 / 负主责 read as 负责 (guide R11), 牵头抓总 as 牵头, 主抓 beside a co clause
    def one(bracket):
        return _run("三、重点工作\n1．开展环境整治。清理沟渠。（%s）\n2．加强宣传。\n" % bracket, "陕西省汉中市城固县", "county")[1]
    for w in ("县住建局负总责，各镇具体落实", "县住建局总负责，各镇具体落实", "县住建局负主责，各镇抓落实"):
        assert one(w) == {("三/1", "城固县住房和城乡建设局", "responsible"), ("三/1", "各镇", "responsible")}
    # (s31-assign) the towns' carrying-out beside a named lead is their own work: `responsible` (guide R47, S30)
    assert one("县住建局牵头抓总，各镇具体落实") == {("三/1", "城固县住房和城乡建设局", "lead"), ("三/1", "各镇", "responsible")}
    assert one("县住建局主抓，县财政局配合") == {("三/1", "城固县住房和城乡建设局", "responsible"), ("三/1", "城固县财政局", "co")}


def test_the_main_duty_words_in_prose():
    # a Guizhou county notice (2010s): `由X总负责`, `X负主责，Y配合`
    _, triples = _run("二、工作措施\n（一）强化组织。此项工作由县林业局总负责。\n（二）加强巡查。县公安局负主责，各乡镇配合。\n",
                      "贵州省黔东南苗族侗族自治州黎平县", "county")
    assert triples == {("二/(一)", "黎平县林业局", "responsible"), ("二/(二)", "黎平县公安局", "responsible"),
                       ("二/(二)", "各乡镇", "co")}


def test_labels_that_lost_their_colons_inside_brackets():
    # an Anhui provincial web copy: `（牵头单位 省科技厅，责任单位 省教育厅、省财政厅）`, `〔责任单位 …〕`
    _, triples = _run("二、重点任务\n（一）强化基础研究。布局一批项目。（牵头单位 省科技厅，责任单位 省教育厅、省财政厅）\n"
                      "（二）推动企业上云。〔责任单位 省经济和信息化厅、省财政厅〕\n", "安徽省", "province")
    assert triples == {("二/(一)", "安徽省科学技术厅", "lead"), ("二/(一)", "安徽省教育厅", "co"), ("二/(一)", "安徽省财政厅", "co"),
                       ("二/(二)", "安徽省经济和信息化厅", "responsible"), ("二/(二)", "安徽省财政厅", "responsible")}
    # a label word inside a running sentence is no label (no space after it)
    _, triples = _run("二、重点任务\n（一）强化监管。对责任单位进行考核。\n", "安徽省", "province")
    assert triples == set()
