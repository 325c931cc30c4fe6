"""Scale the sample reports into a bigger benchmark corpus: ``N`` varied copies of every file.

Copy ``k`` of a file rotates the digits by ``k`` (years, counts, dates change) and rotates a set of
common surname characters by ``k`` (person names and the place names that use them change), so no
two copies are the same file (the duplicate-file detector would drop it) and the graph grows with
the corpus as it would with new reports. Copy 0 is the original text. Each copy stays a separate
document, so the within-document repeated-passage detector sees what it sees in the original.

    python benchmarks/make_corpus.py --scale 10 --out /tmp/zhkg-10x
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = (REPO.parent / "shared" / "corpus", REPO / "corpus" / "demo")

# 73 common surnames (a prime count: with the 10-digit rotation, copies stay distinct up to 730).
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭林罗郑梁谢宋唐韩冯邓曹彭肖董袁潘蒋蔡杜魏吕丁沈姚卢姜崔钟谭陆"
    "汪范廖贾夏韦邹孟熊秦邱尹薛闫雷侯陶黎贺顾毛郝龚邵钱覃戴"
)
DIGITS = "0123456789"
MAX_COPIES = len(SURNAMES) * len(DIGITS)
assert len(set(SURNAMES)) == len(SURNAMES) == 73


def default_source() -> Path:
    """``../shared/corpus`` when it is there, else the demo corpus shipped in the repository."""
    for src in SOURCES:
        if src.is_dir() and any(src.glob("*.txt")):
            return src
    raise FileNotFoundError("no sample corpus: neither ../shared/corpus nor corpus/demo has .txt files")


def variant(text: str, k: int) -> str:
    """Copy ``k`` of ``text``: digits and surname characters rotated by ``k`` (``k = 0``: unchanged)."""
    if k == 0:
        return text
    table = {ord(c): DIGITS[(i + k) % len(DIGITS)] for i, c in enumerate(DIGITS)}
    table.update({ord(c): SURNAMES[(i + k) % len(SURNAMES)] for i, c in enumerate(SURNAMES)})
    return text.translate(table)


def make_corpus(scale: int, out: Path, source: Path | None = None) -> list[Path]:
    """Write ``scale`` copies of every ``.txt`` in ``source`` into ``out`` (emptied first)."""
    if not 1 <= scale <= MAX_COPIES:
        raise ValueError(f"scale must be 1..{MAX_COPIES}")
    source = source or default_source()
    files = sorted(source.glob("*.txt"))
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    written = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        for k in range(scale):
            target = out / f"{path.stem}_x{k:03d}.txt"
            target.write_text(variant(text, k), encoding="utf-8")
            written.append(target)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=10, help="copies of every sample file (1..730)")
    parser.add_argument("--src", type=Path, help="folder of sample .txt files (default: ../shared/corpus or corpus/demo)")
    parser.add_argument("--out", type=Path, help="output folder (default: a new temporary folder)")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix=f"zhkg-{args.scale}x-"))
    files = make_corpus(args.scale, out, args.src)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    print(f"{len(files)} files, {chars} characters in {out}")


if __name__ == "__main__":
    main()
