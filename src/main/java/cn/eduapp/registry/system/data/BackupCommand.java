package cn.eduapp.registry.system.data;

import cn.eduapp.registry.system.data.BackupCommand;
import cn.eduapp.registry.system.data.DatabaseBackup;

import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code --registry.backup.to=FILE} writes a backup; {@code --registry.restore.from=FILE} restores one
 * into the (freshly migrated) database. The launcher then exits (see EduAppRegistryApplication).
 */
@Component
public class BackupCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

    private final DatabaseBackup backup;
    private final String backupTo;
    private final String restoreFrom;

    BackupCommand(DatabaseBackup backup, BackupSettings.Backup backupSettings, BackupSettings.Restore restoreSettings) {
        this.backup = backup;
        this.backupTo = backupSettings.to();
        this.restoreFrom = restoreSettings.from();
    }

    public boolean isCommand() {
        return !backupTo.isBlank() || !restoreFrom.isBlank();
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!restoreFrom.isBlank()) {
            Map<String, Long> rows = backup.restore(Path.of(restoreFrom));
            log.warn("Restored {} tables ({} rows) from {}", rows.size(), rows.values().stream().mapToLong(Long::longValue).sum(), restoreFrom);
        }
        if (!backupTo.isBlank()) {
            Map<String, Long> rows = backup.backup(Path.of(backupTo));
            log.warn("Backed up {} tables ({} rows) to {}", rows.size(), rows.values().stream().mapToLong(Long::longValue).sum(), backupTo);
        }
    }
}
