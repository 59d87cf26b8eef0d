package org.societyflow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransactionRollbackException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

class PortalExceptionHandlerTest {

    final PortalExceptionHandler handler = new PortalExceptionHandler();
    final MockHttpServletResponse response = new MockHttpServletResponse();
    final ExtendedModelMap model = new ExtendedModelMap();

    @Test
    void aDeadlockWrappedInTheEnginesExceptionIsTheConflictPage() {
        var deadlock = new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213);
        var engine = new ProcessEnginePersistenceException("persistence layer", new PersistenceException(deadlock));

        assertThat(handler.engine(engine, response, model)).isEqualTo("portal/error");
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(model.getAttribute("messageKey")).isEqualTo("error.concurrentUpdate");
    }

    @Test
    void anyOtherPersistenceFailureStaysAServerError() {
        var syntax = new ProcessEnginePersistenceException("syntax", new PersistenceException("bad SQL"));

        assertThatThrownBy(() -> handler.engine(syntax, response, model)).isSameAs(syntax);
    }
}
