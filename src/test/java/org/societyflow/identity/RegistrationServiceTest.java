package org.societyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Whether new accounts confirm their e-mail address, and the confirmation tokens. */
class RegistrationServiceTest {

    @Test
    void theMysqlProfileAlwaysConfirmsEmailAddresses() {
        assertThat(confirmationRequired(false)).isFalse();
        assertThat(confirmationRequired(true)).isTrue();
        assertThat(confirmationRequired(false, "it")).isFalse();
        assertThat(confirmationRequired(false, "mysql")).isTrue();
        assertThat(confirmationRequired(false, "mysql", "it")).isTrue();
        assertThat(confirmationRequired(true, "mysql")).isTrue();
    }

    @Test
    void tokensAreRandomUrlSafeAndStoredAsTheirHash() {
        String token = ConfirmationToken.generate();
        assertThat(token).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(ConfirmationToken.generate());
        assertThat(ConfirmationToken.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ConfirmationToken.hash(token)).hasSize(64).isEqualTo(ConfirmationToken.hash(token));
    }

    private static boolean confirmationRequired(boolean confirmEmail, String... profiles) {
        RegistrationSettings settings = new RegistrationSettings();
        settings.setConfirmEmail(confirmEmail);
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new RegistrationService(null, null, mock(ConfirmationMail.class), settings, null, environment)
                .confirmationRequired();
    }
}
