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

    /** How Tasklist and Admin name a secretariat account: 秘书处, then the society's name. */
    private static final String SECRETARIAT_NAME = org.societyflow.shared.ChineseTexts.format("account.secretariat");

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

    /**
     * A society the register import brought in gets its group and its secretariat's account {@code soc-<code>},
     * named as the demo's secretariats are, with the secretariat's e-mail address and no password: nobody can log in
     * with it until a password is set for it. An account that exists already is left as it is.
     */
    public void openSecretariat(String societyCode, String societyName, String email) {
        groupSetup.ensureSocietyGroup(societyCode, societyName);
        String userId = secretariatOf(societyCode);
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            org.camunda.bpm.engine.identity.User user = identityService.newUser(userId);
            user.setFirstName(SECRETARIAT_NAME);
            user.setLastName(societyName);
            user.setEmail(email);
            identityService.saveUser(user);
        }
        join(userId, Groups.SOCIETY);
        join(userId, Groups.ofSociety(societyCode));
    }

    /** The user id of a society's secretariat account. */
    public static String secretariatOf(String societyCode) {
        return "soc-" + societyCode;
    }

    private void join(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }
}
