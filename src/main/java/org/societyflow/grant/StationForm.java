package org.societyflow.grant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;

/** 学会部 registers a 海智 station with its host society. */
@Getter
public class StationForm {

    @NotBlank @Size(max = 200)
    private String name;
    @NotNull
    private StationKind kind;
    @NotBlank @Size(max = 16)
    private String societyCode;
    @NotNull @Min(2000) @Max(2100)
    private Integer establishedYear;

    public void setName(String v) { name = v; }
    public void setKind(StationKind v) { kind = v; }
    public void setSocietyCode(String v) { societyCode = v; }
    public void setEstablishedYear(Integer v) { establishedYear = v; }
}
