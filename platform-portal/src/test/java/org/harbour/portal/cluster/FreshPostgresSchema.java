package org.harbour.portal.cluster;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each integration test class an empty PostgreSQL database, as in-memory Derby gives it
 * one: the schema is dropped before the class's portal starts, so migrations and demo data run
 * afresh. Does nothing unless the portal under test is pointed at PostgreSQL.
 */
public class FreshPostgresSchema implements TestExecutionListener {

    private static final Pattern DB_URL = Pattern.compile("-Dharbour\\.db\\.url=(jdbc:postgresql:\\S+)");

    @Override
    public void executionStarted(TestIdentifier test) {
        TestSource source = test.getSource().orElse(null);
        if (!(source instanceof ClassSource type) || !type.getClassName().endsWith("IT")
                || type.getClassName().contains(".cluster.")) {
            return;
        }
        Matcher url = DB_URL.matcher(System.getProperty("payara.cmdOptions", ""));
        if (!url.find()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url.group(1), "harbour", "harbour");
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot empty the PostgreSQL test database " + url.group(1), e);
        }
    }
}
