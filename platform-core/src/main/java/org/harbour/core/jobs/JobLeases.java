package org.harbour.core.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.persistence.InstantConverter;
import org.harbour.core.persistence.PortalDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Leases in the shared database decide which instance runs a job. Claiming is one conditional
 * UPDATE, atomic in Derby and PostgreSQL alike, so two instances can never both win; a holder
 * that dies simply lets its lease run out and another instance takes over.
 */
@ApplicationScoped
public class JobLeases {

    @Inject
    private PortalDatabase database;

    /** Claims the job if it is due and nobody holds a live lease; true when this instance may run it. */
    public boolean claim(String jobKey, String holder, Duration interval, Duration leaseLength, Instant now) {
        try (Connection c = database.dataSource().getConnection()) {
            ensureRow(c, jobKey);
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE core_job_lease SET holder = ?, lease_until = ?
                    WHERE job_key = ? AND lease_until < ? AND (last_run_at IS NULL OR last_run_at <= ?)""")) {
                ps.setString(1, holder);
                ps.setTimestamp(2, InstantConverter.toUtcTimestamp(now.plus(leaseLength)));
                ps.setString(3, jobKey);
                ps.setTimestamp(4, InstantConverter.toUtcTimestamp(now));
                ps.setTimestamp(5, InstantConverter.toUtcTimestamp(now.minus(interval)));
                return ps.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim job " + jobKey, e);
        }
    }

    /** Records the run and frees the lease for the next due time. */
    public void release(String jobKey, String holder, Instant ranAt, String outcome) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     UPDATE core_job_lease SET holder = NULL, lease_until = ?, last_run_at = ?, last_outcome = ?
                     WHERE job_key = ? AND holder = ?""")) {
            ps.setTimestamp(1, InstantConverter.toUtcTimestamp(ranAt));
            ps.setTimestamp(2, InstantConverter.toUtcTimestamp(ranAt));
            ps.setString(3, outcome.length() > 400 ? outcome.substring(0, 400) : outcome);
            ps.setString(4, jobKey);
            ps.setString(5, holder);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot release job " + jobKey, e);
        }
    }

    /** Makes the job due at the next look for due jobs, unless an instance is running it now. */
    public void makeDue(String jobKey) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE core_job_lease SET last_run_at = NULL WHERE job_key = ? AND holder IS NULL")) {
            ps.setString(1, jobKey);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make job " + jobKey + " due", e);
        }
    }

    private static void ensureRow(Connection c, String jobKey) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM core_job_lease WHERE job_key = ?")) {
            find.setString(1, jobKey);
            if (find.executeQuery().next()) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO core_job_lease (job_key, lease_until) VALUES (?, ?)")) {
            insert.setString(1, jobKey);
            insert.setTimestamp(2, InstantConverter.toUtcTimestamp(Instant.EPOCH));
            insert.executeUpdate();
        } catch (SQLException duplicate) {
            // Another instance inserted it first: the row exists, which is all we need.
        }
    }
}
