package org.societyflow.audit;

import lombok.Getter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code societyflow.audit.*}: how many rows the search page shows at once and an Excel export holds at most. */
@ConfigurationProperties("societyflow.audit")
@Getter
public class AuditSettings {

    private int pageSize = 100;
    private int exportMaxRows = 10_000;

    public void setPageSize(int v) { pageSize = v; }
    public void setExportMaxRows(int v) { exportMaxRows = v; }
}
