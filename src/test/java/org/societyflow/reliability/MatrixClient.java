package org.societyflow.reliability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.societyflow.support.Files;
import org.societyflow.support.Multipart;

/**
 * One caller of the matrix over real HTTP, redirects not followed: a user with HTTP Basic, or no one, in a browser
 * session holding the CSRF token of its login page, so that what refuses a write is who calls and not a missing token.
 * Pages are asked for as a browser does, the API for JSON; a write sends the given body, else an empty JSON object or
 * form, an attachment a real file.
 */
final class MatrixClient {

    record Answer(int status, String location, String text) {

        boolean toLogin() {
            return status == 302 && location.endsWith("/login");
        }

        @Override
        public String toString() {
            return toLogin() ? "login" : Integer.toString(status);
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final String authorization;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrf;

    MatrixClient(int port, String user) {
        this.base = "http://localhost:" + port;
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        Matcher token = CSRF.matcher(send("GET", "/login", null).text());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the login page");
        }
        csrf = token.group(1);
    }

    Answer send(String method, String path, String body) {
        boolean api = path.startsWith("/api/");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "zh-CN")
                .header("Accept", api ? "application/json, application/problem+json" : "text/html,application/xhtml+xml,*/*;q=0.8");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        if ("GET".equals(method)) {
            request.GET();
        } else if (path.endsWith("/attachments")) {
            Multipart upload = new Multipart(Map.of("kind", "RESOLUTION"), "决议.pdf", Files.pdf());
            request.header("Content-Type", upload.contentType()).method(method, upload.publisher());
        } else {
            boolean json = api || path.startsWith("/engine-rest/");
            request.header("Content-Type", json ? "application/json" : "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(body != null ? body : api ? "{}" : ""));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
