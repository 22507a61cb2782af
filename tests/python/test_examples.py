import os
import subprocess
import sys


def test_python_example_runs(source_dir):
    r = subprocess.run([sys.executable, str(source_dir / "examples" / "deadlines.py")],
                       capture_output=True, text=True, timeout=60, env=os.environ.copy())
    assert r.returncode == 0, r.stderr
    assert "refused:" in r.stdout and "2026-10-10" in r.stdout
