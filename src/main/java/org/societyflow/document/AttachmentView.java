package org.societyflow.document;

import java.time.Instant;

record AttachmentView(Long id, String kind, String filename, String contentType, long size,
                             String uploadedBy, Instant uploadedAt) {

    public static AttachmentView of(Attachment a) {
        return new AttachmentView(a.getId(), a.getKind(), a.getFilename(), a.getContentType(), a.getSize(),
                a.getUploadedBy(), a.getUploadedAt());
    }
}
