package org.societyflow.grant;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.societyflow.workflow.ApplicationStore;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface GrantApplicationRepository extends JpaRepository<GrantApplication, Long>, ApplicationStore<GrantApplication> {

    /** Declared once more: Spring Data's and the lifecycle's are the same method. */
    @Override
    Optional<GrantApplication> findById(Long id);

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from GrantApplication a where a.id = :id")
    Optional<GrantApplication> findForUpdate(Long id);

    @Override
    Optional<GrantApplication> findByApplicationNo(String applicationNo);

    List<GrantApplication> findBySocietyIdOrderByIdDesc(Long societyId);

    /**
     * The applications of a call that stand: all but the cancelled ones (已终止), which leave every count, board and
     * ranking of the call.
     */
    default List<GrantApplication> standing(Long programmeId) {
        return findByProgrammeIdAndStatusNotOrderByIdAsc(programmeId, GrantStatus.CANCELLED);
    }

    List<GrantApplication> findByProgrammeIdAndStatusNotOrderByIdAsc(Long programmeId, GrantStatus status);

    /** A society's drafts, which have no process: the society's exit cancels them itself. */
    List<GrantApplication> findBySocietyIdAndStatus(Long societyId, GrantStatus status);

    /** Every application past its draft (a submitted one has its number), newest first: what the 科协's staff list. */
    List<GrantApplication> findByApplicationNoNotNullOrderByIdDesc();

    /** The applications an expert has been asked to score, newest first. */
    @Query("select a from GrantApplication a where a.applicationNo in "
            + "(select r.subjectKey from ExpertReview r where r.expert = :expert) order by a.id desc")
    List<GrantApplication> findReviewedBy(String expert);

    /** How many of the society's applications in these statuses went to calls of this type and year, one left out. */
    @Query("select count(a) from GrantApplication a, Programme p where p.id = a.programmeId and a.societyId = :societyId"
            + " and p.type = :type and p.year = :year and a.status in :statuses and a.id <> :except")
    long countOfTypeAndYear(Long societyId, ProgrammeType type, int year, Collection<GrantStatus> statuses, Long except);

    List<GrantApplication> findByStatusInAndForm_StartsOn(Collection<GrantStatus> statuses, LocalDate startsOn);
}
