package org.societyflow.document;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.societyflow.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Finds the feature whose applications live under a path segment. */
@Component
class ApplicationDocumentsRegistry {

    private final Map<String, ApplicationDocuments> byCollection;

    ApplicationDocumentsRegistry(List<ApplicationDocuments> features) {
        this.byCollection = features.stream().collect(Collectors.toMap(ApplicationDocuments::collection, Function.identity()));
    }

    ApplicationDocuments of(String collection) {
        ApplicationDocuments documents = byCollection.get(collection);
        if (documents == null) {
            throw new NotFoundException("collection", collection);
        }
        return documents;
    }
}
