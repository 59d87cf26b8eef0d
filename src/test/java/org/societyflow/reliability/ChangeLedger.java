package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the database holds about the 变更 of a drill, read with SQL behind the application's back: every
 * acknowledged request stored, every domain row with its process and the reverse, each row's status matching where
 * its process stands, and what the job executor did.
 */
final class ChangeLedger {

    /** A 变更's status, its open user tasks and whether its process ended: the combinations that make sense. */
    static final Set<String> CONSISTENT_STATES = Set.of("DRAFT:SubmitRequest:running", "SUBMITTED:AffairsReview:running",
            "APPROVED:RecordFiling:running", "FILED::ended");

    private final DrillDatabase db;

    ChangeLedger(DrillDatabase db) {
        this.db = db;
    }

    void assertEveryAcknowledgedRequestStored(ChangeTraffic traffic) throws SQLException {
        assertStored(traffic.acknowledged());
    }

    void assertStored(ChangeTraffic.Acknowledged acknowledged) throws SQLException {
        assertThat(ids("select c.id from change_request c join ACT_HI_PROCINST p on p.ID_ = c.process_instance_id"
                + " and p.BUSINESS_KEY_ = c.application_no")).as("acknowledged 变更 with their process").containsAll(acknowledged.created());
        assertThat(ids("select id from change_request where status in ('SUBMITTED', 'APPROVED', 'FILED')"))
                .as("acknowledged submissions").containsAll(acknowledged.submitted());
        assertThat(ids("select id from change_request where status = 'FILED'")).as("acknowledged filings").containsAll(acknowledged.filed());
        assertThat(new HashSet<>(db.strings("select t.ID_ from ACT_HI_TASKINST t join review_opinion o on o.task_id = t.ID_"
                + " and o.decision = 'approve' where t.TASK_DEF_KEY_ = 'AffairsReview' and t.DELETE_REASON_ = 'completed'")))
                .as("acknowledged reviews, each with its opinion").containsAll(acknowledged.reviewed());
    }

    void assertDomainAndProcessesAgree() throws SQLException {
        assertThat(db.count("select count(*) from change_request c where not exists"
                + " (select 1 from ACT_HI_PROCINST p where p.ID_ = c.process_instance_id)")).as("变更 without a process").isZero();
        assertThat(db.count("select count(*) from ACT_HI_PROCINST p where p.PROC_DEF_KEY_ = 'society-change' and not exists"
                + " (select 1 from change_request c where c.application_no = p.BUSINESS_KEY_)")).as("processes without a 变更").isZero();
        assertThat(states().keySet()).as("status : open tasks : process, with how many").isSubsetOf(CONSISTENT_STATES);
    }

    /** How many 变更 are in each state ({@link #CONSISTENT_STATES}). */
    Map<String, Long> states() throws SQLException {
        return db.strings("select concat(c.status, ':', coalesce((select group_concat(t.TASK_DEF_KEY_) from ACT_RU_TASK t"
                        + " where t.PROC_INST_ID_ = c.process_instance_id), ''), ':',"
                        + " case when p.END_TIME_ is null then 'running' else 'ended' end)"
                        + " from change_request c join ACT_HI_PROCINST p on p.ID_ = c.process_instance_id").stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    /** Waits until the job executor has run every job that is due, and returns how long that took. */
    Duration awaitDueJobsDone(Duration timeout) throws Exception {
        Instant start = Instant.now();
        Instant until = start.plus(timeout);
        while (dueJobs() > 0) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError(dueJobs() + " due jobs still waiting after " + timeout + ": "
                        + db.strings("select concat(TYPE_, ' ', coalesce(HANDLER_TYPE_, ''), ' due ', coalesce(DUEDATE_, ''),"
                        + " ' locked by ', coalesce(LOCK_OWNER_, '-'), ' until ', coalesce(LOCK_EXP_TIME_, '-'),"
                        + " ' retries ', RETRIES_) from ACT_RU_JOB"));
            }
            Thread.sleep(500);
        }
        return Duration.between(start, Instant.now());
    }

    /**
     * Waits until the filing reminder and overdue timers of every 变更 still waiting for its filing have fired (their
     * jobs are gone once they ran): as long as the latest of them is due, no longer.
     */
    void awaitFilingTimersFired(Duration timeout) throws Exception {
        Instant until = Instant.now().plus(timeout);
        String pending = "select count(*) from ACT_RU_JOB where TYPE_ = 'timer' and PROCESS_DEF_KEY_ = 'society-change'";
        while (db.count(pending) > 0) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError(db.count(pending) + " filing timers not fired after " + timeout + ", due "
                        + db.strings("select DUEDATE_ from ACT_RU_JOB where TYPE_ = 'timer' and PROCESS_DEF_KEY_ = 'society-change'"));
            }
            Thread.sleep(500);
        }
    }

    long dueJobs() throws SQLException {
        return db.count("select count(*) from ACT_RU_JOB where SUSPENSION_STATE_ = 1 and RETRIES_ > 0"
                + " and (DUEDATE_ is null or DUEDATE_ <= ?)", Timestamp.from(Instant.now()));
    }

    long failedJobs() throws SQLException {
        return db.count("select count(*) from ACT_RU_JOB where RETRIES_ <= 0 or EXCEPTION_MSG_ is not null");
    }

    long incidents() throws SQLException {
        return db.count("select count(*) from ACT_RU_INCIDENT");
    }

    /** Jobs the job log shows as successfully executed more than once. */
    List<String> jobsRunTwice() throws SQLException {
        return db.strings("select JOB_ID_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2 group by JOB_ID_ having count(*) > 1");
    }

    /** Successful job executions by the engine's host name. */
    Map<String, Long> jobsByNode() throws SQLException {
        return db.strings("select HOSTNAME_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2").stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    long mailsSent() throws SQLException {
        return db.count("select count(*) from ACT_HI_ACTINST where ACT_ID_ = 'SendMail' and END_TIME_ is not null");
    }

    /** Timer events that fired more than once in one process instance. */
    List<String> timersFiredTwice() throws SQLException {
        return db.strings("select concat(PROC_INST_ID_, ' ', ACT_ID_) from ACT_HI_ACTINST"
                + " where ACT_ID_ in ('FilingReminder', 'FilingOverdue') group by PROC_INST_ID_, ACT_ID_ having count(*) > 1");
    }

    /** The filing reminders and escalations the timers started. */
    long timersFired() throws SQLException {
        return db.count("select count(*) from ACT_HI_ACTINST where ACT_ID_ in ('RemindFiling', 'EscalateFiling')"
                + " and END_TIME_ is not null");
    }

    private Set<Long> ids(String sql) throws SQLException {
        return db.strings(sql).stream().map(Long::valueOf).collect(Collectors.toSet());
    }
}
