package org.societyflow.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Prometheus server's scrape of {@code /actuator/prometheus}: HTTP Basic, the text format. */
/** @param openedSession whether the answer set a session cookie (a session row in the database) */
record Prometheus(int status, String text, boolean openedSession) {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    static Prometheus scrape(int port, String user, String password) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .header("Accept", "text/plain");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        boolean session = response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("SESSION="));
        return new Prometheus(response.statusCode(), response.body(), session);
    }

    /** The value of one series, {@code name} with exactly these labels as the text writes them ({@code group="x"}). */
    OptionalDouble value(String name, String labels) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)} (\\S+)$").matcher(text);
        while (line.find()) {
            if (line.group(1).contains(labels)) {
                return OptionalDouble.of(Double.parseDouble(line.group(2)));
            }
        }
        return OptionalDouble.empty();
    }
}
