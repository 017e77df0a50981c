"""Web-copy TARGET stress (session 26 wave 3, issues 11/12): open authored notices (A16 A17 A18 A20 and older open ones;
never A19/A21) rewritten as web copies (hard wrap every 30 characters, paragraphs collapsed to one line, full-width
digits and spaced thousands, `-`/`•` list marks, `一、` heading lines split, page furniture and a disclosure table,
tables flattened with spaces), each scored on the gold targets field by field (value+unit found, comparator, per_year,
years, task).  Usage: python3 scripts/web_target_stress.py TREE [ids,comma,separated]; OUT=dir VARS="wrap combo" to choose."""
import json, re, random, subprocess, sys, os, shutil
from pathlib import Path
RAW = Path('/work/main/dev/authored/raw'); GOLD = Path('/work/main/dev/authored/gold')
IDS = sys.argv[2].split(',') if len(sys.argv) > 2 else 'a181 a183 a186 a189 a191 a194 a197 a199 a205 a207 a211 a213 a229 a231 a233 a235 a236 a240'.split()
TREE = sys.argv[1]
FW = str.maketrans('0123456789%.', '０１２３４５６７８９％．')
HEAD = re.compile(r'^[\s\u3000]*([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)(.*)$')

def body_start(lines):
    for i, l in enumerate(lines):
        if re.search(r'[：:]\s*$', l.strip()) and i < 12: return i + 1
    return 3

def wrap(t, n=30):
    L = t.split('\n'); b = body_start(L); out = L[:b]
    for l in L[b:]:
        if not l.strip(): continue
        s = l
        if "\t" in l: out.append(l); continue
        while len(s) > n: out.append(s[:n]); s = s[n:]
        out.append(s)
    return '\n'.join(out)

def collapse(t):
    L = t.split('\n'); b = body_start(L)
    body = [l.strip() for l in L[b:] if l.strip()]
    # keep the signature (last 3 lines) apart
    return '\n'.join(L[:b] + ['　　' + ''.join(body[:-2])] + body[-2:])

def fw(t):
    L = t.split('\n'); b = body_start(L)
    def sp(m):
        d = m.group(0)
        return d[:-3] + ' ' + d[-3:] if len(d) >= 4 and not re.match(r'(19|20)\d\d$', d) else d
    body = [re.sub(r'(?<![\d.])\d{4,}(?![\d.年])', sp, l) for l in L[b:]]
    body = [l.translate(FW) for l in body]
    return '\n'.join(L[:b] + body)

def bullets(t):
    return re.sub(r'(?m)^([\s\u3000]*)——', lambda m: m.group(1) + random.choice(['-', '•', '- ']), t)

def headsplit(t):
    out = []
    for l in t.split('\n'):
        m = HEAD.match(l)
        if m and m.group(2).strip(): out += [m.group(1), m.group(2).strip()]
        else: out.append(l)
    return '\n'.join(out)

FURN = ['发布时间：2021-03-05 10:21', '来源：本网', '浏览次数：1234', '字号：大 中 小', '【打印本页】【关闭窗口】', '分享到：']
TABLE = ['索引号：', '11440100MB2C92/2021-00012', '发文字号：', '{dn}', '成文日期：', '2021年03月01日', '主题分类：综合政务']

def furniture(t):
    L = t.split('\n'); title = L[0]
    dn = next((l.strip() for l in L[:6] if re.search(r'〔\d{4}〕', l)), '')
    head = ['首页 > 政务公开 > 政策文件'] + [x.format(dn=dn) for x in TABLE] + [title] + FURN[:4]
    out = head + L
    # interleave furniture every ~25 lines
    res = []
    for i, l in enumerate(out):
        res.append(l)
        if i and i % 25 == 0: res.append(random.choice(FURN))
    res += ['扫一扫在手机打开当前页', '【打印本页】【关闭窗口】', '上一篇：无', '下一篇：无']
    return '\n'.join(res)

def combo(t):
    return wrap(furniture(fw(bullets(t))))

def tabspace(t):
    return t.replace("\t", "  ")

def tabspace1(t):
    return t.replace("\t", " ")

VARS = dict(tabspace=tabspace, tabspace1=tabspace1, orig=lambda t: t, wrap=wrap, collapse=collapse, fw=fw, bullets=bullets, headsplit=headsplit, furniture=furniture, combo=combo)

def run(var, out):
    d = out / var / 'in'; shutil.rmtree(out / var, ignore_errors=True); d.mkdir(parents=True)
    random.seed(7)
    for i in IDS: (d / f'{i}.txt').write_text(VARS[var]((RAW / f'{i}.txt').read_text()))
    subprocess.run([sys.executable, '-m', 'pipeline', 'run', str(d), '--out', str(out / var / 'o'), '--quiet', '--workers', '2'],
                   cwd=TREE, env=dict(os.environ, PYTHONPATH=TREE), check=True, stdout=subprocess.DEVNULL)

F = ('comparator', 'per_year', 'year_start', 'year_end', 'task')
def score(out, var):
    tot = {'gold': 0, 'found': 0, **{f: 0 for f in F}}; misses = []
    for i in IDS:
        g = json.load(open(GOLD / f'{i}.json'))['targets']
        p = json.load(open(out / var / 'o' / 'records' / f'{i}.json'))['targets']
        used = set()
        for gi in g:
            tot['gold'] += 1
            c = [k for k, pi in enumerate(p) if k not in used and pi['value'] == gi['value'] and pi['unit'] == gi['unit']]
            if not c: misses.append((i, 'MISS', gi['quote'], gi['value'], gi['unit'])); continue
            k = max(c, key=lambda k: sum(p[k].get(f) == gi.get(f) for f in F)); used.add(k); tot['found'] += 1
            for f in F:
                if p[k].get(f) == gi.get(f): tot[f] += 1
                else: misses.append((i, f, gi['quote'], gi.get(f), p[k].get(f)))
    return tot, misses

if __name__ == '__main__':
    out = Path(os.environ.get('OUT', '/tmp/web/st'))
    vars_ = os.environ.get('VARS', ' '.join(VARS)).split()
    base = None
    for v in vars_:
        run(v, out); t, m = score(out, v)
        print(v.ljust(10), ' '.join(f'{k}={t[k]}' for k in t), flush=True)
        json.dump(m, open(out / v / 'misses.json', 'w'), ensure_ascii=False, indent=0)
