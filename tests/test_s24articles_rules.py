"""s24-articles: rules for 办法/细则/规定/条例 written in articles (第X条), each tested in the style of a province, level
or era other than the notice that showed it: an organ-headed item of a duty-division article whose own 负责 sentence goes
on with 会同 (guide R12, one role per organ and item), and a deduction that answers a failure (guide TG6c, a sanction)."""
from tests.snippets import organs, targets_of as _targets, triples_of


def test_an_organ_headed_duty_going_on_with_huitong_is_lead_only():
    # Jilin province, 2000s 办法: the list divides duties organ by organ; (二)'s organ 负责…，并会同 another (R12)
    text = ("吉林省水库移民后期扶持资金管理办法\n第一条　为加强水库移民后期扶持资金管理，制定本办法。\n"
            "第二条　有关部门职责分工如下：\n（一）省发展改革委负责扶持项目的审批；\n"
            "（二）省财政厅负责扶持资金的拨付，并会同省水利厅对资金使用情况进行监督检查；\n"
            "（三）省审计厅负责扶持资金的审计监督。\n第三条　本办法自2008年1月1日起施行。\n吉林省人民政府\n2007年12月3日\n")
    assert triples_of(text) == {
        ("第二条/(一)", "吉林省发展和改革委员会", "responsible"),
        ("第二条/(二)", "吉林省财政厅", "lead"),
        ("第二条/(二)", "吉林省水利厅", "co"),
        ("第二条/(三)", "吉林省审计厅", "responsible"),
    }


def test_a_deduction_answering_a_failed_assessment_is_a_sanction():
    # Shaanxi county, 2010s 考核办法 in articles: the deductions for a low score or a late job are sanctions; the
    # subsidy the article provides and a deduction inside a calculation stay in
    got = _targets("某县农村饮水工程维修养护资金管理办法", "某县人民政府", "2015年3月10日",
                   "第一条　为加强维修养护资金管理，制定本办法。\n"
                   "第二条　县财政对每处集中供水工程每年补助维修养护经费2万元。\n"
                   "第三条　年度考核得分低于60分的，扣减下年度维修养护经费的30%；未按期完成维修任务的，由县水利局扣回已拨付资金5000元。\n"
                   "第四条　供水水费收入扣除电费后的部分，按不低于50%的比例用于日常维护。\n")
    assert got == [(20000, "元", "=", True, None, None), (50, "%", ">=", False, None, None)]


def test_an_authority_a_government_designates_is_a_collective_as_written():
    # Hebei prefecture, 2010s 办法: `市人民政府确定的主管部门` (the city written out), `县级人民政府确定的主管部门`, and the
    # field-named authority `其确定的供热管理部门` that 其 (the counties' governments) designates (guide D21, spec §5)
    text = ("沧州市城市供热管理办法\n第一条　为加强城市供热管理，制定本办法。\n"
            "第二条　市人民政府确定的主管部门负责本办法的组织实施。\n"
            "第三条　各县（市）人民政府负责本行政区域内的供热管理工作，其确定的供热管理部门具体负责日常监督管理。\n"
            "沧州市人民政府\n2014年10月8日\n")
    assert organs(text, "河北省沧州市", "prefecture") == {
        "沧州市人民政府确定的主管部门": "市人民政府确定的主管部门",
        "各县（市）人民政府": "各县（市）人民政府",
        "供热管理部门": "供热管理部门",
    }


def test_levels_sharing_a_designating_government_are_split():
    # Fujian province, 2000s 规定: `设区的市、县级人民政府确定的行政主管部门` names two levels' authorities (guide D25)
    text = ("福建省某某管理规定\n第一条　为加强管理，制定本规定。\n"
            "第二条　设区的市、县级人民政府确定的行政主管部门负责本行政区域内的监督管理工作。\n福建省人民政府\n2006年5月9日\n")
    assert triples_of(text) == {("第二条", "设区的市人民政府确定的行政主管部门", "responsible"),
                                ("第二条", "县级人民政府确定的行政主管部门", "responsible")}


def test_statute_authorities_of_fields_outside_the_bureaus_are_found():
    # Hunan county, 2010s 办法 in articles: the authorities statutes name by field (节约能源法 节能主管部门, 烟草专卖法,
    # 标准化法), each a collective as written (spec §5) and given its article (spec §6 duty articles)
    text = ("某县重点用能单位节能管理办法\n第一条　为加强节能管理，制定本办法。\n"
            "第二条　节能主管部门负责重点用能单位的节能监督管理。\n"
            "第三条　烟草专卖行政主管部门、标准化行政主管部门按照各自职责做好相关工作。\n某县人民政府\n2013年3月1日\n")
    assert triples_of(text) == {("第二条", "节能主管部门", "responsible")}
    assert set(organs(text, "湖南省长沙市长沙县", "county")) == {"节能主管部门", "烟草专卖行政主管部门", "标准化行政主管部门"}


def test_damages_and_suspended_payments_for_a_breach_are_sanctions_but_a_tax_deduction_standard_is_not():
    # Guangxi county, 2020s 办法: 违约金 and a suspended share of a subsidy answer a breach (TG6c); the award stays in
    got = _targets("某县农村公路养护考核办法", "某县人民政府", "2021年6月1日",
                   "第一条　为加强农村公路养护，制定本办法。\n"
                   "第二条　养护单位违反合同约定的，应当按照合同价款的5%支付违约金。\n"
                   "第三条　考核优秀的乡镇，奖励3万元；考核不合格的乡镇，暂停拨付下一年度养护补助资金的50%。\n")
    assert got == [(30000, "元", "=", False, None, None)]
    # central, 2010s tax rule: the deduction standard the rule fixes is a standard (TG6c keeps fixed standards in)
    got = _targets("某项附加扣除暂行办法", "国务院", "2018年12月13日",
                   "第一条　为规范专项附加扣除，制定本办法。\n第二条　纳税人发生的相关支出，扣除标准为每月1000元。\n")
    assert got == [(1000, "元", "=", False, None, None)]


def test_a_short_name_defined_after_the_authority_an_organ_is_stands_for_that_organ():
    # Sichuan prefecture, 2000s 办法: `市房产管理局是本市物业管理的行政主管部门（以下简称主管部门）` defines the short name for
    # the organ before 是; the later duty article's 主管部门 is that bureau (spec §5 canonical name; §6 duty articles)
    text = ("绵阳市物业管理办法\n第一条　为规范物业管理活动，制定本办法。\n"
            "第二条　市房产管理局是本市物业管理的行政主管部门（以下简称主管部门），负责本办法的组织实施。\n"
            "第三条　主管部门会同市财政局制定物业服务收费标准。\n绵阳市人民政府\n2008年4月2日\n")
    assert organs(text, "四川省绵阳市", "prefecture") == {"绵阳市房产管理局": "市房产管理局", "绵阳市财政局": "市财政局"}
    assert triples_of(text) == {("第二条", "绵阳市房产管理局", "responsible"), ("第三条", "绵阳市房产管理局", "lead"),
                                ("第三条", "绵阳市财政局", "co")}


def test_articles_run_on_in_one_paragraph_keep_the_subject_after_each_number():
    # Yunnan prefecture, 2010s web copy: the articles run on with a space after each 。; the organ after `第二条 ` is the
    # article's subject as on a line of its own (spec §6 duty articles)
    text = ("曲靖市城市公厕管理办法\n第一条 为加强城市公厕管理，制定本办法。 第二条 市城市管理局负责全市城市公厕的监督管理。"
            " 第三条 市财政局负责公厕建设补助资金的落实；各县（市、区）人民政府负责辖区内公厕的建设和管理。\n曲靖市人民政府\n2016年5月6日\n")
    assert triples_of(text) == {("第二条", "曲靖市城市管理局", "responsible"), ("第三条", "曲靖市财政局", "responsible"),
                                ("第三条", "各县（市、区）人民政府", "responsible")}


def test_a_room_temperature_a_heating_rule_sets_is_a_target():
    # Heilongjiang province, 2010s 条例-style 办法: the temperature to keep (spec §7: a level to keep); a weather
    # condition that triggers a duty stays out
    got = _targets("黑龙江省城市供热管理办法", "黑龙江省人民政府", "2014年8月5日",
                   "第一条　为加强城市供热管理，制定本办法。\n第二条　供热期间，供热单位应当保证居民住宅卧室温度不低于18℃。\n"
                   "第三条　室外日平均气温连续5天低于5℃的，供热单位应当提前供热。\n")
    assert got == [(18, "℃", ">=", False, None, None)]


def test_environmental_standards_in_articles_keep_their_units():
    # Guangdong county, 2020s 办法: a noise limit in 分贝 and a concentration per litre (spec §7: the unit as written,
    # a rate unit with its denominator, as `240元/人/日`)
    got = _targets("某县建筑施工扬尘和噪声管理办法", "某县人民政府", "2021年3月1日",
                   "第一条　为加强施工管理，制定本办法。\n第二条　施工场界噪声夜间不得超过55分贝。\n"
                   "第三条　施工废水排放的悬浮物浓度不高于70毫克/升。\n")
    assert got == [(55, "分贝", "<=", False, None, None), (70, "毫克/升", "<=", False, None, None)]


def test_a_level_word_with_a_bracketed_second_name_is_one_level_kept_as_written():
    # Hunan province, 2000s 办法: `县（市）级财政部门`, `市（州）级民政部门` name one level each (guide D25: a bracket giving
    # another name of the place level keeps one; D35: level words before a collective are kept as written)
    text = ("湖南省农村五保供养资金管理办法\n第一条　为加强五保供养资金管理，制定本办法。\n"
            "第二条　县（市）级财政部门负责供养资金的拨付；市（州）级民政部门负责供养工作的监督检查。\n湖南省人民政府\n2004年6月8日\n")
    assert triples_of(text) == {("第二条", "县（市）级财政部门", "responsible"), ("第二条", "市（州）级民政部门", "responsible")}
