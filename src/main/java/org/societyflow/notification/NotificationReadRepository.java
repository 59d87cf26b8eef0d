package org.societyflow.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationReadRepository extends JpaRepository<NotificationRead, NotificationRead.Key> {

    @Query("select r.notificationId from NotificationRead r where r.userId = :userId and r.notificationId in :ids")
    List<Long> readAmong(String userId, Collection<Long> ids);
}
