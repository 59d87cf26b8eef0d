package org.societyflow.notification;

import java.text.SimpleDateFormat;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.societyflow.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * Reminder timers of every process call this: the society is told which application has a deadline
 * coming. Reads the process variables every application has ({@code societyCode}, {@code title},
 * {@code applicationLink}) and the due date of the step the timer is attached to.
 */
@Component("reminders")
public class Reminders {

    private final NotificationService notifications;

    Reminders(NotificationService notifications) {
        this.notifications = notifications;
    }

    public void remindSociety(DelegateExecution execution) {
        String societyCode = (String) execution.getVariable("societyCode");
        String title = (String) execution.getVariable("title");
        String link = (String) execution.getVariable("applicationLink");
        notifications.notifyGroup(Groups.ofSociety(societyCode),
                "提醒：「" + title + "」待办即将到期" + dueText(dueDateOfAttachedTask(execution)), link);
    }

    /** The applicant of an application that has no society yet (学会成立) is told; so is 学会部, who holds the step. */
    public void remindApplicant(DelegateExecution execution) {
        String title = (String) execution.getVariable("title");
        String link = (String) execution.getVariable("applicationLink");
        String message = "提醒：「" + title + "」即将到期" + dueText(dueDateOfAttachedTask(execution));
        notifications.notifyUser((String) execution.getVariable("applicant"), message, link);
        notifications.notifyGroup(Groups.SOCIETY_AFFAIRS, message, link);
    }

    /** A society is late: 学会部 is told, and the process goes on waiting for the society. */
    public void escalate(DelegateExecution execution) {
        String title = (String) execution.getVariable("title");
        String societyName = (String) execution.getVariable("societyName");
        notifications.notifyGroup(Groups.SOCIETY_AFFAIRS, "超期：" + societyName + "「" + title + "」未按期办理",
                (String) execution.getVariable("applicationLink"));
    }

    private static String dueText(Date due) {
        return due == null ? "" : "，截止日期 " + new SimpleDateFormat("yyyy-MM-dd").format(due);
    }

    private static Date dueDateOfAttachedTask(DelegateExecution execution) {
        return execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).active().list().stream()
                .map(t -> t.getDueDate()).filter(java.util.Objects::nonNull).min(Date::compareTo).orElse(null);
    }
}
