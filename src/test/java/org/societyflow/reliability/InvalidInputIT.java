package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.camunda.bpm.engine.IdentityService;
import org.societyflow.change.ChangeFixtures;
import org.societyflow.founding.FoundingFixtures;
import org.societyflow.grant.GrantFixtures;
import org.societyflow.identity.Applicants;
import org.societyflow.support.Api;
import org.societyflow.support.Files;
import org.societyflow.support.Initiators;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.Mailbox;
import org.societyflow.support.TestSocieties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Generated bad values in every field of the societies' main forms, saved through the API: each is either accepted
 * (and then shown escaped on the portal page) or refused with a 4xx problem naming the field, and a refusal stores
 * nothing. Never a 5xx. Plus uploads with hostile file names, wrong types and no content.
 */
@IntegrationTest
class InvalidInputIT {

    static final String SCRIPT = "<script>alert('x')</script>";
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What each leaf of a valid body is replaced with, by the leaf's kind. */
    static final Map<String, Function<JsonNode, JsonNode>> MUTATIONS = new LinkedHashMap<>();

    static {
        MUTATIONS.put("null", leaf -> NODES.nullNode());
        MUTATIONS.put("empty", leaf -> NODES.textNode(""));
        MUTATIONS.put("too long", leaf -> NODES.textNode("长".repeat(20_000)));
        MUTATIONS.put("wrong type", leaf -> leaf.isNumber() || leaf.isBoolean() ? NODES.textNode("abc")
                : NODES.objectNode().put("nested", 1));
        MUTATIONS.put("negative", leaf -> leaf.isNumber() ? NODES.numberNode(-1) : NODES.textNode("-1"));
        MUTATIONS.put("huge number", leaf -> NODES.numberNode(new java.math.BigDecimal("1e400")));
        MUTATIONS.put("html", leaf -> NODES.textNode(SCRIPT));
        MUTATIONS.put("sql", leaf -> NODES.textNode("x'); DROP TABLE society; --"));
        MUTATIONS.put("bad encoding", leaf -> NODES.textNode("\uD800\u0000\uFFFE"));
        MUTATIONS.put("path traversal", leaf -> NODES.textNode("../../../../etc/passwd"));
    }

    /** Registrations send a confirmation mail where the profile asks for one (MariaDB's); it must arrive somewhere. */
    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @LocalServerPort
    int port;
    @Autowired
    TestSocieties testSocieties;
    @Autowired
    IdentityService identityService;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void everyFieldOfA变更RequestRefusesOrEscapesBadValues() {
        Api society = account();
        long id = society.post("/api/v1/changes", null).body().get("id").asLong();
        fuzz(society, "/api/v1/changes/" + id + "/request", "/changes/" + id, json.valueToTree(ChangeFixtures.addressChange()));
    }

    @Test
    void everyFieldOfAGrantApplicationRefusesOrEscapesBadValues() {
        long programme = GrantFixtures.publishedProgramme(Api.as(port, "affairs", "affairs"));
        Api society = account();
        long id = society.post("/api/v1/grants?programmeId=" + programme, null).body().get("id").asLong();
        fuzz(society, "/api/v1/grants/" + id + "/form", "/grants/" + id, json.valueToTree(GrantFixtures.grantForm("青年沙龙", 30_000)));
    }

    @Test
    void everyFieldOfAFoundingApplicationRefusesOrEscapesBadValues() {
        Api applicant = Initiators.fresh(identityService, port);
        long id = applicant.post("/api/v1/foundings", null).body().get("id").asLong();
        fuzz(applicant, "/api/v1/foundings/" + id + "/application", "/foundings/" + id,
                json.valueToTree(FoundingFixtures.application("武汉测试学会", "whtest")));
    }

    @Test
    void everyFieldOfARegistrationRefusesOrEscapesBadValuesAndCreatesNoAccountWhenRefused() {
        Api anonymous = Api.anonymous(port);
        java.util.concurrent.atomic.AtomicReference<String> userId = new java.util.concurrent.atomic.AtomicReference<>();
        JsonNode valid = json.valueToTree(Applicants.form("placeholder"));
        fuzz(valid, bad -> {
            // a fresh user id per attempt, unless the user id itself is the bad value
            String fresh = Applicants.freshUserId();
            userId.set(fresh);
            ObjectNode body = (ObjectNode) bad.deepCopy();
            if (body.path("userId").asText().equals("placeholder")) {
                body.put("userId", fresh);
                body.put("email", fresh + "@example.com");
            }
            return anonymous.post("/api/v1/registrations", body);
        }, () -> identityService.createUserQuery().count(), () -> "", () -> { });
    }

    @Test
    void hostileUploadsAreRefusedOrStoredUnderASafeName() {
        Api society = account();
        long id = society.post("/api/v1/changes", null).body().get("id").asLong();
        String path = "/api/v1/changes/" + id + "/attachments";
        assertThat(society.upload(path, "kind", "RESOLUTION", "empty.pdf", new byte[0]).status()).isEqualTo(400);
        assertThat(society.upload(path, "kind", "RESOLUTION", "page.html", SCRIPT.getBytes()).status()).isBetween(400, 499);
        assertThat(society.upload(path, "kind", "RESOLUTION", "fake.pdf", "MZ\u0090 not a pdf".getBytes()).status())
                .isBetween(400, 499);
        assertThat(society.upload(path, "kind", "NO_SUCH_KIND", "a.pdf", Files.pdf()).status()).isBetween(400, 499);
        assertThat(society.upload(path, "kind", "RESOLUTION", "a.pdf", new byte[11 * 1024 * 1024]).status()).isBetween(400, 499);
        assertThat(society.get(path).body()).as("nothing stored by the refused uploads").isEmpty();

        Api.Response traversal = society.upload(path, "kind", "RESOLUTION", "../../../etc/passwd.pdf", Files.pdf());
        if (traversal.status() < 300) {
            String stored = society.get(path).body().get(0).get("filename").asText();
            assertThat(stored).doesNotContain("/").doesNotContain("..");
        } else {
            assertThat(traversal.status()).isBetween(400, 499);
        }
        Api.Response script = society.upload(path, "kind", "RESOLUTION", SCRIPT + ".pdf", Files.pdf());
        assertThat(script.status()).isLessThan(500);
        assertThat(society.get("/changes/" + id).text()).doesNotContain(SCRIPT);
    }

    private Api account() {
        String account = "soc-" + testSocieties.registerActive("bad").getCode();
        return Api.as(port, account, account);
    }

    /** Each leaf of the valid body in turn gets each bad value; the form is saved through PUT. */
    private void fuzz(Api society, String form, String page, JsonNode valid) {
        assertThat(society.put(form, valid).status()).as("the valid body").isEqualTo(200);
        fuzz(valid, bad -> society.put(form, bad), () -> society.get(form).body(), () -> society.get(page).text(),
                () -> society.put(form, valid));
    }

    /**
     * Sends the valid body with each leaf in turn replaced by each bad value. A refusal must be a 4xx problem that
     * leaves {@code state} as it was; an accepted script must not appear unescaped on {@code page}.
     */
    private void fuzz(JsonNode valid, Function<JsonNode, Api.Response> send, Supplier<Object> state,
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
                    if (!java.util.Objects.equals(state.get(), before)) {
                        failures.add(cell + " but something was stored");
                    }
                } else if (mutation.getKey().equals("html") && page.get().contains(SCRIPT)) {
                    failures.add(cell + " and the page renders the script unescaped");
                }
                restore.run();
            }
        }
        assertThat(tried).isGreaterThanOrEqualTo(3 * MUTATIONS.size());
        assertThat(failures).isEmpty();
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
