package org.societyflow.document;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.InvalidInputException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents (材料) of one kind of application. Each process feature implements it with its own rules of
 * who may attach what and when; {@link DocumentController} and {@link DocumentApiController} serve every one
 * of them under {@code /<collection>/<id>/attachments}.
 */
public interface ApplicationDocuments {

    /** The path segment of the feature's applications, e.g. {@code inspections}. */
    String collection();

    /** Where the feature keeps its applications' documents. */
    AttachmentShelf shelf();

    /** The application's id, when the user may read it and its documents; {@code NotFoundException} otherwise. */
    Long readable(Long id, CurrentUser user);

    default List<Attachment> attachments(Long id, CurrentUser user) {
        return shelf().store().of(shelf().ownerType(), readable(id, user));
    }

    default Attachment attachment(Long id, Long attachmentId, CurrentUser user) {
        return shelf().store().get(shelf().ownerType(), readable(id, user), attachmentId);
    }

    Attachment attach(Long id, String kind, MultipartFile file, CurrentUser user);

    void detach(Long id, Long attachmentId, CurrentUser user);

    /** The kind a client sent, or a field error when it is missing or unknown. */
    static <E extends Enum<E>> E kind(Class<E> kinds, String kind) {
        try {
            return Enum.valueOf(kinds, kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of("kind", "attachment.kindRequired"));
        }
    }
}
