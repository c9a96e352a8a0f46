#!/usr/bin/env python3
"""Microsoft Presidio's side of the privacy benchmark: runs Presidio's analyzer over the corpus
and writes what it found, and how long it took, as JSON for circle-bench to score.

    presidio_side.py CORPUS NAMES OUTPUT

Presidio is set up as fairly as this machine allows: spaCy's blank English pipeline (no model
to download, so no statistical NER: names come only from the deny list), every predefined
recognizer for English, the UK ones switched on (NHS number, National Insurance number,
postcode), phone numbers for the UK region, and a deny-list recognizer for PERSON holding the
same participant and case names Circle is given: each full name and each of its words. Every
result is kept whatever its score (Presidio's default threshold is 0), for the entities that
stand for what the corpus labels (ENTITIES); US-only recognizers (driver's licence, bank
number, …) are not asked for, as a UK deployment would not ask for them.
"""
import json
import os
import sys
import tempfile
import time

# tldextract (Presidio's email recognizer) would fetch the public suffix list from the network on
# first use; its bundled snapshot is used instead, so the run is offline and not slowed by retries.
os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""

import spacy
from presidio_analyzer import AnalyzerEngine, PatternRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpEngineProvider
from presidio_analyzer.predefined_recognizers import (NhsRecognizer, PhoneRecognizer, UkNinoRecognizer,
                                                      UkPostcodeRecognizer)
from importlib.metadata import version


ENTITIES = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "UK_NHS", "UK_NINO", "UK_POSTCODE", "URL", "DATE_TIME",
            "LOCATION", "IP_ADDRESS"]


def deny_list(names):
    words = set()
    for name in names:
        words.add(name)
        for part in name.replace("-", " ").split():
            if len(part) >= 2:
                words.add(part)
    return sorted(words, key=lambda w: (-len(w), w))


def analyzer(names):
    # A blank pipeline on disk, named in Presidio's NLP engine configuration like any model.
    folder = os.path.join(tempfile.mkdtemp(prefix="presidio-blank-"), "en_blank")
    spacy.blank("en").to_disk(folder)
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": folder}]})
    nlp_engine = provider.create_engine()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    registry.remove_recognizer("PhoneRecognizer")
    registry.add_recognizer(PhoneRecognizer(supported_regions=("GB",)))
    loaded = {recognizer.name for recognizer in registry.recognizers}
    for recognizer in (NhsRecognizer(), UkNinoRecognizer(), UkPostcodeRecognizer()):
        if recognizer.name not in loaded:
            registry.add_recognizer(recognizer)
    registry.add_recognizer(PatternRecognizer(supported_entity="PERSON", name="ParticipantsAndCaseNames",
                                              deny_list=deny_list(names)))
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


def main(corpus_path, names_path, output_path):
    with open(corpus_path, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    with open(names_path, encoding="utf-8") as f:
        given = json.load(f)
    engine = analyzer(given["participants"] + given["case"])
    engine.analyze(texts[0], language="en", entities=ENTITIES)  # warm up: recognizers compile their patterns
    started, cpu = time.perf_counter(), time.process_time()
    found = [engine.analyze(text, language="en", entities=ENTITIES) for text in texts]
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    result = {
        "tool": f"presidio-analyzer {version('presidio-analyzer')}, spaCy {version('spacy')} blank English",
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "bytes": sum(len(text.encode("utf-8")) for text in texts),
        "recognizers": sorted(r.name for r in engine.registry.recognizers),
        "predictions": [[{"start": r.start, "end": r.end, "entity": r.entity_type, "score": r.score} for r in results]
                        for results in found],
    }
    with open(output_path, "w", encoding="utf-8") as f:
        json.dump(result, f)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: presidio_side.py CORPUS NAMES OUTPUT")
    main(*sys.argv[1:])
