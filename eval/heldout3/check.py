"""Build gold/ and validate this set with the shared tools, decoding GB18030 texts.

eval/tools/build_gold.py and eval/tools/validate_set.py read every text as UTF-8. Text 10 of this set is
deliberately encoded in GB18030 (the extractor must detect it), so this wrapper loads both tools
unchanged and only swaps their `open` for one that decodes a texts/*.txt file as UTF-8 and falls back
to GB18030. Run from the repository root:
    python3 eval/heldout3/check.py            # validate (max 6500 chars per text)
    python3 eval/heldout3/check.py --build    # regenerate gold/ from spec/, then validate
"""
import builtins
import importlib.util
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.path.join(HERE, '..', 'tools')


class Raw(bytes):
    def decode(self, encoding='utf-8', errors='strict'):
        try:
            return bytes.decode(self, encoding, errors)
        except UnicodeDecodeError:
            return bytes.decode(self, 'gb18030', errors)


class _RawFile:
    def __init__(self, data):
        self.data = data

    def read(self):
        return self.data

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def close(self):
        pass


def fallback_open(path, mode='r', *args, **kwargs):
    p = os.path.abspath(str(path))
    if p.endswith('.txt') and os.path.basename(os.path.dirname(p)) == 'texts' and 'w' not in mode:
        data = Raw(builtins.open(p, 'rb').read())
        return _RawFile(data) if 'b' in mode else io.StringIO(data.decode('utf-8'))
    return builtins.open(path, mode, *args, **kwargs)


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(TOOLS, name + '.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.open = fallback_open
    return mod


def main():
    if '--build' in sys.argv[1:]:
        bg = load('build_gold')
        bg.ROOT, bg.HERE = HERE, os.path.join(HERE, 'spec')
        for f in sorted(os.listdir(bg.HERE)):
            if f[:2].isdigit() and f.endswith('.py'):
                bg.build(f[:-3])
                print('built', f[:-3])
    vs = load('validate_set')
    sys.argv = ['validate_set.py', HERE, '--max-chars', '6500']
    return vs.main()


if __name__ == '__main__':
    sys.exit(main())
