package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.societyflow.support.Api;

/**
 * Ten kinds of bad value for each leaf of a valid JSON body in turn, and what every answer must be: either a 4xx
 * problem with a detail that leaves the stored form as it was, or an acceptance after which the page shows the value
 * escaped. Never a 5xx.
 */
final class BadJson {

    /** Stands for a user id in a body, replaced by a fresh one on each attempt ({@link #freshen}). */
    static final String PLACEHOLDER = "placeholder";

    static final String SCRIPT = "<script>alert('x')</script>";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What each leaf of a valid body is replaced with, by the leaf's kind. */
    static final Map<String, Function<JsonNode, JsonNode>> MUTATIONS = new LinkedHashMap<>();

    static {
        MUTATIONS.put("null", leaf -> NODES.nullNode());
        MUTATIONS.put("empty", leaf -> NODES.textNode(""));
        MUTATIONS.put("too long", leaf -> NODES.textNode("长".repeat(20_000)));
        MUTATIONS.put("wrong type", leaf -> leaf.isNumber() || leaf.isBoolean() ? NODES.textNode("abc")
                : NODES.objectNode().put("nested", 1));
        MUTATIONS.put("negative", leaf -> leaf.isNumber() ? NODES.numberNode(-1) : NODES.textNode("-1"));
        MUTATIONS.put("huge number", leaf -> NODES.numberNode(new BigDecimal("1e400")));
        MUTATIONS.put("html", leaf -> NODES.textNode(SCRIPT));
        MUTATIONS.put("sql", leaf -> NODES.textNode("x'); DROP TABLE society; --"));
        MUTATIONS.put("bad encoding", leaf -> NODES.textNode("\uD800\u0000\uFFFE"));
        MUTATIONS.put("path traversal", leaf -> NODES.textNode("../../../../etc/passwd"));
    }

    private BadJson() {
    }

    static JsonNode tree(Object body) {
        return JSON.valueToTree(body);
    }

    /** A society form saved through PUT {@code form} and shown on {@code page}: each bad body, then the valid one again. */
    static void fuzzForm(Api client, String form, String page, Object validBody) {
        JsonNode valid = tree(validBody);
        assertThat(client.put(form, valid).status()).as("the valid body").isEqualTo(200);
        fuzz(valid, bad -> client.put(form, bad), () -> client.get(form).body(), () -> client.get(page).text(),
                () -> client.put(form, valid));
    }

    /**
     * Sends the valid body with each leaf in turn replaced by each bad value. A refusal must be a 4xx problem that
     * leaves {@code state} as it was; an accepted script must not appear unescaped on {@code page}.
     */
    static void fuzz(JsonNode valid, Function<JsonNode, Api.Response> send, Supplier<Object> state,
                     Supplier<String> page, Runnable restore) {
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (String pointer : leaves(valid, "")) {
            for (var mutation : MUTATIONS.entrySet()) {
                Object before = state.get();
                JsonNode bad = valid.deepCopy();
                replace(bad, pointer, mutation.getValue().apply(valid.at(pointer)));
                Api.Response answer = send.apply(bad);
                tried++;
                String cell = pointer + " " + mutation.getKey() + " -> " + answer.status();
                if (answer.status() >= 500 || answer.status() < 200) {
                    failures.add(cell + " " + answer.text());
                } else if (answer.status() >= 400) {
                    if (answer.body() == null || !answer.body().has("detail")) {
                        failures.add(cell + " without a problem body");
                    }
                    if (!Objects.equals(state.get(), before)) {
                        failures.add(cell + " but something was stored");
                    }
                } else if (mutation.getKey().equals("html") && page.get().contains(SCRIPT)) {
                    failures.add(cell + " and the page renders the script unescaped");
                }
                restore.run();
            }
        }
        assertThat(tried).as("bad bodies sent").isGreaterThanOrEqualTo(MUTATIONS.size());
        assertThat(failures).isEmpty();
    }

    /**
     * The body with {@code placeholder} in each text leaf replaced by {@code fresh}: a value that must be new on each
     * attempt (a user id, a name) stays new unless it is the bad value itself.
     */
    static JsonNode freshen(JsonNode body, String placeholder, String fresh) {
        JsonNode copy = body.deepCopy();
        for (String pointer : leaves(copy, "")) {
            JsonNode leaf = copy.at(pointer);
            if (leaf.isTextual() && leaf.asText().contains(placeholder)) {
                replace(copy, pointer, TextNode.valueOf(leaf.asText().replace(placeholder, fresh)));
            }
        }
        return copy;
    }

    private static List<String> leaves(JsonNode node, String pointer) {
        List<String> leaves = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> leaves.addAll(leaves(f.getValue(), pointer + "/" + f.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves.addAll(leaves(node.get(i), pointer + "/" + i));
            }
        } else {
            leaves.add(pointer);
        }
        return leaves;
    }

    private static void replace(JsonNode root, String pointer, JsonNode value) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
    }
}
