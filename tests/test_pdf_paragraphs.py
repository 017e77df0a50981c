"""PDF text without indentation cues, and tables that run over pages (written for these tests)."""
from pipeline.clean import normalize_text
from pipeline.ingest.lines import PdfLine, join_lines
from pipeline.ingest.raw import RawDoc, RawPage

WIDTH = 20 * 12


def test_numbered_heading_after_a_sentence_end_starts_a_paragraph():
    lines = [
        PdfLine("一、总体目标", 0, 6 * 12, 12),
        PdfLine("到2025年，全省新增技能人才20万人，其中高技能人才5万人以上，基本建成培训体系。", 0, WIDTH, 12),
        PdfLine("二、重点任务", 0, 6 * 12, 12),
        PdfLine("各地要加快建设公共实训基地，完善培训补贴政策，全面提升劳动者职业技能和就业能力。", 0, WIDTH, 12),
        PdfLine("（一）扩大培训规模。各地要根据产业发展需要，广泛开展岗位技能", 0, WIDTH, 12),
        PdfLine("提升培训。", 0, 5 * 12, 12),
    ]
    text, mode, _ = join_lines(lines)
    assert mode == "paragraph"
    assert text.split("\n") == [
        "一、总体目标",
        "到2025年，全省新增技能人才20万人，其中高技能人才5万人以上，基本建成培训体系。",
        "二、重点任务",
        "各地要加快建设公共实训基地，完善培训补贴政策，全面提升劳动者职业技能和就业能力。",
        "（一）扩大培训规模。各地要根据产业发展需要，广泛开展岗位技能提升培训。",
    ]


def test_row_numbers_of_a_table_over_pages_are_not_page_numbers():
    pages = [
        RawPage(1, "附件\n重点任务分工表\n序号\n重点任务\n责任单位\n1\n建设实训基地\n省人力资源社会保障厅\n— 1 —", "text"),
        RawPage(2, "2\n落实培训补贴\n省财政厅\n3\n开展技能竞赛\n省总工会\n— 2 —", "text"),
        RawPage(3, "4\n完善评价制度\n省人力资源社会保障厅\n— 3 —", "text"),
    ]
    text = normalize_text(RawDoc(path="x.pdf", format="pdf", pages=pages)).text
    assert text.split("\n")[5:] == ["1", "建设实训基地", "省人力资源社会保障厅", "2", "落实培训补贴", "省财政厅", "3",
                                   "开展技能竞赛", "省总工会", "4", "完善评价制度", "省人力资源社会保障厅"]


def test_bare_page_numbers_still_go_outside_tables():
    pages = [RawPage(n, f"第{n}段正文内容，按要求执行。\n{n}", "text") for n in (1, 2, 3)]
    text = normalize_text(RawDoc(path="x.pdf", format="pdf", pages=pages)).text
    assert "\n2\n" not in text and not text.endswith("3")


def test_body_size_is_the_median_high_of_every_characters_size():
    """lines._body_size finds statistics.median_high of the list of each character's size (at most
    50 per line) from the distinct sizes and their weights: the same value."""
    import random
    import statistics

    from pipeline.ingest.lines import PdfLine, _body_size

    rng = random.Random(0)
    for _ in range(3000):
        lines = [PdfLine("字" * rng.randint(2, 80), 0.0, 0.0, rng.choice([8.0, 10.5, 12.0, 15.96, 16.0, 22.0]))
                 for _ in range(rng.randint(1, 12))]
        want = statistics.median_high([ln.size for ln in lines for _ in range(min(len(ln.text), 50))])
        assert _body_size(lines) == want


def test_implausible_han_fast_path_agrees_with_the_share():
    """hanzi.implausible_han returns False at once when no Han character is outside the common
    set; that is what the share gives (1.0)."""
    import random

    from pipeline.ingest.hanzi import MIN_COMMON, MIN_HAN, common_han, common_share, implausible_han

    common = sorted(common_han())
    uncommon = [c for c in map(chr, range(0x4E00, 0xA000)) if c not in common_han()]
    rng = random.Random(0)
    for _ in range(500):
        text = "".join(rng.choice(common) if rng.random() < rng.random() else rng.choice(uncommon)
                       for _ in range(rng.randint(0, 120))) + "，。ab 12"[: rng.randint(0, 8)]
        share, n = common_share(text)
        assert implausible_han(text) == (n >= MIN_HAN and share < MIN_COMMON)
