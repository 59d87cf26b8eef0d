package org.societyflow.identity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The portal identity of a society: its group {@code society-<code>} and the accounts of its secretariat. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SocietyAccounts {

    private final IdentityService identityService;
    private final GroupSetup groupSetup;

    /**
     * A newly registered society gets its group, and the initiator who founded it becomes its secretariat's
     * account: from their next login they work as the society.
     */
    public void open(String societyCode, String societyName, String initiatorUserId) {
        groupSetup.ensureSocietyGroup(societyCode, societyName);
        join(initiatorUserId, Groups.SOCIETY);
        join(initiatorUserId, Groups.ofSociety(societyCode));
        identityService.deleteMembership(initiatorUserId, Groups.APPLICANTS);
    }

    private void join(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }
}
