#!/bin/bash
# Container health check (Dockerfile HEALTHCHECK): healthy = the WAR is deployed and its
# readiness checks (database, JMS broker) are UP on http://localhost:8080/health/ready.
#
# The payara/server-full image has no curl or wget: bash's /dev/tcp sends one HTTP/1.0 request
# (the server closes the connection after the answer).
# The status code alone is not enough: before the WAR is deployed, or if its deployment failed,
# /health/ready may answer 200 {"status":"UP","checks":[]}. So the answer must also list checks.
exec 3<>/dev/tcp/127.0.0.1/8080 || exit 1
printf 'GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
response=$(timeout 4 cat <&3)
status_line=${response%%$'\r'*}
[[ $status_line == *' 200 '* && $response == *'"checks":[{'* ]]
