package org.societyflow.change;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import org.societyflow.shared.Complete;

/** The society's record of its 民政局 变更登记: when, and the new certificate's number. */
@Embeddable
public class ChangeFiling {

    @NotNull(groups = Complete.class) @PastOrPresent
    @Getter
    private LocalDate filedOn;
    @NotBlank(groups = Complete.class) @Size(max = 64)
    @Getter
    private String certificateNo;

    public void setFiledOn(LocalDate v) { filedOn = v; }
    public void setCertificateNo(String v) { certificateNo = v; }
}
