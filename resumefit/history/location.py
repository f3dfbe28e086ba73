"""Where the history store lives: --store, then RESUMEFIT_STORE, then the platform's user data directory."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from resumefit.errors import StoreError

STORE_ENV_VAR = "RESUMEFIT_STORE"
STORE_FILE_NAME = "history.sqlite3"


def default_store_path() -> Path:
    """The store used when neither --store nor RESUMEFIT_STORE names one."""
    return Path(platformdirs.user_data_dir("resumefit")) / STORE_FILE_NAME


def resolve_store_path(option: str | Path | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The store path: the option when given, else the environment variable, else the default."""
    environ = os.environ if environ is None else environ
    chosen = option or environ.get(STORE_ENV_VAR) or default_store_path()
    return Path(chosen).expanduser()


def make_private_dirs(directory: Path) -> None:
    """Create `directory` and any missing parents with mode 0700; existing ones are left as they are."""
    missing: list[Path] = []
    current = directory
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        except OSError as err:
            raise StoreError(f"{path}: cannot create the history directory ({err.strerror})") from err
        os.chmod(path, 0o700)
