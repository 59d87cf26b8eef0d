package org.societyflow.shared;

/**
 * Mails that leave through the engine: each queued mail is sent after the caller's transaction commits, by a job the
 * job executor retries, and one that keeps failing is an incident in Cockpit and a failed mail in the metrics. A
 * module below {@code notification} (identity) reaches the outbox through this.
 */
public interface MailQueue {

    /**
     * Queues one mail to {@code to} for the user {@code recipientUserId}, in the caller's transaction; false when the
     * platform sends no mail ({@code societyflow.notification.mail} off, or no SMTP server configured), and nothing
     * is queued.
     */
    boolean queue(String recipientUserId, String to, String subject, String text);
}
