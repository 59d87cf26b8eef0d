package org.societyflow.grant;

import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.Groups;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 学会部 keeps the expert pool: each expert a user of the group {@code experts}, with disciplines and memberships. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ExpertPool {

    private final ExpertRepository experts;
    private final IdentityService identityService;
    private final FormValidator validator;

    @Transactional(readOnly = true)
    public List<Expert> all(CurrentUser user) {
        GrantManagers.require(user);
        return experts.findAllByOrderByUserIdAsc();
    }

    @Transactional(readOnly = true)
    public Expert get(Long id, CurrentUser user) {
        GrantManagers.require(user);
        return experts.findById(id).orElseThrow(() -> new NotFoundException("expert", id));
    }

    /** Whether the pool has no expert yet: a new installation, say, or the demo before its data is loaded. */
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return experts.count() == 0;
    }

    public Expert add(ExpertForm form, CurrentUser user) {
        GrantManagers.require(user);
        Map<String, String> errors = validator.violations(form);
        if (!errors.containsKey("userId")) {
            String userId = form.getUserId().strip();
            if (identityService.createUserQuery().userId(userId).memberOfGroup(Groups.EXPERTS).count() == 0) {
                errors.put("userId", "expert.notAnExpertUser");
            } else if (experts.findByUserId(userId).isPresent()) {
                errors.put("userId", "expert.alreadyInPool");
            }
        }
        FormValidator.throwIfAny(errors);
        return experts.save(new Expert(form));
    }

    public Expert update(Long id, ExpertForm form, CurrentUser user) {
        Expert expert = get(id, user);
        form.setUserId(expert.getUserId());
        FormValidator.throwIfAny(validator.violations(form));
        expert.update(form);
        return expert;
    }

}
