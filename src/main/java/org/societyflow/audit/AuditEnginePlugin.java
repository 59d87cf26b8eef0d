package org.societyflow.audit;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Hooks the audit log into the engine at its two narrowest points: the identity provider, which checks every
 * password ({@link AuditedIdentityProvider}), and the user operation log, which every administrative operation
 * writes ({@link OperationLogAudit}). Nothing else in the application has to remember to audit.
 */
@Component
class AuditEnginePlugin extends AbstractProcessEnginePlugin {

    private final AuditLog auditLog;

    AuditEnginePlugin(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new AuditedIdentityProvider.Factory(auditLog));
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new OperationLogAudit(auditLog));
        configuration.setCustomHistoryEventHandlers(handlers);
    }
}
