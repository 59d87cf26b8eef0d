package org.societyflow.reelection;

import java.time.Period;
import lombok.Getter;
import org.societyflow.shared.Share;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code societyflow.reelection.*}: the 换届's limits that differ between cities (docs/RULES.md, 换届). */
@ConfigurationProperties("societyflow.reelection")
@Getter
public class ReelectionSettings {

    /** The approved plan is on file at least this long before the assembly. */
    private Period assemblyLeadTime = Period.ofDays(10);
    private Period maxTerm = Period.ofYears(5);
    private Period maxPostponement = Period.ofYears(1);
    /** A 会员大会 for at most this many members; above it a 会员代表大会. */
    private int generalAssemblyLimit = 200;
    /** A 会员代表大会 has delegates of at least this share of the members. */
    private Share delegateShare = new Share(1, 3);
    /** The assembly's quorum: attendees of at least this share of those entitled to vote. */
    private Share quorum = new Share(2, 3);
    /** An exception for a flagged candidate rests on votes for of at least this share of the members present. */
    private Share exceptionVoteShare = new Share(2, 3);
    /** The results are due within this many working days after the assembly. */
    private int resultsWorkingDays = 30;

    public void setAssemblyLeadTime(Period v) { assemblyLeadTime = v; }
    public void setMaxTerm(Period v) { maxTerm = v; }
    public void setMaxPostponement(Period v) { maxPostponement = v; }
    public void setGeneralAssemblyLimit(int v) { generalAssemblyLimit = v; }
    public void setDelegateShare(Share v) { delegateShare = v; }
    public void setQuorum(Share v) { quorum = v; }
    public void setExceptionVoteShare(Share v) { exceptionVoteShare = v; }
    public void setResultsWorkingDays(int v) { resultsWorkingDays = v; }
}
