package org.societyflow.identity;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Users and groups as people call them, for every page that shows who did or holds something: a society's account by
 * its society's name (its group {@code society-<code>}), anyone else by the name in the identity service (family name
 * first), a group by its name; an id the identity service does not know stays as it is. Templates reach it as
 * {@code @names}. Lookups are kept for {@code societyflow.identity.name-cache-ttl}, so a page listing twenty opinions
 * asks once per person, and a name changed in Admin shows after that time (on every node).
 */
@Component("names")
public class PersonNames {

    private final IdentityService identityService;
    private final Duration ttl;
    private final Map<String, Cached> users = new ConcurrentHashMap<>();
    private final Map<String, Cached> groups = new ConcurrentHashMap<>();

    PersonNames(IdentityService identityService, @Value("${societyflow.identity.name-cache-ttl}") Duration ttl) {
        this.identityService = identityService;
        this.ttl = ttl;
    }

    /** The name of the user {@code userId}; null for null. */
    public String of(String userId) {
        return userId == null ? null : cached(users, userId, this::lookUpUser);
    }

    /** The name with the login id beside it, where a record must name the account exactly (the audit log). */
    public String withId(String userId) {
        String name = of(userId);
        return name == null || name.equals(userId) ? name : name + "（" + userId + "）";
    }

    /** The name of the group {@code groupId} (学会部, the society's name); null for null. */
    public String group(String groupId) {
        return groupId == null ? null : cached(groups, groupId, this::lookUpGroup);
    }

    /** A user's own name, family name first as Chinese writes it; the id when the user has none. */
    static String nameOf(User user) {
        String last = user.getLastName() == null ? "" : user.getLastName();
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        String name = (last + first).trim();
        return name.isEmpty() ? user.getId() : name;
    }

    private String cached(Map<String, Cached> cache, String id, java.util.function.UnaryOperator<String> lookUp) {
        // wall time of this JVM, not the engine's clock: tests that move the engine's clock must not keep stale names
        long now = System.nanoTime();
        Cached hit = cache.get(id);
        if (hit != null && hit.until() - now > 0) {
            return hit.name();
        }
        String name = lookUp.apply(id);
        cache.put(id, new Cached(name, now + ttl.toNanos()));
        return name;
    }

    private String lookUpUser(String userId) {
        String society = identityService.createGroupQuery().groupMember(userId).list().stream()
                .filter(g -> Groups.societyCodeOf(g.getId()) != null && g.getName() != null)
                .map(Group::getName).findFirst().orElse(null);
        if (society != null) {
            return society;
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : nameOf(user);
    }

    private String lookUpGroup(String groupId) {
        Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
        return group == null || group.getName() == null ? groupId : group.getName();
    }

    private record Cached(String name, long until) {
    }
}
