package org.societyflow.identity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The engine's password policy ({@link LoginSecurityPlugin}) in the user's language: each rule has a message
 * {@code password.policy.<Camunda's placeholder>} with the rule's parameter as {0}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PasswordPolicyTexts {

    private final IdentityService identityService;
    private final MessageSource messages;

    /** Every rule of the policy, for the hint next to a password field. */
    public String rules() {
        return texts(identityService.getPasswordPolicy().getRules());
    }

    /** The rules this password breaks for this (new or existing) user, as one field message; empty if none. */
    Optional<String> violations(String password, User user) {
        PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(password, user);
        return result.isValid() ? Optional.empty()
                : Optional.of(messages.getMessage("password.policy.violated",
                        new Object[] {texts(result.getViolatedRules())}, LocaleContextHolder.getLocale()));
    }

    /**
     * The field errors of a password an account chooses for itself (an invitation link, the first login after a
     * temporary password): the policy's violations, else a confirmation that differs; empty when it may be saved.
     */
    public Map<String, String> choiceErrors(String password, String confirmPassword, User user) {
        Map<String, String> errors = new TreeMap<>();
        if (password == null || password.isEmpty()) {
            errors.put("password", "registration.required");
            return errors;
        }
        violations(password, user).ifPresent(v -> errors.put("password", v));
        if (errors.isEmpty() && !password.equals(confirmPassword)) {
            errors.put("confirmPassword", "registration.passwordMismatch");
        }
        return errors;
    }

    /** Whether a password the platform generates (a temporary password) follows the policy. */
    boolean accepts(String password, User user) {
        return identityService.checkPasswordAgainstPolicy(password, user).isValid();
    }

    private String texts(List<PasswordPolicyRule> rules) {
        return rules.stream()
                .map(rule -> messages.getMessage("password.policy." + rule.getPlaceholder(),
                        rule.getParameters() == null ? new Object[0] : rule.getParameters().values().toArray(),
                        LocaleContextHolder.getLocale()))
                .collect(Collectors.joining(messages.getMessage("password.policy.separator", null,
                        LocaleContextHolder.getLocale())));
    }
}
