package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.societyflow.support.PortalLogin;

/**
 * Two nodes of the packaged app on one MariaDB database, what a cluster must hold, proven in turn on the same two
 * nodes (their start-ups are most of a drill's time, so they are started once for all three):
 * <ol>
 * <li>started at the same moment with a new release of the models, the release is deployed once and the 换届 their
 * start-up scans open are opened once;
 * <li>under a load of 变更 spread over both, no job or timer runs twice (Camunda's job log, and the mails the SMTP
 * server received), no task is lost, and every request gets a 2xx or a 4xx with a body — conflicts as 409, never a 5xx;
 * <li>browser sessions live in the database (Spring Session JDBC): a user who logged in on one node goes on without
 * logging in again on the other node, after the node of the login died and after it restarted — in the portal,
 * Tasklist and Cockpit alike, CSRF tokens included — and so does a user behind a real load balancer (nginx, round
 * robin, no sticky sessions) while the nodes die in turn. Logging out ends that session everywhere, and only it.
 * </ol>
 *
 * <p>Not part of the normal integration suite (the name ends in Drill); {@code .ci/run} installs nginx when missing and
 * runs it with the other drills on MariaDB; see docs/RELIABILITY.md and docs/OPERATIONS.md §3 and §5.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeDrill {

    static final Duration LOAD = Duration.ofSeconds(45);
    /** Rounds of the balanced browser's requests between two events; each round is several requests, spread by nginx. */
    private static final int ROUNDS = 3;

    private DrillDatabase db;
    private GreenMail smtp;
    private AppNode installer;
    private AppNode a;
    private AppNode b;
    private LoadBalancer balancer;
    /** Deployments the first installation made, before the cluster started with the release. */
    private long deployments;

    @BeforeAll
    void startTheClusterOnAnInstalledDatabase() throws Exception {
        db = DrillDatabase.fresh("nodes", "societyflow_nodes");
        smtp = new GreenMail(new ServerSetup(AppNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        int mailPort = smtp.getSmtp().getPort();
        // the first installation: one node creates the schema and the demo data (the demo data is not cluster-safe,
        // its loaders check and insert: the cluster's nodes do not load it); its 换届 scan finds nothing due yet
        installer = AppNode.of("installer", db.url(), mailPort, List.of("--societyflow.demo-data=true",
                "--societyflow.reelection.start-before=P-10Y"));
        installer.start().awaitReady();
        installer.stop();
        deployments = db.count("select count(*) from ACT_RE_DEPLOYMENT");

        // then the cluster starts at once, both nodes with a new model in the release and the usual 换届 scan
        List<String> release = List.of("--camunda.bpm.deployment-resource-pattern=classpath*:**/*.bpmn,"
                + "classpath*:**/*.dmn,classpath*:**/*.form,file:" + newModel().toAbsolutePath());
        a = AppNode.of("node-a", db.url(), mailPort, release);
        b = AppNode.of("node-b", db.url(), mailPort, release);
        a.start();
        b.start();
        a.awaitReady();
        b.awaitReady();
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (balancer != null) {
            balancer.stop();
        }
        for (AppNode node : new AppNode[] {installer, a, b}) {
            if (node != null) {
                node.stop();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void startedTogetherTheyDeployTheReleaseOnceAndOpenEachDueReelectionOnce() throws Exception {
        assertThat(db.count("select count(*) from ACT_RE_DEPLOYMENT")).as("deployments of the release").isEqualTo(deployments + 1);
        assertThat(db.count("select count(*) from ACT_RE_PROCDEF where KEY_ = 'reliability-release'")).isEqualTo(1);
        assertThat(db.strings("select concat(KEY_, ' v', VERSION_) from ACT_RE_PROCDEF group by KEY_, VERSION_ having count(*) > 1"))
                .as("a process version deployed twice").isEmpty();
        long reelections = db.count("select count(*) from reelection");
        report("deployments " + deployments + " -> " + db.count("select count(*) from ACT_RE_DEPLOYMENT")
                + "; 换届 opened by the two start-up scans " + reelections);
        assertThat(reelections).as("换届 due (武汉医学会, 武汉农学会)").isPositive();
        assertThat(db.strings("select society_id from reelection group by society_id having count(*) > 1"))
                .as("a society's 换届 opened twice").isEmpty();
    }

    @Test
    @Order(2)
    void underLoadTheyRunEveryJobAndTimerOnceAndAnswerEveryRequest() throws Exception {
        ChangeLedger ledger = new ChangeLedger(db);
        ChangeTraffic traffic = new ChangeTraffic(List.of(a.port(), b.port()), Duration.ofSeconds(15)).start();
        Thread.sleep(LOAD.toMillis());
        traffic.stop();
        report("load: " + traffic.summary());
        assertThat(a.alive() && b.alive()).as("both nodes still running").isTrue();
        report("states after the load " + ledger.states());
        // the filings still open: their reminder and overdue timers come due within 20 s
        ledger.awaitFilingTimersFired(Duration.ofMinutes(1));
        ledger.awaitDueJobsDone(Duration.ofMinutes(1));
        traffic.finishOpenChanges(db);
        ledger.awaitDueJobsDone(Duration.ofMinutes(1));

        report("after finishing every open 变更: " + ledger.states() + "; " + traffic.summary());
        report("jobs by node " + ledger.jobsByNode() + "; filing timers fired " + ledger.timersFired()
                + "; mails " + smtp.getReceivedMessages().length + " for " + ledger.mailsSent() + " sends");
        assertThat(traffic.faults).as("5xx, or 4xx without a body").isEmpty();
        assertThat(traffic.answers).as("requests without an answer").doesNotContainKey(ChangeTraffic.NO_ANSWER);
        assertThat(ledger.states()).containsOnlyKeys("FILED::ended");
        ledger.assertEveryAcknowledgedRequestStored(traffic);
        ledger.assertDomainAndProcessesAgree();
        assertThat(ledger.jobsByNode()).as("both nodes ran jobs").containsKeys("node-a", "node-b");
        assertThat(ledger.jobsRunTwice()).as("jobs run twice").isEmpty();
        assertThat(ledger.timersFired()).as("filing timers fired").isPositive();
        assertThat(ledger.timersFiredTwice()).as("timers fired twice").isEmpty();
        assertThat(smtp.getReceivedMessages()).as("one mail per send").hasSize((int) ledger.mailsSent());
        assertThat(ledger.failedJobs()).as("failed jobs").isZero();
        assertThat(ledger.incidents()).as("incidents").isZero();
    }

    /**
     * Two browsers, both {@code admin}: one on the nodes' own addresses (its login on A, its cookies sent to B), one
     * behind nginx. Node A is killed, restarted, then node B is killed; neither browser logs in again.
     */
    @Test
    @Order(3)
    void aBrowserStaysLoggedInOnEitherNodeAndBehindTheBalancerWhileTheNodesDieInTurn() throws Exception {
        balancer = LoadBalancer.start(List.of(a, b));

        PortalLogin onA = new PortalLogin(a.port());
        assertThat(onA.logIn("admin", "admin")).isEqualTo("/");
        // Tasklist opened on A: Camunda's own login and CSRF token join the session
        assertThat(onA.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        assertThat(adminSessions()).as("the session of the login on A").isEqualTo(1);
        PortalLogin onB = onA.at(b.port());
        assertLoggedIn(onB, "on the other node");

        PortalLogin balanced = new PortalLogin(balancer.port());
        assertThat(balanced.logIn("admin", "admin")).isEqualTo("/");
        rounds(balanced, "with both nodes up");
        assertThat(balancer.nodesThatAnswered()).as("round robin: both nodes answered")
                .contains("127.0.0.1:" + a.port(), "127.0.0.1:" + b.port());

        a.kill();
        assertLoggedIn(onB, "after the node of the login died");
        rounds(balanced, "with node A killed");

        a.start().awaitReady();
        b.kill();
        PortalLogin onRestartedA = onB.at(a.port());
        assertLoggedIn(onRestartedA, "after that node restarted");
        rounds(balanced, "with node A restarted and node B killed");

        assertLoggedOut(onRestartedA);
        assertThat(adminSessions()).as("the balanced browser's session, left alone by the other's logout").isEqualTo(1);
        rounds(balanced, "after the other browser logged out");
        assertLoggedOut(balanced);
        assertThat(adminSessions()).as("sessions after both logouts").isZero();
    }

    /** The portal, Cockpit, the webapps' own login and a Tasklist POST answer the browser without a new login. */
    private static void assertLoggedIn(PortalLogin browser, String when) {
        assertThat(browser.get("/").statusCode()).as("the portal " + when).isEqualTo(200);
        assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).as("Cockpit " + when).isEqualTo(200);
        HttpResponse<String> user = browser.getJson("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).as("the webapps' login " + when).isEqualTo(200);
        assertThat(user.body()).as("the webapps' login " + when).contains("\"userId\":\"admin\"");
        // a webapp POST passes Camunda's CSRF filter with the token the session holds
        assertThat(browser.postToWebapps("/camunda/api/engine/engine/default/task/count", "{}").statusCode())
                .as("Tasklist's query " + when).isEqualTo(200);
    }

    private static void rounds(PortalLogin browser, String when) {
        for (int round = 0; round < ROUNDS; round++) {
            assertLoggedIn(browser, when);
        }
    }

    private static void assertLoggedOut(PortalLogin browser) {
        HttpResponse<String> logout = browser.submit("/", "/logout", Map.of());
        assertThat(logout.headers().firstValue("Location").orElse("")).contains("/login?logout");
        assertThat(browser.get("/").statusCode()).as("logged out").isEqualTo(302);
    }

    private long adminSessions() throws Exception {
        return db.count("select count(*) from SPRING_SESSION where PRINCIPAL_NAME = ?", "admin");
    }

    /** A model the first installation did not have, as a new release brings. */
    private static Path newModel() throws Exception {
        Path model = Files.createDirectories(Path.of("target", "reliability", "release")).resolve("reliability-release.bpmn");
        Files.writeString(model, """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="release" targetNamespace="http://societyflow.org/bpmn">
                  <bpmn:process id="reliability-release" name="新版本模型" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start"/>
                    <bpmn:sequenceFlow id="F" sourceRef="Start" targetRef="End"/>
                    <bpmn:endEvent id="End"/>
                  </bpmn:process>
                </bpmn:definitions>
                """);
        return model;
    }

    static void report(String line) {
        System.out.println("[two-node drill] " + line);
    }
}
