package org.societyflow.identity;

import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordChangeRequiredRepository extends JpaRepository<PasswordChangeRequired, String> {
}
