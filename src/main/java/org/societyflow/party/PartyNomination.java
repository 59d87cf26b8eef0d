package org.societyflow.party;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;
import org.societyflow.shared.EngineClock;

/**
 * A society's nomination of itself in a 党建典型 selection: one per kind (党组织 or 品牌活动) per selection, a record
 * of the selection rather than a process of its own. The committee's ranking gives it a place; publication marks
 * the ranked ones exemplary.
 */
@Entity
@Table(name = "party_exemplar_nomination")
@Getter
public class PartyNomination {

    /** What is nominated: the society's party organisation, or one of its party-building brand activities. */
    public enum NominationKind { ORGANISATION, BRAND_ACTIVITY }

    /** The kinds of 材料 a nomination carries. */
    public enum NominationAttachmentKind { MATERIAL, PHOTO, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long selectionId;
    private Long societyId;

    @Enumerated(EnumType.STRING)
    private NominationKind kind;

    private String title;
    private String achievements;
    private Instant submittedAt;
    /** Its place in the committee's ranking (1 first), null when it was not selected. */
    private Integer rankingPosition;
    private boolean exemplary;

    @Version
    private long version;

    protected PartyNomination() {
    }

    PartyNomination(Long selectionId, Long societyId, PartyExemplarForm.Nomination form) {
        this.selectionId = selectionId;
        this.societyId = societyId;
        this.kind = form.getKind();
        update(form);
    }

    void update(PartyExemplarForm.Nomination form) {
        this.title = form.getTitle().strip();
        this.achievements = form.getAchievements().strip();
        this.submittedAt = EngineClock.now();
    }

    void rank(Integer position) {
        this.rankingPosition = position;
    }

    void publish() {
        this.exemplary = rankingPosition != null;
    }
}
