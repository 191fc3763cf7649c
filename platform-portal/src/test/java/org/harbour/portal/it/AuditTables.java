package org.harbour.portal.it;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The audit trail's tables (and others beside them) read and written over JDBC, round the
 * application, as someone with access to the database could: how the audit tests tamper with the
 * chain and put it back. Used inside the container.
 */
public final class AuditTables {

    private final DataSource dataSource;

    public AuditTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The first column of the only row a query answers, e.g. a count. */
    public long count(String sql) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new AssertionError("No row: " + sql);
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs an update, insert or delete; the number of rows it changed. */
    public int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            return ps.executeUpdate();
        }
    }

    /** The first row a query answers, by column name in capitals; fails when there is none. */
    public Map<String, Object> row(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("No row: " + sql);
                }
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i).toUpperCase(Locale.ROOT), rs.getObject(i));
                }
                return row;
            }
        }
    }

    /** One audit entry, every column. */
    public Map<String, Object> entry(long id) throws SQLException {
        return row("SELECT * FROM core_audit_entry WHERE id = ?", id);
    }

    /** The chain's head row: the last entry's id and hash, and the anchor. */
    public Map<String, Object> head() throws SQLException {
        return row("SELECT * FROM core_audit_head WHERE id = ?", 1);
    }

    /** Puts back an entry read with {@link #entry}, every column as it was. */
    public void putBack(Map<String, Object> row) throws SQLException {
        String sql = "INSERT INTO core_audit_entry (" + String.join(", ", row.keySet()) + ") VALUES ("
                + String.join(", ", row.keySet().stream().map(k -> "?").toList()) + ")";
        if (update(sql, row.values().toArray()) != 1) {
            throw new AssertionError("Not inserted: " + row);
        }
    }

    private static void bind(PreparedStatement ps, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            ps.setObject(i + 1, parameters[i]);
        }
    }
}
