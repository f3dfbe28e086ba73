#!/usr/bin/env bash
# Pre-send check: run before you send a resume to an employer.
#
#   examples/pre-send.sh RESUME POSTING [MIN_SCORE]
#
# Exit codes (those of `resumefit check`):
#   0  ready to send: no finding at or above the warning level and the score is at least MIN_SCORE
#   1  not yet: a warning or error finding, or the score is below MIN_SCORE (the findings are printed)
#   2  a file could not be read, or the arguments are wrong (one line on stderr says which)
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
    echo "usage: $0 RESUME POSTING [MIN_SCORE]" >&2
    exit 2
fi
resume=$1
posting=$2
min_score=${3:-70}

status=0
resumefit check "$resume" "$posting" --fail-on warning --min-score "$min_score" --format concise || status=$?

case $status in
    0) echo "pre-send: $resume is ready for this posting (score at least $min_score)." >&2 ;;
    1) echo "pre-send: fix the findings above (or raise the score to $min_score) before sending $resume." >&2 ;;
    *) echo "pre-send: could not check $resume; see the message above." >&2 ;;
esac
exit "$status"
