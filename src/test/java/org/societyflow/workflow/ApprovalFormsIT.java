package org.societyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.societyflow.identity.Groups;
import org.societyflow.support.Api;
import org.societyflow.support.Await;
import org.societyflow.support.IntegrationTest;
import org.societyflow.support.PortalLogin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 委派, 交回 and 抄送 from the progress section of an application's page (a 变更 at 学会部审核), posted as
 * the browser posts them.
 */
@IntegrationTest
class ApprovalFormsIT {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessProgressService progress;

    record SubmittedChange(long id, String businessKey, Task review) {
        String page() {
            return "/changes/" + id;
        }
    }

    /** A society has one open change of an item at a time: each test changes the address of another society. */
    SubmittedChange changeAtAffairsReview(String society) {
        Api secretariat = Api.as(port, "soc-" + society, "soc-" + society);
        var started = secretariat.post("/api/v1/changes", null).body();
        long id = started.get("id").asLong();
        String no = started.get("applicationNo").asText();
        secretariat.put("/api/v1/changes/" + id + "/request", Map.of("reason", "理事会决议迁址", "items",
                List.of(Map.of("field", "ADDRESS", "newValue", "武汉市武昌区测试路" + System.nanoTime() % 100000 + "号"))));
        assertThat(secretariat.post("/api/v1/changes/" + id + "/request/submit", null).status()).isEqualTo(200);
        Task review = Await.until("AffairsReview of " + no, () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(no).taskDefinitionKey("AffairsReview").singleResult());
        return new SubmittedChange(id, no, review);
    }

    @Test
    void theHolderDelegatesOnThePageAndTheDelegateGivesItBack() {
        SubmittedChange change = changeAtAffairsReview("whma");
        String taskId = change.review().getId();
        String colleague = TestApplications.staff(identityService, Groups.SOCIETY_AFFAIRS);
        PortalLogin affairs = new PortalLogin(port);
        affairs.logIn("affairs", "affairs");
        assertThat(affairs.get(change.page()).body()).contains("/approvals/tasks/" + taskId + "/delegate")
                .doesNotContain("/approvals/tasks/" + taskId + "/resolve")
                .as("转办 and 委派 pick colleagues of 学会部 by name").contains("委派给", "转给", "<option value=\"\">请选择</option>",
                        "value=\"" + colleague + "\"", ">" + colleague + "（学会部）</option>");
        PortalLogin party = new PortalLogin(port);
        party.logIn("party", "party");
        assertThat(party.get(change.page()).body()).as("party does not hold 学会部's step")
                .doesNotContain("/approvals/tasks/" + taskId + "/delegate");

        affairs.submit(change.page(), "/approvals/tasks/" + taskId + "/delegate", Map.of("toUser", colleague, "reason", ""));
        assertThat(affairs.get(change.page()).body()).contains("id=\"approval-error\"", "请填写原因");
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

        HttpResponse<String> delegated = affairs.submit(change.page(), "/approvals/tasks/" + taskId + "/delegate",
                Map.of("toUser", colleague, "reason", "请核对新住所的证明材料"));
        assertThat(delegated.headers().firstValue("Location").orElse("")).endsWith(change.page());
        assertThat(affairs.get(change.page()).body()).contains("已委派", "委派给 " + colleague)
                .doesNotContain("/approvals/tasks/" + taskId + "/delegate");
        Task atDelegate = taskService.createTaskQuery().taskId(taskId).singleResult();
        assertThat(atDelegate.getAssignee()).isEqualTo(colleague);
        assertThat(atDelegate.getOwner()).isEqualTo("affairs");

        PortalLogin delegate = new PortalLogin(port);
        delegate.logIn(colleague, colleague);
        assertThat(delegate.get(change.page()).body()).contains("/approvals/tasks/" + taskId + "/resolve");
        delegate.submit(change.page(), "/approvals/tasks/" + taskId + "/resolve", Map.of("reason", " "));
        assertThat(delegate.get(change.page()).body()).contains("请填写原因");
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(colleague);
        delegate.submit(change.page(), "/approvals/tasks/" + taskId + "/resolve", Map.of("reason", "证明材料齐全"));
        assertThat(delegate.get(change.page()).body()).contains("已交回")
                .doesNotContain("/approvals/tasks/" + taskId + "/resolve");
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("affairs");
        assertThat(progress.opinionsOf(change.businessKey())).extracting(ReviewOpinion::getDecision)
                .containsSubsequence("delegate", "resolve");
    }

    @Test
    void theProgressSectionCopiesWithTheErrorOnThePage() {
        SubmittedChange change = changeAtAffairsReview("whcs");
        PortalLogin affairs = new PortalLogin(port);
        affairs.logIn("affairs", "affairs");
        assertThat(affairs.get(change.page()).body()).contains("id=\"copy-form\"", "抄送给（可多选）",
                "value=\"leader\"", "张国强（分管领导）（科协领导）", "value=\"expert1\"", ">李红（科技社团党委）<")
                .doesNotContain("value=\"soc-whcs\"", "value=\"affairs\"");
        int before = progress.opinionsOf(change.businessKey()).size();

        affairs.submit(change.page(), "/approvals/" + change.businessKey() + "/copies",
                Map.of("users", "leader, soc-whcs", "note", ""));
        assertThat(affairs.get(change.page()).body()).contains("id=\"approval-error\"", "只能抄送给其他科协工作人员");
        assertThat(progress.opinionsOf(change.businessKey())).hasSize(before);

        affairs.submit(change.page(), "/approvals/" + change.businessKey() + "/copies",
                Map.of("users", "leader、party", "note", "供参阅"));
        assertThat(affairs.get(change.page()).body()).contains("已抄送", "抄送给 leader、party：供参阅");
        assertThat(Api.as(port, "party", "party").get("/api/v1/copies").text()).contains(change.businessKey());

        PortalLogin society = new PortalLogin(port);
        society.logIn("soc-whcs", "soc-whcs");
        assertThat(society.get(change.page()).body()).as("societies copy nothing").doesNotContain("id=\"copy-form\"")
                .doesNotContain("id=\"nav-copies\"");
    }
}
