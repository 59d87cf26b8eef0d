package org.societyflow.grant;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import org.societyflow.shared.Complete;

/** One line of an application's budget, in yuan. */
@Embeddable
@Getter
public class BudgetLine {

    // rows are required to be whole only at submission: the portal's spare empty rows must not fail a save
    @NotBlank(groups = Complete.class) @Size(max = 200)
    private String item;
    @NotNull(groups = Complete.class) @PositiveOrZero
    private Long amount;
    @Size(max = 500)
    private String note;

    public BudgetLine() {
    }

    public BudgetLine(String item, Long amount, String note) {
        this.item = item;
        this.amount = amount;
        this.note = note;
    }

    boolean isBlank() {
        return (item == null || item.isBlank()) && amount == null && (note == null || note.isBlank());
    }

    public void setItem(String v) { item = v; }
    public void setAmount(Long v) { amount = v; }
    public void setNote(String v) { note = v; }
}
