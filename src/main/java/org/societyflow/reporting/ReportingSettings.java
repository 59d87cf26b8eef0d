package org.societyflow.reporting;

import java.util.List;
import lombok.Getter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code societyflow.reporting.*}: the processes that are the platform's own work, not an application anyone made
 * (a mail, a 年检 campaign, an expert review inside an application), which the dashboard leaves out of 在办申请.
 */
@ConfigurationProperties("societyflow.reporting")
@Getter
public class ReportingSettings {

    private List<String> internalProcesses = List.of();

    public void setInternalProcesses(List<String> v) { internalProcesses = List.copyOf(v); }
}
