package cn.eduapp.registry.system.data;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on a PostgreSQL notification channel ({@code LISTEN}) on a connection of its own, outside the pool,
 * and hands each notification's payload to its {@link Handler} on one daemon thread. Notifications are sent
 * by {@code pg_notify} inside a transaction and delivered to every listening instance after it commits, so a
 * cache kept by each instance hears of every committed change. While the connection is down nothing is heard:
 * the handler is told ({@link Handler#lost()}) and, once listening again, told to start afresh
 * ({@link Handler#listening()}), since what was sent in between is gone.
 */
public final class ChannelListener implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChannelListener.class);
    private static final Pattern CHANNEL = Pattern.compile("^[a-z_]{1,60}$");
    private static final int WAIT_MILLIS = 500;

    /** What the listener reports, on its own thread. */
    public interface Handler {

        /** Listening (again): everything committed from now on is heard; anything before may not have been. */
        void listening();

        /** One notification's payload. */
        void notified(String payload);

        /** The connection is lost: nothing is heard until {@link #listening()}. */
        void lost();
    }

    private final DataSource dataSource;
    private final String channel;
    private final Handler handler;
    private final Thread thread;
    private volatile boolean running = true;

    private ChannelListener(DataSource dataSource, String channel, Handler handler) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("channel: lower-case letters and underscores");
        }
        this.dataSource = dataSource;
        this.channel = channel;
        this.handler = handler;
        this.thread = new Thread(this::run, "listen-" + channel);
        this.thread.setDaemon(true);
    }

    /** Starts listening at once. */
    public static ChannelListener start(DataSource dataSource, String channel, Handler handler) {
        ChannelListener listener = new ChannelListener(dataSource, channel, handler);
        listener.thread.start();
        return listener;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        long backoff = 500;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + channel);
                }
                handler.listening();
                backoff = 500;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notes = pg.getNotifications(WAIT_MILLIS);
                    if (notes != null) {
                        for (PGNotification note : notes) {
                            handler.notified(note.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Listening on {} stopped ({}); retrying in {} ms", channel, e.getMessage(), backoff);
                }
            } finally {
                handler.lost();
            }
            if (running) {
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException e) {
                    return;
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    /** A connection of its own: the pool's connections are borrowed briefly, this one is held for good. */
    private Connection connect() throws SQLException {
        if (dataSource instanceof HikariDataSource hikari) {
            return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
        return dataSource.getConnection();
    }
}
