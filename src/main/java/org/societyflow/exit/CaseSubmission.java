package org.societyflow.exit;

import jakarta.validation.constraints.Size;

/**
 * What the society writes at its current step: the rectification plan and report (first period), the second
 * report (second period), or its one statement (申辩), which it may also waive.
 */
public class CaseSubmission {

    @Size(max = 4000)
    private String plan;
    @Size(max = 4000)
    private String report;
    @Size(max = 4000)
    private String statement;
    private boolean waiveStatement;

    public String getPlan() { return plan; }
    public void setPlan(String v) { plan = v; }
    public String getReport() { return report; }
    public void setReport(String v) { report = v; }
    public String getStatement() { return statement; }
    public void setStatement(String v) { statement = v; }
    public boolean isWaiveStatement() { return waiveStatement; }
    public void setWaiveStatement(boolean v) { waiveStatement = v; }
}
