#!/bin/sh
# `make demo-report`: a try-out store a new middle leader can build in a minute. Three teams' facilitators
# keep about 40 rehearsed sessions over 2026-Q2 and 2026-Q3 (`circle rehearse --keep --week`), export
# each quarter's bundle before its cut-off, and the middle leader imports them, records what senior
# leaders did after the Q2 report (`circle respond`), and compiles the 2026-Q3 report. Prints its path.
#
# Usage: Scripts/tools/demo-report.sh CIRCLE [FOLDER]   (FOLDER defaults to a new temporary folder)
set -eu
circle=$1
dir=${2:-$(mktemp -d "${TMPDIR:-/tmp}/circle-demo-report.XXXXXX")}
mkdir -p "$dir"
organisation=examples/organisation.yaml
keys="--signing-key $dir/keys/signing.key"
trust="--public-key $dir/keys/public.key"
leader="--store $dir/middle-leader.sqlite"
[ -f "$dir/keys/signing.key" ] || "$circle" key new $keys $trust > /dev/null

# Team, format (its rehearsal in Scenarios/rehearsals), and the ISO weeks of its sessions in each quarter.
# Q2 leans on the strengths meeting and check-ins; in Q3 case discussions and Schwartz-style sessions grow.
plan() {
    cat <<'PLAN'
CFS-EAST peer_check_in 15 17 19 21 23 25 | 28 30 32 34 36 38
CFS-EAST strengths_based_team_meeting 16 22 | 29 35
CFS-WEST parallel_process_case_discussion 18 | 27 31 33 37
CFS-WEST schwartz_round_style 20 | 30 36
CFS-WEST action_learning_set 16 24 | 28 32 39
EH-NORTH peer_check_in 15 19 23 | 27 29 31 35 37
EH-NORTH strengths_based_team_meeting 17 25 | 33
PLAN
}

plan | while read -r team format rest; do
    store="--store $dir/$team.sqlite"
    for week in $rest; do
        [ "$week" = "|" ] && continue
        "$circle" rehearse "$format" --rehearsal "Scenarios/rehearsals/$format.yaml" --team "$team" \
            --organisation "$organisation" --keep --week "2026-W$week" $store > /dev/null
    done
done

for team in CFS-EAST CFS-WEST EH-NORTH; do
    store="--store $dir/$team.sqlite"
    "$circle" export $store $keys --until 2026-W26 --week 2026-W27 -o "$dir/$team-q2.json" > /dev/null
    "$circle" export $store $keys --since 2026-W27 --week 2026-W40 -o "$dir/$team-q3.json" > /dev/null
    "$circle" import $trust $leader "$dir/$team-q2.json" "$dir/$team-q3.json"
done

"$circle" respond $leader --theme workload --quarter 2026-Q2 \
    "Caseloads for social workers in their first year are capped at 15 from October." > /dev/null
"$circle" respond $leader --theme peer-support --quarter 2026-Q2 \
    "Every team has protected time for a peer check-in each week." > /dev/null

"$circle" compile $leader --organisation "$organisation" --period 2026-Q3 -o "$dir/report.md" > /dev/null
"$circle" compile $leader --organisation "$organisation" --period 2026-Q3 -o "$dir/report.html"
echo "The try-out report: $dir/report.html (and report.md beside it)"
