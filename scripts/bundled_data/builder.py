"""The generic machinery: a county's rows built from its own random stream, the small numeric
and calendar helpers, and the writing of the CSV files.

Nothing here knows a published figure; the county files (haixi.py, bohu.py, …) say what to build.
"""

import csv
import datetime as dt
import os
from random import Random

from .vocabulary import (
    BRAND1, BRAND2, COUNTY_CODE, COUNTY_UNITS, DEPTS, GENERAL_HAZARDS, GIVEN, INDUSTRY_HAZARDS, INTERNAL_HAZARDS,
    LOCS, MAJOR_HAZARDS, MINORITY_NAMES, PREFECTURES, PROVINCES, RISKS, SOURCE_RESPONSIBLE, SURNAMES, TOWNS,
)

SEED = 20250611  # the day 荔城区 counted its 660 enterprises; any fixed value would do

D = dt.date
ONE = dt.timedelta(days=1)

# Column order of each file, optional columns last. The contract is docs/data-contract.md and the
# importer's column table (ImportKind in Sources/SafetyStore/Import); this list only fixes the
# order the generator writes them in.
COLUMNS = {
    "jurisdictions": ["code", "name", "level", "parent_code"],
    "enterprises": ["id", "name", "county", "town", "industry", "scale", "key_supervised", "risk_level",
                    "risk_assessed_on", "reward_mechanism", "platform_registered"],
    "hazards": ["id", "enterprise_id", "county", "found_on", "source", "grade", "description", "status",
                "responsible", "deadline", "rectified_on", "closed_on", "listed_on", "delisted_on", "reward_yuan"],
    "trainings": ["id", "county", "held_on", "kind", "audience", "mode", "sessions", "person_times", "topic",
                  "materials"],
    "inspections": ["id", "county", "enterprise_id", "kind", "planned_on", "done_on", "team", "hazards_found",
                    "inspectors"],
    "facts": ["county", "key", "value", "note"],
    "inspectors": ["id", "name", "body", "town"],
}


class Names:
    """Unique Chinese personal and enterprise names from a county's own random stream."""

    def __init__(self, rng, county):
        self.rng = rng
        self.county = county
        self.enterprises = set()

    def person(self):
        pool = MINORITY_NAMES.get(self.county)
        if pool and self.rng.random() < 0.3:
            return self.rng.choice(pool)
        return self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)

    def enterprise(self, prefix, words, suffixes=("有限公司", "有限责任公司")):
        for _ in range(1000):
            brand = self.rng.choice(BRAND1) + self.rng.choice(BRAND2)
            if brand[0] == brand[1]:
                continue
            name = prefix + brand + self.rng.choice(words) + self.rng.choice(suffixes)
            if name not in self.enterprises:
                self.enterprises.add(name)
                return name
        raise RuntimeError("ran out of enterprise names")

    def fixed(self, name):
        self.enterprises.add(name)
        return name

# ---------------------------------------------------------------------------------------------
# Small numeric helpers.
def split_total(rng, total, n, lo=0, weights=None):
    """n whole numbers, each >= lo, summing to total, roughly proportional to weights."""
    assert n > 0 and total >= lo * n, (total, n, lo)
    if weights is None:
        weights = [rng.uniform(0.5, 1.5) for _ in range(n)]
    rest = total - lo * n
    s = float(sum(weights))
    raw = [rest * w / s for w in weights]
    out = [int(x) for x in raw]
    left = rest - sum(out)
    order = sorted(range(n), key=lambda i: raw[i] - out[i], reverse=True)
    for i in order[:left]:
        out[i] += 1
    return [o + lo for o in out]


def rand_day(rng, start, end):
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def late_biased_day(rng, start, end, power=1.0):
    """A day in [start, end]; power > 1 leans late, < 1 early."""
    span = (end - start).days
    return start + dt.timedelta(days=min(span, int(span * (rng.random() ** (1.0 / power)) + 0.5)))


def weighted_sample(rng, items, k, weight):
    """k distinct items, each drawn with probability growing with weight(item)."""
    keyed = [(rng.random() ** (1.0 / max(weight(x), 1e-9)), i) for i, x in enumerate(items)]
    keyed.sort(reverse=True)
    return [items[i] for _, i in keyed[:k]]


def is_workday(d):
    return d.weekday() < 5 and (d.month, d.day) != (1, 1)


def workday(d):
    """Move a weekend day or New Year's Day to the next workday (inspections and trainings are
    held on workdays)."""
    while not is_workday(d):
        d += ONE
    return d


def workday_before(d, limit):
    """A workday on or before d (never before limit; limit itself if nothing else fits)."""
    while not is_workday(d) and d > limit:
        d -= ONE
    return d if is_workday(d) else workday(d)


# ---------------------------------------------------------------------------------------------
class County:
    """Rows of one county, built with its own random stream (seeded by its name, so one county's
    changes never move another's rows).

    prefix: the id prefix (HX, BH, …); period: (first, last) day of its records."""

    def __init__(self, name, prefix, period):
        self.name = name
        self.rng = Random(f"{SEED}-{name}")
        self.names = Names(self.rng, name)
        self.start, self.end = period
        self.p = prefix
        self.enterprises = []
        self.hazards = []
        self.trainings = []
        self.inspections = []
        self.facts = []
        self.inspectors = []
        self._inspection_seq = 0

    # -- enterprises ---------------------------------------------------------------------------
    def add_enterprises(self, n, towns, industries, prefix_of, assessed=None):
        """industries: list of (industry, category, weight, above_prob, (red, orange, yellow, blue), words)."""
        rng = self.rng
        town_names = [t for t, _ in towns]
        town_weights = [w for _, w in towns]
        ind_weights = [x[2] for x in industries]
        first, last = assessed or (self.start - dt.timedelta(days=300), self.end)
        for _ in range(n):
            ind = rng.choices(industries, ind_weights)[0]
            industry, category, _, above_p, risk_w, words = ind[:6]
            suffixes = ind[6] if len(ind) > 6 else ("有限公司", "有限责任公司")
            town = rng.choices(town_names, town_weights)[0]
            risk = rng.choices(RISKS, risk_w)[0]
            self.enterprises.append({
                "id": None, "name": self.names.enterprise(prefix_of(town), words, suffixes), "county": self.name,
                "town": town, "industry": industry, "scale": "above" if rng.random() < above_p else "below",
                "key_supervised": False, "risk_level": risk,
                "risk_assessed_on": workday_before(rand_day(rng, first, last), first),
                "reward_mechanism": False, "platform_registered": False, "_cat": category,
            })

    def number_enterprises(self):
        self.enterprises.sort(key=lambda e: (e["town"], e["industry"], e["name"]))
        for i, e in enumerate(self.enterprises, 1):
            e["id"] = f"{self.p}-E-{i:05d}"

    def set_key_supervised(self, count=None, share=None):
        """Mark the riskiest enterprises key-supervised: exactly `count`, or about `share`."""
        order = {"red": 0, "orange": 1, "yellow": 2, "blue": 3}
        ranked = sorted(self.enterprises, key=lambda e: (order[e["risk_level"]], e["scale"] != "above",
                                                          self.rng.random()))
        if count is None:
            count = int(len(ranked) * share)
        for e in ranked[:count]:
            e["key_supervised"] = True

    def pick_enterprise(self, pool=None):
        pool = pool or self.enterprises
        weights = [{"red": 5, "orange": 3, "yellow": 1.6, "blue": 1}[e["risk_level"]] *
                   (1.6 if e["scale"] == "above" else 1.0) for e in pool]
        return self.rng.choices(pool, weights)[0]

    # -- hazards -------------------------------------------------------------------------------
    def hazard_text(self, e, grade="general", internal=False):
        rng = self.rng
        cat = e["_cat"]
        if grade == "major":
            return rng.choice(MAJOR_HAZARDS.get(cat) or MAJOR_HAZARDS["trade"])
        if internal:
            text = rng.choice(INTERNAL_HAZARDS)
        elif cat in INDUSTRY_HAZARDS and rng.random() < 0.5:
            text = rng.choice(INDUSTRY_HAZARDS[cat])
        else:
            text = rng.choice(GENERAL_HAZARDS)
        return text.replace("{loc}", rng.choice(LOCS))

    def add_hazard(self, e, found_on, source, grade="general", description=None, internal=False):
        h = {
            "id": None, "enterprise_id": e["id"], "county": self.name, "found_on": found_on, "source": source,
            "grade": grade, "description": description or self.hazard_text(e, grade, internal), "status": None,
            "responsible": "", "deadline": None, "rectified_on": None, "closed_on": None, "listed_on": None,
            "delisted_on": None, "reward_yuan": 0, "_enterprise": e,
        }
        self.hazards.append(h)
        return h

    def settle(self, hazards, rectified_count):
        """Give `hazards` statuses (exactly rectified_count rectified or closed, the unrectified ones
        leaning to the latest found) and consistent dates within the period."""
        rng = self.rng
        span = max(1, (self.end - self.start).days)
        late = lambda h: (1 + 4 * (h["found_on"] - self.start).days / span) ** 2
        open_ones = set(id(h) for h in weighted_sample(rng, hazards, len(hazards) - rectified_count, late))
        for h in hazards:
            major = h["grade"] == "major"
            found = h["found_on"]
            gap = rng.randint(30, 90) if major else rng.choice([3, 5, 7, 7, 10, 15, 15, 20, 30])
            deadline = found + dt.timedelta(days=gap)
            e = h["_enterprise"]
            who = self.names.person()
            if major:
                responsible = f"主要负责人 {who}"
            elif rng.random() < 0.5:
                responsible = f"{rng.choice(DEPTS)} {who}"
            else:
                responsible = f"{rng.choice(SOURCE_RESPONSIBLE)} {who}"
            if id(h) in open_ones:
                h["status"] = rng.choices(["open", "assigned", "rectifying"], [2, 3, 5])[0]
                if major:
                    h["status"] = rng.choice(["assigned", "rectifying"])
                if h["status"] != "open":
                    h["responsible"] = responsible
                    h["deadline"] = deadline
                continue
            h["responsible"] = responsible
            h["deadline"] = deadline
            # Most are rectified before the deadline, a few late; none after the period ends.
            if rng.random() < 0.12:
                latest = deadline + dt.timedelta(days=rng.randint(1, 20))
            else:
                latest = deadline
            latest = min(latest, self.end)
            span_days = (latest - found).days
            if rng.random() < 0.15 and not major:  # 立查立改: rectified on the spot
                rectified = found
            else:  # a major hazard takes at least a week (plan, funds, works)
                least = min(span_days, 7) if major else 0
                rectified = found + dt.timedelta(days=least + int((span_days - least) * rng.random() ** 1.3))
            h["rectified_on"] = rectified
            closed = rectified + dt.timedelta(days=rng.randint(1, 12 if not major else 20))
            if closed <= self.end and rng.random() < 0.9:
                h["status"] = "closed"
                h["closed_on"] = closed
            else:
                h["status"] = "rectified"

    def list_majors(self, listed, delisted):
        """List `listed` major hazards for supervision (挂牌督办), the earliest found first, and
        delist `delisted` of them, which must be closed in time."""
        majors = [h for h in self.hazards if h["grade"] == "major"]
        majors.sort(key=lambda h: h["found_on"])
        closed = [h for h in majors if h["status"] == "closed" and h["closed_on"] + dt.timedelta(days=3) <= self.end]
        assert len(closed) >= delisted, (self.name, len(closed), delisted)
        chosen = closed[:delisted]
        rest = [h for h in majors if h not in chosen]
        chosen += self.rng.sample(rest, listed - delisted)
        for h in chosen:  # listed within a week of being found, and before it was rectified
            h["listed_on"] = max(h["found_on"], min(h["found_on"] + dt.timedelta(days=self.rng.randint(1, 7)),
                                                    h["rectified_on"] or self.end, self.end))
        for h in chosen[:delisted]:
            h["delisted_on"] = min(h["closed_on"] + dt.timedelta(days=self.rng.randint(1, 10)), self.end)
            h["responsible"] = h["responsible"] or "企业主要负责人"

    def number_hazards(self):
        self.hazards.sort(key=lambda h: (h["found_on"], h["enterprise_id"], h["description"]))
        for i, h in enumerate(self.hazards, 1):
            h["id"] = f"{self.p}-H-{i:05d}"

    # -- inspections ---------------------------------------------------------------------------
    def add_inspection(self, e, kind, planned_on, done_on, team, hazards_found=0, inspectors=0,
                       hazard_source="inspection"):
        """One inspection; a done one creates its `hazards_found` hazards (found that day).
        A plan not yet carried out records no inspectors: nobody has been sent yet."""
        self._inspection_seq += 1
        row = {"id": None, "county": self.name, "enterprise_id": e["id"] if e else "", "kind": kind,
               "planned_on": planned_on, "done_on": done_on, "team": team,
               "hazards_found": hazards_found if done_on else 0, "inspectors": inspectors if done_on else 0,
               "_seq": self._inspection_seq}
        self.inspections.append(row)
        created = []
        if done_on and e is not None:
            for _ in range(row["hazards_found"]):
                created.append(self.add_hazard(e, done_on, hazard_source))
        return row, created

    def number_inspections(self):
        self.inspections.sort(key=lambda r: (r["done_on"] or r["planned_on"], r["team"], r["_seq"]))
        for i, r in enumerate(self.inspections, 1):
            r["id"] = f"{self.p}-I-{i:05d}"

    # -- trainings -----------------------------------------------------------------------------
    def add_training_rows(self, kind, audience, sessions_total, person_times_total, rows, topics,
                          mode_online=0.0, materials_total=0, per_row_max=None, dates=None, pt_weights=None):
        """`rows` rows of one kind and audience whose sessions, person-times and materials add up
        exactly to the totals given."""
        rng = self.rng
        assert rows <= sessions_total
        if per_row_max:
            sessions = None
            for _ in range(200):
                s = split_total(rng, sessions_total, rows, lo=1)
                if max(s) <= per_row_max:
                    sessions = s
                    break
            assert sessions, (self.name, kind, audience)
        else:
            sessions = split_total(rng, sessions_total, rows, lo=1)
        pts = split_total(rng, person_times_total, rows, lo=0,
                          weights=pt_weights or [s * rng.uniform(0.6, 1.4) for s in sessions])
        mats = split_total(rng, materials_total, rows, lo=0) if materials_total else [0] * rows
        for i in range(rows):
            held = dates[i] if dates else workday_before(workday(rand_day(rng, self.start, self.end)), self.start)
            if held > self.end:
                held = workday_before(self.end, self.start)
            self.trainings.append({
                "id": None, "county": self.name, "held_on": held, "kind": kind, "audience": audience,
                "mode": "online" if rng.random() < mode_online else "offline", "sessions": sessions[i],
                "person_times": pts[i], "topic": rng.choice(topics), "materials": mats[i],
            })

    def number_trainings(self):
        self.trainings.sort(key=lambda t: (t["held_on"], t["kind"], t["audience"], t["topic"]))
        for i, t in enumerate(self.trainings, 1):
            t["id"] = f"{self.p}-T-{i:04d}"

    def add_fact(self, key, value, note):
        self.facts.append({"county": self.name, "key": key, "value": value, "note": note})

    def add_inspectors(self, bodies):
        """bodies: list of (body, town, count)."""
        n = 0
        for body, town, count in bodies:
            for _ in range(count):
                n += 1
                self.inspectors.append({"id": f"{self.p}-P-{n:03d}", "name": self.names.person(), "body": body,
                                        "town": town})

    def finish(self):
        self.number_trainings()
        # Hazards first take their ids from found order; inspections last.
        self.number_hazards()
        self.number_inspections()



def monthly_days(start, end):
    """First day of every month touching [start, end]."""
    d = D(start.year, start.month, 1)
    out = []
    while d <= end:
        out.append(d)
        d = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return out


def month_end(first):
    nxt = D(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return nxt - ONE



def fit_rewards(rng, hazards, target):
    """Rewards (multiples of 10 yuan) on some rectified internal reports, adding up to target."""
    amounts = [20, 50, 100, 200, 500, 1000]
    weights = [34, 30, 19, 10, 5, 2]
    total = 0
    pool = sorted(hazards, key=lambda h: h["found_on"])
    order = list(range(len(pool)))
    rng.shuffle(order)
    i = 0
    while i < len(order) and total + 1000 < target:
        h = pool[order[i]]
        a = rng.choices(amounts, weights)[0]
        h["reward_yuan"] = a
        total += a
        i += 1
    # Close the gap on rewarded reports, 10 to 300 yuan at a time.
    rewarded = [pool[j] for j in order[:i]]
    while total != target:
        h = rng.choice(rewarded)
        step = min(target - total, rng.choice([10, 30, 50, 80, 100, 150, 300]))
        h["reward_yuan"] += step
        total += step
    assert sum(h["reward_yuan"] for h in hazards) == target



# ---------------------------------------------------------------------------------------------
# Writing.
def jurisdiction_rows():
    rows = [{"code": code, "name": name, "level": "province", "parent_code": ""} for code, name in PROVINCES]
    rows += [{"code": code, "name": name, "level": "prefecture", "parent_code": parent}
             for code, name, parent in PREFECTURES]
    rows += [{"code": code, "name": name, "level": "county", "parent_code": parent}
             for code, name, parent in COUNTY_UNITS]
    for unit, places in TOWNS.items():
        for code, name, level in places:
            rows.append({"code": code, "name": name, "level": level, "parent_code": COUNTY_CODE[unit]})
    return rows


def cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def write_csv(path, columns, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([cell(r.get(col)) for col in columns])



def write_files(out, counties):
    """Writes every file kind of COLUMNS into `out`: the jurisdiction tree, then each county's
    rows in the order the counties are given. Returns {kind: rows}."""
    rows = {"jurisdictions": jurisdiction_rows()}
    for kind in ("enterprises", "hazards", "trainings", "inspections", "facts", "inspectors"):
        rows[kind] = [r for c in counties for r in getattr(c, kind)]
    for kind, columns in COLUMNS.items():
        write_csv(os.path.join(out, f"{kind}.csv"), columns, rows[kind])
    return rows
