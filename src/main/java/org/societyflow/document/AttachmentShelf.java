package org.societyflow.document;

/** The attachments of one kind of application: the store and the owner type they are filed under. */
public record AttachmentShelf(AttachmentService store, String ownerType) {
}
