"""tasks.match_numbering reads each numbering style by its pattern's stdlib twin (session 15, issue 16):
the same (style, token, end, ordinal) as trying the `regex` patterns themselves, in STYLES order.
Lines in the style of a county's 实施方案, a province's 条例 and a township's 通知 (written for this test)."""
import pytest

from pipeline.extract import tasks
from pipeline.extract.tasks import STYLES, match_numbering

LINES = [
    "第一章　总则", "第二节 资金管理", "第十二条　县财政局负责资金拨付。", "第三条：本办法适用于全乡。",
    "一、总体要求", "十一、保障措施", "二．工作目标", "（一）加强组织领导", "(十二) 强化督查考核",
    "1.完善工作机制", "12、落实补贴政策", "3．加强宣传", "4) 建立台账", "①摸清底数", "⑳按月调度",
    "（1）乡卫生院负责。", "(2)村委会配合", "一二三四五", "2025年完成", "（附件1）", "第五十条", "",
    "关于印发某乡2022年人居环境整治方案的通知", "三、四线城市", "（ 三 ）推进试点",
]


def _by_regex(line: str):
    """match_numbering as it read before the twins: every style's `regex` pattern, in order."""
    if line[:1] == "第" and (m := tasks.MISPRINTED_ONE.match(line)) is not None:
        line = line[:m.end() - 1] + "一" + line[m.end():]
    if not tasks.NUMBERING_OPENS.match(line):
        return tasks._enclosed_numbering(line) if line[:1] in tasks.ENCLOSED_FIRST else None
    for style, pattern in STYLES:
        m = pattern.match(line)
        if m:
            if style == "article" and tasks._article_cited(line, m.end()):
                return None
            raw, tok = m.group(0, "tok")
            token, value = tasks._token_and_ordinal(style, tok, raw.strip().rstrip("、．.，"))
            return style, token, m.end(), value
    return tasks._spaced_article(line) if line[1:2] in tasks.ARTICLE_SPACE else None


@pytest.mark.parametrize("line", LINES)
def test_the_twins_number_a_line_as_the_patterns_do(line):
    assert match_numbering(line) == _by_regex(line)


def test_every_style_has_a_twin_or_is_read_by_its_own_pattern():
    from pipeline.scan import stdlib_twin

    for (style, twin), pattern in tasks._STYLES_AT.alternatives:
        assert twin is stdlib_twin(pattern)
        assert dict(twin.groupindex) == dict(pattern.groupindex)
