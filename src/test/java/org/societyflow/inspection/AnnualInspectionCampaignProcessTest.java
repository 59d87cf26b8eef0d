package org.societyflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.societyflow.processtest.SharedBeans;

/** The campaign with the real annual-inspection as called process (its own paths are covered in AnnualInspectionProcessTest). */
@Deployment(resources = {"annual-inspection-campaign.bpmn", "annual-inspection.bpmn", "annual-inspection-grade.dmn",
    "annual-inspection-campaign-start.form", "annual-inspection-review.form",
    "annual-inspection-rectification-review.form"})
class AnnualInspectionCampaignProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
      .excludeProcessDefinitionKeys("annual-inspection")
      .assertClassCoverageAtLeast(1.0)
      .build();

  static final Date REPORT_DEADLINE = new Date(1_743_379_200_000L); // 2025-03-31T00:00:00Z

  FakeInspectionCampaignService campaigns;
  FakeApplicationNumbers numbers;
  FakeAnnualInspectionService inspections;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    SharedBeans.register();
    numbers = new FakeApplicationNumbers();
    inspections = new FakeAnnualInspectionService();
    Mocks.register("applicationNumbers", numbers);
    Mocks.register("annualInspectionService", inspections);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  /**
   * 学会部's request opens the campaign and returns; the society inspections are set up by a job after it, so the
   * request does not wait for thousands of them (docs/PERFORMANCE.md).
   */
  ProcessInstance startCampaign(List<Long> eligible) {
    campaigns = new FakeInspectionCampaignService(42L, REPORT_DEADLINE, eligible);
    Mocks.register("inspectionCampaignService", campaigns);
    ProcessInstance campaign = runtimeService().startProcessInstanceByKey("annual-inspection-campaign",
        Variables.createVariables().putValue("year", 2024));
    assertThat(campaigns.calls).containsExactly("open:2024");
    assertThat(jobQuery().count()).as("only the job after 开启年检").isEqualTo(1);
    execute(job("OpenCampaign", campaign));
    return campaign;
  }

  @Test
  void twoSocietiesEachGetAnInspectionOfTheirOwn() {
    ProcessInstance campaign = startCampaign(List.of(11L, 12L));

    assertThat(campaign).hasBusinessKey("NJGZ-2024").hasPassed("CampaignStarted", "OpenCampaign")
        .isWaitingAt("InspectSocieties#multiInstanceBody");
    // Camunda 7.24 evaluates the collection expression twice when the multi-instance body starts (to count the
    // instances and to create them), so eligibleSocietyIds must return the same ordered list for a campaign each time
    assertThat(campaigns.calls).startsWith("open:2024", "eligibleSocietyIds:42")
        .containsOnly("open:2024", "eligibleSocietyIds:42");
    List<Job> jobs = jobQuery().processInstanceId(campaign.getId()).activityId("InspectSocieties").list();
    assertThat(jobs).as("one job per society (asyncBefore on the call activity)").hasSize(2);
    // exclusive, they would all be locked at once for the thread that opened the campaign, whose lock runs out
    // long before 10,000 of them are done: another thread then runs them a second time (docs/PERFORMANCE.md)
    assertThat(jobs).allSatisfy(job -> assertThat(((JobEntity) job).isExclusive()).isFalse());
    assertThat(processInstanceQuery().processDefinitionKey("annual-inspection").count()).isZero();

    jobs.forEach(job -> execute(job));

    List<ProcessInstance> children = processInstanceQuery().processDefinitionKey("annual-inspection")
        .superProcessInstanceId(campaign.getId()).orderByBusinessKey().asc().list();
    assertThat(children).extracting(ProcessInstance::getBusinessKey).containsExactly("NJ-2024-0001", "NJ-2024-0002");
    assertThat(numbers.issued).containsExactly("NJ-2024-0001", "NJ-2024-0002");
    assertThat(inspections.calls).containsExactlyInAnyOrder("open:11", "open:12");
    for (ProcessInstance child : children) {
      Map<String, Object> vars = runtimeService().getVariables(child.getId());
      assertThat(vars).containsEntry("campaignId", 42L).containsEntry("year", 2024)
          .containsEntry("reportDeadline", REPORT_DEADLINE).containsKey("societyId");
      assertThat(child).isWaitingAt("SubmitReport");
    }
    assertThat(runtimeService().getVariable(children.get(0).getId(), "societyCode"))
        .isNotEqualTo(runtimeService().getVariable(children.get(1).getId(), "societyCode"));

    passInspection(children.get(0));
    assertThat(children.get(0)).isEnded();
    assertThat(campaign).as("still waiting for the second society").isWaitingAt("InspectSocieties#multiInstanceBody");
    assertThat(campaigns.calls).doesNotContain("close:42");
    assertThat(campaigns.calls).as("no inspection opened twice").filteredOn(c -> c.startsWith("open")).hasSize(1);

    passInspection(children.get(1));
    assertThat(campaign).isEnded().hasPassed("InspectSocieties", "CloseCampaign", "CampaignEnded");
    assertThat(campaigns.calls).startsWith("open:2024").endsWith("close:42")
        .containsOnly("open:2024", "eligibleSocietyIds:42", "close:42");
  }

  @Test
  void noEligibleSocietyEndsTheCampaignAtOnce() {
    ProcessInstance campaign = startCampaign(List.of());

    assertThat(campaign).isEnded().hasPassed("OpenCampaign", "CloseCampaign", "CampaignEnded");
    assertThat(jobQuery().count()).isZero();
    assertThat(numbers.issued).isEmpty();
    assertThat(campaigns.calls).startsWith("open:2024").endsWith("close:42")
        .containsOnly("open:2024", "eligibleSocietyIds:42", "close:42");
  }

  void passInspection(ProcessInstance child) {
    Map<String, Object> report = new HashMap<>();
    AnnualInspectionProcessTest.INDICATORS.forEach(i -> report.put(i, false));
    complete(onlyTask(child, "SubmitReport"), report);
    complete(onlyTask(child, "ReviewReport"), Map.of("decision", "approve", "opinion", "合格"));
  }

  Task onlyTask(ProcessInstance child, String key) {
    return taskQuery().processInstanceId(child.getId()).taskDefinitionKey(key).singleResult();
  }
}
