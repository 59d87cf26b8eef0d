package org.societyflow.workflow;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationCopyRepository extends JpaRepository<ApplicationCopy, Long> {

    /** A recipient's copies, unread first, newest first within each. */
    @Query("select c from ApplicationCopy c where c.toUser = ?1"
            + " order by case when c.readAt is null then 0 else 1 end, c.createdAt desc, c.id desc")
    List<ApplicationCopy> inboxOf(String toUser, Pageable page);

    long countByToUserAndReadAtIsNull(String toUser);

    boolean existsByBusinessKeyAndToUser(String businessKey, String toUser);
}
