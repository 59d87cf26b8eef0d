package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.societyflow.support.PortalLogin;

/**
 * Browser sessions live in the database (Spring Session JDBC): a user who logged in on one node goes on without
 * logging in again when the next request lands on the other node, after that node restarted, and after the first one
 * died — in the portal, Tasklist and Cockpit alike, CSRF tokens included. Logging out on one node logs out everywhere.
 *
 * <p>Not part of the normal integration suite (the name ends in Drill); {@code .ci/run} runs it with the other drills
 * on MariaDB; see docs/OPERATIONS.md.
 */
class SessionSharingDrill {

    @Test
    void aBrowserSessionOutlivesTheNodeItWasOpenedOn() throws Exception {
        DrillDatabase db = DrillDatabase.fresh("sessions", "societyflow_sessions");
        GreenMail smtp = new GreenMail(new ServerSetup(AppNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        int mailPort = smtp.getSmtp().getPort();
        AppNode a = AppNode.of("sessions-a", db.url(), mailPort, List.of("--societyflow.demo-data=true"));
        AppNode b = AppNode.of("sessions-b", db.url(), mailPort, List.of());
        try {
            a.start().awaitReady(TwoNodeDrill.START_UP);
            b.start().awaitReady(TwoNodeDrill.START_UP);

            PortalLogin onA = new PortalLogin(a.port());
            assertThat(onA.logIn("admin", "admin")).isEqualTo("/");
            // Tasklist opened on A: Camunda's own login and CSRF token join the session
            assertThat(onA.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
            assertThat(db.count("select count(*) from SPRING_SESSION where PRINCIPAL_NAME = ?", "admin")).isEqualTo(1);

            PortalLogin onB = onA.at(b.port());
            assertLoggedIn(onB, "on the other node");

            b.kill();
            b.start().awaitReady(TwoNodeDrill.START_UP);
            assertLoggedIn(onB, "after that node restarted");

            a.kill();
            assertLoggedIn(onB, "after the node of the login died");

            HttpResponse<String> logout = onB.submit("/", "/logout", Map.of());
            assertThat(logout.headers().firstValue("Location").orElse("")).contains("/login?logout");
            assertThat(onB.get("/").statusCode()).as("logged out").isEqualTo(302);
            assertThat(db.count("select count(*) from SPRING_SESSION where PRINCIPAL_NAME = ?", "admin")).isZero();
        } finally {
            a.stop();
            b.stop();
            smtp.stop();
        }
    }

    /** The portal, Cockpit, the webapps' own login and a Tasklist POST answer the browser without a new login. */
    static void assertLoggedIn(PortalLogin browser, String when) {
        assertThat(browser.get("/").statusCode()).as("the portal " + when).isEqualTo(200);
        assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).as("Cockpit " + when).isEqualTo(200);
        HttpResponse<String> user = browser.getJson("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).as("the webapps' login " + when).isEqualTo(200);
        assertThat(user.body()).as("the webapps' login " + when).contains("\"userId\":\"admin\"");
        // a webapp POST passes Camunda's CSRF filter with the token the session holds
        assertThat(browser.postToWebapps("/camunda/api/engine/engine/default/task/count", "{}").statusCode())
                .as("Tasklist's query " + when).isEqualTo(200);
    }
}
