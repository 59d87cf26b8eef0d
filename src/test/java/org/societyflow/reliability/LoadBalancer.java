package org.societyflow.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * nginx (Debian's package, {@code .ci/run} installs it) in front of the nodes: round robin, no stickiness, a request
 * that cannot reach a node (refused, timed out) passed to the next one, as a production balancer is set up. Runs in
 * the foreground in a folder of its own under target/reliability, and logs which node answered each request.
 */
final class LoadBalancer {

    private static final Pattern UPSTREAM = Pattern.compile("upstream=(\\S+)");

    private final Path dir;
    private final int port;
    private final Process process;

    private LoadBalancer(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    static LoadBalancer start(List<AppNode> nodes) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "reliability", "nginx").toAbsolutePath());
        Files.createDirectories(dir.resolve("temp"));
        Files.deleteIfExists(dir.resolve("access.log"));
        int port = AppNode.freePort();
        String servers = nodes.stream().map(node -> "    server 127.0.0.1:" + node.port() + " max_fails=1 fail_timeout=5s;")
                .collect(Collectors.joining("\n"));
        Files.writeString(dir.resolve("nginx.conf"), """
                worker_processes 1;
                error_log %1$s/error.log;
                pid %1$s/nginx.pid;
                events { worker_connections 256; }
                http {
                  log_format upstreams '$request upstream=$upstream_addr status=$status';
                  access_log %1$s/access.log upstreams;
                  client_body_temp_path %1$s/temp/body;
                  proxy_temp_path %1$s/temp/proxy;
                  fastcgi_temp_path %1$s/temp/fastcgi;
                  uwsgi_temp_path %1$s/temp/uwsgi;
                  scgi_temp_path %1$s/temp/scgi;
                  upstream societyflow {
                %2$s
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    client_max_body_size 25m;
                    location / {
                      proxy_pass http://societyflow;
                      proxy_set_header Host $http_host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                      proxy_connect_timeout 2s;
                      proxy_next_upstream error timeout;
                    }
                  }
                }
                """.formatted(dir, servers, port));
        Process process = new ProcessBuilder("nginx", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-g", "daemon off;").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("nginx.out").toFile())).start();
        LoadBalancer balancer = new LoadBalancer(dir, port, process);
        balancer.awaitListening(Duration.ofSeconds(20));
        return balancer;
    }

    int port() {
        return port;
    }

    /** The node addresses that answered requests so far (from the access log). */
    Set<String> nodesThatAnswered() throws IOException {
        Set<String> nodes = new TreeSet<>();
        Path log = dir.resolve("access.log");
        if (Files.exists(log)) {
            Matcher upstream = UPSTREAM.matcher(Files.readString(log));
            while (upstream.find()) {
                nodes.add(upstream.group(1));
            }
        }
        return nodes;
    }

    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private void awaitListening(Duration timeout) throws Exception {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + ", see " + dir);
            }
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("nginx not listening after " + timeout + ", see " + dir);
    }
}
