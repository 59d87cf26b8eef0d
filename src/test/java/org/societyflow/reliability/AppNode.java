package org.societyflow.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.societyflow.identity.ReadinessLog;
import org.societyflow.support.Api;

/**
 * The packaged application ({@code target/societyflow-*.jar}, built by {@code mvn package} before failsafe runs) in a
 * JVM of its own, production-like: the {@code mysql} profile on a MariaDB database, plus the demo users and societies
 * as the load's fixtures. Killing it is a real SIGKILL of that JVM.
 */
final class AppNode {

    /**
     * How long a start-up may take: 4 minutes, or {@code -Dreliability.start-up} (an ISO-8601 duration such as PT10M)
     * on a machine shared with other builds.
     */
    static final Duration START_UP = Duration.parse(System.getProperty("reliability.start-up", "PT4M"));

    private final String name;
    private final int port;
    private final List<String> command;
    private final Path log;
    private Process process;
    /** Where this start's part of the log begins (a restarted node appends to the same log). */
    private long logFrom;

    private AppNode(String name, int port, List<String> command, Path log) {
        this.name = name;
        this.port = port;
        this.command = command;
        this.log = log;
    }

    /**
     * A node on {@code jdbcUrl} that mails to the drill's SMTP server, with the 变更 filing deadlines shortened to
     * seconds so their timers fire during the drill; {@code settings} are more --key=value (the first node on a
     * database adds {@code --societyflow.demo-data=true}: the demo users and societies are the load's fixtures).
     */
    static AppNode of(String name, String jdbcUrl, int smtpPort, List<String> settings) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                // a drill's time is mostly start-ups, CPU-bound on a CI machine of 2 cores: the client compiler alone
                // and the serial collector leave the cores to the start-up (the drills prove behaviour, not speed)
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", jar().toAbsolutePath().toString(),
                "--server.port=" + port,
                "--spring.profiles.active=mysql",
                "--spring.datasource.url=" + jdbcUrl,
                "--camunda.bpm.admin-user.id=admin",
                "--camunda.bpm.admin-user.password=admin",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                // the engine's name for itself in the job log (ACT_HI_JOB_LOG.HOSTNAME_): who ran which job
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                // a 变更's 民政局 filing is due in seconds, its reminder a few seconds before: the timers fire in the drill
                "--societyflow.deadlines.change-filing=PT20S",
                "--societyflow.deadlines.change-filing-reminder=PT10S",
                // look for due timers every 2 s at most, not every 60 s when idle
                "--camunda.bpm.job-execution.max-wait=2000"));
        command.addAll(settings);
        Path dir = Files.createDirectories(Path.of("target", "reliability"));
        return new AppNode(name, port, command, dir.resolve(name + ".log"));
    }

    /** The same node (name, port, log), to be started next without {@code setting}. */
    AppNode without(String setting) {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " still running");
        }
        return new AppNode(name, port, command.stream().filter(argument -> !argument.equals(setting)).toList(), log);
    }

    int port() {
        return port;
    }

    /** Starts the JVM (appending to its log, so a restart keeps the story) without waiting for it. */
    AppNode start() throws IOException {
        logFrom = Files.exists(log) ? Files.size(log) : 0;
        Path work = Files.createDirectories(Path.of("target", "reliability", name + "-work"));
        process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return this;
    }

    /**
     * Waits until the app says its start-up work is done (the setup of groups and demo users and the scans after it run
     * once the web server already answers) and a society's secretariat can read its 变更 over the API.
     */
    AppNode awaitReady() throws Exception {
        Instant until = Instant.now().plus(START_UP);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see " + log.toAbsolutePath());
            }
            try {
                if (saidReadySinceThisStart()
                        && Api.as(port, "soc-whcs", "soc-whcs").get("/api/v1/changes").status() == 200) {
                    return this;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready after " + START_UP + ", see " + log.toAbsolutePath());
    }

    private boolean saidReadySinceThisStart() throws IOException {
        try (var in = Files.newInputStream(log)) {
            in.skipNBytes(logFrom);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(ReadinessLog.READY);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no transaction finishes, connections simply drop. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: Spring's graceful shutdown. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("societyflow-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "no target/societyflow-*.jar: run through mvn verify (package comes first)"));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String toString() {
        return name + "@" + port;
    }
}
