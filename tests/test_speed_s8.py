"""Speed shortcuts of session 8: each gives what the plain code gives (docs/decisions/speed-s8.md)."""
from __future__ import annotations

import regex

from pipeline import scan
from pipeline.extract import tasks
from pipeline.extract import targets as T
from pipeline.scan import FirstCharDispatch, StdlibTwin

# Lines written as other offices write them (a provincial plan, a county notice, a ministry's
# rules of the 1990s, a web copy with half-width marks), numbered and not.
LINES = [
    "第一章　总　则",
    "第三章 保障措施",
    "第十二条　本办法由省财政厅负责解释。",
    "第5条 申请人应当提交下列材料：",
    "第二节　资金管理",
    "第三条规定的比例，按年度核定。",
    "一、总体要求",
    "二．重点任务",
    "十一、其他事项",
    "三产业融合发展示范县",
    "二〇二一年全县农村人居环境整治工作要点",
    "（一）加快推进高标准农田建设。",
    "(二)强化组织领导",
    "（ 三 ）完善考核机制",
    "（1）县农业农村局负责牵头。",
    "(12)按季度报送进展情况；",
    "1．建立健全工作机制。",
    "2.加强资金监管",
    "3、落实属地责任",
    "4) 严格执行报告制度",
    "15）开展专项检查",
    "1.5万元以下的项目由县级审批。",
    "2023年底前完成验收。",
    "①各乡镇人民政府要明确专人负责；",
    "⑳其他需要说明的情况",
    "㈡工作措施",
    "⑴申报条件",
    "⒈项目名称",
    "各镇（街道）、县直各有关单位：",
    "",
    " ",
    "——到2025年，全市新增就业岗位2万个。",
    "第 一 章　总 则",
]


def _plain_match_numbering(line: str):
    """match_numbering as it was: every style tried in STYLES' order."""
    if not tasks.NUMBERING_OPENS.match(line):
        return tasks._enclosed_numbering(line) if line[:1] in tasks.ENCLOSED_FIRST else None
    for style, pattern in tasks.STYLES:
        m = pattern.match(line)
        if m:
            if style == "article" and tasks._article_cited(line, m.end()):
                return None
            raw = m.group(0).strip()
            tok = m.group("tok")
            return style, tasks.token_for(style, tok, raw.rstrip("、．.，")), m.end(), tasks.ordinal(tok)
    return tasks._spaced_article(line) if line[1:2] in tasks.ARTICLE_SPACE else None


def test_match_numbering_by_first_character_is_the_plain_loop():
    for line in LINES:
        assert tasks.match_numbering(line) == _plain_match_numbering(line), line
    assert tasks.match_numbering("（一）加快推进高标准农田建设。") == ("cn_paren", "(一)", 3, 1)
    assert tasks.match_numbering("4) 严格执行报告制度") == ("arabic_rparen", "4", 2, 4)
    assert tasks.match_numbering("第十二条　本办法由省财政厅负责解释。") == ("article", "第十二条", 4, 12)


def test_first_char_dispatch_keeps_order_and_underived_patterns():
    alts = (("a", regex.compile(r"第(?P<tok>\d+)条")), ("b", regex.compile(r"\d+、")),
            ("c", regex.compile(r"[一二三]、")), ("d", regex.compile(r"(?:第|其)\w")))
    at = FirstCharDispatch(alts)
    assert [k for k, _ in at("第5条")] == ["a", "b", "d"]  # b: openings of \d are not derived
    assert [k for k, _ in at("二、")] == ["b", "c"]
    assert [k for k, _ in at("其次")] == ["b", "d"]
    assert [k for k, _ in at("")] == ["a", "b", "c", "d"]
    for s in ("第5条", "5、", "二、", "其次", "第一", "x"):
        first = next((k for k, p in alts if p.match(s)), None)
        assert next((k for k, p in at(s) if p.match(s)), None) == first


def test_run_in_near_twin_finds_the_same_places():
    text = ("全县完成造林1.2万亩。二、强化保障。（三）加大投入；4.落实责任！⑤严格考核？"
            "“第六条 …。 1.5亿元。　（4）开展督查。")
    assert [m.span() for m in tasks._RUN_IN_NEAR_SCAN.finditer(text)] == \
        [m.span() for m in tasks.RUN_IN_NEAR.finditer(text)]
    for line in LINES:
        assert [m.span() for m in tasks._RUN_IN_NEAR_SCAN.finditer(line)] == \
            [m.span() for m in tasks.RUN_IN_NEAR.finditer(line)]


def test_every_validity_alternative_holds_a_validity_word():
    """_stated_duration searches VALID_RANGE, LENGTH_FIRST and VALID_UNTIL only in a body that holds
    one of VALIDITY_WORDS: every string VALIDITY matches must hold one."""
    assert T.VALIDITY.startswith("(?:") and T.VALIDITY.endswith(")")
    words = set()
    for alt in T.VALIDITY[3:-1].split("|"):
        shortest = regex.sub(r".\?", "", alt)  # `有效期限?`: the optional characters left out
        assert regex.fullmatch(r"[\p{Han}]+", shortest), alt  # (plain words: else read this test again)
        assert regex.fullmatch(T.VALIDITY, shortest)
        assert any(w in shortest for w in T.VALIDITY_WORDS), alt
        words.add(shortest)
    assert len(words) >= 5
    body = "本办法有效期为3年，自2021年6月1日起施行。"
    assert T._stated_duration(body, 2021) == (2021, 2023)
    body = "本实施细则试行期两年，自印发之日起施行。"
    assert T._stated_duration(body, 2019) == (2019, 2020)
    body = "本规定自2018年1月1日起施行，原规定同时废止。"
    assert T._stated_duration(body, 2017) == (2018, None)
    assert T._stated_duration("本意见自2020年1月1日起施行，有效期至2022年12月31日。", 2019) == (2020, 2022)


def test_stdlib_twin_sub_memo_gives_the_pattern_s_result():
    pattern = regex.compile(r"牵头单位|配合单位|负责|[\s：:、，,]")
    twin = StdlibTwin(pattern)
    for s in ("牵头单位：县发展改革局　配合单位：县财政局、县自然资源局",
              "省教育厅负责，省人力资源社会保障厅配合",
              "牵头单位：县发展改革局　配合单位：县财政局、县自然资源局",
              "", "\x1c负责\x1d"):
        assert twin.sub(" ", s) == pattern.sub(" ", s)
        assert twin.sub(" ", s) == pattern.sub(" ", s)  # (the kept result)
        assert twin.sub("", s) == pattern.sub("", s)
    calls = []

    def repl(m):
        calls.append(m.group(0))
        return "|"

    twin.sub(repl, "县财政局负责")
    twin.sub(repl, "县财政局负责")
    assert calls == ["负责", "负责"]  # a function is called each time, never kept


def test_stdlib_twin_sub_memo_is_bounded():
    twin = StdlibTwin(regex.compile(r"和|及"))
    for k in range(5000):
        assert twin.sub(" ", f"甲和乙{k}") == f"甲 乙{k}"
    assert len(twin._memo) <= 128
    assert scan.StdlibTwin is StdlibTwin


def test_glue_at_twin_finds_the_same_places():
    from pipeline import clean

    lines = ["加强组织领导。二、保障措施", "全面完成年度任务。 第三章 附则", "落实属地责任；（四）强化督查",
             "建成标准化厂房3万平方米；4．加快配套设施建设", "按季度报送。　1、工作方案", "无分隔的一行文字",
             "2021年底前完成。\u3000第十条", "各地要高度重视！２．进度要求", ""]
    for line in lines:
        mine, plain = clean._glue_at(line), clean._GLUE_AT.search(line)
        assert (mine.span() if mine else None) == (plain.span() if plain else None), line
        assert clean._split_glued(line) == (clean.GLUED_HEADING.split(line) if plain else [line])


def test_title_line_splits_by_twins_as_by_regex():
    """layout._split_title_addressee tries TITLE_THEN_ADDRESSEE and TITLE_THEN_NUMBER by their stdlib
    twins: the same matches and groups, and the same split of a glued head line."""
    from pipeline import layout

    lines = [
        "某自治区人民政府办公厅关于印发全区农村人居环境整治三年行动方案的通知各盟行政公署、市人民政府：",
        "关于进一步做好高校毕业生就业创业工作的通知（川办发〔2019〕12号）",
        "关于加强县级财政资金监管的意见　县政发〔2016〕3号",
        "某县农业农村局关于开展春季动物防疫工作的通知 文号：",
        "国务院关于深化改革加强食品安全工作的意见(国发[2019]17号)",
        "市民政局关于做好2022年困难群众救助工作的通知各区县：",
        "这一行既无标题也无文号",
    ]
    for text in lines:
        for plain, twin in ((layout.TITLE_THEN_ADDRESSEE, layout._TITLE_THEN_ADDRESSEE_TWIN),
                            (layout.TITLE_THEN_NUMBER, layout._TITLE_THEN_NUMBER_TWIN)):
            a, b = plain.match(text), twin.match(text)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), text
    split = layout._split_title_addressee(layout.Line(lines[1], 100, 100 + len(lines[1])))
    assert [(ln.text, ln.start, ln.end) for ln in split] == [
        ("关于进一步做好高校毕业生就业创业工作的通知", 100, 121), ("（川办发〔2019〕12号）", 121, 135)]
    split = layout._split_title_addressee(layout.Line(lines[0], 0, len(lines[0])))
    assert [ln.text for ln in split] == ["某自治区人民政府办公厅关于印发全区农村人居环境整治三年行动方案的通知", "各盟行政公署、市人民政府："]


def test_float_keys_are_derived_from_the_models():
    """record.FLOAT_KEYS: the item keys whose values can be floats (Target.value), nothing else;
    a model with a float outside the items' keys makes it None (every value is then checked)."""
    from typing import Optional

    from pydantic import BaseModel

    from pipeline import record

    assert record.FLOAT_KEYS == {f: (("value",) if f == "targets" else ()) for f in record.FIELDS}
    assert not record._may_hold_float(record.Span) and not record._may_hold_float(record.IsoDate)
    assert not record._may_hold_float(record.Metadata) and not record._may_hold_float(dict[str, record.Evidence])

    class Inner(BaseModel):
        x: Optional[float] = None

    assert record._may_hold_float(Inner) and record._may_hold_float(list[tuple[int, Inner]])
    assert record._may_hold_float(object) and not record._may_hold_float(record.Role)


def test_record_json_writes_what_to_json_writes():
    """write.record_json checks only the targets' values for floats json and orjson write apart
    (1e-05, 1e+16, NaN, Infinity): the same text as to_json, whatever the values."""
    import math

    from pipeline import process_text
    from pipeline.write import record_json, to_json

    text = ("关于印发某县2023年稳就业工作方案的通知\n"
            "一、工作目标\n全年城镇新增就业1200人以上，城镇调查失业率控制在5.5%以内。\n"
            "二、保障措施\n（一）县人社局牵头，县财政局配合，落实就业补助资金300万元。\n")
    data = process_text(text).model_dump(mode="json")
    assert data["targets"], "the snippet has targets"
    assert record_json(data) == to_json(data)
    for value in (1e-05, 0.00012, 1e16, 123456789.125, 0.0, -2.5, math.inf, -math.inf, math.nan, 7):
        data["targets"][0]["value"] = value
        assert record_json(data) == to_json(data), value


def test_reading_text_folds_and_hints_as_the_plain_code():
    """nlp.simplify.reading_text translates only the runs of full-width digits/letters and finds
    the O/0-typed year hint by str.find: the same view as translating the whole text and
    searching LATIN_ZERO_YEAR_HINT."""
    from pipeline.nlp import simplify as S

    def plain(text: str) -> str:
        view = S.simplified_view(text) or text
        if S.FULL_WIDTH_ALNUM.search(view):
            view = view.translate(S._FOLD_WIDTH)
        if S.LATIN_ZERO_YEAR_HINT.search(view):
            view = S.LATIN_ZERO_YEAR.sub(lambda m: m.group(0).translate(S._ZERO_AS_LING), view)
        if "年元月" in view:
            view = view.replace("年元月", "年一月")
        return S.CN_YEAR_RUN.sub(S._arabic_years, view)  # (s25-years: its str.find hint skips no year)

    assert {chr(c) for c in S._FOLD_WIDTH} == {chr(c) for c in range(0x10000) if S.FULL_WIDTH_ALNUM.match(chr(c))}
    snippets = ["黑龙江省人民政府办公厅\n二OO九年三月五日", "成文日期：二0一一年元月八日", "二o一三年",
                "到２０２５年，全省新增ＧＤＰ３％；第ＩＩ部分", "一O", "O一二", "0二O", "", "二",
                "晋政办发〔２００８〕１２号 二ＯＯ八年十二月", "一二三四五六七八九十", "全年完成100个项目（二期）"]
    for text in snippets:
        assert S.reading_text(text) == plain(text), text
        assert S._latin_zero_hint(text) == bool(S.LATIN_ZERO_YEAR_HINT.search(text)), text


def test_one_page_record_items_get_the_page_lookup_gives():
    """finish_record gives every item of a one-page text the page of its single run, without
    `_ground`: the page `PageLookup.page_of` gives for any offset (also 0 and the text's end)."""
    from pipeline import process_text
    from pipeline.pages import PageLookup
    from pipeline.record import FIELDS

    text = ("关于做好2022年秋冬季森林防火工作的通知\n各乡镇人民政府，县直有关单位：\n"
            "一、压实责任\n县应急管理局牵头，县林业局配合，全年森林火灾受害率控制在0.9‰以内。\n"
            "二、加强巡护\n（一）新增护林员120名。\n")
    rec = process_text(text)
    items = [i for f in FIELDS for i in getattr(rec, f)] + list(rec.metadata.evidence.values())
    assert items and rec.page_map and len(rec.page_map) == 1
    lookup = PageLookup([(p.page, p.start, p.end) for p in rec.page_map])
    for item in items:
        assert item.page == lookup.page_of(item.span[0]) == 1
        assert rec.text[item.span[0]:item.span[1]] == item.quote
    assert lookup.page_of(0) == lookup.page_of(len(rec.text)) == 1
