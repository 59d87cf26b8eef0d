package org.societyflow.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountInvitationRepository extends JpaRepository<AccountInvitation, String> {

    Optional<AccountInvitation> findByTokenHash(String tokenHash);
}
