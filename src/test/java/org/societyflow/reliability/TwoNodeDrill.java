package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two nodes of the packaged app on one MariaDB database, started at the same moment with a new release of the models,
 * then a load of 变更 spread over both: the release is deployed once, the 换届 their start-up scans open are opened
 * once, no job or timer runs twice (Camunda's job log, and the mails the SMTP server received), no task is lost, and
 * every request gets a 2xx or a 4xx with a body — conflicts as 409, never a 5xx.
 *
 * <p>Not part of the normal integration suite (the name ends in Drill); {@code .ci/run} runs it after the MariaDB
 * integration suite; see docs/RELIABILITY.md.
 */
class TwoNodeDrill {

    static final Duration START_UP = Duration.ofMinutes(4);
    static final Duration LOAD = Duration.ofSeconds(45);

    @Test
    void twoNodesRunEveryJobAndTimerOnceAndAnswerEveryRequest() throws Exception {
        DrillDatabase db = DrillDatabase.fresh("nodes", "societyflow_nodes");
        ChangeLedger ledger = new ChangeLedger(db);
        GreenMail smtp = new GreenMail(new ServerSetup(AppNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        int mailPort = smtp.getSmtp().getPort();
        List<AppNode> nodes = new ArrayList<>();
        try {
            // the first installation: one node creates the schema and the demo data (the demo data is not cluster-safe,
            // its loaders check and insert: the cluster's nodes do not load it); its 换届 scan finds nothing due yet
            AppNode installer = AppNode.of("installer", db.url(), mailPort, List.of("--societyflow.demo-data=true",
                    "--societyflow.reelection.start-before=P-10Y"));
            nodes.add(installer);
            installer.start().awaitReady(START_UP);
            installer.stop();
            long deployments = db.count("select count(*) from ACT_RE_DEPLOYMENT");

            // then the cluster starts at once, both nodes with a new model in the release and the usual 换届 scan
            List<String> release = List.of("--camunda.bpm.deployment-resource-pattern=classpath*:**/*.bpmn,"
                    + "classpath*:**/*.dmn,classpath*:**/*.form,file:" + newModel().toAbsolutePath());
            AppNode a = AppNode.of("node-a", db.url(), mailPort, release);
            AppNode b = AppNode.of("node-b", db.url(), mailPort, release);
            nodes.add(a);
            nodes.add(b);
            a.start();
            b.start();
            a.awaitReady(START_UP);
            b.awaitReady(START_UP);

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

            ChangeTraffic traffic = new ChangeTraffic(List.of(a.port(), b.port()), Duration.ofSeconds(15)).start();
            Thread.sleep(LOAD.toMillis());
            traffic.stop();
            report("load: " + traffic.summary());
            assertThat(a.alive() && b.alive()).as("both nodes still running").isTrue();
            report("states after the load " + ledger.states());
            // the filings still open: their reminder and overdue timers come due within 20 s
            Thread.sleep(Duration.ofSeconds(22).toMillis());
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
        } finally {
            for (AppNode node : nodes) {
                node.stop();
            }
            smtp.stop();
        }
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
