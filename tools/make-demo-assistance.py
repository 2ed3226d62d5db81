#!/usr/bin/env python3
"""Writes src/main/resources/statistics/demo-assistance.csv: made-up district series 1999-2004 whose city sums
reproduce the facts of seeds/001 Bilaga 2 (see DemoAssistanceSeries and AssistanceDemoFactsTests)."""
import math, os

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
adults = path([(0, 23500), (11, 22600), (23, 19800), (35, 17200), (47, 15200), (59, 14700), (71, 13900)])
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
S1999 = [.36, .17, .19, .22, .06]
SOCT03 = [.29, .24, .20, .21, .06]
DEC03 = [4184, 3289, 2861, 2694, 1628]

def split(total, shares):
    raw = [total * s / sum(shares) for s in shares]
    out = [math.floor(r) for r in raw]
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - out[i], reverse=True)[:total - sum(out)]:
        out[i] += 1
    return out

def category_values(i):
    ym = MONTHS[i]
    if ym == (2003, 12) or ym[0] == 2004:
        return split(adults[i], DEC03) if ym != (2003, 12) else DEC03
    t = min(1, i / IDX[(2003, 10)])
    shares = [a + (b - a) * t for a, b in zip(S1999, SOCT03)]
    if ym == (2003, 11):
        shares = [(a + b / 14656) / 2 for a, b in zip(SOCT03, DEC03)]
    return split(adults[i], shares)

def weights(i):
    years = i / 12
    w = {d: max(.005, s + t * years) for d, (s, t) in DISTRICTS.items()}
    return list(w.keys()), [w[d] for d in w]

rows = []
def level(ym): return 'hushall' if ym < (2002, 11) else 'individ'
def emit(series, measure, category='alla', lvl=True):
    for i, ym in enumerate(MONTHS):
        total = series[i]
        if total <= 0 and measure == 'barn':
            continue
        names, w = weights(i)
        for d, v in zip(names, split(int(total), w)):
            rows.append(f"{d};{ym[0]}-{ym[1]:02d};{measure};{category};{level(ym) if lvl else ''};{v};ja")

emit(adults, 'vuxna')
cat_series = list(zip(*[category_values(i) for i in range(len(MONTHS))]))
for c, series in zip(CATS, cat_series):
    emit(list(series), 'vuxna', c)
emit(households, 'hushall')
emit(children, 'barn')
emit(cost, 'kostnad_tkr')
emit(fye, 'helarsekvivalenter')

# Structural variables per district and year (made up) and the city's unemployment (seeds/001: 4.1 % in 1999,
# 2.9 % in 2002, 3.5 % in October 2003; the other years and months are made up).
city_pop = {1999: 743703, 2000: 750348, 2001: 758148, 2002: 758148 + 3000, 2003: 761721 + 1500, 2004: 765044}
for y in range(1999, 2005):
    names, w = weights((y - 1999) * 12)
    pops = split(city_pop[y], [0.055 + 0.2 * x for x in w])
    for k, (d, p) in enumerate(zip(names, pops)):
        rel = w[k] / (1 / len(names))
        rows.append(f"{d};{y};befolkning;alla;;{p};ja")
        rows.append(f"{d};{y};befolkning_18_64;alla;;{round(p * 0.66)};ja")
        rows.append(f"{d};{y};arbetsloshet;alla;;{round(max(1.2, 3.4 * rel ** 0.8 - (y - 1999) * 0.2 + (y >= 2003) * 0.5), 1)};ja")
        rows.append(f"{d};{y};utrikes_fodda;alla;;{round(min(70, 11 + 14 * rel ** 1.3 + (y - 1999) * 0.4), 1)};ja")
        rows.append(f"{d};{y};ensamstaende_foraldrar;alla;;{round(14 + 6 * rel ** 0.7, 1)};ja")
for y, v, made in [(1999, 4.1, 'nej'), (2000, 3.5, 'ja'), (2001, 3.1, 'ja'), (2002, 2.9, 'nej')]:
    rows.append(f"staden;{y};arbetsloshet;alla;;{v};{made}")
monthly = [3.0, 3.0, 3.1, 3.1, 3.2, 3.3, 3.4, 3.4, 3.4, 3.5, 3.6, 3.7, 3.8, 3.8, 3.9, 3.9, 3.8, 3.9, 4.0, 4.0, 3.9, 3.9, 4.0, 4.0]
for k, v in enumerate(monthly):
    y, m = 2003 + k // 12, k % 12 + 1
    rows.append(f"staden;{y}-{m:02d};arbetsloshet;alla;;{v};{'nej' if (y, m) == (2003, 10) else 'ja'}")

out = os.path.join(os.path.dirname(__file__), '..', 'src/main/resources/statistics/demo-assistance.csv')
with open(out, 'w', encoding='utf-8') as f:
    f.write("# Demo: economic-assistance series 1999-2004. Made up (påhittad = ja) except the city's unemployment in\n")
    f.write("# 1999, 2002 and October 2003; the districts add up to the facts of seeds/001 Bilaga 2.\n")
    f.write("# Written by tools/make-demo-assistance.py.\n")
    f.write("organisation;period;mått;kategori;nivå;värde;påhittad\n")
    f.write("\n".join(rows) + "\n")
print(len(rows), "rows")
