package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.societyflow.support.Api;

/**
 * One node of the packaged app on a MariaDB database of its own, what must survive on it, proven in turn on the same
 * node (a start-up on a fresh database is most of a drill's time, so it is made once for both):
 * <ol>
 * <li>a SIGKILL in the middle of a load of 变更 submissions and reviews, then a restart on the same database: every
 * request the app acknowledged is stored with its process, no 变更 is without its process or the reverse, and the
 * restarted app carries on — its jobs and timers run, every open task can be completed;
 * <li>the backup of docs/OPERATIONS.md §7 under load, on the restarted node: {@code mysqldump --single-transaction} of
 * its database while 变更 are submitted, reviewed and filed and 材料 uploaded; the app stopped; the dump loaded into a
 * new database and the app started on it. Everything acknowledged before the dump began is there — each 变更 with its
 * process and tasks, each 材料 byte for byte — what was acknowledged during the dump is whole or absent, the filing
 * timers that came due while the app was down fire, and every open task can be completed.
 * </ol>
 *
 * <p>Not part of the normal integration suite (the name ends in Drill, not IT): it runs the packaged app in a JVM of its
 * own on a MariaDB server. {@code .ci/run} runs it after the MariaDB integration suite; see docs/RELIABILITY.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OneNodeDrill {

    /** A secretariat of the 变更 load (a directly registered society files no 变更 with the 科协). */
    static final String UPLOADER = "soc-whcs";
    /**
     * The jobs the killed JVM had locked wait for their lock to expire (Camunda's default: 5 minutes); 20 s for the
     * JVM that is killed. The restarted one takes the default again: the backup is a dump of a node as in production.
     */
    static final String SHORT_LOCKS = "--camunda.bpm.job-execution.lock-time-in-millis=20000";

    private DrillDatabase db;
    private GreenMail smtp;
    private AppNode app;
    private AppNode restored;

    /** 材料 acknowledged (201) by the app: its 变更 → attachment id and the bytes sent, as text. */
    private final Map<Long, Map.Entry<Long, String>> uploads = new ConcurrentHashMap<>();
    private volatile boolean uploading;

    @BeforeAll
    void startTheAppOnAFreshDatabase() throws Exception {
        db = DrillDatabase.fresh("crash", "societyflow_crash");
        smtp = new GreenMail(new ServerSetup(AppNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        app = AppNode.of("crash", db.url(), smtp.getSmtp().getPort(), List.of("--societyflow.demo-data=true", SHORT_LOCKS));
        app.start().awaitReady();
    }

    @AfterAll
    void stopEverything() throws Exception {
        uploading = false;
        for (AppNode node : new AppNode[] {app, restored}) {
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
    void everyAcknowledgedRequestSurvivesASigkillAndTheRestartedAppCarriesOn() throws Exception {
        ChangeLedger ledger = new ChangeLedger(db);
        ChangeTraffic traffic = new ChangeTraffic(List.of(app.port()), Duration.ofSeconds(8)).start();
        traffic.awaitAcknowledged(16, 8, Duration.ofMinutes(3));
        app.kill();
        Instant killed = Instant.now();
        traffic.stop();
        report("at the kill: " + traffic.summary());

        // the database alone, before any restart could repair anything
        ledger.assertEveryAcknowledgedRequestStored(traffic);
        ledger.assertDomainAndProcessesAgree();
        Map<String, Long> atKill = ledger.states();
        long lockedByTheDead = db.count("select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null");
        report("states at the kill " + atKill + "; jobs locked by the killed JVM " + lockedByTheDead
                + "; due jobs " + ledger.dueJobs());

        Instant restart = Instant.now();
        app = app.without(SHORT_LOCKS);
        app.start().awaitReady();
        report("restarted in " + Duration.between(restart, Instant.now()).toSeconds() + " s");
        Duration jobs = ledger.awaitDueJobsDone(Duration.ofMinutes(2));
        long timersAfterRestart = db.count("select count(*) from ACT_HI_ACTINST where ACT_ID_ in"
                + " ('RemindFiling', 'EscalateFiling') and START_TIME_ >= ?", Timestamp.from(killed));
        report("due jobs done " + jobs.toSeconds() + " s after the restart; filing timers fired since the kill "
                + timersAfterRestart);
        if (atKill.getOrDefault("APPROVED:RecordFiling:running", 0L) > 0) {
            assertThat(timersAfterRestart).as("filing timers of the killed JVM's open tasks").isPositive();
        }

        traffic.finishOpenChanges(db);
        ledger.awaitDueJobsDone(Duration.ofMinutes(1));
        Map<String, Long> end = ledger.states();
        report("after finishing every open 变更: " + end + "; " + traffic.summary());
        assertThat(end).containsOnlyKeys("FILED::ended");
        ledger.assertEveryAcknowledgedRequestStored(traffic);
        ledger.assertDomainAndProcessesAgree();
        assertThat(traffic.faults).as("5xx, or 4xx without a body").isEmpty();
        assertThat(ledger.failedJobs()).as("failed jobs").isZero();
        assertThat(ledger.incidents()).as("incidents").isZero();
        assertThat(ledger.jobsRunTwice()).as("jobs run twice").isEmpty();
        assertThat(ledger.timersFiredTwice()).as("timers fired twice").isEmpty();
        long mails = smtp.getReceivedMessages().length;
        report("mails received " + mails + " for " + ledger.mailsSent() + " sends the engine recorded");
        // a mail sent in the very moment of the kill is sent again after the restart (at least once, never lost)
        assertThat(mails).isGreaterThanOrEqualTo(ledger.mailsSent());
    }

    @Test
    @Order(2)
    void aDumpTakenUnderLoadRestoresEveryAcknowledgedApplicationAndTheEngineCarriesOn() throws Exception {
        // filings wait up to 30 s after the approval: the dump holds 变更 whose filing timers (10 s, 20 s) are pending
        ChangeTraffic traffic = new ChangeTraffic(List.of(app.port()), Duration.ofSeconds(30)).start();
        Thread uploader = new Thread(() -> upload(app.port()), "uploader");
        uploading = true;
        uploader.start();
        traffic.awaitAcknowledged(12, 6, Duration.ofMinutes(3));
        Instant firstUpload = Instant.now().plusSeconds(60);
        while (uploads.isEmpty() && Instant.now().isBefore(firstUpload)) {
            pause();
        }

        ChangeTraffic.Acknowledged beforeDump = traffic.acknowledged();
        Map<Long, Map.Entry<Long, String>> uploadsBeforeDump = Map.copyOf(uploads);
        Path dump = Files.createDirectories(Path.of("target", "reliability")).resolve(db + ".sql");
        Instant dumpStarted = Instant.now();
        db.dumpTo(dump);
        assertThat(uploadsBeforeDump).as("材料 acknowledged before the dump").isNotEmpty();
        report("dump of " + Files.size(dump) + " bytes in " + Duration.between(dumpStarted, Instant.now()).toMillis()
                + " ms under load; acknowledged before it: " + beforeDump.created().size() + " 变更, "
                + uploadsBeforeDump.size() + " 材料");
        uploading = false;
        uploader.join(30_000);
        traffic.stop();
        app.stop();
        report("load: " + traffic.summary() + "; 材料 " + uploads.size());

        DrillDatabase copy = DrillDatabase.fresh("restored", "societyflow_restored");
        copy.loadFrom(dump);
        long locked = copy.count("select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null");
        // the restore's last step (docs/OPERATIONS.md §7): the backup's job locks belong to stopped nodes
        copy.execute("update ACT_RU_JOB set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null");
        ChangeLedger ledger = new ChangeLedger(copy);
        ledger.assertStored(beforeDump);
        // what was acknowledged during the dump: whole (row, process, task) or absent, never half
        ledger.assertDomainAndProcessesAgree();
        assertThat(copy.count("select count(*) from attachment where size_bytes <> length(content)"))
                .as("材料 with part of their bytes").isZero();
        Map<String, Long> inTheBackup = ledger.states();
        report("states in the backup " + inTheBackup + "; due jobs " + ledger.dueJobs() + ", of them locked " + locked);
        assertThat(inTheBackup.getOrDefault("APPROVED:RecordFiling:running", 0L))
                .as("变更 waiting for their filing, their timers due by the restore").isPositive();

        restored = AppNode.of("restored", copy.url(), smtp.getSmtp().getPort(), List.of());
        Instant restart = Instant.now();
        restored.start().awaitReady();
        report("the app started on the restored database in " + Duration.between(restart, Instant.now()).toSeconds() + " s");
        Api society = Api.as(restored.port(), UPLOADER, UPLOADER);
        uploadsBeforeDump.forEach((change, attachment) -> assertThat(society.get("/api/v1/changes/" + change
                + "/attachments/" + attachment.getKey()).text()).as("材料 of 变更 " + change).isEqualTo(attachment.getValue()));

        ledger.awaitDueJobsDone(Duration.ofMinutes(2));
        assertThat(copy.count("select count(*) from ACT_HI_ACTINST where ACT_ID_ in ('RemindFiling', 'EscalateFiling')"
                + " and START_TIME_ >= ?", Timestamp.from(restart))).as("filing timers fired after the restore").isPositive();
        ChangeTraffic finish = new ChangeTraffic(List.of(restored.port()), Duration.ZERO);
        finish.finishOpenChanges(copy);
        ledger.awaitDueJobsDone(Duration.ofMinutes(1));
        Map<String, Long> end = ledger.states();
        report("after finishing every open 变更 on the restored app: " + end + "; " + finish.summary());
        assertThat(end).containsOnlyKeys("FILED::ended");
        ledger.assertStored(beforeDump);
        assertThat(finish.faults).as("5xx, or 4xx without a body").isEmpty();
        assertThat(ledger.failedJobs()).as("failed jobs").isZero();
        assertThat(ledger.incidents()).as("incidents").isZero();
    }

    /**
     * The secretariat opens a few more 变更 and attaches a 决议 to each, every file different; a few: each is a draft
     * the end of the drill takes through the process after the society's other open 变更 of the same item.
     */
    private void upload(int port) {
        Api society = Api.as(port, UPLOADER, UPLOADER);
        for (int round = 0; uploading && uploads.size() < 2; round++) {
            pause();
            Api.Response change = society.post("/api/v1/changes", null);
            if (change.status() != 201 && change.status() != 200) {
                continue;
            }
            long id = change.body().get("id").asLong();
            String content = "%PDF-1.4\n% backup drill " + round + " " + Instant.now() + "\ntrailer <<>>\n%%EOF\n";
            Api.Response attachment = society.upload("/api/v1/changes/" + id + "/attachments", "kind", "RESOLUTION",
                    "决议" + round + ".pdf", content.getBytes(StandardCharsets.US_ASCII));
            if (attachment.status() == 201) {
                uploads.put(id, Map.entry(attachment.body().get("id").asLong(), content));
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void report(String line) {
        System.out.println("[one-node drill] " + line);
    }
}
