package org.societyflow.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.EngineClock;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications to a group or one person, each also mailed to every recipient with an e-mail address
 * ({@link MailOutbox}) after the caller's transaction commits. Read marks are per user: a group's notification is
 * unread for each member until that member reads it.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NotificationService {

    static final int TITLE_MAX = 200;

    private final NotificationRepository notifications;
    private final NotificationReadRepository reads;
    private final MailOutbox outbox;

    public void notifyGroup(String group, String title, String link) {
        outbox.queue(notifications.save(Notification.toGroup(group, fit(title), link)));
    }

    public void notifyUser(String userId, String title, String link) {
        outbox.queue(notifications.save(Notification.toUser(userId, fit(title), link)));
    }

    @Transactional(readOnly = true)
    public List<Notification> latestFor(Collection<String> groups, String userId, int count) {
        return notifications.latestFor(anyGroup(groups), userId, PageRequest.of(0, count));
    }

    /** The latest notifications of a user, each with whether this user has read it. */
    @Transactional(readOnly = true)
    public List<NotificationView> latestFor(CurrentUser user, int count) {
        List<Notification> latest = latestFor(user.groups(), user.userId(), count);
        Set<Long> read = latest.isEmpty() ? Set.of()
                : new HashSet<>(reads.readAmong(user.userId(), latest.stream().map(Notification::getId).toList()));
        return latest.stream().map(n -> new NotificationView(n.getId(), n.getTitle(), n.getLink(), n.getCreatedAt(),
                read.contains(n.getId()))).toList();
    }

    @Transactional(readOnly = true)
    public long unreadCount(CurrentUser user) {
        return notifications.countUnread(anyGroup(user.groups()), user.userId());
    }

    /** Marks the given notifications of the user read, or all of them when {@code ids} is null; returns how many. */
    public int markRead(CurrentUser user, Collection<Long> ids) {
        List<Long> unread = notifications.unreadIds(anyGroup(user.groups()), user.userId());
        Instant now = EngineClock.now();
        List<NotificationRead> marks = unread.stream().filter(id -> ids == null || ids.contains(id))
                .map(id -> new NotificationRead(id, user.userId(), now)).toList();
        reads.saveAll(marks);
        return marks.size();
    }

    // an empty IN list is not valid SQL everywhere
    private static Collection<String> anyGroup(Collection<String> groups) {
        return groups.isEmpty() ? List.of("") : groups;
    }

    private static String fit(String title) {
        return title.length() <= TITLE_MAX ? title : title.substring(0, TITLE_MAX - 1) + "…";
    }
}
