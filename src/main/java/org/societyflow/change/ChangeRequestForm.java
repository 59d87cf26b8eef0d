package org.societyflow.change;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.societyflow.shared.Complete;
import org.societyflow.society.Candidate;

/**
 * What a society asks to change: the items, the reason (usually the council's resolution) and, when the
 * officers change, the new officers with what the eligibility rules need.
 */
@Embeddable
@Getter
public class ChangeRequestForm {

    @NotBlank(groups = Complete.class) @Size(max = 2000)
    private String reason;

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "change_item", joinColumns = @JoinColumn(name = "change_request_id"))
    @OrderColumn(name = "position")
    private List<ChangeItem> items = new ArrayList<>();

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "change_officer", joinColumns = @JoinColumn(name = "change_request_id"))
    @OrderColumn(name = "position")
    private List<Candidate> officers = new ArrayList<>();

    void dropBlankRows() {
        items.removeIf(i -> i == null || i.getField() == null);
        officers.removeIf(o -> o == null || o.isBlank());
    }

    public void setReason(String v) { reason = v; }
    public void setItems(List<ChangeItem> v) { items = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public void setOfficers(List<Candidate> v) { officers = v == null ? new ArrayList<>() : new ArrayList<>(v); }
}
