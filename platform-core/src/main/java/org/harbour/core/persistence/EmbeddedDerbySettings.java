package org.harbour.core.persistence;

import java.util.Locale;
import java.util.Properties;

/**
 * What embedded Derby is given so that the portal's requests do not pay for Derby's own bookkeeping. Measured with
 * the load benchmark and a profiler (docs/operations.md, "What each request works out"):
 * <ul>
 * <li><b>The territory of a new database: {@code en_US}.</b> After every sort Derby looks up a few message texts for
 * its sort statistics, whether or not statistics are asked for. Its English messages are filed under {@code en_US};
 * a database made in the territory {@code en} (a machine whose locale has no country, as a server's often has) fails
 * the first lookup of each text and throws, which from a request thread meant a stack of 150 frames filled in four
 * times a sort, 4 to 5% of the record page's CPU. The territory is only read when a database is created, and is kept
 * with it; it sets no collation (that needs {@code collation=TERRITORY_BASED}), so ordering is unchanged.</li>
 * <li><b>A statement cache of {@value #STATEMENT_CACHE}.</b> Derby keeps 100 compiled statements by default, fewer
 * than the portal's pages and the audit trail use between them, so statements were compiled again all the time
 * (another 5% of a page).</li>
 * </ul>
 * Either can still be set: a {@code territory} in the URL, or the system property, is left as given.
 */
public final class EmbeddedDerbySettings {

    static final String STATEMENT_CACHE_PROPERTY = "derby.language.statementCacheSize";
    static final int STATEMENT_CACHE = 1000;
    static final String TERRITORY = "territory";

    private EmbeddedDerbySettings() {
    }

    public static boolean isEmbeddedDerby(String url) {
        return url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
    }

    /**
     * Applies the settings for a connection to {@code url}: the territory among the connection's properties, the
     * statement cache as a system property (Derby reads it when it boots a database, so before the first connection).
     */
    public static void apply(String url, Properties connectionProperties) {
        if (!isEmbeddedDerby(url)) {
            return;
        }
        if (!url.toLowerCase(Locale.ROOT).contains(";" + TERRITORY + "=")) {
            connectionProperties.setProperty(TERRITORY, "en_US");
        }
        if (System.getProperty(STATEMENT_CACHE_PROPERTY) == null) {
            System.setProperty(STATEMENT_CACHE_PROPERTY, Integer.toString(STATEMENT_CACHE));
        }
    }
}
