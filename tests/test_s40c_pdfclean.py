"""(s40c-pdfclean, issue 11) A PDF twin reads as its text: the gaps a PDF's text layer shows around a sign or a Greek
letter between CJK characters and digits (the writer's autospacing, a justified row's spread), a number and its Latin
unit cut by a row's end, and the issuers of a cited joint title cut by a row's end. Rows written for these tests in the
style of a Zhejiang provincial health commission's notice (2021) and a Sichuan prefecture's joint notice (2017)."""
from pipeline.ingest.lines import PdfLine, join_page
from pipeline.ingest.pdf import _CJK_SPACE

LEFT, INDENT, RIGHT = 79.5, 111.5, 527.5


def _full(text, x0=LEFT):
    return PdfLine(text, x0, RIGHT, 16.0)


def _short(text, x0=LEFT):
    return PdfLine(text, x0, x0 + 16.0 * len(text), 16.0)


def test_spaces_around_signs_and_greek_letters_are_candidates():
    line = "空腹血糖 ≥ 6.1mmol/L （110 mg/dl），γ 干扰素 α 注射液，（FEV1） ≤ 70%"
    found = [m.start() for m in _CJK_SPACE.finditer(line)]
    assert [line[k - 1:k + 2] for k in found] == ["糖 ≥", "≥ 6", "L （", "γ 干", "素 α", "α 注", "） ≤", "≤ 7"]
    # Latin words, a number and its unit, a slash between Latin units: as before
    assert [m.start() for m in _CJK_SPACE.finditer("OGTT 2h 110 mg/dl A / B")] == []


def _generated(monkeypatch, text, edges):
    from pipeline.ingest import pdf as pdf_reader

    def loose_box(handle, k, ref):
        if k not in edges:
            return False
        ref._obj.left, ref._obj.right = edges[k]
        return True

    monkeypatch.setattr(pdf_reader, "_char_calls",
                        lambda: (loose_box, lambda handle, k: 16.0, lambda handle, k: 1 if text[k] == " " else 0))
    return pdf_reader._generated_spaces(None, text)


def test_autospacing_beside_a_sign_goes_a_typed_space_stays(monkeypatch):
    # the writer's autospacing between the CJK sign and a digit: a fifth of an em, no typed space
    text = "血糖≥ 7.0"
    assert _generated(monkeypatch, text, {0: (100, 116), 1: (116, 132), 2: (132, 148), 3: (148, 148),
                                          4: (151, 160), 5: (160, 165), 6: (165, 174)}) == [3]
    # a Greek letter of a Latin font between two CJK characters, autospaced on both sides
    text = "重型 β 地贫"
    assert _generated(monkeypatch, text, {0: (100, 116), 1: (116, 132), 2: (132, 132), 3: (135.2, 145.3),
                                          4: (145.3, 145.3), 5: (148.5, 164.5), 6: (164.5, 180.5)}) == [2, 4]
    # a justified row spreads every gap alike: the sign's gaps go with the others
    text = "葡 萄 糖 ≥ 11"
    assert _generated(monkeypatch, text, {0: (100, 116), 1: (116, 116), 2: (120, 136), 3: (136, 136), 4: (140, 156),
                                          5: (156, 156), 6: (160, 176), 7: (176, 176), 8: (180.5, 188),
                                          9: (188, 195.5)}) == [1, 3, 5, 7]
    # a space the writer typed after the sign (a Latin space and more): stays
    text = "达标率≥ 90%"
    assert _generated(monkeypatch, text, {0: (100, 116), 1: (116, 132), 2: (132, 148), 3: (148, 164), 4: (164, 164),
                                          5: (171, 180), 6: (180, 189), 7: (189, 203)}) == []


def test_a_number_and_its_latin_unit_cut_by_the_row_keep_their_space():
    lines = [_full("（二）有糖尿病典型症状，空腹血糖≥7.0mmol/L，或餐后两小时", INDENT),
             _full("血糖≥11.1mmol/L（200"), _short("mg/dl）；"), _short("（三）糖化血红蛋白≥6.5%。", INDENT)]
    assert join_page(lines)[0].split("\n") == ["（二）有糖尿病典型症状，空腹血糖≥7.0mmol/L，或餐后两小时血糖≥11.1mmol/L（200 mg/dl）；",
                                               "（三）糖化血红蛋白≥6.5%。"]


def test_joint_issuers_of_a_cited_title_cut_by_the_row_keep_their_space():
    lines = [_full("同时废止《攀枝花市人力资源和社会保障局 攀枝花市财政局", INDENT),
             _full("攀枝花市卫生和计划生育委员会关于调整门诊特殊疾病范围的通知》（攀人社发〔2017〕8号）。"),
             _full("原《攀枝花市财政局关于加强社会保险基金管理的通知》同时废止，此前有关规定与本通知不一致的，以本", INDENT),
             _short("通知为准。")]
    # the second issuer is wrapped at the space before it; a single organ's title and prose join as before
    assert join_page(lines)[0].split("\n") == [
        "同时废止《攀枝花市人力资源和社会保障局 攀枝花市财政局 攀枝花市卫生和计划生育委员会关于调整门诊特殊疾病范围的通知》"
        "（攀人社发〔2017〕8号）。",
        "原《攀枝花市财政局关于加强社会保险基金管理的通知》同时废止，此前有关规定与本通知不一致的，以本通知为准。"]
    # the first issuer alone on the row, the others spaced on the next
    lines = [_full("为做好门诊特殊疾病保障，根据《攀枝花市人力资源和社会保障局", INDENT),
             _full("攀枝花市财政局 攀枝花市卫生和计划生育委员会关于调整门诊特殊疾病范围的通知》，现将有关事"),
             _short("项通知如下。")]
    assert join_page(lines)[0].startswith("为做好门诊特殊疾病保障，根据《攀枝花市人力资源和社会保障局 攀枝花市财政局 攀枝花市卫生")
    # one issuer whose name the row cut (no spaced issuers): joined as written
    lines = [_full("为做好门诊特殊疾病保障，根据《攀枝花市人力资源和社会保障局", INDENT),
             _full("关于调整门诊特殊疾病范围的通知》，现将门诊特殊疾病保障的有关事项通知如下，请认真"), _short("贯彻执行。")]
    assert join_page(lines)[0].startswith("为做好门诊特殊疾病保障，根据《攀枝花市人力资源和社会保障局关于调整")
    # the last of spaced issuers cut from its subject: no space before 关于
    lines = [_full("为做好门诊特殊疾病保障，根据《攀枝花市人力资源和社会保障局 攀枝花市财政局", INDENT),
             _full("关于调整门诊特殊疾病范围的通知》，现将门诊特殊疾病保障的有关事项通知如下，请认真"), _short("贯彻执行。")]
    assert join_page(lines)[0].startswith("为做好门诊特殊疾病保障，根据《攀枝花市人力资源和社会保障局 攀枝花市财政局关于调整")
