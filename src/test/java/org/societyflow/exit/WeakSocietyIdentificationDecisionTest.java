package org.societyflow.exit;

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
import org.junit.jupiter.params.provider.CsvSource;

/** The table weak-society-identification (hit policy COLLECT): one row per rule, the boundaries of every threshold,
 * a clean society, unknown (null) figures, and societies hitting several rules. Each row is one society's record
 * (an empty cell is null: unknown); the expected indicators are joined by '+' in rule order. */
class WeakSocietyIdentificationDecisionTest {

  static final List<String> INPUTS = List.of("missedInspections", "lastGrade", "basicPassesInARow",
      "monthsWithoutActivity", "academicActivities", "councilMeetings", "termOverdueMonths", "presidentVacant",
      "secretaryVacant", "officersOverAge", "partyOrganisation");

  static final List<String> TYPES = List.of("integer", "string", "integer", "integer", "integer", "integer",
      "integer", "boolean", "boolean", "boolean", "string");

  static final Map<String, String> REASONS = Map.ofEntries(
      Map.entry("MISSED_INSPECTIONS", "连续两年未参加年检"),
      Map.entry("INSPECTION_FAILED", "上年度年检不合格"),
      Map.entry("BASIC_PASS_TWICE", "连续两年年检基本合格"),
      Map.entry("NO_ACTIVITY", "一年以上未开展活动"),
      Map.entry("FEW_ACADEMIC_ACTIVITIES", "上年度学术活动少于2次"),
      Map.entry("NO_COUNCIL_MEETING", "上年度未召开理事会"),
      Map.entry("TERM_OVERDUE", "届期已满未按期换届"),
      Map.entry("TERM_OVERDUE_OVER_A_YEAR", "届期届满超过一年仍未换届"),
      Map.entry("PRESIDENT_VACANT", "理事长空缺"),
      Map.entry("SECRETARY_VACANT", "秘书长空缺"),
      Map.entry("OFFICERS_OVER_AGE", "负责人年龄超过70岁"),
      Map.entry("NO_PARTY_ORGANISATION", "未建立党组织"));

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = WeakSocietyIdentificationDecisionTest.class
        .getResourceAsStream("/weak-society-identification.dmn")) {
      decision = engine.parseDecision("weak-society-identification", dmn);
    }
  }

  static DmnDecisionResult evaluate(Integer missed, String lastGrade, Integer basicPasses, Integer monthsIdle,
      Integer academic, Integer council, Integer termOverdue, Boolean presidentVacant, Boolean secretaryVacant,
      Boolean overAge, String party) {
    VariableMap vars = Variables.createVariables()
        .putValue("missedInspections", missed)
        .putValue("lastGrade", lastGrade)
        .putValue("basicPassesInARow", basicPasses)
        .putValue("monthsWithoutActivity", monthsIdle)
        .putValue("academicActivities", academic)
        .putValue("councilMeetings", council)
        .putValue("termOverdueMonths", termOverdue)
        .putValue("presidentVacant", presidentVacant)
        .putValue("secretaryVacant", secretaryVacant)
        .putValue("officersOverAge", overAge)
        .putValue("partyOrganisation", party);
    return engine.evaluateDecision(decision, vars);
  }

  static void assertIndicators(DmnDecisionResult result, String indicators) {
    List<String> expected = indicators == null || indicators.isBlank() ? List.of()
        : Arrays.asList(indicators.split("\\+"));
    assertThat(result.<String>collectEntries("indicator")).containsExactlyElementsOf(expected);
    assertThat(result.<String>collectEntries("reason"))
        .containsExactlyElementsOf(expected.stream().map(REASONS::get).toList());
    for (DmnDecisionResultEntries entries : result) {
      assertThat(entries.keySet()).containsExactly("indicator", "reason");
    }
  }

  // missed | lastGrade | basicPasses | monthsIdle | academic | council | termOverdue | presVacant | secVacant | overAge | party | indicators
  @ParameterizedTest(name = "rule {index}: {11}")
  @CsvSource(delimiter = '|', textBlock = """
      2 | PASS       | 0 | 0  | 5 | 2 | 0  | false | false | false | STANDALONE | MISSED_INSPECTIONS
      0 | FAIL       | 0 | 0  | 5 | 2 | 0  | false | false | false | STANDALONE | INSPECTION_FAILED
      0 | BASIC_PASS | 2 | 0  | 5 | 2 | 0  | false | false | false | STANDALONE | BASIC_PASS_TWICE
      0 | PASS       | 0 | 12 | 5 | 2 | 0  | false | false | false | STANDALONE | NO_ACTIVITY
      0 | PASS       | 0 | 0  | 1 | 2 | 0  | false | false | false | STANDALONE | FEW_ACADEMIC_ACTIVITIES
      0 | PASS       | 0 | 0  | 5 | 0 | 0  | false | false | false | STANDALONE | NO_COUNCIL_MEETING
      0 | PASS       | 0 | 0  | 5 | 2 | 6  | false | false | false | STANDALONE | TERM_OVERDUE
      0 | PASS       | 0 | 0  | 5 | 2 | 18 | false | false | false | STANDALONE | TERM_OVERDUE_OVER_A_YEAR
      0 | PASS       | 0 | 0  | 5 | 2 | 0  | true  | false | false | STANDALONE | PRESIDENT_VACANT
      0 | PASS       | 0 | 0  | 5 | 2 | 0  | false | true  | false | STANDALONE | SECRETARY_VACANT
      0 | PASS       | 0 | 0  | 5 | 2 | 0  | false | false | true  | STANDALONE | OFFICERS_OVER_AGE
      0 | PASS       | 0 | 0  | 5 | 2 | 0  | false | false | false | NONE       | NO_PARTY_ORGANISATION
      """)
  void oneRule(Integer missed, String lastGrade, Integer basicPasses, Integer monthsIdle, Integer academic,
      Integer council, Integer termOverdue, Boolean presidentVacant, Boolean secretaryVacant, Boolean overAge,
      String party, String indicators) {
    assertIndicators(evaluate(missed, lastGrade, basicPasses, monthsIdle, academic, council, termOverdue,
        presidentVacant, secretaryVacant, overAge, party), indicators);
  }

  // missed | lastGrade | basicPasses | monthsIdle | academic | council | termOverdue | presVacant | secVacant | overAge | party | indicators
  @ParameterizedTest(name = "edge {index}: [{11}]")
  @CsvSource(delimiter = '|', textBlock = """
      0 | PASS       | 0 | 0  | 5 | 2 | 0  | false | false | false | STANDALONE |
      1 | PASS       | 0 | 0  | 5 | 2 | 0  | false | false | false | STANDALONE |
      2 | PASS       | 0 | 0  | 5 | 2 | 0  | false | false | false | STANDALONE | MISSED_INSPECTIONS
      5 | PASS       | 0 | 0  | 5 | 2 | 0  | false | false | false | STANDALONE | MISSED_INSPECTIONS
      0 | BASIC_PASS | 1 | 0  | 5 | 2 | 0  | false | false | false | STANDALONE |
      0 | BASIC_PASS | 3 | 0  | 5 | 2 | 0  | false | false | false | STANDALONE | BASIC_PASS_TWICE
      0 | fail       | 0 | 0  | 5 | 2 | 0  | false | false | false | STANDALONE |
      0 | PASS       | 0 | 11 | 5 | 2 | 0  | false | false | false | STANDALONE |
      0 | PASS       | 0 | 12 | 5 | 2 | 0  | false | false | false | STANDALONE | NO_ACTIVITY
      0 | PASS       | 0 | 0  | 2 | 2 | 0  | false | false | false | STANDALONE |
      0 | PASS       | 0 | 0  | 1 | 2 | 0  | false | false | false | STANDALONE | FEW_ACADEMIC_ACTIVITIES
      0 | PASS       | 0 | 0  | 0 | 2 | 0  | false | false | false | STANDALONE | FEW_ACADEMIC_ACTIVITIES
      0 | PASS       | 0 | 0  | 5 | 1 | 0  | false | false | false | STANDALONE |
      0 | PASS       | 0 | 0  | 5 | 0 | 0  | false | false | false | STANDALONE | NO_COUNCIL_MEETING
      0 | PASS       | 0 | 0  | 5 | 2 | 0  | false | false | false | STANDALONE |
      0 | PASS       | 0 | 0  | 5 | 2 | 1  | false | false | false | STANDALONE | TERM_OVERDUE
      0 | PASS       | 0 | 0  | 5 | 2 | 12 | false | false | false | STANDALONE | TERM_OVERDUE
      0 | PASS       | 0 | 0  | 5 | 2 | 13 | false | false | false | STANDALONE | TERM_OVERDUE_OVER_A_YEAR
      0 | PASS       | 0 | 0  | 5 | 2 | 0  | false | false | false | JOINT      |
      0 | PASS       | 0 | 0  | 5 | 2 | 0  | false | false | false | FUNCTIONAL |
      """)
  void boundaries(Integer missed, String lastGrade, Integer basicPasses, Integer monthsIdle, Integer academic,
      Integer council, Integer termOverdue, Boolean presidentVacant, Boolean secretaryVacant, Boolean overAge,
      String party, String indicators) {
    assertIndicators(evaluate(missed, lastGrade, basicPasses, monthsIdle, academic, council, termOverdue,
        presidentVacant, secretaryVacant, overAge, party), indicators);
  }

  // missed | lastGrade | basicPasses | monthsIdle | academic | council | termOverdue | presVacant | secVacant | overAge | party | indicators
  @ParameterizedTest(name = "unknown {index}: [{11}]")
  @CsvSource(delimiter = '|', textBlock = """
        | PASS       | 0 | 0  | 5 | 2 | 0  | false | false | false | STANDALONE |
      0 |            | 0 | 0  | 5 | 2 | 0  | false | false | false | STANDALONE |
      0 | PASS       |   | 0  | 5 | 2 | 0  | false | false | false | STANDALONE |
      0 | PASS       | 0 |    | 5 | 2 | 0  | false | false | false | STANDALONE |
      0 | PASS       | 0 | 0  |   | 2 | 0  | false | false | false | STANDALONE |
      0 | PASS       | 0 | 0  | 5 |   | 0  | false | false | false | STANDALONE |
      0 | PASS       | 0 | 0  | 5 | 2 |    | false | false | false | STANDALONE |
      0 | PASS       | 0 | 0  | 5 | 2 | 0  |       | false | false | STANDALONE |
      0 | PASS       | 0 | 0  | 5 | 2 | 0  | false |       | false | STANDALONE |
      0 | PASS       | 0 | 0  | 5 | 2 | 0  | false | false |       | STANDALONE |
      0 | PASS       | 0 | 0  | 5 | 2 | 0  | false | false | false |            |
        |            |   |    |   |   |    |       |       |       |            |
      2 |            |   |    |   |   |    |       |       |       |            | MISSED_INSPECTIONS
        |            |   | 30 |   |   |    |       |       |       | NONE       | NO_ACTIVITY+NO_PARTY_ORGANISATION
      """)
  void unknownFiguresFireNothing(Integer missed, String lastGrade, Integer basicPasses, Integer monthsIdle,
      Integer academic, Integer council, Integer termOverdue, Boolean presidentVacant, Boolean secretaryVacant,
      Boolean overAge, String party, String indicators) {
    assertIndicators(evaluate(missed, lastGrade, basicPasses, monthsIdle, academic, council, termOverdue,
        presidentVacant, secretaryVacant, overAge, party), indicators);
  }

  // missed | lastGrade | basicPasses | monthsIdle | academic | council | termOverdue | presVacant | secVacant | overAge | party | indicators
  @ParameterizedTest(name = "several {index}: [{11}]")
  @CsvSource(delimiter = '|', textBlock = """
      2 | FAIL       | 0 | 26 | 0 | 0 | 14 | true  | true  | false | NONE       | MISSED_INSPECTIONS+INSPECTION_FAILED+NO_ACTIVITY+FEW_ACADEMIC_ACTIVITIES+NO_COUNCIL_MEETING+TERM_OVERDUE_OVER_A_YEAR+PRESIDENT_VACANT+SECRETARY_VACANT+NO_PARTY_ORGANISATION
      0 | BASIC_PASS | 2 | 3  | 1 | 1 | 4  | false | false | true  | JOINT      | BASIC_PASS_TWICE+FEW_ACADEMIC_ACTIVITIES+TERM_OVERDUE+OFFICERS_OVER_AGE
      0 | PASS       | 0 | 0  | 5 | 0 | 0  | false | true  | false | NONE       | NO_COUNCIL_MEETING+SECRETARY_VACANT+NO_PARTY_ORGANISATION
      3 | FAIL       | 2 | 40 | 0 | 0 | 12 | true  | true  | true  | NONE       | MISSED_INSPECTIONS+INSPECTION_FAILED+BASIC_PASS_TWICE+NO_ACTIVITY+FEW_ACADEMIC_ACTIVITIES+NO_COUNCIL_MEETING+TERM_OVERDUE+PRESIDENT_VACANT+SECRETARY_VACANT+OFFICERS_OVER_AGE+NO_PARTY_ORGANISATION
      """)
  void severalRulesInRuleOrder(Integer missed, String lastGrade, Integer basicPasses, Integer monthsIdle,
      Integer academic, Integer council, Integer termOverdue, Boolean presidentVacant, Boolean secretaryVacant,
      Boolean overAge, String party, String indicators) {
    assertIndicators(evaluate(missed, lastGrade, basicPasses, monthsIdle, academic, council, termOverdue,
        presidentVacant, secretaryVacant, overAge, party), indicators);
  }

  @Test
  void tableHasLabelledTypedInputsAndCollectHitPolicy() {
    DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision.getDecisionLogic();
    assertThat(decision.getName()).isEqualTo("软弱涣散学会识别");
    assertThat(table.getHitPolicyHandler()).isInstanceOf(CollectHitPolicyHandler.class);
    assertThat(table.getInputs()).extracting(i -> i.getExpression().getExpression()).containsExactlyElementsOf(INPUTS);
    assertThat(table.getInputs()).extracting(i -> i.getExpression().getTypeDefinition().getTypeName())
        .containsExactlyElementsOf(TYPES);
    assertThat(table.getInputs()).allSatisfy(i ->
        assertThat(i.getName()).as("Chinese label").isNotBlank().doesNotContainPattern("[A-Za-z]"));
    assertThat(table.getOutputs()).extracting(o -> o.getOutputName()).containsExactly("indicator", "reason");
    assertThat(table.getRules()).hasSize(REASONS.size());
  }

  @Test
  void everyRuleCitesItsSource() throws Exception {
    DmnModelInstance model;
    try (InputStream dmn = WeakSocietyIdentificationDecisionTest.class
        .getResourceAsStream("/weak-society-identification.dmn")) {
      model = Dmn.readModelFromStream(dmn);
    }
    assertThat(model.getModelElementsByType(Rule.class)).hasSize(REASONS.size()).allSatisfy(rule ->
        assertThat(rule.getDescription().getTextContent()).matches("^(民发〔2021〕63号|本地规则).*"));
  }
}
