#!/usr/bin/env bash
# The production topology in small, on one machine, for trying a cluster and proving failover:
#
#   nginx 127.0.0.1:18080 (round robin, no stickiness)
#     ├── Payara instance messagerie-1  http 28080 ┐ deployment group "messagerie-group",
#     └── Payara instance messagerie-2  http 28180 ┘ sessions in Payara's Hazelcast data grid
#   DAS (administration only)           admin 14848
#   OpenMQ broker, standalone, shared   17676  (jms-service type REMOTE on both instances)
#   PostgreSQL 127.0.0.1:5432           database and role "messagerie_cluster" (created, dropped)
#   SMTP sink 127.0.0.1:17025, SMS gateway stub 127.0.0.1:17026: started by the failover driver
#
# Every port differs from the test domain's (8080/4848/3025/8026/8090), so this never needs
# /tmp/payara.lock; the machine is small, so `up` starts one thing at a time.
#
#   cluster.sh up        build the WAR if missing, then start everything (about 3-4 minutes)
#   cluster.sh down      stop everything, drop the database and role, forget the domain
#   cluster.sh failover  up, the failover run (load through nginx, kill -9 of messagerie-2), down
#   cluster.sh drive     the failover run alone, against a cluster that is up
#   cluster.sh status    what answers
#   cluster.sh restart N restart instance N (1 or 2), e.g. after the failover run killed it
#
# Everything lives in target/cluster (its own Payara copy, broker store, nginx files, logs):
# run `down` before `./mvnw clean`.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
WORK=$ROOT/target/cluster
PAYARA=$WORK/payara6
DOMAIN=messagerie-cluster
NODE=localhost-$DOMAIN
GROUP=messagerie-group
CONFIG=messagerie-config
INSTANCES=(messagerie-1 messagerie-2)
PORTBASES=(28000 28100)      # http = portbase + 80: 28080 and 28180
DAS_PORTBASE=14800           # admin 14848
BROKER_PORT=17676
NGINX_PORT=18080
SMTP_PORT=17025
SMS_PORT=17026
DB=messagerie_cluster
ASADMIN=("$PAYARA/bin/asadmin" --port $((DAS_PORTBASE + 48)))

log() { printf '[cluster %(%H:%M:%S)T] %s\n' -1 "$*"; }
psql_admin() { PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q "$@"; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
http_port() { echo $((PORTBASES[$1] + 80)); }

# The instances read their settings from the environment, like the production image.
export MESSAGERIE_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource
export MESSAGERIE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
export MESSAGERIE_DB_USER=$DB MESSAGERIE_DB_PASSWORD=$DB
export MESSAGERIE_SMTP_HOST=127.0.0.1 MESSAGERIE_SMTP_PORT=$SMTP_PORT
export MESSAGERIE_SMS_GATEWAY_URL="http://127.0.0.1:$SMS_PORT/sms" MESSAGERIE_SMS_GATEWAY_KEY=cluster
export MESSAGERIE_PUBLIC_BASE_URL="http://127.0.0.1:$NGINX_PORT/messagerie"
# Demo accounts are the load's citizens; the load sends far more than a citizen's hourly quota.
export MESSAGERIE_DEMO_DATA=true
export MESSAGERIE_RATE_LIMIT_MESSAGES_PER_HOUR=1000000 MESSAGERIE_RATE_LIMIT_MESSAGES_PER_DAY=1000000
# A delivery lost with a dead instance is re-published within seconds rather than a minute.
export MESSAGERIE_NOTIFICATION_SWEEP_SECONDS=5 MESSAGERIE_NOTIFICATION_REPUBLISH_AFTER_SECONDS=10

war() {
    if [[ ! -f target/messagerie.war ]]; then
        log "Building the WAR"
        ./mvnw -q -B -DskipTests package
    fi
}

unpack_payara() {
    [[ -x $PAYARA/bin/asadmin ]] && return
    local version
    version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -1)
    log "Unpacking Payara $version into $WORK (a copy of its own, apart from the tests' one)"
    # The plugin skips an artifact it has a marker for, even when its copy was deleted since
    # (target/cluster removed by hand): no copy here, so no marker either.
    rm -f target/dependency-maven-plugin-markers/fish.payara.distributions-payara-zip-*.marker
    ./mvnw -q -B dependency:unpack -Dartifact="fish.payara.distributions:payara:$version:zip" \
        -DoutputDirectory="$WORK" -Dmdep.overWriteIfNewer=false
}

ensure_nginx() {
    command -v nginx >/dev/null 2>&1 && return
    log "Installing nginx (Debian package)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
}

check_ports_free() {
    local port
    for port in $((DAS_PORTBASE + 48)) "$(http_port 0)" "$(http_port 1)" $BROKER_PORT $NGINX_PORT; do
        if listening "$port"; then
            echo "Port $port is already in use: is a cluster already up? (cluster.sh down)" >&2
            exit 1
        fi
    done
}

database_up() {
    log "PostgreSQL: database and role $DB"
    psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
    psql_admin -c "DROP ROLE IF EXISTS $DB"
    psql_admin -c "CREATE ROLE $DB LOGIN PASSWORD '$DB'"
    psql_admin -c "CREATE DATABASE $DB OWNER $DB ENCODING 'UTF8' TEMPLATE template0"
}

broker_up() {
    log "OpenMQ broker on $BROKER_PORT (standalone, shared by the instances)"
    mkdir -p "$WORK/mq"
    # -Xmx: the broker holds notification ids only; the default would reserve far more.
    nohup "$PAYARA/mq/bin/imqbrokerd" -javahome "${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}" \
        -varhome "$WORK/mq" -name messagerieCluster -port $BROKER_PORT -silent -vmargs -Xmx256m \
        >"$WORK/mq/broker.out" 2>&1 &
    echo $! >"$WORK/mq/broker.pid"
    for _ in $(seq 60); do listening $BROKER_PORT && return; sleep 1; done
    echo "The broker did not start: see $WORK/mq/broker.out" >&2
    exit 1
}

das_and_group_up() {
    log "DAS (domain $DOMAIN, admin port $((DAS_PORTBASE + 48)))"
    rm -rf "$PAYARA/glassfish/domains/$DOMAIN" "$PAYARA/glassfish/nodes/$NODE"
    "$PAYARA/bin/asadmin" create-domain --nopassword=true --portbase $DAS_PORTBASE "$DOMAIN" >/dev/null
    "${ASADMIN[@]}" start-domain "$DOMAIN" >/dev/null
    log "Deployment group $GROUP: config, two instances, the WAR"
    "${ASADMIN[@]}" multimode <<ASADMIN >"$WORK/configure.log"
# The data grid on ports of its own and a name of its own: the test domain's grid (4900, 5900)
# must never see these members, nor they it. Dynamic: the DAS's grid restarts with it now, so
# that the instances find it on dasport (without it they start alone and share no session).
set-hazelcast-configuration --clustername $DOMAIN --dasport 14900 --startport 15900 --interfaces 127.0.0.1 --dynamic true
copy-config default-config $CONFIG
# One broker for the whole group: a notification id is consumed once, by whichever instance is free.
set configs.config.$CONFIG.jms-service.type=REMOTE
set configs.config.$CONFIG.jms-service.jms-host.default_JMS_host.host=127.0.0.1
set configs.config.$CONFIG.jms-service.jms-host.default_JMS_host.port=$BROKER_PORT
# The application has no EJB timer (its schedules run per instance on the managed scheduled
# executor, guarded by the job lock and the outbox claim); should a persistent timer appear, the
# grid store makes it fire once and move on failure.
set configs.config.$CONFIG.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid
# Requests arrive through nginx: take the scheme it saw.
set configs.config.$CONFIG.network-config.protocols.protocol.http-listener-1.http.scheme-mapping=X-Forwarded-Proto
create-jvm-options --target $CONFIG -Xmx768m:-Duser.timezone=UTC:-Dfile.encoding=UTF-8
delete-jvm-options --target $CONFIG -Xmx512m
create-deployment-group $GROUP
ASADMIN
    local i
    for i in 0 1; do
        # HZ_LISTENER_PORT: the instance's data grid port (unset, it would take 5900 and up).
        "${ASADMIN[@]}" create-instance --node "$NODE" --config $CONFIG \
            --portbase "${PORTBASES[$i]}" --checkports=true \
            --systemproperties "HZ_LISTENER_PORT=$((PORTBASES[$i] + 49))" "${INSTANCES[$i]}" >>"$WORK/configure.log"
        "${ASADMIN[@]}" add-instance-to-deployment-group --instance "${INSTANCES[$i]}" \
            --deploymentgroup $GROUP >>"$WORK/configure.log"
    done
    # availabilityenabled: the sessions (and Faces view state in them) go to the data grid.
    # A copy: a build running meanwhile may rewrite target/messagerie.war.
    cp target/messagerie.war "$WORK/messagerie.war"
    "${ASADMIN[@]}" deploy --target $GROUP --availabilityenabled=true --contextroot messagerie \
        --name messagerie "$WORK/messagerie.war" >>"$WORK/configure.log"
}

await_ready() {
    local port=$1 patience=${2:-240}
    for _ in $(seq "$patience"); do
        if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready") == 200 ]]; then
            return 0
        fi
        sleep 1
    done
    return 1
}

# One after the other: two cores, and the first one loads the demo accounts alone.
instance_up() {
    local i=$1
    log "Starting ${INSTANCES[$i]} (http $(http_port "$i"))"
    "${ASADMIN[@]}" start-local-instance --node "$NODE" --sync normal "${INSTANCES[$i]}" >/dev/null
    if ! await_ready "$(http_port "$i")"; then
        echo "${INSTANCES[$i]} never became ready: see $PAYARA/glassfish/nodes/$NODE/${INSTANCES[$i]}/logs/server.log" >&2
        exit 1
    fi
}

nginx_up() {
    log "nginx on $NGINX_PORT"
    ensure_nginx
    mkdir -p "$WORK/nginx/temp"
    chmod -R a+rwx "$WORK/nginx/temp"
    sed -e "s|@WORK@|$WORK/nginx|g" -e "s|@PORT@|$NGINX_PORT|g" \
        -e "s|@UPSTREAM_1@|127.0.0.1:$(http_port 0)|g" -e "s|@UPSTREAM_2@|127.0.0.1:$(http_port 1)|g" \
        server-config/cluster/nginx.conf >"$WORK/nginx/nginx.conf"
    nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx"
    for _ in $(seq 20); do listening $NGINX_PORT && return; sleep 0.5; done
    echo "nginx did not start: see $WORK/nginx/error.log" >&2
    exit 1
}

up() {
    check_ports_free
    war
    unpack_payara
    database_up
    broker_up
    das_and_group_up
    instance_up 0
    instance_up 1
    nginx_up
    log "Up: http://127.0.0.1:$NGINX_PORT/messagerie/ (instances $(http_port 0) and $(http_port 1), admin $((DAS_PORTBASE + 48)))"
}

stop_pid_file() {
    local file=$1
    [[ -f $file ]] || return 0
    local pid children
    pid=$(cat "$file")
    # imqbrokerd is a shell script whose java child is the broker: stop the child, then the script.
    children=$(ps -o pid= --ppid "$pid" 2>/dev/null || true)
    for p in $children $pid; do
        kill "$p" 2>/dev/null || true
        for _ in $(seq 30); do kill -0 "$p" 2>/dev/null || break; sleep 1; done
        kill -9 "$p" 2>/dev/null || true
    done
    rm -f "$file"
}

down() {
    log "Stopping"
    [[ -f $WORK/nginx/nginx.pid ]] && nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -s stop 2>/dev/null || true
    if [[ -x $PAYARA/bin/asadmin ]]; then
        local instance
        for instance in "${INSTANCES[@]}"; do
            [[ -d $PAYARA/glassfish/nodes/$NODE/$instance ]] &&
                "${ASADMIN[@]}" stop-local-instance --node "$NODE" --kill=true "$instance" >/dev/null 2>&1 || true
        done
        [[ -d $PAYARA/glassfish/domains/$DOMAIN ]] &&
            "${ASADMIN[@]}" stop-domain --kill=true "$DOMAIN" >/dev/null 2>&1 || true
        # The instances' logs outlive the cluster, for reading after a failed run.
        mkdir -p "$WORK/logs"
        for instance in "${INSTANCES[@]}"; do
            [[ -f $PAYARA/glassfish/nodes/$NODE/$instance/logs/server.log ]] &&
                cp "$PAYARA/glassfish/nodes/$NODE/$instance/logs/server.log" "$WORK/logs/$instance.log"
        done
        rm -rf "$PAYARA/glassfish/domains/$DOMAIN" "$PAYARA/glassfish/nodes/$NODE"
    fi
    stop_pid_file "$WORK/mq/broker.pid"
    rm -rf "$WORK/mq" "$WORK/nginx"
    if command -v psql >/dev/null 2>&1 && listening 5432; then
        psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
        psql_admin -c "DROP ROLE IF EXISTS $DB" || true
    fi
    log "Down"
}

status() {
    local port name
    for name in "das:$((DAS_PORTBASE + 48))" "messagerie-1:$(http_port 0)" "messagerie-2:$(http_port 1)" \
        "broker:$BROKER_PORT" "nginx:$NGINX_PORT"; do
        port=${name#*:}
        if listening "$port"; then echo "${name%%:*} ($port): up"; else echo "${name%%:*} ($port): down"; fi
    done
}

failover() {
    trap down EXIT
    up
    drive
}

# The failover driver alone, against a cluster that is up (it kills messagerie-2).
drive() {
    log "Failover run: load through nginx, kill -9 of ${INSTANCES[1]} midway"
    local pid_file="$PAYARA/glassfish/nodes/$NODE/${INSTANCES[1]}/config/pid"
    ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test \
        -Dexec.mainClass=fr.messagerie.bench.FailoverRun -Dexec.cleanupDaemonThreads=false \
        -Dfailover.base="http://127.0.0.1:$NGINX_PORT/messagerie/" \
        -Dfailover.victimPidFile="$pid_file" \
        -Dfailover.instances="http://127.0.0.1:$(http_port 0)/,http://127.0.0.1:$(http_port 1)/" \
        -Dfailover.db="$MESSAGERIE_DB_URL" -Dfailover.dbUser=$DB -Dfailover.dbPassword=$DB \
        -Dfailover.smtpPort=$SMTP_PORT -Dfailover.smsPort=$SMS_PORT \
        -Dfailover.report="$WORK/failover.md" \
        ${FAILOVER_ARGS:-}
}

restart_instance() {
    local i=$(($1 - 1))
    "${ASADMIN[@]}" stop-local-instance --node "$NODE" --kill=true "${INSTANCES[$i]}" >/dev/null 2>&1 || true
    instance_up "$i"
}

case "${1:-}" in
up) up ;;
restart) restart_instance "${2:?instance number, 1 or 2}" ;;
down) down ;;
failover) failover ;;
drive) drive ;;
status) status ;;
*)
    echo "usage: $0 up|down|failover|drive|status|restart N" >&2
    exit 2
    ;;
esac
