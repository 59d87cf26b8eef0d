package org.societyflow.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.societyflow.shared.InvalidInputException;
import org.societyflow.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores and serves the files of every application. Who may attach or read is decided by the owning
 * feature; this service checks the file itself: size, type by content, a safe file name.
 */
@Service
@Transactional
public class AttachmentService {

    private static final int MAX_NAME = 200;

    private final AttachmentRepository attachments;
    private final long maxBytes;

    AttachmentService(AttachmentRepository attachments,
                      @Value("${societyflow.attachments.max-size:10MB}") DataSize maxSize) {
        this.attachments = attachments;
        this.maxBytes = maxSize.toBytes();
    }

    public Attachment store(String ownerType, Long ownerId, Long societyId, String kind, MultipartFile file,
                            String userId) {
        if (file == null || file.isEmpty()) {
            throw invalid("attachment.empty");
        }
        if (file.getSize() > maxBytes) {
            throw invalid("attachment.tooLarge");
        }
        String filename = safeName(file.getOriginalFilename());
        byte[] content = bytes(file);
        String extension = filename.contains(".") ? filename.substring(filename.lastIndexOf('.') + 1) : "";
        FileType type = FileType.of(extension, content).orElseThrow(() -> invalid("attachment.wrongType"));
        return attachments.save(new Attachment(ownerType, ownerId, societyId, kind, filename,
                type.contentType(extension.toLowerCase(java.util.Locale.ROOT)), content, userId));
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(String ownerType, Long ownerId) {
        return attachments.findByOwnerTypeAndOwnerIdOrderByKindAscIdAsc(ownerType, ownerId);
    }

    @Transactional(readOnly = true)
    public Attachment get(Long id) {
        return attachments.findById(id).orElseThrow(() -> new NotFoundException("attachment", id));
    }

    /** The attachment, if it belongs to that owner; 404 otherwise, whatever the id. */
    @Transactional(readOnly = true)
    public Attachment get(String ownerType, Long ownerId, Long id) {
        return attachments.findById(id)
                .filter(a -> a.getOwnerType().equals(ownerType) && a.getOwnerId().equals(ownerId))
                .orElseThrow(() -> new NotFoundException("attachment", id));
    }

    public void delete(Attachment attachment) {
        attachments.delete(attachment);
    }

    /** The last path segment, without control characters or characters file systems reject, at most 200 long. */
    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            throw invalid("attachment.badName");
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidInputException invalid(String key) {
        return new InvalidInputException(Map.of("file", key));
    }
}
