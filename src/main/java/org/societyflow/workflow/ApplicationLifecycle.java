package org.societyflow.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.document.ApplicationDocuments;
import org.societyflow.document.Attachment;
import org.societyflow.document.AttachmentShelf;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The life of one application type, written once: start (number and process in one transaction), read with the
 * visibility rule, save a step's draft, submit it (row lock, rules, complete the step's task in the same
 * transaction), documents with their kinds, and the answers {@link SubmissionCheck} gives the approval operations.
 * A feature extends it (usually through {@link SocietyApplicationLifecycle}) and supplies its forms, its rules
 * and the steps its BPMN calls; see "How to add an application type" in docs/ARCHITECTURE.md.
 */
@Transactional
public abstract class ApplicationLifecycle<A extends Application> implements SubmissionCheck, ApplicationDocuments {

    protected final ApplicationType type;
    protected final ApplicationStore<A> store;
    protected final ApplicationSupport support;

    protected ApplicationLifecycle(ApplicationType type, ApplicationStore<A> store, ApplicationSupport support) {
        this.type = type;
        this.store = store;
        this.support = support;
    }

    // ---- who may read and who owns ----

    /** Whether the user may read the application, its progress and its documents. */
    protected abstract boolean mayRead(A application, CurrentUser user);

    /** Whether the application is the user's own, to edit and submit. */
    protected abstract boolean owns(A application, CurrentUser user);

    /** The open task of a step the owner does, if the process waits for them there. */
    protected abstract Optional<Task> openStep(A application, String taskDefinitionKey, CurrentUser user);

    /** The society the application's documents are filed under, none before there is one. */
    protected abstract Long societyIdOf(A application);

    // ---- starting ----

    /** Numbers the application and starts its process in one transaction; returns the row the process opened. */
    protected A startProcess(int year, Map<String, Object> variables) {
        String applicationNo = support.starter().start(type.processKey(), type.keyPrefix(), year, variables);
        return byBusinessKey(applicationNo);
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public A get(Long id, CurrentUser user) {
        A application = store.findById(id).orElseThrow(() -> notFound(id));
        if (!mayRead(application, user)) {
            throw notFound(id);
        }
        return application;
    }

    /**
     * The application the user owns, locked for this transaction. Anyone else gets "not found", as if it did not
     * exist, except a reader when the type names a {@link #readerRefusal()}; a cancelled one is refused to its owner
     * too ("application.cancelled", a 409).
     */
    protected A own(Long id, CurrentUser user) {
        A application = store.findForUpdate(id).orElseThrow(() -> notFound(id));
        if (!owns(application, user)) {
            if (readerRefusal() != null && mayRead(application, user)) {
                throw new BusinessRuleException(readerRefusal());
            }
            throw notFound(id);
        }
        if (application.isCancelled()) {
            // ended early: nothing of it changes any more, whatever its type's steps would allow
            throw new BusinessRuleException("application.cancelled");
        }
        return application;
    }

    /** What a user who may read an application but not write it hears when they try; none: "not found". */
    protected String readerRefusal() {
        return null;
    }

    /** The user's own application, when {@code open} holds for it; the business rule {@code refusal} otherwise. */
    protected A ownWhile(Long id, CurrentUser user, Predicate<A> open, String refusal) {
        A application = own(id, user);
        if (!open.test(application)) {
            throw new BusinessRuleException(refusal);
        }
        return application;
    }

    protected A byBusinessKey(String applicationNo) {
        return store.findByApplicationNo(applicationNo).orElseThrow(() -> notFound(applicationNo));
    }

    /** The application whose step the engine is running. */
    protected A of(DelegateExecution execution) {
        return byBusinessKey(execution.getProcessBusinessKey());
    }

    private NotFoundException notFound(Object id) {
        return new NotFoundException(type.name(), id);
    }

    // ---- ending early ----

    /**
     * The application of {@code businessKey} ended early: its process was cancelled ({@link ApplicationCancellation})
     * or the society left the register. It becomes read-only ({@link #own}) and {@link #cancelled} lets the type tidy
     * what counted it. An application without a row (cancelled before its first step) or cancelled already is left.
     */
    public void cancel(String businessKey, Cancellation cancellation) {
        store.findByApplicationNo(businessKey).filter(a -> !a.isCancelled()).ifPresent(a -> cancel(a, cancellation));
    }

    protected void cancel(A application, Cancellation cancellation) {
        application.cancel(cancellation);
        cancelled(application);
    }

    /** What else changes when an application of the type is cancelled; nothing by default. */
    protected void cancelled(A application) {
    }

    // ---- saving and submitting a step ----

    /** Field errors of a form under the bean-validation groups, thrown as one {@code InvalidInputException}. */
    protected void validate(Object form, Class<?>... groups) {
        FormValidator.throwIfAny(support.validator().violations(form, groups));
    }

    /**
     * Completes the owner's step {@code taskDefinitionKey} after {@code save} has written what the step asked for,
     * all in this transaction: the data and the step move together or not at all. Refused when the process does
     * not wait for the owner there (a second submission, a step already closed).
     */
    protected A completeStep(A application, String taskDefinitionKey, CurrentUser user, Runnable save) {
        return completeStep(application, taskDefinitionKey, user, () -> {
            save.run();
            return Map.of();
        });
    }

    /**
     * As {@link #completeStep(Application, String, CurrentUser, Runnable)}, handing the process the variables
     * {@code save} returns with the step (what the next gateway or decision reads).
     */
    protected A completeStep(A application, String taskDefinitionKey, CurrentUser user,
                             Supplier<Map<String, Object>> save) {
        Task task = openStep(application, taskDefinitionKey, user)
                .orElseThrow(() -> new BusinessRuleException("task.notOpen"));
        Map<String, Object> variables = save.get();
        support.tasks().complete(task, user.userId(), variables);
        return application;
    }

    // ---- documents ----

    @Override
    public String collection() {
        return type.collection();
    }

    @Override
    public AttachmentShelf shelf() {
        return new AttachmentShelf(support.attachments(), type.attachmentOwner());
    }

    @Override
    @Transactional(readOnly = true)
    public Long readable(Long id, CurrentUser user) {
        return get(id, user).getId();
    }

    @Override
    public Attachment attach(Long id, String kindName, MultipartFile file, CurrentUser user) {
        String kind = kindOf(kindName);
        A application = attachable(id, kind, user);
        return support.attachments().store(type.attachmentOwner(), application.getId(), societyIdOf(application), kind,
                file, user.userId());
    }

    @Override
    public void detach(Long id, Long attachmentId, CurrentUser user) {
        A application = detachable(id, user);
        support.attachments().delete(support.attachments().get(type.attachmentOwner(), application.getId(), attachmentId));
    }

    /** The application the user may add a document of {@code kind} to now, or a refusal. */
    protected abstract A attachable(Long id, String kind, CurrentUser user);

    /** The application the user may remove documents from now, or a refusal; by default where they may add them. */
    protected A detachable(Long id, CurrentUser user) {
        return attachable(id, null, user);
    }

    /** Whether the application has a document of each of these kinds. */
    protected boolean hasDocuments(A application, Iterable<? extends Enum<?>> kinds) {
        var present = support.attachments().of(type.attachmentOwner(), application.getId()).stream()
                .map(Attachment::getKind).toList();
        for (Enum<?> kind : kinds) {
            if (!present.contains(kind.name())) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String kindOf(String kindName) {
        return ApplicationDocuments.kind((Class) type.attachmentKinds(), kindName).name();
    }

    // ---- what the approval operations ask (SubmissionCheck) ----

    @Override
    public String processDefinitionKey() {
        return type.processKey();
    }

    /** The application number's prefix (a {@link CaseEntry} answers it). */
    public String keyPrefix() {
        return type.keyPrefix();
    }

    @Override
    public Map<String, Object> reopen(String businessKey, String taskDefinitionKey) {
        return Map.of();
    }

    @Override
    public Map<String, String> correctableFields(String taskDefinitionKey) {
        return Map.of();
    }
}
