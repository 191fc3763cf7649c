package org.harbour.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.harbour.core.spi.demo.DemoContext;
import org.harbour.core.spi.demo.DemoDataSeeder;

/**
 * Demo accounts sign straight in with the published password unless
 * {@code harbour.demo-data.force-password-change} asks that each choose their own first, as
 * accounts an administrator creates must.
 */
@ApplicationScoped
public class DemoPasswordChange implements DemoDataSeeder {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "harbour.demo-data.force-password-change", defaultValue = "false")
    private boolean force;

    @Override
    public String moduleId() {
        return "core";
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    @Transactional
    public void seed(DemoContext context) {
        if (force) {
            // Demo data loads only into a database without staff, so every account here is a demo one.
            em.createQuery("update StaffUser u set u.passwordChangeRequired = true").executeUpdate();
        }
    }
}
