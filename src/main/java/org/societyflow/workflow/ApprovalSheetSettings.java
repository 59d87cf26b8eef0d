package org.societyflow.workflow;

import lombok.Getter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code societyflow.approval-sheet.*}: the organisation that issues the 审批单 (its header) and the department that
 * handles the applications (its seal line).
 */
@ConfigurationProperties("societyflow.approval-sheet")
@Getter
public class ApprovalSheetSettings {

    private String issuer;
    private String department;

    public void setIssuer(String v) { issuer = v; }
    public void setDepartment(String v) { department = v; }
}
