package org.societyflow.identity;

import java.security.SecureRandom;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Temporary passwords: 学会部 gives one to a secretariat that cannot receive its invitation mail, the account is
 * flagged, and its first login must choose its own password ({@link PasswordChangeFilter}) before anything else.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TemporaryPasswords {

    /** Letters and digits that cannot be mistaken for one another when read out or copied by hand. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(TemporaryPasswords.class);

    private final IdentityService identityService;
    private final PasswordChangeRequiredRepository required;
    private final PasswordPolicyTexts passwordPolicy;

    /** Sets a new temporary password on the account and flags it; returns the password, shown once. */
    @Transactional
    public String issue(String userId, String by) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new NotFoundException("user", userId);
        }
        String password = generate();
        user.setPassword(password);
        identityService.saveUser(user);
        if (!required.existsById(userId)) {
            required.save(new PasswordChangeRequired(userId, EngineClock.now()));
        }
        log.info("{} gave {} a temporary password", by, userId);
        return password;
    }

    @Transactional(readOnly = true)
    public boolean changeRequired(String userId) {
        return required.existsById(userId);
    }

    /** The account chooses its own password (field errors when weak or mismatched); the flag goes. */
    @Transactional
    public void change(String userId, String password, String confirmPassword) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        FormValidator.throwIfAny(passwordPolicy.choiceErrors(password, confirmPassword, user));
        user.setPassword(password);
        identityService.saveUser(user);
        required.deleteById(userId);
    }

    private String generate() {
        String password;
        do {
            StringBuilder built = new StringBuilder();
            for (int i = 0; i < LENGTH; i++) {
                built.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            password = built.toString();
        } while (!passwordPolicy.accepts(password));
        return password;
    }
}
