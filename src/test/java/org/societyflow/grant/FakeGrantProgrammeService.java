package org.societyflow.grant;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Stands in for the bean {@code grantProgrammeService}; records each call as "method[:argument]" and sets the
 * variables the model and the forms read: {@code reviewsComplete} (close, from {@link #reviewsComplete}),
 * {@code rankingSummary}, {@code fundedList}, {@code totalBudget} (propose), {@code noticeEnds} (publishNotice: the
 * notice runs {@link #NOTICE_DAYS} days from now). {@code checkFundedList} refuses a list that is not XM numbers
 * separated by commas. */
public class FakeGrantProgrammeService {

  public static final String RANKING_SUMMARY = """
      1. XM-2025-0003 湖北省人工智能学会 2025 年人工智能青年科学家论坛 均分 88.5 申请 50000 元
      2. XM-2025-0001 湖北省化学化工学会 绿色化工前沿学术沙龙 均分 84.0 申请 30000 元
      3. XM-2025-0002 湖北省机械工程学会 智能制造综合交叉论坛 均分 71.3 申请 100000 元（超出预算）""";
  public static final String FUNDED_LIST = "XM-2025-0003,XM-2025-0001";
  public static final long TOTAL_BUDGET = 100_000L;
  /** The public notice: 5 working days, a calendar week in the fake. */
  public static final int NOTICE_DAYS = 7;
  static final Pattern LIST = Pattern.compile("XM-\\d{4}-\\d+(\\s*[,，]\\s*XM-\\d{4}-\\d+)*");

  public final List<String> calls = new ArrayList<>();
  public boolean reviewsComplete = true;
  public void open(DelegateExecution execution) {
    calls.add("open:" + execution.getVariable("programmeId"));
  }

  public void close(DelegateExecution execution) {
    calls.add("close");
    execution.setVariable("reviewsComplete", reviewsComplete);
  }

  public void propose(DelegateExecution execution) {
    calls.add("propose");
    execution.setVariable("rankingSummary", RANKING_SUMMARY);
    execution.setVariable("fundedList", FUNDED_LIST);
    execution.setVariable("totalBudget", TOTAL_BUDGET);
  }

  public void checkFundedList(DelegateTask task) {
    Object list = task.getVariable("fundedList");
    if (list == null || !LIST.matcher(list.toString().strip()).matches()) {
      throw new ProcessEngineException("拟资助项目编号须为逗号分隔的项目申请编号: " + list);
    }
    calls.add("checkFundedList:" + list);
  }

  public void publishNotice(DelegateExecution execution) {
    calls.add("publishNotice:" + execution.getVariable("fundedList"));
    execution.setVariable("noticeEnds", Date.from(
        ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).plusDays(NOTICE_DAYS).toInstant()));
  }

  public void decide(DelegateExecution execution) {
    calls.add("decide");
  }
}
