package org.societyflow.society;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SocietyRepository extends JpaRepository<Society, Long> {

    Optional<Society> findByCode(String code);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Society s where s.id = :id")
    Optional<Society> findForUpdate(@Param("id") Long id);

    Optional<Society> findByName(String name);

    boolean existsByCreditCode(String creditCode);

    List<Society> findByCreditCodeIn(Collection<String> creditCodes);

    List<Society> findByCodeIn(Collection<String> codes);

    List<Society> findByNameIn(Collection<String> names);

    List<Society> findBySupervisionModeAndStatusInOrderById(SupervisionMode mode, Collection<SocietyStatus> statuses);

    List<Society> findByTermEndBeforeAndSupervisionModeAndStatusIn(LocalDate day, SupervisionMode mode,
                                                                  Collection<SocietyStatus> statuses);

    @Query("""
            select s from Society s
            where (:q is null or lower(s.name) like lower(concat('%', :q, '%'))
                   or lower(s.code) like lower(concat('%', :q, '%'))
                   or s.creditCode like concat('%', :q, '%'))
              and (:status is null or s.status = :status)
              and (:discipline is null or s.discipline = :discipline)
            """)
    Page<Society> search(@Param("q") String q, @Param("status") SocietyStatus status,
                         @Param("discipline") Discipline discipline, Pageable pageable);

    @Query("select s.id from Society s where s.status in :statuses and s.registeredOn < :before order by s.id")
    List<Long> findIdsByStatusInAndRegisteredBefore(@Param("statuses") Collection<SocietyStatus> statuses,
                                                    @Param("before") LocalDate before);
}
