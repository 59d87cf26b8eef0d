package org.societyflow.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.hitpolicy.CollectHitPolicyHandler;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table weak-society-identification (hit policy COLLECT): one row per rule, the boundaries of every threshold,
 * a clean society, unknown (null) figures, and societies hitting several rules. Each case is a clean society's record
 * with some inputs changed ({@code name=value; …}, an empty value is null: unknown); the expected indicators are
 * joined by '+' in rule order. */
class WeakSocietyIdentificationDecisionTest {

  /** The inputs in the table's order, each with its type and its value for a society that fires no rule. */
  static final Map<String, String[]> INPUTS = inputs(
      "missedInspections", "integer", "0",
      "lastGrade", "string", "PASS",
      "basicPassesInARow", "integer", "0",
      "monthsWithoutActivity", "integer", "0",
      "academicActivities", "integer", "5",
      "councilMeetings", "integer", "2",
      "termOverdueMonths", "integer", "0",
      "presidentVacantMonths", "integer", "0",
      "secretaryVacantMonths", "integer", "0",
      "officersOverAge", "boolean", "false",
      "partyOrganisation", "string", "STANDALONE",
      "monthsWithoutActivityInScope", "integer", "0",
      "officersOverTerm", "boolean", "false",
      "abnormalActivityListed", "boolean", "false",
      "failedContactAttempts", "integer", "0");

  static final Map<String, String> REASONS = Map.ofEntries(
      Map.entry("MISSED_INSPECTIONS", "连续两年未参加年检"),
      Map.entry("INSPECTION_FAILED", "上年度年检不合格"),
      Map.entry("BASIC_PASS_TWICE", "连续两年年检基本合格"),
      Map.entry("NO_ACTIVITY", "一年以上未开展活动"),
      Map.entry("FEW_ACADEMIC_ACTIVITIES", "上年度学术活动少于2次"),
      Map.entry("NO_COUNCIL_MEETING", "上年度未召开理事会"),
      Map.entry("TERM_OVERDUE", "届期已满未按期换届"),
      Map.entry("TERM_OVERDUE_OVER_A_YEAR", "届期届满超过一年仍未换届"),
      Map.entry("PRESIDENT_VACANT", "理事长空缺超过6个月"),
      Map.entry("SECRETARY_VACANT", "秘书长空缺超过6个月"),
      Map.entry("OFFICERS_OVER_AGE", "负责人年龄超过规定的任职年龄"),
      Map.entry("NO_PARTY_ORGANISATION", "未建立党组织"),
      Map.entry("NO_ACTIVITY_IN_SCOPE", "一年以上未开展章程业务范围内的活动"),
      Map.entry("OFFICERS_OVER_TERM", "理事长任职超过规定届数"),
      Map.entry("ON_ABNORMAL_LIST", "已列入活动异常名录"),
      Map.entry("UNREACHABLE", "通过登记住所和法定代表人均无法取得联系"));

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

  static Map<String, String[]> inputs(String... triples) {
    Map<String, String[]> inputs = new LinkedHashMap<>();
    for (int i = 0; i < triples.length; i += 3) {
      inputs.put(triples[i], new String[] {triples[i + 1], triples[i + 2]});
    }
    return inputs;
  }

  /** A clean society's record with {@code changes} ("name=value; name=value"; "*=" makes every input unknown). */
  static DmnDecisionResult evaluate(String changes) {
    Map<String, String> raw = new HashMap<>();
    INPUTS.forEach((name, typeAndClean) -> raw.put(name, typeAndClean[1]));
    for (String change : changes == null ? new String[0] : changes.split(";")) {
      String[] pair = change.split("=", -1);
      String value = pair[1].strip().isEmpty() ? null : pair[1].strip();
      if (pair[0].strip().equals("*")) {
        raw.replaceAll((name, old) -> value);
      } else {
        assertThat(INPUTS).as("an input of the table").containsKey(pair[0].strip());
        raw.put(pair[0].strip(), value);
      }
    }
    var variables = Variables.createVariables();
    raw.forEach((name, value) -> variables.putValue(name, typed(INPUTS.get(name)[0], value)));
    return engine.evaluateDecision(decision, variables);
  }

  static Object typed(String type, String value) {
    if (value == null) {
      return null;
    }
    return switch (type) {
      case "integer" -> Integer.valueOf(value);
      case "boolean" -> Boolean.valueOf(value);
      default -> value;
    };
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

  @ParameterizedTest(name = "rule {index}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      missedInspections=2                               | MISSED_INSPECTIONS
      lastGrade=FAIL                                    | INSPECTION_FAILED
      lastGrade=BASIC_PASS; basicPassesInARow=2         | BASIC_PASS_TWICE
      monthsWithoutActivity=12                          | NO_ACTIVITY
      academicActivities=1                              | FEW_ACADEMIC_ACTIVITIES
      councilMeetings=0                                 | NO_COUNCIL_MEETING
      termOverdueMonths=6                               | TERM_OVERDUE
      termOverdueMonths=18                              | TERM_OVERDUE_OVER_A_YEAR
      presidentVacantMonths=7                           | PRESIDENT_VACANT
      secretaryVacantMonths=7                           | SECRETARY_VACANT
      officersOverAge=true                              | OFFICERS_OVER_AGE
      partyOrganisation=NONE                            | NO_PARTY_ORGANISATION
      monthsWithoutActivityInScope=12                   | NO_ACTIVITY_IN_SCOPE
      officersOverTerm=true                             | OFFICERS_OVER_TERM
      abnormalActivityListed=true                       | ON_ABNORMAL_LIST
      failedContactAttempts=3                           | UNREACHABLE
      """)
  void oneRule(String changes, String indicators) {
    assertIndicators(evaluate(changes), indicators);
  }

  @ParameterizedTest(name = "edge {index}: {0} → [{1}]")
  @CsvSource(delimiter = '|', textBlock = """
      missedInspections=0                               |
      missedInspections=1                               |
      missedInspections=5                               | MISSED_INSPECTIONS
      lastGrade=BASIC_PASS; basicPassesInARow=1         |
      lastGrade=BASIC_PASS; basicPassesInARow=3         | BASIC_PASS_TWICE
      lastGrade=fail                                    |
      monthsWithoutActivity=11                          |
      academicActivities=2                              |
      academicActivities=0                              | FEW_ACADEMIC_ACTIVITIES
      councilMeetings=1                                 |
      termOverdueMonths=1                               | TERM_OVERDUE
      termOverdueMonths=12                              | TERM_OVERDUE
      termOverdueMonths=13                              | TERM_OVERDUE_OVER_A_YEAR
      presidentVacantMonths=6                           |
      presidentVacantMonths=30                          | PRESIDENT_VACANT
      secretaryVacantMonths=6                           |
      partyOrganisation=JOINT                           |
      partyOrganisation=FUNCTIONAL                      |
      monthsWithoutActivityInScope=11                   |
      monthsWithoutActivityInScope=40                   | NO_ACTIVITY_IN_SCOPE
      failedContactAttempts=2                           |
      failedContactAttempts=9                           | UNREACHABLE
      """)
  void boundaries(String changes, String indicators) {
    assertIndicators(evaluate(changes), indicators);
  }

  @ParameterizedTest(name = "unknown {index}: {0} → [{1}]")
  @CsvSource(delimiter = '|', textBlock = """
      missedInspections=                                |
      lastGrade=                                        |
      basicPassesInARow=                                |
      monthsWithoutActivity=                            |
      academicActivities=                               |
      councilMeetings=                                  |
      termOverdueMonths=                                |
      presidentVacantMonths=                            |
      secretaryVacantMonths=                            |
      officersOverAge=                                  |
      partyOrganisation=                                |
      monthsWithoutActivityInScope=                     |
      officersOverTerm=                                 |
      abnormalActivityListed=                           |
      failedContactAttempts=                            |
      *=                                                |
      *=; missedInspections=2                           | MISSED_INSPECTIONS
      *=; monthsWithoutActivity=30; partyOrganisation=NONE | NO_ACTIVITY+NO_PARTY_ORGANISATION
      *=; abnormalActivityListed=true; failedContactAttempts=4 | ON_ABNORMAL_LIST+UNREACHABLE
      """)
  void unknownFiguresFireNothing(String changes, String indicators) {
    assertIndicators(evaluate(changes), indicators);
  }

  @ParameterizedTest(name = "several {index}: [{1}]")
  @CsvSource(delimiter = '|', textBlock = """
      missedInspections=2; lastGrade=FAIL; monthsWithoutActivity=26; academicActivities=0; councilMeetings=0; termOverdueMonths=14; presidentVacantMonths=8; secretaryVacantMonths=12; partyOrganisation=NONE; monthsWithoutActivityInScope=26 | MISSED_INSPECTIONS+INSPECTION_FAILED+NO_ACTIVITY+FEW_ACADEMIC_ACTIVITIES+NO_COUNCIL_MEETING+TERM_OVERDUE_OVER_A_YEAR+PRESIDENT_VACANT+SECRETARY_VACANT+NO_PARTY_ORGANISATION+NO_ACTIVITY_IN_SCOPE
      lastGrade=BASIC_PASS; basicPassesInARow=2; monthsWithoutActivity=3; academicActivities=1; councilMeetings=1; termOverdueMonths=4; officersOverAge=true; partyOrganisation=JOINT; officersOverTerm=true | BASIC_PASS_TWICE+FEW_ACADEMIC_ACTIVITIES+TERM_OVERDUE+OFFICERS_OVER_AGE+OFFICERS_OVER_TERM
      councilMeetings=0; secretaryVacantMonths=9; partyOrganisation=NONE; monthsWithoutActivityInScope=13; abnormalActivityListed=true | NO_COUNCIL_MEETING+SECRETARY_VACANT+NO_PARTY_ORGANISATION+NO_ACTIVITY_IN_SCOPE+ON_ABNORMAL_LIST
      missedInspections=3; lastGrade=FAIL; basicPassesInARow=2; monthsWithoutActivity=40; academicActivities=0; councilMeetings=0; termOverdueMonths=12; presidentVacantMonths=20; secretaryVacantMonths=20; officersOverAge=true; partyOrganisation=NONE; monthsWithoutActivityInScope=40; officersOverTerm=true; abnormalActivityListed=true; failedContactAttempts=3 | MISSED_INSPECTIONS+INSPECTION_FAILED+BASIC_PASS_TWICE+NO_ACTIVITY+FEW_ACADEMIC_ACTIVITIES+NO_COUNCIL_MEETING+TERM_OVERDUE+PRESIDENT_VACANT+SECRETARY_VACANT+OFFICERS_OVER_AGE+NO_PARTY_ORGANISATION+NO_ACTIVITY_IN_SCOPE+OFFICERS_OVER_TERM+ON_ABNORMAL_LIST+UNREACHABLE
      """)
  void severalRulesInRuleOrder(String changes, String indicators) {
    assertIndicators(evaluate(changes), indicators);
  }

  @Test
  void aCleanSocietyFiresNothing() {
    assertIndicators(evaluate(null), null);
  }

  @Test
  void tableHasLabelledTypedInputsAndCollectHitPolicy() {
    DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision.getDecisionLogic();
    assertThat(decision.getName()).isEqualTo("软弱涣散学会识别");
    assertThat(table.getHitPolicyHandler()).isInstanceOf(CollectHitPolicyHandler.class);
    assertThat(table.getInputs()).extracting(i -> i.getExpression().getExpression())
        .containsExactlyElementsOf(INPUTS.keySet());
    assertThat(table.getInputs()).extracting(i -> i.getExpression().getTypeDefinition().getTypeName())
        .containsExactlyElementsOf(INPUTS.values().stream().map(t -> t[0]).toList());
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
