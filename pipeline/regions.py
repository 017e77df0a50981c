"""The document's jurisdiction, as canonical organ names need it.

`Jurisdiction.prefix_for("市")` answers "in this document, which place does 市 mean?": in a
Qinzhou document `市财政局` is 钦州市财政局, in a Guangdong provincial document `省教育厅` is
广东省教育厅, in a county-level city's document (兴宁市, under 梅州市) `市` means the county-level
city itself.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex as re

PROVINCE_END = re.compile(r"^((?:北京|天津|上海|重庆)市|.+?(?:省|自治区|特别行政区))")
# A bare 州 ends no current unit name except 自治州 (梅州市 is a 市), so it is not a boundary.
UNIT_END = re.compile(r"(.+?(?:自治州|自治县|自治旗|林区|特区|地区|新区|盟|市|县|区|旗))")


@dataclass(frozen=True)
class Jurisdiction:
    province: str | None = None  # 广东省, 广西壮族自治区, 北京市; None for central organs
    prefecture: str | None = None  # 钦州市, 延边朝鲜族自治州
    county: str | None = None  # 兴宁市 (county-level city), 灵山县, 钦南区
    level: str | None = None  # admin_level of the document

    @property
    def central(self) -> bool:
        return self.level == "central"

    def prefix_for(self, marker: str) -> str | None:
        """Place named by a bare prefix 省/自治区/市/州/县/区 in this document."""
        if marker in ("省", "自治区"):
            return self.province
        if marker == "市":
            if self.county and self.county.endswith("市"):
                return self.county
            if self.prefecture and self.prefecture.endswith("市"):
                return self.prefecture
            if self.province and self.province.endswith("市"):  # 直辖市
                return self.province
            return None
        if marker == "州":
            return self.prefecture if self.prefecture and self.prefecture.endswith("州") else None
        if marker == "县":
            return self.county if self.county and self.county.endswith("县") else None
        if marker == "区":
            if self.county and self.county.endswith("区"):
                return self.county
            return None
        return None

    @property
    def own(self) -> str | None:
        """The document's own place (the most local level named)."""
        return self.county or self.prefecture or self.province


def split_region(region: str | None) -> tuple[str | None, str | None, str | None]:
    """'广东省梅州市兴宁市' -> ('广东省', '梅州市', '兴宁市'); '全国' -> (None, None, None)."""
    if not region or region == "全国":
        return None, None, None
    m = PROVINCE_END.match(region)
    province = m.group(1) if m else None
    rest = region[m.end():] if m else region
    units = UNIT_END.findall(rest)
    prefecture = units[0] if len(units) >= 1 else None
    county = units[1] if len(units) >= 2 else None
    if province and province.endswith("市") and prefecture and len(units) == 1:
        # 直辖市 + district: 北京市海淀区 -> the district is county level
        county, prefecture = prefecture, None
    return province, prefecture, county


def jurisdiction_of(region: str | None, level: str | None) -> Jurisdiction:
    province, prefecture, county = split_region(region)
    return Jurisdiction(province=province, prefecture=prefecture, county=county, level=level)
