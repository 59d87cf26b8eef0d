package org.societyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.societyflow.identity.Groups;
import org.societyflow.society.Society;
import org.societyflow.support.Api;
import org.societyflow.support.ExitCases;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.PortalLogin;
import org.societyflow.support.TestSocieties;
import org.societyflow.workflow.SubmittedChange;
import org.societyflow.workflow.ProcessProgressService;
import org.societyflow.workflow.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Generated bad values ({@link BadJson}) in every field of what reviewers send about an application: 退回, 转办, 委派
 * and 交回, 补正, 抄送, and 学会部's dismissal of a 软弱涣散 proposal. A refusal is a 4xx problem that leaves the
 * application as it was: no opinion in its timeline, no task moved or reassigned, no copy, no correction. An accepted
 * value shows escaped on the 审批单. The same operations' forms on an application's page ({@link BadForms}), 交回 and
 * the 转办 of a task by its id among them: a refusal is the page again with the message, the application as it was.
 * Never a 5xx.
 */
@IntegrationTest
class ApprovalInvalidInputIT {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessProgressService progress;
    @Autowired
    TestSocieties testSocieties;

    @Test
    void everyFieldOfA退回RefusesOrEscapesBadValues() {
        Api leader = Api.as(port, "leader", "leader");
        Target<String> application = application(() -> {
            String key = TestApplications.start(port, runtimeService);
            taskService.complete(task(key).getId());
            return key;
        });
        fuzz(application, Map.of("activityId", "Check", "reason", "预算说明不清，请复核"),
                bad -> leader.post("/api/v1/approvals/" + application.current() + "/send-back", bad));
    }

    @Test
    void everyFieldOfA转办RefusesOrEscapesBadValues() {
        Api affairs = affairs();
        Target<String> application = application(() -> TestApplications.start(port, runtimeService));
        fuzz(application, Map.of("toUser", colleague(), "reason", "出差，请代为审核"),
                bad -> affairs.post("/api/v1/approvals/tasks/" + task(application.current()).getId() + "/transfer", bad));
    }

    @Test
    void everyFieldOfA委派RefusesOrEscapesBadValues() {
        Api affairs = affairs();
        Target<String> application = application(() -> TestApplications.start(port, runtimeService));
        fuzz(application, Map.of("toUser", colleague(), "reason", "请核对预算明细"),
                bad -> affairs.post("/api/v1/approvals/tasks/" + task(application.current()).getId() + "/delegate", bad));
    }

    @Test
    void everyFieldOfA交回RefusesOrEscapesBadValues() {
        String delegate = colleague();
        Target<String> application = application(() -> {
            String key = TestApplications.start(port, runtimeService);
            assertThat(affairs().post("/api/v1/approvals/tasks/" + task(key).getId() + "/delegate",
                    Map.of("toUser", delegate, "reason", "请核对预算明细")).status()).isEqualTo(200);
            return key;
        });
        fuzz(application, Map.of("reason", "预算明细已核对无误"), bad -> Api.as(port, delegate, delegate)
                .post("/api/v1/approvals/tasks/" + task(application.current()).getId() + "/resolve", bad));
    }

    @Test
    void everyFieldOfA补正RequestRefusesOrEscapesBadValues() {
        Api affairs = affairs();
        Target<String> application = application(() -> SubmittedChange.submit(port, testSocieties, taskService).no());
        fuzz(application, Map.of("fields", List.of("items.ADDRESS", "reason"), "reason", "新住所请写明门牌号"),
                bad -> affairs.post("/api/v1/approvals/" + application.current() + "/corrections", bad));
    }

    @Test
    void everyFieldOfA抄送RefusesOrEscapesBadValues() {
        Api affairs = affairs();
        List<String> recipients = List.of(TestApplications.staff(identityService, Groups.EXPERTS), colleague());
        Target<String> application = application(() -> TestApplications.start(port, runtimeService));
        fuzz(application, Map.of("users", recipients, "note", "请了解预算安排"),
                bad -> affairs.post("/api/v1/approvals/" + application.current() + "/copies", bad));
        assertThat(recipients).allSatisfy(recipient -> assertThat(Api.as(port, recipient, recipient).get("/copies").text())
                .as("the recipient's inbox page").contains("请了解预算安排").doesNotContain(BadJson.SCRIPT));
    }

    @Test
    void theReasonForDismissingA软弱涣散ProposalRefusesOrEscapesBadValues() {
        Api affairs = affairs();
        Target<Long> proposal = proposal();
        BadJson.fuzz(BadJson.tree(Map.of("reason", "已完成整改，不再列入")),
                bad -> affairs.post("/api/v1/exit-proposals/" + proposal.current() + "/dismiss", bad),
                proposal::state, () -> affairs.get("/exit-cases").text(), proposal::restore);
    }

    @Test
    void the退回FormOfTheApplicationPageRefusesOrEscapesBadValues() {
        fuzzPage(change -> "/approvals/" + change.no() + "/send-back", Map.of("reason", "预算说明不清，请复核"));
    }

    @Test
    void the转办FormOfTheApplicationPageRefusesOrEscapesBadValues() {
        fuzzPage(change -> "/approvals/" + change.no() + "/steps/AffairsReview/transfer",
                Map.of("toUser", colleague(), "reason", "出差，请代为审核"));
    }

    @Test
    void the委派FormOfTheApplicationPageRefusesOrEscapesBadValues() {
        fuzzPage(change -> "/approvals/tasks/" + task(change.no()).getId() + "/delegate",
                Map.of("toUser", colleague(), "reason", "请核对新住所的证明材料"));
    }

    @Test
    void the补正FormOfTheApplicationPageRefusesOrEscapesBadValues() {
        fuzzPage(change -> "/approvals/" + change.no() + "/corrections", Map.of("fields", "reason", "reason", "新住所请写明门牌号"));
    }

    @Test
    void the抄送FormOfTheApplicationPageRefusesOrEscapesBadValues() {
        fuzzPage(change -> "/approvals/" + change.no() + "/copies", Map.of("users", "leader、party", "note", "供参阅"));
    }

    @Test
    void the交回FormOfTheApplicationPageRefusesOrEscapesBadValues() {
        String delegate = colleague();
        Function<SubmittedChange, String> resolve = change -> "/approvals/tasks/" + task(change.no()).getId() + "/resolve";
        fuzzPage(browser(delegate), () -> {
            SubmittedChange change = SubmittedChange.submit(port, testSocieties, taskService);
            assertThat(affairs().post("/api/v1/approvals/tasks/" + task(change.no()).getId() + "/delegate",
                    Map.of("toUser", delegate, "reason", "请核对新住所的证明材料")).status()).isEqualTo(200);
            return change;
        }, resolve, resolve, Map.of("reason", "证明材料已核对无误"));
    }

    /** The page offers 转办 by step; the same fields posted to the task's own 转办 (as a script of the portal may). */
    @Test
    void the转办ByTaskIdFormRefusesOrEscapesBadValues() {
        fuzzPage(browser("affairs"), () -> SubmittedChange.submit(port, testSocieties, taskService),
                change -> "/approvals/" + change.no() + "/steps/AffairsReview/transfer",
                change -> "/approvals/tasks/" + task(change.no()).getId() + "/transfer",
                Map.of("toUser", colleague(), "reason", "出差，请代为审核"));
    }

    private void fuzzPage(Function<SubmittedChange, String> action, Map<String, String> valid) {
        fuzzPage(browser("affairs"), () -> SubmittedChange.submit(port, testSocieties, taskService), action, action, valid);
    }

    /**
     * A form of the progress section of a 变更's page at 学会部审核 ({@link BadForms}): the fields of the page's form
     * {@code form}, posted by {@code browser} to {@code action}. A refusal goes back to the page with the message and
     * changes nothing.
     */
    private void fuzzPage(PortalLogin browser, Supplier<SubmittedChange> make, Function<SubmittedChange, String> form,
                          Function<SubmittedChange, String> action, Map<String, String> valid) {
        Target<SubmittedChange> change = new Target<>(make, submitted -> stateOf(submitted.no()));
        Function<SubmittedChange, String> page = submitted -> "/changes/" + submitted.id();
        Map<String, String> fields = BadForms.fields(browser.get(page.apply(change.current())).body(),
                form.apply(change.current()));
        fields.putAll(valid);
        BadForms.fuzz(fields, posted -> browser.submit(page.apply(change.current()), action.apply(change.current()), posted),
                change::state, () -> browser.get(page.apply(change.current())).body(), change::restore);
    }

    @Test
    void theDismissFormOfTheExitBoardRefusesOrEscapesBadValues() {
        Target<Long> proposal = proposal();
        PortalLogin browser = browser("affairs");
        Supplier<String> action = () -> "/exit-proposals/" + proposal.current() + "/dismiss";
        Map<String, String> fields = BadForms.fields(browser.get("/exit-cases").body(), action.get());
        fields.put("reason", "已完成整改，不再列入");
        BadForms.fuzz(fields, form -> browser.submit("/exit-cases", action.get(), form), proposal::state,
                () -> browser.get("/exit-cases").body(), proposal::restore);
    }

    /** A fresh 软弱涣散 society's proposal, the scan's; its state is every undecided proposal. */
    private Target<Long> proposal() {
        Api affairs = affairs();
        return new Target<>(() -> {
            Society weak = testSocieties.registerWeak("badd", LocalDate.now().minusMonths(6));
            return ExitCases.proposalOf(weak, affairs.post("/api/v1/exit-proposals/scan", null).body()).get("id").asLong();
        }, id -> affairs.get("/api/v1/exit-proposals").body().toString());
    }

    private PortalLogin browser(String user) {
        PortalLogin browser = new PortalLogin(port);
        assertThat(browser.logIn(user, user)).isEqualTo("/");
        return browser;
    }

    /** An application whose state is its timeline and its open tasks with their holders. */
    private Target<String> application(Supplier<String> make) {
        return new Target<>(make, this::stateOf);
    }

    private Object stateOf(String key) {
        return Stream.concat(
                progress.opinionsOf(key).stream().map(o -> o.getDecision() + " " + o.getUserId() + " " + o.getOpinion()),
                taskService.createTaskQuery().processInstanceBusinessKey(key).list().stream()
                        .map(t -> t.getTaskDefinitionKey() + " " + t.getAssignee() + " " + t.getOwner())).toList();
    }

    private void fuzz(Target<String> application, Map<String, Object> valid,
                      Function<JsonNode, Api.Response> send) {
        BadJson.fuzz(BadJson.tree(valid), send, application::state,
                () -> affairs().get("/approvals/" + application.current() + "/sheet").text(), application::restore);
    }

    private Task task(String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(key).active().list().get(0);
    }

    private String colleague() {
        return TestApplications.staff(identityService, Groups.SOCIETY_AFFAIRS);
    }

    private Api affairs() {
        return Api.as(port, "affairs", "affairs");
    }
}
