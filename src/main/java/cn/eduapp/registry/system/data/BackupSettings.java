package cn.eduapp.registry.system.data;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The command-line runs of the service: {@code --registry.backup.to=FILE} and {@code --registry.restore.from=FILE}. */
public final class BackupSettings {

    private BackupSettings() {
    }

    /** Write a backup to this file and stop; empty: no backup run. */
    @ConfigurationProperties("registry.backup")
    public record Backup(@DefaultValue("") String to) {
    }

    /** Restore from this file and stop; empty: no restore run. */
    @ConfigurationProperties("registry.restore")
    public record Restore(@DefaultValue("") String from) {
    }
}
