package org.societyflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.hitpolicy.UniqueHitPolicyHandler;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table change-review-routing (hit policy UNIQUE): one row per item that can change, and an unknown item that
 * matches no rule. The process service evaluates it per requested item and combines the results. */
class ChangeReviewRoutingDecisionTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = ChangeReviewRoutingDecisionTest.class.getResourceAsStream("/change-review-routing.dmn")) {
      decision = engine.parseDecision("change-review-routing", dmn);
    }
  }

  static DmnDecisionResult evaluate(String item) {
    return engine.evaluateDecision(decision, Variables.createVariables().putValue("item", item));
  }

  @ParameterizedTest(name = "{0} ⇒ party {1}, leadership {2}, eligibility {3}, {4}")
  @CsvSource(delimiter = '|', textBlock = """
      NAME                 | false | true  | false | REGISTRATION
      ADDRESS              | false | false | false | REGISTRATION
      BUSINESS_SCOPE       | false | true  | false | REGISTRATION
      CHARTER              | false | true  | false | APPROVAL
      LEGAL_REPRESENTATIVE | true  | false | true  | REGISTRATION
      OFFICERS             | true  | false | true  | FILING
      FUNDS                | false | false | false | REGISTRATION
      SUPERVISING_UNIT     | false | true  | false | REGISTRATION
      """)
  void oneRowPerItem(String item, boolean partyReview, boolean leadershipApproval, boolean eligibilityCheck,
      String route) {
    DmnDecisionResultEntries entries = evaluate(item).getSingleResult();
    assertThat(entries.keySet()).containsExactly("partyReview", "leadershipApproval", "eligibilityCheck", "route");
    assertThat((Boolean) entries.getEntry("partyReview")).isEqualTo(partyReview);
    assertThat((Boolean) entries.getEntry("leadershipApproval")).isEqualTo(leadershipApproval);
    assertThat((Boolean) entries.getEntry("eligibilityCheck")).isEqualTo(eligibilityCheck);
    assertThat((String) entries.getEntry("route")).isEqualTo(route);
  }

  @Test
  void unknownItemHasNoResult() {
    assertThat(evaluate("ACTIVITY_AREA")).isEmpty();
    assertThat(evaluate("name")).as("item codes are case-sensitive").isEmpty();
  }

  @Test
  void tableHasLabelledInputAndUniqueHitPolicy() {
    DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision.getDecisionLogic();
    assertThat(decision.getName()).isEqualTo("变更审核路径");
    assertThat(table.getHitPolicyHandler()).isInstanceOf(UniqueHitPolicyHandler.class);
    assertThat(table.getInputs()).singleElement().satisfies(i -> {
      assertThat(i.getExpression().getExpression()).isEqualTo("item");
      assertThat(i.getName()).as("Chinese label").isEqualTo("变更事项");
    });
    assertThat(table.getOutputs()).extracting(o -> o.getOutputName())
        .containsExactly("partyReview", "leadershipApproval", "eligibilityCheck", "route");
    assertThat(table.getOutputs()).allSatisfy(o ->
        assertThat(o.getName()).as("Chinese label").isNotBlank().doesNotContainPattern("[A-Za-z]"));
    assertThat(table.getRules()).hasSize(8);
  }
}
