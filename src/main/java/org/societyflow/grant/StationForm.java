package org.societyflow.grant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 学会部 registers a 海智 station with its host society. */
public class StationForm {

    @NotBlank @Size(max = 200)
    private String name;
    @NotNull
    private StationKind kind;
    @NotBlank @Size(max = 16)
    private String societyCode;
    @NotNull @Min(2000) @Max(2100)
    private Integer establishedYear;

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public StationKind getKind() { return kind; }
    public void setKind(StationKind v) { kind = v; }
    public String getSocietyCode() { return societyCode; }
    public void setSocietyCode(String v) { societyCode = v; }
    public Integer getEstablishedYear() { return establishedYear; }
    public void setEstablishedYear(Integer v) { establishedYear = v; }
}
