package org.societyflow.portal;

import jakarta.servlet.ServletRegistration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Tasklist, Cockpit and Admin do not call {@code /engine-rest} but the webapps' own copy of the engine REST API,
 * {@code /camunda/api/engine}, which Camunda's starter registers as the servlet "Engine Api" unless one of that name
 * exists. We register it first, with Camunda's resources plus {@link EngineRestConfig#MAPPERS}, so a reviewer in
 * Tasklist gets the same 400 for a refusal and 409 for a conflict as a client of {@code /engine-rest}.
 */
@Configuration(proxyBeanMethods = false)
class WebappEngineApi {

    /** The name and the servlet under which Camunda's {@code CamundaBpmWebappInitializer} registers the API. */
    static final String SERVLET = "Engine Api";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ServletContextInitializer webappEngineApiServlet(CamundaBpmProperties properties) {
        return servletContext -> {
            ServletRegistration.Dynamic servlet = servletContext.addServlet(SERVLET, ServletContainer.class);
            if (servlet == null) {
                return;
            }
            servlet.addMapping(properties.getWebapp().getApplicationPath() + "/api/engine/*");
            servlet.setInitParameters(Map.of("jakarta.ws.rs.Application", Application.class.getName()));
        };
    }

    /** Camunda's webapp engine API and our mappers. */
    public static class Application extends EngineRestApplication {
        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = new HashSet<>(super.getClasses());
            classes.addAll(EngineRestConfig.MAPPERS);
            return classes;
        }
    }
}
