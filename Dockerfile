# Builds and runs SocietyFlow; used by docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY processes processes
COPY forms forms
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# the health check asks the readiness probe with curl, installed here if the base image lacks it
RUN command -v curl >/dev/null || (apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*)
WORKDIR /app
COPY --from=build /src/target/societyflow-*.jar app.jar
EXPOSE 8080
# healthy once the start-up work is done and the database, the engine and its job executor (and the SMTP server when
# one is configured) answer: docs/OPERATIONS.md
HEALTHCHECK --interval=10s --timeout=5s --start-period=300s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${PORT:-8080}/actuator/health/readiness" || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
