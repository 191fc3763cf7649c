package org.harbour.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.harbour.core.access.application.ModuleSwitchboard;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.schema.SchemaReady;
import org.harbour.core.spi.access.SystemWork;
import org.harbour.core.spi.demo.DemoContext;
import org.harbour.core.spi.demo.DemoDataSeeder;

import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the demo staff and caseload, then each module's demo data, on the first start of a
 * portal whose database has no staff yet. Switched by {@code harbour.demo-data.enabled}.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "harbour.demo-data.enabled", defaultValue = "false")
    private boolean enabled;

    @Inject
    private StaffDirectory directory;

    @Inject
    private CoreDemoData coreDemoData;

    @Inject
    private Instance<DemoDataSeeder> seeders;

    @Inject
    private ModuleSwitchboard switchboard;

    void onSchemaReady(@Observes SchemaReady ready) {
        if (!enabled) {
            return;
        }
        if (directory.countUsers() > 0) {
            LOG.info("Demo data: the database already has staff accounts, nothing loaded");
            return;
        }
        try {
            SystemWork.run("demo data", this::load);
        } catch (RuntimeException e) {
            // Demo data is a convenience: the portal still starts, and the log says why it is missing.
            LOG.log(Level.SEVERE, "Demo data could not be loaded", e);
        }
    }

    private void load() {
        long start = System.nanoTime();
        DemoContext context = coreDemoData.load();
        List<DemoDataSeeder> ordered = seeders.stream()
                .sorted(Comparator.comparingInt(DemoDataSeeder::order).thenComparing(DemoDataSeeder::moduleId))
                .toList();
        for (DemoDataSeeder seeder : ordered) {
            for (String area : seeder.switchedOnIn()) {
                switchboard.switchModule(context.areaId(area), seeder.moduleId(), true, AuditLog.SYSTEM);
            }
            seeder.seed(context);
            LOG.info(() -> "Demo data loaded for module " + seeder.moduleId());
        }
        LOG.warning(() -> String.format("Demo data loaded in %d ms: demo accounts exist with a published password."
                + " Never enable demo data on a live system.", (System.nanoTime() - start) / 1_000_000));
    }
}
