package org.societyflow.party;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PartyExemplarRepository extends JpaRepository<PartyExemplarSelection, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from PartyExemplarSelection s where s.id = :id")
    Optional<PartyExemplarSelection> findForUpdate(Long id);

    Optional<PartyExemplarSelection> findByApplicationNo(String applicationNo);

    List<PartyExemplarSelection> findAllByOrderByYearDescIdDesc();
}
