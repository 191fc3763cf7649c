package org.harbour.portal.it;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Switches a module on for a service area straight in the database, as a test's setting-up, and
 * moves the access stamp as the product's own switch does, so every instance sees it at once.
 */
final class ModuleSwitchSql {

    private ModuleSwitchSql() {
    }

    static void enable(DataSource dataSource, String moduleId, String areaCode) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean updated;
            try (PreparedStatement update = c.prepareStatement("UPDATE core_module_enablement SET enabled = TRUE WHERE module_id = ? "
                    + "AND service_area_id = (SELECT id FROM core_service_area WHERE code = ?)")) {
                update.setString(1, moduleId);
                update.setString(2, areaCode);
                updated = update.executeUpdate() > 0;
            }
            if (!updated) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO core_module_enablement (service_area_id, module_id, "
                        + "enabled, changed_by, changed_at) SELECT id, ?, TRUE, 'test', CURRENT_TIMESTAMP "
                        + "FROM core_service_area WHERE code = ?")) {
                    insert.setString(1, moduleId);
                    insert.setString(2, areaCode);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement stamp = c.prepareStatement("UPDATE core_access_version SET version = version + 1 WHERE id = 1")) {
                stamp.executeUpdate();
            }
        }
    }
}
