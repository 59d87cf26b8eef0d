package org.societyflow.notification;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/**
 * The mails that could not be sent: their {@code notification-mail} job has used up its retries
 * ({@code societyflow.notification.retry-cycle}) and waits in Cockpit as an incident.
 */
@Component
@RequiredArgsConstructor
public class FailedMails {

    private final ManagementService management;

    /** A count query: the jobs of the mail process with no retry left. */
    public long count() {
        return management.createJobQuery().processDefinitionKey(MailOutbox.PROCESS).noRetriesLeft().count();
    }
}
