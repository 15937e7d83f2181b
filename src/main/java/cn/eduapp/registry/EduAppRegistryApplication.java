package cn.eduapp.registry;

import cn.eduapp.registry.system.data.BackupCommand;
import cn.eduapp.registry.transparency.LogVerifierCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 教育移动应用备案监管平台: the filing and supervision of education apps under 京教信〔2022〕5号. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class EduAppRegistryApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "verify-log".equals(args[0])) {
            // anyone's verifier: no Spring, no database, just HTTP to the platform
            System.exit(LogVerifierCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), new java.io.PrintStream(
                    new java.io.FileOutputStream(java.io.FileDescriptor.out), true, java.nio.charset.StandardCharsets.UTF_8)));
        }
        ConfigurableApplicationContext context = SpringApplication.run(EduAppRegistryApplication.class, args);
        if (context.getBean(BackupCommand.class).isCommand()) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
