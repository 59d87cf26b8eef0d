package org.societyflow.grant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import lombok.Getter;

/** A 海智工作站 or 离岸联络站 hosted by a society; assessed every year, closed when it fails ("有进有出"). */
@Entity
public class HaizhiStation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter
    private Long id;

    @Getter
    private String name;
    @Enumerated(EnumType.STRING)
    @Getter
    private StationKind kind;
    @Getter
    private Long societyId;
    @Getter
    private int establishedYear;
    @Enumerated(EnumType.STRING)
    @Getter
    private StationStatus status;
    @Getter
    private LocalDate closedOn;
    @Getter
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
}
