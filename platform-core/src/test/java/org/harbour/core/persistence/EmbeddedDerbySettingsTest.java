package org.harbour.core.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedDerbySettingsTest {

    @TempDir
    Path dir;

    @Test
    void aNewEmbeddedDatabaseIsMadeInTheTerritoryDerbyFilesItsEnglishMessagesUnder() throws Exception {
        String url = "jdbc:derby:" + dir.resolve("made") + ";create=true";
        Properties properties = new Properties();
        EmbeddedDerbySettings.apply(url, properties);
        try (Connection ignored = DriverManager.getConnection(url, properties)) {
            assertEquals("en_US", serviceLocale(dir.resolve("made")));
        } finally {
            shutDown(dir.resolve("made"));
        }
    }

    @Test
    void aTerritoryGivenInTheAddressIsKept() throws Exception {
        String url = "jdbc:derby:" + dir.resolve("given") + ";create=true;territory=en_GB";
        Properties properties = new Properties();
        EmbeddedDerbySettings.apply(url, properties);
        assertTrue(properties.isEmpty(), "nothing added beside the address's own territory");
        try (Connection ignored = DriverManager.getConnection(url, properties)) {
            assertEquals("en_GB", serviceLocale(dir.resolve("given")));
        } finally {
            shutDown(dir.resolve("given"));
        }
    }

    @Test
    void otherDatabasesAreLeftAsTheyAre() {
        Properties properties = new Properties();
        EmbeddedDerbySettings.apply("jdbc:postgresql://127.0.0.1/harbour", properties);
        EmbeddedDerbySettings.apply("jdbc:derby://db.example:1527/harbour", properties);
        assertTrue(properties.isEmpty());
    }

    @Test
    void theStatementCacheIsLargerThanDerbysHundredUnlessSetAlready() {
        EmbeddedDerbySettings.apply("jdbc:derby:memory:cache;create=true", new Properties());
        String size = System.getProperty(EmbeddedDerbySettings.STATEMENT_CACHE_PROPERTY);
        assertNotNull(size);
        assertTrue(Integer.parseInt(size) > 100, "statement cache " + size);
        System.setProperty(EmbeddedDerbySettings.STATEMENT_CACHE_PROPERTY, "250");
        try {
            EmbeddedDerbySettings.apply("jdbc:derby:memory:cache;create=true", new Properties());
            assertEquals("250", System.getProperty(EmbeddedDerbySettings.STATEMENT_CACHE_PROPERTY));
        } finally {
            System.setProperty(EmbeddedDerbySettings.STATEMENT_CACHE_PROPERTY, size);
        }
    }

    private static String serviceLocale(Path database) throws IOException {
        Properties service = new Properties();
        try (Reader in = Files.newBufferedReader(database.resolve("service.properties"))) {
            service.load(in);
        }
        return service.getProperty("derby.serviceLocale");
    }

    private static void shutDown(Path database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby answers a clean shutdown with an exception
        }
    }
}
