package org.societyflow.workflow;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a society's verified activity ledger says, for the features that used to ask the society to type it: the 年检
 * report's activity figures and the 软弱涣散 scan's "no activity". The {@code activity} module implements it; other
 * features ask this interface, as they ask {@link WorkingDays}.
 */
public interface ActivityLedger {

    /** The society's verified activities that started in {@code year}, counted as the 年检 report counts them. */
    Figures verifiedIn(Long societyId, int year);

    /** The last day of the society's latest verified activity begun by {@code day}; empty when it has none. */
    Optional<LocalDate> lastVerifiedActivity(Long societyId, LocalDate day);

    /**
     * As {@link #lastVerifiedActivity}, among the activities that carry out a 学会章程's business scope (the types of
     * {@code societyflow.activity.charter-scope-types}): the 软弱涣散 scan's "no activity within the charter's scope".
     */
    Optional<LocalDate> lastVerifiedActivityInCharterScope(Long societyId, LocalDate day);

    /** The 年检 report's four activity figures: 学术, 科普, 服务 (volunteering and training), 党建. */
    record Figures(int academic, int popularScience, int service, int party) {
    }
}
