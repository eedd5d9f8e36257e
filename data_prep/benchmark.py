"""The measurement of record: ``python -m data_prep.benchmark [--sizes 1000,10000] [--browser]``.

A seeded generator writes realistic corpora (paragraphs of the repository's own articles,
mixed, re-dated 2019–2025, with other officials of the same country, other outlets), then:

* prep: ``update_store`` on one core and on all cores: articles/s, MB/s, peak memory, store size;
* update: the re-run after one article is added to a prepared corpus;
* app: a cold start from the store and the script time of a filter change on every page
  (AppTest), each size beside a 17-article corpus measured in the same run;
* browser (``--browser``): the Timeline in Chromium against ``streamlit run``, from navigation
  until the script is idle, at the largest size.

Every measurement runs in its own process, so its peak memory (``ru_maxrss``) is its own.
Corpora and stores are kept under ``--workdir`` and reused when already generated.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SOURCE_FOLDERS = (
    REPO_ROOT / "seeds",
    REPO_ROOT / "tests" / "heldout" / "articles",
    REPO_ROOT / "tests" / "dev2" / "articles",
)
SMALL = 17
FIRST_DAY, LAST_DAY = date(2019, 1, 1), date(2025, 12, 31)
OUTLETS = (
    "Reuters", "AFP", "Associated Press", "TASS", "RIA Novosti", "Interfax", "IRNA", "Tasnim",
    "Mehr News", "Press TV", "Fars News", "Al Jazeera", "Al-Monitor", "BBC News", "The Guardian",
    "Financial Times", "The New York Times", "The Washington Post", "Bloomberg", "Kommersant",
    "Meduza", "The Moscow Times", "Iran International", "Tehran Times", "Middle East Eye",
    "Anadolu Agency", "Daily Sabah", "The Hindu", "South China Morning Post", "Deutsche Welle",
    "Radio Farda", "RFE/RL", "Euronews", "Haaretz", "The Times of Israel", "Asharq Al-Awsat",
    "Caspian News", "Trend", "Kyiv Independent", "Ukrainska Pravda",
)  # fmt: skip
REPORTERS = (
    "Guy Faulconbridge", "Parisa Hafezi", "Maxim Rodionov", "Elwely Elwelly", "Dmitry Antonov",
    "Nadeen Ebrahim", "Andrew Osborn", "Laila Bassam", "Olzhas Auyezov", "Yomna Ehab",
)  # fmt: skip
_HEADER = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s+")
_YEAR = re.compile(r"\b(20[12]\d)\b")


# --- the generator -----------------------------------------------------------------------


@dataclass(frozen=True)
class SourceArticle:
    name: str
    year: int
    paragraphs: tuple[str, ...]


def source_articles(folders=SOURCE_FOLDERS) -> list[SourceArticle]:
    """The repository's articles as paragraphs, their date header removed."""
    found = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            header = re.match(r"^\s*date (\d{4})-\d{2}-\d{2}", text)
            years = [int(y) for y in _YEAR.findall(text)] or [2024]
            body = _HEADER.sub("", text)
            paragraphs = tuple(p.strip() for p in body.split("\n") if len(p.strip()) > 40)
            if paragraphs:
                year = int(header.group(1)) if header else max(years)
                found.append(SourceArticle(path.name, year, paragraphs))
    return found


def person_swaps(lexicon: Path = REPO_ROOT / "data_prep" / "lexicons" / "actors.csv"):
    """Per country, the full names of its officials in the actor registry."""
    import csv

    by_country: dict[str, list[str]] = {}
    with lexicon.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["type"] == "person":
                by_country.setdefault(row["country"], []).append(row["name"])
    return {country: names for country, names in by_country.items() if len(names) > 1}


def _swap_people(text: str, rng: random.Random, people: dict[str, list[str]]) -> str:
    """Replace some officials (full name and surname) by others of the same country."""
    mapping = {}
    for names in people.values():
        for name in names:
            if name in text and rng.random() < 0.35:
                other = rng.choice([n for n in names if n != name])
                mapping[name] = other
                mapping[name.split()[-1]] = other.split()[-1]
    if not mapping:
        return text
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(mapping, key=len)[::-1])) + r")\b")
    return pattern.sub(lambda match: mapping[match.group(1)], text)


def _redated(text: str, shift: int) -> str:
    return _YEAR.sub(lambda m: str(min(2026, max(2010, int(m.group(1)) + shift))), text)


def _paragraph_mix(rng: random.Random, pool: list[SourceArticle]) -> tuple[SourceArticle, list]:
    """A window of one article, sometimes with a paragraph or two of another spliced in."""
    base = rng.choice(pool)
    size = rng.randint(3, min(12, max(3, len(base.paragraphs))))
    start = rng.randint(0, max(0, len(base.paragraphs) - size))
    chosen = list(base.paragraphs[start : start + size])
    for _ in range(rng.choice((0, 0, 1, 2))):
        donor = rng.choice(pool)
        chosen.insert(rng.randint(1, len(chosen)), rng.choice(donor.paragraphs))
    return base, chosen


def generate_article(rng: random.Random, pool, people) -> tuple[str, dict]:
    """One article (text with a date header) and its sources.csv row."""
    base, paragraphs = _paragraph_mix(rng, pool)
    published = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    body = _redated(_swap_people("\n\n".join(paragraphs), rng, people), published.year - base.year)
    credit = f"(Reporting by {rng.choice(REPORTERS)}; editing by {rng.choice(REPORTERS)})"
    text = f" date {published.isoformat()} {body}\n\n{credit}\n"
    title = " ".join(paragraphs[0].split()[: rng.randint(8, 14)]).rstrip(",;:")
    outlet = rng.choice(OUTLETS)
    return text, {"title": title, "outlet": outlet, "published": published.isoformat()}


def write_corpus(folder: Path, n_articles: int, seed: int = 20261101) -> int:
    """``n_articles`` distinct generated articles and their ``sources.csv`` in ``folder``."""
    import csv

    folder.mkdir(parents=True, exist_ok=True)
    rng, pool, people = random.Random(seed), source_articles(), person_swaps()
    seen: set[str] = set()
    rows = []
    while len(rows) < n_articles:
        text, meta = generate_article(rng, pool, people)
        key = hashlib.sha256(" ".join(text.split()).encode()).hexdigest()
        if key in seen:
            continue
        seen.add(key)
        name = f"{len(rows):06d}_{key[:12]}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        rows.append({"file": name, **meta, "url": "", "date_basis": "metadata", "notes": ""})
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        fields = ["file", "title", "outlet", "url", "published", "date_basis", "notes"]
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def corpus_for(workdir: Path, n_articles: int) -> Path:
    folder = workdir / f"corpus_{n_articles}"
    done = folder / ".complete"
    if not done.exists():
        write_corpus(folder, n_articles)
        done.write_text("ok")
    return folder


# --- one measurement per process ---------------------------------------------------------


def peak_mb(children: bool = False) -> float:
    import resource

    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024


def cpu_seconds() -> float:
    """User and system CPU time of this process and its finished children."""
    import resource

    used = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return sum(usage.ru_utime + usage.ru_stime for usage in used)


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1_048_576


def measure_prep(corpus: Path, store: Path, workers: int) -> dict:
    from data_prep.store import update_store

    started = time.perf_counter()
    report = update_store(corpus, store, workers=workers)
    seconds = time.perf_counter() - started
    n_bytes = sum(p.stat().st_size for p in corpus.glob("*.txt"))
    return {
        "articles": report.processed + report.reused,
        "seconds": seconds,
        "articles_per_s": (report.processed + report.reused) / seconds,
        "mb_per_s": n_bytes / 1_048_576 / seconds,
        "input_mb": n_bytes / 1_048_576,
        "peak_mb": peak_mb(),
        "workers_peak_mb": peak_mb(children=True),
        "store_mb": folder_mb(store),
        "cpu_s": cpu_seconds(),
        "load_avg_1min": os.getloadavg()[0],
    }


ADDED_ARTICLE = "zz_benchmark_added.txt"


def measure_update(corpus: Path, store: Path) -> dict:
    """The re-run after one article is added to the prepared corpus: a copy of its first
    article with one more sentence. The article is then taken out again and the store brought
    back in line with the corpus, untimed, so the next run finds them as they were."""
    from data_prep.store import update_store

    first = min(corpus.glob("*.txt"))
    added = corpus / ADDED_ARTICLE
    text = first.read_text(encoding="utf-8")
    added.write_text(f"{text}\n\nRussia and Iran signed a memorandum on Monday.\n", "utf-8")
    try:
        started = time.perf_counter()
        report = update_store(corpus, store)
        seconds = time.perf_counter() - started
        peak = peak_mb()
    finally:
        added.unlink()
    update_store(corpus, store)
    return {
        "seconds": seconds, "processed": report.processed, "reused": report.reused,
        "spliced": report.spliced, "peak_mb": peak,
    }  # fmt: skip


APP = str(REPO_ROOT / "dashboard" / "app.py")
PAGES = (
    "views/overview.py", "views/timeline.py", "views/actors.py", "views/balance.py",
    "views/claims.py", "views/sources.py", "views/data.py", "views/upload.py",
)  # fmt: skip


def _timed_run(app) -> float:
    started = time.perf_counter()
    app.run()
    elapsed = time.perf_counter() - started
    if app.exception:
        raise RuntimeError([error.value for error in app.exception])
    return elapsed


def measure_app(corpus: Path, store: Path, repeats: int = 3) -> dict:
    """Cold start from the store, then per page: open it, then switch a filter (best of N)."""
    os.environ.update(CORPUS_DIR=str(corpus), STORE_DIR=str(store))
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(APP, default_timeout=30)
    result = {"cold_start_s": _timed_run(app), "pages": {}}
    for page in PAGES:
        app.switch_page(page)
        opened = _timed_run(app)
        clicks = []
        for value in (["tension"], []) * repeats:
            app.pills(key="filter_polarities").set_value(value)
            clicks.append(_timed_run(app))
        result["pages"][page] = {
            "open_s": opened,
            "first_filter_s": clicks[0],
            "filter_s": min(clicks),
        }
    result["peak_mb"] = peak_mb()
    result["load_avg_1min"] = os.getloadavg()[0]
    return result


# --- the Timeline in a real browser ------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic"]  # fmt: skip
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serve(corpus: Path, store: Path) -> tuple[subprocess.Popen, str]:
    """``streamlit run`` on a free port, returned once it answers its health check."""
    import urllib.request

    port = _free_port()
    command = [sys.executable, "-m", "streamlit", "run", "dashboard/app.py",
               "--server.headless", "true", "--server.address", "127.0.0.1",
               "--server.port", str(port), "--browser.gatherUsageStats", "false",
               "--server.fileWatcherType", "none"]  # fmt: skip
    env = {**os.environ, "CORPUS_DIR": str(corpus), "STORE_DIR": str(store)}
    server = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(240):
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as reply:
                if reply.read() == b"ok":
                    return server, base
        except OSError:
            time.sleep(0.25)
    server.kill()
    raise RuntimeError("streamlit did not start")


def _server_peak_mb(server: subprocess.Popen) -> float:
    for line in Path(f"/proc/{server.pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _settled(page, started: float, ready: str) -> float:
    """Seconds from ``started`` until ``ready`` shows and then the script is idle."""
    page.wait_for_selector(ready, timeout=120_000)
    page.wait_for_selector(IDLE, timeout=120_000)
    return time.perf_counter() - started


def _timeline_session(page, base: str, screenshot: Path | None) -> dict:
    timings = {}
    started = time.perf_counter()
    page.goto(base)
    timings["first_page_s"] = _settled(page, started, ".js-plotly-plot .main-svg")
    started = time.perf_counter()
    page.goto(f"{base}/timeline")
    timings["timeline_s"] = _settled(page, started, ".js-plotly-plot .main-svg")
    started = time.perf_counter()
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_role("button", name="tension", exact=True).click()
    page.wait_for_url("**polarity=tension**", timeout=120_000)
    timings["timeline_filter_s"] = _settled(page, started, ".js-plotly-plot .main-svg")
    if screenshot:
        page.goto(f"{base}/timeline")
        _settled(page, time.perf_counter(), ".js-plotly-plot .main-svg")
        height = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
        page.set_viewport_size({"width": 1400, "height": min(max(height, 800), 2400)})
        page.wait_for_timeout(1500)
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(screenshot))
    return timings


def timeline_in_browser(corpus: Path, store: Path, screenshot: Path | None = None) -> dict:
    """The first page, the Timeline and a filter click on it, timed in Chromium."""
    from playwright.sync_api import sync_playwright

    server, base = _serve(corpus, store)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_context(viewport={"width": 1400, "height": 1100}).new_page()
            timings = _timeline_session(page, base, screenshot)
            browser.close()
        timings["server_peak_mb"] = _server_peak_mb(server)
    finally:
        server.terminate()
        server.wait(timeout=20)
    return timings


# --- the report --------------------------------------------------------------------------


def _prep_lines(prep: dict) -> list[str]:
    lines = ["| articles | cores | seconds | articles/s | MB/s | peak MB (main) | store MB |",
             "|---:|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    for key, row in prep.items():
        size, workers = key.split("/")
        lines.append(
            f"| {int(size):,} | {workers} | {row['seconds']:.1f} | {row['articles_per_s']:.1f} "
            f"| {row['mb_per_s']:.3f} | {row['peak_mb']:.0f} | {row['store_mb']:.1f} |"
        )
    return lines


_APP_MEASURES = {
    "open_s": "open",
    "first_filter_s": "first filter click",
    "filter_s": "repeat filter click",
}


def _app_lines(app: dict) -> list[str]:
    sizes = list(app)
    lines = ["| | " + " | ".join(f"{int(s):,} articles" for s in sizes) + " |",
             "|---|" + "---:|" * len(sizes)]  # fmt: skip
    lines.append(
        "| cold start (s) | " + " | ".join(f"{app[s]['cold_start_s']:.2f}" for s in sizes) + " |"
    )
    lines.append("| peak MB | " + " | ".join(f"{app[s]['peak_mb']:.0f}" for s in sizes) + " |")
    for page in PAGES:
        name = page.split("/")[-1][:-3]
        for what, label in _APP_MEASURES.items():
            cells = " | ".join(f"{app[s]['pages'][page][what]:.2f}" for s in sizes)
            lines.append(f"| {name}: {label} (s) | {cells} |")
    return lines


def report(results: dict) -> str:
    lines = [f"cores: {results['cores']}", "", "prep (update_store)", *_prep_lines(results["prep"])]
    for size, row in results.get("update", {}).items():
        lines.append(
            f"re-run after adding one article to {int(size):,}: {row['seconds']:.1f} s "
            f"({row['processed']} processed, {row['reused']:,} reused"
            f"{', spliced' if row.get('spliced') else ''}), "
            f"peak {row['peak_mb']:.0f} MB"
        )
    lines += ["", "app (AppTest script time)", *_app_lines(results["app"])]
    for size, row in results.get("browser", {}).items():
        cells = ", ".join(f"{key} {value:.2f}" for key, value in row.items())
        lines.append(f"browser {int(size):,} articles: {cells}")
    return "\n".join(lines)


def _child(kind: str, **arguments) -> dict:
    """Run one measurement in a fresh interpreter and return what it printed as JSON."""
    command = [sys.executable, "-m", "data_prep.benchmark", "--child", kind, "--json",
               json.dumps({key: str(value) for key, value in arguments.items()})]  # fmt: skip
    done = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{kind} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_child(kind: str, arguments: dict) -> dict:
    paths = {key: Path(value) for key, value in arguments.items() if key in ("corpus", "store")}
    if kind == "prep":
        return measure_prep(paths["corpus"], paths["store"], int(arguments["workers"]))
    if kind == "app":
        return measure_app(paths["corpus"], paths["store"])
    if kind == "update":
        return measure_update(paths["corpus"], paths["store"])
    shot = arguments.get("screenshot")
    return timeline_in_browser(paths["corpus"], paths["store"], Path(shot) if shot else None)


# --- the run of record -------------------------------------------------------------------


def benchmark(sizes: list[int], workdir: Path, browser: bool, screenshot: Path | None) -> dict:
    cores = os.cpu_count() or 1
    results: dict = {"cores": cores, "prep": {}, "update": {}, "app": {}, "browser": {}}
    for size in [SMALL, *sizes]:
        corpus = corpus_for(workdir, size)
        print(f"[{size}] corpus ready: {corpus}", file=sys.stderr)
        for workers in (1, cores) if size >= 1000 else (cores,):
            store = workdir / f"store_{size}_w{workers}"
            if size > 10_000 and workers == 1:
                continue  # an hour on one core; the 1k and 10k runs give the rate
            shutil.rmtree(store, ignore_errors=True)  # a build, not a check of a current store
            results["prep"][f"{size}/{workers}"] = _child(
                "prep", corpus=corpus, store=store, workers=workers
            )
            print(f"[{size}] prep on {workers}: {results['prep'][f'{size}/{workers}']}",
                  file=sys.stderr)  # fmt: skip
        store = workdir / f"store_{size}_w{cores}"
        if size >= 1000:
            results["update"][str(size)] = _child("update", corpus=corpus, store=store)
            print(f"[{size}] update: {results['update'][str(size)]}", file=sys.stderr)
        results["app"][str(size)] = _child("app", corpus=corpus, store=store)
        print(f"[{size}] app: {results['app'][str(size)]}", file=sys.stderr)
    if browser:
        for size in (SMALL, max(sizes)):
            store = workdir / f"store_{size}_w{cores}"
            shot = screenshot if size == max(sizes) else None
            extra = {"screenshot": shot} if shot else {}
            results["browser"][str(size)] = _child(
                "browser", corpus=corpus_for(workdir, size), store=store, **extra
            )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m data_prep.benchmark", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes (default 1000,10000)")
    parser.add_argument("--workdir", default="/tmp/rim-benchmark", help="corpora and stores")
    parser.add_argument("--browser", action="store_true", help="also time the Timeline in Chromium")
    parser.add_argument("--screenshot", default=None, help="save the largest Timeline here")
    parser.add_argument("--output", default=None, help="write the results as JSON here")
    parser.add_argument("--generate", type=int, default=None, help="only write a corpus of N")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--json", default="{}", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run_child(args.child, json.loads(args.json))))
        return 0
    workdir = Path(args.workdir)
    if args.generate:
        print(corpus_for(workdir, args.generate))
        return 0
    sizes = [int(size) for size in args.sizes.split(",")]
    shot = Path(args.screenshot) if args.screenshot else None
    results = benchmark(sizes, workdir, args.browser, shot)
    print(report(results))
    if args.output:
        Path(args.output).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
