package org.societyflow.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantAccountRepository extends JpaRepository<ApplicantAccount, String> {

    Optional<ApplicantAccount> findByConfirmationToken(String tokenHash);
}
