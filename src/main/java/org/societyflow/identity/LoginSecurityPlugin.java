package org.societyflow.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLowerCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicySpecialCharacterRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUpperCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Maps {@code societyflow.security.login.*} and {@code societyflow.security.password.*} onto the engine, whose
 * identity service then counts failed logins and checks every new password, whoever sets it (registration,
 * Camunda Admin, Welcome, {@code /engine-rest}).
 *
 * <p>With the demo data on, the policy is switched on only after the starter has created its admin user
 * ({@code admin}/{@code admin}, documented in the README), hence the order after the starter's configurations
 * (order 0); the demo users are saved past the policy too ({@code demo/DemoSocieties}). Without demo data
 * (production) the policy applies from the start, to the admin user's password as well.
 */
@Component
@Order(1)
class LoginSecurityPlugin extends AbstractProcessEnginePlugin {

    private final LoginSecuritySettings login;
    private final PasswordPolicySettings password;
    private final boolean demoData;

    LoginSecurityPlugin(LoginSecuritySettings login, PasswordPolicySettings password,
                        @Value("${societyflow.demo-data:false}") boolean demoData) {
        this.login = login;
        this.password = password;
        this.demoData = demoData;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setLoginMaxAttempts(login.getMaxAttempts());
        configuration.setLoginDelayBase(login.getDelayBase());
        configuration.setLoginDelayFactor(login.getDelayFactor());
        configuration.setLoginDelayMaxTime(login.getDelayMaxTime());
        configuration.setPasswordPolicy(policy(password));
        configuration.setEnablePasswordPolicy(!demoData);
    }

    @Override
    public void postProcessEngineBuild(org.camunda.bpm.engine.ProcessEngine processEngine) {
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).setEnablePasswordPolicy(true);
    }

    /** Camunda's rules for the settings: what Admin, Welcome, the portal and the temporary passwords follow. */
    static PasswordPolicy policy(PasswordPolicySettings password) {
        List<PasswordPolicyRule> rules = new ArrayList<>();
        rules.add(new PasswordPolicyLengthRuleImpl(password.getMinLength()));
        if (password.getMinLowerCase() > 0) {
            rules.add(new PasswordPolicyLowerCaseRuleImpl(password.getMinLowerCase()));
        }
        if (password.getMinUpperCase() > 0) {
            rules.add(new PasswordPolicyUpperCaseRuleImpl(password.getMinUpperCase()));
        }
        if (password.getMinDigits() > 0) {
            rules.add(new PasswordPolicyDigitRuleImpl(password.getMinDigits()));
        }
        if (password.getMinSpecial() > 0) {
            rules.add(new PasswordPolicySpecialCharacterRuleImpl(password.getMinSpecial()));
        }
        if (password.isNoUserData()) {
            rules.add(new PasswordPolicyUserDataRuleImpl());
        }
        List<PasswordPolicyRule> policy = List.copyOf(rules);
        return () -> policy;
    }
}
