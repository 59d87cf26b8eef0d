package org.societyflow.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientGroupInOrderByCreatedAtDesc(Collection<String> groups, Pageable page);
}
