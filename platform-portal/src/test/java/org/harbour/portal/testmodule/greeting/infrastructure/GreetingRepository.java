package org.harbour.portal.testmodule.greeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The hello module's own table, {@code hello_greeting}. */
@ApplicationScoped
public class GreetingRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public String greeting() {
        return (String) em.createNativeQuery("SELECT greeting FROM hello_greeting WHERE id = 1").getSingleResult();
    }
}
