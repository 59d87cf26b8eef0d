package org.societyflow.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.identity.CurrentUser;

/**
 * The lifecycle of an application a society owns: its secretariat reads, edits and submits it and does its steps
 * (tasks of the group {@code society-<code>}); the 科协's staff read every one; nobody else sees it.
 */
public abstract class SocietyApplicationLifecycle<A extends Application.OfSociety> extends ApplicationLifecycle<A> {

    protected SocietyApplicationLifecycle(ApplicationType type, ApplicationStore<A> store, ApplicationSupport support) {
        super(type, store, support);
    }

    @Override
    protected boolean mayRead(A application, CurrentUser user) {
        return user.canAccessSociety(societyCodeOf(application));
    }

    @Override
    protected boolean owns(A application, CurrentUser user) {
        return Objects.equals(societyCodeOf(application), user.societyCode());
    }

    @Override
    protected Optional<Task> openStep(A application, String taskDefinitionKey, CurrentUser user) {
        return support.tasks().openTask(application.getApplicationNo(), taskDefinitionKey, societyCodeOf(application));
    }

    @Override
    protected Long societyIdOf(A application) {
        return application.getSocietyId();
    }

    protected String societyCodeOf(A application) {
        return support.societies().get(application.getSocietyId()).getCode();
    }

    /** A society's list is its own applications, the staff's every one, anyone else's empty; the database filters. */
    protected List<A> visibleTo(CurrentUser user, Function<Long, List<A>> ofSociety, Supplier<List<A>> all) {
        return support.societies().visibleTo(user, ofSociety, all);
    }
}
