"""A feed's version: the git commit of a checkout, else a content hash that is stable and follows the files."""

import shutil

from airegister.feeds import read_litellm, read_models_dev

from .conftest import write

COMMIT = "f3fc692299671838c7c65fd8126bf84d81a2e817"


def test_content_hash_is_stable_and_changes_with_a_file(models_dev_path, models_dev, tmp_path):
    copy = tmp_path / "checkout"
    shutil.copytree(models_dev_path, copy)
    for path in copy.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    first = read_models_dev(copy)
    assert first.version == models_dev.version  # another place, same files: same version
    assert read_models_dev(copy).version == first.version
    target = copy / "models" / "anthropic" / "claude-fable-5.toml"
    target.write_text(target.read_text().replace('knowledge = "2026-01-31"', 'knowledge = "2026-02-28"'))
    changed = read_models_dev(copy)
    assert changed.version != first.version
    assert changed.models["anthropic/claude-fable-5"].knowledge.value == "2026-02-28"
    assert changed.models["anthropic/claude-fable-5"].knowledge.citation.version == changed.version


def test_a_git_checkout_is_versioned_by_its_commit(small_feed):
    write(small_feed, ".git/HEAD", "ref: refs/heads/dev\n")
    write(small_feed, ".git/refs/heads/dev", COMMIT + "\n")
    feed = read_models_dev(small_feed)
    assert feed.commit == COMMIT and feed.version == f"git:{COMMIT}"
    assert feed.content_hash.startswith("sha256:")
    assert feed.models["acme/alpha-one"].name.citation.version == f"git:{COMMIT}"


def test_packed_refs_detached_head_and_worktrees(small_feed, tmp_path):
    write(small_feed, ".git/HEAD", "ref: refs/heads/main\n")
    packed = f"# pack-refs with: peeled\n{'1' * 40} refs/heads/other\n{COMMIT} refs/heads/main\n"
    write(small_feed, ".git/packed-refs", packed)
    assert read_models_dev(small_feed).commit == COMMIT
    write(small_feed, ".git/HEAD", "2" * 40 + "\n")
    assert read_models_dev(small_feed).commit == "2" * 40
    shutil.rmtree(small_feed / ".git")
    common = tmp_path / "repo.git"
    write(common, "refs/heads/main", COMMIT + "\n")
    write(common, "worktrees/wt/HEAD", "ref: refs/heads/main\n")
    write(common, "worktrees/wt/commondir", "../..\n")
    write(small_feed, ".git", f"gitdir: {common / 'worktrees' / 'wt'}\n")
    assert read_models_dev(small_feed).commit == COMMIT


def test_a_broken_git_folder_falls_back_to_the_content_hash(small_feed):
    write(small_feed, ".git/HEAD", "ref: refs/heads/missing\n")
    feed = read_models_dev(small_feed)
    assert feed.commit is None and feed.version == feed.content_hash


def test_litellm_in_a_git_checkout(tmp_path, litellm_path):
    write(tmp_path, ".git/HEAD", COMMIT + "\n")
    path = write(tmp_path, "model_prices_and_context_window.json", '{"m": {"litellm_provider": "openai"}}\n')
    assert read_litellm(path).version == f"git:{COMMIT}"
