"""`resumefit config show`: the effective configuration, as YAML, and the files it came from."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from resumefit.cli.app import app, user_errors, write_output

config_app = typer.Typer(help="Show the configuration resumefit would use.", no_args_is_help=True)
app.add_typer(config_app, name="config")


@config_app.command("show")
def show_command(
    resume: Annotated[
        Path | None, typer.Argument(help="Show the settings for this resume (default: the current folder).")
    ] = None,
) -> None:
    """Print the effective settings (defaults < user file < project .resumefit.yaml) as YAML."""
    import yaml

    from resumefit.settings import describe, load_settings, user_config_path

    with user_errors():
        settings = load_settings(resume if resume is not None else Path.cwd() / "resume")
    values = describe(settings)
    sources = values.pop("sources")
    header = [f"# from: {', '.join(sources)}", f"# user configuration file: {user_config_path()}"]
    body = yaml.safe_dump(values, sort_keys=False, allow_unicode=True, default_flow_style=False)
    sources_yaml = yaml.safe_dump({"sources": sources}, sort_keys=False, allow_unicode=True)
    write_output("\n".join(header) + "\n" + body + sources_yaml, None)
