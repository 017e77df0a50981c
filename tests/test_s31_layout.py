"""Session 31 (issue 11, web copies and metadata without a title block): a portal's disclosure catalog under the names
other portals give its cells (文件名称, 制发机关, 发文机构), and a headline set between the page's publishing line and the
catalog. Pages written for these tests in the styles of other provinces, levels and eras than the notices that showed
the misses; exact expected items."""
from pipeline.document import process_text
from pipeline.layout import find_layout


def _record(text):
    rec = process_text(text, doc_id="t").model_dump()
    md = rec["metadata"]
    md.pop("evidence", None)
    return md, [t["path"] for t in rec["tasks"]]


# A Gansu prefecture's page (2016), the catalog one cell a line with 发文机构 and 文件名称: the catalog ends at its last
# value, so the notice under it is read whole (the transmitted plan, its 文号, and the date of its signature, not the
# page's 发布日期).
GANSU_PREFECTURE = '天水市人民政府办公室关于印发天水市2016年城乡环境卫生整治工作方案的通知_天水市人民政府门户网站\n首页 > 政府信息公开 > 市政府办文件\n索 引 号：\n013965420/2016-00087\n主题分类：\n城乡建设、环境保护\n发文机构：\n天水市人民政府办公室\n成文日期：\n2016年05月10日\n文件名称：\n天水市人民政府办公室关于印发天水市2016年城乡环境卫生整治工作方案的通知\n发文字号：\n天政办发〔2016〕45号\n发布日期：\n2016年05月13日\n天水市人民政府办公室关于印发天水市2016年城乡环境卫生整治工作方案的通知\n【字体：大 中 小】\u3000【打印】\u3000【关闭】\n各县区人民政府，市政府各部门：\n\u3000\u3000《天水市2016年城乡环境卫生整治工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。\n天水市人民政府办公室\n2016年5月10日\n天水市2016年城乡环境卫生整治工作方案\n\u3000\u3000一、工作目标\n\u3000\u3000全市城市生活垃圾无害化处理率达到90%以上。\n\u3000\u3000二、重点任务\n\u3000\u3000（一）清理城乡积存垃圾。市住房和城乡建设局牵头，各县区人民政府负责。\n\u3000\u3000（二）整治河道环境。市水务局负责。\n\u3000\u3000三、保障措施\n\u3000\u3000市财政局要安排整治经费。\n扫一扫在手机打开当前页\n分享到：\n【打印】【关闭】\n相关链接：\n责任编辑：王芳\n主办：天水市人民政府办公室\u3000网站标识码：6205000001\n'


def test_a_catalog_one_cell_a_line_with_wenjian_mingcheng_ends_before_the_notice():
    md, tasks = _record(GANSU_PREFECTURE)
    assert md["title"] == "天水市2016年城乡环境卫生整治工作方案"
    assert md["notice_title"] == "关于印发天水市2016年城乡环境卫生整治工作方案的通知"
    assert md["doc_number"] == "天政办发〔2016〕45号"
    assert md["issuers"] == ["天水市人民政府办公室"]
    assert md["issue_date"] == "2016-05-10"
    assert md["doc_type"] == "工作方案"
    assert (md["region"], md["admin_level"]) == ("甘肃省天水市", "prefecture")
    assert tasks == ["一", "二", "二/(一)", "二/(二)", "三"]


# A Jiangxi district's rule (2019) on its 政府信息公开专栏, no signature: the catalog's 制发机关 names the issuer and its
# 发文字号 is the number, the catalog printed one cell a line.
JIANGXI_DISTRICT = '赣州市南康区农村集体资产管理办法_政府信息公开专栏\n当前位置：首页 > 信息公开 > 规范性文件\n索 引 号：\nK29010-0302-2019-00011\n主题分类：\n农业、林业、水利\n制发机关：\n赣州市南康区人民政府\n成文日期：\n2019年08月26日\n文件名称：\n赣州市南康区农村集体资产管理办法\n发文字号：\n康府发〔2019〕12号\n发布日期：\n2019年09月02日\n赣州市南康区农村集体资产管理办法\n第一章\u3000总则\n第一条\u3000为加强农村集体资产管理，维护农村集体经济组织及其成员的合法权益，制定本办法。\n第二条\u3000区农业农村局负责全区农村集体资产管理的指导和监督。\n第二章\u3000资产管理\n第三条\u3000农村集体资产实行台账管理，每年清查一次。\n第四条\u3000本办法自2019年10月1日起施行。\n扫一扫在手机打开当前页\n【打印】【关闭】\n'


def test_zhifa_jiguan_in_a_catalog_one_cell_a_line_gives_issuer_and_number():
    md, tasks = _record(JIANGXI_DISTRICT)
    assert md["title"] == "赣州市南康区农村集体资产管理办法"
    assert md["notice_title"] is None
    assert md["doc_number"] == "康府发〔2019〕12号"
    assert md["issuers"] == ["赣州市南康区人民政府"]
    assert md["issue_date"] == "2019-08-26"
    assert md["doc_type"] == "办法"
    assert tasks == ["第一章", "第一章/第一条", "第一章/第二条", "第二章", "第二章/第三条", "第二章/第四条"]


# A Yunnan county's page (2012): the publishing line over the headline, the catalog under it, then the notice with
# a signature dated in Chinese numerals. The headline between the two is the notice's title.
YUNNAN_COUNTY = '当前位置：首页 > 政务公开 > 政策文件\n发布日期：2012-06-20\u3000信息来源：弥勒县人民政府办公室\u3000作者：\u3000点击数：312\n【字号 大 中 小】【打印】【关闭】\n\n弥勒县人民政府办公室关于印发弥勒县2012年农村饮水安全工程建设实施方案的通知\n\n索引号：015190427/2012-00035\u3000\u3000\u3000\u3000发布机构：弥勒县人民政府办公室\n生成日期：2012-06-18\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000文\u3000\u3000号：弥政办发〔2012〕41号\n所属主题：农业、林业、水利\u3000\u3000\u3000\u3000\u3000公开方式：主动公开\n\n各乡镇人民政府，县直各部门：\n\u3000\u3000现将《弥勒县2012年农村饮水安全工程建设实施方案》印发给你们，请认真组织实施。\n弥勒县人民政府办公室\n二〇一二年六月十八日\n弥勒县2012年农村饮水安全工程建设实施方案\n\u3000\u3000一、建设目标\n\u3000\u3000解决3.2万农村人口饮水不安全问题。\n\u3000\u3000二、工作措施\n\u3000\u3000（一）加强组织领导。县水务局负责项目实施。\n\u3000\u3000（二）落实建设资金。县财政局负责筹集配套资金。\n'


def test_a_headline_between_the_publishing_line_and_the_catalog_is_the_title():
    md, tasks = _record(YUNNAN_COUNTY)
    assert md["notice_title"] == "关于印发弥勒县2012年农村饮水安全工程建设实施方案的通知"
    assert md["title"] == "弥勒县2012年农村饮水安全工程建设实施方案"
    assert md["doc_number"] == "弥政办发〔2012〕41号"
    assert md["issuers"] == ["弥勒县人民政府办公室"]
    assert md["issue_date"] == "2012-06-18"
    assert tasks == ["一", "二", "二/(一)", "二/(二)"]


def test_a_publishing_line_over_a_catalog_without_a_headline_gives_no_title_from_the_catalog_rows():
    text = YUNNAN_COUNTY.replace("弥勒县人民政府办公室关于印发弥勒县2012年农村饮水安全工程建设实施方案的通知\n", "")
    md, tasks = _record(text)
    assert md["notice_title"] is None
    assert md["title"] == "弥勒县2012年农村饮水安全工程建设实施方案"
    assert tasks == ["一", "二", "二/(一)", "二/(二)"]


# A Hunan provincial page (2014) copied from the portal's 政策文件 column: the browser's title line with two suffixes
# (`_政策文件_湖南省人民政府门户网站`), then the catalog two cells a row set apart by tabs. The title line keeps its break
# (it never runs onto the catalog's first row), the suffixes are the site's, and the notice under the catalog is read
# whole.
HUNAN_PROVINCE = '湖南省人民政府办公厅关于印发《湖南省2014年农村公路建设实施方案》的通知_政策文件_湖南省人民政府门户网站\n索  引  号：430000/2014-00218\t主题分类：交通运输\n发文机关：湖南省人民政府办公厅\t成文日期：2014年03月21日\n标\u3000\u3000题：湖南省人民政府办公厅关于印发《湖南省2014年农村公路建设实施方案》的通知\n发文字号：湘政办发〔2014〕19号\t发布日期：2014年03月28日\n湖南省人民政府办公厅关于印发《湖南省2014年农村公路建设实施方案》的通知\n湘政办发〔2014〕19号\n各市州、县市区人民政府，省政府各厅委、各直属机构：\n\u3000\u3000《湖南省2014年农村公路建设实施方案》已经省人民政府同意，现印发给你们，请认真组织实施。\n湖南省人民政府办公厅\n2014年3月21日\n（此件主动公开）\n湖南省2014年农村公路建设实施方案\n\u3000\u3000一、建设任务\n\u3000\u3000全年新改建农村公路1万公里。\n\u3000\u3000二、保障措施\n\u3000\u3000（一）落实资金。省交通运输厅负责分配补助资金。\n\u3000\u3000（二）加强质量监督。各市州人民政府负责本地工程质量。\n【我要纠错】 责任编辑：周敏\n扫一扫在手机打开当前页\n'


def test_a_page_title_with_column_and_site_suffixes_over_a_tab_catalog():
    md, tasks = _record(HUNAN_PROVINCE)
    assert md["notice_title"] == "关于印发《湖南省2014年农村公路建设实施方案》的通知"
    assert md["title"] == "湖南省2014年农村公路建设实施方案"
    assert md["doc_number"] == "湘政办发〔2014〕19号"
    assert md["issuers"] == ["湖南省人民政府办公厅"]
    assert md["issue_date"] == "2014-03-21"
    assert (md["region"], md["admin_level"], md["doc_type"]) == ("湖南省", "province", "实施方案")
    assert tasks == ["一", "二", "二/(一)", "二/(二)"]


def test_a_record_cell_the_catalog_does_not_list_is_no_headline():
    """`【类别】水利综合规定` between two fields of a law collection's record ends in a genre word but is a field."""
    text = ("【法规名称】山西省实施《中华人民共和国防洪法》办法\n【类别】防汛抗旱规定\n【发文字号】山西省人民代表大会常务委员会公告第31号\n"
            "【发布日期】2003.07.31\n【时效性】现行有效\n【颁布单位】山西省人大常委会\n"
            "第一条　为了防治洪水，制定本办法。\n第二条　本办法适用于本省行政区域。\n")
    md, tasks = _record(text)
    assert md["title"] == "山西省实施《中华人民共和国防洪法》办法"
    assert md["doc_type"] == "办法"
    assert tasks == ["第一条", "第二条"]


# A Hubei joint notice (2015) as a PDF set with no title type reaches the layout: the title block wraps at the line's
# end inside the last organ's name (`…人力资源和社会保障` / `厅关于…的通知`). The two lines are one title.
HUBEI_JOINT_PDF = '湖北省教育厅\n索引号：011043567/2015-00312\n发文机关：湖北省教育厅 湖北省财政厅 湖北省人力资源和社会保障厅\n成文日期：2015年04月03日\n文 号：鄂教师〔2015〕6号\n标 题：湖北省教育厅 湖北省财政厅 湖北省人力资源和社会保障厅关于做好2015年农村义务教育学校教师补充工作的通知\n湖北省教育厅 湖北省财政厅 湖北省人力资源和社会保障\n厅关于做好2015年农村义务教育学校教师补充工作的通知\n鄂教师〔2015〕6号\n各市、州、县教育局、财政局、人力资源和社会保障局：\n为做好2015年农村义务教育学校教师补充工作，现就有关事项通知如下。\n一、明确补充计划\n全省计划补充农村教师3000名。\n二、落实经费保障\n各地财政部门要按时拨付教师工资。\n湖北省教育厅 湖北省财政厅 湖北省人力资源和社会保障厅\n2015年4月3日\n'


def test_a_joint_title_wrapped_inside_its_last_organs_name_is_one_title():
    layout = find_layout(HUBEI_JOINT_PDF)
    assert layout.title.text == "湖北省教育厅 湖北省财政厅 湖北省人力资源和社会保障厅关于做好2015年农村义务教育学校教师补充工作的通知"


def test_a_sites_name_over_a_whole_title_stays_apart():
    text = ("法律图书馆\n国务院关于加强县级政府公共服务能力建设的意见\n国发〔2009〕12号\n"
            "各省、自治区、直辖市人民政府：\n为加强县级政府公共服务能力建设，提出以下意见。\n一、明确目标\n")
    assert find_layout(text).title.text == "国务院关于加强县级政府公共服务能力建设的意见"
