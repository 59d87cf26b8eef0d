package org.societyflow.identity;

import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Builds the {@link CurrentUser} from the Spring Security context, whose authorities are the Camunda groups. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CurrentUsers {

    private final IdentityService identityService;

    public CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("not logged in");
        }
        Set<String> groups = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return of(authentication.getName(), groups);
    }

    CurrentUser of(String userId, Set<String> groups) {
        String societyCode = groups.stream().map(Groups::societyCodeOf)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        User user = identityService.createUserQuery().userId(userId).singleResult();
        String displayName = user == null ? userId : PersonNames.nameOf(user);
        return new CurrentUser(userId, displayName, groups, societyCode);
    }

    Set<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
    }
}
