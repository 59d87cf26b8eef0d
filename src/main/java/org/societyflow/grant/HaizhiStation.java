package org.societyflow.grant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A 海智工作站 or 离岸联络站 hosted by a society; assessed every year, closed when it fails ("有进有出"). */
@Entity
public class HaizhiStation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    @Enumerated(EnumType.STRING)
    private StationKind kind;
    private Long societyId;
    private int establishedYear;
    @Enumerated(EnumType.STRING)
    private StationStatus status;
    private LocalDate closedOn;
    private String closeReason;

    @Version
    private long version;

    protected HaizhiStation() {
    }

    HaizhiStation(String name, StationKind kind, Long societyId, int establishedYear) {
        this.name = name;
        this.kind = kind;
        this.societyId = societyId;
        this.establishedYear = establishedYear;
        this.status = StationStatus.ACTIVE;
    }

    void close(LocalDate on, String reason) {
        status = StationStatus.CLOSED;
        closedOn = on;
        closeReason = reason;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public StationKind getKind() { return kind; }
    public Long getSocietyId() { return societyId; }
    public int getEstablishedYear() { return establishedYear; }
    public StationStatus getStatus() { return status; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getCloseReason() { return closeReason; }
}
