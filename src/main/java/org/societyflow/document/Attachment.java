package org.societyflow.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.time.Instant;
import lombok.Getter;
import org.societyflow.shared.EngineClock;

/** A file (材料) a society attached to one of its applications; the bytes live in the database with the row. */
@Entity
@Getter
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ownerType;
    private Long ownerId;
    private Long societyId;
    private String kind;
    private String filename;
    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private String uploadedBy;
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(String ownerType, Long ownerId, Long societyId, String kind, String filename, String contentType,
               byte[] content, String uploadedBy) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.societyId = societyId;
        this.kind = kind;
        this.filename = filename;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = EngineClock.now();
    }
}
