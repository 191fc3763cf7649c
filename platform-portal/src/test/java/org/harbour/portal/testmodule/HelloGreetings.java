package org.harbour.portal.testmodule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.harbour.core.spi.access.Requires;

/** Application service of the hello module: reads the greeting from the module's own table. */
@Named
@ApplicationScoped
@Requires("hello:access")
public class HelloGreetings {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public String getGreeting() {
        return (String) em.createNativeQuery("SELECT greeting FROM hello_greeting WHERE id = 1").getSingleResult();
    }
}
