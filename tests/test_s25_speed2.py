"""s25-speed2 (speed only): the prose quota reader's caption pattern is tried only on lines that can be a caption."""
from pipeline.extract import targets as T


def test_caption_lines_pass_the_prefilter():
    # captions as a county's allocation notice writes them (one with a bracket inside the caption, one with a colon after)
    for line in ("各乡镇耕地保护任务分配表（单位：亩）", "　2024年各街道（社区）新增就业任务（单位：人）：",
                 "农村改厕任务(计量单位: 户) ", "各镇造林任务（2023年，单位：万亩）"):
        assert T._could_be_caption(line), line
        assert T.QUOTA_CAPTION_LINE.match(line) is not None, line


def test_prose_lines_with_unit_words_are_passed_over():
    # a duty paragraph (its lead unit in a bracket at the end, past the caption's reach), a bracket opening the line,
    # three brackets: no caption
    for line in ("1.加强农田水利设施建设，完善小型水利工程管护机制，落实管护主体和管护经费，推进灌区续建配套与节水改造，"
                 "确保年底前完成全年灌溉面积恢复和渠系配套建设任务。（牵头单位：县水利局）", "（一）强化组织领导（责任单位：县委办）",
                 "各镇（街道）（社区）任务（单位：个）", "责任单位：县农业农村局"):
        assert not T._could_be_caption(line), line
        assert T.QUOTA_CAPTION_LINE.match(line) is None, line


def test_captions_found_in_a_text():
    text = "一、目标\n各乡镇耕地保护任务分配表（单位：亩）\n甲镇1200，乙镇800，丙乡600\n（二）落实责任。（牵头单位：县自然资源局）\n"
    caps = list(T._quota_captions(text, 0, len(text)))
    assert [(c.group("cap"), c.group("unit")) for c in caps] == [("各乡镇耕地保护任务分配表", "亩")]
