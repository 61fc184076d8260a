# srm serve in a container: the distribution's runnable jar on a Java 21 runtime (virtual threads),
# as an unprivileged user, listening on every address of the container on port 8080.
#
#   mvn -B -DskipTests package                 # makes cli/target/srm.jar
#   docker build -t srm-serve .
#   docker run --rm -p 8080:8080 srm-serve
#
# Not built by CI (the build machines have no container engine); ServeIT checks that what this
# file copies exists after mvn package.
FROM eclipse-temurin:21-jre

RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin srm
COPY --chown=root:root --chmod=0444 cli/target/srm.jar /opt/srm/srm.jar
COPY --chown=root:root --chmod=0444 LICENSE NOTICE /opt/srm/

USER 10001
EXPOSE 8080

# bash's /dev/tcp, so that the image needs no curl or wget.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

# SIGTERM (docker stop) finishes the requests in flight before the service ends.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/srm/srm.jar", "serve", "--bind", "0.0.0.0", "--port", "8080"]
