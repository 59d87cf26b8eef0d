package org.societyflow.reelection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.hitpolicy.CollectHitPolicyHandler;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table reelection-candidate-eligibility (hit policy COLLECT): one row per rule, a clean candidate, boundaries,
 * and a candidate hitting several rules. Each row is one candidate; the expected flags are joined by '+'. */
class ReelectionCandidateEligibilityDecisionTest {

  static final List<String> INPUTS = List.of("role", "ageAtElection", "termsServed", "officialStatus", "cadreApproval",
      "otherSocietyOffices", "legalRepresentative", "legalRepresentativeElsewhere", "fullTime");

  static final Map<String, String> REASONS = Map.of(
      "AGE", "选举时年龄超过70周岁",
      "PRESIDENT_TERMS", "理事长连任已满两届",
      "SERVING_OFFICIAL", "现职党政领导干部不得兼任学会负责人",
      "RETIRED_WITHOUT_APPROVAL", "退（离）休领导干部兼职未经干部管理部门批准",
      "RETIRED_SECOND_OFFICE", "退（离）休领导干部兼任社会团体负责人不得超过1个",
      "LEGAL_REPRESENTATIVE_ELSEWHERE", "法定代表人不得同时担任其他社会团体的法定代表人",
      "SECRETARY_NOT_FULL_TIME", "秘书长应为专职");

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = ReelectionCandidateEligibilityDecisionTest.class
        .getResourceAsStream("/reelection-candidate-eligibility.dmn")) {
      decision = engine.parseDecision("reelection-candidate-eligibility", dmn);
    }
  }

  static DmnDecisionResult evaluate(String role, int age, int terms, String status, boolean cadreApproval,
      int otherOffices, boolean legalRep, boolean legalRepElsewhere, boolean fullTime) {
    VariableMap vars = Variables.createVariables()
        .putValue("role", role)
        .putValue("ageAtElection", age)
        .putValue("termsServed", terms)
        .putValue("officialStatus", status)
        .putValue("cadreApproval", cadreApproval)
        .putValue("otherSocietyOffices", otherOffices)
        .putValue("legalRepresentative", legalRep)
        .putValue("legalRepresentativeElsewhere", legalRepElsewhere)
        .putValue("fullTime", fullTime);
    return engine.evaluateDecision(decision, vars);
  }

  static void assertFlags(DmnDecisionResult result, String flags) {
    List<String> expected = flags == null || flags.isBlank() ? List.of() : Arrays.asList(flags.split("\\+"));
    assertThat(result.<String>collectEntries("flag")).containsExactlyElementsOf(expected);
    assertThat(result.<String>collectEntries("reason"))
        .containsExactlyElementsOf(expected.stream().map(REASONS::get).toList());
    for (DmnDecisionResultEntries entries : result) {
      assertThat(entries.keySet()).containsExactly("flag", "reason");
    }
  }

  @ParameterizedTest(name = "rule {index}: {9}")
  @CsvSource(delimiter = '|', textBlock = """
      VICE_PRESIDENT    | 72 | 0 | NONE      | false | 0 | false | false | false | AGE
      PRESIDENT         | 60 | 2 | NONE      | false | 0 | false | false | false | PRESIDENT_TERMS
      VICE_PRESIDENT    | 55 | 0 | IN_OFFICE | false | 0 | false | false | false | SERVING_OFFICIAL
      VICE_PRESIDENT    | 66 | 0 | RETIRED   | false | 0 | false | false | false | RETIRED_WITHOUT_APPROVAL
      VICE_PRESIDENT    | 66 | 0 | RETIRED   | true  | 1 | false | false | false | RETIRED_SECOND_OFFICE
      PRESIDENT         | 58 | 0 | NONE      | false | 0 | true  | true  | false | LEGAL_REPRESENTATIVE_ELSEWHERE
      SECRETARY_GENERAL | 45 | 0 | NONE      | false | 0 | false | false | false | SECRETARY_NOT_FULL_TIME
      """)
  void oneRule(String role, int age, int terms, String status, boolean cadreApproval, int otherOffices,
      boolean legalRep, boolean legalRepElsewhere, boolean fullTime, String flags) {
    assertFlags(evaluate(role, age, terms, status, cadreApproval, otherOffices, legalRep, legalRepElsewhere, fullTime),
        flags);
  }

  @ParameterizedTest(name = "edge {index}: {0} age {1}, {2} terms, {3} ⇒ [{9}]")
  @CsvSource(delimiter = '|', textBlock = """
      PRESIDENT         | 62 | 1 | NONE      | false | 2 | true  | false | false |
      SECRETARY_GENERAL | 40 | 3 | NONE      | false | 0 | false | false | true  |
      VICE_PRESIDENT    | 70 | 0 | NONE      | false | 0 | false | false | false |
      VICE_PRESIDENT    | 71 | 0 | NONE      | false | 0 | false | false | false | AGE
      PRESIDENT         | 65 | 1 | NONE      | false | 0 | false | false | false |
      PRESIDENT         | 65 | 2 | NONE      | false | 0 | false | false | false | PRESIDENT_TERMS
      VICE_PRESIDENT    | 65 | 5 | NONE      | false | 0 | false | false | false |
      VICE_PRESIDENT    | 66 | 0 | RETIRED   | true  | 0 | false | false | false |
      VICE_PRESIDENT    | 50 | 0 | NONE      | false | 3 | false | false | false |
      VICE_PRESIDENT    | 50 | 0 | NONE      | false | 0 | false | true  | false |
      VICE_PRESIDENT    | 50 | 0 | IN_OFFICE | true  | 0 | false | false | false | SERVING_OFFICIAL
      PRESIDENT         | 71 | 2 | RETIRED   | false | 1 | true  | true  | false | AGE+PRESIDENT_TERMS+RETIRED_WITHOUT_APPROVAL+RETIRED_SECOND_OFFICE+LEGAL_REPRESENTATIVE_ELSEWHERE
      SECRETARY_GENERAL | 75 | 0 | IN_OFFICE | false | 0 | true  | true  | false | AGE+SERVING_OFFICIAL+LEGAL_REPRESENTATIVE_ELSEWHERE+SECRETARY_NOT_FULL_TIME
      """)
  void edgeCases(String role, int age, int terms, String status, boolean cadreApproval, int otherOffices,
      boolean legalRep, boolean legalRepElsewhere, boolean fullTime, String flags) {
    assertFlags(evaluate(role, age, terms, status, cadreApproval, otherOffices, legalRep, legalRepElsewhere, fullTime),
        flags);
  }

  @Test
  void tableHasLabelledInputsAndCollectHitPolicy() {
    DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision.getDecisionLogic();
    assertThat(decision.getName()).isEqualTo("换届候选人资格审查");
    assertThat(table.getHitPolicyHandler()).isInstanceOf(CollectHitPolicyHandler.class);
    assertThat(table.getInputs()).extracting(i -> i.getExpression().getExpression()).containsExactlyElementsOf(INPUTS);
    assertThat(table.getInputs()).allSatisfy(i ->
        assertThat(i.getName()).as("Chinese label").isNotBlank().doesNotContainPattern("[A-Za-z]"));
    assertThat(table.getOutputs()).extracting(o -> o.getOutputName()).containsExactly("flag", "reason");
    assertThat(table.getRules()).hasSize(REASONS.size());
  }
}
