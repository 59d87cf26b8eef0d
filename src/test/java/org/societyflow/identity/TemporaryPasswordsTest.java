package org.societyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

/** Temporary passwords pass the policy whatever its settings, at the configured length or the policy's minimum. */
class TemporaryPasswordsTest {

    @Test
    void theDefaultPolicyGetsTwelveCharacters() {
        PasswordPolicySettings settings = new PasswordPolicySettings();
        assertThat(generated(settings)).allSatisfy(password -> assertThat(password).hasSize(12));
    }

    @Test
    void aStricterPolicyIsMetClassByClassAndItsMinimumLengthWins() {
        PasswordPolicySettings settings = new PasswordPolicySettings();
        settings.setMinLength(16);
        settings.setMinUpperCase(3);
        settings.setMinDigits(3);
        settings.setMinSpecial(2);
        settings.setTemporaryLength(10);
        List<PasswordPolicyRule> rules = LoginSecurityPlugin.policy(settings).getRules();
        assertThat(generated(settings)).allSatisfy(password -> {
            assertThat(password).hasSize(16);
            assertThat(rules).allSatisfy(rule -> assertThat(rule.execute(password, HOLDER)).as(rule.getPlaceholder()).isTrue());
        });
    }

    /** Whose password it is, for the rule that refuses a password spelling the user's data. */
    private static final User HOLDER = new UserEntity("soc-zzxh");

    /** A hundred draws, each checked by the policy's own rules as the engine checks them. */
    private static List<String> generated(PasswordPolicySettings settings) {
        List<PasswordPolicyRule> rules = LoginSecurityPlugin.policy(settings).getRules();
        PasswordPolicyTexts texts = mock(PasswordPolicyTexts.class);
        when(texts.accepts(anyString(), any())).thenAnswer(call -> rules.stream().allMatch(r -> r.execute(call.getArgument(0), call.getArgument(1))));
        TemporaryPasswords passwords = new TemporaryPasswords(null, null, texts, settings);
        return java.util.stream.IntStream.range(0, 100).mapToObj(i -> passwords.generate(HOLDER)).toList();
    }
}
