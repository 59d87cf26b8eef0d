package org.societyflow.activity;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.societyflow.workflow.ApplicationStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActivityRepository extends JpaRepository<Activity, Long>, ApplicationStore<Activity> {

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Activity a where a.id = :id")
    Optional<Activity> findForUpdate(Long id);

    /**
     * The ledger filtered by society (null: every society), type, brand and the period the activity starts in; drafts
     * only when {@code drafts} (a society's own list, never the staff's).
     */
    @Query("""
            select a from Activity a
            where (:societyId is null or a.societyId = :societyId)
              and (:drafts = true or a.status <> org.societyflow.activity.Activity.ActivityStatus.DRAFT)
              and (:type is null or a.form.activityType = :type)
              and (:brand is null or a.form.brand = :brand)
              and (:from is null or a.form.startsOn >= :from)
              and (:to is null or a.form.startsOn <= :to)
            """)
    Page<Activity> search(@Param("societyId") Long societyId, @Param("drafts") boolean drafts,
                          @Param("type") ActivityForm.ActivityType type, @Param("brand") ActivityForm.ActivityBrand brand,
                          @Param("from") LocalDate from, @Param("to") LocalDate to, Pageable pageable);

    /** A society's activities that overlap the days from {@code from} to {@code to}, for its calendar. */
    @Query("""
            select a from Activity a
            where a.societyId = :societyId and a.form.startsOn <= :to
              and (:drafts = true or a.status <> org.societyflow.activity.Activity.ActivityStatus.DRAFT)
              and coalesce(a.form.endsOn, a.form.startsOn) >= :from
            order by a.form.startsOn, a.id
            """)
    List<Activity> overlapping(@Param("societyId") Long societyId, @Param("drafts") boolean drafts,
                               @Param("from") LocalDate from, @Param("to") LocalDate to);

    /** The society's verified activities that started in the period, counted per type. */
    @Query("""
            select a.form.activityType, count(a) from Activity a
            where a.societyId = :societyId
              and a.status = org.societyflow.activity.Activity.ActivityStatus.VERIFIED
              and a.form.startsOn between :from and :to
            group by a.form.activityType
            """)
    List<Object[]> countVerifiedByType(@Param("societyId") Long societyId, @Param("from") LocalDate from,
                                       @Param("to") LocalDate to);

    /** The last day of the society's latest verified activity that had begun by {@code day}. */
    @Query("""
            select max(a.form.endsOn) from Activity a
            where a.societyId = :societyId
              and a.status = org.societyflow.activity.Activity.ActivityStatus.VERIFIED
              and a.form.startsOn <= :day
            """)
    Optional<LocalDate> lastVerifiedEnd(@Param("societyId") Long societyId, @Param("day") LocalDate day);

    /** As {@link #lastVerifiedEnd}, among activities of the given types. */
    @Query("""
            select max(a.form.endsOn) from Activity a
            where a.societyId = :societyId
              and a.status = org.societyflow.activity.Activity.ActivityStatus.VERIFIED
              and a.form.startsOn <= :day
              and a.form.activityType in :types
            """)
    Optional<LocalDate> lastVerifiedEndOfTypes(@Param("societyId") Long societyId, @Param("day") LocalDate day,
                                               @Param("types") Collection<ActivityForm.ActivityType> types);

    boolean existsBySocietyId(Long societyId);
}
