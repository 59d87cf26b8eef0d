package org.societyflow.notification;

import static org.societyflow.shared.ProcessVariables.APPLICANT;
import static org.societyflow.shared.ProcessVariables.APPLICATION_LINK;
import static org.societyflow.shared.ProcessVariables.SOCIETY_CODE;
import static org.societyflow.shared.ProcessVariables.SOCIETY_NAME;
import static org.societyflow.shared.ProcessVariables.TITLE;

import java.text.SimpleDateFormat;
import java.util.Date;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.societyflow.identity.Groups;
import org.societyflow.shared.ChineseTexts;
import org.springframework.stereotype.Component;

/**
 * Reminder timers of every process call this: the society is told which application has a deadline
 * coming. Reads the process variables every application has ({@code societyCode}, {@code title},
 * {@code applicationLink}) and the due date of the step the timer is attached to.
 */
@Component("reminders")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Reminders {

    private final NotificationService notifications;
    private final ChineseTexts texts;

    public void remindSociety(DelegateExecution execution) {
        notifications.notifyGroup(Groups.ofSociety(SOCIETY_CODE.of(execution)),
                texts.text("notification.reminder.society", TITLE.of(execution), dueText(execution)),
                APPLICATION_LINK.of(execution));
    }

    /** The applicant of an application that has no society yet (学会成立) is told; so is 学会部, who holds the step. */
    public void remindApplicant(DelegateExecution execution) {
        String link = APPLICATION_LINK.of(execution);
        String message = texts.text("notification.reminder.applicant", TITLE.of(execution), dueText(execution));
        notifications.notifyUser(APPLICANT.of(execution), message, link);
        notifications.notifyGroup(Groups.SOCIETY_AFFAIRS, message, link);
    }

    /** A society is late: 学会部 is told, and the process goes on waiting for the society. */
    public void escalate(DelegateExecution execution) {
        notifications.notifyGroup(Groups.SOCIETY_AFFAIRS, texts.text("notification.reminder.overdue",
                SOCIETY_NAME.of(execution), TITLE.of(execution)), APPLICATION_LINK.of(execution));
    }

    private String dueText(DelegateExecution execution) {
        Date due = dueDateOfAttachedTask(execution);
        return due == null ? ""
                : texts.text("notification.reminder.due", new SimpleDateFormat("yyyy-MM-dd").format(due));
    }

    private static Date dueDateOfAttachedTask(DelegateExecution execution) {
        return execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).active().list().stream()
                .map(t -> t.getDueDate()).filter(java.util.Objects::nonNull).min(Date::compareTo).orElse(null);
    }
}
