package org.harbour.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL rerun's counterpart of {@link DemoDataTemplate}: a database in which a portal of this test JVM
 * has run every migration and loaded the demo data, from which PostgreSQL copies each test class's database
 * ({@code CREATE DATABASE ... TEMPLATE}), with that portal's audit key and checkpoints copied into the class's
 * emptied data directory. A class marked {@link FirstStart} gets an empty database instead. The template's name
 * carries the build's time, like the test databases, so a stale one is dropped with them.
 */
final class PostgresDemoDataTemplate {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)(harbour_it\\d+)(_\\d{14})");
    private static final String USER = "harbour";
    private static final String PASSWORD = "harbour";

    private static boolean made;

    private PostgresDemoDataTemplate() {
    }

    /** Drops the test database the next portal uses and makes it again: a copy of the template, or empty. */
    static synchronized void prepareNextStart(String url, Path dataDir, boolean firstStart) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("Not a test database address: " + url);
        }
        String server = m.group(1);
        String database = m.group(2) + m.group(3);
        String template = m.group(2) + "tpl" + m.group(3);
        Path templateData = dataDir.resolveSibling(dataDir.getFileName() + "-template");
        try {
            if (firstStart) {
                recreate(server, database, "template0");
                return;
            }
            if (!made) {
                recreate(server, template, "template0");
                DemoDataTemplate.delete(templateData);
                DemoDataTemplate.make(templateData, server + template);
                made = true;
            }
            recreate(server, database, template);
            DemoDataTemplate.copyAuditFiles(templateData, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the PostgreSQL test database " + database, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making the PostgreSQL demo data template", e);
        }
    }

    private static void recreate(String server, String database, String from) {
        try (Connection c = DriverManager.getConnection(server + "postgres", USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
            s.execute("CREATE DATABASE \"" + database + "\" TEMPLATE \"" + from + "\" ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the PostgreSQL database " + database + " from " + from, e);
        }
    }
}
