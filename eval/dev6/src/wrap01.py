"""Adds the PDF layout of text 01: hard line breaks every 45 chars, running header, page footers."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
t = open(os.path.join(HERE, '01.txt'), encoding='utf-8').read().rstrip('\n')
lines = t.split('\n')
out = []
W = 45
for i, l in enumerate(lines):
    if i < 3 or len(l) <= W:
        out.append(l)
        continue
    while len(l) > W:
        out.append(l[:W])
        l = l[W:]
    if l:
        out.append(l)
H = '政协铜仁市碧江区第九届委员会第四次会议文件'
res = [H]
page = 1
for i, l in enumerate(out):
    res.append(l)
    if (i + 1) % 26 == 0 and i < len(out) - 5:
        res.append('— %d —' % page)
        page += 1
        res.append(H)
res.append('— %d —' % page)
s = '\n'.join(res) + '\n'
open(os.path.join(HERE, '..', 'texts', '01_bijiang_zhengxie_report.txt'), 'w', encoding='utf-8').write(s)
print(len(s))
