package org.societyflow.workflow;

import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The recorded opinions of an application's steps, for features that weigh one step's opinion in another. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReviewOpinions {

    private final ReviewOpinionRepository opinions;

    /** The latest opinion given at step {@code taskDefinitionKey} of the application {@code businessKey}. */
    @Transactional(readOnly = true)
    public Optional<ReviewOpinion> latest(String businessKey, String taskDefinitionKey) {
        return opinions.findFirstByBusinessKeyAndTaskDefinitionKeyOrderByCreatedAtDescIdDesc(businessKey,
                taskDefinitionKey);
    }
}
