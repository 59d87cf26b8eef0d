package org.societyflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.EngineClock;
import org.societyflow.society.CaseKind;
import org.societyflow.society.CaseRecord;
import org.societyflow.society.CaseRegister;
import org.societyflow.society.Discipline;
import org.societyflow.society.Officer;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyStatus;
import org.societyflow.society.SupervisionMode;
import org.societyflow.support.Reports;
import org.societyflow.workflow.ActivityLedger;
import org.societyflow.workflow.ApplicationSupport;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * Each row of {@code annual-inspection-grade} fired through what the grade really reads, not through its inputs set by
 * hand: the submitted report, the register (term, officers) and the 处罚与案件记录 of the inspected year, turned into the
 * table's inputs by {@link AnnualInspectionService#gradeInputs} with the settings of application.yml. The refused
 * inspection ({@code Rule_03}) comes from the deadline's timer: AnnualInspectionProcessTest and AnnualInspectionIT.
 */
class AnnualInspectionGradeInputsTest {

  static final int YEAR = 2024;
  static DmnEngine engine;
  static DmnDecision decision;
  static AnnualInspectionService service;
  static CaseRegister caseRegister = mock(CaseRegister.class);

  @BeforeAll
  static void setUp() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = AnnualInspectionGradeInputsTest.class.getResourceAsStream("/annual-inspection-grade.dmn")) {
      decision = engine.parseDecision("annual-inspection-grade", dmn);
    }
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    Properties settings = yaml.getObject();
    // the texts only label the records for the review form; the key stands for the text
    ChineseTexts texts = mock(ChineseTexts.class, withSettings().defaultAnswer(i -> i.getArguments()[0].toString()));
    service = new AnnualInspectionService(mock(AnnualInspectionRepository.class), mock(ApplicationSupport.class),
        caseRegister, texts, mock(ActivityLedger.class),
        Integer.parseInt(settings.getProperty("societyflow.officers.max-age")),
        Integer.parseInt(settings.getProperty("societyflow.officers.president-max-terms")),
        Integer.parseInt(settings.getProperty("societyflow.inspection.min-council-meetings")),
        kinds(settings.getProperty("societyflow.inspection.serious-case-kinds")),
        kinds(settings.getProperty("societyflow.inspection.uncooperative-kinds")));
  }

  static Set<CaseKind> kinds(String list) {
    return list == null || list.isBlank() ? Set.of()
        : Arrays.stream(list.split(",")).map(String::trim).map(CaseKind::valueOf).collect(Collectors.toSet());
  }

  /**
   * @param answers  changes to a clean report, {@code field=value;…}
   * @param register what the register says of the society: {@code termOverdue}, {@code officerOverAge},
   *                 {@code presidentOverTerms} ({@code +} joined)
   * @param records  the kinds of the 处罚与案件记录 dated in the inspected year ({@code +} joined)
   */
  @ParameterizedTest(name = "{3}: report [{0}] register [{1}] records [{2}] ⇒ {4}")
  @CsvSource(delimiter = '|', textBlock = """
      certificateLent=true        |                    |                                 | Rule_01 | FAIL       | 出借、出租登记证书或印章
      outsideScope=true           |                    |                                 | Rule_02 | FAIL       | 超出章程规定的宗旨和业务范围开展活动
      unfiledChanges=true         |                    |                                 | Rule_04 | FAIL       | 变更事项未按规定办理登记或备案
      forProfit=true              |                    |                                 | Rule_05 | FAIL       | 从事营利性经营活动
      assetsMisappropriated=true  |                    |                                 | Rule_06 | FAIL       | 侵占、私分、挪用学会资产或所接受的捐赠、资助
      councilMeetings=0           |                    | PENALTY                         | Rule_07 | FAIL       | 情节严重：未按章程规定召开会员（代表）大会或理事会
      charterFollowed=false       |                    | SERIOUS_VIOLATION               | Rule_08 | FAIL       | 情节严重：未按照章程规定开展活动
                                  | termOverdue        | PENALTY                         | Rule_09 | FAIL       | 情节严重：理事会任期届满逾期未换届
                                  | officerOverAge     | SERIOUS_VIOLATION               | Rule_10 | FAIL       | 情节严重：负责人超过任职年龄或任职届数
      auditOpinion=QUALIFIED      |                    | PENALTY                         | Rule_11 | FAIL       | 情节严重：财务管理不规范
      improperAwards=true         |                    | SERIOUS_VIOLATION               | Rule_12 | FAIL       | 情节严重：违规开展评比达标表彰活动
                                  |                    | SERIOUS_VIOLATION+NON_COOPERATION | Rule_13 | FAIL     | 情节严重：不配合业务主管单位和登记管理机关的管理
      criticisedLastYear=true     |                    | PENALTY                         | Rule_14 | FAIL       | 情节严重：上年度受到登记管理机关或业务主管单位公开批评
      councilMeetings=0           |                    |                                 | Rule_15 | BASIC_PASS | 未按章程规定召开会员（代表）大会或理事会
      charterFollowed=false       |                    |                                 | Rule_16 | BASIC_PASS | 未按照章程规定开展活动
                                  | termOverdue        |                                 | Rule_17 | BASIC_PASS | 理事会任期届满逾期未换届
                                  | presidentOverTerms |                                 | Rule_18 | BASIC_PASS | 负责人超过任职年龄或任职届数
      auditOpinion=ADVERSE        |                    |                                 | Rule_19 | BASIC_PASS | 财务管理不规范
      improperAwards=true         |                    |                                 | Rule_20 | BASIC_PASS | 违规开展评比达标表彰活动
                                  |                    | NON_COOPERATION                 | Rule_21 | BASIC_PASS | 不配合业务主管单位和登记管理机关的管理
      criticisedLastYear=true     |                    |                                 | Rule_22 | BASIC_PASS | 上年度受到登记管理机关或业务主管单位公开批评
                                  |                    |                                 | Rule_23 | PASS       | 未发现问题
                                  |                    | PENALTY+OTHER                   | Rule_23 | PASS       | 未发现问题
      councilMeetings=1;charterFollowed=true |         | OTHER                           | Rule_23 | PASS       | 未发现问题
      """)
  void theTableGradesWhatTheReportTheRegisterAndTheRecordsSay(String answers, String register, String records,
                                                              String rule, String grade, String reason) {
    DmnDecisionResult result = engine.evaluateDecision(decision,
        service.gradeInputs(report(answers), society(register, records), YEAR));
    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().getEntryMap()).as(rule).containsEntry("grade", grade)
        .containsEntry("reason", reason);
  }

  static InspectionReport report(String answers) {
    Map<String, Object> report = Reports.complete();
    if (answers != null) {
      for (String answer : answers.split(";")) {
        String[] pair = answer.split("=");
        report.put(pair[0].trim(), pair[1].trim());
      }
    }
    return new ObjectMapper().convertValue(report, InspectionReport.class);
  }

  /** A society with a clean register but for the given indicators, and the given records of the inspected year. */
  static Society society(String register, String records) {
    LocalDate today = EngineClock.today();
    Society society = new Society("XHT", "测试学会", Discipline.values()[0], SupervisionMode.SUPERVISED,
        SocietyStatus.ACTIVE, PartyOrganisation.NONE);
    List<String> indicators = register == null ? List.of() : List.of(register.split("\\+"));
    society.term(3, today.minusYears(indicators.contains("termOverdue") ? 6 : 2),
        today.plusYears(indicators.contains("termOverdue") ? -1 : 3));
    society.getOfficers().add(new Officer(OfficerRole.PRESIDENT, "王测试",
        today.minusYears(indicators.contains("officerOverAge") ? 80 : 55), true, false,
        indicators.contains("presidentOverTerms") ? 3 : 1));
    List<CaseRecord> lines = records == null ? List.of() : Arrays.stream(records.split("\\+"))
        .map(kind -> record(CaseKind.valueOf(kind.trim()))).toList();
    when(caseRegister.ofYear(any(), eq(YEAR))).thenReturn(lines);
    return society;
  }

  static CaseRecord record(CaseKind kind) {
    CaseRecord line = mock(CaseRecord.class);
    when(line.getKind()).thenReturn(kind);
    when(line.getOccurredOn()).thenReturn(LocalDate.of(YEAR, 6, 1));
    when(line.getSource()).thenReturn("市民政局决定书");
    return line;
  }
}
