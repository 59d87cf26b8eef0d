package org.societyflow.modeling;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The BPMN of a deployed process for the diagram on an application's page. Any logged-in user may read it: a model
 * holds steps and rules, no one's data; what a user may see of an application is decided by its own page.
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DiagramController {

    private final ModelCatalog catalog;

    @GetMapping(value = "/diagrams/{definitionId}", produces = MediaType.APPLICATION_XML_VALUE)
    String diagram(@PathVariable String definitionId) {
        return catalog.processDiagram(definitionId);
    }
}
