# shellcheck shell=bash
# The infrastructure profile (INFRA_PROFILE): sourced by common.sh and by with-profile.sh, so the
# servers, the apps and the benchmarks all agree on the same addresses. Source it; do not run it.
#   default  one Kafka broker, the Temporal dev server, the system PostgreSQL: small and fast.
#   cluster  three Kafka brokers (replication 3, min.insync.replicas 2), the real Temporal server as
#            separate frontend/history×2/matching/worker processes on its own PostgreSQL cluster, and
#            APP_REPLICAS=2. Every port, data directory and database differs from the default
#            profile's, so both can run side by side (the default one is shared on this machine).
# Every value is a default: a variable set by the caller wins.
INFRA_PROFILE="${INFRA_PROFILE:-default}"
case "$INFRA_PROFILE" in
  default) ;;
  cluster)
    export POSTGRES_PORT="${POSTGRES_PORT:-15432}"
    export DATABASE_URL="${DATABASE_URL:-postgres://khuyencong:khuyencong@127.0.0.1:$POSTGRES_PORT/khuyencong}"
    export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://khuyencong:khuyencong@127.0.0.1:$POSTGRES_PORT/khuyencong_test}"
    # DATABASE_URL is the owner's (migrations); each app connects as its own role <schema>_svc, as in the
    # default profile, compose and Helm (postgres-cluster.sh creates the roles)
    export DATABASE_SERVICE_ROLES="${DATABASE_SERVICE_ROLES:-on}"
    export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:19092,127.0.0.1:19192,127.0.0.1:19292}"
    export KAFKA_CONTROLLER_PORTS="${KAFKA_CONTROLLER_PORTS:-19093,19193,19293}"
    # read by ensureTopics (libs/messaging): every topic survives one broker down and still takes writes
    export KAFKA_REPLICATION_FACTOR="${KAFKA_REPLICATION_FACTOR:-3}"
    export KAFKA_MIN_INSYNC_REPLICAS="${KAFKA_MIN_INSYNC_REPLICAS:-2}"
    export TEMPORAL_ADDRESS="${TEMPORAL_ADDRESS:-127.0.0.1:17233}"
    export TEMPORAL_UI_PORT="${TEMPORAL_UI_PORT:-18233}"
    export TEMPORAL_HISTORY_SHARDS="${TEMPORAL_HISTORY_SHARDS:-16}"
    export TEMPORAL_HISTORY_PROCESSES="${TEMPORAL_HISTORY_PROCESSES:-2}"
    export SMTP_PORT="${SMTP_PORT:-11025}"
    export MAIL_UI_PORT="${MAIL_UI_PORT:-18025}"
    # apps: replica r of an app listens on its default port + APP_PORT_OFFSET + 100*r (scripts/supervise.js)
    export APP_REPLICAS="${APP_REPLICAS:-2}"
    export APP_PORT_OFFSET="${APP_PORT_OFFSET:-10000}"
    ;;
  *)
    printf 'unknown INFRA_PROFILE %s (known: default, cluster)\n' "$INFRA_PROFILE" >&2
    exit 64
    ;;
esac
export INFRA_PROFILE
