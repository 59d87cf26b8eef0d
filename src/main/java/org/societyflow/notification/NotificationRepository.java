package org.societyflow.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    // newest first; MySQL keeps whole seconds, so notifications of the same second come in the order they were made
    @Query("select n from Notification n where n.recipientGroup in :groups or n.recipientUser = :userId order by n.createdAt desc, n.id desc")
    List<Notification> latestFor(Collection<String> groups, String userId, Pageable page);

    @Query("""
            select count(n) from Notification n where (n.recipientGroup in :groups or n.recipientUser = :userId)
            and not exists (select r from NotificationRead r where r.notificationId = n.id and r.userId = :userId)""")
    long countUnread(Collection<String> groups, String userId);

    @Query("""
            select n.id from Notification n where (n.recipientGroup in :groups or n.recipientUser = :userId)
            and not exists (select r from NotificationRead r where r.notificationId = n.id and r.userId = :userId)""")
    List<Long> unreadIds(Collection<String> groups, String userId);
}
