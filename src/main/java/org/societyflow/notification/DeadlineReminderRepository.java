package org.societyflow.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeadlineReminderRepository extends JpaRepository<DeadlineReminder, Long> {

    @Query("select r.kind from DeadlineReminder r where r.taskId = :taskId and r.dueMillis = :dueMillis")
    List<String> kindsSent(String taskId, long dueMillis);

    List<DeadlineReminder> findByTaskIdOrderById(String taskId);
}
