"""Evidence helper for the specs of eval/dev5 and eval/heldout4: relation evidence is written as a phrase of the unwrapped text; where a
hard line break of the extracted text cuts it, the longest piece of it on one line is kept (still an exact
quote of the text). Entity evidence left as None is found by build_gold.py itself."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def _text(name):
    """The text ``name`` of whichever set holds it (text names are unique across eval/)."""
    import glob
    found = glob.glob(os.path.join(HERE, '..', '*', 'texts', name + '.txt'))
    if len(found) != 1:
        raise SystemExit('%s: %d texts of that name under eval/' % (name, len(found)))
    return open(found[0], encoding='utf-8').read()


def fix(name, R):
    text = _text(name)
    lines = text.split('\n')
    # page furniture (footers "— 3 —", running headers) is skipped when the phrase is looked up
    joined = ''.join(ln for ln in lines if not _furniture(ln))
    out = []
    for h, rel, t, ev in R:
        if any(ev in ln for ln in lines):
            out.append((h, rel, t, ev))
            continue
        if ev not in joined:
            raise SystemExit('%s: evidence not in text: %s' % (name, ev))
        best = ''
        for ln in lines:
            for i in range(len(ev)):
                for j in range(len(ev), i + len(best), -1):
                    if ev[i:j] in ln:
                        best = ev[i:j]
                        break
        out.append((h, rel, t, best))
    return out


def _furniture(ln):
    import re
    return bool(re.fullmatch(r'— \d+ —', ln.strip())) or ln.strip().endswith('会议文件')


def _piece(lines, ev):
    best = ''
    for ln in lines:
        for i in range(len(ev)):
            for j in range(len(ev), i + len(best), -1):
                if ev[i:j] in ln:
                    best = ev[i:j]
                    break
    return best


def fix_e(name, E):
    """Entity evidence: kept when on one line; None stays None when some form is on one line
    (build_gold.py then picks the window); otherwise the longest one-line piece of it/of the name."""
    text = _text(name)
    lines = text.split('\n')
    out = []
    for row in E:
        key, typ, cname, aliases = row[:4]
        ev = row[4] if len(row) > 4 else None
        if ev is not None and any(ev in ln for ln in lines):
            out.append(row)
            continue
        if ev is None:
            if any(f in ln for ln in lines for f in aliases + [cname]):
                out.append(row)
                continue
            ev = max(aliases or [cname], key=len)
        out.append((key, typ, cname, aliases, _piece(lines, ev)))
    return out


def trad(name, E, R):
    """For a traditional-character text: aliases and evidence are written in simplified characters and
    mapped back to the exact traditional surface (OpenCC t2s keeps the length of these strings)."""
    from opencc import OpenCC
    t2s = OpenCC('t2s')
    text = _text(name)
    simp = t2s.convert(text)
    assert len(simp) == len(text)

    def back(s):
        i = simp.find(s)
        if i < 0:
            raise SystemExit('%s: not in text (simplified): %s' % (name, s))
        return text[i:i + len(s)]
    E2 = [(k, t, n, [back(a) for a in al]) + ((back(r[4]),) if len(r) > 4 and r[4] else ())
          for r in E for (k, t, n, al) in [r[:4]]]
    R2 = [(h, rel, t, back(ev)) for h, rel, t, ev in R]
    return E2, R2
