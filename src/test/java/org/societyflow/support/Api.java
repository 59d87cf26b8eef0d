package org.societyflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** A real HTTP client of the running app, logged in with HTTP Basic as one user. */
public final class Api {

    public record Response(int status, String contentType, JsonNode body, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String base;
    private final String user;
    private final String authorization;

    private Api(String base, String user, String authorization) {
        this.base = base;
        this.user = user;
        this.authorization = authorization;
    }

    public static Api as(int port, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api("http://localhost:" + port, user, "Basic " + token);
    }

    public static Api anonymous(int port) {
        return new Api("http://localhost:" + port, null, null);
    }

    /** Who calls (null when anonymous). */
    public String user() {
        return user;
    }

    public Response get(String path) {
        return send(builder(path).GET());
    }

    public Response post(String path, Object body) {
        return send(builder(path).POST(publisher(body)));
    }

    public Response put(String path, Object body) {
        return send(builder(path).PUT(publisher(body)));
    }

    /** Completes a task through the engine REST API exactly as Tasklist submits a Camunda Form. */
    public Response completeTask(String taskId, Map<String, Object> variables) {
        Map<String, Object> camundaVariables = new HashMap<>();
        variables.forEach((name, value) -> camundaVariables.put(name, Map.of("value", value)));
        return post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", camundaVariables));
    }

    public Response delete(String path) {
        return send(builder(path).DELETE());
    }

    /** A multipart upload as a browser or Camunda Modeler sends it: one text field and one file. */
    public Response upload(String path, String field, String value, String filename, byte[] content) {
        Multipart multipart = new Multipart(Map.of(field, value), filename, content);
        return send(builder(path).setHeader("Content-Type", multipart.contentType()).POST(multipart.publisher()));
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", "zh-CN");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        try {
            String text = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
            return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String text = response.body();
            JsonNode body = null;
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (contentType.contains("json") && !text.isEmpty()) {
                body = JSON.readTree(text);
            }
            return new Response(response.statusCode(), contentType, body, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
