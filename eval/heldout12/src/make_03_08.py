"""Regenerate texts/03 (本报讯 body lines cut every 56 chars) and texts/08 (OpenCC s2tw of the simplified draft)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
T = os.path.join(HERE, '..', 'texts')
out = []
for line in open(os.path.join(HERE, '03_draft.txt'), encoding='utf-8').read().rstrip('\n').split('\n'):
    if line.startswith('本报讯'):
        while len(line) > 56:
            out.append(line[:56]); line = line[56:]
    out.append(line)
open(os.path.join(T, '03_jingmen_ribao_zhengxie_page.txt'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
p = os.path.join(HERE, '08_simp.txt')
if os.path.exists(p):
    from opencc import OpenCC
    s = OpenCC('s2tw').convert(open(p, encoding='utf-8').read())
    open(os.path.join(T, '08_jianyang_zhengxie_dushu_trad.txt'), 'w', encoding='utf-8').write(s)
