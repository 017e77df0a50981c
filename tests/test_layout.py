"""Layout: title block, masthead, web metadata tables, signature, body bounds."""
from pipeline.clean import normalize_string
from pipeline.layout import find_layout


def layout_of(text: str):
    doc = normalize_string(text)
    return doc.text, find_layout(doc.text)


def test_transmitting_notice_without_title_starts_at_addressee():
    text, lay = layout_of("各市卫生健康委：\n\n现将《某省托育服务提升方案》印发给你们，请认真落实。\n\n某省卫生健康委员会\n\n"
                          "2024年2月1日\n\n某省托育服务提升方案\n\n一、目标\n")
    assert lay.notice_title is None and lay.title.text == "某省托育服务提升方案"
    assert text[lay.body_start:].startswith("一、目标")


def test_issuer_line_over_plan_title_is_not_part_of_it():
    text, lay = layout_of("贵州省农业农村厅\n\n2023年全省农业农村工作要点\n\n一、稳定粮食生产\n")
    assert lay.title.text == "2023年全省农业农村工作要点"


def test_the_attachment_list_is_body_but_holds_no_task():
    """Spec 1.1: attachments are body; the body's list of them (附件：1.…) names them only."""
    text, lay = layout_of("某市关于加强燃气安全的通知\n\n各区人民政府：\n\n一、排查隐患。\n\n附件：1.排查表\n\n某市人民政府\n\n2022年1月5日\n")
    a, b = lay.attachment_list
    assert text[a:b] == "附件：1.排查表"
    from pipeline.extract import extract_all
    from pipeline.clean import normalize_string
    assert [t.path for t in extract_all(normalize_string(text)).tasks] == ["一"]


def test_attachments_after_the_signature_are_body_with_their_own_paths():
    """A Jiangsu county plan with two attachments: a second plan (tasks under 附件1/) and a
    task-division table (rows are not tasks); their organs are read."""
    from pipeline.clean import normalize_string
    from pipeline.extract import extract_all

    text = ("泗洪县人民政府办公室关于印发泗洪县农村人居环境整治方案的通知\n各乡镇人民政府，县各有关部门：\n"
            "现将《泗洪县农村人居环境整治方案》印发给你们，请认真贯彻执行。\n泗洪县人民政府办公室\n2019年4月2日\n"
            "泗洪县农村人居环境整治方案\n一、工作目标\n到2020年，村庄环境明显改善。\n二、重点任务\n（一）治理垃圾。\n"
            "附件：1.考核办法\n2.任务分工表\n泗洪县人民政府办公室\n2019年4月2日\n"
            "附件1\n泗洪县农村人居环境整治考核办法\n一、考核对象\n县住建局负责组织考核。\n二、考核内容\n"
            "附件2\n泗洪县农村人居环境整治任务分工表\n1.治理垃圾 县城管局 2019年底\n2.改造厕所 县卫健委 2020年底\n")
    ctx = extract_all(normalize_string(text))
    assert [t.path for t in ctx.tasks] == ["一", "二", "二/(一)", "附件1/一", "附件1/二"]
    names = {d.name for d in ctx.departments}
    assert {"泗洪县住房和城乡建设局", "泗洪县卫生健康委员会"} <= names


def test_a_long_title_without_sentence_punctuation_is_still_a_title():
    title = ("吉林省人民政府办公厅关于进一步做好新形势下农村集体经营性建设用地入市试点地区征地制度改革"
             "和宅基地制度改革试点工作统筹衔接的实施意见")
    assert len(title) > 60
    text = f"{title}\n吉政办发〔2021〕8号\n各市（州）人民政府：\n现提出如下意见，请认真贯彻执行。\n一、总体要求\n（一）坚持统筹推进。\n"
    layout = find_layout(normalize_string(text).text)
    assert layout.title is not None and layout.title.text == title
