package org.societyflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.societyflow.society.Society;

/** Bodies of a 换届's plan and results for the JSON API, and the reviews that take a plan to its results. */
public final class Reelections {

    private Reelections() {
    }

    public static Map<String, Object> plan(Society society, List<Map<String, Object>> candidates) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("timing", "REGULAR");
        plan.put("assemblyDate", LocalDate.now().plusDays(40).toString());
        int members = society.getMembersIndividual() + society.getMembersUnit();
        plan.put("assemblyForm", members > 200 ? "DELEGATES_ASSEMBLY" : "GENERAL_ASSEMBLY");
        plan.put("delegateCount", members);
        plan.put("councilSize", 35);
        plan.put("planSummary", "换届筹备组已成立，采用差额选举");
        plan.put("candidates", candidates);
        return plan;
    }

    /**
     * The plan with every optional field filled, for the bad-input generators: the members' vote on an exception
     * (20 of 30 present: two thirds) and a reason for the 法定代表人, which a society of 30 members or more accepts.
     */
    public static Map<String, Object> withEveryField(Map<String, Object> plan) {
        Map<String, Object> full = new HashMap<>(plan);
        full.put("exceptionVotesFor", 20);
        full.put("exceptionMembersPresent", 30);
        full.put("legalRepresentativeReason", "理事长兼任法定代表人");
        return full;
    }

    /** Results of an assembly held today that elected a 理事长 and a 秘书长, with {@code attendees} of 200 voting. */
    public static Map<String, Object> results(int attendees) {
        return results(attendees, LocalDate.now());
    }

    /** The same for an assembly held on {@code electedOn}, which starts the new term. */
    public static Map<String, Object> results(int attendees, LocalDate electedOn) {
        Map<String, Object> results = new HashMap<>();
        results.put("electedOn", electedOn.toString());
        results.put("attendees", attendees);
        results.put("eligibleVoters", 200);
        results.put("minutes", "大会选举产生第三届理事会");
        results.put("newCharter", false);
        results.put("newTermStart", electedOn.toString());
        results.put("newTermEnd", electedOn.plusYears(5).minusDays(1).toString());
        results.put("officers", List.of(
                Map.of("role", "PRESIDENT", "name", "黄磊", "birthDate", "1975-09-09", "legalRepresentative", true, "fullTime", false),
                Map.of("role", "SECRETARY_GENERAL", "name", "杨帆", "birthDate", "1990-02-02", "legalRepresentative", false, "fullTime", true)));
        return results;
    }

    /** 学会部, 党委 and the leader approve the submitted plan in turn, as they do in Tasklist. */
    /**
     * The approved plan's assembly held today, as if its day had come: the results may then be dated today. Not the
     * engine's clock a month on, which in the suite's one shared engine makes every timer of every earlier test due at
     * once (reminders, escalations, mail retries) and starves the connection pool.
     */
    public static LocalDate holdAssemblyToday(org.springframework.jdbc.core.JdbcTemplate jdbc, long reelectionId) {
        LocalDate today = LocalDate.now();
        assertThat(jdbc.update("UPDATE reelection SET assembly_date = ? WHERE id = ?", today, reelectionId)).isEqualTo(1);
        return today;
    }

    public static void approvePlan(int port, TaskService tasks, String applicationNo) {
        assertThat(Api.as(port, "affairs", "affairs").completeTask(Await.task(tasks, applicationNo, "ReviewPlan").getId(),
                Map.of("decision", "approve", "opinion", "方案可行")).status()).isEqualTo(204);
        assertThat(Api.as(port, "party", "party").completeTask(Await.task(tasks, applicationNo, "ReviewCandidates").getId(),
                Map.of("decision", "approve", "opinion", "候选人政治素质良好")).status()).isEqualTo(204);
        assertThat(Api.as(port, "leader", "leader").completeTask(Await.task(tasks, applicationNo, "ApproveReelection").getId(),
                Map.of("decision", "approve", "opinion", "同意换届")).status()).isEqualTo(204);
    }
}
