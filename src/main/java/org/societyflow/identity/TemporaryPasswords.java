package org.societyflow.identity;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    /* Letters, digits and marks that cannot be mistaken for one another when read out or copied by hand. */
    private static final String LOWER = "abcdefghjkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String SPECIAL = "#%+=?@";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(TemporaryPasswords.class);

    private final IdentityService identityService;
    private final PasswordChangeRequiredRepository required;
    private final PasswordPolicyTexts passwordPolicy;
    private final PasswordPolicySettings policy;

    /** Sets a new temporary password on the account and flags it; returns the password, shown once. */
    @Transactional
    public String issue(String userId, String by) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new NotFoundException("user", userId);
        }
        String password = generate(user);
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

    /**
     * A password the policy accepts whatever its settings: each class it asks for at least as often as it asks,
     * the rest letters and digits (marks only where the policy wants them: they are what people misread when a
     * password is read out), shuffled; drawn again in the rare case it spells the user's data.
     */
    String generate(User user) {
        int length = Math.max(policy.getTemporaryLength(), policy.getMinLength());
        String all = LOWER + UPPER + DIGITS;
        String password;
        do {
            List<Character> drawn = new ArrayList<>();
            draw(drawn, LOWER, policy.getMinLowerCase());
            draw(drawn, UPPER, policy.getMinUpperCase());
            draw(drawn, DIGITS, policy.getMinDigits());
            draw(drawn, SPECIAL, policy.getMinSpecial());
            draw(drawn, all, length - drawn.size());
            Collections.shuffle(drawn, RANDOM);
            StringBuilder built = new StringBuilder();
            drawn.forEach(built::append);
            password = built.toString();
        } while (!passwordPolicy.accepts(password, user));
        return password;
    }

    private static void draw(List<Character> into, String alphabet, int count) {
        for (int i = 0; i < count; i++) {
            into.add(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
    }
}
