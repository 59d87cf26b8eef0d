package org.societyflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.hitpolicy.FirstHitPolicyHandler;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table annual-inspection-grade (hit policy FIRST, most severe first): one row per rule, then edge cases. */
class AnnualInspectionGradeDecisionTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = AnnualInspectionGradeDecisionTest.class.getResourceAsStream("/annual-inspection-grade.dmn")) {
      decision = engine.parseDecision("annual-inspection-grade", dmn);
    }
  }

  /** Evaluates with every indicator false except the given ones (names joined by '+'; empty: none). */
  static DmnDecisionResult evaluate(String trueIndicators) {
    VariableMap vars = Variables.createVariables();
    AnnualInspectionProcessTest.INDICATORS.forEach(i -> vars.putValue(i, false));
    if (trueIndicators != null && !trueIndicators.isBlank()) {
      for (String i : trueIndicators.split("\\+")) {
        assertThat(AnnualInspectionProcessTest.INDICATORS).as("known input").contains(i.trim());
        vars.putValue(i.trim(), true);
      }
    }
    return engine.evaluateDecision(decision, vars);
  }

  static void assertGrade(String trueIndicators, String grade, String reason) {
    DmnDecisionResult result = evaluate(trueIndicators);
    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().getEntryMap()).containsEntry("grade", grade).containsEntry("reason", reason);
  }

  @ParameterizedTest(name = "rule {index}: {0} ⇒ {1}")
  @CsvSource(delimiter = '|', textBlock = """
      certificateLent                      | FAIL       | 出借、出租登记证书或印章
      outsideScope                         | FAIL       | 超出章程规定的宗旨和业务范围开展活动
      refusedInspection                    | FAIL       | 拒不接受或者不按照规定接受监督检查
      unfiledChanges                       | FAIL       | 变更事项未按规定办理登记或备案
      forProfit                            | FAIL       | 从事营利性经营活动
      assetsMisappropriated                | FAIL       | 侵占、私分、挪用学会资产或所接受的捐赠、资助
      seriousCase+meetingsNotHeld          | FAIL       | 情节严重：未按章程规定召开会员（代表）大会或理事会
      seriousCase+charterNotFollowed       | FAIL       | 情节严重：未按照章程规定开展活动
      seriousCase+termOverdue              | FAIL       | 情节严重：理事会任期届满逾期未换届
      seriousCase+officersOverAgeOrTerm    | FAIL       | 情节严重：负责人超过任职年龄或任职届数
      seriousCase+financeIrregular         | FAIL       | 情节严重：财务管理不规范
      seriousCase+improperAwards           | FAIL       | 情节严重：违规开展评比达标表彰活动
      seriousCase+uncooperative            | FAIL       | 情节严重：不配合业务主管单位和登记管理机关的管理
      seriousCase+criticisedLastYear       | FAIL       | 情节严重：上年度受到登记管理机关或业务主管单位公开批评
      meetingsNotHeld                      | BASIC_PASS | 未按章程规定召开会员（代表）大会或理事会
      charterNotFollowed                   | BASIC_PASS | 未按照章程规定开展活动
      termOverdue                          | BASIC_PASS | 理事会任期届满逾期未换届
      officersOverAgeOrTerm                | BASIC_PASS | 负责人超过任职年龄或任职届数
      financeIrregular                     | BASIC_PASS | 财务管理不规范
      improperAwards                       | BASIC_PASS | 违规开展评比达标表彰活动
      uncooperative                        | BASIC_PASS | 不配合业务主管单位和登记管理机关的管理
      criticisedLastYear                   | BASIC_PASS | 上年度受到登记管理机关或业务主管单位公开批评
                                           | PASS       | 未发现问题
      """)
  void oneRule(String indicators, String grade, String reason) {
    assertGrade(indicators, grade, reason);
  }

  @ParameterizedTest(name = "edge {index}: {0} ⇒ {1}")
  @CsvSource(delimiter = '|', textBlock = """
      certificateLent+assetsMisappropriated                      | FAIL       | 出借、出租登记证书或印章
      forProfit+assetsMisappropriated                            | FAIL       | 从事营利性经营活动
      criticisedLastYear+outsideScope                            | FAIL       | 超出章程规定的宗旨和业务范围开展活动
      seriousCase+criticisedLastYear+refusedInspection           | FAIL       | 拒不接受或者不按照规定接受监督检查
      seriousCase+financeIrregular+termOverdue                   | FAIL       | 情节严重：理事会任期届满逾期未换届
      meetingsNotHeld+termOverdue+criticisedLastYear             | BASIC_PASS | 未按章程规定召开会员（代表）大会或理事会
      uncooperative+improperAwards                               | BASIC_PASS | 违规开展评比达标表彰活动
      charterNotFollowed+meetingsNotHeld                         | BASIC_PASS | 未按章程规定召开会员（代表）大会或理事会
      charterNotFollowed+termOverdue                             | BASIC_PASS | 未按照章程规定开展活动
      seriousCase+charterNotFollowed+meetingsNotHeld             | FAIL       | 情节严重：未按章程规定召开会员（代表）大会或理事会
      seriousCase+uncooperative                                  | FAIL       | 情节严重：不配合业务主管单位和登记管理机关的管理
      refusedInspection+termOverdue+officersOverAgeOrTerm        | FAIL       | 拒不接受或者不按照规定接受监督检查
      seriousCase                                                | PASS       | 未发现问题
      """)
  void mostSevereWins(String indicators, String grade, String reason) {
    assertGrade(indicators, grade, reason);
  }

  @Test
  void everyIndicatorTrueIsTheFirstFailRule() {
    assertGrade(String.join("+", AnnualInspectionProcessTest.INDICATORS), "FAIL", "出借、出租登记证书或印章");
  }

  @Test
  void tableHasOneLabelledBooleanInputPerIndicatorAndFirstHitPolicy() {
    DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision.getDecisionLogic();
    assertThat(decision.getName()).isEqualTo("年检评级建议");
    assertThat(table.getHitPolicyHandler()).isInstanceOf(FirstHitPolicyHandler.class);
    assertThat(table.getInputs()).extracting(i -> i.getExpression().getExpression())
        .containsExactlyElementsOf(AnnualInspectionProcessTest.INDICATORS);
    assertThat(table.getInputs()).allSatisfy(i -> {
      assertThat(i.getName()).as("Chinese label").isNotBlank().doesNotContainPattern("[A-Za-z]");
      assertThat(i.getExpression().getTypeDefinition().getTypeName()).isEqualTo("boolean");
    });
    assertThat(table.getOutputs()).extracting(o -> o.getOutputName()).containsExactly("grade", "reason");
    assertThat(table.getRules()).hasSize(23);
  }
}
