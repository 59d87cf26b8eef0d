package org.societyflow.identity;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The people one may pick for an operation (转办, 委派, 抄送): the members of some groups, each by name and department
 * ("张三（学会部）": the names of the user's groups). The identity service lists each group's members; a society's
 * account is never among them, whatever else it belongs to, so a picker shows no society's account to anyone.
 */
@Service
public class PeoplePicker {

    /** One person to pick: the id is what a form submits, the label what it shows. */
    public record Person(String id, String name, String department, String label) {
    }

    private final IdentityService identityService;
    private final MessageSource messages;

    PeoplePicker(IdentityService identityService, MessageSource messages) {
        this.identityService = identityService;
        this.messages = messages;
    }

    /** The members of the groups but {@code except}, by name (pinyin order), with their departments. */
    public List<Person> membersOf(Collection<String> groupIds, String except) {
        Map<String, User> members = new LinkedHashMap<>();
        for (String group : groupIds) {
            identityService.createUserQuery().memberOfGroup(group).list().forEach(u -> members.putIfAbsent(u.getId(), u));
        }
        members.remove(except);
        Locale locale = LocaleContextHolder.getLocale();
        Collator collator = Collator.getInstance(Locale.CHINA);
        return members.values().stream().map(user -> person(user, locale)).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Person::name, collator).thenComparing(Person::id)).toList();
    }

    /** The person, or null for a society's account. */
    private Person person(User user, Locale locale) {
        List<Group> groups = identityService.createGroupQuery().groupMember(user.getId()).orderByGroupId().asc().list();
        if (groups.stream().map(Group::getId).map(Groups::societyCodeOf).anyMatch(Objects::nonNull)
                || groups.stream().anyMatch(g -> Groups.SOCIETY.equals(g.getId()))) {
            return null;
        }
        String name = PersonNames.nameOf(user);
        String department = groups.stream().sorted(Comparator.comparingInt(PeoplePicker::rank))
                .map(g -> g.getName() == null ? g.getId() : g.getName()).distinct()
                // a name that already says its department (the demo's "王晓明（学会部）") does not say it twice
                .filter(group -> !name.contains(group))
                .collect(Collectors.joining(messages.getMessage("people.separator", null, "、", locale)));
        String label = department.isEmpty() ? name
                : messages.getMessage("people.label", new Object[] {name, department}, name + "（" + department + "）", locale);
        return new Person(user.getId(), name, department, label);
    }

    /** The 科协's departments first, in the order of the organisation; other groups after them. */
    private static int rank(Group group) {
        int rank = List.of(Groups.SOCIETY_AFFAIRS, Groups.PARTY_COMMITTEE, Groups.LEADERSHIP, Groups.EXPERTS, Groups.ADMIN)
                .indexOf(group.getId());
        return rank < 0 ? Integer.MAX_VALUE : rank;
    }
}
