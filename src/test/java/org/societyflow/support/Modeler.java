package org.societyflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Deploys as Camunda Modeler 5's "Deploy to Camunda 7" does: a multipart POST to {@code /engine-rest/deployment/create}
 * with the deployment's name and source, {@code deploy-changed-only}, and each file as an octet-stream part, HTTP Basic.
 */
public final class Modeler {

    /** The engine's answer: status and body. */
    public record Response(int status, String body) {
    }

    private Modeler() {
    }

    /** {@code user} null: no credentials; else user = password. Files: name → content. */
    public static Response deploy(int port, String user, String deploymentName, Map<String, String> files) {
        String boundary = "----modeler" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        part(body, boundary, "deployment-name", deploymentName);
        part(body, boundary, "deployment-source", "Camunda Modeler");
        part(body, boundary, "deploy-changed-only", "true");
        files.forEach((name, content) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"").append(name)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n").append(content).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void part(StringBuilder body, String boundary, String name, String value) {
        body.append("--").append(boundary).append("\r\n").append("Content-Disposition: form-data; name=\"").append(name)
                .append("\"\r\n\r\n").append(value).append("\r\n");
    }
}
