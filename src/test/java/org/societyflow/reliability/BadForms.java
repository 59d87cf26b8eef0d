package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.societyflow.support.Api;
import org.societyflow.support.PortalLogin;

/**
 * The portal's side of {@link BadJson}: the controls of a form as the page renders them, and each bad value in each of
 * them posted as a browser posts it (form-urlencoded). A refusal must be the page again with a message next to the
 * field and nothing stored (or, for the forms of a page's section, a redirect back to the page with the message and
 * nothing stored); an acceptance must leave the page without the script unescaped. Never a 5xx.
 */
final class BadForms {

    private static final Pattern CONTROL = Pattern.compile(
            "<input\\b([^>]*)>|<textarea\\b([^>]*)>(.*?)</textarea>|<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
    private static final Pattern BELOW_TABLE = Pattern.compile("</table>(\\s*</div>)*\\s*<p class=\"field-error\"");

    /** What each field's value is replaced with, already encoded; null leaves the field out as a browser may. */
    static final Map<String, BiFunction<String, String, String>> MUTATIONS = new LinkedHashMap<>();

    static {
        MUTATIONS.put("absent", (name, value) -> null);
        MUTATIONS.put("empty", (name, value) -> encode(name) + "=");
        MUTATIONS.put("too long", (name, value) -> pair(name, "长".repeat(20_000)));
        MUTATIONS.put("wrong type", (name, value) -> value.matches("-?[\\d.]+|\\d{4}-\\d\\d-\\d\\d|true|false")
                ? pair(name, "abc") : pair(name, value) + "&" + pair(name, "第二个值"));
        MUTATIONS.put("negative", (name, value) -> pair(name, "-1"));
        MUTATIONS.put("huge number", (name, value) -> pair(name, "1e400"));
        MUTATIONS.put("html", (name, value) -> pair(name, BadJson.SCRIPT));
        MUTATIONS.put("sql", (name, value) -> pair(name, "x'); DROP TABLE society; --"));
        // not UTF-8 at all, and a NUL
        MUTATIONS.put("bad encoding", (name, value) -> encode(name) + "=%C3%28%FF%00");
        MUTATIONS.put("path traversal", (name, value) -> pair(name, "../../../../etc/passwd"));
    }

    private BadForms() {
    }

    /**
     * The named controls of the form posting to {@code action}, with the values a browser would send, in page order;
     * without the CSRF token, which each submission takes afresh.
     */
    static Map<String, String> fields(String page, String action) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher control = CONTROL.matcher(form(page, action));
        while (control.find()) {
            Map<String, String> attributes = attributes(control.group(1) != null ? control.group(1)
                    : control.group(2) != null ? control.group(2) : control.group(4));
            String name = attributes.get("name");
            String type = attributes.getOrDefault("type", "text");
            if (name == null || name.equals("_csrf") || type.equals("submit") || type.equals("button")
                    || ((type.equals("checkbox") || type.equals("radio")) && !attributes.containsKey("checked"))) {
                continue;
            }
            fields.put(name, control.group(1) != null ? attributes.getOrDefault("value", "")
                    : control.group(2) != null ? unescape(control.group(3)) : selected(control.group(5)));
        }
        return fields;
    }

    /**
     * A society's (or applicant's) form behind a portal page: saves the valid body through the API, so the page shows a
     * complete form, then posts the page's fields with each bad value as the logged-in browser does. The API's
     * {@code apiForm} is the stored state.
     */
    static void fuzzPage(int port, String account, String page, String action, String apiForm, Object validBody) {
        Api api = Api.as(port, account, account);
        JsonNode valid = BadJson.tree(validBody);
        assertThat(api.put(apiForm, valid).status()).as("the valid body").isEqualTo(200);
        PortalLogin browser = new PortalLogin(port);
        assertThat(browser.logIn(account, account)).isEqualTo("/");
        fuzz(fields(browser.get(page).body(), action), form -> browser.submit(page, action, form + "&action=save"),
                () -> api.get(apiForm).body(), () -> browser.get(page).body(), () -> api.put(apiForm, valid));
    }

    /**
     * Posts the valid fields with each field in turn given each bad value ({@code send} adds the CSRF token). Hidden
     * fields, and the empty cells of a table's spare rows, keep their values.
     */
    static void fuzz(Map<String, String> valid, Function<String, HttpResponse<String>> send, Supplier<Object> state,
                     Supplier<String> page, Runnable restore) {
        fuzz(valid, Map.of(), send, state, page, restore);
    }

    /**
     * The same where some fields are checked against another ({@code confirmations}: field → the field that must match
     * it), so a bad value may be reported next to that one.
     */
    static void fuzz(Map<String, String> valid, Map<String, String> confirmations,
                     Function<String, HttpResponse<String>> send, Supplier<Object> state, Supplier<String> page,
                     Runnable restore) {
        fuzz(valid, confirmations, answer -> false, send, state, page, restore);
    }

    /**
     * The same for a form whose acceptance is a page of its own rather than a redirect (a board's bulk result):
     * {@code accepted} tells that page from the form again.
     */
    static void fuzz(Map<String, String> valid, Predicate<HttpResponse<String>> accepted,
                     Function<String, HttpResponse<String>> send, Supplier<Object> state, Supplier<String> page,
                     Runnable restore) {
        fuzz(valid, Map.of(), accepted, send, state, page, restore);
    }

    private static void fuzz(Map<String, String> valid, Map<String, String> confirmations,
                             Predicate<HttpResponse<String>> accepted, Function<String, HttpResponse<String>> send,
                             Supplier<Object> state, Supplier<String> page, Runnable restore) {
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (String field : valid.keySet()) {
            if (field.startsWith("_") || (field.contains("[") && valid.get(field).isEmpty())) {
                continue;
            }
            for (var mutation : MUTATIONS.entrySet()) {
                Object before = state.get();
                HttpResponse<String> answer = send.apply(encoded(valid, field, mutation.getValue().apply(field, valid.get(field))));
                tried++;
                String cell = field + " " + mutation.getKey() + " -> " + answer.statusCode();
                if (answer.statusCode() >= 500 || answer.statusCode() < 200) {
                    failures.add(cell);
                } else if (answer.statusCode() >= 300 && answer.statusCode() < 400) {
                    String shown = page.get();
                    if (shown.contains(BadJson.SCRIPT)) {
                        failures.add(cell + " and the page renders the script unescaped");
                    }
                    // the forms of a page's section go back to the page, a refusal with its message on it
                    if ((shown.contains("class=\"flash error\"") || shown.contains("class=\"field-error\""))
                            && !Objects.equals(state.get(), before)) {
                        failures.add(cell + " refused on the page but something was stored");
                    }
                } else if (accepted.test(answer)) {
                    if (answer.body().contains(BadJson.SCRIPT) || page.get().contains(BadJson.SCRIPT)) {
                        failures.add(cell + " and the page renders the script unescaped");
                    }
                } else {
                    if (!errorNextTo(answer.body(), field)
                            && !(confirmations.containsKey(field) && errorNextTo(answer.body(), confirmations.get(field)))) {
                        failures.add(cell + " without a message next to the field");
                    }
                    if (answer.body().contains(BadJson.SCRIPT)) {
                        failures.add(cell + " and the page renders the script unescaped");
                    }
                    if (!Objects.equals(state.get(), before)) {
                        failures.add(cell + " but something was stored");
                    }
                }
                restore.run();
            }
        }
        assertThat(tried).as("bad forms sent").isGreaterThanOrEqualTo(MUTATIONS.size());
        assertThat(failures).isEmpty();
    }

    /**
     * Whether the page shows a message in the field's place: its {@code div.field}, or for a cell of a table, between
     * what precedes the table (a field or a heading) and the table's end, or right below the table, where the table's
     * messages are. Any control of the name will do: a page may hold two forms with a field of one name (an
     * application's form and its final report each have a summary).
     */
    private static boolean errorNextTo(String page, String field) {
        String control = "name=\"" + field + "\"";
        if (!page.contains(control)) {
            return page.contains("class=\"field-error\"");
        }
        for (int at = page.indexOf(control); at >= 0; at = page.indexOf(control, at + 1)) {
            if (errorNextTo(page, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean errorNextTo(String page, int at) {
        int table = page.lastIndexOf("<table", at);
        int from;
        int to;
        if (table > page.lastIndexOf("</table>", at)) {
            from = Math.max(Math.max(page.lastIndexOf("<div class=\"field", table), page.lastIndexOf("<h3", table)),
                    page.lastIndexOf("<form", table));
            to = page.indexOf("</table>", at);
            if (BELOW_TABLE.matcher(page).region(to, page.length()).lookingAt()) {
                return true;
            }
        } else {
            from = page.lastIndexOf("<div class=\"field", at);
            int next = page.indexOf("<div class=\"field", at);
            to = next < 0 ? page.indexOf("</form>", at) : next;
        }
        return from >= 0 && to > from && page.substring(from, to).contains("class=\"field-error\"");
    }

    private static String form(String page, String action) {
        int at = page.indexOf("action=\"" + action + "\"");
        assertThat(at).as("a form posting to " + action).isPositive();
        return page.substring(page.lastIndexOf("<form", at), page.indexOf("</form>", at));
    }

    private static String encoded(Map<String, String> valid, String field, String replacement) {
        StringBuilder form = new StringBuilder();
        valid.forEach((name, value) -> {
            String pair = name.equals(field) ? replacement : pair(name, value);
            if (pair != null) {
                form.append(form.isEmpty() ? "" : "&").append(pair);
            }
        });
        return form.toString();
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new TreeMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1), unescape(attribute.group(2)));
        }
        return attributes;
    }

    private static String selected(String options) {
        String first = null;
        Matcher option = OPTION.matcher(options);
        while (option.find()) {
            Map<String, String> attributes = attributes(option.group(1));
            if (attributes.containsKey("selected")) {
                return attributes.getOrDefault("value", "");
            }
            first = first == null ? attributes.getOrDefault("value", "") : first;
        }
        return first == null ? "" : first;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }

    private static String pair(String name, String value) {
        return encode(name) + "=" + encode(value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
