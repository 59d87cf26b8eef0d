package org.societyflow.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code societyflow.grant.*}: the defaults a new programme starts from, the pass mark of a station's assessment,
 * and the working-day calendar of 公示 — public holidays and the weekend days worked instead (调休), which the
 * State Council announces each year, so admins set them here.
 */
@ConfigurationProperties("societyflow.grant")
@Getter
public class GrantSettings {

    private int expertsPerApplication = 3;
    private int noticeWorkingDays = 5;
    private BigDecimal stationPassScore = BigDecimal.valueOf(60);
    private List<LocalDate> holidays = new ArrayList<>();
    private List<LocalDate> makeUpWorkingDays = new ArrayList<>();

    public void setExpertsPerApplication(int v) { expertsPerApplication = v; }
    public void setNoticeWorkingDays(int v) { noticeWorkingDays = v; }
    public void setStationPassScore(BigDecimal v) { stationPassScore = v; }
    public void setHolidays(List<LocalDate> v) { holidays = v; }
    public void setMakeUpWorkingDays(List<LocalDate> v) { makeUpWorkingDays = v; }
}
