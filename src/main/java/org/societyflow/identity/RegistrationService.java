package org.societyflow.identity;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormValidator;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anyone may register an initiator (学会发起人) account: a Camunda user in the group {@code applicants}, with
 * phone and employer in {@link ApplicantAccount}. When the e-mail address must be confirmed (always with the
 * {@code mysql} profile), the account cannot log in until the link of the confirmation mail is followed; the
 * mail is sent inside the registration's transaction, so a mail that cannot be sent leaves no account behind.
 */
@Service
public class RegistrationService {

    /** The profile of a production installation, where every new account confirms its e-mail address. */
    static final String PRODUCTION_PROFILE = "mysql";

    static final Pattern USER_ID = Pattern.compile("[a-z][a-z0-9._-]{2,31}");
    static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");
    /** One address: none of the characters that separate or quote addresses in a mail header (a, b@x.cn is two). */
    static final Pattern EMAIL = Pattern.compile("[^@\\s,;:<>()\\[\\]\\\\\"]+@[^@\\s,;:<>()\\[\\]\\\\\"]+\\.[^@\\s.,;:<>()\\[\\]\\\\\"]+");
    static final int NAME_MAX = 50;
    static final int EMAIL_MAX = 100;
    static final int EMPLOYER_MAX = 200;
    static final int PASSWORD_MAX = 64;

    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);

    /** What a registration created. */
    public record Registered(String userId, boolean confirmationRequired) {
    }

    /** What following a confirmation link did. */
    public enum Confirmation { CONFIRMED, ALREADY_CONFIRMED, EXPIRED, UNKNOWN }

    private final IdentityService identityService;
    private final ApplicantAccountRepository accounts;
    private final ConfirmationMail mail;
    private final RegistrationSettings settings;
    private final PasswordPolicyTexts passwordPolicy;
    private final boolean production;

    RegistrationService(IdentityService identityService, ApplicantAccountRepository accounts, ConfirmationMail mail,
                        RegistrationSettings settings, PasswordPolicyTexts passwordPolicy, Environment environment) {
        this.identityService = identityService;
        this.passwordPolicy = passwordPolicy;
        this.accounts = accounts;
        this.mail = mail;
        this.settings = settings;
        this.production = environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE));
        if (production && !settings.isConfirmEmail()) {
            log.warn("societyflow.registration.confirm-email=false is ignored with the {} profile: new accounts "
                    + "always confirm their e-mail address there", PRODUCTION_PROFILE);
        }
        if (confirmationRequired() && !mail.configured()) {
            log.warn("New initiator accounts must confirm their e-mail address, but no SMTP server is configured "
                    + "(spring.mail.host): registrations will be refused");
        }
    }

    /** {@code societyflow.registration.confirm-email}, which the {@code mysql} profile cannot switch off. */
    public boolean confirmationRequired() {
        return production || settings.isConfirmEmail();
    }

    /**
     * Creates the account, or refuses field by field ({@link org.societyflow.shared.InvalidInputException}) without
     * storing anything. A registration that was never confirmed and whose link has expired does not hold its user
     * id and e-mail address: registering again replaces it.
     *
     * @throws RegistrationMailException when the confirmation mail cannot be sent (nothing is stored then either)
     */
    @Transactional
    public Registered register(RegistrationForm form) {
        Input input = Input.of(form);
        Instant now = EngineClock.now();
        Map<String, String> errors = check(input);
        if (!errors.containsKey("password")) {
            passwordPolicy.violations(input.password, input.candidate()).ifPresent(v -> errors.put("password", v));
        }
        Set<String> replaced = new LinkedHashSet<>();
        if (!errors.containsKey("userId")) {
            User holder = identityService.createUserQuery().userId(input.userId).singleResult();
            if (holder != null) {
                if (lapsed(holder.getId(), now)) {
                    replaced.add(holder.getId());
                } else {
                    errors.put("userId", "registration.userIdTaken");
                }
            }
        }
        if (!errors.containsKey("email")) {
            for (User holder : identityService.createUserQuery().userEmail(input.email).list()) {
                if (lapsed(holder.getId(), now)) {
                    replaced.add(holder.getId());
                } else {
                    errors.put("email", "registration.emailTaken");
                }
            }
        }
        FormValidator.throwIfAny(errors);

        for (String userId : replaced) {
            log.info("Registration {} replaces the expired, never confirmed registration {}", input.userId, userId);
            identityService.deleteUser(userId);
            accounts.deleteById(userId);
        }
        accounts.flush();

        User user = identityService.newUser(input.userId);
        // the whole name in the last name: CurrentUsers shows last + first, Tasklist and Admin "first last"
        user.setFirstName("");
        user.setLastName(input.name);
        user.setEmail(input.email);
        user.setPassword(form.getPassword());
        identityService.saveUser(user);
        identityService.createMembership(input.userId, Groups.APPLICANTS);

        ApplicantAccount account = new ApplicantAccount(input.userId, input.phone, input.employer, now);
        if (!confirmationRequired()) {
            accounts.saveAndFlush(account);
            log.info("Registered initiator account {}", input.userId);
            return new Registered(input.userId, false);
        }
        String token = ConfirmationToken.generate();
        Instant expiresAt = now.plus(settings.getConfirmationValidFor());
        account.awaitConfirmation(ConfirmationToken.hash(token), expiresAt);
        // everything that could fail in the database has failed before the mail leaves
        accounts.saveAndFlush(account);
        Locale locale = LocaleContextHolder.getLocale();
        mail.send(input.userId, input.name, input.email, token, expiresAt, locale);
        log.info("Registered initiator account {}, awaiting the confirmation of its e-mail address", input.userId);
        return new Registered(input.userId, true);
    }

    /** Follows a confirmation link: confirms the account unless the token is unknown or expired. */
    @Transactional
    public Confirmation confirm(String token) {
        if (token == null || token.isBlank() || token.length() > 128) {
            return Confirmation.UNKNOWN;
        }
        Optional<ApplicantAccount> found = accounts.findByConfirmationToken(ConfirmationToken.hash(token.trim()));
        if (found.isEmpty()) {
            return Confirmation.UNKNOWN;
        }
        ApplicantAccount account = found.get();
        Instant now = EngineClock.now();
        if (!account.awaitsConfirmation()) {
            return Confirmation.ALREADY_CONFIRMED;
        }
        if (account.lapsed(now)) {
            return Confirmation.EXPIRED;
        }
        account.confirm(now);
        log.info("Initiator account {} confirmed its e-mail address", account.getUserId());
        return Confirmation.CONFIRMED;
    }

    /** An account that registered with a confirmation mail and has not followed its link yet cannot log in. */
    @Transactional(readOnly = true)
    public boolean awaitsConfirmation(String userId) {
        return accounts.findById(userId).map(ApplicantAccount::awaitsConfirmation).orElse(false);
    }

    private boolean lapsed(String userId, Instant now) {
        return accounts.findById(userId).map(a -> a.lapsed(now)).orElse(false);
    }

    /** Field → message key of every rule the input breaks, in the order of the form. */
    private static Map<String, String> check(Input in) {
        Map<String, String> errors = new TreeMap<>();
        if (in.userId.isEmpty()) {
            errors.put("userId", "registration.required");
        } else if (!USER_ID.matcher(in.userId).matches()) {
            errors.put("userId", "registration.userIdInvalid");
        }
        if (in.name.isEmpty()) {
            errors.put("name", "registration.required");
        } else if (in.name.length() > NAME_MAX) {
            errors.put("name", "registration.nameTooLong");
        }
        if (in.email.isEmpty()) {
            errors.put("email", "registration.required");
        } else if (in.email.length() > EMAIL_MAX || !EMAIL.matcher(in.email).matches()) {
            errors.put("email", "registration.emailInvalid");
        }
        if (in.phone.isEmpty()) {
            errors.put("phone", "registration.required");
        } else if (!PHONE.matcher(in.phone).matches()) {
            errors.put("phone", "registration.phoneInvalid");
        }
        if (in.employer.isEmpty()) {
            errors.put("employer", "registration.required");
        } else if (in.employer.length() > EMPLOYER_MAX) {
            errors.put("employer", "registration.employerTooLong");
        }
        if (in.password.isEmpty()) {
            errors.put("password", "registration.required");
        } else if (in.password.length() > PASSWORD_MAX) {
            errors.put("password", "registration.passwordTooLong");
        }
        if (in.confirmPassword.isEmpty()) {
            errors.put("confirmPassword", "registration.required");
        } else if (!in.password.isEmpty() && !in.confirmPassword.equals(in.password)) {
            errors.put("confirmPassword", "registration.passwordMismatch");
        }
        return errors;
    }

    /** The form as stored: trimmed, the e-mail address in lower case, the passwords as typed. */
    private record Input(String userId, String name, String email, String phone, String employer, String password,
                         String confirmPassword) {

        static Input of(RegistrationForm form) {
            return new Input(trim(form.getUserId()), trim(form.getName()), trim(form.getEmail()).toLowerCase(Locale.ROOT),
                    trim(form.getPhone()), trim(form.getEmployer()), orEmpty(form.getPassword()),
                    orEmpty(form.getConfirmPassword()));
        }

        /** The account as it would be saved, for the policy's rule against passwords made of the user's own data. */
        UserEntity candidate() {
            UserEntity user = new UserEntity(userId);
            user.setFirstName("");
            user.setLastName(name);
            user.setEmail(email);
            return user;
        }

        private static String trim(String value) {
            return value == null ? "" : value.strip();
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }
}
