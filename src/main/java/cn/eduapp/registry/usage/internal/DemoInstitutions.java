package cn.eduapp.registry.usage.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code registry.demo=true}: identity seeds 海淀区教育委员会 and its school when the application has
 * started; once it is ready, this records them as a district (code 110108) and its school. The ids follow
 * identity's demo scheme (a name-based UUID of {@code eduapp-demo:<key>}); organisations that are not there
 * are skipped, and any other institution organisation is adopted on first use anyway.
 */
@Component
@ConditionalOnBooleanProperty("registry.demo")
class DemoInstitutions {

    private final InstitutionDirectory directory;

    DemoInstitutions(InstitutionDirectory directory) {
        this.directory = directory;
    }

    static String demoId(String key) {
        return UUID.nameUUIDFromBytes(("eduapp-demo:" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        directory.adoptWithDistrictCode(demoId("haidian"), "110108");
        directory.adoptWithDistrictCode(demoId("haidian-school-1"), null);
    }
}
