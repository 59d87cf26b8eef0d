package org.societyflow.identity;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity service, the one user store (docs/ARCHITECTURE.md §1); the Camunda
 * groups of the user become its authorities. An initiator account that has not followed the link of its
 * confirmation mail yet is refused with {@link DisabledException}, an account locked after failed logins with
 * {@link AccountLockedException}, for the login page and HTTP Basic alike.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IdentityServiceAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final CurrentUsers currentUsers;
    private final RegistrationService registrations;
    private final LoginLocks loginLocks;

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException("bad credentials");
        }
        if (!identityService.checkPassword(userId, credentials.toString())) {
            // checked after the password: a wrong one may just have locked the account
            loginLocks.lockOf(userId).ifPresent(lock -> {
                throw new AccountLockedException(lock);
            });
            throw new BadCredentialsException("bad credentials");
        }
        if (registrations.awaitsConfirmation(userId)) {
            throw new DisabledException("the e-mail address of " + userId + " is not confirmed yet");
        }
        List<SimpleGrantedAuthority> authorities = currentUsers.groupsOf(userId).stream()
                .map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
