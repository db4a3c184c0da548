"""A feed's version: the git commit of a checkout (read from .git without running git) and a content hash."""

import hashlib
import re
from pathlib import Path

HEX = re.compile(r"[0-9a-f]{40}([0-9a-f]{24})?")


def git_commit(folder: Path) -> str | None:
    """The commit checked out in `folder` when `folder` is the top of a git checkout (or worktree), else None.

    Reads `.git/HEAD`, then the branch's loose ref or `packed-refs`. Local edits that are not committed do not change
    the commit: the content hash says whether the files are the commit's."""
    dot_git = folder / ".git"
    try:
        if dot_git.is_file():  # a worktree or submodule: "gitdir: <path>"
            text = dot_git.read_text(encoding="utf-8").strip()
            if not text.startswith("gitdir:"):
                return None
            git_dir = (folder / text.removeprefix("gitdir:").strip()).resolve()
        elif dot_git.is_dir():
            git_dir = dot_git
        else:
            return None
        common = git_dir
        if (git_dir / "commondir").is_file():
            common = (git_dir / (git_dir / "commondir").read_text(encoding="utf-8").strip()).resolve()
        head = (git_dir / "HEAD").read_text(encoding="utf-8").strip()
        for _ in range(5):  # a symbolic ref may point at another symbolic ref
            if HEX.fullmatch(head):
                return head
            if not head.startswith("ref:"):
                return None
            ref = head.removeprefix("ref:").strip()
            head = _read_ref(git_dir, common, ref) or ""
        return None
    except OSError:
        return None


def _read_ref(git_dir: Path, common: Path, ref: str) -> str | None:
    for base in (git_dir, common):
        loose = base / ref
        if loose.is_file():
            return loose.read_text(encoding="utf-8").strip()
    packed = common / "packed-refs"
    if packed.is_file():
        for line in packed.read_text(encoding="utf-8").splitlines():
            parts = line.split(" ", 1)
            if len(parts) == 2 and parts[1] == ref and HEX.fullmatch(parts[0]):
                return parts[0]
    return None


def content_hash(digests: dict[str, bytes]) -> str:
    """sha256 over the sorted relative paths (with `/`) and the sha256 of each file's bytes: the same files give the
    same hash on any machine, in any order of reading."""
    total = hashlib.sha256()
    for rel in sorted(digests):
        total.update(rel.encode("utf-8"))
        total.update(b"\0")
        total.update(digests[rel])
        total.update(b"\n")
    return "sha256:" + total.hexdigest()


def file_digest(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def version_of(commit: str | None, hash_: str) -> str:
    return f"git:{commit}" if commit else hash_
