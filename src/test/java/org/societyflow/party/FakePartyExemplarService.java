package org.societyflow.party;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.societyflow.shared.ProcessVariables.PartyExemplar;

/** Stands in for the bean {@code partyExemplarService}; records each call and sets the process contract as the real
 * one does (the 公示 ends {@code noticeEnds}, a fixed date the test chooses). */
public class FakePartyExemplarService {

  public final List<String> calls = new ArrayList<>();
  private final Date noticeEnds;

  public FakePartyExemplarService(Date noticeEnds) {
    this.noticeEnds = noticeEnds;
  }

  public void open(DelegateExecution execution) {
    calls.add("open:" + execution.getProcessBusinessKey());
  }

  public void close(DelegateExecution execution) {
    calls.add("close");
    PartyExemplar.NOMINATIONS.set(execution, "1 · 测试学会 · 党组织 · 红色引擎");
  }

  public void checkSelection(DelegateTask task) {
    String list = PartyExemplar.SELECTED_LIST.of(task);
    if (list == null || list.isBlank()) {
      throw new FormFieldValidationException("selectedList", "empty");
    }
    calls.add("checkSelection:" + list);
    PartyExemplar.SELECTION_SUMMARY.set(task, "1. " + list);
  }

  public void publishNotice(DelegateExecution execution) {
    calls.add("publishNotice");
    PartyExemplar.NOTICE_ENDS.set(execution, noticeEnds);
  }

  public void reopenRanking(DelegateExecution execution) {
    calls.add("reopenRanking");
  }

  public void publish(DelegateExecution execution) {
    calls.add("publish");
  }
}
