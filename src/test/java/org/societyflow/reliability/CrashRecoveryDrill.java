package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SIGKILL in the middle of a load of 变更 submissions and reviews, then a restart on the same MariaDB database: every
 * request the app acknowledged is stored with its process, no 变更 is without its process or the reverse, and the
 * restarted app carries on — its jobs and timers run, every open task can be completed.
 *
 * <p>Not part of the normal integration suite (the name ends in Drill, not IT): it runs the packaged app in a JVM of its
 * own on a MariaDB server. {@code .ci/run} runs it after the MariaDB integration suite; see docs/RELIABILITY.md.
 */
class CrashRecoveryDrill {

    static final Duration START_UP = Duration.ofMinutes(4);

    @Test
    void everyAcknowledgedRequestSurvivesASigkillAndTheRestartedAppCarriesOn() throws Exception {
        DrillDatabase db = DrillDatabase.fresh("crash", "societyflow_crash");
        ChangeLedger ledger = new ChangeLedger(db);
        GreenMail smtp = new GreenMail(new ServerSetup(AppNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // the jobs the killed JVM had locked wait for their lock to expire (Camunda's default: 5 minutes); 20 s here
        AppNode app = AppNode.of("crash", db.url(), smtp.getSmtp().getPort(),
                List.of("--societyflow.demo-data=true", "--camunda.bpm.job-execution.lock-time-in-millis=20000"));
        try {
            app.start().awaitReady(START_UP);
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
            app.start().awaitReady(START_UP);
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
        } finally {
            app.stop();
            smtp.stop();
        }
    }

    static void report(String line) {
        System.out.println("[crash drill] " + line);
    }
}
