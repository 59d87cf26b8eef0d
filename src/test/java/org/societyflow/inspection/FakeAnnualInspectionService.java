package org.societyflow.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Stands in for the bean {@code annualInspectionService}; records each call as "method[:argument]". */
public class FakeAnnualInspectionService {

  public final List<String> calls = new ArrayList<>();

  public void open(DelegateExecution execution) {
    Long societyId = (Long) execution.getVariable("societyId");
    Integer year = (Integer) execution.getVariable("year");
    calls.add("open:" + societyId);
    execution.setVariable("applicationId", 1000L + societyId);
    execution.setVariable("applicationLink", "/inspections/" + (1000L + societyId));
    execution.setVariable("societyCode", "XH" + societyId);
    execution.setVariable("societyName", "测试学会" + societyId);
    execution.setVariable("title", "测试学会" + societyId + " " + year + " 年度检查");
  }

  @SuppressWarnings("unchecked")
  public void recordProposal(DelegateExecution execution) {
    Map<String, Object> proposal = (Map<String, Object>) execution.getVariable("gradeProposal");
    String grade = (String) proposal.get("grade");
    calls.add("recordProposal:" + grade);
    execution.setVariable("proposedGrade", grade);
    execution.setVariable("proposedGradeReason", proposal.get("reason"));
    execution.setVariable("grade", grade);
    execution.removeVariable("gradeProposal");
  }

  public void returnReport(DelegateExecution execution) {
    calls.add("returnReport");
  }

  public void recordGrade(DelegateExecution execution) {
    calls.add("recordGrade:" + execution.getVariable("grade"));
  }

  /** As the service: no answers, the refusal, and what the register says ({@link #register}). */
  public void markNotSubmitted(DelegateExecution execution) {
    calls.add("markNotSubmitted");
    AnnualInspectionProcessTest.INDICATORS.forEach(i -> execution.setVariable(i, register.getOrDefault(i, false)));
    execution.setVariable("refusedInspection", true);
  }

  @SuppressWarnings("unchecked")
  public void recordNotSubmittedGrade(DelegateExecution execution) {
    Map<String, Object> proposal = (Map<String, Object>) execution.getVariable("gradeProposal");
    String grade = (String) proposal.get("grade");
    calls.add("recordNotSubmittedGrade:" + grade);
    execution.setVariable("proposedGrade", grade);
    execution.setVariable("proposedGradeReason", proposal.get("reason"));
    execution.setVariable("grade", grade);
    execution.removeVariable("gradeProposal");
  }

  /** What the register's indicators (the 处罚与案件记录 of the year among them) say, read again with the flags. */
  public final Map<String, Boolean> register = new java.util.HashMap<>();

  public void reassess(DelegateExecution execution) {
    calls.add("reassess");
    execution.setVariable("seriousCase", register.getOrDefault("seriousCase", false)
        || Boolean.TRUE.equals(execution.getVariable("seriousCaseFlagged")));
    execution.setVariable("uncooperative", register.getOrDefault("uncooperative", false)
        || Boolean.TRUE.equals(execution.getVariable("uncooperativeFlagged")));
  }

  public void recordRectification(DelegateExecution execution, boolean accepted) {
    calls.add("recordRectification:" + accepted);
  }
}
