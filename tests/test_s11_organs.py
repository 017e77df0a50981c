"""Session 11 (s11-organs): organs by construction class — lists of levels written as words of places or with a
bracket of their variants, sectors sharing one written head, township authorities and congresses, statutes'
State Council authorities, words that open with 市 (市政, 市容), clauses read as stems, 〔〕 brackets, `所在`
over bracket alternatives, `以下称` short names, designated roles. Every snippet was written for these tests
in the style of offices of other provinces, levels and eras (not copied from any corpus)."""


from tests.snippets import organs as _organs


def _item(body: str) -> str:
    return "一、工作任务\n（一）" + body + "\n"


def test_a_list_of_levels_written_as_words_of_places_shares_the_government():
    # spec 1.1 section 5: a shared head distributed; the own level named, other levels as written (guide D22)
    assert _organs(_item("省、市州、县市区人民政府应当将禁毒工作纳入国民经济和社会发展规划。"), "湖南省", "province") == {
        "湖南省人民政府": "省、市州、县市区人民政府", "市州人民政府": "省、市州、县市区人民政府",
        "县市区人民政府": "省、市州、县市区人民政府"}
    assert _organs(_item("市、县（市、区）人民政府有关部门按照各自职责做好相关工作。"), "福建省泉州市", "prefecture") == {
        "泉州市人民政府有关部门": "市、县（市、区）人民政府有关部门",
        "县（市、区）人民政府有关部门": "市、县（市、区）人民政府有关部门"}
    # a 2010 municipal regulation of a city with districts and counties (区县) sharing the head
    assert _organs(_item("市、区县人民政府有关部门应当加强对养犬管理工作的领导。"), "天津市", "province") == {
        "天津市人民政府有关部门": "市、区县人民政府有关部门", "区县人民政府有关部门": "市、区县人民政府有关部门"}
    assert _organs(_item("自治区、盟市、旗县（市、区）人民政府应当加强领导。"), "内蒙古自治区", "province") == {
        "内蒙古自治区人民政府": "自治区、盟市、旗县（市、区）人民政府", "盟市人民政府": "自治区、盟市、旗县（市、区）人民政府",
        "旗县（市、区）人民政府": "自治区、盟市、旗县（市、区）人民政府"}


def test_a_list_of_levels_shares_a_sector_head():
    assert _organs(_item("州、县（市）卫生健康主管部门负责本行政区域内的监督管理工作。"), "吉林省延边朝鲜族自治州", "prefecture") == {
        "延边朝鲜族自治州卫生健康委员会": "州、县（市）卫生健康主管部门", "县（市）卫生健康主管部门": "州、县（市）卫生健康主管部门"}
    assert _organs(_item("市、县（区）财政部门应当保障工作经费。"), "江西省赣州市", "prefecture") == {
        "赣州市财政局": "市、县（区）财政部门", "县（区）财政部门": "市、县（区）财政部门"}
    assert _organs(_item("省、设区的市、县（市、区）人民政府卫生健康主管部门负责职业病防治。"), "安徽省", "province") == {
        "安徽省卫生健康委员会": "省、设区的市、县（市、区）人民政府卫生健康主管部门",
        "设区的市人民政府卫生健康主管部门": "省、设区的市、县（市、区）人民政府卫生健康主管部门",
        "县（市、区）人民政府卫生健康主管部门": "省、设区的市、县（市、区）人民政府卫生健康主管部门"}


def test_levels_in_tortoise_brackets_read_as_round_brackets():
    # a copy writing the places' bracket with 〔〕 (the 发文字号's bracket) is read as （）; (s23-town, guide D43 of S22) the
    # collective is named with round brackets, quoted as written (the S22 pass brought a08, a09, a16 and a97 to it)
    assert _organs(_item("各县〔市、区〕人民政府要高度重视。市、县〔市、区〕财政部门负责资金保障。"), "安徽省阜阳市", "prefecture") == {
        "各县（市、区）人民政府": "各县〔市、区〕人民政府", "阜阳市财政局": "市、县〔市、区〕财政部门",
        "县（市、区）财政部门": "市、县〔市、区〕财政部门"}


def test_sectors_listed_without_deng_share_the_written_head():
    assert _organs(_item("由自治县林业、水利主管部门责令限期改正。"), "湖北省宜昌市长阳土家族自治县", "county") == {
        "长阳土家族自治县林业主管部门": "县林业", "长阳土家族自治县水利主管部门": "水利主管部门"}
    assert _organs(_item("由县水务和环保主管部门按照有关规定予以处罚。"), "贵州省黔东南苗族侗族自治州雷山县", "county") == {
        "雷山县水务主管部门": "县水务", "雷山县环保主管部门": "环保主管部门"}
    assert _organs(_item("教育、人力资源社会保障行政部门应当将相关内容纳入培训。"), "山西省", "province") == {
        "教育行政部门": "教育", "人力资源社会保障行政部门": "人力资源社会保障行政部门"}
    # one sector written with 和 is no list; with 等 the head only sums the list up
    assert _organs(_item("各级文化和旅游行政部门要加强指导。"), "河北省", "province") == {
        "各级文化和旅游行政部门": "各级文化和旅游行政部门"}
    assert _organs(_item("民政、卫生健康等主管部门负责。"), "河北省", "province") == {
        "民政部门": "民政", "卫生健康部门": "卫生健康"}


def test_words_that_open_with_shi_are_no_level():
    assert _organs(_item("市政园林主管部门负责城区绿化。市容环境卫生行政主管部门负责环境卫生。市政务数据主管部门负责共享。"),
                   "天津市", "province") == {
        "市政园林主管部门": "市政园林主管部门", "市容环境卫生行政主管部门": "市容环境卫生行政主管部门",
        "天津市政务数据主管部门": "市政务数据主管部门"}


def test_the_government_written_before_its_own_authority_is_one_organ():
    # guide D14: 县人民政府林业主管部门 and 县林业主管部门 in one notice are one organ, named without 人民政府
    assert _organs(_item("自治县人民政府林业主管部门负责全县的林业管理工作。由自治县林业主管部门责令改正。"),
                   "四川省凉山彝族自治州木里藏族自治县", "county") == {"木里藏族自治县林业主管部门": "县人民政府林业主管部门"}
    assert _organs(_item("省人民政府大数据工作主管部门负责统筹。"), "山西省", "province") == {
        "山西省人民政府大数据工作主管部门": "省人民政府大数据工作主管部门"}


def test_a_clause_is_no_stem_and_the_standing_committee_is_read_whole():
    assert _organs(_item("经自治县人民政府审批后报自治县人大常委会和州人民政府备案。"),
                   "四川省凉山彝族自治州木里藏族自治县", "county") == {
        "木里藏族自治县人民政府": "自治县人民政府", "木里藏族自治县人民代表大会常务委员会": "自治县人大常委会",
        "凉山彝族自治州人民政府": "州人民政府"}
    assert _organs(_item("由县人民政府批准后报县人大常委会备案。"), "河南省南阳市西峡县", "county") == {
        "西峡县人民政府": "县人民政府", "西峡县人民代表大会常务委员会": "县人大常委会"}


def test_township_congresses_are_organs():
    assert _organs(_item("乡镇总体规划报镇人民代表大会审议，乡人民代表大会审议后报县人民政府审批。"), "云南省大理白族自治州宾川县",
                   "county") == {"镇人民代表大会": "镇人民代表大会", "乡人民代表大会": "乡人民代表大会", "宾川县人民政府": "县人民政府"}
    assert _organs(_item("镇财政预算草案报镇人民代表大会审查批准。"), "浙江省杭州市淳安县千岛湖镇", "township") == {
        "淳安县千岛湖镇人民代表大会": "镇人民代表大会"}


def test_township_authorities_named_by_their_function():
    assert _organs(_item("镇文物行政管理部门负责。由镇人民政府相关行政管理部门配合。"), "浙江省杭州市淳安县千岛湖镇", "township") == {
        "淳安县千岛湖镇文物行政管理部门": "镇文物行政管理部门",
        "淳安县千岛湖镇人民政府相关行政管理部门": "镇人民政府相关行政管理部门"}
    assert _organs(_item("乡规划建设管理部门负责日常巡查。"), "甘肃省临夏回族自治州东乡族自治县", "county") == {
        "乡规划建设管理部门": "乡规划建设管理部门"}


def test_state_council_authorities_of_a_statute_are_collectives():
    assert _organs(_item("国务院卫生健康主管部门会同国务院有关部门制定标准。国务院教育行政部门负责。"), "浙江省", "province") == {
        "国务院卫生健康主管部门": "国务院卫生健康主管部门", "国务院有关部门": "国务院有关部门",
        "国务院教育行政部门": "国务院教育行政部门"}
    assert _organs(_item("其他国务院部门按照职责分工负责。"), "全国", "central") == {"其他国务院部门": "其他国务院部门"}


def test_suo_zai_runs_over_a_bracket_of_alternative_organs():
    # spec 1.1 section 5: a bracket giving an alternative organ names two; the determiner covers both
    assert _organs(_item("向户籍所在街道办事处（乡镇人民政府）提出申请。"), "湖北省武汉市", "prefecture") == {
        "所在街道办事处": "所在街道办事处", "所在乡镇人民政府": "乡镇人民政府"}


def test_a_short_name_given_with_yixia_cheng_names_the_organ():
    assert _organs(_item("市住房保障办公室（以下称市住房保障部门）负责受理。配合市住房保障部门做好审核工作。"), "江苏省南京市",
                   "prefecture") == {"南京市住房保障办公室": "市住房保障办公室"}


def test_a_role_a_statute_gives_a_named_organ_is_no_other_organ():
    assert _organs(_item("市住房和城乡建设局是全市公共租赁住房保障行政主管部门，负责组织实施。"), "江苏省南京市", "prefecture") == {
        "南京市住房和城乡建设局": "市住房和城乡建设局"}


def test_sectors_of_statutes_and_central_offices_of_their_time():
    assert _organs(_item("由不动产登记部门办理登记，取得投资部门立项后实施。"), "湖北省武汉市", "prefecture") == {
        "不动产登记部门": "不动产登记部门", "投资部门": "投资部门"}
    assert _organs(_item("请南水北调办会同三峡办研究提出意见。"), "全国", "central") == {
        "国务院南水北调工程建设委员会办公室": "南水北调办", "国务院三峡工程建设委员会办公室": "三峡办"}
    assert _organs(_item("省发展和改革委负责统筹。"), "湖南省", "province") == {"湖南省发展和改革委员会": "省发展和改革委"}


def test_a_role_word_before_a_headquarters_is_no_name():
    assert _organs(_item("抗旱救灾指挥部负责统一调度，县级党委作为全县脱贫攻坚总指挥部负总责。"), "甘肃省定西市", "prefecture") == {
        "抗旱救灾指挥部": "抗旱救灾指挥部", "县级党委": "县级党委"}


def test_a_county_party_department_named_generically_in_a_higher_notice_is_as_written():
    # like 县人民政府 in a prefecture's notice: any county's organ; 中共 only before a place it names
    assert _organs(_item("县委宣传部负责宣传报道，市委宣传部负责统筹。"), "湖南省永州市", "prefecture") == {
        "县委宣传部": "县委宣传部", "中共永州市委宣传部": "市委宣传部"}


def test_suo_shu_before_the_provinces_of_a_kind_is_kept_as_written():
    # guide D21: 所属 is kept like 所在地; the national commission is not the province's
    assert _organs(_item("申报单位所属省（区、市）发展改革委负责初审。"), "全国", "central") == {
        "所属省（区、市）发展改革委": "所属省（区、市）发展改革委"}


def test_national_expert_committees_are_no_departments():
    # guide D27 (session 14, over D21): panels of experts are no departments; the organ written before its panel is
    assert _organs(_item("由全国信息安全标准化技术委员会组织制定，国家药品监督管理局药品审评专家委员会审议。"), "全国", "central") == {
        "国家药品监督管理局": "国家药品监督管理局"}


def test_township_alternatives_in_one_bracket_are_one_collective():
    # 镇（乡）: the level's two names (like 县（市、区）, 市（地）), one collective as written (decision organs-s11)
    assert _organs(_item("各镇（乡）人民政府负责组织实施，乡（镇）人民政府配合。"), "四川省巴中市平昌县", "county") == {
        "各镇（乡）人民政府": "各镇（乡）人民政府", "乡（镇）人民政府": "乡（镇）人民政府"}


def test_authorities_named_by_their_step_in_making_a_plan():
    # spec 1.1 section 5: organs named by their function are collectives, kept (发证机关)
    assert _organs(_item("规划编制机关应当公告。修改规划须经原编制机关同意。城乡规划组织编制机关应当组织评估。行政监察机关依法给予处分。"),
                   "云南省大理白族自治州宾川县", "county") == {
        "规划编制机关": "规划编制机关", "原编制机关": "原编制机关", "城乡规划组织编制机关": "城乡规划组织编制机关",
        "行政监察机关": "行政监察机关"}


def test_an_autonomous_county_or_banner_written_before_a_collective():
    assert _organs(_item("自治县各级人民政府应当加强城乡建设管理。自治县成立的城乡规划委员会负责审议。"),
                   "四川省凉山彝族自治州木里藏族自治县", "county") == {
        "木里藏族自治县各级人民政府": "自治县各级人民政府", "木里藏族自治县城乡规划委员会": "城乡规划委员会"}
    assert _organs(_item("旗各有关部门要密切配合。"), "内蒙古自治区锡林郭勒盟正蓝旗", "county") == {
        "正蓝旗各有关部门": "旗各有关部门"}


def test_xiangying_is_a_determiner_and_enforcement_a_sector():
    assert _organs(_item("由相应的文物行政管理部门负责，其他执法部门配合，通知相应单位整改。"), "浙江省", "province") == {
        "相应的文物行政管理部门": "相应的文物行政管理部门", "其他执法部门": "其他执法部门"}


def test_hainan_levels_with_autonomous_counties():
    # (s27-org, guide D74: Hainan's formula for the governments below the province, one collective as written)
    assert _organs(_item("市、县、自治县人民政府负责组织实施。"), "海南省", "province") == {
        "市、县、自治县人民政府": "市、县、自治县人民政府"}


def test_levels_joined_by_he_share_the_head():
    assert _organs(_item("省和市（州）卫生健康主管部门负责监督检查。"), "四川省", "province") == {
        "四川省卫生健康委员会": "省和市（州）卫生健康主管部门", "市（州）卫生健康主管部门": "省和市（州）卫生健康主管部门"}
    assert _organs(_item("县、乡（镇）人民政府应当做好文物保护工作。"), "贵州省黔南布依族苗族自治州三都水族自治县", "county") == {
        "三都水族自治县人民政府": "县、乡（镇）人民政府", "乡（镇）人民政府": "县、乡（镇）人民政府"}


def test_towns_and_street_offices_in_one_bracket_and_a_shared_town_level():
    assert _organs(_item("各乡镇（办事处）要成立相应的工作机构，各镇（办）要抓好落实。"), "河南省周口市郸城县", "county") == {
        "各乡镇（办事处）": "各乡镇（办事处）", "各镇（办）": "各镇（办）"}
    assert _organs(_item("乡镇党委、政府要切实履行主体责任。"), "河南省周口市郸城县", "county") == {
        "乡镇党委": "乡镇党委", "乡镇政府": "政府"}


def test_a_short_name_opening_with_a_level_names_the_organ_in_a_list_of_levels():
    assert _organs(_item("市住房保障办公室（以下称市住房保障部门）负责受理。市、区住房保障部门应当加强审核。"), "江苏省南京市",
                   "prefecture") == {"南京市住房保障办公室": "市住房保障办公室", "区住房保障部门": "区住房保障部门"}


def test_a_zone_listed_after_places_sharing_ge_is_one_collective():
    # spec 1.1 section 5: a list of places sharing one 各 is one collective as written
    assert _organs(_item("各街镇、经开区要落实属地责任，各镇（街道）、高新区负责日常巡查。"), "江苏省无锡市江阴市", "county") == {
        "各街镇、经开区": "各街镇、经开区", "各镇（街道）、高新区": "各镇（街道）、高新区"}


def test_the_state_council_and_the_provincial_formula_before_sectors_sharing_a_head():
    assert _organs(_item("国务院农业行政主管部门会同国务院林业、水利行政主管部门制定规划。"), "全国", "central") == {
        "国务院农业行政主管部门": "国务院农业行政主管部门", "国务院林业行政主管部门": "国务院林业",
        "国务院水利行政主管部门": "水利行政主管部门"}
    # guide D25: the fixed formula 省、自治区、直辖市人民政府…部门 stays one collective
    assert _organs(_item("省、自治区、直辖市人民政府卫生行政部门负责本行政区域内的监督管理。"), "全国", "central") == {
        "省、自治区、直辖市人民政府卫生行政部门": "省、自治区、直辖市人民政府卫生行政部门"}


def test_the_government_written_bare_before_its_departments():
    # a statute's 法律责任 article: 政府有关部门 is the government's departments, one collective as written
    assert _organs(_item("政府有关部门及其工作人员不依法履行职责的，由政府相关部门责令改正。"), "浙江省", "province") == {
        "政府有关部门": "政府有关部门", "政府相关部门": "政府相关部门"}
