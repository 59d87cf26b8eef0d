package org.societyflow.audit;

import lombok.Getter;

/** The search form of the audit page and the query parameters of the API, as typed: checked by {@link AuditSearch}. */
@Getter
public class AuditFilter {

    /** {@code yyyy-MM-dd}, the first day included. */
    private String from;
    /** {@code yyyy-MM-dd}, the last day included. */
    private String to;
    private String user;
    private String kind;
    private int page;

    public void setFrom(String v) { from = v; }
    public void setTo(String v) { to = v; }
    public void setUser(String v) { user = v; }
    public void setKind(String v) { kind = v; }
    public void setPage(int v) { page = v; }
}
