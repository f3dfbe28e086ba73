#!/usr/bin/env python3
"""Reconstruct the earlier review samples of resumefit's vocabulary and draw the next.

Run from a clone with its history: python -m tests.review_sample [OUT] (OUT defaults to review-sample/).
Reads the repository's git history (read-only: git ls-tree, cat-file, rev-parse, show) and writes only
under OUT. Set RESUMEFIT_REVIEW_WORKTREE to a checkout of the draw commit to have it checked too.

The rules are those of docs/vocabulary.md ("## Review of a sample" .. "## Seventh review of a sample").

What a concept's *entry* is, and what "changed or added between A and B" means
-----------------------------------------------------------------------------
An entry is the parsed YAML mapping of one item of a file's ``concepts`` list (so layout, key order,
comments, flow versus block style do not count), keyed by its ``id``. Format v2 (8de2ac0) added file-level
``defaults`` (keys a concept takes unless it sets them; the loader does ``{**defaults, **raw}``) and moved
the credentials' inline 'pursued' guards into ``defaults: {guards: [pursued]}``. So across 8de2ac0 there are
two readings:

* RAW: the mapping as written (defaults not applied);
* EFFECTIVE: the mapping with its file's defaults applied (what the loader builds).

"Changed or added between A and B" = the ids present at B whose entry at B differs from their entry at A,
or that are absent at A. "Changed by commit C" = the same between C's first parent and C, plus the ids C
removed (the docs' counts of the review commits are the changed-or-added ones: 37, 53, 59, 54, 39).

Which reading each rule needs is settled by the record:
* sample 1 spans the migration (f53dc16, before v2, against 29b81ac^, after it). Only RAW gives the
  1,726 of the first review and a sample holding its eleven found-wrong concepts; EFFECTIVE (what the third
  review's text says and what reviews 4-7 used) gives 1,571 and none of them, because every credential and
  licence gains ``guards: [pursued]`` from the new defaults and so looks changed.
* every later comparison lies after 8de2ac0 and the defaults of every file are identical from then to
  10d3981, so RAW and EFFECTIVE agree there (the script checks this); EFFECTIVE is used, as the docs say.
* the eighth draw (rule c, 2ec0c90 -> 10d3981): EFFECTIVE (= RAW, checked). Named guard definitions are
  not part of an entry; the script checks that no guard existing at 2ec0c90 was redefined by 10d3981
  (the five added guards are referenced only by concepts whose entries changed).
* the ninth draw (set RESUMEFIT_DRAW9 to its commit; it writes OUT/sample8/ and OUT/sample9/): the
  vocabulary at DRAW9 less samples 1-8, the concepts every review's fix commits changed (the eighth's are
  a4b08aa, c0e531c, d0c5d3a), the concepts changed or added since 2ec0c90 (the eighth draw's rule (c), the
  code sweep and the pass over every file), and the concepts naming a named guard added since 10d3981 or
  redefined by the eighth review's fixes. The 'pursued' guard gained two phrasings for a licence applied for
  (008e42e, a new licence concept, no review fix); the credentials naming it stay in, and the script says so.
* the tenth to twenty-first draws (set RESUMEFIT_DRAW10, then RESUMEFIT_DRAW11, _DRAW12, _DRAW13, _DRAW14,
  _DRAW15 .. _DRAW21 too; OUT/sample10/ .. sample21/):
  the vocabulary at the draw less every earlier sample, the concepts the fix commits of reviews 1-8 changed,
  and every concept changed or added since 2ec0c90 (which holds the later reviews' fixes and every pass) or
  naming a named guard added or redefined since the previous draw.
"""

from __future__ import annotations

import functools
import os
import random
import re
import shutil
import subprocess
import sys

import yaml

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = sys.argv[1] if len(sys.argv) > 1 else "review-sample"
DRAW = "10d3981"
SEED8 = 20261210
DRAW9 = os.environ.get("RESUMEFIT_DRAW9", "")  # the ninth draw's commit, once it is made
SEED9 = 20261211
# The tenth to twenty-first draws: (n, the draw's commit from RESUMEFIT_DRAW<n>, its seed). Each needs every
# earlier one set too; seeds run on from the ninth's (20261212 for the tenth .. 20261223 for the 21st).
LATER_DRAWS = [(n, os.environ.get(f"RESUMEFIT_DRAW{n}", ""), SEED9 + n - 9) for n in range(10, 22)]
# The eighth review's fix commits (docs "## Eighth review of a sample"); the code sweep that followed them
# changed only concepts (c) of the ninth rule already leaves out.
F8_COMMITS = ("a4b08aa", "c0e531c", "d0c5d3a")
WORKTREE = os.environ.get("RESUMEFIT_REVIEW_WORKTREE", "")

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# --------------------------------------------------------------------------------------------- git access
def git(*args: str) -> bytes:
    return subprocess.run(["git", "-C", REPO, *args], capture_output=True, check=True).stdout


@functools.lru_cache(None)
def rev(r: str) -> str:
    return git("rev-parse", "--verify", r + "^{commit}").decode().strip()


@functools.lru_cache(None)
def blob_text(sha: str) -> str:
    return git("cat-file", "blob", sha).decode("utf-8")


@functools.lru_cache(None)
def blob_data(sha: str):
    return yaml.load(blob_text(sha), Loader=Loader)


@functools.lru_cache(None)
def vocab_tree(r: str) -> dict[str, str]:
    """vocab/*.yaml path -> blob sha at commit r."""
    out = {}
    for line in git("ls-tree", rev(r), "vocab/").decode().splitlines():
        meta, path = line.split("\t", 1)
        _mode, kind, sha = meta.split()
        if kind == "blob" and path.endswith(".yaml"):
            out[path] = sha
    return out


@functools.lru_cache(None)
def load(r: str, effective: bool = True) -> dict[str, tuple[str, dict]]:
    """id -> (file, entry) for every concept of every vocab file holding a 'concepts' list at commit r."""
    res: dict[str, tuple[str, dict]] = {}
    for path, sha in sorted(vocab_tree(r).items()):
        data = blob_data(sha)
        if not isinstance(data, dict) or not isinstance(data.get("concepts"), list):
            continue  # headings.yaml, lexicon.yaml, guards.yaml
        defaults = data.get("defaults") or {}
        for raw in data["concepts"]:
            cid = raw["id"]
            assert isinstance(cid, str), (r, path, cid)
            assert cid not in res, f"duplicate id {cid} at {r}"
            res[cid] = (path, {**defaults, **raw} if effective else dict(raw))
    return res


def ids(r: str) -> set[str]:
    return set(load(r))


def defaults_at(r: str) -> dict[str, dict]:
    out = {}
    for path, sha in vocab_tree(r).items():
        data = blob_data(sha)
        if isinstance(data, dict) and data.get("defaults"):
            out[path] = data["defaults"]
    return out


def unchanged(a: str, b: str, effective: bool = True) -> set[str]:
    """ids present at both a and b with equal entries."""
    A, B = load(a, effective), load(b, effective)
    return {i for i in B if i in A and A[i][1] == B[i][1]}


def changed_or_added(a: str, b: str, effective: bool = True) -> set[str]:
    A, B = load(a, effective), load(b, effective)
    return {i for i in B if i not in A or A[i][1] != B[i][1]}


def commit_changes(c: str) -> tuple[set[str], set[str]]:
    """(changed or added, removed) by commit c against its first parent."""
    p = rev(c + "^")
    A, B = load(p), load(c)
    return {i for i in B if i not in A or A[i][1] != B[i][1]}, set(A) - set(B)


def fixes(*commits: str) -> tuple[set[str], int]:
    """ids changed, added or removed by the commits; and the changed-or-added count the docs give."""
    ca, rm = set(), set()
    for c in commits:
        a, r = commit_changes(c)
        ca |= a
        rm |= r
    return ca | rm, len(ca)


def draw(population: set[str], seed: int, k: int = 100) -> list[str]:
    random.seed(seed)
    return random.sample(sorted(population), k)


# ------------------------------------------------------------------------------------- verification record
results: list[tuple[str, bool, str]] = []


def check(label: str, ok: bool, detail: str = "") -> bool:
    results.append((label, ok, detail))
    print(f"  [{'ok' if ok else 'FAIL'}] {label}{': ' + detail if detail else ''}")
    return ok


def check_in_sample(n: int, sample: list[str], found_wrong: list[str], draw_point: str) -> None:
    at_draw = ids(draw_point)
    missing_at_draw = [w for w in found_wrong if w not in at_draw]
    outside = [w for w in found_wrong if w not in sample]
    check(
        f"sample {n}: the {len(found_wrong)} concepts its review found wrong existed at the draw",
        not missing_at_draw,
        ", ".join(missing_at_draw),
    )
    check(
        f"sample {n}: all {len(found_wrong)} found-wrong concepts are in the reconstructed sample",
        not outside,
        f"{len(found_wrong) - len(outside)} of {len(found_wrong)} in"
        + (f"; outside: {outside}" if outside else ""),
    )


def fix_report(n: str, fixed: set[str], sample: list[str], draw_point: str) -> None:
    at = fixed & ids(draw_point)
    print(
        f"    (info) review {n}'s fix commits touched {len(at)} ids that existed at its draw: "
        f"{len(at & set(sample))} in the sample; not in it: {sorted(at - set(sample)) or 'none'}"
    )


# Concepts each review found wrong (the subject ids of its test tables, comments and docs section, as they
# were named at the draw point; concepts that a fix only added, and parents named in relation tables, are
# not in these lists).
FOUND_WRONG = {
    # docs "Review of a sample": CHT(ABHI) under CHS(ABHI), CAHIMS under CPHIMS, RSci, ABI 310/3100,
    # Digirad under D-SPECT, ZOLL E under M Series, Simplexa under LIAISON, capital equipment, fume hood,
    # CySA+ with Server+/Linux+/Cloud+ (comptia-other), OSHA 10 and 30 as one card (osha-10-30); the first ten
    # are what 29b81ac changed, the last two were split by 9994d3b (tests/test_vocab.py,
    # test_vocab_precision).
    1: "chs-abhi cphims chartered-scientist abi-3130 d-spect zoll-m-series diasorin-liaison capital-planning "
    "fume-hood comptia-other osha-10-30".split(),
    # docs "Second review": VT Mobile, ES601plus, a3600, Valleylab, LIS2-A2, CNMT, electrician's licence,
    # physics degree, method validation ("equipment validation"), kVp meter; plus instrument-validation-setup,
    # which received the form: the third review says the sample "holds all eleven concepts 0c3612a changed".
    2: "fluke-vt-mobile datrend-es601 abbott-accelerator-a3600 valleylab clsi-lis2 cnmt electrical-license "
    "physics-degree method-validation kvp-meter instrument-validation-setup".split(),
    # docs "Third review" and tests/test_vocab.py test_a_third_sampled_concept_review_* (21); arrt-other is
    # the
    # lumped "ARRT post-primary credentials" (split into arrt-n/ci/vi/bd/rra), ehr held the 'VistA' copy.
    3: "siemens-symbia ge-nm-cameras nxstage werfen-gem-premier datrend-vpad radcal-accu-gold "
    "orchard-harvest "
    "temporary-pacemaker receptacle-tester microtome cvis clinical-laboratory total-allowable-error "
    "scripting "
    "arrt-other pacemaker-analyzer pronk-simcube dose-calibrator sterilizer-data-logger electrophoresis "
    "ehr".split(),
    # tests/test_vocab_review4.py (34)
    4: "bd-prepstain blood-bank-technologist body-fluid-analysis canon-aquilion-lb carbon-tank "
    "cybersecurity-incident-response dialysis-water-system elekta-mlci elekta-synergy eppendorf "
    "fujifilm-amulet "
    "hi-lab-license immucor-echo iso-15883 labdaq lead-technologist medialab medical-physicist mri-cold-head "
    "nitric-oxide-delivery ortho-clinical-diagnostics point-of-care-testing prenatal-workup "
    "radiation-therapy-program rigel-medical science-degree sectra-pacs siemens-mammomat "
    "solid-phase-extraction "
    "surgical-sperm-retrieval targeted-sequencing unidirectional-workflow varian pacs-administration".split(),
    # tests/test_vocab_review5a.py (13) and 5b (12)
    5: "anaerobic-culture blood-gas-analysis-method bls-cpr crp-testing draeger-atlan firstcall-probe-tester "
    "laser-safety-officer microarray microscope parca-cpas radiometer surgical-video-tower turbidimetry "
    "blood-bank-analyzer carestream-drx-revolution coulter-counter dialysis-conductivity ge-advantx "
    "navy-nuclear-training regulatory-compliance ultrasound vendor-management waived-testing "
    "blood-gas-analyzer "
    "sysmex-xn-3100".split(),
    # tests/test_vocab_review6a.py (15; ca-cls-license was fixed too but named by the reviewer as sharing the
    # CA MLT fault, outside the 28) and 6b (13)
    6: "bd-guardrails biomedical-science-degree ca-mlt-license cis-hspa clsi-ep-guidelines cms-sc-14-07 "
    "culture-plate-reading desktop-support elekta-microselectron factor-ix-assay fujifilm-healthcare ge-case "
    "heart-lung-machine hspa-certification 3dhistech-pannoramic linearity medical-imaging-equipment pca-pump "
    "preventive-maintenance quality-indicators rpt-amt secret-clearance specimen-shipping stat-testing "
    "temperature-meter thermal-camera trubridge waveguide".split(),
    # tests/test_vocab_review7a.py (10) and 7b (6); sysmex-poch was the pocH line filed as its 100i model.
    # Added by the fixes, so not in the sample: differential-specialist, linac-kv-imaging, pathology-
    # assistant,
    # sysmex-poch-line, sysmex-poch-80i.
    7: "abbott-prism auramine-rhodamine-stain beckman-dxc biomedical-engineering-degree cmia fujifilm-fdr-go "
    "hematology-analyzer hematology-technologist igrt-system immunophenotyping mri-gradient-amplifier "
    "network-routers pap-test pathologists-assistant sysmex-poch radiometer-abl700".split(),
}
SEVENTH_SKIPPED_FILES = (
    "equipment endoscopy test-equipment regulatory manufacturers skills quality standards".split()
)


def main() -> int:
    print(f"resumefit vocabulary samples; repository {REPO}, draw commit {DRAW} = {rev(DRAW)[:12]}")

    # -------------------------------------------------------------------------------- preliminary checks
    print("\nPreliminaries")
    check(
        "f53dc16 holds the same vocab/ as 8de2ac0^ (a6799e4), the docs' 'parent of the format-v2 commit'",
        vocab_tree("f53dc16") == vocab_tree("8de2ac0^"),
    )
    post = [
        r
        for r in (
            "bc806c8",
            "32ddc41",
            "a525ec6",
            "c038e2f",
            "79d76bc",
            "d37258f",
            "92c2bc9",
            "b6db11d",
            "2ec0c90",
            DRAW,
        )
    ]
    check(
        "file defaults identical at every comparison point after 8de2ac0 (so RAW = EFFECTIVE there)",
        all(defaults_at(r) == defaults_at(DRAW) for r in post[2:]),
    )
    for a, b in (("3741ad0", "d37258f"), ("cedf4c0", "92c2bc9"), ("2ec0c90", "b6db11d"), ("2ec0c90", DRAW)):
        assert changed_or_added(a, b) == changed_or_added(a, b, effective=False), (a, b)

    # ----------------------------------------------------------------------------------------- sample 1
    print("\nSample 1 (seed 20261204; entries unchanged between f53dc16 and 29b81ac^)")
    pop1 = unchanged("f53dc16", "29b81ac^", effective=False)
    s1 = draw(pop1, 20261204)
    check("sample 1 population (RAW entries) = 1,726", len(pop1) == 1726, f"{len(pop1):,}")
    check_in_sample(1, s1, FOUND_WRONG[1], "29b81ac^")
    fix_report("1", fixes("29b81ac", "9994d3b")[0], s1, "29b81ac^")
    pop1e = unchanged("f53dc16", "29b81ac^", effective=True)
    s1e = draw(pop1e, 20261204)
    check(
        "the docs' stated rule with defaults applied gives 1,571 (as the fourth review says)",
        len(pop1e) == 1571,
        f"{len(pop1e):,}; found-wrong in it: {sum(w in s1e for w in FOUND_WRONG[1])}",
    )
    moved = {load("29b81ac^")[i][0] for i in pop1 - pop1e}
    print(f"    (info) the {len(pop1 - pop1e)} ids RAW keeps and EFFECTIVE drops are all in {sorted(moved)}")

    # ----------------------------------------------------------------------------------------- sample 2
    print("\nSample 2 (seed 20261205; entries unchanged between 29b81ac^ and 0c3612a^)")
    pop2 = unchanged("29b81ac^", "0c3612a^")
    s2 = draw(pop2, 20261205)
    check("sample 2 population = 1,811", len(pop2) == 1811, f"{len(pop2):,}")
    check("sample 2: RAW and EFFECTIVE agree", pop2 == unchanged("29b81ac^", "0c3612a^", effective=False))
    check_in_sample(2, s2, FOUND_WRONG[2], "0c3612a^")
    fix_report("2", fixes("0c3612a")[0], s2, "0c3612a^")
    print(
        "    (info) 'noticed and left' venous-blood-gas-sampling in sample 2: "
        f"{'venous-blood-gas-sampling' in s2}"
    )

    # review-round fixes
    R12, n12 = fixes("29b81ac", "9994d3b", "0c3612a")
    T3, n3 = fixes("70aa884", "58428d2", "849e966", "7b06e10")
    F4, n4 = fixes("15206ff", "29079ed")
    F5, n5 = fixes("5c2685d", "63dcaa1")
    F6, n6 = fixes("8f170cd", "ffc5094")
    F7, n7 = fixes("0aea17a", "89e9041")
    print("\nReview fix commits (changed or added, per commit against its parent; removed ids kept too)")
    check(
        "29b81ac, 9994d3b, 0c3612a: 38 ids with the removed osha-10-30 (third review), 37 changed or added"
        " (fourth review)",
        len(R12) == 38 and n12 == 37,
        f"{len(R12)} / {n12}",
    )
    check("third review's commits 70aa884 58428d2 849e966 7b06e10: 53 changed or added", n3 == 53, f"{n3}")
    check("fourth review's 15206ff, 29079ed: 59", n4 == 59, f"{n4}")
    check("fifth review's 5c2685d, 63dcaa1: 54", n5 == 54, f"{n5}")
    check("sixth review's 8f170cd, ffc5094: 39", n6 == 39, f"{n6}")
    check("seventh review's 0aea17a, 89e9041: 16 fixed + 5 added = 21", n7 == 21, f"{n7}")

    # ----------------------------------------------------------------------------------------- sample 3
    print("\nSample 3 (seed 20261205; a525ec6 minus samples 1, 2 and the 38 ids of the first two rounds)")
    pop3 = ids("a525ec6") - set(s1) - set(s2) - R12
    s3 = draw(pop3, 20261205)
    check("a525ec6 holds 2,073 concepts", len(ids("a525ec6")) == 2073)
    check("sample 3 population = 1,864", len(pop3) == 1864, f"{len(pop3):,}")
    check_in_sample(3, s3, FOUND_WRONG[3], "a525ec6")
    fix_report("3", T3, s3, "a525ec6")
    # as reviews 4-7 rebuilt them: sample 1 from the EFFECTIVE rule, sample 3 from that
    pop3e = ids("a525ec6") - set(s1e) - set(s2) - R12
    s3e = draw(pop3e, 20261205)
    print(
        f"    (info) sample 3 rebuilt on the 1,571 reading: population {len(pop3e):,}, "
        f"found-wrong in it {sum(w in s3e for w in FOUND_WRONG[3])} of 21"
    )
    s1p, s3p = set(s1e), set(s3e)  # what reviews 4-7 excluded as "the first and third samples"

    # ----------------------------------------------------------------------------------------- sample 4
    print("\nSample 4 (seed 20261206; draw at 15206ff^ = 79d76bc)")
    D4 = "15206ff^"
    stop4 = changed_or_added("c038e2f", D4)
    pop4 = ids(D4) - stop4 - set(s2) - R12 - T3 - s1p - s3p
    s4 = draw(pop4, 20261206)
    check("vocabulary at the draw = 3,600", len(ids(D4)) == 3600, f"{len(ids(D4)):,}")
    check("sample 4 population = 1,181", len(pop4) == 1181, f"{len(pop4):,}")
    check_in_sample(4, s4, FOUND_WRONG[4], D4)
    fix_report("4", F4, s4, D4)
    alt = ids(D4) - stop4 - set(s2) - R12 - T3 - set(s1) - set(s3)
    print(
        f"    (info) with the exact samples 1 and 3 instead, the population would be {len(alt):,} "
        "and the draw "
        f"would hold {sum(w in draw(alt, 20261206) for w in FOUND_WRONG[4])} of the 34"
    )
    print(
        "    (info) sample 4 members that were in the exact samples 1 or 3: "
        f"{len(set(s4) & (set(s1) | set(s3)))}"
        " (the docs expected about nine)"
    )

    # ----------------------------------------------------------------------------------------- sample 5
    print("\nSample 5 (seed 20261207; draw at d37258f)")
    D5 = "d37258f"
    stop5 = changed_or_added("3741ad0", D5)
    check("changed or added 3741ad0 -> d37258f = 778", len(stop5) == 778, f"{len(stop5)}")
    check("vocabulary at the draw = 3,903", len(ids(D5)) == 3903, f"{len(ids(D5)):,}")
    pop5 = ids(D5) - stop5 - s1p - set(s2) - s3p - set(s4) - R12 - T3 - F4
    s5 = draw(pop5, 20261207)
    check("sample 5 population = 2,706", len(pop5) == 2706, f"{len(pop5):,}")
    check_in_sample(5, s5, FOUND_WRONG[5], D5)
    fix_report("5", F5, s5, D5)
    print(f"    (info) sample 5 members in the exact samples 1 or 3: {len(set(s5) & (set(s1) | set(s3)))}")

    # ----------------------------------------------------------------------------------------- sample 6
    print("\nSample 6 (seed 20261208; draw at 92c2bc9)")
    D6 = "92c2bc9"
    stop6 = changed_or_added("cedf4c0", D6)
    check("changed or added cedf4c0 -> 92c2bc9 = 1,855", len(stop6) == 1855, f"{len(stop6):,}")
    check("vocabulary at the draw = 4,927", len(ids(D6)) == 4927, f"{len(ids(D6)):,}")
    pop6 = ids(D6) - stop6 - s1p - set(s2) - s3p - set(s4) - set(s5) - R12 - T3 - F4 - F5
    s6 = draw(pop6, 20261208)
    check("sample 6 population = 2,586", len(pop6) == 2586, f"{len(pop6):,}")
    check_in_sample(6, s6, FOUND_WRONG[6], D6)
    fix_report("6", F6, s6, D6)
    print(f"    (info) sample 6 members in the exact samples 1 or 3: {len(set(s6) & (set(s1) | set(s3)))}")

    # ----------------------------------------------------------------------------------------- sample 7
    print("\nSample 7 (seed 20261209; draw at b6db11d; eight files not drawn from)")
    D7 = "b6db11d"
    stop7 = changed_or_added("2ec0c90", D7)
    check("changed or added 2ec0c90 -> b6db11d = 212", len(stop7) == 212, f"{len(stop7)}")
    skipped = {f"vocab/{f}.yaml" for f in SEVENTH_SKIPPED_FILES}
    in_skipped = {i for i, (p, _) in load(D7).items() if p in skipped}
    pop7 = (
        ids(D7)
        - stop7
        - s1p
        - set(s2)
        - s3p
        - set(s4)
        - set(s5)
        - set(s6)
        - R12
        - T3
        - F4
        - F5
        - F6
        - in_skipped
    )
    s7 = draw(pop7, 20261209)
    check("sample 7 population = 2,549", len(pop7) == 2549, f"{len(pop7):,}")
    check_in_sample(7, s7, FOUND_WRONG[7], D7)
    fix_report("7", F7, s7, D7)
    print(f"    (info) sample 7 members in the exact samples 1 or 3: {len(set(s7) & (set(s1) | set(s3)))}")

    failed = [r for r in results if not r[1]]
    if failed:
        print(f"\n{len(failed)} check(s) failed; nothing written.")
        return 1

    # ----------------------------------------------------------------------------------------- sample 8
    print(f"\nSample 8 (seed {SEED8}; vocabulary at {DRAW})")
    V = load(DRAW)
    allids = set(V)
    samples = [set(s1), set(s2), set(s3), set(s4), set(s5), set(s6), set(s7)]
    A = set().union(*samples) & allids
    B = (R12 | T3 | F4 | F5 | F6 | F7) & allids
    C = changed_or_added("2ec0c90", DRAW)
    # named guards: none existing at 2ec0c90 was redefined (a redefinition would change unchanged entries)
    g_old, g_new = guards_at("2ec0c90"), guards_at(DRAW)
    redefined = sorted(k for k in g_old if k in g_new and g_old[k][1] != g_new[k][1])
    added_guards = sorted(set(g_new) - set(g_old))
    refs_added = {i for i, (p, e) in V.items() if set(guard_names(e)) & set(added_guards)}
    check(
        "no named guard of 2ec0c90 redefined by the draw; concepts naming the added ones are all in (c)",
        not redefined and refs_added <= C,
        f"added guards {added_guards}, named by {len(refs_added)} concepts",
    )
    pop8 = allids - A - B - C
    ids8 = draw(pop8, SEED8)
    print(f"  vocabulary at {DRAW}: {len(allids):,} concepts")
    print(
        f"  (a) in samples 1-7: {len(A)}  (b) changed by review fixes: {len(B)}  "
        f"(c) changed or added 2ec0c90 -> {DRAW}: {len(C)}"
    )
    print(f"  first reason a/b/c: {len(A)} / {len(B - A)} / {len(C - A - B)}; left out {len(A | B | C):,}")
    print(f"  population {len(pop8):,}")
    alt8 = allids - (set().union(set(s1e), set(s2), set(s3e), *samples[3:]) & allids) - B - C
    print(
        f"  (info) excluding the partial samples 1 and 3 that reviews 4-7 used instead of the exact ones: "
        f"population would be {len(alt8):,}"
    )
    check("all drawn in population; 100 distinct", len(set(ids8)) == 100 and set(ids8) <= pop8)

    legend8 = {
        "a": "in a reconstructed sample 1-7",
        "b": "changed by an earlier review's fix commits",
        "c": f"entry changed or added between 2ec0c90 and {DRAW}",
    }
    out8 = os.path.join(OUT, "sample8") if DRAW9 else OUT
    label8 = f"eighth review, random.seed({SEED8})"
    write_outputs(ids8, pop8, {"a": A, "b": B, "c": C}, legend8, V, g_new, out8, DRAW, label8)
    print(f"\nwrote {out8}/ids.txt, population.txt, excluded.txt, entries/ ({len(ids8)} files)")
    if DRAW9:
        return sample9(A | set(ids8), B, C)
    return 0


def sample9(A8: set[str], B8: set[str], C8: set[str]) -> int:
    """The ninth draw: the vocabulary at DRAW9 less samples 1-8, every concept an earlier review's fixes
    changed (the first seven reviews' and the eighth's), and every concept changed or added since the eighth
    draw (the code sweep and the pass over every file that followed it) or naming a named guard added since
    then or redefined by the eighth review's fixes."""
    print(f"\nSample 9 (seed {SEED9}; vocabulary at {DRAW9} = {rev(DRAW9)[:12]})")
    V = load(DRAW9)
    allids = set(V)
    F8, n8 = fixes(*F8_COMMITS)
    check("eighth review's a4b08aa, c0e531c, d0c5d3a: 100 changed or added", n8 == 100, f"{n8}")
    g_old, g_new = guards_at(DRAW), guards_at(DRAW9)
    added = {k for k in g_new if k not in g_old}
    by_fixes = set()
    for c in F8_COMMITS:
        before, after = guards_at(c + "^"), guards_at(c)
        by_fixes |= {k for k in after if k in before and before[k][1] != after[k][1]}
    touched = added | by_fixes
    others = sorted(k for k in g_new if k in g_old and g_old[k][1] != g_new[k][1] and k not in by_fixes)
    print(f"    (info) guards redefined since {DRAW} outside the review fixes, their concepts kept: {others}")
    naming = {i for i, (_p, e) in V.items() if set(guard_names(e)) & touched}
    A = A8 & allids
    B = (B8 | F8) & allids
    C = (C8 & allids) | changed_or_added(DRAW, DRAW9) | naming
    pop9 = allids - A - B - C
    ids9 = draw(pop9, SEED9)
    print(f"  vocabulary at {DRAW9}: {len(allids):,} concepts")
    print(
        f"  (a) in samples 1-8: {len(A)}  (b) changed by review fixes 1-8: {len(B)}  (c) changed or added "
        f"2ec0c90 -> {DRAW9}, or naming a guard added since {DRAW} or redefined by its fixes "
        f"({sorted(touched)}): {len(C)}"
    )
    print(f"  left out {len(A | B | C):,}; population {len(pop9):,}")
    check("all drawn in population; 100 distinct", len(set(ids9)) == 100 and set(ids9) <= pop9)
    legend = {
        "a": "in a reconstructed sample 1-8",
        "b": "changed by the fix commits of reviews 1-8",
        "c": f"entry changed or added between 2ec0c90 and {DRAW9}, or naming a guard added or fixed since",
    }
    out = os.path.join(OUT, "sample9")
    label = f"ninth review, random.seed({SEED9})"
    write_outputs(ids9, pop9, {"a": A, "b": B, "c": C}, legend, V, g_new, out, DRAW9, label)
    print(f"\nwrote {out}/ids.txt, population.txt, excluded.txt, entries/ ({len(ids9)} files)")
    if LATER_DRAWS[0][1]:
        sample10(A | set(ids9), B, C)
    return 0 if all(r[1] for r in results) else 1


def sample10(A9: set[str], B9: set[str], C9: set[str]) -> None:
    """The tenth draw (the later ones in turn): the vocabulary at the draw less samples 1-9, every concept
    the reviews' fixes changed, and every concept changed or added since 2ec0c90 (so since the ninth draw
    too: its fixes, the pass over unguarded acronyms, codes and words, round 12's additions) or naming a
    named guard added or redefined since the ninth draw. Concepts the pass read and left as they were stay
    in, as the second pass's did for the ninth."""
    A, B, C, previous = A9, B9, C9, DRAW9
    for n, draw_at, seed in LATER_DRAWS:
        if not draw_at:
            break
        A, B, C = later_sample(n, previous, draw_at, seed, A, B, C)
        previous = draw_at


ORDINAL = {
    10: "tenth",
    11: "eleventh",
    12: "twelfth",
    13: "thirteenth",
    14: "fourteenth",
    15: "fifteenth",
    16: "sixteenth",
    17: "seventeenth",
    18: "eighteenth",
    19: "nineteenth",
    20: "twentieth",
    21: "twenty-first",
}


def later_sample(
    n: int, prev: str, draw_at: str, seed: int, A_prev: set[str], B_prev: set[str], C_prev: set[str]
) -> tuple[set[str], set[str], set[str]]:
    """The nth draw at draw_at, by the tenth draw's rule: the vocabulary less samples 1..n-1 (A_prev), every
    concept the fix commits of reviews 1-8 changed (B_prev), every concept changed or added since 2ec0c90
    (C_prev and everything changed between the previous draw and this one: the later reviews' fixes and the
    passes) or naming a named guard added or redefined since the previous draw. Returns (A, B, C) with the
    drawn sample added to A, for the next draw."""
    print(f"\nSample {n} (seed {seed}; vocabulary at {draw_at} = {rev(draw_at)[:12]})")
    V = load(draw_at)
    allids = set(V)
    g_old, g_new = guards_at(prev), guards_at(draw_at)
    touched = {k for k in g_new if k not in g_old or g_old[k][1] != g_new[k][1]}
    naming = {i for i, (_p, e) in V.items() if set(guard_names(e)) & touched}
    A = A_prev & allids
    B = B_prev & allids
    C = (C_prev & allids) | changed_or_added(prev, draw_at) | naming
    population = allids - A - B - C
    drawn = draw(population, seed)
    print(
        f"  vocabulary at {draw_at}: {len(allids):,} concepts; (a) in samples 1-{n - 1}: {len(A)}  "
        f"(b) changed by review fixes 1-8: {len(B)}  (c) changed or added since 2ec0c90, or naming a guard "
        f"added or redefined since {prev} ({sorted(touched)}): {len(C)}"
    )
    print(f"  left out {len(A | B | C):,}; population {len(population):,}")
    check("all drawn in population; 100 distinct", len(set(drawn)) == 100 and set(drawn) <= population)
    legend = {
        "a": f"in a reconstructed sample 1-{n - 1}",
        "b": "changed by the fix commits of reviews 1-8",
        "c": f"entry changed or added between 2ec0c90 and {draw_at}, or naming a guard added or "
        f"changed since {prev}",
    }
    out = os.path.join(OUT, f"sample{n}")
    label = f"{ORDINAL[n]} review, random.seed({seed})"
    write_outputs(drawn, population, {"a": A, "b": B, "c": C}, legend, V, g_new, out, draw_at, label)
    print(f"\nwrote {out}/ids.txt, population.txt, excluded.txt, entries/ ({len(drawn)} files)")
    return A | set(drawn), B, C


# ----------------------------------------------------------------------------------------- guards, output
def guards_at(r: str) -> dict[str, tuple[str, dict]]:
    out = {}
    for path, sha in vocab_tree(r).items():
        data = blob_data(sha)
        if isinstance(data, dict) and isinstance(data.get("guards"), dict):
            for name, body in data["guards"].items():
                out[str(name)] = (path, body)
    return out


def guard_names(entry: dict) -> list[str]:
    names = list(entry.get("guards") or [])
    for key in ("aliases", "abbreviations", "legacy", "misspellings"):
        for form in entry.get(key) or []:
            if isinstance(form, dict):
                names += list(form.get("guards") or [])
    return list(dict.fromkeys(names))


def block_lines(text: str, start_re: str, item_indent: int) -> tuple[int, int]:
    """First and one-past-last line index of the block opened by the line matching start_re."""
    lines = text.split("\n")
    start = next(n for n, line in enumerate(lines) if re.fullmatch(start_re, line))
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if line.strip() and (len(line) - len(line.lstrip(" "))) <= item_indent:
            break
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return start, end


def write_outputs(
    drawn, population, reasons, legend, V, guards, out: str, draw_commit: str, label: str
) -> None:
    """ids.txt, population.txt, excluded.txt (reasons: letter -> ids, explained by legend) and one file per
    drawn concept (its entry as written at the draw commit, its file's defaults and its named guards)."""
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "ids.txt"), "w") as f:
        f.write("\n".join(drawn) + "\n")
    with open(os.path.join(out, "population.txt"), "w") as f:
        f.write("\n".join(sorted(population)) + "\n")
    with open(os.path.join(out, "excluded.txt"), "w") as f:
        f.write("# id<TAB>reason (the first that applies)<TAB>every reason that applies\n")
        f.writelines(f"# {x} = {legend[x]}\n" for x in reasons)
        for i in sorted(set().union(*reasons.values())):
            letters = "".join(x for x, members in reasons.items() if i in members)
            f.write(f"{i}\t{letters[0]}\t{letters}\n")
    folder = os.path.join(out, "entries")
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    tree = vocab_tree(draw_commit)
    for n, cid in enumerate(drawn, 1):
        path, entry = V[cid]
        text = blob_text(tree[path])
        a, b = block_lines(text, r"  - id: " + re.escape(cid) + r"\s*", 2)
        lines = text.split("\n")
        entry_text = "\n".join(lines[a:b])
        data = blob_data(tree[path])
        raw = next(c for c in data["concepts"] if c["id"] == cid)
        out = [
            f"# Sampled concept {n} of 100 ({label}): {cid}",
            f"# Commit {draw_commit}, {path}, lines {a + 1}-{b}.",
            f"file: {path}",
        ]
        defaults = data.get("defaults") or {}
        if defaults:
            out.append("# The file's defaults: keys the concept takes unless its entry sets them.")
            da, db = block_lines(text, r"defaults:\s*", 0)
            out += lines[da:db]
            applied = sorted(k for k in defaults if k not in raw)
            out.append(f"# Taken from the defaults by this concept: {', '.join(applied) or 'nothing'}")
        out.append("entry:")
        out.append(entry_text)
        names = guard_names(entry)
        if names:
            out.append("# Named guards this concept references, copied from where they are defined:")
            out.append("guards:")
            for g in names:
                gpath, _ = guards[g]
                gtext = blob_text(tree[gpath])
                ga, gb = block_lines(gtext, r"  " + re.escape(g) + r":\s*", 2)
                out.append(f"  # from {gpath}, lines {ga + 1}-{gb}")
                out += gtext.split("\n")[ga:gb]
        doc = "\n".join(out) + "\n"
        parsed = yaml.load(doc, Loader=Loader)  # the file reads back as the concept and its guards
        assert parsed["entry"] == [raw], cid
        assert {**(parsed.get("defaults") or {}), **parsed["entry"][0]} == entry, cid
        for g in names:
            assert parsed["guards"][g] == guards[g][1], (cid, g)
        with open(os.path.join(folder, cid + ".yaml"), "w") as f:
            f.write(doc)


def check_worktree() -> None:
    """The worktree's vocab/ is the draw commit's (its files hash to the same blobs)."""
    if not WORKTREE or not os.path.isdir(WORKTREE):
        return
    head = subprocess.run(
        ["git", "-C", WORKTREE, "rev-parse", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    same = all(
        subprocess.run(
            ["git", "hash-object", os.path.join(WORKTREE, p)], capture_output=True, text=True
        ).stdout.strip()
        == sha
        for p, sha in vocab_tree(DRAW).items()
    )
    check(
        f"worktree {WORKTREE} is at {DRAW} and its vocab/*.yaml match the commit", head == rev(DRAW) and same
    )


if __name__ == "__main__":
    check_worktree()
    sys.exit(main())
