"""``anonymise text``: stdin to stdout, files, terms, reports, and exit 2 on bad input."""
import io
import json
import sys

import pytest

from anonymiser.cli import main

TEXT = "Dr Ottoline Brabazon of Quillon Biologics said it worked. Mail o.b@quillon.com"


def _run(monkeypatch, capsys, argv, stdin=b""):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_stdin_to_stdout(monkeypatch, capsys):
    code, out, _ = _run(monkeypatch, capsys, ["text"], TEXT.encode())
    assert code == 0
    assert out == "Dr [Person A] of [Organisation A] said it worked. Mail [Email A]"


def test_file_terms_and_full_report(tmp_path, monkeypatch, capsys):
    (tmp_path / "in.txt").write_text("Tarnbeck made it.", encoding="utf-8")
    (tmp_path / "terms.txt").write_text("Tarnbeck\n\n", encoding="utf-8")
    report = tmp_path / "report.json"
    code, out, _ = _run(monkeypatch, capsys, ["text", str(tmp_path / "in.txt"), "--terms", str(tmp_path / "terms.txt"),
                                              "--report", str(report)])
    assert code == 0 and "Tarnbeck" not in out
    assert json.loads(report.read_text(encoding="utf-8"))["findings"][0]["original"] == "Tarnbeck"


def test_json_format_has_no_original_text(monkeypatch, capsys):
    code, out, _ = _run(monkeypatch, capsys, ["text", "--format", "json"], TEXT.encode())
    data = json.loads(out)
    assert code == 0 and "Brabazon" not in out and data["text"].startswith("Dr [Person A]")


def test_policy_file(tmp_path, monkeypatch, capsys):
    policy = tmp_path / "policy.yaml"
    policy.write_text("actions:\n  person: redact\n", encoding="utf-8")
    _, out, _ = _run(monkeypatch, capsys, ["text", "--policy", str(policy)], b"said Ottoline Brabazon today")
    assert out == "said [redacted] today"


@pytest.mark.parametrize(
    "argv, stdin",
    [
        (["text"], b"\xff\xfe bad bytes"),
        (["text", "/nonexistent/file.txt"], b""),
        (["text"], b"Zebulon " * (2 * 1024 * 1024 // 8 + 1)),
    ],
)
def test_bad_input_exits_2_with_one_line(monkeypatch, capsys, argv, stdin):
    code, out, err = _run(monkeypatch, capsys, argv, stdin)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("anonymise: error:") and "Zebulon" not in err


def test_the_cyclic_collector_is_paused_while_the_command_anonymises_and_resumed_after(monkeypatch, capsys):
    import gc

    from anonymiser.text import command
    seen = []
    real = command.anonymise_text
    monkeypatch.setattr(command, "anonymise_text", lambda *a, **k: seen.append(gc.isenabled()) or real(*a, **k))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Call Jo Bloggs on 07700 900123.")))
    assert gc.isenabled()
    assert main(["text"]) == 0
    assert seen == [False] and gc.isenabled()
    assert "Jo Bloggs" not in capsys.readouterr().out
