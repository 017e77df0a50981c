"""Units of a level or stationed in a place (guide D30): the one definition the organs reader and the
responsibilities reader share.

`县直各单位`, `县直属各单位`, `县直有关单位`, `市直各单位`, `市属各单位`, `旗直各单位`, `镇直各单位`, `各驻镇单位`, `驻县各单位`
name units of every kind (事业单位, enterprises, the organs' own units) of that level or stationed in that place: no
departments (guide D30; D21: `…单位` groups only when plainly government organs; D29). They are not mentioned as organs, and
written in an assignment beside organs or places they get no triple without voiding the others.

Not such units (collectives, kept): `县直各部门`, `县直有关部门`, `县直机关各单位` (the organs' units, D30), `各驻县机构` (the
organs of higher levels stationed in the place), and the departments of `市直有关部门和单位` (D29: `市直有关部门`).
"""
from __future__ import annotations

from .. import rx as re

# the level's marker (乡/镇 too: a town's `镇直各单位`, `镇属各单位`), then 直属 / 直 / 属
_OF_LEVEL = r"[省市县区旗州盟乡镇](?:各?直属|直|属)"  # (省各直属单位: the 各 before 直属)
# `各驻镇单位`, `驻县各单位`, `驻区有关单位` (not 派驻/进驻/常驻: a verb, `派驻单位` the sending unit)
_STATIONED = r"(?<![派进常])各?驻(?:区|市|县|镇|乡|园区|街道|村)"
_DETERMINER = r"(?:各有关|各相关|各直属|各|有关|相关|其他|直属|所属)?"
# (`县直和驻县各单位`: both kinds sharing one head)
_KIND = rf"(?:{_OF_LEVEL}|{_STATIONED})"
_CORE = rf"{_KIND}(?:[和及、]{_KIND})*{_DETERMINER}单位"

# the name as written (`县直属各单位`)
LEVEL_UNITS = re.compile(_CORE)
# the characters LEVEL_UNITS can open with (a level's marker, or the 各/驻 of _STATIONED): a caller scanning many
# positions tries the pattern only there
LEVEL_UNITS_OPENINGS = frozenset("省市县区旗州盟乡镇各驻")
# the same after a place or qualifier written before the level (`攸县县直各单位`, `全县县直各单位`), for a fragment of an
# annotation that the organ tables leave over
LEVEL_UNITS_PREFIXED = re.compile(rf"(?:\p{{Han}}{{1,6}}?)?{_CORE}")


def is_level_units(name: str) -> bool:
    """`name` (as written) names units of a level or stationed in a place (guide D30)."""
    return LEVEL_UNITS.fullmatch(name) is not None


def level_units_at(text: str, s: int, e: int) -> bool:
    """The organ reader's match text[s:e] is (part of) such a name: the name itself (`县直属各单位`), or its tail after
    what the match left out before it (`驻县各单位` read from 县, `县直和驻县各单位` read from its second 县)."""
    # (speed only, s15f) every such name ends in 单位 and holds 直, 属 or 驻: without them no try can match
    if e < 2 or text[e - 2:e] != "单位":
        return False
    lo = max(0, s - 6)
    if text.find("直", lo, e) < 0 and text.find("属", lo, e) < 0 and text.find("驻", lo, e) < 0:
        return False
    for back in range(0, 7):
        if s - back < 0:
            break
        if LEVEL_UNITS.fullmatch(text, s - back, e):
            return True
    return False
