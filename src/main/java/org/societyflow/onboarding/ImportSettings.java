package org.societyflow.onboarding;

import java.time.Duration;
import lombok.Getter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code societyflow.import.*}: the largest register file the import reads ({@code max-file-size}), the most data rows
 * it reads from one file ({@code max-rows}, over all sheets), the most officers of one society
 * ({@code max-officers-per-society}, what the change log's line can hold) and how long the link of a new
 * secretariat's invitation mail stays valid ({@code invitation-validity}); {@code inspection-years}: how many years
 * of 年检 results before this one a register file carries; {@code write-batch}: after how many societies the
 * import writes out and forgets what it holds, so that each query's automatic flush checks a batch, not the whole file.
 */
@ConfigurationProperties("societyflow.import")
@Getter
public class ImportSettings {

    private DataSize maxFileSize = DataSize.ofMegabytes(5);
    private int maxRows = 20_000;
    private int maxOfficersPerSociety = 30;
    private Duration invitationValidity = Duration.ofDays(7);
    private int writeBatch = 100;
    private int inspectionYears = 3;

    public void setMaxFileSize(DataSize v) { maxFileSize = v; }
    public void setMaxRows(int v) { maxRows = v; }
    public void setMaxOfficersPerSociety(int v) { maxOfficersPerSociety = v; }
    public void setInvitationValidity(Duration v) { invitationValidity = v; }
    public void setWriteBatch(int v) { writeBatch = v; }
    public void setInspectionYears(int v) { inspectionYears = v; }
}
