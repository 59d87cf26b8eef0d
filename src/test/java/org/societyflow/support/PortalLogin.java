package org.societyflow.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like client of the portal's login form over real HTTP: cookies, CSRF token, no redirects followed. */
public final class PortalLogin {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies;
    private final HttpClient browser;

    public PortalLogin(int port) {
        this(port, new CookieManager());
    }

    private PortalLogin(int port, CookieManager cookies) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        this.browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same browser, its cookies and so its session, sending its next requests to another node. */
    public PortalLogin at(int port) {
        return new PortalLogin(port, cookies);
    }

    /** Submits the login form; answers where the portal sends the browser (/ when logged in, /login?… when not). */
    public String logIn(String user, String password) {
        Matcher csrf = CSRF.matcher(get("/login").body());
        if (!csrf.find()) {
            throw new AssertionError("no CSRF token on the login page");
        }
        String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> response = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String location = response.headers().firstValue("Location").orElse("");
        return location.startsWith(base) ? location.substring(base.length()) : location;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** A GET as the webapps' scripts send it, asking for JSON. */
    public HttpResponse<String> getJson(String path) {
        return send(request(path).setHeader("Accept", "application/json").GET().build());
    }

    /**
     * Submits a form of a portal page as the browser does: with the page's CSRF token and the page as Referer.
     * Answers the redirect (the portal's forms answer with one); {@link #get} then shows where it leads.
     */
    public HttpResponse<String> submit(String page, String action, Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&").append(encode(name)).append('=')
                .append(encode(value)));
        return submit(page, action, form.toString());
    }

    /** The same with the rest of the form already encoded, for repeated fields ({@code rows=a1&rows=s2}). */
    public HttpResponse<String> submit(String page, String action, String fields) {
        Matcher csrf = CSRF.matcher(get(page).body());
        if (!csrf.find()) {
            throw new AssertionError("no form with a CSRF token on " + page);
        }
        String form = fields + (fields.isEmpty() ? "" : "&") + "_csrf=" + encode(csrf.group(1));
        return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", base + page).POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Submits a form with a file ({@code enctype="multipart/form-data"}) of a portal page as the browser does. */
    public HttpResponse<String> upload(String page, String action, Map<String, String> fields, String filename,
                                       byte[] content) {
        Matcher csrf = CSRF.matcher(get(page).body());
        if (!csrf.find()) {
            throw new AssertionError("no form with a CSRF token on " + page);
        }
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrf.group(1));
        Multipart multipart = new Multipart(withToken, filename, content);
        return send(request(action).header("Content-Type", multipart.contentType()).header("Referer", base + page)
                .POST(multipart.publisher()).build());
    }

    /**
     * Posts JSON to the webapps' API ({@code /camunda/api/…}) as Tasklist does once logged in: with the token of
     * Camunda's CSRF filter, which a page of the webapps hands out in the cookie XSRF-TOKEN.
     */
    public HttpResponse<String> postToWebapps(String path, String json) {
        return postToWebapps(path, "application/json", json);
    }

    /** Posts a form to the webapps' API, as their login page does ({@code …/auth/user/default/login/…}). */
    public HttpResponse<String> postFormToWebapps(String path, Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&").append(encode(name)).append('=')
                .append(encode(value)));
        return postToWebapps(path, "application/x-www-form-urlencoded", form.toString());
    }

    private HttpResponse<String> postToWebapps(String path, String contentType, String body) {
        get("/camunda/app/tasklist/default/");
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(java.net.HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("Tasklist handed out no XSRF-TOKEN cookie"));
        return send(request(path).header("Content-Type", contentType).header("Accept", "application/json")
                .header("X-XSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Accept-Language", "zh-CN");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
