package org.societyflow.exit;

import jakarta.validation.constraints.Size;
import lombok.Getter;

/**
 * What the society writes at its current step: the rectification plan and report (first period), the second
 * report (second period), or its one statement (申辩), which it may also waive.
 */
@Getter
public class CaseSubmission {

    @Size(max = 4000)
    private String plan;
    @Size(max = 4000)
    private String report;
    @Size(max = 4000)
    private String statement;
    private boolean waiveStatement;

    public void setPlan(String v) { plan = v; }
    public void setReport(String v) { report = v; }
    public void setStatement(String v) { statement = v; }
    public void setWaiveStatement(boolean v) { waiveStatement = v; }
}
