package org.societyflow.workflow;

import java.util.Optional;

/**
 * The queries the lifecycle makes of a feature's repository; a Spring Data repository that extends this
 * interface has them already ({@code findForUpdate} with its pessimistic lock, the others derived).
 */
public interface ApplicationStore<A extends Application> {

    Optional<A> findById(Long id);

    /** The row locked for this transaction, so that two submissions of one application run one after the other. */
    Optional<A> findForUpdate(Long id);

    Optional<A> findByApplicationNo(String applicationNo);
}
