package cn.eduapp.registry.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.eduapp.registry.EduAppRegistryApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/** Issue 16: a production start without a key for personal data refuses to start and says what to set. */
class ProductionStartIT {

    @Test
    void aProductionStartWithoutAPiiKeyRefusesToStartNamingTheSetting() throws Exception {
        Path dataDir = Files.createTempDirectory("eduapp-nokey");
        try {
            assertThatThrownBy(() -> SpringApplication.run(EduAppRegistryApplication.class, "--server.port=0",
                    "--registry.demo=false", "--registry.data-dir=" + dataDir, "--logging.level.root=OFF",
                    "--spring.main.banner-mode=off").close())
                    .rootCause().hasMessageContaining("registry.pii-key is not set")
                    .hasMessageContaining("REGISTRY_PII_KEY");
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }
}
