"""Stanza's models: where they live, checking they are there, loading a pipeline (cached)
and the one explicit download. Nothing here downloads unless the user asks: pipelines are
built with ``download_method=None`` from a model folder given as an argument or by
``STANZA_RESOURCES_DIR``."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..errors import (
    EngineUnavailableError,
    LanguageModelsMissingError,
    ModelsMissingError,
    ResourcesFileMissingError,
)

__all__ = ["DEFAULT_PROCESSORS", "DOWNLOAD_COMMAND", "download_models", "load_pipeline", "resolve_models_dir"]

#: What the engine asks stanza for; add ",coref" for coreference chains (a large model).
DEFAULT_PROCESSORS = "tokenize,pos,lemma,depparse,ner"
DOWNLOAD_COMMAND = "python -m quoteprov models download"

_PIPELINES: dict[tuple[Any, ...], Any] = {}


def _import_stanza() -> Any:
    try:
        import stanza
    except ImportError as exc:
        raise EngineUnavailableError(
            "the 'stanza' engine needs the stanza package, which is not installed; install it "
            "with pip install 'quoteprov[stanza]' (it brings torch), or use engine='rules'"
        ) from exc
    return stanza


def resolve_models_dir(models_dir: str | os.PathLike[str] | None = None) -> Path:
    """The model folder: the argument, else ``STANZA_RESOURCES_DIR``, else stanza's default."""
    if models_dir is not None:
        return Path(models_dir).expanduser()
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env).expanduser()
    try:
        from stanza.resources.common import DEFAULT_MODEL_DIR
    except ImportError:
        return Path("~/stanza_resources").expanduser()
    return Path(str(DEFAULT_MODEL_DIR)).expanduser()


def _check_models(lang: str, directory: Path) -> None:
    """Say plainly what is missing before stanza says it in its own words."""
    fetch = f"run '{DOWNLOAD_COMMAND} --lang {lang} --models-dir {directory}' on a machine with internet"
    if not directory.is_dir():
        raise ModelsMissingError(
            f"the 'stanza' engine needs models in {str(directory)!r}, and there is no such folder; "
            f"{fetch}, set STANZA_RESOURCES_DIR or pass models_dir= (--models-dir), or use engine='rules'"
        )
    resources = directory / "resources.json"
    if not resources.is_file():
        raise ResourcesFileMissingError(
            f"the stanza model folder {str(directory)!r} has no resources.json, so it is not a complete "
            f"download; {fetch}, or point models_dir= (--models-dir) at the folder that has it"
        )
    try:
        known = json.loads(resources.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ResourcesFileMissingError(
            f"{str(resources)!r} cannot be read as JSON ({exc}); download the models again: {fetch}"
        ) from exc
    if not isinstance(known, dict) or lang not in known:
        raise LanguageModelsMissingError(
            f"stanza's resources.json in {str(directory)!r} lists no language {lang!r}: stanza has no "
            f"models for it, or the code is wrong (English is 'en'); use engine='rules' for it"
        )
    entry = known[lang]
    code = entry.get("alias", lang) if isinstance(entry, dict) else lang
    if not (directory / code).is_dir():
        raise LanguageModelsMissingError(
            f"no stanza models for language {lang!r} in {str(directory)!r} (looked for {str(directory / code)!r}); "
            f"{fetch}"
        )


def load_pipeline(
    lang: str = "en",
    *,
    models_dir: str | os.PathLike[str] | None = None,
    processors: str = DEFAULT_PROCESSORS,
    **options: Any,
) -> Any:
    """The stanza ``Pipeline`` for these settings, built once and reused (never downloads).

    ``options`` go to ``stanza.Pipeline`` as they are (``use_gpu=False``,
    ``tokenize_pretokenized=True``…).
    """
    stanza = _import_stanza()
    directory = resolve_models_dir(models_dir)
    key = (lang, str(directory), processors, tuple(sorted((k, repr(v)) for k, v in options.items())))
    cached = _PIPELINES.get(key)
    if cached is not None:
        return cached
    _check_models(lang, directory)
    options.setdefault("logging_level", "WARN")
    try:
        pipeline = stanza.Pipeline(
            lang=lang, dir=str(directory), processors=processors, download_method=None, **options
        )
    except FileNotFoundError as exc:
        raise ModelsMissingError(
            f"stanza could not load its models for {lang!r} with processors {processors!r} from "
            f"{str(directory)!r} ({exc}); run '{DOWNLOAD_COMMAND} --lang {lang} --models-dir {directory}' "
            f"on a machine with internet, or use engine='rules'"
        ) from exc
    except ValueError as exc:
        if "No processors to load" not in str(exc):
            raise
        raise LanguageModelsMissingError(
            f"stanza has no models for language {lang!r} in {str(directory)!r} ({exc}); use engine='rules'"
        ) from exc
    _PIPELINES[key] = pipeline
    return pipeline


def download_models(
    lang: str = "en",
    *,
    models_dir: str | os.PathLike[str] | None = None,
    processors: str | None = None,
) -> Path:
    """Fetch stanza's models for ``lang`` into the model folder (needs internet); returns the folder.

    The one place quoteprov downloads anything, and only when called.
    """
    stanza = _import_stanza()
    directory = resolve_models_dir(models_dir)
    try:
        stanza.download(lang, model_dir=str(directory), processors=processors or DEFAULT_PROCESSORS)
    except Exception as exc:  # stanza raises requests', OS and its own errors here
        raise ModelsMissingError(
            f"downloading stanza's models for {lang!r} into {str(directory)!r} failed "
            f"({type(exc).__name__}: {exc}); check the internet connection and the language code"
        ) from exc
    return directory
