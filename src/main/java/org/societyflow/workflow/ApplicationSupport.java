package org.societyflow.workflow;

import org.societyflow.document.AttachmentService;
import org.societyflow.shared.FormValidator;
import org.societyflow.society.SocietyService;
import org.springframework.stereotype.Component;

/** The shared services every application type's lifecycle uses, handed to it as one. */
@Component
public record ApplicationSupport(ProcessStarter starter, SocietyTaskService tasks, AttachmentService attachments,
                                 FormValidator validator, SocietyService societies, Deadlines deadlines) {
}
