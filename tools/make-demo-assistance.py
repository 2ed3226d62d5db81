#!/usr/bin/env python3
"""Writes src/main/resources/statistics/demo-assistance.csv: made-up district series 1999-2004 whose city sums
reproduce the facts of document 001 Bilaga 2 (see DemoAssistanceSeries and AssistanceDemoFactsIT), and the example
files officers download from the import page (src/main/resources/statistics/examples/)."""
import json, math, os, random

DISTRICTS = {  # code: share of the city's recipients in 1999, trend per year (made up)
    'rinkeby': (.095, .002), 'kista': (.060, .001), 'spanga-tensta': (.075, .001), 'hasselby-vallingby': (.060, 0),
    'bromma': (.035, -.001), 'kungsholmen': (.035, -.001), 'norrmalm': (.030, -.001), 'ostermalm': (.020, -.0005),
    'maria-gamla-stan': (.045, -.001), 'katarina-sofia': (.035, -.001), 'enskede-arsta': (.045, 0),
    'vantor': (.080, .001), 'skarpnack': (.060, 0), 'farsta': (.065, 0), 'hagersten': (.050, 0),
    'liljeholmen': (.040, 0), 'alvsjo': (.020, -.0005), 'skarholmen': (.070, .0015)}
MONTHS = [(y, m) for y in range(1999, 2005) for m in range(1, 13)]
IDX = {ym: i for i, ym in enumerate(MONTHS)}

def path(anchors):
    """Piecewise-linear monthly values through (index, value) anchors."""
    out = []
    for i in range(len(MONTHS)):
        for (a, va), (b, vb) in zip(anchors, anchors[1:]):
            if a <= i <= b:
                out.append(va + (vb - va) * (i - a) / (b - a)); break
    return out

def fix(values, months, total):
    """Rounds the months to integers that add up to total exactly."""
    idx = [IDX[m] for m in months]
    rounded = [round(values[i]) for i in idx]
    shift = (total - sum(rounded)) / len(idx)
    rounded = [round(values[i] + shift) for i in idx]
    rounded[0] += total - sum(rounded)
    for i, v in zip(idx, rounded):
        values[i] = v

def year(y): return [(y, m) for m in range(1, 13)]
def window(a, b): return MONTHS[IDX[a]:IDX[b] + 1]

# Adult recipients: 1999 average 23 040, 2003 average 14 400 (-37.5 %), Oct 2003 "drygt 14 000", Dec 2003 14 656.
# The fall is steepest in 2000-2001 (the boom; unemployment 4.1 % -> 2.9 %) and slows in 2003 as unemployment rose
# again: this is also what lets the barrier categories fall as the seed says (see CHANGE below).
adults = path([(0, 23500), (11, 22600), (23, 19000), (35, 16000), (47, 14900), (59, 14700), (71, 13900)])
fix(adults, year(1999), 12 * 23040)
for ym, v in {(2003, 10): 14060, (2003, 11): 14400, (2003, 12): 14656}.items():
    adults[IDX[ym]] = v
early = path([(0, 0), (48, 14789), (56, 14029), (71, 0)])
for i, ym in enumerate(window((2003, 1), (2003, 9))):
    adults[IDX[ym]] = early[IDX[ym]]
fix(adults, window((2003, 1), (2003, 9)), 12 * 14400 - 14060 - 14400 - 14656)
for ym in MONTHS:
    adults[IDX[ym]] = round(adults[IDX[ym]])
# Households: 1999 average 18 994; Nov 2002-Oct 2003 average 12 156 (-36 %).
households = path([(0, 19300), (11, 18700), (23, 16800), (35, 14400), (46, 12100), (58, 12000), (71, 11700)])
fix(households, year(1999), 12 * 18994)
fix(households, window((2002, 11), (2003, 10)), 12 * 12156)
households = [round(v) for v in households]
# Cost (tkr): 1999 average 110 000; Nov 2002-Oct 2003 average 83 820 (-23.8 %, "knappt 24 %").
cost = path([(0, 112000), (11, 108000), (23, 99000), (35, 91000), (46, 84000), (58, 83000), (71, 82000)])
fix(cost, year(1999), 12 * 110000)
fix(cost, window((2002, 11), (2003, 10)), 12 * 83820)
cost = [round(v) for v in cost]
# Full-year equivalents 18-64: 1999 average 12 000; 2002 average 9 000 (-25 %).
fye = path([(0, 12300), (11, 11700), (23, 10800), (35, 9700), (47, 8700), (59, 8200), (71, 7900)])
fix(fye, year(1999), 12 * 12000)
fix(fye, year(2002), 12 * 9000)
fye = [round(v) for v in fye]
# Children: only registered at household level, to October 2002.
children = [round(v) for v in path([(0, 16200), (11, 15400), (23, 13900), (34, 11800), (71, 0)])]

CATS = ['arbetsloshet', 'otillracklig_ersattning', 'sociala_medicinska', 'invandring', 'ovriga']
SOCT03 = [.29, .24, .20, .21, .06]  # adults October 2003, "drygt 14 000" (seed: 29/24/21/20/6 %)
DEC03 = [4184, 3289, 2861, 2694, 1628]
# Change of each category against 1999 (document 001 Bilaga 2: households with the barrier, rolling 12 months
# December 2001-November 2002; the tjänsteutlåtande repeats the same numbers for "antalet bidragstagare inom
# respektive försörjningshinder 1999-2003").
CHANGE = [-52, -4, -25, -24, -20]
# Why the categories do not fall like this from 1999 to 2003 here, in any measure: registration moved from the
# household's main barrier to every person's in November 2002, so a category of 2003 is not the category of 1999;
# and the numbers cannot hold together with the seed's other facts anyway. Had every category fallen as stated from
# 1999 to 2003 with 2003 made up as December 2003 (28.5/22.4/19.5/18.4/11.1 %), the total would have fallen by
# 1 - 1 / sum(share / (1 + change)) = about 32 %, not the 37.5 % the seed reports; it would take about 44 % of 2003's
# adults registered for unemployment, against the seed's 29 % in October and 28.5 % in December. The numbers are
# Bilaga 2's for households up to November 2002, so that is where the demo makes them hold: households by barrier
# for December 2001-November 2002 against 1999 (as Bilaga 2 says), and adult recipients ("bidragstagare") by barrier
# for the last twelve months registered like 1999, November 2001-October 2002, against 1999.

def barrier_shares(rest, ratio):
    """1999 shares whose categories, each changed by CHANGE, make the total change by ratio: the other categories
    keep the proportions of rest and unemployment takes what is left."""
    factors = [1 + c / 100 for c in CHANGE]
    parts = [r / sum(rest) for r in rest]
    m = sum(w * f for w, f in zip(parts, factors[1:]))
    u = (m - ratio) / (m - factors[0])
    start = [u] + [(1 - u) * w for w in parts]
    return start, [s * f / ratio for s, f in zip(start, factors)]

def avg(series, months): return sum(series[IDX[m]] for m in months) / len(months)

def blend(a, b, t): return [x + (y - x) * t for x, y in zip(a, b)]

ADULT_WINDOW = window((2001, 11), (2002, 10))
HOUSEHOLD_WINDOW = window((2001, 12), (2002, 11))
S1999, SWINDOW = barrier_shares([.17, .19, .22, .06], avg(adults, ADULT_WINDOW) / avg(adults, year(1999)))
H1999, HWINDOW = barrier_shares([.17, .21, .24, .06], avg(households, HOUSEHOLD_WINDOW) / avg(households, year(1999)))

def split(total, shares):
    raw = [total * s / sum(shares) for s in shares]
    out = [math.floor(r) for r in raw]
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - out[i], reverse=True)[:total - sum(out)]:
        out[i] += 1
    return out

def shares_between(i, start, window_shares, window_months):
    """1999 at its shares, the window at its own, straight lines between."""
    first, last = IDX[window_months[0]], IDX[window_months[-1]]
    if i <= 11:
        return start
    if i < first:
        return blend(start, window_shares, (i - 11) / (first - 11))
    return window_shares if i <= last else None

def category_values(i):
    ym = MONTHS[i]
    if ym == (2003, 12) or ym[0] == 2004:
        return split(adults[i], DEC03) if ym != (2003, 12) else DEC03
    shares = shares_between(i, S1999, SWINDOW, ADULT_WINDOW)
    if shares is None:  # after the break: individual registration, towards October 2003
        last = IDX[ADULT_WINDOW[-1]]
        shares = blend(SWINDOW, SOCT03, min(1, (i - last) / (IDX[(2003, 10)] - last)))
    if ym == (2003, 11):
        shares = [(a + b / 14656) / 2 for a, b in zip(SOCT03, DEC03)]
    return split(adults[i], shares)

def household_category_values(i):
    """Households by their main barrier: registered only until November 2002 (seed: "t.o.m. november 2002")."""
    shares = shares_between(i, H1999, HWINDOW, HOUSEHOLD_WINDOW)
    return [None] * len(CATS) if shares is None else split(households[i], shares)

# LMA (lagen om mottagande av asylsökande): the seed's chart of May-October 2003 shows it beside the five barriers
# without figures; made up and small, and kept out of the total, since the seed's October shares (29+24+21+20+6)
# and December's 14 656 add up without it.
LMA = {(2003, 5): 172, (2003, 6): 181, (2003, 7): 188, (2003, 8): 196, (2003, 9): 207, (2003, 10): 214}

def weights(i):
    years = i / 12
    w = {d: max(.005, s + t * years) for d, (s, t) in DISTRICTS.items()}
    return list(w.keys()), [w[d] for d in w]

rows = []
def level(ym): return 'hushall' if ym < (2002, 11) else 'individ'
def emit(series, measure, category='alla', level_of=level):
    for i, ym in enumerate(MONTHS):
        total = series[i]
        if total is None or (total <= 0 and measure == 'barn'):
            continue
        names, w = weights(i)
        for d, v in zip(names, split(int(total), w)):
            rows.append(f"{d};{ym[0]}-{ym[1]:02d};{measure};{category};{level_of(ym)};{v};ja")

emit(adults, 'vuxna')
cat_series = list(zip(*[category_values(i) for i in range(len(MONTHS))]))
for c, series in zip(CATS, cat_series):
    emit(list(series), 'vuxna', c)
emit([LMA.get(ym) for ym in MONTHS], 'vuxna', 'lma')
emit(households, 'hushall')
household_series = list(zip(*[household_category_values(i) for i in range(len(MONTHS))]))
# November 2002 at household level too, as the seed says ("t.o.m. november 2002"), though the app's known break
# (V80) is that month: the page then shows the seed's figure marked as next to the break rather than not at all.
for c, series in zip(CATS, household_series):
    emit(list(series), 'hushall', c, lambda ym: 'hushall')
emit(children, 'barn')
emit(cost, 'kostnad_tkr')
emit(fye, 'helarsekvivalenter')

# Structural variables per district and year (made up) and the city's unemployment (document 001: 4.1 % in 1999,
# 2.9 % in 2002, 3.5 % in October 2003; the other years and months are made up).
city_pop = {1999: 743703, 2000: 750348, 2001: 758148, 2002: 758148 + 3000, 2003: 761721 + 1500, 2004: 765044}

# Each district's own character, fixed over the years: without it every rate would follow from the district's share
# of recipients alone, the district comparison would explain 100 % and flag nobody, and the demo would teach nothing.
_character = random.Random(2004)
CHARACTER = {d: (_character.gauss(1, .18), _character.gauss(1, .15), _character.gauss(0, 1.8)) for d in DISTRICTS}

def structural(y):
    """The made-up rates of each district in year y (any year: the example files extend them to 2005)."""
    names, w = weights((y - 1999) * 12)
    out = {}
    for k, d in enumerate(names):
        rel = w[k] / (1 / len(names))
        unemployed, foreign_born, single = CHARACTER[d]
        out[d] = {'arbetsloshet': round(max(1.2, (3.4 * rel ** 0.8 - (y - 1999) * 0.2 + (y >= 2003) * 0.5) * unemployed), 1),
                  'utrikes_fodda': round(min(70, (11 + 14 * rel ** 1.3 + (y - 1999) * 0.4) * foreign_born), 1),
                  'ensamstaende_foraldrar': round(14 + 6 * rel ** 0.7 + single, 1)}
    return out

for y in range(1999, 2005):
    names, w = weights((y - 1999) * 12)
    pops = split(city_pop[y], [0.055 + 0.2 * x for x in w])
    rates = structural(y)
    for d, p in zip(names, pops):
        rows.append(f"{d};{y};befolkning;alla;;{p};ja")
        rows.append(f"{d};{y};befolkning_18_64;alla;;{round(p * 0.66)};ja")
        for measure in ('arbetsloshet', 'utrikes_fodda', 'ensamstaende_foraldrar'):
            rows.append(f"{d};{y};{measure};alla;;{rates[d][measure]};ja")
for y, v, made in [(1999, 4.1, 'nej'), (2000, 3.5, 'ja'), (2001, 3.1, 'ja'), (2002, 2.9, 'nej')]:
    rows.append(f"staden;{y};arbetsloshet;alla;;{v};{made}")
monthly = [3.0, 3.0, 3.1, 3.1, 3.2, 3.3, 3.4, 3.4, 3.4, 3.5, 3.6, 3.7, 3.8, 3.8, 3.9, 3.9, 3.8, 3.9, 4.0, 4.0, 3.9, 3.9, 4.0, 4.0]
for k, v in enumerate(monthly):
    y, m = 2003 + k // 12, k % 12 + 1
    rows.append(f"staden;{y}-{m:02d};arbetsloshet;alla;;{v};{'nej' if (y, m) == (2003, 10) else 'ja'}")

out = os.path.join(os.path.dirname(__file__), '..', 'src/main/resources/statistics/demo-assistance.csv')
with open(out, 'w', encoding='utf-8') as f:
    f.write("# Demo: economic-assistance series 1999-2004. Made up (påhittad = ja) except the city's unemployment in\n")
    f.write("# 1999, 2002 and October 2003; the districts add up to the facts of document 001 Bilaga 2.\n")
    f.write("# Written by tools/make-demo-assistance.py.\n")
    f.write("organisation;period;mått;kategori;nivå;värde;påhittad\n")
    f.write("\n".join(rows) + "\n")
print(len(rows), "rows")
print("adults 1999 shares", [round(x, 3) for x in S1999], "Nov 2001-Oct 2002", [round(x, 3) for x in SWINDOW])
print("households 1999 shares", [round(x, 3) for x in H1999], "Dec 2001-Nov 2002", [round(x, 3) for x in HWINDOW])

# Example files for officers (the import page's "Exempelfiler"). They extend the demo to 2005, a year it does not
# hold, so importing them changes none of the seed's facts; Kolada's KPIs are yearly, hence rates of a year. Counts
# are left out of the Kolada example on purpose: a count given for 0180 would become the city's own series and
# hide the sum of the districts (AssistanceSeriesService.cityMembers).
EXAMPLES = os.path.join(os.path.dirname(__file__), '..', 'src/main/resources/statistics/examples')
os.makedirs(EXAMPLES, exist_ok=True)
EXAMPLE_DISTRICTS = ['farsta', 'rinkeby', 'skarholmen']
rates_2005 = structural(2005)
names_2005, w_2005 = weights(72)
pops_2005 = dict(zip(names_2005, split(round(city_pop[2004] * 1.004), [0.055 + 0.2 * x for x in w_2005])))
def city_mean(measure):
    return round(sum(rates_2005[d][measure] * p for d, p in pops_2005.items()) / sum(pops_2005.values()), 1)
# The city's unemployment goes on from its monthly 2004 figures (3.8-4.0 %); its other rates are the districts'
# population-weighted means. K and M only where they make sense, to show that they are skipped.
CITY_2005 = {'arbetsloshet': (3.9, 3.6, 4.2), 'utrikes_fodda': (city_mean('utrikes_fodda'), None, None),
             'ensamstaende_foraldrar': (city_mean('ensamstaende_foraldrar'), None, None)}
def kolada_values(total, women=None, men=None):
    values = [{"count": 1, "gender": "T", "status": "", "value": total}]
    values += [{"count": 1, "gender": g, "status": "", "value": v} for g, v in (("K", women), ("M", men)) if v is not None]
    return values
entries = []
for measure, (total, women, men) in CITY_2005.items():
    entries.append({"kpi": measure, "municipality": "0180", "period": 2005, "values": kolada_values(total, women, men)})
    for d in EXAMPLE_DISTRICTS:
        entries.append({"kpi": measure, "ou": d, "period": 2005, "values": kolada_values(rates_2005[d][measure])})
page = {"exempel": "Påhittade siffror för 2005 som visar formatet. Kolada märker inte påhittade värden: importera "
        "filen bara i demo- eller testmiljö.", "count": len(entries), "values": entries, "next_page": None}
with open(os.path.join(EXAMPLES, 'kolada-exempel.json'), 'w', encoding='utf-8') as f:
    # One entry a line, as a person reads it (the import report gives entries' lines).
    head = {k: v for k, v in page.items() if k != 'values' and k != 'next_page'}
    f.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "values": [\n')
    f.write(",\n".join("  " + json.dumps(e, ensure_ascii=False) for e in entries))
    f.write('\n ], "next_page": null}\n')

def district_month(measure, category, d, ym):
    for r in rows:
        parts = r.split(';')
        if parts[:4] == [d, f"{ym[0]}-{ym[1]:02d}", measure, category]:
            return int(parts[5])
template = ["organisation;period;mått;kategori;nivå;värde;påhittad"]
for measure, category in (('vuxna', 'alla'), ('vuxna', 'arbetsloshet'), ('hushall', 'alla'), ('kostnad_tkr', 'alla')):
    template.append(f"farsta;2005-01;{measure};{category};individ;{district_month(measure, category, 'farsta', (2004, 12))};ja")
template.append(f"farsta;2005;befolkning;alla;;{pops_2005['farsta']};ja")
template.append("staden;2005-01;arbetsloshet;alla;;4,0;ja")
with open(os.path.join(EXAMPLES, 'mall.csv'), 'w', encoding='utf-8') as f:
    f.write("""# Mall för import av siffror om ekonomiskt bistånd till Fuel (README, avsnittet "Statistics imports").
# organisation: stadsdelens kod eller namn (farsta, Farsta); staden eller 0180 för hela stadens egna värden, t.ex.
#   arbetslösheten. Antal (vuxna, hushåll, kostnad ...) ges per stadsdel: staden är summan av stadsdelarna.
# period: ÅÅÅÅ-MM för en månad, ÅÅÅÅ för ett helt år (strukturvariabler).
# mått: vuxna, hushall, barn, kostnad_tkr, helarsekvivalenter; strukturvariabler: arbetsloshet, utrikes_fodda,
#   ensamstaende_foraldrar, befolkning, befolkning_18_64.
# kategori: alla (eller tomt), arbetsloshet, otillracklig_ersattning, sociala_medicinska, invandring, ovriga, lma.
# nivå: hushall eller individ (registreringsnivå), tomt för strukturvariabler.
# värde: talet; decimalkomma eller decimalpunkt, mellanslag som tusentalsavgränsare går bra.
# påhittad: ja för påhittade siffror, annars nej (kolumnen kan utelämnas).
# Rader som börjar med # läses inte. Exempelraderna nedan är påhittade: byt dem mot era egna.
""")
    f.write("\n".join(template) + "\n")
