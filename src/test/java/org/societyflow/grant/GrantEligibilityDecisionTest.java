package org.societyflow.grant;

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
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/** The table grant-eligibility (hit policy COLLECT): one row per rule, an eligible application, the edges of every
 * comparison (amount equal to the cap, a second application of the type and year, no 年检 result for a society founded
 * in the programme's year, the year before, earlier, or on an unknown day) and applications failing several rules. Each row is one application; the expected codes are joined by '+' in rule order, an empty
 * cell means eligible. */
class GrantEligibilityDecisionTest {

  static final List<String> INPUTS = List.of("societyStatus", "weak", "abnormalActivity", "lastInspectionGrade",
      "yearsSinceRegistration", "leadOrganiser", "sameTypeThisYear", "eventAlreadyFunded", "partyBuilding",
      "hasPartyOrganisation", "requestedAmount", "cap", "withinWindow", "internationalConference", "eventMonth",
      "cityAssociationRole");

  static final List<String> TYPES = List.of("string", "boolean", "boolean", "string", "integer", "boolean", "integer",
      "boolean", "boolean", "boolean", "double", "double", "boolean", "boolean", "integer", "boolean");

  static final Map<String, String> REASONS = Map.ofEntries(
      Map.entry("NOT_ACTIVE", "学会不是正常状态，不能申报"),
      Map.entry("WEAK", "学会被认定为软弱涣散，不能申报"),
      Map.entry("ABNORMAL_LIST", "学会被列入活动异常名录，不能申报"),
      Map.entry("INSPECTION_NOT_PASSED", "上年度年检结论不是合格"),
      Map.entry("NO_INSPECTION", "上年度没有年检结论，不能申报（当年或上年成立的学会除外）"),
      Map.entry("NOT_LEAD", "申报学会不是第一主办单位，联合申报须由牵头学会申报"),
      Map.entry("SAME_TYPE", "本年度已申报同一类型的项目，每个学会每年同一类型项目只能申报一项"),
      Map.entry("DOUBLE_FUNDING", "同一活动已获资助，不得重复资助"),
      Map.entry("NO_PARTY_ORGANISATION", "党建专项须由已建立党组织的学会申报"),
      Map.entry("OVER_CAP", "申请金额超过单项资助上限"),
      Map.entry("OUTSIDE_WINDOW", "不在申报期内"),
      Map.entry("CONFERENCE_MONTH", "国际学术会议须在1月至11月举办"),
      Map.entry("CONFERENCE_ROLE", "市科协须为国际学术会议的主办或支持单位"));

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = GrantEligibilityDecisionTest.class.getResourceAsStream("/grant-eligibility.dmn")) {
      decision = engine.parseDecision("grant-eligibility", dmn);
    }
  }

  /** One application as a row: the cells in the order of {@link #INPUTS} (an empty cell is null), then the expected
   * codes. */
  static void assertCodes(ArgumentsAccessor row) {
    assertThat(row.size()).as("16 inputs and the expected codes").isEqualTo(INPUTS.size() + 1);
    VariableMap vars = Variables.createVariables();
    for (int i = 0; i < INPUTS.size(); i++) {
      vars.putValue(INPUTS.get(i), row.get(i, JAVA_TYPES.get(TYPES.get(i))));
    }
    String codes = row.getString(INPUTS.size());
    List<String> expected = codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split("\\+"));

    DmnDecisionResult result = engine.evaluateDecision(decision, vars);
    assertThat(result.<String>collectEntries("code")).as(vars.toString()).containsExactlyElementsOf(expected);
    assertThat(result.<String>collectEntries("reason"))
        .containsExactlyElementsOf(expected.stream().map(REASONS::get).toList());
    for (DmnDecisionResultEntries entries : result) {
      assertThat(entries.keySet()).containsExactly("code", "reason");
    }
  }

  static final Map<String, Class<?>> JAVA_TYPES = Map.of("string", String.class, "boolean", Boolean.class,
      "integer", Integer.class, "double", Double.class);

  // status   | weak  | abnormal | grade    | years | lead | sameType | funded | party | partyOrg | amount | cap  | window | intl | month | cityRole | codes
  @ParameterizedTest(name = "rule {index}: {16}")
  @CsvSource(delimiter = '|', textBlock = """
      RECTIFYING | false | false | PASS       | 5   | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   | false | NOT_ACTIVE
      ACTIVE     | true  | false | PASS       | 5   | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   | false | WEAK
      ACTIVE     | false | true  | PASS       | 5   | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   | false | ABNORMAL_LIST
      ACTIVE     | false | false | FAIL       | 5   | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   | false | INSPECTION_NOT_PASSED
      ACTIVE     | false | false | NONE       | 5   | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   | false | NO_INSPECTION
      ACTIVE     | false | false | PASS       | 5   | false | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   | false | NOT_LEAD
      ACTIVE     | false | false | PASS       | 5   | true  | 1   | false | false | true  | 30000   | 50000  | true  | false | 5   | false | SAME_TYPE
      ACTIVE     | false | false | PASS       | 5   | true  | 0   | true  | false | true  | 30000   | 50000  | true  | false | 5   | false | DOUBLE_FUNDING
      ACTIVE     | false | false | PASS       | 5   | true  | 0   | false | true  | false | 30000   | 50000  | true  | false | 5   | false | NO_PARTY_ORGANISATION
      ACTIVE     | false | false | PASS       | 5   | true  | 0   | false | false | true  | 50001   | 50000  | true  | false | 5   | false | OVER_CAP
      ACTIVE     | false | false | PASS       | 5   | true  | 0   | false | false | true  | 30000   | 50000  | false | false | 5   | false | OUTSIDE_WINDOW
      ACTIVE     | false | false | PASS       | 5   | true  | 0   | false | false | true  | 30000   | 50000  | true  | true  | 12  | true  | CONFERENCE_MONTH
      ACTIVE     | false | false | PASS       | 5   | true  | 0   | false | false | true  | 30000   | 50000  | true  | true  | 5   | false | CONFERENCE_ROLE
      """)
  void oneRule(ArgumentsAccessor row) {
    assertCodes(row);
  }

  // status   | weak  | abnormal | grade    | years | lead | sameType | funded | party | partyOrg | amount | cap  | window | intl | month | cityRole | codes
  @ParameterizedTest(name = "edge {index}: [{16}]")
  @CsvSource(delimiter = '|', textBlock = """
      ACTIVE     | false | false | PASS       | 5   | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   | false |
      ACTIVE     | false | false | PASS       | 5   | true  | 0   | false | false | true  | 50000   | 50000  | true  | false | 5   | false |
      ACTIVE     | false | false | PASS       | 5   | true  | 0   | false | false | true  | 50000.5 | 50000  | true  | false | 5   | false | OVER_CAP
      ACTIVE     | false | false | PASS       | 5   | true  | 2   | false | false | true  | 30000   | 50000  | true  | false | 5   | false | SAME_TYPE
      ACTIVE     | false | false | NONE       | 0   | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   | false |
      ACTIVE     | false | false | NONE       | 1   | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   | false |
      ACTIVE     | false | false | NONE       | 2   | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   | false | NO_INSPECTION
      ACTIVE     | false | false | NONE       |     | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   | false | NO_INSPECTION
      ACTIVE     | false | false | NONE       | -1  | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   | false | NO_INSPECTION
      ACTIVE     | false | false | PASS       | 0   | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   | false |
      ACTIVE     | false | false | FAIL       | 1   | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   | false | INSPECTION_NOT_PASSED
      ACTIVE     | false | false | BASIC_PASS | 5   | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   | false | INSPECTION_NOT_PASSED
      PREPARING  | false | false | NONE       | 5   | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   | false | NOT_ACTIVE+NO_INSPECTION
      EXITED     | false | false | PASS       | 5   | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   | false | NOT_ACTIVE
                 | false | false | PASS       | 5   | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   | false | NOT_ACTIVE
      ACTIVE     | false | false | PASS       | 5   | true  | 0   | false | true  | true  | 30000   | 50000  | true  | false | 5   | false |
      ACTIVE     | false | false | PASS       | 5   | true  | 0   | false | false | false | 30000   | 50000  | true  | false | 5   | false |
      ACTIVE     | false | false | PASS       | 5   | true  | 0   | false | false | true  | 30000   | 50000  | true  | true  | 11  | true  |
      ACTIVE     | false | false | PASS       | 5   | true  | 0   | false | false | true  | 30000   | 50000  | true  | true  | 1   | true  |
      ACTIVE     | false | false | PASS       | 5   | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 12  | false |
      ACTIVE     | false | false | PASS       | 5   | true  | 0   | false | false | true  | 30000   | 50000  | true  | false | 5   |       |
      ACTIVE     | false | false | PASS       | 5   | true  | 0   | false | false | true  | 30000   | 50000  | true  | true  |     | true  |
      """)
  void edges(ArgumentsAccessor row) {
    assertCodes(row);
  }

  // status   | weak  | abnormal | grade    | years | lead | sameType | funded | party | partyOrg | amount | cap  | window | intl | month | cityRole | codes
  @ParameterizedTest(name = "several {index}: [{16}]")
  @CsvSource(delimiter = '|', textBlock = """
      RECTIFYING | true  | true  | FAIL       | 5   | false | 1   | true  | true  | false | 60000   | 50000  | false | true  | 12  | false | NOT_ACTIVE+WEAK+ABNORMAL_LIST+INSPECTION_NOT_PASSED+NOT_LEAD+SAME_TYPE+DOUBLE_FUNDING+NO_PARTY_ORGANISATION+OVER_CAP+OUTSIDE_WINDOW+CONFERENCE_MONTH+CONFERENCE_ROLE
      ACTIVE     | false | false | BASIC_PASS | 5   | true  | 0   | false | true  | false | 30000   | 50000  | true  | false | 5   | false | INSPECTION_NOT_PASSED+NO_PARTY_ORGANISATION
      ACTIVE     | false | false | NONE       | 3   | false | 1   | false | false | true  | 30000   | 50000  | true  | false | 5   | false | NO_INSPECTION+NOT_LEAD+SAME_TYPE
      ACTIVE     | false | false | PASS       | 5   | true  | 0   | false | false | true  | 120000  | 100000 | true  | true  | 12  | false | OVER_CAP+CONFERENCE_MONTH+CONFERENCE_ROLE
      """)
  void severalRulesInRuleOrder(ArgumentsAccessor row) {
    assertCodes(row);
  }

  @Test
  void tableHasLabelledTypedInputsAndCollectHitPolicy() {
    DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision.getDecisionLogic();
    assertThat(decision.getName()).isEqualTo("项目申报资格审查");
    assertThat(table.getHitPolicyHandler()).isInstanceOf(CollectHitPolicyHandler.class);
    assertThat(table.getInputs()).extracting(i -> i.getExpression().getExpression()).containsExactlyElementsOf(INPUTS);
    assertThat(table.getInputs()).extracting(i -> i.getExpression().getTypeDefinition().getTypeName())
        .containsExactlyElementsOf(TYPES);
    assertThat(table.getInputs()).allSatisfy(i ->
        assertThat(i.getName()).as("Chinese label").isNotBlank().doesNotContainPattern("[A-Za-z]"));
    assertThat(table.getOutputs()).extracting(o -> o.getOutputName()).containsExactly("code", "reason");
    assertThat(table.getRules()).hasSize(REASONS.size());
  }

  @Test
  void everyRuleSaysWhichConditionItChecks() throws Exception {
    DmnModelInstance model;
    try (InputStream dmn = GrantEligibilityDecisionTest.class.getResourceAsStream("/grant-eligibility.dmn")) {
      model = Dmn.readModelFromStream(dmn);
    }
    assertThat(model.getModelElementsByType(Rule.class)).hasSize(REASONS.size()).allSatisfy(rule ->
        assertThat(rule.getDescription().getTextContent()).matches("^(申报条件|申报通知|党建引领学会能力提升专项|国际学术会议资助暂行办法)：.+"));
  }
}
