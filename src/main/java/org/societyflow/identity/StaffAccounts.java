package org.societyflow.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of the 科协's staff (the staff import): a Camunda user with the person's name and e-mail address,
 * department and mobile as the user's info, and the {@link Groups#STAFF} groups of their role. Other groups the
 * account is in (an expert's) are left alone.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StaffAccounts {

    static final String DEPARTMENT = "department";
    static final String MOBILE = "mobile";

    /** A staff account as the 科协 keeps it; {@code groups} are its staff groups only. */
    public record StaffAccount(String userId, String name, String department, String email, String mobile,
                               Set<String> groups) {
    }

    /** What {@link #save} did. */
    public enum Saved { CREATED, CHANGED, UNCHANGED }

    private final IdentityService identityService;

    /** The accounts of these user ids that exist, by user id, with their staff groups. */
    @Transactional(readOnly = true)
    public Map<String, StaffAccount> existing(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list().stream()
                .map(this::account).collect(Collectors.toMap(StaffAccount::userId, Function.identity()));
    }

    /**
     * Of these user ids, those of accounts that are not staff and must not become it: a society's secretariat, a
     * founder who registered themselves.
     */
    @Transactional(readOnly = true)
    public Set<String> notStaff(Collection<String> userIds) {
        Set<String> taken = new TreeSet<>();
        for (String group : List.of(Groups.SOCIETY, Groups.APPLICANTS)) {
            if (!userIds.isEmpty()) {
                identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).memberOfGroup(group).list()
                        .forEach(user -> taken.add(user.getId()));
            }
        }
        return taken;
    }

    /** Creates the account without a password (nobody logs in before one is set) or brings it to {@code wanted}. */
    @Transactional
    public Saved save(StaffAccount wanted) {
        User user = identityService.createUserQuery().userId(wanted.userId()).singleResult();
        StaffAccount before = user == null ? null : account(user);
        if (wanted.equals(before)) {
            return Saved.UNCHANGED;
        }
        if (user == null) {
            user = identityService.newUser(wanted.userId());
        }
        user.setFirstName("");
        user.setLastName(wanted.name());
        user.setEmail(wanted.email());
        identityService.saveUser(user);
        identityService.setUserInfo(wanted.userId(), DEPARTMENT, Objects.toString(wanted.department(), ""));
        identityService.setUserInfo(wanted.userId(), MOBILE, Objects.toString(wanted.mobile(), ""));
        Set<String> had = before == null ? Set.of() : before.groups();
        had.stream().filter(g -> !wanted.groups().contains(g))
                .forEach(g -> identityService.deleteMembership(wanted.userId(), g));
        wanted.groups().stream().filter(g -> !had.contains(g))
                .forEach(g -> identityService.createMembership(wanted.userId(), g));
        return before == null ? Saved.CREATED : Saved.CHANGED;
    }

    private StaffAccount account(User user) {
        Set<String> groups = identityService.createGroupQuery().groupMember(user.getId()).list().stream()
                .map(Group::getId).filter(Groups.STAFF::contains).collect(Collectors.toCollection(TreeSet::new));
        return new StaffAccount(user.getId(), (user.getFirstName() + " " + user.getLastName()).strip(),
                blankToNull(identityService.getUserInfo(user.getId(), DEPARTMENT)), blankToNull(user.getEmail()),
                blankToNull(identityService.getUserInfo(user.getId(), MOBILE)), groups);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
