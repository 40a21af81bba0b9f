# Messagerie: one image = Payara Server 6 Community (full profile) + messagerie.war.
#
#   docker build -t messagerie .
#   docker run -d --name messagerie -p 8080:8080 --memory=2g \
#       --env-file server-config/environment messagerie
#
# Without any variable the image starts on the embedded defaults (H2 in memory, SMTP on
# localhost:3025, SMS to a local stub, no demo accounts): fine to try, useless in production.
# server-config/environment.example lists every variable with its default and a production value;
# server-config/README.md explains the files copied below.

# ---- Stage 1: build the WAR with the Maven wrapper on JDK 17 ---------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# The wrapper and the POM alone first: this layer, with every dependency and plugin in it, is
# rebuilt only when pom.xml or the wrapper change, not at each source change.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline

COPY src/ src/
# -DskipTests: the tests need a Payara domain, PostgreSQL and a browser; CI runs them.
# -Dspotless.check.skip=true: formatting is checked by CI, not by the image build.
# -Dmdep.skip=true: the build would also unpack a whole Payara (163 MB) into target/server for
#   the tests and the run mode; the image has its own Payara, so skip that download.
RUN ./mvnw -B -DskipTests -Dspotless.check.skip=true -Dmdep.skip=true package

# ---- Stage 2: the official Payara Server image, JDK 17 ---------------------------------------
FROM payara/server-full:6.2025.9-jdk17

# How the base image starts (its entrypoint, as user payara, domain domain1):
#   1. runs $PREBOOT_COMMANDS before the server's services start,
#   2. boots the server, runs $POSTBOOT_COMMANDS, then deploys every archive in $DEPLOY_DIR
#      (messagerie.war -> context root /messagerie),
#   3. adds $JVM_ARGS to the java command line; the heap is $MEM_MAX_RAM_PERCENTAGE of the
#      container's memory limit.
COPY --chown=payara:payara server-config/payara/pre-boot-commands.asadmin ${PREBOOT_COMMANDS}
COPY --chown=payara:payara server-config/payara/post-boot-commands.asadmin ${POSTBOOT_COMMANDS}
COPY --chown=payara:payara server-config/docker/healthcheck.sh /opt/payara/healthcheck.sh
COPY --from=build --chown=payara:payara /build/target/messagerie.war ${DEPLOY_DIR}/messagerie.war

# JVM options. They cannot be set by the boot command files (the JVM is already running then),
# hence JVM_ARGS:
#   -Duser.timezone=UTC          the application computes in UTC and formats for people in
#                                Europe/Paris itself, whatever the host's zone
#   -Dfile.encoding=UTF-8        mails, templates and logs in UTF-8 whatever the locale
#   -XX:+ExitOnOutOfMemoryError  a JVM out of heap exits, and the orchestrator restarts it
# Heap: 70 % of the memory limit (the base image's default, written here to be seen). Measured:
# about 430 MB resident idle, 750 MB at peak; give the container 2 GiB (--memory=2g).
ENV JVM_ARGS="-Duser.timezone=UTC -Dfile.encoding=UTF-8 -XX:+ExitOnOutOfMemoryError" \
    MEM_MAX_RAM_PERCENTAGE=70.0

# Configuration of the application: environment variables given at `docker run` (--env-file) or
# by the orchestrator, never baked into the image (passwords!). The full list, with defaults and
# production examples, is server-config/environment.example:
#   Database     MESSAGERIE_DB_DATASOURCE_CLASS (org.postgresql.ds.PGSimpleDataSource),
#                MESSAGERIE_DB_URL (jdbc:postgresql://host:5432/messagerie),
#                MESSAGERIE_DB_USER, MESSAGERIE_DB_PASSWORD
#   Mail         MESSAGERIE_SMTP_HOST, MESSAGERIE_SMTP_PORT, MESSAGERIE_SMTP_USER,
#                MESSAGERIE_SMTP_PASSWORD, MESSAGERIE_SMTP_AUTH, MESSAGERIE_SMTP_STARTTLS,
#                MESSAGERIE_MAIL_FROM
#   SMS          MESSAGERIE_SMS_GATEWAY_URL, MESSAGERIE_SMS_GATEWAY_KEY
#   Service      MESSAGERIE_PUBLIC_BASE_URL (https://... : also makes the session cookie Secure),
#                MESSAGERIE_DEMO_DATA (false), MESSAGERIE_FACES_STAGE (Production)
#   Delivery     MESSAGERIE_NOTIFICATION_RETRY_BASE_SECONDS, MESSAGERIE_NOTIFICATION_MAX_ATTEMPTS,
#                MESSAGERIE_NOTIFICATION_SWEEP_SECONDS
#   JVM          MEM_MAX_RAM_PERCENTAGE, JVM_ARGS (above)

# Only the HTTP port is meant to be published, behind a TLS-terminating reverse proxy that sets
# X-Forwarded-Proto. The base image also declares 4848, 8181 and 9009: do not publish them; the
# pre-boot commands bind the admin listener (4848) to loopback and switch 8181 off anyway.
EXPOSE 8080

# Ready = the WAR is deployed and its database and broker checks are UP. A start takes about 45 s
# on 2 cores (boot, deploy, database migrations), longer on a small CPU share: start period 2 min.
# Orchestrators: route traffic on /health/ready, restart on /health/live (liveness checks nothing
# external, so a database outage does not cause restart loops).
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["bash", "/opt/payara/healthcheck.sh"]
