"""`python -m etl extract FILE | head` : when the program reading the output stops before it ends, extract stops
quietly, with no traceback (the guide: never a traceback). Negative: read whole, the output is complete JSON."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = "某区政府工作报告\n\n一、2022年工作回顾\n\n" + "全区地区生产总值完成612亿元,增长5.1%。\n" * 400


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(TEXT, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "etl", "extract", "--json", str(report)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(200)
    proc.stdout.close()   # the reader goes away, as head does
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in err, err


def test_read_whole_the_output_is_complete(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(TEXT, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "etl", "extract", "--json", str(report)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "Traceback" not in run.stderr
    assert any(r["indicator"] == "gdp" for r in json.loads(run.stdout))
