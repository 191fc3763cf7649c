package org.harbour.core.persistence;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * Opens physical connections from MicroProfile Config ({@code harbour.db.url}, {@code .user},
 * {@code .password}); the container pools and enlists them. Payara resolves
 * {@code ${MPCONFIG=...}} in a data source definition before an application's own default
 * configuration is visible, so the settings are read here, on first use, instead.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile Settings settings;
    private PrintWriter logWriter;
    private int loginTimeout;

    private record Settings(Driver driver, String url, Properties credentials) {
    }

    private Settings settings() throws SQLException {
        Settings current = settings;
        if (current == null) {
            Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
            String url = config.getValue("harbour.db.url", String.class);
            Properties credentials = new Properties();
            config.getOptionalValue("harbour.db.user", String.class).ifPresent(u -> credentials.setProperty("user", u));
            config.getOptionalValue("harbour.db.password", String.class)
                    .ifPresent(p -> credentials.setProperty("password", p));
            EmbeddedDerbySettings.apply(url, credentials);
            current = new Settings(driverFor(url), url, credentials);
            settings = current;
        }
        return current;
    }

    /** Drivers are looked up in the application's own class loader: DriverManager cannot see WAR libraries. */
    private static Driver driverFor(String url) throws SQLException {
        for (Driver driver : ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        return DriverManager.getDriver(url);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Settings s = settings();
        Connection connection = s.driver().connect(s.url(), s.credentials());
        if (connection == null) {
            throw new SQLException("No JDBC driver accepts harbour.db.url");
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Settings s = settings();
        Properties credentials = new Properties();
        EmbeddedDerbySettings.apply(s.url(), credentials);
        credentials.setProperty("user", username);
        credentials.setProperty("password", password);
        return s.driver().connect(s.url(), credentials);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
