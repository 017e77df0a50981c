"""The page-label vocabulary (pipeline/page_labels.py) and the patterns derived from it: every label is accepted by
each pattern of the uses it is listed under, in the forms that use reads (letter-spaced where the table prints it so),
so a label added on one line of the table reaches every reader it names."""
from __future__ import annotations

import pytest

from pipeline import clean, layout, patterns
from pipeline.extract import metadata, responsibilities
from pipeline.page_labels import LABELS, READING_LABELS, USES, READING_USES, label_words, reading_words


def _spaced(word: str, gap: str = "　") -> str:
    return gap.join(word)


def _forms(lb) -> list[str]:
    """The label as printed, and letter-spaced where the table may print it so (`索 引 号`, `文　　号`)."""
    return [lb.word] + ([_spaced(lb.word, " "), _spaced(lb.word, "　　")] if lb.spaced else [])


def _in(use: str):
    return [pytest.param(lb, id=lb.word) for lb in LABELS if use in lb.uses]


# --- the table itself


def test_every_use_has_labels_and_rows_are_unique():
    words = [lb.word for lb in LABELS]
    assert len(words) == len(set(words))
    assert all(label_words(use) for use in USES)
    assert all(reading_words(use) for use in READING_USES)


@pytest.mark.parametrize("use", sorted(USES))
def test_no_label_is_a_prefix_of_another_in_a_use(use):
    """The derived alternations list labels in the table's order; that order never matters because no label of a use
    opens another of the same use (有效期 before 有效期至 only before a colon, so `有效期至：` is never cut short)."""
    rows = [lb for lb in LABELS if use in lb.uses]
    for a in rows:
        for b in rows:
            if a is not b and b.word.startswith(a.word):
                assert a.colon_only, (use, a.word, b.word)


@pytest.mark.parametrize("use", sorted(READING_USES))
def test_no_reading_label_is_a_prefix_of_another(use):
    words = reading_words(use)
    assert not [(a, b) for a in words for b in words if a != b and b.startswith(a)]


def test_unknown_use_fails_loudly():
    with pytest.raises(ValueError):
        label_words("catalogue")
    with pytest.raises(ValueError):
        reading_words("links")


# --- each use accepts every label listed under it


@pytest.mark.parametrize("lb", _in("catalog"))
def test_catalog_labels_open_a_web_label_line(lb):
    for form in _forms(lb):
        cases = [(f"{form}：2023-04-12", f"{form}：")] + ([] if lb.colon_only else [(f"【{form}】贵州省人民政府", f"【{form}】")])
        for line, label in cases:
            m = layout.WEB_LABEL.match(line)
            assert m and m.group(0) == label, line
        # a record's fields on one row (`颁布单位：…　　文号：…`): cut before each
        row = f"颁布单位：某自治区人民政府　　{form}：某值"
        assert [m.end() for m in layout.SPACED_FIELD.finditer(row)] == [row.rindex(form)], row


@pytest.mark.parametrize("lb", [lb for lb in LABELS if "catalog" not in lb.uses])
def test_labels_outside_the_catalog_stay_outside(lb):
    m = layout.WEB_LABEL.match(f"{lb.word}：某值")
    assert not m or m.end() < len(lb.word)


def test_colon_only_label_needs_its_colon():
    assert layout.WEB_LABEL.match("有效期：2026年4月30日")
    assert not layout.WEB_LABEL.match("有效期5年，期满后评估")
    assert layout.WEB_LABEL.match("有效期至：2026-04-30").group(0) == "有效期至："


@pytest.mark.parametrize("lb", _in("field"))
def test_field_labels_make_a_record_field(lb):
    for form in _forms(lb):
        assert clean.RECORD_FIELD.match(f"{form}：宁夏回族自治区某厅、某委、某局")
        assert clean.RECORD_FIELD.match(f"[{form}] 某值")


@pytest.mark.parametrize("lb", _in("cell"))
def test_cell_labels_read_without_colon(lb):
    for form in _forms(lb):
        m = layout.CELL_FIELD.match(f"{form}　　某县人民政府办公室")
        assert m and m.group("v") == "某县人民政府办公室"
        row = f"索 引 号　000014349/2023-00412　{form}　某值"
        assert row.rindex(form) - 1 in [m.start() for m in layout.CELL_CUT.finditer(row)]


def test_a_sentence_word_is_no_cell():
    """来源 and 分类 are catalog labels but no `cell` label: a sentence may open with them with no colon."""
    assert not layout.CELL_FIELD.match("来源　于群众的意见建议")
    assert "来源" not in label_words("cell")


@pytest.mark.parametrize("lb", _in("bar"))
def test_bar_labels_before_a_bar(lb):
    for form in _forms(lb):
        assert metadata.BARE_LABEL_BAR.search(f"{form} | 某值 | 有效性 | 有效")


@pytest.mark.parametrize("lb", _in("tab"))
def test_tab_labels_are_whole_cells(lb):
    assert lb.word in clean.TAB_PAGE_LABELS
    assert not clean._column_names([lb.word, "某县人民政府办公室", "2023年", "某值"], "a\tb\tc\td")


def test_tab_labels_are_exactly_the_tab_use():
    assert clean.TAB_PAGE_LABELS == frozenset(label_words("tab"))


@pytest.mark.parametrize("lb", _in("organ"))
def test_organ_labels(lb):
    assert layout.ORGAN_LABEL.match(f"{lb.word}：")


@pytest.mark.parametrize("lb", _in("name"))
def test_name_labels(lb):
    for form in _forms(lb):
        assert layout.NAME_LABEL.match(f"{form}：")


@pytest.mark.parametrize("lb", _in("issuer"))
def test_issuer_cells(lb):
    assert metadata.web_metadata(f"{lb.word}：青海省人民政府办公厅\n")["issuer"] == "青海省人民政府办公厅"


@pytest.mark.parametrize("lb", _in("title"))
def test_title_cells(lb):
    for form in _forms(lb):
        got = metadata.web_metadata(f"{form}：关于做好2024年春耕生产工作的通知\n")
        assert got["title"] == "关于做好2024年春耕生产工作的通知"


@pytest.mark.parametrize("lb", _in("number"))
def test_number_cells(lb):
    for form in _forms(lb):
        assert metadata.web_metadata(f"{form}：吉政办发〔2019〕12号\n")["doc_number"] == "吉政办发〔2019〕12号"


@pytest.mark.parametrize("lb", _in("written"))
def test_written_date_cells(lb):
    assert metadata.web_metadata(f"{lb.word}：2019-03-08\n")["issue_date"] == "2019-03-08"
    assert metadata.WRITTEN_ON.match(f"{lb.word}：2019年3月8日")


@pytest.mark.parametrize("lb", _in("law"))
def test_law_record_labels(lb):
    assert metadata.LAW_RECORD_LABEL.search(f"【{lb.word}】某值")


# --- the reading labels


@pytest.mark.parametrize("word", reading_words("reading"))
def test_reading_link(word):
    assert word[0] in clean._READING_OPENS
    assert clean.READING_LINK.match(f"{word}：山西省推进某某行动方案")


@pytest.mark.parametrize("word", reading_words("link"))
def test_link_item(word):
    assert layout.LINK_ITEM.match(f"{word}｜山西省推进某某行动方案")


@pytest.mark.parametrize("word", reading_words("page"))
def test_page_label(word):
    m = layout.PAGE_LABEL.match(f"【{word}】关于印发某某实施方案的通知")
    assert m and m.group(0) == f"【{word}】"


@pytest.mark.parametrize("word", reading_words("tail"))
def test_page_tail(word):
    assert word[0] in layout.PAGE_TAIL_OPENS
    assert layout.PAGE_TAIL.match(f"{word}：")


@pytest.mark.parametrize("word", reading_words("related"))
def test_related_reading(word):
    assert word[0] in layout.RELATED_OPENS
    m = layout.RELATED_READING.match(f"{word}：《某省促进某某条例》")
    assert m and m.group("label") == word


@pytest.mark.parametrize("word", reading_words("chrome"))
def test_chrome_heading(word):
    assert patterns.is_web_furniture(word)


# --- 会同 after a clause stop


def test_later_huitong_cues_share_their_opening():
    text = "县农业农村局负责指导；并会同县财政局落实资金，同时要会同县审计局开展审计"
    s = text.index("并")
    assert responsibilities.LATER_HUITONG.match(text, s).group(0) == "并会同"
    assert [m.group(0) for m in responsibilities.LATER_HUITONG_CLAUSE.finditer(text)] == ["，同时要会同"]
