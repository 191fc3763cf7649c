package org.harbour.core.casedata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.persistence.PortalDatabase;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.casedata.CaseDataQueries;

import java.sql.Connection;
import java.sql.SQLException;

/** {@link CaseData} on the portal's own pool; kept out of the published API, which holds types only. */
@ApplicationScoped
public class PortalCaseData implements CaseData {

    @Inject
    private PortalDatabase database;

    @Override
    public <T> T read(Reading<T> reading) {
        try (Connection connection = database.dataSource().getConnection()) {
            return reading.read(new CaseDataQueries(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read case data: " + e.getMessage(), e);
        }
    }
}
