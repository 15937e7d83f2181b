package cn.eduapp.registry.national.internal.mirror;

import cn.eduapp.registry.national.internal.NationalSettings;
import cn.eduapp.registry.system.operations.RegistrySettings;
import java.nio.file.Path;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configured source ({@code registry.national.mode}) and the scheduled sync on
 * {@code registry.national.sync-interval}; the run itself takes the ShedLock row (see {@link MirrorSync}).
 */
@Component
public class MirrorSchedule {

    private final MirrorSync sync;
    private final MirrorSource source;

    MirrorSchedule(MirrorSync sync, NationalSettings settings, RegistrySettings registry, JsonMapper json) {
        this.sync = sync;
        this.source = settings.mode() == NationalSettings.Mode.HTTP
                ? new HttpMirrorSource(settings, json)
                : new CsvMirrorSource(Path.of(registry.dataDir(), "national", "apps.csv"), registry.demo());
    }

    @Scheduled(fixedDelayString = "${registry.national.sync-interval:PT5M}",
            initialDelayString = "${registry.national.sync-initial-delay:PT20S}")
    void scheduled() {
        sync.run(source);
    }

    /** The city's "sync now". */
    public MirrorSync.Run runNow() {
        return sync.run(source);
    }

    public String source() {
        return source.describe();
    }
}
