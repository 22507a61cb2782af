"""The README's Python example runs as written."""
import os
import re


def test_readme_python_example_runs(source_dir, tmp_path):
    text = (source_dir / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert blocks, "the README has a Python example"
    cwd = os.getcwd()
    os.chdir(tmp_path)  # the example creates cases.db in the working directory
    try:
        namespace = {}
        exec(compile(blocks[0], "README.md", "exec"), namespace)
        # The case-file audit example continues with the same store.
        exec(compile(blocks[1], "README.md", "exec"), namespace)
    finally:
        os.chdir(cwd)
    assert namespace["d"].due.isoformat() == "2024-06-11"
    assert (tmp_path / "cases.db").exists()
    assert len(namespace["results"]) == 500 and namespace["run"].cases > 0
