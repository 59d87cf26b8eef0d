package org.societyflow.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.MailQueue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to set the password of an account the 科协 opened for someone (a society's secretariat from the
 * register import): a link mailed to the account's address, valid for the caller's period, used once; a new
 * invitation replaces the last. The mail is queued in the caller's transaction ({@link MailQueue}): an import that
 * rolls back mails nobody, the import does not wait for SMTP, and a mail that keeps failing is an incident in Cockpit;
 * 学会部 can send a new invitation from the society's page.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountInvitations {

    /** What an invitation link is when followed. */
    public enum Link { VALID, EXPIRED, USED, UNKNOWN }

    private static final Logger log = LoggerFactory.getLogger(AccountInvitations.class);
    /** Longer than any token {@link ConfirmationToken} makes: not worth hashing. */
    private static final int TOKEN_MAX = 128;
    /** Invitations are written in the portal's default language, as every mail. */
    private static final java.util.Locale MAIL_LOCALE = java.util.Locale.SIMPLIFIED_CHINESE;

    private final IdentityService identityService;
    private final AccountInvitationRepository invitations;
    private final ConfirmationMail mail;
    private final MailQueue mailQueue;
    private final PasswordPolicyTexts passwordPolicy;

    /** Invites the account's holder; false when the account has no e-mail address to invite to. */
    @Transactional
    public boolean invite(String userId, Duration validFor) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            return false;
        }
        String token = ConfirmationToken.generate();
        Instant now = EngineClock.now();
        Instant expiresAt = now.plus(validFor);
        AccountInvitation invitation = invitations.findById(userId).orElseGet(() -> new AccountInvitation(userId));
        invitation.renew(ConfirmationToken.hash(token), now, expiresAt);
        invitations.save(invitation);
        String name = (user.getFirstName() + " " + user.getLastName()).strip();
        if (!mailQueue.queue(userId, user.getEmail(), mail.invitationSubject(MAIL_LOCALE),
                mail.invitationText(userId, name, token, expiresAt, MAIL_LOCALE))) {
            log.warn("The invitation of {} is not mailed: mail is off (societyflow.notification.mail) or no SMTP server is"
                    + " configured (spring.mail.host)", userId);
        }
        return true;
    }

    /** The latest invitation of an account, if it had one. */
    @Transactional(readOnly = true)
    public Optional<AccountInvitation> of(String userId) {
        return invitations.findById(userId);
    }

    @Transactional(readOnly = true)
    public Link check(String token) {
        return find(token).map(this::state).orElse(Link.UNKNOWN);
    }

    /**
     * Sets the password through a valid link, which is used up; field errors ({@link
     * org.societyflow.shared.InvalidInputException}) for a weak or mismatched password; any other link state is
     * returned and changes nothing.
     */
    @Transactional
    public Link setPassword(String token, String password, String confirmPassword) {
        Optional<AccountInvitation> found = find(token);
        Link state = found.map(this::state).orElse(Link.UNKNOWN);
        if (state != Link.VALID) {
            return state;
        }
        AccountInvitation invitation = found.get();
        User user = identityService.createUserQuery().userId(invitation.getUserId()).singleResult();
        FormValidator.throwIfAny(passwordPolicy.choiceErrors(password, confirmPassword, user));
        user.setPassword(password);
        identityService.saveUser(user);
        invitation.use(EngineClock.now());
        log.info("{} set the password through its invitation", invitation.getUserId());
        return Link.VALID;
    }

    private Optional<AccountInvitation> find(String token) {
        if (token == null || token.isBlank() || token.length() > TOKEN_MAX) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(ConfirmationToken.hash(token.strip()));
    }

    private Link state(AccountInvitation invitation) {
        if (invitation.getUsedAt() != null) {
            return Link.USED;
        }
        return invitation.expired(EngineClock.now()) ? Link.EXPIRED : Link.VALID;
    }
}
